"""PLOVER gold reading, the 0.5b1 -> 2021 crosswalk and the scoring, on hand-made records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.plover import GOLD_TO_2021, evaluate_plover, read_gold, to_gold_names
from sitrep.taxonomy import PLOVER_TYPES

RECORDS = [
    {"id": "DOC", "event": "DOCUMENT", "eventText": "internal documentation"},
    {"id": "1", "event": "THREATEN", "mode": "violence", "eventText": "threatened shell",
     "text": "Iran threatened to shell Iraqi towns today."},
    {"id": "2", "event": "DEMAND", "mode": "", "eventText": "demanded release",
     "text": "The rebels demanded the release of their leader."},
    {"id": "3", "event": "INVESTIGATE", "eventText": "investigating",
     "text": "Police are investigating the killing of the journalist."},
]


def _write(tmp_path: Path, records: Any) -> Path:
    path = tmp_path / "PLOVER_GSR_CAMEO.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


def test_read_gold_skips_the_document_record_and_reads_a_folder(tmp_path: Path) -> None:
    _write(tmp_path, RECORDS)
    gold = read_gold(tmp_path)
    assert [g.id for g in gold] == ["1", "2", "3"]
    assert gold[1].mode is None and gold[1].event_2021 == "REQUEST"
    assert gold[2].event_2021 == "ACCUSE"


def test_json_lines_gold_is_read_too(tmp_path: Path) -> None:
    lines = tmp_path / "gold.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in RECORDS), encoding="utf-8")
    assert [g.event for g in read_gold(lines)] == ["THREATEN", "DEMAND", "INVESTIGATE"]


def test_bad_gold_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_gold(_write(tmp_path, {"not": "a list"}))
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    with pytest.raises(InputError):
        read_gold(tmp_path / "broken.json")
    with pytest.raises(InputError):
        read_gold(_write(tmp_path, [RECORDS[0]]))


def test_crosswalk_lands_in_the_2021_ontology_and_back() -> None:
    assert set(GOLD_TO_2021.values()) <= set(PLOVER_TYPES)
    assert to_gold_names("REQUEST", "yield") == "DEMAND"
    assert to_gold_names("ACCUSE", "investigate") == "INVESTIGATE"
    assert to_gold_names("ACCUSE", "allege") == "DISAPPROVE"
    assert to_gold_names("FIGHT", "aerial") == "FIGHT" and to_gold_names(None, None) is None


@pytest.mark.model
def test_scores_on_three_sentences(tmp_path: Path, nlp: Any) -> None:
    scores = evaluate_plover(_write(tmp_path, RECORDS), nlp)
    sitrep = scores.scores["sitrep"]
    assert scores.sentences == 3
    assert sitrep["accuracy"] == 1.0 and sitrep["accuracy_gold_names"] == 1.0 and sitrep["coverage"] == 1.0
    assert scores.scores["majority"]["accuracy"] == pytest.approx(1 / 3)
    assert scores.errors("sitrep") == []
    assert scores.as_dict()["sentences"] == 3
