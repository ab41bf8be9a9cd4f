"""TimeML reading, TempEval-3 scoring and the `sitrep timex` / `sitrep eval time` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import EXIT_INPUT, app
from sitrep.errors import InputError
from sitrep.evaluate.time import TimeScores, Timex, read_timeml, timex_jsonl, value_class

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>TEST001</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807\
</TIMEX3></DCT>
<TEXT>
Rebels &amp; troops <EVENT eid="e1">fought</EVENT> on \
<TIMEX3 tid="t1" type="DATE" value="1998-08-06">Thursday</TIMEX3> for \
<TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>, <TIMEX3 tid="t3" type="DATE" \
value="PAST_REF">recently</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_markup_and_keeps_offsets(tmp_path: Path) -> None:
    path = tmp_path / "doc.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.id == "TEST001"
    assert str(doc.dct) == "1998-08-07"
    assert "&amp;" not in doc.text and "Rebels & troops fought on Thursday" in doc.text
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.gold] == [
        ("Thursday", "DATE", "1998-08-06"), ("three days", "DURATION", "P3D"),
        ("recently", "DATE", "PAST_REF")]


def test_reader_refuses_a_file_without_text(tmp_path: Path) -> None:
    path = tmp_path / "bad.tml"
    path.write_text("<TimeML><DOCID>x</DOCID></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match="bad.tml"):
        read_timeml(path)


def test_scorer_strict_relaxed_type_and_value() -> None:
    doc = read_timeml("doc.tml", TML)
    thursday, days, recently = doc.gold
    predicted = [
        Timex(thursday.start, thursday.end, "DATE", "1998-08-06"),  # exact and right
        Timex(days.start + 4, days.end, "DURATION", "P2D"),  # overlaps, wrong value
        Timex(doc.text.index("Rebels"), doc.text.index("Rebels") + 6, "DATE", "1998"),  # spurious
    ]
    scores = TimeScores(corpus="t", system="s")
    scores.add(doc, predicted)
    d = scores.as_dict()
    assert (scores.gold, scores.predicted, scores.strict, scores.relaxed) == (3, 3, 1, 2)
    assert d["strict_f1"] == pytest.approx(1 / 3, abs=1e-4)
    assert d["relaxed_p"] == pytest.approx(2 / 3, abs=1e-4)
    assert d["relaxed_r"] == pytest.approx(2 / 3, abs=1e-4)
    assert d["type_accuracy"] == 1.0
    assert d["value_f1"] == pytest.approx(1 / 3, abs=1e-4)  # one value-correct match of 3 predicted, 3 gold
    assert scores.missed["recently"] == 1 and scores.spurious["rebels"] == 1
    assert scores.by_class["duration"] == [1, 0]


def test_one_prediction_matches_one_gold_only() -> None:
    doc = read_timeml("doc.tml", TML)
    first, second = doc.gold[0], doc.gold[1]
    scores = TimeScores(corpus="t", system="s")
    scores.add(doc, [Timex(first.start, second.end, "DATE", "x")])  # one long span over two gold
    assert scores.relaxed == 1


def test_value_classes() -> None:
    values = ("P3D", "1998-Q3", "1998-08-06", "1998-W32", "PAST_REF", "199", "1998-08-06TNI",
              "1998-08-06T10:35", "1998-SU")
    assert [value_class(v) for v in values] == [
        "duration", "quarter", "day", "week", "ref", "decade", "part-of-day", "time", "season"]


@pytest.mark.model
def test_timex_jsonl_goes_on_after_a_bad_line(nlp: Any) -> None:
    lines = [
        json.dumps({"id": "a", "text": "The town was shelled on Thursday.", "dct": "2022-05-27"}),
        "{not json",
        json.dumps({"id": "b", "text": "No dates here.", "dct": "not-a-date"}),
        json.dumps({"id": "c", "text": "They fought for three days last week.", "dct": "2022-05-27"}),
    ]
    errors: list[InputError] = []
    out = list(timex_jsonl(lines, nlp, "in.jsonl", on_error=errors.append))
    assert [o["id"] for o in out] == ["a", "c"]
    assert [e.source for e in errors] == ["in.jsonl:2", "in.jsonl:3"]
    assert out[0]["timexes"] == [{"start": 24, "end": 32, "type": "DATE", "value": "2022-05-26"}]
    assert {t["value"] for t in out[1]["timexes"]} >= {"P3D"}


@pytest.mark.model
def test_timex_command_writes_lines_and_reports_bad_ones(nlp: Any, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sitrep.evaluate.time.load_model", lambda: nlp)
    path = tmp_path / "in.jsonl"
    line = json.dumps({"id": "x", "text": "It happened yesterday.", "dct": "2022-05-27"})
    path.write_text(line + "\n[1]\n")
    result = CliRunner().invoke(app, ["timex", str(path)])
    assert result.exit_code == EXIT_INPUT
    first = json.loads(result.stdout.splitlines()[0])
    assert first == {"id": "x", "timexes": [{"start": 12, "end": 21, "type": "DATE", "value": "2022-05-26"}]}
    assert "in.jsonl:2" in result.output


@pytest.mark.model
def test_eval_time_command_ends_with_json(nlp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sitrep.evaluate.time.load_model", lambda: nlp)
    (tmp_path / "a.tml").write_text(TML, encoding="utf-8")
    for system in ("sitrep", "baseline"):
        result = CliRunner().invoke(app, ["eval", "time", str(tmp_path), "--system", system])
        assert result.exit_code == 0, result.output
        last = json.loads(result.stdout.strip().splitlines()[-1])
        assert last["system"] == system and last["gold"] == 3 and last["documents"] == 1
    assert last["relaxed_r"] > 0  # the baseline finds "three days" at least
