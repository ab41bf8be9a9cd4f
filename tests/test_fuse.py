"""Across articles: one happening counted once, and claims that disagree shown with their sources."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.fuse import fuse, fused_to_dict
from sitrep.schema import Claim, Document, Event, Location, Span
from sitrep.store import open_store

LYMAN = Location("Lyman", 704150, 48.98, 37.80, "Donetsk", "UA")
NEAR_LYMAN = Location("Drobysheve", 710000, 49.01, 37.72, "Donetsk", "UA")  # about 7 km away
KHARKIV = Location("Kharkiv", 706483, 49.98, 36.25, "Kharkiv", "UA")


def _event(loc: Location, day: str, modality: str = "asserted", status: str = "reported") -> Event:
    return Event(event_type="Battles", sub_event_type="Non-state actor overtakes territory", event_date=day,
                 time_precision=1, location=loc, modality=modality, status=status,  # type: ignore[arg-type]
                 evidence=(Span(0, 10),))


def _doc(doc_id: str, events: tuple[Event, ...], claims: tuple[Claim, ...] = ()) -> Document:
    return Document(id=doc_id, text="x" * 200, outlet=doc_id.upper(), published="2022-05-27", events=events,
                    claims=claims)


def test_a_claim_in_one_article_and_a_denial_in_another_are_contested() -> None:
    claim = Claim("they had taken control of Lyman", "Russian-backed rebels", "claimed", "claim", 20, 50, 0)
    rebels = _doc("a", (_event(LYMAN, "2022-05-27", status="claimed"),), (claim,))
    kyiv = _doc("b", (_event(NEAR_LYMAN, "2022-05-26", modality="negated"),))
    other = _doc("c", (_event(KHARKIV, "2022-05-27"),))
    fused = fuse([rebels, kyiv, other])
    assert len(fused) == 2
    lyman = next(f for f in fused if f.event.location == LYMAN)
    assert lyman.contested and lyman.status == "contested"
    assert {r.doc_id for r in lyman.reports} == {"a", "b"}
    view = fused_to_dict(lyman)
    assert view["reports"][0]["claims"][0]["by"] == "Russian-backed rebels"  # type: ignore[index]
    kharkiv = next(f for f in fused if f.event.location == KHARKIV)
    assert not kharkiv.contested and kharkiv.status == "reported"


def test_many_outlets_one_happening_and_a_lone_denial_is_no_happening() -> None:
    docs = [_doc(f"d{i}", (_event(LYMAN, "2022-05-27"),)) for i in range(5)]
    docs.append(_doc("deny", (_event(KHARKIV, "2022-05-27", modality="negated"),)))
    fused = fuse(docs)
    assert len(fused) == 1 and len(fused[0].reports) == 5
    # A different day beyond the window is another happening.
    assert len(fuse([*docs, _doc("later", (_event(LYMAN, "2022-06-03"),))])) == 2


def test_fuse_command_lists_only_contested_happenings(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = open_store(db)
    try:
        store.add(_doc("a", (_event(LYMAN, "2022-05-27", status="claimed"),),
                       (Claim("we took Lyman", "DPR forces", "said", "claim", 20, 40, 0),)))
        store.add(_doc("b", (_event(LYMAN, "2022-05-27", modality="negated"),)))
        store.add(_doc("c", (_event(KHARKIV, "2022-05-27"),)))
    finally:
        store.close()
    result = CliRunner().invoke(app, ["fuse", "--db", str(db), "--contested"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 1 and lines[0]["location"] == "Lyman" and lines[0]["status"] == "contested"
    assert sorted(r["doc_id"] for r in lines[0]["reports"]) == ["a", "b"]
