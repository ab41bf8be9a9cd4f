"""Cues of direct quotes: where a quotation hands over to its attribution (no model needed)."""

from __future__ import annotations

from sitrep.quotecues import hands_over
from sitrep.quotemarks import quote_segments
from sitrep.zones import paragraphs


def _first(text: str) -> bool:
    segs = quote_segments(text, paragraphs(text))
    return hands_over(text, segs[0])


def test_a_quotation_hands_over_by_its_closing_punctuation() -> None:
    assert _first("“We will not leave the city,” she said.")
    assert _first("“Where do we go from here?” she asked.")
    assert not _first("“We will not leave the city” to anyone, she said.")


def test_a_quotation_ending_on_an_inner_quote_hands_over() -> None:
    assert _first("“I would say, ‘That’s ridiculous,’” the president added.")
    assert _first("\"People say, 'It doesn't matter,'\" said Charlie King.")
