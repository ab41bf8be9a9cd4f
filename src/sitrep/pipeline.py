"""The document flow: ingest -> zones -> parse -> time -> places -> quotes -> events.

Resources (the spaCy pipeline, the gazetteer, the conflict registry) are built
once by :func:`load_resources` and passed in; no stage loads anything itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc as SpacyDoc

from sitrep.attribution import find_quotes
from sitrep.events import code_events
from sitrep.gazetteer import Gazetteer, open_gazetteer
from sitrep.geoparse import geoparse
from sitrep.language import load_nlp
from sitrep.schema import Document
from sitrep.timeref import ConflictRegistry, anchor_date, find_timerefs
from sitrep.zones import detect_zones

__all__ = ["Resources", "extract", "extract_many", "load_resources"]


@dataclass(frozen=True)
class Resources:
    """Everything the stages need that is costly to build: made once, shared."""

    nlp: Language
    gazetteer: Gazetteer
    conflicts: ConflictRegistry


def load_resources(gazetteer_path: Path | None = None) -> Resources:
    """Open the gazetteer (building it on first use) and load the language pipeline."""
    gazetteer = open_gazetteer(gazetteer_path)
    return Resources(nlp=load_nlp(gazetteer), gazetteer=gazetteer, conflicts=ConflictRegistry.default())


def extract(doc: Document, resources: Resources) -> Document:
    """Run every stage over one document and return the annotated document."""
    doc = detect_zones(doc)
    return _annotate(doc, resources.nlp(doc.text), resources)


def extract_many(docs: Iterable[Document], resources: Resources, batch_size: int = 16) -> Iterator[Document]:
    """Like :func:`extract` over many documents, parsing them in batches with ``nlp.pipe``."""
    zoned = (detect_zones(d) for d in docs)
    pairs = resources.nlp.pipe(((d.text, d) for d in zoned), as_tuples=True, batch_size=batch_size)
    for parsed, doc in pairs:
        yield _annotate(doc, parsed, resources)


def _annotate(doc: Document, parsed: SpacyDoc, resources: Resources) -> Document:
    """The stages after parsing, in dependency order (events need all the others)."""
    doc = anchor_date(doc, parsed, resources.conflicts)
    doc = find_timerefs(doc, parsed)
    doc = geoparse(doc, parsed, resources.gazetteer)
    doc = find_quotes(doc, parsed)
    return code_events(doc, parsed)
