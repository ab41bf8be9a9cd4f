"""Event-type scores on a CASE 2021 Task 2 file: stratified k-fold cross-validation, sitrep vs baseline.

Needs: a TSV with columns id, EventSnippet, SubType. Adds: for sitrep's snippet classifier
(:mod:`sitrep.classify`) and a TF-IDF (word unigrams) + linear SVM baseline, each refitted on the
same training folds, weighted and macro F1 over all classes and in the 25-ACLED-class setting
(CASE 2021 subtask 1: only snippets with an ACLED label, trained and tested among those), and a
per-label table of the 30-class run. Nothing is fitted on a test fold.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from sitrep.classify import CaseModel, read_case_tsv
from sitrep.errors import InputError
from sitrep.linear import Tfidf, fit_svm, words
from sitrep.taxonomy import CASE2021_TO_ACLED

__all__ = ["EventScores", "LabelScore", "evaluate_events", "f1_scores", "stratified_folds"]

SYSTEMS = ("sitrep", "baseline")


@dataclass(frozen=True)
class LabelScore:
    label: str
    support: int
    precision: float
    recall: float
    f1: float


def f1_scores(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, list[LabelScore]]:
    """(weighted F1, macro F1, per-label scores) over the labels in gold or predictions."""
    rows = []
    for lab in sorted(set(gold) | set(pred)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == lab and p == lab)
        n_gold = sum(1 for g in gold if g == lab)
        n_pred = sum(1 for p in pred if p == lab)
        prec = tp / n_pred if n_pred else 0.0
        rec = tp / n_gold if n_gold else 0.0
        rows.append(LabelScore(lab, n_gold, prec, rec, 2 * tp / (n_gold + n_pred) if tp else 0.0))
    weighted = sum(r.f1 * r.support for r in rows) / max(1, len(gold))
    macro = sum(r.f1 for r in rows) / max(1, len(rows))
    return weighted, macro, rows


def stratified_folds(labels: Sequence[str], k: int, seed: int) -> np.ndarray:
    """Fold number per item: each label's items shuffled (fixed seed) and dealt round the folds."""
    rng = np.random.default_rng(seed)
    folds = np.zeros(len(labels), dtype=int)
    offset = 0
    for lab in sorted(set(labels)):
        idx = np.array([i for i, x in enumerate(labels) if x == lab])
        rng.shuffle(idx)
        # A running offset spreads the remainders of small classes evenly over the folds.
        folds[idx] = (np.arange(len(idx)) + offset) % k
        offset += len(idx)
    return folds


def _baseline(train_x: Sequence[str], train_y: Sequence[str], test_x: Sequence[str]) -> list[str]:
    names = sorted(set(train_y))
    vec = Tfidf.fit([words(t, sklearn_style=True) for t in train_x], sublinear=False)
    y = np.array([names.index(lab) for lab in train_y])
    w = fit_svm(vec.transform([words(t, sklearn_style=True) for t in train_x]), y, len(names))
    scores = vec.transform([words(t, sklearn_style=True) for t in test_x]) @ w[:-1] + w[-1]
    return [names[i] for i in scores.argmax(axis=1)]


def _sitrep(train_x: Sequence[str], train_y: Sequence[str], test_x: Sequence[str]) -> list[str]:
    return [p.label for p in CaseModel.fit(train_x, train_y).predict(test_x)]


def _cross_validate(texts: Sequence[str], labels: Sequence[str], folds: np.ndarray,
                    k: int) -> dict[str, list[str]]:
    preds = {s: [""] * len(texts) for s in SYSTEMS}
    for f in range(k):
        train = [i for i in range(len(texts)) if folds[i] != f]
        test = [i for i in range(len(texts)) if folds[i] == f]
        if not test:
            continue
        tx, ty, sx = [texts[i] for i in train], [labels[i] for i in train], [texts[i] for i in test]
        for name, fit in (("sitrep", _sitrep), ("baseline", _baseline)):
            for i, p in zip(test, fit(tx, ty, sx), strict=True):
                preds[name][i] = p
    return preds


@dataclass
class EventScores:
    corpus: str
    snippets: int
    folds: int
    seed: int
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    per_label: dict[str, list[LabelScore]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"corpus": self.corpus, "snippets": self.snippets, "folds": self.folds,
                                  "seed": self.seed}
        for system, vals in self.scores.items():
            for key, value in vals.items():
                out[f"{system}_{key}"] = round(value, 4)
        return out


def evaluate_events(path: Path, folds: int = 5, seed: int = 13, acled_setting: bool = True) -> EventScores:
    """Cross-validated scores of sitrep and the baseline on a CASE 2021 TSV."""
    if folds < 2:
        raise InputError(str(path), "cross-validation needs at least 2 folds")
    _, texts, labels = read_case_tsv(path)
    if len(texts) < folds:
        raise InputError(str(path), f"{len(texts)} snippets are too few for {folds} folds")
    result = EventScores(path.name, len(texts), folds, seed)
    fold_of = stratified_folds(labels, folds, seed)
    preds = _cross_validate(texts, labels, fold_of, folds)
    acled = [i for i, lab in enumerate(labels) if lab in CASE2021_TO_ACLED]
    preds25: dict[str, list[str]] = {}
    if acled_setting and acled:
        sub_x, sub_y = [texts[i] for i in acled], [labels[i] for i in acled]
        preds25 = _cross_validate(sub_x, sub_y, fold_of[acled], folds)
    for system in SYSTEMS:
        weighted, macro, rows = f1_scores(labels, preds[system])
        accuracy = sum(1 for g, p in zip(labels, preds[system], strict=True) if g == p) / len(labels)
        vals = {"weighted_f1": weighted, "macro_f1": macro, "accuracy": accuracy}
        if system in preds25:
            w25, m25, _ = f1_scores([labels[i] for i in acled], preds25[system])
            vals |= {"weighted_f1_25": w25, "macro_f1_25": m25}
        result.scores[system] = vals
        result.per_label[system] = rows
    return result
