"""Mixed quotes: a quotation inside a reported clause is the whole clause's, as PolNeAR marks it.

Needs an :class:`~sitrep.attribution.Attribution` and the spaCy parse of its text. Adds nothing:
:func:`widen_mixed` returns a quote relation widened to the reported clause of its cue that holds the
quotation ("Trump says Clinton's tweets were “unhinged, even for him.”"). Where a content ends on the
other side (a writer's trailing remark) is settled in :mod:`sitrep.relations` and :mod:`sitrep.nesting`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc

from sitrep.attribution import Attribution
from sitrep.quotemarks import QUOTE_MARKS
from sitrep.schema import Span

__all__ = ["widen_mixed"]

_OPEN_MARKS = "“\"'‘«"


def widen_mixed(rel: Attribution, parsed: SpacyDoc) -> Attribution:
    """A quotation inside the cue's own reported clause makes a mixed quote: the relation is the whole
    clause ("Trump says Clinton's tweets were “unhinged, even for him.”", "responded that not paying
    taxes made him ''smart''"), as PolNeAR marks it, not the quoted words alone."""
    if rel.cue is None or len(rel.content) != 1:
        return rel
    quote = rel.content[0]
    text = parsed.text
    if text[quote.start - 1 : quote.start] not in _OPEN_MARKS and text[quote.start : quote.start + 1] not in (
        _OPEN_MARKS
    ):
        return rel
    chunk = parsed.char_span(rel.cue.start, rel.cue.end, alignment_mode="expand")
    verbs = [t for t in chunk or () if t.pos_ in ("VERB", "AUX")]
    if not verbs:
        return rel
    cue = verbs[-1]
    comps = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.i > cue.i]
    if not comps:
        return rel
    toks = sorted((t for t in comps[0].subtree if not t.is_space), key=lambda t: t.i)
    inside = [t for t in toks if quote.start <= t.idx < quote.end]
    before = [t for t in toks if t.idx < quote.start and not t.is_punct]
    if not inside or len(before) < 2:
        return rel
    start = before[0]
    while toks and toks[-1].is_punct and toks[-1].text not in QUOTE_MARKS:
        toks.pop()
    end = max(quote.end, toks[-1].idx + len(toks[-1]))
    return replace(rel, content=(Span(start.idx, end),), kind="mixed")
