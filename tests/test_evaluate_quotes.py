"""The PolNeAR reader (BRAT standoff, discontinuous spans, several annotators) and the Citron-style scorer."""

from __future__ import annotations

import builtins
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.evaluate.polnear import Relation, kind_of, read_ann, read_polnear
from sitrep.evaluate.quotes import evaluate_quotes, quote_relation, score
from sitrep.schema import Quote, Span

TEXT = '"We will win," Smith said, "and soon." Officials said the talks failed. Jones hopes to run.'
ANN = """T1\tContent 0 14;27 38\t"We will win," "and soon."
T2\tCue 21 25\tsaid
T3\tSource 15 20\tSmith
T4\tAttribution 21 25\tsaid
E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3
T5\tSource 39 48\tOfficials
T6\tCue 49 53\tsaid
T7\tContent 54 70\tthe talks failed
T8\tAttribution 49 53\tsaid
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
T9\tCue 78 83\thopes
T10\tContent 84 90\tto run
T11\tAttribution-no-source 78 83\thopes
E3\tAttribution-no-source:T11 Cue:T9 Content:T10
T12\tDiscard 72 77\tJones
"""


def test_read_ann_discontinuous_and_missing_source() -> None:
    rels = read_ann(ANN, TEXT)
    assert len(rels) == 3
    first = rels[0]
    assert first.content == (Span(0, 14), Span(27, 38))
    assert [TEXT[s.start : s.end] for s in first.content] == ['"We will win,"', '"and soon."']
    assert [TEXT[s.start : s.end] for s in first.source + first.cue] == ["Smith", "said"]
    assert [r.kind for r in rels] == ["direct", "indirect", "other"]
    assert rels[2].source == ()
    # A Discard note is no relation; a relation without content is skipped.
    assert len(read_ann(ANN + "E4\tAttribution:T4 Cue:T2 Source:T3\n", TEXT)) == 3


def test_read_ann_bad_offsets() -> None:
    with pytest.raises(InputError):
        read_ann("T1\tContent 3 x\tabc\n", TEXT)


def test_kind_inside_quote_and_partial() -> None:
    text = 'He said "the plan is dead and buried" today. She said the plan was "dead" now.'
    inner = text.index("the plan is")
    assert kind_of(text, (Span(inner, inner + len("the plan is dead")),)) == "direct"
    mixed = text.index("the plan was")
    partial = (Span(mixed, mixed + len('the plan was "dead"')),)
    assert kind_of(text, partial, (Span(mixed - 5, mixed - 1),)) == "indirect"


def test_first_annotator_by_sorted_id(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art_one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "art_one_ff00.ann").write_text(ANN, encoding="utf-8")
    only_second = "\n".join(ANN.splitlines()[5:10]) + "\n"
    (tmp_path / "attributions" / "art_one_0a1b.ann").write_text(only_second, encoding="utf-8")
    [art] = read_polnear(tmp_path)
    assert art.name == "art_one" and art.annotator == "0a1b"
    assert len(art.relations) == 1


def test_not_a_polnear_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_polnear(tmp_path)


def _one(text: str, pred: list[Relation], gold: list[Relation]) -> dict[str, Any]:
    return score([(text, pred, gold)])


def test_overlap_ignores_punctuation_and_counts_shares() -> None:
    text = '"Alpha beta," said Bob Smith. gamma delta'
    gold = [Relation((Span(0, 13),), (Span(19, 28),), (Span(14, 18),), "direct")]
    # The prediction drops the marks and comma (same letters: exact) and takes only "Smith".
    pred = [Relation((Span(1, 11),), (Span(23, 28),), (Span(14, 18),))]
    s = _one(text, pred, gold)["all"]
    assert s["content"]["exact_f1"] == 1.0 and s["content"]["overlap_f1"] == 1.0
    assert s["source"]["overlap_p"] == 1.0
    assert s["source"]["overlap_r"] == pytest.approx(5 / 8)
    assert s["source"]["exact_f1"] == 0.0
    assert s["cue"]["exact_f1"] == 1.0


def test_unpaired_prediction_and_missed_gold() -> None:
    text = "Ann said cats purr. Bob thinks dogs bark."
    gold = [Relation((Span(9, 18),), (Span(0, 3),), (Span(4, 8),), "indirect"),
            Relation((Span(31, 40),), (Span(20, 23),), (Span(24, 30),), "other")]
    # One good prediction, one spurious one over the source words.
    pred = [Relation((Span(9, 18),), (Span(0, 3),), (Span(4, 8),)),
            Relation((Span(20, 23),), (), ())]
    s = _one(text, pred, gold)
    assert s["all"]["content"]["overlap_p"] == pytest.approx(0.5)
    assert s["all"]["content"]["overlap_r"] == pytest.approx(0.5)
    assert s["indirect"]["content"]["overlap_f1"] == 1.0
    assert s["other"]["content"]["overlap_r"] == 0.0
    # The source has only one prediction: precision 1, recall one of two.
    assert s["all"]["source"]["overlap_p"] == 1.0 and s["all"]["source"]["overlap_r"] == 0.5


def test_pairing_is_one_to_one() -> None:
    text = "He said the war is over and the troops are home."
    gold = [Relation((Span(8, 23),), kind="indirect"), Relation((Span(28, 47),), kind="indirect")]
    pred = [Relation((Span(8, 47),),)]
    s = _one(text, pred, gold)["all"]["content"]
    # One prediction pairs with the larger gold content only.
    assert 0 < s["overlap_r"] < 0.6 and 0.4 < s["overlap_p"] < 1


def test_quote_relation_uses_spans() -> None:
    q = Quote(speaker="Bob", kind="direct", text="A B", start=1, end=10, cue="said", speaker_start=12,
              speaker_end=15, cue_start=16, cue_end=20, content_spans=(Span(1, 4), Span(7, 10)))
    rel = quote_relation(q)
    assert rel.content == (Span(1, 4), Span(7, 10))
    assert rel.source == (Span(12, 15),) and rel.cue == (Span(16, 20),)
    assert quote_relation(Quote(speaker=None, kind="indirect", text="x", start=0, end=1)).source == ()


def test_textacy_missing_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real_import = builtins.__import__

    def no_textacy(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.startswith("textacy"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_textacy)
    with pytest.raises(InputError, match=r"baselines"):
        evaluate_quotes(tmp_path, system="textacy")
    with pytest.raises(InputError, match="unknown system"):
        evaluate_quotes(tmp_path, system="nope")


@pytest.mark.model
def test_cli_eval_quotes_ends_with_json(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from sitrep.cli import app

    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "art.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "art_ab12.ann").write_text(ANN, encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path)])
    assert result.exit_code == 0, result.output
    last = json.loads(result.output.strip().splitlines()[-1])
    assert last["relations"] == 3 and last["system"] == "sitrep"
    assert 0 < last["all_content_overlap_f1"] <= 1
    bad = CliRunner().invoke(app, ["eval", "quotes", str(tmp_path / "text")])
    assert bad.exit_code == 3
