"""The JSON record: one plain, versioned dict per :class:`~sitrep.schema.Document`.

Needs a Document from any stage (usually the whole pipeline); adds nothing to it.
``to_record`` and ``from_record`` are exact inverses, so the record is what the
store keeps, what ``--json`` prints and what JSON Lines exports contain. The
layout is documented in ``docs/schema.md`` and validated by ``docs/schema.json``.
Evidence spans carry their text as well as offsets so a record can be read
without the article; the text is recomputed, never trusted, on the way back.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import metadata
from typing import Any

from sitrep.schema import Actor, Claim, Document, Event, Figure, Location, Place, Quote, Span, TimeRef, Zone

__all__ = [
    "SCHEMA_VERSION",
    "EventRow",
    "event_rows",
    "from_record",
    "place_to_dict",
    "record_hash",
    "sitrep_version",
    "to_record",
]

SCHEMA_VERSION = "1.1"


def sitrep_version() -> str:
    """The installed package version ("unknown" when running from a bare source tree)."""
    try:
        return metadata.version("sitrep")
    except metadata.PackageNotFoundError:
        return "unknown"


def _span(text: str, span: Span) -> dict[str, Any]:
    return {"start": span.start, "end": span.end, "text": text[span.start : span.end]}


def _actor_out(actor: Actor | None) -> tuple[str | None, int | None, dict[str, Any] | None]:
    if actor is None:
        return None, None, None
    mention = None
    if actor.mention is not None or actor.start is not None or actor.end is not None:
        mention = {"text": actor.mention, "start": actor.start, "end": actor.end}
    return actor.name, actor.inter, mention


def _actor_in(name: str | None, inter: int | None, mention: dict[str, Any] | None) -> Actor | None:
    if name is None:
        return None
    m = mention or {}
    return Actor(name=name, inter=inter, mention=m.get("text"), start=m.get("start"), end=m.get("end"))


def _location_out(loc: Location | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {
        "name": loc.name,
        "geonameid": loc.geonameid,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "admin1": loc.admin1,
        "country_code": loc.country_code,
        "mention_start": loc.mention_start,
        "mention_end": loc.mention_end,
    }


def _location_in(d: dict[str, Any] | None) -> Location | None:
    if d is None:
        return None
    return Location(
        name=d["name"],
        geonameid=d.get("geonameid"),
        latitude=d.get("latitude"),
        longitude=d.get("longitude"),
        admin1=d.get("admin1"),
        country_code=d.get("country_code"),
        mention_start=d.get("mention_start"),
        mention_end=d.get("mention_end"),
    )


def _event_out(text: str, ev: Event) -> dict[str, Any]:
    a1, i1, m1 = _actor_out(ev.actor1)
    a2, i2, m2 = _actor_out(ev.actor2)
    return {
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "event_date": ev.event_date,
        "end_date": ev.end_date,
        "time_precision": ev.time_precision,
        "date_from": ev.date_from,
        "date_evidence": _span(text, ev.date_evidence) if ev.date_evidence is not None else None,
        "actor1": a1,
        "inter1": i1,
        "actor1_mention": m1,
        "actor2": a2,
        "inter2": i2,
        "actor2_mention": m2,
        "location": _location_out(ev.location),
        "geo_precision": ev.geo_precision,
        "fatalities": ev.fatalities,
        "status": ev.status,
        "modality": ev.modality,
        "source": ev.source,
        "evidence": [_span(text, s) for s in ev.evidence],
        "notes": ev.notes,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "trigger": ev.trigger,
    }


def _event_in(d: dict[str, Any]) -> Event:
    return Event(
        event_type=d["event_type"],
        sub_event_type=d["sub_event_type"],
        event_date=d.get("event_date"),
        time_precision=d["time_precision"],
        actor1=_actor_in(d.get("actor1"), d.get("inter1"), d.get("actor1_mention")),
        actor2=_actor_in(d.get("actor2"), d.get("inter2"), d.get("actor2_mention")),
        location=_location_in(d.get("location")),
        geo_precision=d.get("geo_precision"),
        fatalities=d.get("fatalities"),
        status=d.get("status", "reported"),
        modality=d.get("modality", "asserted"),
        source=d.get("source"),
        evidence=tuple(Span(s["start"], s["end"]) for s in d.get("evidence", ())),
        notes=d.get("notes", ""),
        plover_type=d.get("plover_type"),
        plover_mode=d.get("plover_mode"),
        end_date=d.get("end_date"),
        trigger=d.get("trigger"),
        date_from=d.get("date_from", "none"),
        date_evidence=_span_in(d.get("date_evidence")),
    )


def _span_in(d: dict[str, Any] | None) -> Span | None:
    return Span(d["start"], d["end"]) if d else None


def _zone_out(z: Zone) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": z.kind, "start": z.start, "end": z.end}
    if z.kind == "caption" or z.credit is not None or z.agency is not None:
        out["credit"] = z.credit
        out["agency"] = z.agency
    return out


def _place_out(p: Place) -> dict[str, Any]:
    return {
        "mention": p.mention, "start": p.start, "end": p.end, "geonameid": p.geonameid, "name": p.name,
        "latitude": p.latitude, "longitude": p.longitude, "country_code": p.country_code,
        "admin1": p.admin1, "feature_code": p.feature_code, "role": p.role, "confidence": p.confidence,
    }


def place_to_dict(p: Place) -> dict[str, Any]:
    """A place in the record's place schema (used by ``sitrep geoparse`` output too)."""
    return _place_out(p)


def _timeref_out(t: TimeRef) -> dict[str, Any]:
    return {
        "text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value,
        "date": t.date, "end_date": t.end_date, "precision": t.precision,
    }


def _quote_out(q: Quote) -> dict[str, Any]:
    return {
        "speaker": q.speaker, "speaker_role": q.speaker_role, "kind": q.kind, "text": q.text,
        "start": q.start, "end": q.end, "cue": q.cue, "speaker_start": q.speaker_start,
        "speaker_end": q.speaker_end, "cue_start": q.cue_start, "cue_end": q.cue_end,
        "content_spans": [{"start": s.start, "end": s.end} for s in q.content_spans], "stance": q.stance,
        "speaker_side": q.speaker_side,
    }


def _quote_in(d: dict[str, Any]) -> Quote:
    spans = tuple(Span(s["start"], s["end"]) for s in d.get("content_spans", ()))
    return Quote(
        speaker=d.get("speaker"), kind=d["kind"], text=d["text"], start=d["start"], end=d["end"],
        cue=d.get("cue"), speaker_role=d.get("speaker_role"), speaker_start=d.get("speaker_start"),
        speaker_end=d.get("speaker_end"), cue_start=d.get("cue_start"), cue_end=d.get("cue_end"),
        content_spans=spans, stance=d.get("stance"), speaker_side=d.get("speaker_side"),
    )


def _figure_out(f: Figure) -> dict[str, Any]:
    return {
        "what": f.what, "value": f.value, "low": f.low, "high": f.high, "qualifier": f.qualifier,
        "unit": f.unit, "start": f.start, "end": f.end, "source": f.source,
    }


def _claim_out(c: Claim) -> dict[str, Any]:
    return {
        "claim": c.claim, "by": c.by, "cue": c.cue, "stance": c.stance, "event": c.event,
        "start": c.start, "end": c.end,
    }


def to_record(doc: Document) -> dict[str, Any]:
    """The JSON-ready record of ``doc`` (only str, int, float, bool, None, list and dict)."""
    text = doc.text
    return {
        "schema_version": SCHEMA_VERSION,
        "sitrep_version": sitrep_version(),
        "document": {
            "id": doc.id,
            "title": doc.title,
            "text": text,
            "published": doc.published,
            "published_from": doc.published_from,
            "outlet": doc.outlet,
            "url": doc.url,
            "source_path": doc.source_path,
            "warnings": list(doc.warnings),
        },
        "zones": [_zone_out(z) for z in doc.zones],
        "places": [_place_out(p) for p in doc.places],
        "timerefs": [_timeref_out(t) for t in doc.timerefs],
        "events": [_event_out(text, e) for e in doc.events],
        "quotes": [_quote_out(q) for q in doc.quotes],
        "figures": [_figure_out(f) for f in doc.figures],
        "claims": [_claim_out(c) for c in doc.claims],
        "happenings": [_event_out(text, e) for e in doc.happenings],
    }


def from_record(d: dict[str, Any]) -> Document:
    """The Document ``d`` was made from (``from_record(to_record(doc)) == doc``).

    Raises ValueError for another major schema version, KeyError/TypeError on a
    record missing required fields; callers that
    take records from outside should validate against ``docs/schema.json`` first.
    """
    version = str(d.get("schema_version", SCHEMA_VERSION))
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise ValueError(f"record schema version {version} is unreadable here (reads {SCHEMA_VERSION})")
    meta = d["document"]
    return Document(
        id=meta["id"],
        text=meta["text"],
        title=meta.get("title"),
        published=meta.get("published"),
        published_from=meta.get("published_from", "unknown"),
        outlet=meta.get("outlet"),
        url=meta.get("url"),
        source_path=meta.get("source_path"),
        zones=tuple(Zone(z["kind"], z["start"], z["end"], z.get("credit"), z.get("agency"))
                    for z in d.get("zones", ())),
        places=tuple(Place(**p) for p in d.get("places", ())),
        timerefs=tuple(TimeRef(**t) for t in d.get("timerefs", ())),
        events=tuple(_event_in(e) for e in d.get("events", ())),
        quotes=tuple(_quote_in(q) for q in d.get("quotes", ())),
        figures=tuple(Figure(**f) for f in d.get("figures", ())),
        claims=tuple(Claim(**c) for c in d.get("claims", ())),
        warnings=tuple(meta.get("warnings", ())),
        happenings=tuple(_event_in(e) for e in d.get("happenings", ())),
    )


def record_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record's canonical JSON, ignoring ``sitrep_version``.

    The version is left out so that re-ingesting with a build that codes the
    same article identically is a no-op; any change in what was found is not.
    """
    body = {k: v for k, v in record.items() if k != "sitrep_version"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class EventRow:
    """One event with the document facts that exports and the map need beside it."""

    doc_id: str
    index: int
    event: Event
    evidence: tuple[str, ...]
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    url: str | None = None


def event_rows(doc: Document) -> list[EventRow]:
    """Every event of ``doc`` as an :class:`EventRow`, in document order."""
    return [
        EventRow(
            doc_id=doc.id,
            index=i,
            event=ev,
            evidence=tuple(doc.text[s.start : s.end] for s in ev.evidence),
            title=doc.title,
            published=doc.published,
            outlet=doc.outlet,
            url=doc.url,
        )
        for i, ev in enumerate(doc.events)
    ]
