"""The pipeline's flow: batch and single extraction agree; stage timings cover every stage."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.pipeline import STAGES, extract, extract_many
from sitrep.schema import Document

pytestmark = pytest.mark.model

TEXTS = [
    "Shelling hits Kharkiv\n\nRussian shelling of Kharkiv killed two civilians on Monday, officials said.",
    "Fighting near Bakhmut\n\nUkrainian forces clashed with Russian troops near Bakhmut on Tuesday.",
]


def test_batch_and_single_extraction_agree(resources: Any) -> None:
    docs = [Document(id=str(i), text=t, published="2022-05-27") for i, t in enumerate(TEXTS)]
    batched = list(extract_many(docs, resources, batch_size=1))
    assert [d.id for d in batched] == ["0", "1"]
    assert batched == [extract(d, resources) for d in docs]


def test_timings_name_every_stage(resources: Any) -> None:
    timings: dict[str, float] = {}
    docs = [Document(id=str(i), text=t) for i, t in enumerate(TEXTS)]
    out = list(extract_many(docs, resources, timings=timings))
    assert len(out) == 2
    assert set(timings) == {"zones", "parse", *(name for name, _ in STAGES)}
    assert all(seconds >= 0 for seconds in timings.values())
    assert timings["parse"] > 0
