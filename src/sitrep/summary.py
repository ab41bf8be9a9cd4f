"""A readable terminal summary of one extracted document (rich tables)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitrep.schema import Document, Event

__all__ = ["print_summary"]


def _row(table: Table, *cells: str) -> None:
    # Article text is untrusted: plain Text cells, so "[bold]" in a quote is not markup.
    table.add_row(*(Text(c) for c in cells))


def _snippet(doc: Document, event: Event, width: int = 90) -> str:
    if not event.evidence:
        return ""
    span = event.evidence[0]
    text = " ".join(doc.text[span.start : span.end].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_summary(doc: Document, console: Console) -> None:
    """Print the document header and tables of events, places, quotes and figures."""
    title = doc.title or doc.id
    console.print(Text(title, style="bold"))
    outlet = f" · outlet {doc.outlet}" if doc.outlet else ""
    console.print(Text(f"published {doc.published or 'unknown'} ({doc.published_from}){outlet}"))
    for warning in doc.warnings:
        console.print(Text(f"  note: {warning}", style="dim"))

    events = Table(title=f"Events ({len(doc.events)})", show_lines=False)
    for col in ("date", "type / sub-type", "actor1", "actor2", "location", "fat.", "status", "source", "evidence"):
        events.add_column(col, overflow="fold")
    for ev in doc.events:
        kind = f"{ev.event_type} / {ev.sub_event_type}"
        if ev.modality != "asserted":
            kind += f" [{ev.modality}]"
        _row(
            events,
            f"{ev.event_date or '?'} (p{ev.time_precision})",
            kind,
            ev.actor1.name if ev.actor1 else "",
            ev.actor2.name if ev.actor2 else "",
            f"{ev.location.name} (p{ev.geo_precision})" if ev.location else "",
            "" if ev.fatalities is None else str(ev.fatalities),
            ev.status,
            ev.source or "",
            _snippet(doc, ev),
        )
    console.print(events)

    places = Table(title=f"Places ({len(doc.places)})")
    for col in ("mention", "resolved", "geonameid", "lat, lon", "code", "role"):
        places.add_column(col, overflow="fold")
    for p in doc.places:
        where = ", ".join(x for x in (p.name, p.admin1, p.country_code) if x)
        coords = f"{p.latitude:.2f}, {p.longitude:.2f}" if p.latitude is not None and p.longitude is not None else ""
        _row(places, p.mention, where, str(p.geonameid or ""), coords, p.feature_code or "", p.role)
    console.print(places)

    quotes = Table(title=f"Quotes ({len(doc.quotes)})")
    for col in ("speaker", "role", "cue", "kind", "text"):
        quotes.add_column(col, overflow="fold")
    for q in doc.quotes:
        text = q.text if len(q.text) <= 80 else q.text[:79] + "…"
        _row(quotes, q.speaker or "?", q.speaker_role or "", q.cue or "", q.kind, text)
    console.print(quotes)

    figures = Table(title=f"Figures ({len(doc.figures)})")
    for col in ("what", "value", "qualifier", "source"):
        figures.add_column(col, overflow="fold")
    for f in doc.figures:
        value = f"{f.low:g}–{f.high:g}" if f.low is not None and f.high is not None else (
            "" if f.value is None else f"{f.value:g}")
        _row(figures, f.what, value + (f.unit or ""), f.qualifier or "", f.source or "")
    console.print(figures)
