"""One layer of attribution: no relation's cue inside another relation's content.

Needs the relations of :func:`sitrep.relations.find_attributions` (content, source and cue offsets)
and the spaCy parse they were read from. Adds nothing: :func:`unnest` returns the relations with
every nesting resolved, as PolNeAR annotates them (in its dev split, none of the 2,319 relations of
the 94 annotation files has its cue inside another relation's content).

Two readings of a cue B inside the content of a relation A:

* B sits in A's complement ("He said he **plans** to ...", "said witnesses **saw** a gun"): what B
  attributes is part of what A attributes, so B is left out and A keeps its whole content;
* B hangs beside A's complement, as an adjunct of A's cue ("attacked Trump, **saying** he ...",
  "claimed vast wealth and **said** it ...") or a relative clause on a noun of it ("an architect
  who **said** he was stiffed"): two relations, and A's content stops where B's words begin.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.attribution import Attribution
from sitrep.schema import Span

__all__ = ["unnest"]

# A cue under one of these edges (on its way up to the outer cue) is a relation of its own.
_ADJUNCT_DEPS = {"advcl", "conj", "parataxis", "relcl", "acl", "npadvmod", "appos"}
# Words and marks that only join what is cut away ("..., saying", "... and said", "although he").
_JOINERS = re.compile(
    r"(?:[\s,;:(—–-]|\b(?:and|but|or|yet|while|although|though|as|even|then|with|before|after|because|"
    r"when|aside from|in|by)\b)+$",
    re.IGNORECASE,
)


def unnest(rels: list[Attribution], parsed: SpacyDoc) -> list[Attribution]:
    """Leave out the relations whose cue lies in another's complement; cut an outer content before an
    adjunct relation's words."""
    heads = [_cue_head(parsed, r.cue) for r in rels]
    dropped: set[int] = set()
    cuts: dict[int, int] = {}
    for b, inner in enumerate(rels):
        hb = heads[b]
        if inner.cue is None or hb is None:
            continue
        mine: dict[int, int] = {}
        for a, outer in enumerate(rels):
            if a == b or not _inside(inner.cue.start, outer.content):
                continue
            ha = heads[a]
            if outer.cue is not None and _inside(outer.cue.start, inner.content):
                # Each inside the other ("Clinton plans to visit ..., according to an aide"): the
                # speech reading wraps the other; between equals the first cue does.
                if (inner.kind == "other", inner.cue.start) > (outer.kind == "other", outer.cue.start):
                    dropped.add(b)
                    break
                continue
            if ha is None or not _beside(hb, ha, inner.kind != "other"):
                dropped.add(b)
                break
            start = inner.cue.start
            if inner.source is not None and _inside(inner.source.start, outer.content):
                start = min(start, inner.source.start)
            mine[a] = start
        if b not in dropped:
            for a, start in mine.items():
                cuts[a] = min(cuts.get(a, start), start)
    out = []
    for i, r in enumerate(rels):
        kept = None if i in dropped else _cut(r, cuts[i], parsed.text) if i in cuts else r
        if kept is not None:
            out.append(kept)
    return out


def _inside(char: int, content: tuple[Span, ...]) -> bool:
    return any(s.start <= char < s.end for s in content)


def _cue_head(parsed: SpacyDoc, cue: Span | None) -> Token | None:
    if cue is None:
        return None
    span = parsed.char_span(cue.start, cue.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


def _beside(inner: Token, outer: Token, speech: bool) -> bool:
    """``inner`` is a relation of its own beside ``outer``'s content: an adjunct of the outer cue
    itself (", saying ...", "and said ..."), or, for a verb of saying, any clause hung on a word of
    the content ("donations, which he said were ..."). Complements, and beliefs or intentions deeper
    in the content ("donors who want to see ..."), are part of what ``outer`` attributes."""
    tok, adjunct = inner, False
    while tok.head.i != tok.i:
        if tok.dep_ in _ADJUNCT_DEPS:
            if tok.head.i == outer.i:
                return True
            adjunct = True
        if tok.head.i == outer.i:
            return adjunct and speech
        tok = tok.head
    # Not under the outer cue at all: a parse that hangs the content apart; the outer reading wins.
    return False


def _cut(rel: Attribution, end: int, text: str) -> Attribution | None:
    """``rel`` with its content ending before ``end`` (joining words and marks dropped), or None."""
    pieces = []
    for s in rel.content:
        if s.start >= end:
            break
        e = min(s.end, end)
        m = _JOINERS.search(text, s.start, e)
        e = m.start() if m else e
        if e > s.start:
            pieces.append(Span(s.start, e))
    return replace(rel, content=tuple(pieces)) if pieces else None
