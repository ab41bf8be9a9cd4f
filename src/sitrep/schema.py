"""The one typed schema every stage shares.

Each stage reads a :class:`Document` and returns a new one with its own
annotations added (``dataclasses.replace``); nothing is mutated in place.
Offsets are Python string indices into ``Document.text`` (the text as read).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Actor",
    "Claim",
    "DateFrom",
    "Document",
    "Event",
    "Figure",
    "Location",
    "Place",
    "Quote",
    "Span",
    "TimeRef",
    "Zone",
]

ZoneKind = Literal["headline", "body", "subheading", "caption", "promo", "dateline", "byline"]
PlaceRole = Literal["location", "actor", "origin", "other"]
EventStatus = Literal["reported", "claimed", "contested", "confirmed", "denied"]
Modality = Literal["asserted", "negated", "hypothetical", "future", "planned"]
QuoteKind = Literal["direct", "indirect", "mixed"]
PublishedFrom = Literal["metadata", "user", "inferred", "dateline", "unknown"]
# What dated an event: a time expression governing it, the report's own date standing in, or nothing.
DateFrom = Literal["expression", "document", "none"]


@dataclass(frozen=True)
class Span:
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int


@dataclass(frozen=True)
class Zone:
    """A region of the text with a layout role.

    ``credit`` is the source named in a caption's parenthesised credit
    ("Aris Messinis/AFP/Getty Images"); ``agency`` the organisation part of it.
    """

    kind: ZoneKind
    start: int
    end: int
    credit: str | None = None
    agency: str | None = None


@dataclass(frozen=True)
class Place:
    """A toponym mention and the gazetteer entry it resolves to (if any)."""

    mention: str
    start: int
    end: int
    geonameid: int | None = None
    name: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    country_code: str | None = None
    admin1: str | None = None
    feature_code: str | None = None
    role: PlaceRole = "location"
    confidence: float = 0.0


@dataclass(frozen=True)
class TimeRef:
    """A time expression, normalised TIMEX3-style against the document date.

    ``value`` is the TIMEX3 value ("2022-05-26", "2022-W21", "P8Y", "PRESENT_REF");
    ``date``/``end_date`` are ISO days bounding what it denotes, when it denotes days.
    """

    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"]
    value: str
    date: str | None = None
    end_date: str | None = None
    precision: Literal["day", "week", "month", "year", "unknown"] = "unknown"


@dataclass(frozen=True)
class Actor:
    """An ACLED-style actor: normalised name and ``inter`` code (1-8)."""

    name: str
    inter: int | None = None
    mention: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Location:
    """Where an event happened, as ACLED records it."""

    name: str
    geonameid: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    admin1: str | None = None
    country_code: str | None = None
    mention_start: int | None = None
    mention_end: int | None = None


@dataclass(frozen=True)
class Event:
    """One coded happening, with the words that back it.

    ``date_from`` says what dated it: ``"expression"`` (the time expression at ``date_evidence``
    governs the event), ``"document"`` (no expression does: the report's date stands in, at
    ``time_precision`` 3), ``"none"`` (no date at all).
    """

    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    location: Location | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    status: EventStatus = "reported"
    modality: Modality = "asserted"
    source: str | None = None
    evidence: tuple[Span, ...] = ()
    notes: str = ""
    plover_type: str | None = None
    plover_mode: str | None = None
    end_date: str | None = None
    trigger: str | None = None
    date_from: DateFrom = "none"
    date_evidence: Span | None = None


@dataclass(frozen=True)
class Quote:
    """A direct, indirect or mixed quotation and who said it."""

    speaker: str | None
    kind: QuoteKind
    text: str
    start: int
    end: int
    cue: str | None = None
    speaker_role: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    content_spans: tuple[Span, ...] = ()
    stance: str | None = None
    # "Ukrainian official", "Russian official", "analyst", "journalist", ... when the text makes it clear.
    speaker_side: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number that is not one event's toll: cumulative, population, share."""

    what: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Claim:
    """An attributed proposition with the stance its cue verb carries."""

    claim: str
    by: str | None
    cue: str | None
    stance: str
    start: int
    end: int
    event: int | None = None


@dataclass(frozen=True)
class Document:
    """An article and everything the stages have found in it."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    published_from: PublishedFrom = "unknown"
    outlet: str | None = None
    url: str | None = None
    source_path: str | None = None
    zones: tuple[Zone, ...] = ()
    places: tuple[Place, ...] = ()
    timerefs: tuple[TimeRef, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # Political acts ACLED does not code (PLOVER-coded; event_type "Outside ACLED scope").
    happenings: tuple[Event, ...] = ()

    def zone_at(self, offset: int) -> Zone | None:
        """The zone containing ``offset``, or None."""
        for zone in self.zones:
            if zone.start <= offset < zone.end:
                return zone
        return None

    def in_promo(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a promotional block."""
        return any(z.kind == "promo" and z.start < end and start < z.end for z in self.zones)
