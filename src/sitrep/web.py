"""The offline map: one self-contained HTML page of events over country outlines.

Needs annotated Documents (or a store, or :class:`~sitrep.record.EventRow`s);
adds nothing. Leaflet's JS and CSS and a Natural Earth basemap are inlined
from ``sitrep/static`` so the page opens with no network at all (no tiles, no
CDN); its Content-Security-Policy forbids every fetch and every script but the
two it ships (by hash).

Article text is untrusted. Data reaches the page only as JSON inside
``<script type="application/json">`` with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped, and popups are built with ``textContent``, never ``innerHTML``.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import html
import json
from functools import lru_cache
from importlib import resources
from typing import Any

from sitrep.export import Source, collect_rows
from sitrep.record import EventRow

__all__ = ["EVENT_COLOURS", "json_for_html", "map_payload", "render_map"]

#: Marker colour per ACLED event type (colour-blind-safe Okabe-Ito palette).
EVENT_COLOURS: dict[str, str] = {
    "Battles": "#D55E00",
    "Explosions/Remote violence": "#E69F00",
    "Violence against civilians": "#CC79A7",
    "Protests": "#56B4E9",
    "Riots": "#0072B2",
    "Strategic developments": "#009E73",
}
_OTHER_COLOUR = "#555555"

_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def json_for_html(value: Any) -> str:
    """JSON that is safe between ``<script type="application/json">`` tags.

    ``<``, ``>`` and ``&`` can only occur inside JSON strings, where their
    ``\\uXXXX`` forms mean the same, so no ``</script>`` or ``<!--`` can
    survive; U+2028/2029 are escaped for older JavaScript parsers.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    return "".join(_ESCAPES.get(ch, ch) for ch in text)


@lru_cache(maxsize=1)
def _static() -> tuple[str, str, str]:
    """(leaflet.js, leaflet.css, basemap GeoJSON text), read from the package on first use."""
    root = resources.files("sitrep") / "static"
    js = (root / "leaflet.js").read_text(encoding="utf-8")
    css = (root / "leaflet.css").read_text(encoding="utf-8")
    basemap = gzip.decompress((root / "countries-110m.geojson.gz").read_bytes()).decode("utf-8")
    return js, css, basemap


def _http_url(url: str | None) -> str | None:
    # only web links become clickable; javascript:, data: and the like are dropped
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def _event_payload(row: EventRow) -> dict[str, Any]:
    ev = row.event
    loc = ev.location
    return {
        "type": ev.event_type,
        "sub": ev.sub_event_type,
        "date": ev.event_date,
        "end_date": ev.end_date,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "fatalities": ev.fatalities,
        "status": ev.status,
        "modality": ev.modality,
        "source": ev.source or row.outlet,
        "place": loc.name if loc else None,
        "lat": loc.latitude if loc else None,
        "lon": loc.longitude if loc else None,
        "evidence": [" ".join(t.split()) for t in row.evidence],
        "title": row.title,
        "url": _http_url(row.url),
        "doc_id": row.doc_id,
    }


def map_payload(source: Source, include_all: bool = False) -> dict[str, Any]:
    """The data the page shows: mappable events and the count of those without coordinates."""
    mapped: list[dict[str, Any]] = []
    unmapped = 0
    for row, _ in collect_rows(source, include_all):
        item = _event_payload(row)
        if item["lat"] is None or item["lon"] is None:
            unmapped += 1
        else:
            mapped.append(item)
    return {"events": mapped, "unmapped": unmapped, "colours": EVENT_COLOURS, "other_colour": _OTHER_COLOUR}


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_map(source: Source, title: str = "sitrep events", *, include_all: bool = False) -> str:
    """One self-contained HTML page mapping the events of ``source`` (documents, a store or event rows).

    Negated, hypothetical, future and planned events are left out unless ``include_all``.
    """
    leaflet_js, leaflet_css, basemap = _static()
    payload = map_payload(source, include_all)
    app_js = _APP_JS
    csp = (
        "default-src 'none'; "
        f"script-src {_csp_hash(leaflet_js)} {_csp_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    n = len(payload["events"])
    summary = f"{n} event{'s' if n != 1 else ''} mapped"
    if payload["unmapped"]:
        summary += f", {payload['unmapped']} without coordinates not shown"
    return _PAGE.format(
        csp=html.escape(csp, quote=False),  # a constant with no double quotes
        title=html.escape(title),
        summary=html.escape(summary),
        leaflet_css=leaflet_css,
        page_css=_PAGE_CSS,
        leaflet_js=leaflet_js,
        app_js=app_js,
        events=json_for_html(payload),
        basemap=json_for_html(json.loads(basemap)),
    )


_PAGE_CSS = """
html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, sans-serif; }
body { display: flex; flex-direction: column; }
header { padding: 6px 12px; background: #1f2933; color: #f5f7fa; }
header h1 { font-size: 16px; margin: 0; display: inline; }
header span { margin-left: 1em; opacity: .8; }
#map { flex: 1; background: #cfe3f0; }
.sitrep-popup h3 { margin: 0 0 4px; font-size: 14px; }
.sitrep-popup table { border-collapse: collapse; margin-bottom: 4px; }
.sitrep-popup th { text-align: left; padding-right: 8px; vertical-align: top; color: #52606d; }
.sitrep-popup blockquote { margin: 4px 0; padding-left: 6px; border-left: 3px solid #9aa5b1;
  font-style: italic; }
.sitrep-popup hr { border: 0; border-top: 1px solid #d9e2ec; }
.sitrep-legend { background: #fff; padding: 6px 8px; border-radius: 4px; line-height: 1.5; }
.sitrep-legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; }
"""

# Built with DOM calls and textContent only: nothing from the data is ever parsed as HTML.
_APP_JS = """
(function () {
  "use strict";
  function data(id) { return JSON.parse(document.getElementById(id).textContent); }
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  var payload = data("sitrep-events");
  var world = data("sitrep-basemap");
  var colours = payload.colours;
  function colour(type) {
    return Object.prototype.hasOwnProperty.call(colours, type) ? colours[type] : payload.other_colour;
  }

  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([20, 0], 2);
  L.geoJSON(world, { interactive: false,
    style: { color: "#7b8794", weight: 0.8, fillColor: "#f5f2e8", fillOpacity: 1 } }).addTo(map);
  map.attributionControl.addAttribution("Natural Earth");

  function describe(e) {
    var box = el("div");
    box.appendChild(el("h3", null, e.type + (e.sub ? " / " + e.sub : "")));
    var table = el("table");
    function row(label, value) {
      if (value === undefined || value === null || value === "") { return; }
      var tr = el("tr");
      tr.appendChild(el("th", null, label));
      tr.appendChild(el("td", null, value));
      table.appendChild(tr);
    }
    row("Date", e.end_date && e.end_date !== e.date ? e.date + " to " + e.end_date : e.date);
    row("Where", e.place);
    row("Actor 1", e.actor1);
    row("Actor 2", e.actor2);
    row("Fatalities", e.fatalities === null ? "not reported" : e.fatalities);
    row("Status", e.modality && e.modality !== "asserted" ? e.status + " (" + e.modality + ")" : e.status);
    row("Source", e.source);
    box.appendChild(table);
    (e.evidence || []).forEach(function (text) { box.appendChild(el("blockquote", null, text)); });
    if (e.title || e.url) {
      var p = el("p");
      if (e.url && /^https?:\\/\\//i.test(e.url)) {
        var a = el("a", null, e.title || e.url);
        a.href = e.url; a.target = "_blank"; a.rel = "noopener noreferrer";
        p.appendChild(a);
      } else {
        p.textContent = e.title;
      }
      box.appendChild(p);
    }
    return box;
  }

  // Events at the same point share one marker whose popup lists them all.
  var groups = {};
  var order = [];
  payload.events.forEach(function (e) {
    var key = e.lat.toFixed(5) + "," + e.lon.toFixed(5);
    if (!groups[key]) { groups[key] = []; order.push(key); }
    groups[key].push(e);
  });
  var bounds = [];
  order.forEach(function (key) {
    var list = groups[key];
    var first = list[0];
    var same = list.every(function (e) { return e.type === first.type; });
    var fill = same ? colour(first.type) : payload.other_colour;
    var marker = L.circleMarker([first.lat, first.lon], {
      radius: Math.min(6 + 2 * (list.length - 1), 16), color: "#1f2933", weight: 1,
      fillColor: fill, fillOpacity: 0.85, className: "sitrep-marker" });
    var content = el("div", "sitrep-popup");
    list.forEach(function (e, i) {
      if (i) { content.appendChild(el("hr")); }
      content.appendChild(describe(e));
    });
    marker.bindPopup(content, { maxWidth: 380, maxHeight: 420 });
    marker.addTo(map);
    bounds.push([first.lat, first.lon]);
  });
  if (bounds.length) { map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8, animate: false }); }

  var legend = L.control({ position: "bottomright" });
  legend.onAdd = function () {
    var box = el("div", "sitrep-legend");
    Object.keys(colours).concat(["Several types / other"]).forEach(function (name) {
      var line = el("div");
      var dot = el("i");
      dot.style.background = colour(name);
      line.appendChild(dot);
      line.appendChild(document.createTextNode(name));
      box.appendChild(line);
    });
    return box;
  };
  legend.addTo(map);
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{leaflet_css}</style>
<style>{page_css}</style>
</head>
<body>
<header><h1>{title}</h1><span>{summary}</span></header>
<div id="map"></div>
<script type="application/json" id="sitrep-events">{events}</script>
<script type="application/json" id="sitrep-basemap">{basemap}</script>
<script>{leaflet_js}</script>
<script>{app_js}</script>
</body>
</html>
"""
