"""Gold-set gate: attribution F1 on PolNeAR dev (84 articles, first annotator's relations).

The floors sit 3.5 points under the measured figures (docs/benchmarks.md, ``sitrep eval quotes``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.quotes import evaluate_quotes

pytestmark = [pytest.mark.gold, pytest.mark.model]

# kind -> field -> overlap F1 measured on the whole dev split.
MEASURED = {
    "all": {"content": 0.774, "source": 0.754, "cue": 0.740},
    "direct": {"content": 0.962, "source": 0.931, "cue": 0.924},
    "indirect": {"content": 0.876, "source": 0.868, "cue": 0.869},
    "other": {"content": 0.628, "source": 0.592, "cue": 0.577},
}


def test_polnear_dev_attribution(shared: Path) -> None:
    folder = shared / "data" / "polnear" / "dev"
    if not (folder / "attributions").is_dir():
        pytest.skip("PolNeAR dev is absent")
    scores = evaluate_quotes(folder)
    assert scores.articles == 84 and scores.relations["all"] == 2192
    got = {k: {f: round(scores.scores[k][f]["overlap_f1"], 3) for f in fs} for k, fs in MEASURED.items()}
    print(got)
    for kind, fields in MEASURED.items():
        for f, measured in fields.items():
            assert got[kind][f] >= measured - 0.035, (kind, f, got[kind][f])
