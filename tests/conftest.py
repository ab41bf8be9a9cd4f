"""Shared fixtures. Costly resources are built once per session and passed in.

Corpora under ../shared are optional: tests that need them use the ``shared``
fixture, which skips cleanly when the folder is absent (a user's fresh clone).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "2022-05-27-donbas.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The third-party gold corpora folder; skips the test when it is absent."""
    if not (SHARED / "data").is_dir():
        pytest.skip("../shared is absent: gold corpora not available")
    return SHARED


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gazetteer() -> Any:
    from sitrep.gazetteer import open_gazetteer

    return open_gazetteer(None)


@pytest.fixture(scope="session")
def nlp(gazetteer: Any) -> Any:
    from sitrep.language import load_nlp

    return load_nlp(gazetteer)


@pytest.fixture(scope="session")
def resources(nlp: Any, gazetteer: Any) -> Any:
    from sitrep.pipeline import Resources
    from sitrep.timeref import ConflictRegistry

    return Resources(nlp=nlp, gazetteer=gazetteer, conflicts=ConflictRegistry.default())


@pytest.fixture(scope="session")
def sample_doc(resources: Any, sample_text: str) -> Any:
    """The bundled sample article run through the whole pipeline (no date given)."""
    from sitrep.pipeline import extract
    from sitrep.schema import Document

    return extract(Document(id="sample", text=sample_text, source_path=str(SAMPLE)), resources)
