"""Gold-set gate: attribution F1 on PolNeAR dev (84 articles, first annotator's relations).

The shipped relation filter is fitted on dev, so the gate scores sitrep with a filter fitted afresh on
the other folds for each of five folds (``sitrep eval quotes DIR --folds 5``). The floors sit 3.5 points
under the measured figures (docs/benchmarks.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.quotes import evaluate_quotes

pytestmark = [pytest.mark.gold, pytest.mark.model]

# kind -> field -> overlap F1 measured on the whole dev split.
MEASURED = {
    "all": {"content": 0.754, "source": 0.741, "cue": 0.725},
    "direct": {"content": 0.930, "source": 0.895, "cue": 0.893},
    "indirect": {"content": 0.861, "source": 0.858, "cue": 0.856},
    "other": {"content": 0.607, "source": 0.585, "cue": 0.563},
}


def test_polnear_dev_attribution(shared: Path) -> None:
    folder = shared / "data" / "polnear" / "dev"
    if not (folder / "attributions").is_dir():
        pytest.skip("PolNeAR dev is absent")
    scores = evaluate_quotes(folder, folds=5, seed=13)
    assert scores.articles == 84 and scores.relations["all"] == 2192
    got = {k: {f: round(scores.scores[k][f]["overlap_f1"], 3) for f in fs} for k, fs in MEASURED.items()}
    print(got)
    for kind, fields in MEASURED.items():
        for f, measured in fields.items():
            assert got[kind][f] >= measured - 0.035, (kind, f, got[kind][f])
