"""Gold-set gate: time-expression floors on TimeBank + AQUAINT (TempEval-3, ../shared/data).

A fixed subset (every 3rd document, in name order) keeps the gate to a few seconds of parsing.
The floors sit about three points below what sitrep measured on this subset when the gate was
written (regression gates, not targets; docs/benchmarks.md has the full-corpus figures and the
baseline): see MEASURED. Raise them when the method improves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sitrep.evaluate.time import evaluate_time

pytestmark = [pytest.mark.gold, pytest.mark.model]

EVERY = 3
# measured on the subset: relaxed F1, value F1, type accuracy, strict F1
MEASURED = {"relaxed_f1": 0.930, "value_f1": 0.801, "type_accuracy": 0.947, "strict_f1": 0.830}
FLOORS = {k: round(v - 0.03, 2) for k, v in MEASURED.items()}


def test_time_expression_floors(shared: Path, nlp: Any) -> None:
    folder = shared / "data" / "te3_tbaq_cleaned"
    if not folder.is_dir():
        pytest.skip("te3_tbaq_cleaned is absent")
    scores = evaluate_time(folder, nlp, every=EVERY).as_dict()
    assert scores["documents"] >= 80 and scores["gold"] > 500
    for key, floor in FLOORS.items():
        assert scores[key] >= floor, scores
