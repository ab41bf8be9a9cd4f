"""A readable terminal summary of one extracted document (rich tables)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sitrep.schema import Document, Event, Place

__all__ = ["print_summary"]


def _row(table: Table, *cells: str) -> None:
    # Article text is untrusted: plain Text cells, so "[bold]" in a quote is not markup.
    table.add_row(*(Text(c) for c in cells))


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


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

    # Events as blocks, not a wide table: the evidence sentence needs the room.
    console.print(Text(f"Events ({len(doc.events)})", style="bold underline"))
    for n, ev in enumerate(doc.events, 1):
        kind = f"{ev.event_type} / {ev.sub_event_type}"
        if ev.modality != "asserted":
            kind += f"  [{ev.modality}, not counted]"
        where = f"{ev.location.name} (geo_precision {ev.geo_precision})" if ev.location else "place unknown"
        who = " → ".join(a.name for a in (ev.actor1, ev.actor2) if a) or "actors unknown"
        toll = "" if ev.fatalities is None else f" · fatalities {ev.fatalities}"
        console.print(Text(f"{n:>2}. {ev.event_date or '?'} (time_precision {ev.time_precision})  {kind}",
                           style="bold"))
        source = f" · source {ev.source}" if ev.source else ""
        console.print(Text(f"    {where} · {who}{toll} · {ev.status}{source}"))
        console.print(Text(f"    “{_snippet(doc, ev, 160)}”", style="dim"))
    console.print()

    # One row a resolved place and role, with how often it is mentioned.
    seen: dict[tuple[int | None, str, str], list[Place]] = {}
    for p in doc.places:
        seen.setdefault((p.geonameid, p.role, p.mention if p.geonameid is None else ""), []).append(p)
    places = Table(title=f"Places ({len(seen)} distinct, {len(doc.places)} mentions)")
    for col in ("mention", "resolved", "geonameid", "lat, lon", "code", "role", "n"):
        places.add_column(col, overflow="fold")
    for group in seen.values():
        p = group[0]
        where = ", ".join(x for x in (p.name, p.admin1, p.country_code) if x)
        coords = "" if p.latitude is None or p.longitude is None else f"{p.latitude:.2f}, {p.longitude:.2f}"
        mentions = ", ".join(sorted({g.mention for g in group}))
        code = p.feature_code or ""
        _row(places, mentions, where, str(p.geonameid or ""), coords, code, p.role, str(len(group)))
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
        if f.low is not None and f.high is not None:
            value = f"{_num(f.low)}–{_num(f.high)}"
        else:
            value = "" if f.value is None else _num(f.value)
        _row(figures, f.what, value + (f.unit or ""), f.qualifier or "", f.source or "")
    console.print(figures)
