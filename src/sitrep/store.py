"""Where records are kept: a ``Store`` protocol and the embedded SQLite store.

Needs annotated Documents (any stage's output); adds nothing to them. Each
document is kept whole as its JSON record (so it reads back exactly) and also
spread over normalised tables (events, places, quotes, figures, claims) so it
can be queried and exported with plain SQL.

Backends are chosen by URL scheme through :data:`BACKENDS`, so another one
(PostgreSQL, say) is added by registering a class, not by editing a switch.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from sitrep.errors import StoreError
from sitrep.record import EventRow, event_rows, from_record, record_hash, to_record
from sitrep.schema import Document

__all__ = ["BACKENDS", "SQLiteStore", "Store", "open_store"]


@runtime_checkable
class Store(Protocol):
    """What every backend offers. ``add`` returns False when nothing changed."""

    def add(self, doc: Document) -> bool: ...

    def get(self, doc_id: str) -> Document | None: ...

    def documents(self) -> Iterator[Document]: ...

    def events(
        self,
        *,
        event_type: str | None = None,
        country_code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_id: str | None = None,
        modalities: tuple[str, ...] | None = None,
    ) -> Iterator[EventRow]: ...

    def __len__(self) -> int: ...

    def close(self) -> None: ...


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    title TEXT, published TEXT, published_from TEXT, outlet TEXT, url TEXT,
    text TEXT NOT NULL,
    record TEXT NOT NULL,
    ingested_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    event_date TEXT, end_date TEXT,
    time_precision INTEGER NOT NULL CHECK (time_precision BETWEEN 1 AND 3),
    event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
    actor1 TEXT, inter1 INTEGER, actor2 TEXT, inter2 INTEGER,
    location TEXT, geonameid INTEGER, admin1 TEXT, country_code TEXT,
    latitude REAL, longitude REAL, geo_precision INTEGER,
    fatalities INTEGER CHECK (fatalities IS NULL OR fatalities >= 0),
    status TEXT NOT NULL, modality TEXT NOT NULL, source TEXT, notes TEXT,
    plover_type TEXT, plover_mode TEXT,
    evidence TEXT NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS events_date ON events (event_date);
CREATE INDEX IF NOT EXISTS events_type ON events (event_type);
CREATE INDEX IF NOT EXISTS events_country ON events (country_code);
CREATE TABLE IF NOT EXISTS places (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    mention TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    geonameid INTEGER, name TEXT, latitude REAL, longitude REAL, country_code TEXT, admin1 TEXT,
    feature_code TEXT, role TEXT NOT NULL, confidence REAL,
    PRIMARY KEY (doc_id, idx)
);
CREATE INDEX IF NOT EXISTS places_geonameid ON places (geonameid);
CREATE TABLE IF NOT EXISTS quotes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    speaker TEXT, speaker_role TEXT, kind TEXT NOT NULL, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, cue TEXT, stance TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS figures (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    what TEXT NOT NULL, value REAL, low REAL, high REAL, qualifier TEXT, unit TEXT,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, source TEXT,
    PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS claims (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    claim TEXT NOT NULL, by_ TEXT, cue TEXT, stance TEXT NOT NULL, event INTEGER,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);
"""

_STORE_FORMAT = "1"
_DOC_COLUMNS = (
    "id", "content_hash", "title", "published", "published_from", "outlet", "url", "text", "record",
    "ingested_at",
)
_EVENT_COLUMNS = (
    "doc_id", "idx", "event_date", "end_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "inter1", "actor2", "inter2", "location", "geonameid", "admin1", "country_code",
    "latitude", "longitude", "geo_precision", "fatalities", "status", "modality", "source", "notes",
    "plover_type", "plover_mode", "evidence",
)
_CHILD_COLUMNS: dict[str, tuple[str, ...]] = {
    "places": ("mention", "start", '"end"', "geonameid", "name", "latitude", "longitude", "country_code",
               "admin1", "feature_code", "role", "confidence"),
    "quotes": ("speaker", "speaker_role", "kind", "text", "start", '"end"', "cue", "stance"),
    "figures": ("what", "value", "low", "high", "qualifier", "unit", "start", '"end"', "source"),
    "claims": ("claim", "by_", "cue", "stance", "event", "start", '"end"'),
}


class SQLiteStore:
    """The embedded default store: one SQLite file in WAL mode.

    Every write is one explicit transaction; a failure rolls it back, so a bad
    document never leaves half its rows behind nor loses what was stored before.
    """

    def __init__(self, path: str | Path, *, create: bool = True) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            p = Path(self.path)
            if not create and not p.is_file():
                raise StoreError(f"{self.path}: no such store")
            if p.is_dir():
                raise StoreError(f"{self.path}: is a directory, not a database file")
        try:
            # autocommit mode: transactions are begun and ended explicitly below
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open store ({exc})") from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('store_format', ?)",
                             (_STORE_FORMAT,))
        except sqlite3.Error as exc:
            self._db.close()
            raise StoreError(f"{self.path}: not a usable sitrep store ({exc})") from exc

    # -- writing -----------------------------------------------------------------------------------

    def add(self, doc: Document) -> bool:
        """Store ``doc``; True if it was new or changed, False if an identical record was already there.

        A document whose id is already stored with other content is replaced,
        all its rows at once, in a single transaction.
        """
        record = to_record(doc)
        digest = record_hash(record)
        try:
            payload = json.dumps(record, ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"{self.path}: document {doc.id!r} cannot be stored ({exc})") from exc
        try:
            self._db.execute("BEGIN IMMEDIATE")  # take the write lock first so the hash check cannot go stale
            try:
                row = self._db.execute("SELECT content_hash FROM documents WHERE id = ?", (doc.id,))
                row = row.fetchone()
                if row is not None and row[0] == digest:
                    self._db.execute("ROLLBACK")
                    return False
                self._write(doc, record, digest, payload)
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except (sqlite3.Error, UnicodeError) as exc:
            raise StoreError(f"{self.path}: could not store document {doc.id!r} ({exc})") from exc
        return True

    def _write(self, doc: Document, record: dict[str, Any], digest: str, payload: str) -> None:
        """All the statements of one add; runs inside the caller's transaction."""
        self._db.execute("DELETE FROM documents WHERE id = ?", (doc.id,))  # cascades to the child tables
        self._insert("documents", _DOC_COLUMNS, [(
            doc.id, digest, doc.title, doc.published, doc.published_from, doc.outlet, doc.url, doc.text,
            payload, time.time(),
        )])
        events = [_event_row(doc.id, i, e) for i, e in enumerate(record["events"])]
        self._insert("events", _EVENT_COLUMNS, events)
        for table, columns in _CHILD_COLUMNS.items():
            # record keys equal column names here, except the SQL-reserved "by" which is stored as by_
            keys = [c.rstrip("_").strip('"') for c in columns]
            rows = [(doc.id, i, *(item[k] for k in keys)) for i, item in enumerate(record[table])]
            self._insert(table, ("doc_id", "idx", *columns), rows)

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        # table and column names only ever come from this module's literal tuples; values are bound
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
        self._db.executemany(sql, rows)

    # -- reading -----------------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document | None:
        """The stored document with this id, or None."""
        row = self._query("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else from_record(json.loads(row[0]))

    def documents(self) -> Iterator[Document]:
        """Every stored document, ordered by publication date then id."""
        for (payload,) in self._query("SELECT record FROM documents ORDER BY published, id", ()).fetchall():
            yield from_record(json.loads(payload))

    def ingested_at(self, doc_id: str) -> float | None:
        """When the current version of ``doc_id`` was stored (Unix time), or None."""
        row = self._query("SELECT ingested_at FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None else float(row[0])

    def events(
        self,
        *,
        event_type: str | None = None,
        country_code: str | None = None,
        since: str | None = None,
        until: str | None = None,
        doc_id: str | None = None,
        modalities: tuple[str, ...] | None = None,
    ) -> Iterator[EventRow]:
        """Stored events matching every filter given (dates are inclusive ISO days)."""
        where: list[str] = []
        params: list[Any] = []
        for column, op, value in (
            ("event_type", "=", event_type),
            ("country_code", "=", country_code),
            ("event_date", ">=", since),
            ("event_date", "<=", until),
            ("doc_id", "=", doc_id),
        ):
            if value is not None:
                where.append(f"{column} {op} ?")  # column and op come from the literal table above
                params.append(value)
        if modalities is not None:
            where.append(f"modality IN ({', '.join('?' for _ in modalities)})" if modalities else "0")
            params.extend(modalities)
        sql = "SELECT doc_id, idx FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY event_date, doc_id, idx"
        cache: dict[str, list[EventRow]] = {}
        for found_id, idx in self._query(sql, tuple(params)).fetchall():
            if found_id not in cache:
                doc = self.get(found_id)
                cache[found_id] = event_rows(doc) if doc else []
            rows = cache[found_id]
            if idx < len(rows):
                yield rows[idx]

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM documents", ()).fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: tuple[Any, ...]) -> sqlite3.Cursor:
        try:
            return self._db.execute(sql, params)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: query failed ({exc})") from exc


def _event_row(doc_id: str, idx: int, e: dict[str, Any]) -> tuple[Any, ...]:
    loc = e["location"] or {}
    return (
        doc_id, idx, e["event_date"], e["end_date"], e["time_precision"], e["event_type"],
        e["sub_event_type"],
        e["actor1"], e["inter1"], e["actor2"], e["inter2"], loc.get("name"), loc.get("geonameid"),
        loc.get("admin1"), loc.get("country_code"), loc.get("latitude"), loc.get("longitude"),
        e["geo_precision"], e["fatalities"], e["status"], e["modality"], e["source"], e["notes"],
        e["plover_type"], e["plover_mode"], json.dumps(e["evidence"], ensure_ascii=False),
    )


#: URL scheme -> constructor taking (location, create=...). Register new backends here.
BACKENDS: dict[str, Callable[..., Store]] = {"sqlite": SQLiteStore}


def open_store(url_or_path: str | Path, *, create: bool = True) -> Store:
    """Open the store at ``url_or_path``: a file path, ``sqlite:///relative.db`` or ``sqlite:////abs.db``.

    ``create=False`` refuses to make a new, empty store (for commands that only read).
    Raises :class:`~sitrep.errors.StoreError` naming the location when it cannot be opened.
    """
    target = str(url_or_path)
    scheme, sep, rest = target.partition("://")
    if not sep or len(scheme) < 2:  # a bare path (a one-letter "scheme" is a Windows drive)
        return SQLiteStore(target, create=create)
    backend = BACKENDS.get(scheme.lower())
    if backend is None:
        raise StoreError(f"{target}: unknown store scheme {scheme!r} (known: {', '.join(sorted(BACKENDS))})")
    location = rest[1:] if rest.startswith("/") else rest  # sqlite:///x.db -> x.db, sqlite:////x.db -> /x.db
    if not location:
        raise StoreError(f"{target}: no database path in store URL")
    return backend(location, create=create)
