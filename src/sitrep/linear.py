"""Small numpy text features and linear models for snippet classification (no scikit-learn, no scipy).

Needs: texts and labels. Adds: a TF-IDF vectoriser (word n-grams and within-word character
n-grams, vocabulary and IDF fitted on training texts only), a multinomial logistic regression and
a one-vs-rest squared-hinge linear SVM, both fitted by accelerated full-batch gradient descent.
The corpora this serves are a few thousand snippets at most, so dense float32 matrices are fine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Tfidf", "char_ngrams", "fit_logistic", "fit_svm", "softmax", "word_ngrams", "words"]

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_SK_WORD = re.compile(r"\b\w\w+\b")  # scikit-learn's default token pattern, for the baseline


def words(text: str, sklearn_style: bool = False) -> list[str]:
    """Lower-cased word tokens."""
    return (_SK_WORD if sklearn_style else _WORD).findall(text.lower())


def word_ngrams(tokens: Sequence[str], n_max: int = 2) -> list[str]:
    """Word 1..n_max-grams joined by a space."""
    out = list(tokens)
    for n in range(2, n_max + 1):
        out.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return out


def char_ngrams(tokens: Sequence[str], n_min: int = 2, n_max: int = 5) -> list[str]:
    """Character n-grams inside each word padded with spaces (robust to inflection and typos)."""
    out: list[str] = []
    for tok in tokens:
        padded = f" {tok} "
        for n in range(n_min, n_max + 1):
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


@dataclass
class Tfidf:
    """One block of TF-IDF features: a vocabulary, its IDF weights and how terms are drawn."""

    vocab: dict[str, int]
    idf: np.ndarray
    sublinear: bool = True

    @classmethod
    def fit(cls, docs: Sequence[Sequence[str]], min_df: int = 1, sublinear: bool = True) -> Tfidf:
        df: Counter[str] = Counter()
        for terms in docs:
            df.update(set(terms))
        kept = sorted(t for t, c in df.items() if c >= min_df)
        n = len(docs)
        # Smoothed IDF as in scikit-learn: ln((1+n)/(1+df)) + 1.
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in kept], dtype=np.float32)
        return cls({t: i for i, t in enumerate(kept)}, idf, sublinear)

    def transform(self, docs: Sequence[Sequence[str]]) -> np.ndarray:
        x = np.zeros((len(docs), len(self.vocab)), dtype=np.float32)
        for row, terms in enumerate(docs):
            for term, count in Counter(terms).items():
                col = self.vocab.get(term)
                if col is not None:
                    x[row, col] = 1.0 + math.log(count) if self.sublinear else count
        x *= self.idf
        norms = np.linalg.norm(x, axis=1, keepdims=True)
        return x / np.maximum(norms, 1e-12)


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def _spectral_sq(x: np.ndarray, iters: int = 30) -> float:
    """Largest squared singular value of x (power iteration), for a safe gradient step."""
    v = np.ones(x.shape[1], dtype=np.float32) / math.sqrt(x.shape[1])
    s = 1.0
    for _ in range(iters):
        u = x.T @ (x @ v)
        s = float(np.linalg.norm(u))
        if s == 0.0:
            return 1.0
        v = u / s
    return s


def _kernel_descent(x: np.ndarray, residual: Callable[[np.ndarray], np.ndarray], n_classes: int,
                    lipschitz: float, iters: int) -> np.ndarray:
    """Accelerated gradient descent on 0.5|W|^2 + loss(XW + b), run in the span of the rows of X.

    With W = X^T A the primal gradient step W - s(W + X^T R) is A - s(A + R), so each step costs
    n^2 (n snippets) instead of n times the vocabulary size. ``residual`` maps scores to dLoss/dScores.
    Returns weights (features + 1, classes), the bias last and unpenalised.
    """
    k = x @ x.T
    n = x.shape[0]
    # Separate steps for the weights and the bias (a diagonal preconditioner); halved so the sum is safe.
    step = 0.5 / (1.0 + lipschitz * _spectral_sq(x))
    step_b = 0.5 / (lipschitz * n)
    a = np.zeros((n, n_classes), dtype=np.float32)
    b = np.zeros(n_classes, dtype=np.float32)
    prev_a, prev_b, t = a, b, 1.0
    for _ in range(iters):
        t_next = (1 + math.sqrt(1 + 4 * t * t)) / 2
        mom = (t - 1) / t_next
        ya, yb = a + mom * (a - prev_a), b + mom * (b - prev_b)
        r = residual(k @ ya + yb)
        prev_a, prev_b, t = a, b, t_next
        a, b = ya - step * (ya + r), yb - step_b * r.sum(axis=0)
    return np.vstack([x.T @ a, b[None, :]]).astype(np.float32)


def fit_logistic(x: np.ndarray, y: np.ndarray, n_classes: int, c: float = 10.0,
                 class_weight: np.ndarray | None = None, iters: int = 600) -> np.ndarray:
    """Multinomial logistic regression, objective 0.5|W|^2 + C * sum of weighted cross-entropies.

    Returns weights of shape (features + 1, classes), the last row the (unpenalised) bias.
    """
    onehot = np.eye(n_classes, dtype=np.float32)[y]
    sw = (class_weight[y] if class_weight is not None else np.ones(len(y), dtype=np.float32))[:, None]
    return _kernel_descent(x, lambda s: c * sw * (softmax(s) - onehot), n_classes,
                           0.5 * c * float(sw.max()), iters)


def fit_svm(x: np.ndarray, y: np.ndarray, n_classes: int, c: float = 1.0, iters: int = 600) -> np.ndarray:
    """One-vs-rest linear SVM with squared hinge loss (LinearSVC's default objective), in the primal."""
    sign = np.where(np.eye(n_classes, dtype=np.float32)[y] > 0, 1.0, -1.0).astype(np.float32)
    return _kernel_descent(x, lambda s: -2.0 * c * sign * np.maximum(0.0, 1.0 - sign * s), n_classes,
                           2.0 * c, iters)
