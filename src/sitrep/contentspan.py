"""Where an attributed content starts and ends, as PARC 3.0 and PolNeAR draw it.

Needs an :class:`~sitrep.attribution.Attribution` and the spaCy parse of its text. Adds nothing:
:func:`widen_mixed` returns a quote relation widened to the reported clause that holds the quotation;
:func:`trim_content` returns the relation with its content's end trimmed. The syntactic readings of
:mod:`sitrep.relations` take a whole subtree, which carries words the source did not think: a
trailing participle or non-restrictive relative clause after a comma is the writer's comment on the
stance ("... has acknowledged the reality of climate change, which makes him an outlier").

Quoted words are never cut: what stands inside quotation marks is the source's by definition.
Measured on PolNeAR dev, the same cut lowers reported speech (its clauses run on through such
comments more often) and cutting leading connectives ("But", "However,") changes nothing, so only
stances and beliefs (kind ``other``) are trimmed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.attribution import Attribution
from sitrep.schema import Span

__all__ = ["trim_content", "widen_mixed"]

_OPEN_MARKS = "“\"'‘«"
_MARKS = "“”\"'‘’«»"
_RELATIVE_STARTS = {"which", "who", "whom", "whose"}
_MIN_TOKENS = 3


def trim_content(rel: Attribution, parsed: SpacyDoc) -> Attribution:
    """``rel`` with the writer's trailing comment cut from its content (stances and beliefs only)."""
    if rel.kind != "other" or not rel.content:
        return rel
    if parsed.text[rel.content[0].start : rel.content[0].start + 1] in _OPEN_MARKS:
        return rel  # a direct quote: the marks bound it
    last = _trim_end(rel.content[-1], parsed)
    return rel if last is None else replace(rel, content=(*rel.content[:-1], last))


def _tokens(span: Span, parsed: SpacyDoc) -> list[Token]:
    chunk = parsed.char_span(span.start, span.end, alignment_mode="expand")
    return [] if chunk is None else [t for t in chunk if not t.is_space]


def _quoted(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` stands inside quotation marks opened within ``toks``."""
    return sum(1 for t in toks[:k] if t.text in _MARKS) % 2 == 1


def _trim_end(span: Span, parsed: SpacyDoc) -> Span | None:
    toks = _tokens(span, parsed)
    for k in range(_MIN_TOKENS, len(toks) - 1):
        if toks[k].text != "," or _quoted(toks, k):
            continue
        nxt = toks[k + 1]
        comment = nxt.lower_ in _RELATIVE_STARTS and nxt.head.dep_ == "relcl" or (
            nxt.tag_ == "VBG" and nxt.dep_ in ("advcl", "acl", "xcomp", "conj")
        )
        if comment:
            end = toks[k - 1]
            return Span(span.start, end.idx + len(end))
    return None


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
    while toks and toks[-1].is_punct and toks[-1].text not in _MARKS:
        toks.pop()
    end = max(quote.end, toks[-1].idx + len(toks[-1]))
    return replace(rel, content=(Span(start.idx, end),), kind="mixed")
