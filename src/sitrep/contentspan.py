"""Where an attributed content starts and ends, as PARC 3.0 and PolNeAR draw it.

Needs an :class:`~sitrep.attribution.Attribution` and the spaCy parse of its text. Adds nothing:
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

__all__ = ["trim_content"]

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
