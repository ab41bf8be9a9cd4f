"""Across articles: one happening told by several reports, and the claims about it that disagree.

Needs finished documents (from the store or the pipeline); computes, writes nothing. Events of the
same ACLED type whose places lie within ``km`` of each other (or share a GeoNames id) and whose dates
lie within ``days`` are one happening, counted once however many outlets report it. A denial
reported as a negated event ("Russia denied shelling Kharkiv") joins the happening it denies. For
each happening the claims tied to its events in every article (``Claim.event``) are gathered with
their article, speaker, cue and stance; when one side claims or accuses and another denies or
counters, in the same article or across articles, the happening is ``contested`` and both sides are
shown with their sources.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sitrep.gazetteer import haversine_km
from sitrep.schema import Claim, Document, Event, EventStatus

__all__ = ["FusedEvent", "Report", "fuse", "fused_to_dict"]

_DISPUTING = {"denial", "counter-claim"}


@dataclass(frozen=True)
class Report:
    """One article's telling of a happening: its event and the claims tied to it."""

    doc_id: str
    outlet: str | None
    published: str | None
    event_index: int
    event: Event
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class FusedEvent:
    """A happening across articles: the reports, the merged status and whether it is contested."""

    reports: tuple[Report, ...]
    status: EventStatus
    contested: bool

    @property
    def event(self) -> Event:
        """The first asserted report's event (the record a count would use)."""
        return next((r.event for r in self.reports if r.event.modality == "asserted"), self.reports[0].event)


def _km(a: Event, b: Event) -> float | None:
    la, lb = a.location, b.location
    if la is None or lb is None:
        return None
    if la.geonameid is not None and la.geonameid == lb.geonameid:
        return 0.0
    if la.latitude is None or la.longitude is None or lb.latitude is None or lb.longitude is None:
        return None
    return haversine_km(la.latitude, la.longitude, lb.latitude, lb.longitude)


def _days(a: Event, b: Event) -> int | None:
    try:
        return abs((date.fromisoformat(a.event_date or "") - date.fromisoformat(b.event_date or "")).days)
    except ValueError:
        return None


def _same(a: Event, b: Event, km: float, days: int) -> bool:
    if a.event_type != b.event_type:
        return False
    dist, apart = _km(a, b), _days(a, b)
    return dist is not None and dist <= km and apart is not None and apart <= days


def _status(reports: list[Report]) -> tuple[EventStatus, bool]:
    stances = {c.stance for r in reports for c in r.claims}
    if any(r.event.modality == "negated" for r in reports):
        stances.add("denial")
    asserted = [r for r in reports if r.event.modality == "asserted"]
    statuses = {r.event.status for r in asserted}
    contested = "contested" in statuses or bool(stances & {"claim", "accusation"} and stances & _DISPUTING)
    if contested:
        return "contested", True
    if "confirmed" in statuses or stances & {"eyewitness", "confirmation"}:
        return "confirmed", False
    if not asserted:
        return "denied", False
    if statuses <= {"claimed"}:
        return "claimed", False
    return "reported", False


def fuse(documents: Iterable[Document], km: float = 25.0, days: int = 1) -> list[FusedEvent]:
    """Group the documents' asserted and denied events into happenings (see the module docstring)."""
    groups: list[list[Report]] = []
    for doc in documents:
        for i, ev in enumerate(doc.events):
            if ev.modality not in ("asserted", "negated"):
                continue
            claims = tuple(c for c in doc.claims if c.event == i)
            report = Report(doc.id, doc.outlet, doc.published, i, ev, claims)
            home = next((g for g in groups if any(_same(r.event, ev, km, days) for r in g)), None)
            if home is None:
                groups.append([report])
            else:
                home.append(report)
    fused = []
    for g in groups:
        if all(r.event.modality != "asserted" for r in g):
            continue  # a denial of something no report tells is not a happening
        status, contested = _status(g)
        fused.append(FusedEvent(tuple(g), status, contested))
    return fused


def fused_to_dict(f: FusedEvent) -> dict[str, object]:
    """A JSON-ready view: the happening, its status, and every report with its claims' words."""
    ev = f.event
    return {
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "event_date": ev.event_date,
        "location": ev.location.name if ev.location else None,
        "geonameid": ev.location.geonameid if ev.location else None,
        "status": f.status,
        "contested": f.contested,
        "reports": [
            {
                "doc_id": r.doc_id,
                "outlet": r.outlet,
                "published": r.published,
                "event": r.event_index,
                "modality": r.event.modality,
                "status": r.event.status,
                "claims": [
                    {"claim": c.claim, "by": c.by, "cue": c.cue, "stance": c.stance, "start": c.start,
                     "end": c.end}
                    for c in r.claims
                ],
            }
            for r in f.reports
        ],
    }
