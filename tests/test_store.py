"""The SQLite store: idempotent adds, whole-document replacement, rollback, errors, queries."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import StoreError
from sitrep.schema import Actor, Claim, Document, Event, Figure, Location, Place, Quote, Span
from sitrep.store import BACKENDS, SQLiteStore, Store, open_store

TEXT = (
    "Russian forces shelled Kharkiv on Thursday, killing nine. "
    "Ukrainian troops fought Russian units near Lysychansk. "
    "Officials said no strike hit Odesa."
)


def span(needle: str) -> Span:
    start = TEXT.index(needle)
    return Span(start, start + len(needle))


def make_doc(doc_id: str = "a", n_events: int = 2, published: str = "2022-05-27") -> Document:
    events = [
        Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-05-26", 1,
              Actor("Military Forces of Russia (2000-)", 1), Actor("Civilians (Ukraine)", 7),
              Location("Kharkiv", 706483, 49.98, 36.25, "Kharkiv", "UA"), 1, 9,
              evidence=(span("Russian forces shelled Kharkiv on Thursday, killing nine."),)),
        Event("Battles", "Armed clash", "2022-05-27", 1,
              Actor("Military Forces of Russia (2000-)", 1), Actor("Military Forces of Ukraine (2019-)", 1),
              Location("Lysychansk", 702658, 48.90, 38.43, "Luhansk", "UA"), 2,
              evidence=(span("Ukrainian troops fought Russian units near Lysychansk."),)),
        Event("Explosions/Remote violence", "Air/drone strike", "2022-05-27", 1,
              location=Location("Odesa", 698740, 46.48, 30.73, "Odesa", "UA"), modality="negated",
              evidence=(span("Officials said no strike hit Odesa."),)),
    ]
    k = span("Kharkiv")
    return Document(
        id=doc_id, text=TEXT, title="Shelling", published=published, outlet="AP",
        places=(Place("Kharkiv", k.start, k.end, 706483, "Kharkiv", 49.98, 36.25, "UA", "Kharkiv", "PPLA"),),
        events=tuple(events[:n_events]),
        quotes=(Quote("Officials", "indirect", "no strike hit Odesa", *_se("no strike hit Odesa"),
                      cue="said"),),
        figures=(Figure("killed", *_se("nine"), value=9.0),),
        claims=(Claim("no strike hit Odesa", "Officials", "said", "assert", *_se("no strike hit Odesa")),),
    )


def _se(needle: str) -> tuple[int, int]:
    s = span(needle)
    return s.start, s.end


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "events", "places", "quotes", "figures", "claims")}


@pytest.fixture()
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "sitrep.db"


def test_add_then_get_returns_the_same_document(db_path: Path) -> None:
    doc = make_doc()
    with SQLiteStore(db_path) as store:
        assert store.add(doc) is True
        assert store.get("a") == doc
        assert store.get("missing") is None
        assert list(store.documents()) == [doc]
        assert len(store) == 1


def test_re_adding_the_same_document_changes_nothing(db_path: Path) -> None:
    doc = make_doc()
    store = SQLiteStore(db_path)
    store.add(doc)
    before = counts(db_path)
    stamp = store.ingested_at("a")
    assert store.add(doc) is False
    assert store.add(make_doc()) is False  # an equal document built anew
    assert counts(db_path) == before == {"documents": 1, "events": 2, "places": 1, "quotes": 1, "figures": 1,
                                         "claims": 1}
    assert stamp is not None and store.ingested_at("a") == stamp
    store.close()


def test_new_content_under_the_same_id_replaces_every_row(db_path: Path) -> None:
    with SQLiteStore(db_path) as store:
        store.add(make_doc(n_events=2))
        store.add(make_doc("b", n_events=1))
        changed = make_doc(n_events=1)
        changed = dataclasses.replace(changed, places=(), title="Shelling, updated")
        assert store.add(changed) is True
        assert store.get("a") == changed
    c = counts(db_path)
    assert c["documents"] == 2 and c["events"] == 2 and c["places"] == 1  # b's rows untouched


def test_replacement_happens_in_one_transaction(db_path: Path) -> None:
    with SQLiteStore(db_path) as store:
        store.add(make_doc(n_events=2))
        statements: list[str] = []
        store._db.set_trace_callback(statements.append)
        store.add(make_doc(n_events=1))
        store._db.set_trace_callback(None)
    verbs = [s.split()[0].upper() for s in statements]
    assert verbs.count("BEGIN") == 1 and verbs.count("COMMIT") == 1
    begin, commit = verbs.index("BEGIN"), verbs.index("COMMIT")
    writes = [i for i, v in enumerate(verbs) if v in ("INSERT", "DELETE", "UPDATE")]
    assert writes and all(begin < i < commit for i in writes)


def test_a_failing_write_rolls_back_and_keeps_the_old_version(db_path: Path) -> None:
    good = make_doc()
    with SQLiteStore(db_path) as store:
        store.add(good)
        before = counts(db_path)
        bad_event = dataclasses.replace(good.events[0], time_precision=7)  # violates the CHECK constraint
        bad = dataclasses.replace(good, title="new title", events=(good.events[1], bad_event))
        with pytest.raises(StoreError, match="could not store document 'a'"):
            store.add(bad)
        assert store.get("a") == good
        assert counts(db_path) == before
        # a brand-new document that fails leaves nothing behind either
        with pytest.raises(StoreError):
            store.add(dataclasses.replace(bad, id="new"))
        assert store.get("new") is None and len(store) == 1
        # and the store still works afterwards
        assert store.add(make_doc("c")) is True


def test_an_interrupted_write_rolls_back(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteStore(db_path) as store:
        store.add(make_doc())
        before = counts(db_path)
        real_insert = SQLiteStore._insert

        def failing_insert(self: SQLiteStore, table: str, *args: Any) -> None:
            if table == "claims":  # the last table written: everything else already went in
                raise RuntimeError("disk on fire")
            real_insert(self, table, *args)

        monkeypatch.setattr(SQLiteStore, "_insert", failing_insert)
        with pytest.raises(RuntimeError):
            store.add(make_doc(n_events=1))
        monkeypatch.undo()
        assert counts(db_path) == before
        assert store.get("a") == make_doc()


def test_wal_mode_and_foreign_keys(db_path: Path) -> None:
    SQLiteStore(db_path).close()
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_queries_are_parameterised(db_path: Path) -> None:
    nasty = "x'); DROP TABLE documents; --"
    with SQLiteStore(db_path) as store:
        store.add(make_doc(nasty))
        assert store.get(nasty) is not None
        assert list(store.events(event_type="Battles' OR '1'='1")) == []
        assert len(store) == 1


def test_event_filters(db_path: Path) -> None:
    with SQLiteStore(db_path) as store:
        store.add(make_doc("a", n_events=3))
        store.add(make_doc("b", n_events=1, published="2022-05-28"))
        assert len(list(store.events())) == 4
        battles = list(store.events(event_type="Battles"))
        assert [(r.doc_id, r.event.sub_event_type) for r in battles] == [("a", "Armed clash")]
        assert len(list(store.events(since="2022-05-27"))) == 2
        assert len(list(store.events(until="2022-05-26"))) == 2
        assert len(list(store.events(doc_id="b"))) == 1
        assert len(list(store.events(country_code="RU"))) == 0
        asserted = list(store.events(modalities=("asserted",)))
        assert len(asserted) == 3 and all(r.event.modality == "asserted" for r in asserted)
        assert list(store.events(modalities=())) == []
        row = battles[0]
        assert row.evidence == ("Ukrainian troops fought Russian units near Lysychansk.",)


def test_unopenable_paths_raise_store_error_naming_the_path(tmp_path: Path) -> None:
    not_db = tmp_path / "notes.txt"
    not_db.write_text("this is not a database, just some text " * 50, encoding="utf-8")
    with pytest.raises(StoreError, match="notes.txt"):
        open_store(not_db)
    with pytest.raises(StoreError, match=str(tmp_path.name)):
        open_store(tmp_path)  # a directory
    with pytest.raises(StoreError, match="missing.db"):
        open_store(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_open_store_urls_and_registry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "url.db"
    store = open_store(f"sqlite:///{target}")  # sqlite:/// + an absolute path
    assert isinstance(store, Store) and isinstance(store, SQLiteStore)
    store.add(make_doc())
    store.close()
    assert target.is_file()
    with pytest.raises(StoreError, match="unknown store scheme"):
        open_store("nosuch://host/db")

    opened: list[tuple[str, bool]] = []

    class Fake(SQLiteStore):
        def __init__(self, location: str, *, create: bool = True) -> None:
            opened.append((location, create))
            super().__init__(":memory:")

    monkeypatch.setitem(BACKENDS, "fake", Fake)
    fake = open_store("fake://somewhere/db", create=False)
    assert opened == [("somewhere/db", False)] and isinstance(fake, Fake)
    fake.close()


def test_in_memory_store_works() -> None:
    store = open_store("sqlite:///:memory:")
    assert store.add(make_doc()) and not store.add(make_doc())
    assert len(store) == 1
    store.close()
