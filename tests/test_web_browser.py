"""The map page in a real headless Chromium: it draws the events and runs nothing from the data.

CI installs Debian's chromium (.ci/run); elsewhere the test skips when no browser is installed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from sitrep.schema import Actor, Document, Event, Location, Span
from sitrep.web import render_map

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium is not installed")

# Markup that would change the page title if the page ever parsed article text as HTML.
HOSTILE = (
    "Shelling hit Kharkiv <img src=x onerror=\"document.title='pwned'\">"
    "<script>document.title='pwned'</script>."
)


def rendered_dom(html: str, tmp_path: Path) -> str:
    page = tmp_path / "map.html"
    page.write_text(html, encoding="utf-8")
    # Flags keep Chromium off the network (closed here) and out of any profile but a fresh one.
    args = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", page.as_uri(),
    ]
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_map_draws_one_marker_per_place_and_runs_no_article_markup(tmp_path: Path) -> None:
    text = HOSTILE + " Fighting near Bakhmut."
    bakhmut = text.index("Fighting")
    doc = Document(
        id="b1", text=text, title="Browser test",
        events=(
            Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-05-26", 1,
                  Actor("Military Forces of Russia (2000-)", 8),
                  location=Location("Kharkiv", 706483, 49.98, 36.25), geo_precision=1,
                  evidence=(Span(0, len(HOSTILE)),)),
            Event("Battles", "Armed clash", "2022-05-27", 1,
                  location=Location("Bakhmut", 713174, 48.59, 38.0), geo_precision=1,
                  evidence=(Span(bakhmut, len(text)),)),
        ),
    )
    dom = rendered_dom(render_map([doc], title="Browser test"), tmp_path)
    assert "<title>Browser test</title>" in dom  # the hostile evidence never ran
    assert "pwned" not in dom.split("</head>")[0]
    drawn = re.findall(r"<path[^>]*sitrep-marker", dom)
    assert len(drawn) == 2  # one marker per place, drawn as SVG by Leaflet in the browser
