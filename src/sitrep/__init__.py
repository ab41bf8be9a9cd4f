"""sitrep: sourced, geolocated conflict event records from news text.

The public surface is small: build resources once, then extract documents.

    >>> from sitrep import load_resources, extract, document_from_text
    >>> resources = load_resources()
    >>> doc = extract(document_from_text(text), resources)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

__all__ = [
    "Claim",
    "Document",
    "Event",
    "Figure",
    "Place",
    "Quote",
    "Resources",
    "TimeRef",
    "Zone",
    "__version__",
    "document_from_text",
    "extract",
    "extract_many",
    "load_resources",
    "read_path",
    "to_record",
]

# Resolved on first use, so `import sitrep` stays cheap (no spaCy import until needed).
_LAZY = {
    "Claim": "sitrep.schema",
    "Document": "sitrep.schema",
    "Event": "sitrep.schema",
    "Figure": "sitrep.schema",
    "Place": "sitrep.schema",
    "Quote": "sitrep.schema",
    "TimeRef": "sitrep.schema",
    "Zone": "sitrep.schema",
    "Resources": "sitrep.pipeline",
    "extract": "sitrep.pipeline",
    "extract_many": "sitrep.pipeline",
    "load_resources": "sitrep.pipeline",
    "document_from_text": "sitrep.ingest",
    "read_path": "sitrep.ingest",
    "to_record": "sitrep.record",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
