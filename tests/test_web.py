"""The offline map page: self-contained, and article text cannot inject markup or script."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

import pytest

from sitrep.record import event_rows
from sitrep.schema import Actor, Document, Event, Location, Span
from sitrep.store import SQLiteStore
from sitrep.web import EVENT_COLOURS, json_for_html, map_payload, render_map

HOSTILE = (
    "Shelling hit Kharkiv </script><script>alert(1)</script> <img src=x onerror=alert(2)> & \u2028 done."
)
TEXT = HOSTILE + " Troops may attack Sloviansk. Talks were held somewhere."


def make_doc(title: str = "Map test", url: str = "https://example.org/story") -> Document:
    def ev(needle: str) -> tuple[Span, ...]:
        start = TEXT.index(needle)
        return (Span(start, start + len(needle)),)

    return Document(
        id="m1", text=TEXT, title=title, url=url, outlet="Wire <b>Service</b>",
        events=(
            Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-05-26", 1,
                  Actor("Military Forces of Russia (2000-)", 1), Actor("<script>alert(3)</script>", 7),
                  Location("Kharkiv", 706483, 49.98, 36.25, "Kharkiv", "UA"), 1, 9, evidence=ev(HOSTILE)),
            Event("Battles", "Armed clash", None, 3, location=Location("Sloviansk", 1, 48.85, 37.6),
                  modality="hypothetical", evidence=ev("Troops may attack Sloviansk.")),
            Event("Strategic developments", "Agreement", "2022-05-27", 1,
                  evidence=ev("Talks were held somewhere.")),
        ),
    )


def data_block(page: str, block_id: str) -> str:
    match = re.search(rf'<script type="application/json" id="{block_id}">(.*?)</script>', page, re.S)
    assert match, block_id
    return match.group(1)


def inline_scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, re.S)


@pytest.fixture(scope="module")
def page() -> str:
    title = "Events <script>alert(4)</script>"
    return render_map([make_doc(title=title)], title=title)


def test_json_for_html_escapes_markup_and_line_separators() -> None:
    value = {"a": "</script><!-- & \u2028\u2029 >", "b": [1, 2.5, None]}
    out = json_for_html(value)
    for ch in "<>&\u2028\u2029":
        assert ch not in out
    assert json.loads(out) == value


def test_no_script_from_data_reaches_the_page(page: str) -> None:
    lowered = page.lower()
    assert "<script>alert" not in lowered
    assert "<img src=x" not in lowered
    assert "<b>service" not in lowered
    # exactly the page's own four script elements: two JSON data blocks, Leaflet and the app
    assert lowered.count("<script") == 4
    assert lowered.count("</script") == 4
    assert "&lt;script&gt;alert(4)" in page  # the title is shown, escaped


def test_data_round_trips_through_the_json_payload(page: str) -> None:
    payload = json.loads(data_block(page, "sitrep-events"))
    assert [e["type"] for e in payload["events"]] == ["Explosions/Remote violence"]
    shown = payload["events"][0]
    assert shown["evidence"] == [" ".join(HOSTILE.split())]  # the hostile text survives as plain text
    assert shown["actor2"] == "<script>alert(3)</script>"
    assert (shown["lat"], shown["lon"]) == (49.98, 36.25)
    assert payload["unmapped"] == 1  # the agreement has no location; the hypothetical clash is excluded


def test_popups_are_built_with_text_content_only(page: str) -> None:
    app = inline_scripts(page)[1]
    assert "textContent" in app
    assert "innerHTML" not in app and "insertAdjacentHTML" not in app and "document.write" not in app
    assert "bindTooltip" not in app  # Leaflet would parse a string tooltip as HTML


def test_page_is_self_contained_and_locked_down(page: str) -> None:
    assert "Leaflet 1.9.4" in page and ".leaflet-container" in page
    assert not re.search(r"""<(script|link|img|iframe)[^>]+(src|href)\s*=""", page, re.I)
    assert "tile.openstreetmap" not in page and "unpkg" not in page and "cdn" not in page.lower()
    basemap = json.loads(data_block(page, "sitrep-basemap"))
    assert basemap["type"] == "FeatureCollection" and len(basemap["features"]) > 150
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert csp and "default-src 'none'" in csp.group(1)
    for script in inline_scripts(page):  # only the shipped scripts may run, by hash
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp.group(1)


def test_unsafe_urls_are_dropped() -> None:
    page = render_map([make_doc(url="javascript:alert(5)")])
    payload = json.loads(data_block(page, "sitrep-events"))
    assert payload["events"][0]["url"] is None
    assert "javascript:alert(5)" not in page
    kept = json.loads(data_block(render_map([make_doc()]), "sitrep-events"))
    assert kept["events"][0]["url"] == "https://example.org/story"


def test_include_all_and_other_sources(tmp_path: Path) -> None:
    doc = make_doc()
    assert len(map_payload([doc], include_all=True)["events"]) == 2
    assert len(map_payload(event_rows(doc))["events"]) == 1
    with SQLiteStore(tmp_path / "m.db") as store:
        store.add(doc)
        assert map_payload(store)["events"] == map_payload(doc)["events"]
    assert set(map_payload(doc)["colours"]) == set(EVENT_COLOURS)


def test_empty_map_still_renders() -> None:
    page = render_map([], title="Nothing yet")
    assert json.loads(data_block(page, "sitrep-events"))["events"] == []
    assert "0 events mapped" in page
