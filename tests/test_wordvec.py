"""Word vectors: the shipped GloVe cut loads, and SIF averaging weighs rare words over common ones."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from sitrep.wordvec import WordVectors, load_vectors, sif_average, write_subset


def test_shipped_vectors_put_synonyms_closer_than_unrelated_words() -> None:
    wv = load_vectors()
    assert len(wv.index) == 20_000 and wv.dim == 50
    a, b, c = sif_average(["shelling", "bombardment", "earthquake"], wv)
    assert float(a @ b) > float(a @ c)
    assert np.allclose(np.linalg.norm(sif_average(["the army shelled the town"], wv)), 1.0, atol=1e-4)


def test_sif_average_downweights_frequent_words_and_handles_unknown_text() -> None:
    # Row 0 is the commonest word: its weight is far below that of the 5000th.
    vectors = np.zeros((5001, 2), dtype=np.float32)
    vectors[0, 0] = vectors[5000, 1] = 1.0
    wv = WordVectors(["the", *(f"w{i}" for i in range(1, 5000)), "tank"], vectors)
    vec = sif_average(["the tank"], wv)[0]
    assert vec[1] > 0.9 and vec[0] < 0.2
    assert not sif_average(["zzz qqq"], wv).any()


def test_write_subset_keeps_the_top_rows(tmp_path: Path) -> None:
    out = tmp_path / "v.npz"
    write_subset(["a", "b", "c"], np.eye(3, dtype=np.float32), out, top=2)
    wv = load_vectors(out)
    assert list(wv.index) == ["a", "b"] and wv.vectors.shape == (2, 3)
