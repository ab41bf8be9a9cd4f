"""Gold-set gate: the snippet classifier on CASE 2021 Task 2 dev.tsv, 3-fold CV (fixed seed).

The floor sits about 3-4 points under the measured figure (measured: see docs/benchmarks.md;
the 5-fold figure comes from ``sitrep eval events``). Fitted on training folds only.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.classify import CaseModel, read_case_tsv
from sitrep.evaluate.events import f1_scores, stratified_folds

pytestmark = [pytest.mark.gold, pytest.mark.model]

FOLDS = 3
FLOOR_WEIGHTED_F1 = 0.72  # measured 0.750 with 3 folds, seed 13 (5 folds: 0.770)


def test_case2021_dev_weighted_f1(shared: Path) -> None:
    path = shared / "data" / "case2021_task2" / "dev.tsv"
    if not path.is_file():
        pytest.skip("CASE 2021 dev.tsv absent")
    _, texts, labels = read_case_tsv(path)
    folds = stratified_folds(labels, FOLDS, seed=13)
    pred = [""] * len(texts)
    for f in range(FOLDS):
        train = [i for i in range(len(texts)) if folds[i] != f]
        test = [i for i in range(len(texts)) if folds[i] == f]
        model = CaseModel.fit([texts[i] for i in train], [labels[i] for i in train])
        for i, p in zip(test, model.predict([texts[i] for i in test]), strict=True):
            pred[i] = p.label
    weighted, _, _ = f1_scores(labels, pred)
    print(f"CASE 2021 dev {FOLDS}-fold weighted F1 {weighted:.3f}")
    assert weighted >= FLOOR_WEIGHTED_F1
