"""The document flow: ingest -> zones -> parse -> time -> places -> quotes -> events -> happenings.

Resources (the spaCy pipeline, the gazetteer, the conflict registry) are built
once by :func:`load_resources` and passed in; no stage loads anything itself.
The stages after parsing are listed once, in :data:`STAGES`, in dependency order.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

from sitrep.attribution import find_quotes
from sitrep.events import code_events
from sitrep.gazetteer import Gazetteer, open_gazetteer
from sitrep.geoparse import geoparse
from sitrep.happenings import code_happenings
from sitrep.language import load_nlp
from sitrep.schema import Document
from sitrep.sides import assign_sides
from sitrep.timeref import ConflictRegistry, anchor_date, find_timerefs
from sitrep.zones import detect_zones

__all__ = ["STAGES", "Resources", "extract", "extract_many", "load_resources"]


@dataclass(frozen=True)
class Resources:
    """Everything the stages need that is costly to build: made once, shared."""

    nlp: Language
    gazetteer: Gazetteer
    conflicts: ConflictRegistry


Stage = Callable[[Document, SpacyDoc, Resources], Document]

# Events come last: they read the zones, dates, places, quotes and claims the others add.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("date", lambda doc, parsed, res: anchor_date(doc, parsed, res.conflicts)),
    ("timerefs", lambda doc, parsed, res: find_timerefs(doc, parsed, res.conflicts)),
    ("geoparse", lambda doc, parsed, res: geoparse(doc, parsed, res.gazetteer)),
    ("attribution", lambda doc, parsed, res: assign_sides(find_quotes(doc, parsed))),
    ("events", lambda doc, parsed, res: code_events(doc, parsed, res.gazetteer.capital)),
    ("happenings", lambda doc, parsed, res: code_happenings(doc, parsed)),
)

Timings = MutableMapping[str, float]


def load_resources(gazetteer_path: Path | None = None) -> Resources:
    """Open the gazetteer (building it on first use) and load the language pipeline."""
    gazetteer = open_gazetteer(gazetteer_path)
    return Resources(nlp=load_nlp(gazetteer), gazetteer=gazetteer, conflicts=ConflictRegistry.default())


def extract(doc: Document, resources: Resources) -> Document:
    """Run every stage over one document and return the annotated document."""
    return next(extract_many([doc], resources))


def extract_many(
    docs: Iterable[Document], resources: Resources, batch_size: int = 16, timings: Timings | None = None
) -> Iterator[Document]:
    """Run every stage over many documents, parsing them in batches with ``nlp.pipe``.

    When ``timings`` is given, the seconds spent in each stage are added to it
    (``zones``, ``parse``, then the names in :data:`STAGES`).
    """
    clock = _Clock(timings)
    zoned = (clock.run("zones", detect_zones, d) for d in docs)
    pairs = resources.nlp.pipe(((d.text, d) for d in zoned), as_tuples=True, batch_size=batch_size)
    while True:
        # nlp.pipe pulls (and zones) the next batch inside next(): keep that out of "parse".
        zones_before, started = clock.total("zones"), time.perf_counter()
        item = next(pairs, None)
        if item is None:
            return
        clock.add("parse", time.perf_counter() - started - (clock.total("zones") - zones_before))
        parsed, doc = item
        for name, stage in STAGES:
            doc = clock.run(name, stage, doc, parsed, resources)
        yield doc


class _Clock:
    """Adds each call's duration to ``timings`` under a stage name; free when there are none."""

    def __init__(self, timings: Timings | None) -> None:
        self.timings = timings

    def total(self, name: str) -> float:
        return 0.0 if self.timings is None else self.timings.get(name, 0.0)

    def add(self, name: str, seconds: float) -> None:
        if self.timings is not None:
            self.timings[name] = self.timings.get(name, 0.0) + seconds

    def run(self, name: str, fn: Callable[..., Document], *args: object) -> Document:
        if self.timings is None:
            return fn(*args)
        started = time.perf_counter()
        result = fn(*args)
        self.add(name, time.perf_counter() - started)
        return result
