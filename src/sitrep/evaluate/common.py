"""What the evaluations share: precision/recall/F1 from counts, and reading request lines.

Needs nothing; adds nothing to documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from sitrep.errors import InputError

__all__ = ["f1", "jsonl_requests", "prf"]

T = TypeVar("T")


def f1(p: float, r: float) -> float:
    """The harmonic mean of a precision and a recall (0 when both are 0)."""
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 from true positives and the predicted and gold totals."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return p, r, f1(p, r)


def jsonl_requests(lines: Iterable[str], source: str, parse: Callable[[str, str], T],
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[T]:
    """``parse(line, "source:n")`` for every non-blank line; a line it refuses (InputError) goes
    to ``on_error`` and the rest go on, or stops the run when ``on_error`` is None."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield parse(line, f"{source}:{n}")
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
