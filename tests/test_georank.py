"""Toponym ranker: features, fitting and the shipped weights (inputs built by hand)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sitrep import georank
from sitrep.gazetteer import Candidate


def _cand(gid: int, code: str, pop: int, cc: str = "US", admin1: str = "01", cls: str = "P",
          match: str = "name", lat: float = 0.0, lon: float = 0.0) -> Candidate:
    return Candidate(gid, f"place{gid}", cls, code, pop, cc, admin1, None, lat, lon, match)


@dataclass
class _M:
    text: str
    candidates: list[Candidate]
    cue: str | None = None
    acronym: bool = False
    hints: list[tuple[str, int]] = field(default_factory=list)
    chosen: Candidate | None = None


def test_prior_features_are_named_and_sparse() -> None:
    m = _M("Georgia", [], cue="admin")
    state = _cand(1, "ADM1", 10_000_000, cls="A")
    f = georank.prior_features(m, state, largest=georank.weight_of(state))
    assert f["code_ADM1"] == 1.0 and f["admin_cue_agrees"] == 1.0 and f["largest"] == 1.0
    assert f["log_population"] == pytest.approx(5.0, abs=1e-4)  # divisions count a hundredth
    assert set(f) <= set(georank.PRIOR_FEATURES)
    ocean = _cand(2, "OCN", 0, cc="", cls="H")
    assert georank.prior_features(m, ocean, 10_000_000)["supranational"] == 1.0


def test_context_features_read_agreement_and_hints() -> None:
    kyiv = _cand(10, "PPLC", 3_000_000, cc="UA", admin1="12", lat=50.45, lon=30.52)
    ukraine = _cand(11, "PCLI", 40_000_000, cc="UA", admin1="00", cls="A")
    town_ua = _cand(12, "PPL", 1_000, cc="UA", admin1="12", lat=50.5, lon=30.6)
    town_us = _cand(13, "PPL", 1_000, cc="US", admin1="01", lat=40.0, lon=-80.0)
    mentions = [_M("Horenka", [town_ua, town_us], hints=[("in", 1)]),
                _M("Ukraine", [ukraine], chosen=ukraine)]
    readings = {"Kyiv": kyiv, "Ukraine": ukraine}
    near = georank.context_features(mentions[0], town_ua, readings, mentions)
    far = georank.context_features(mentions[0], town_us, readings, mentions)
    assert near["country_share"] == 1.0 and near["hint_in"] == 1.0 and near["near_town"] > 0.9
    assert "country_share" not in far and far["hint_in_country_clash"] == 1.0
    assert set(near) | set(far) <= set(georank.FEATURES) - set(georank.PRIOR_FEATURES)


def test_fit_learns_the_obvious_preference() -> None:
    # The right candidate is always the one the text's country agrees with, whatever the population.
    groups = []
    for i in range(40):
        big, small = 6.0 + i % 3, 3.0 + i % 2
        right_is_big = i % 4 == 0
        groups.append((
            [{"log_population": big, "country_share": 1.0 if right_is_big else 0.0},
             {"log_population": small, "country_share": 0.0 if right_is_big else 1.0}],
            [right_is_big, not right_is_big],
        ))
    weights = georank.fit(groups, l2=1e-3)
    assert set(weights) == set(georank.FEATURES)
    assert weights["country_share"] > 1.0
    assert weights["country_share"] > abs(weights["log_population"])
    assert weights == georank.fit(groups, l2=1e-3)  # deterministic
    ranker = georank.Ranker(weights)
    assert ranker.score({"country_share": 1.0, "log_population": 3.0}) > \
        ranker.score({"country_share": 0.0, "log_population": 7.0})


def test_fit_refuses_uninformative_groups() -> None:
    with pytest.raises(ValueError):
        georank.fit([([{"log_population": 1.0}], [True])])


def test_ranker_round_trips_and_explains(tmp_path: Path) -> None:
    ranker = georank.Ranker(georank.HAND_WEIGHTS)
    ranker.save(tmp_path / "r.json")
    back = georank.Ranker.load(tmp_path / "r.json")
    assert back.weights["code_PCLI"] == 3.0 and set(back.weights) == set(georank.FEATURES)
    parts = back.explain({"code_PCLI": 1.0, "log_population": 7.0, "code_T": 1.0})
    assert list(parts) == ["log_population", "code_PCLI"]  # largest first; zero weights left out
    (tmp_path / "bad.json").write_text('{"weights": {"nonsense": 1.0}}')
    with pytest.raises(ValueError):
        georank.Ranker.load(tmp_path / "bad.json")


def test_shipped_weights_name_the_features() -> None:
    ranker = georank.shipped()
    assert set(ranker.weights) == set(georank.FEATURES)
    assert georank.active() is ranker
    hand = georank.Ranker(georank.HAND_WEIGHTS)
    with georank.using(hand):
        assert georank.active() is hand
    assert georank.active() is ranker


def _article(docid: int, text: str, name: str, lat: float, lon: float) -> str:
    start = text.index(name)
    return (f'<article docid="{docid}"><text><![CDATA[{text}]]></text><toponyms><toponym>'
            f"<start>{start}</start><end>{start + len(name)}</end><phrase>{name}</phrase>"
            f"<gaztag><lat>{lat}</lat><lon>{lon}</lon></gaztag></toponym></toponyms></article>")


@pytest.mark.model
def test_train_geo_command_writes_weights(monkeypatch: pytest.MonkeyPatch, resources: Any,
                                          tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    monkeypatch.setattr("sitrep.pipeline.load_resources", lambda *a, **k: resources)
    # "Paris" in Texas and in France: one article each, so the context decides.
    texts = [(1, "Storms hit Paris, Texas, on Monday, and the county declared an emergency.", 33.66, -95.56),
             (2, "Protesters marched in Paris, France, as the government met.", 48.85, 2.35)]
    corpus = tmp_path / "tiny.xml"
    corpus.write_text("<articles>" + "".join(_article(i, t, "Paris", la, lo) for i, t, la, lo in texts)
                      + "</articles>", encoding="utf-8")
    out = tmp_path / "ranker.json"
    result = CliRunner().invoke(app, ["train", "geo", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output.strip().splitlines()[-1])
    assert report["groups"] == 2 and [r["corpus"] for r in report["full"]] == ["tiny"]
    ranker = georank.Ranker.load(out)
    assert set(ranker.weights) == set(georank.FEATURES) and ranker.source == "learned on tiny"
