"""Gold-set gate: attribution F1 on PolNeAR dev (84 articles, first annotator's relations).

The floors sit about 3-4 points under the measured figures (docs/benchmarks.md, ``sitrep eval quotes``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.evaluate.quotes import evaluate_quotes

pytestmark = [pytest.mark.gold, pytest.mark.model]

# kind -> field -> overlap F1 measured on the whole dev split.
MEASURED = {
    "all": {"content": 0.703, "source": 0.688, "cue": 0.673},
    "direct": {"content": 0.944, "source": 0.915, "cue": 0.907},
    "indirect": {"content": 0.828, "source": 0.810, "cue": 0.812},
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
