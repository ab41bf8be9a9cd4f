"""Exports for other tools: ACLED-layout CSV, GeoJSON events and JSON Lines records.

Needs annotated Documents (or a :class:`~sitrep.store.Store` holding them);
adds nothing. Every writer takes documents, a store, or :class:`EventRow`s
(CSV/GeoJSON only) and a text file handle. Events that did not happen as told
(negated, hypothetical, future, planned) are left out of CSV and GeoJSON unless
``include_all=True``; the JSON Lines records always keep everything.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any, Union

from sitrep.acled_columns import (
    ACLED_COLUMNS,
    civilian_targeting,
    country_info,
    disorder_type,
    interaction,
    region,
)
from sitrep.record import EventRow, event_rows, to_record
from sitrep.schema import Document
from sitrep.store import Store

__all__ = [
    "CSV_COLUMNS",
    "EXTRA_COLUMNS",
    "UNREALISED",
    "Source",
    "acled_row",
    "collect_rows",
    "geojson_feature",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]

#: sitrep's own columns, after ACLED's.
EXTRA_COLUMNS: tuple[str, ...] = (
    "status", "modality", "evidence", "end_date", "date_from", "doc_id", "event_index", "geonameid",
    "country_code", "plover_type", "plover_mode", "url",
)
CSV_COLUMNS: tuple[str, ...] = ACLED_COLUMNS + EXTRA_COLUMNS

#: Modalities of events that are reported as not (or not yet) having happened.
UNREALISED = frozenset({"negated", "hypothetical", "future", "planned"})

Source = Union[Store, Document, Iterable[Union[Document, EventRow]]]  # noqa: UP007 (runtime alias)


def collect_rows(source: Source, include_all: bool = False) -> Iterator[tuple[EventRow, float | None]]:
    """Every event in ``source`` with the time its document was stored (None when not from a store)."""
    if isinstance(source, Document):
        source = [source]
    stamp = getattr(source, "ingested_at", None) if isinstance(source, Store) else None
    items: Iterable[Document | EventRow] = source.documents() if isinstance(source, Store) else source
    for item in items:
        rows = [item] if isinstance(item, EventRow) else event_rows(item)
        ts = stamp(item.id) if stamp and isinstance(item, Document) else None
        for row in rows:
            if include_all or row.event.modality not in UNREALISED:
                yield row, ts


def _event_id(iso3: str, row: EventRow) -> str:
    # stable across exports: derived from the document id and the event's position in it
    digest = hashlib.sha256(f"{row.doc_id}\x00{row.index}".encode()).hexdigest()
    return f"{iso3 or 'XXX'}{int(digest[:12], 16) % 10**12:012d}"


def _sources(row: EventRow) -> str:
    names: list[str] = []
    for name in (row.outlet, row.event.source):
        if name and name not in names:
            names.append(name)
    return "; ".join(names)  # ACLED separates sources with semicolons


def _cell(value: Any) -> Any:
    return "" if value is None else value


def acled_row(row: EventRow, timestamp: float | None = None) -> dict[str, Any]:
    """One CSV row: ACLED's columns (derived where ACLED derives them) then sitrep's extras."""
    ev = row.event
    loc = ev.location
    cc = loc.country_code if loc else None
    country, iso, iso3 = country_info(cc)
    inter1 = ev.actor1.inter if ev.actor1 else None
    inter2 = ev.actor2.inter if ev.actor2 else None
    evidence = " ".join(" ".join(t.split()) for t in row.evidence)
    out: dict[str, Any] = {
        "event_id_cnty": _event_id(iso3, row),
        "event_date": ev.event_date,
        "year": ev.event_date[:4] if ev.event_date else None,
        "time_precision": ev.time_precision,
        "disorder_type": disorder_type(ev.event_type, ev.sub_event_type),
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "assoc_actor_1": None,
        "inter1": inter1,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "assoc_actor_2": None,
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(ev.event_type, ev.sub_event_type, inter1, inter2),
        "iso": iso,
        "region": region(cc),
        "country": country,
        "admin1": loc.admin1 if loc else None,
        "admin2": None,
        "admin3": None,
        "location": loc.name if loc else None,
        "latitude": loc.latitude if loc else None,
        "longitude": loc.longitude if loc else None,
        "geo_precision": ev.geo_precision,
        "source": _sources(row),
        "source_scale": None,
        "notes": ev.notes or evidence,
        "fatalities": ev.fatalities if ev.fatalities is not None else 0,  # ACLED writes 0 when none reported
        "tags": None,
        "timestamp": int(timestamp) if timestamp is not None else None,
        "status": ev.status,
        "modality": ev.modality,
        "evidence": evidence,
        "end_date": ev.end_date,
        "date_from": ev.date_from,
        "doc_id": row.doc_id,
        "event_index": row.index,
        "geonameid": loc.geonameid if loc else None,
        "country_code": cc,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "url": row.url,
    }
    return {k: _cell(v) for k, v in out.items()}


def write_csv(source: Source, fh: IO[str], *, include_all: bool = False) -> int:
    """Write events as CSV with ACLED's columns in ACLED's order, then sitrep's; returns the row count.

    Open ``fh`` with ``newline=""`` (the csv module writes its own line ends).
    """
    writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS), extrasaction="raise")
    writer.writeheader()
    n = 0
    for row, ts in collect_rows(source, include_all):
        writer.writerow(acled_row(row, ts))
        n += 1
    return n


def geojson_feature(row: EventRow) -> dict[str, Any]:
    """A GeoJSON Feature for one event: a [lon, lat] Point, or null geometry when it has no coordinates."""
    ev = row.event
    loc = ev.location
    geometry = None
    if loc is not None and loc.latitude is not None and loc.longitude is not None:
        geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
    props = {
        "doc_id": row.doc_id,
        "event_index": row.index,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "disorder_type": disorder_type(ev.event_type, ev.sub_event_type),
        "event_date": ev.event_date,
        "end_date": ev.end_date,
        "time_precision": ev.time_precision,
        "date_from": ev.date_from,
        "actor1": ev.actor1.name if ev.actor1 else None,
        "inter1": ev.actor1.inter if ev.actor1 else None,
        "actor2": ev.actor2.name if ev.actor2 else None,
        "inter2": ev.actor2.inter if ev.actor2 else None,
        "location": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "admin1": loc.admin1 if loc else None,
        "country_code": loc.country_code if loc else None,
        "geo_precision": ev.geo_precision,
        "fatalities": ev.fatalities,
        "status": ev.status,
        "modality": ev.modality,
        "source": ev.source,
        "notes": ev.notes,
        "plover_type": ev.plover_type,
        "plover_mode": ev.plover_mode,
        "evidence": list(row.evidence),
        "evidence_spans": [{"start": s.start, "end": s.end} for s in ev.evidence],
        "title": row.title,
        "published": row.published,
        "outlet": row.outlet,
        "url": row.url,
    }
    return {"type": "Feature", "geometry": geometry, "properties": props}


def write_geojson(source: Source, fh: IO[str], *, include_all: bool = False) -> int:
    """Write a GeoJSON FeatureCollection with one Feature per event; returns the feature count."""
    features = [geojson_feature(row) for row, _ in collect_rows(source, include_all)]
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False, allow_nan=False)
    fh.write("\n")
    return len(features)


def write_jsonl(
    source: Store | Document | Iterable[Document], fh: IO[str], *, include_all: bool = True
) -> int:
    """Write one JSON record (:func:`sitrep.record.to_record`) per line; returns the document count.

    ``include_all`` is accepted for a uniform writer signature; records always keep every event.
    """
    docs: Iterable[Document]
    if isinstance(source, Document):
        docs = [source]
    elif isinstance(source, Store):
        docs = source.documents()
    else:
        docs = source
    n = 0
    for doc in docs:
        fh.write(json.dumps(to_record(doc), ensure_ascii=False, allow_nan=False) + "\n")
        n += 1
    return n
