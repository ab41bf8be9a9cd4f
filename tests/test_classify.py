"""Snippet classifier: features, a hand-built training set, model round trip and JSONL I/O."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from sitrep.classify import CaseModel, classify_jsonl, cue_tokens, load_model, read_case_tsv
from sitrep.errors import InputError
from sitrep.evaluate.events import f1_scores, stratified_folds
from sitrep.linear import fit_svm

PROTEST = [
    "Thousands of protesters marched peacefully through the capital demanding reforms.",
    "Students held a peaceful rally outside parliament chanting slogans.",
    "Hundreds of farmers staged a sit-in protest against the new law.",
    "Demonstrators marched to the ministry carrying banners.",
]
AIR = [
    "Warplanes bombed rebel positions near the town overnight.",
    "A drone strike hit a convoy on the highway killing four militants.",
    "Air strikes by jets destroyed a weapons depot.",
    "Helicopter gunships and aircraft pounded the village from the air.",
]


def _train() -> CaseModel:
    texts = PROTEST + AIR
    labels = ["PEACE_PROTEST"] * len(PROTEST) + ["AIR_STRIKE"] * len(AIR)
    return CaseModel.fit(texts, labels, min_df=1, parse=False)


def test_cue_tokens_name_lexicon_classes() -> None:
    cues = cue_tokens("A drone strike hit the market; police fired tear gas.")
    assert "cue:remote:Air/drone strike" in cues
    assert "cue:intervention" in cues
    assert "cue:sexual" not in cues


def test_learns_an_obvious_split_and_maps_to_acled() -> None:
    model = _train()
    preds = model.predict([
        "Protesters marched peacefully with banners.", "Jets bombed the base from the air."])
    assert [p.label for p in preds] == ["PEACE_PROTEST", "AIR_STRIKE"]
    assert preds[0].sub_event_type == "Peaceful protest" and preds[0].event_type == "Protests"
    assert preds[1].sub_event_type == "Air/drone strike"
    assert all(0.5 < p.confidence <= 1.0 for p in preds)


def test_model_round_trips_through_npz(tmp_path: Path) -> None:
    model = _train()
    path = tmp_path / "m.npz"
    model.save(path)
    again = CaseModel.load(path)
    text = ["A drone strike hit a convoy."]
    assert np.allclose(model.probabilities(text), again.probabilities(text), atol=2e-2)
    assert again.labels == model.labels


def test_classify_jsonl_writes_records_and_names_a_bad_line() -> None:
    model = _train()
    lines = [json.dumps({"id": 7, "text": "Warplanes bombed the town."}), ""]
    out = list(classify_jsonl(lines, "in.jsonl", model))
    assert out[0]["id"] == "7" and out[0]["label"] == "AIR_STRIKE"
    assert set(out[0]) >= {"id", "event_type", "sub_event_type", "label"}
    with pytest.raises(InputError, match=r"in\.jsonl:2"):
        list(classify_jsonl([lines[0], "{broken"], "in.jsonl", model))
    with pytest.raises(InputError, match=r"in\.jsonl:1"):
        list(classify_jsonl(['{"id": 1}'], "in.jsonl", model))


def test_non_acled_class_has_null_acled_names() -> None:
    model = CaseModel.fit(PROTEST + ["An earthquake struck the region.", "Floods and an earthquake hit."],
                          ["PEACE_PROTEST"] * 4 + ["NATURAL_DISASTER"] * 2, min_df=1, parse=False)
    pred = model.predict(["A strong earthquake struck."])[0]
    assert pred.label == "NATURAL_DISASTER" and pred.event_type is None and pred.sub_event_type is None


def test_parse_free_model_keeps_actor_classes_without_roles() -> None:
    model = _train()
    assert model.meta["parsed"] is False and len(model.rel.vocab) == 0
    assert "Xact:protester" in model.cue.vocab and not any(t.startswith("Sact:") for t in model.cue.vocab)


@pytest.mark.model
def test_parsed_model_learns_relations_and_round_trips(tmp_path: Path) -> None:
    texts = PROTEST + AIR
    model = CaseModel.fit(texts, ["PEACE_PROTEST"] * len(PROTEST) + ["AIR_STRIKE"] * len(AIR), min_df=1)
    assert model.meta["parsed"] is True
    assert "Sact:protester" in model.cue.vocab  # "protesters marched": the protesters are the doers
    assert any(t.startswith("S:") for t in model.rel.vocab)
    model.save(tmp_path / "m.npz")
    again = CaseModel.load(tmp_path / "m.npz")
    assert again.meta["parsed"] is True and again.rel.vocab == model.rel.vocab
    assert again.predict(["Demonstrators marched through the city."])[0].label == "PEACE_PROTEST"


def test_shipped_model_loads_offline() -> None:
    model = load_model()
    assert len(model.labels) == 30 and "ATTRIB" in model.labels
    assert model.meta["parsed"] is True and model.weights.shape[0] > 50


def test_read_case_tsv_checks_header(tmp_path: Path) -> None:
    good = tmp_path / "g.tsv"
    good.write_text("id\tEventSnippet\tSubType\n1\tSome text\tarrest\n", encoding="utf-8")
    assert read_case_tsv(good) == (["1"], ["Some text"], ["ARREST"])
    bad = tmp_path / "b.tsv"
    bad.write_text("a\tb\n", encoding="utf-8")
    with pytest.raises(InputError):
        read_case_tsv(bad)


def test_f1_scores_and_folds() -> None:
    weighted, macro, rows = f1_scores(["A", "A", "B", "C"], ["A", "B", "B", "B"])
    by = {r.label: r for r in rows}
    assert by["A"].f1 == pytest.approx(2 / 3) and by["B"].f1 == pytest.approx(0.5) and by["C"].f1 == 0.0
    assert weighted == pytest.approx((2 / 3 * 2 + 0.5) / 4)
    assert macro == pytest.approx((2 / 3 + 0.5) / 3)
    folds = stratified_folds(["x"] * 10 + ["y"] * 5, 5, seed=1)
    assert sorted(np.bincount(folds)) == [3, 3, 3, 3, 3]
    assert (stratified_folds(["x"] * 10, 5, seed=1) == stratified_folds(["x"] * 10, 5, seed=1)).all()


def test_svm_separates_two_points() -> None:
    x = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    w = fit_svm(x, np.array([0, 1]), 2, c=10.0)
    assert ((x @ w[:-1] + w[-1]).argmax(axis=1) == [0, 1]).all()


@pytest.mark.model
def test_cli_classify_and_bad_line(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import EXIT_INPUT, app

    good = tmp_path / "s.jsonl"
    good.write_text('{"id": "a", "text": "Police fired tear gas at protesters."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(good)])
    assert result.exit_code == 0, result.output
    record = json.loads(result.output.splitlines()[0])
    assert record["id"] == "a" and record["label"] in load_model().labels
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x"}\n[1, 2]\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["classify", str(bad)])
    assert result.exit_code == EXIT_INPUT and "bad.jsonl:2" in result.output
