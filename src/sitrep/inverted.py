"""Attribution relations whose content stands before the cue.

Needs a cue verb (a token whose lemma is an attribution cue, judged by the caller) and its spaCy
parse. Adds nothing to documents: :func:`inverted_relation` returns one
:class:`~sitrep.attribution.Attribution` or ``None``, for :func:`sitrep.relations.find_attributions`.

Two constructions put what is attributed to the left of the words that attribute it, where the
rightward reading of :mod:`sitrep.relations` finds nothing or the wrong thing:

* a passive cue: its subject is the content, its by-agent (if any) the source ("Obama's veto is
  expected to come before Friday", "the bill has been endorsed by the union");
* an "as" parenthetical: the clause around it is the content ("Hawaii, as one of Mr. Obama's
  advisers pointed out, rarely gets two hurricanes", "as we saw in 2009, banks can change").

These follow PARC 3.0 and PolNeAR, which annotate the attributed proposition wherever it stands.
Two more were tried and left out because they cost more than they found on PolNeAR dev: a participle
after a noun ("a view echoed by everyone") and a relative clause whose object is its noun ("numbers
any taxpayer can understand"); most such clauses describe rather than attribute.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitrep.attribution import Attribution, cue_span, mention_span, token_runs
from sitrep.schema import Span

__all__ = ["by_agent", "inverted_relation"]

_RELATIVES = {"that", "which", "who", "whom", "what"}
_OBJECT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "oprd"}


def inverted_relation(
    verb: Token, lo: int, hi: int, preps: frozenset[str] = frozenset()
) -> Attribution | None:
    """The relation of ``verb`` when its content precedes it (tokens ``lo..hi`` are its paragraph);
    ``preps`` are the prepositions whose object the cue takes ("call for")."""
    for reading in (_as_parenthetical, _passive):
        rel = reading(verb, lo, hi, preps)
        if rel is not None:
            return rel
    return None


def _tokens_span(toks: list[Token]) -> list[Span]:
    """Contiguous runs of ``toks`` as character spans, without edge punctuation or spaces."""
    out = []
    for run in token_runs(toks):
        while run and (run[0].is_punct and run[0].text not in '“"' or run[0].is_space):
            run = run[1:]
        while run and (run[-1].is_punct and run[-1].text not in '”"?!' or run[-1].is_space):
            run = run[:-1]
        if run and sum(len(t) for t in run if not t.is_punct) >= 2:
            out.append(Span(run[0].idx, run[-1].idx + len(run[-1])))
    return out


def by_agent(verb: Token) -> Token | None:
    """The object of a passive cue's "by" ("was criticized by | Republicans"), if any."""
    return next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _cue_with_by(verb: Token) -> Span:
    """The cue, with its "by" when the agent follows at once ("has been endorsed by")."""
    cue = cue_span(verb)
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.dep_ == "agent" and nxt.head.i == verb.i:
        return Span(cue.start, nxt.idx + len(nxt))
    return cue


def _complements(verb: Token, lo: int, hi: int, preps: frozenset[str]) -> list[Token]:
    """What the cue governs to its right, besides its agent: "is expected | to come ..."."""
    out: list[Token] = []
    for c in verb.children:
        if c.i > verb.i and lo <= c.i < hi and (
            c.dep_ in ("xcomp", "ccomp", "oprd") or c.dep_ == "prep" and c.lower_ in preps | {"with", "as"}
        ):
            out.extend(t for t in c.subtree if lo <= t.i < hi)
    return out


def _passive(verb: Token, lo: int, hi: int, preps: frozenset[str]) -> Attribution | None:
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass" and lo <= c.i < hi), None)
    if subj is None or subj.lower_ in _RELATIVES or subj.pos_ == "PRON" and subj.lower_ in ("it", "there"):
        return None
    toks = [t for t in subj.subtree if lo <= t.i < hi] + _complements(verb, lo, hi, preps)
    spans = _tokens_span(toks)
    if not spans:
        return None
    agent = by_agent(verb)
    source = mention_span(agent, verb) if agent is not None else None
    return Attribution(tuple(spans), source, _cue_with_by(verb), "other")


def _as_parenthetical(verb: Token, lo: int, hi: int, preps: frozenset[str]) -> Attribution | None:
    """ "X, as Y pointed out, does Z": the "as" clause is the attribution, the rest of the sentence its
    content."""
    marks = [c for c in verb.children if c.lower_ == "as" and c.dep_ in ("mark", "prep") and c.i < verb.i]
    if not marks or any(c.dep_ in _OBJECT_DEPS and c.i > verb.i for c in verb.children):
        return None
    as_tok = marks[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and as_tok.i < c.i < verb.i), None)
    if subj is None:
        return None
    sent = verb.sent
    right = cue_span(verb).end
    k = verb.i + 1  # the first token after the cue's words ("pointed out")
    while k < sent.end and verb.doc[k].idx < right:
        k += 1
    # Adverbials of the cue ("in 2009") belong to the parenthesis, up to the comma that closes it.
    while k < sent.end and verb.doc[k].text != "," and verb.doc[k].head.i == verb.i and (
        verb.doc[k].dep_ in ("prep", "npadvmod", "advmod")
    ):
        k = max(t.i for t in verb.doc[k].subtree) + 1
    if k >= sent.end or verb.doc[k].text != ",":
        return None  # not set off by commas: "as" is a comparison or a time ("as he said this, ...")
    paren = set(range(as_tok.i, k + 1))
    toks = [t for t in sent if t.i not in paren and lo <= t.i < hi]
    spans = _tokens_span(toks)
    if not spans or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None
    return Attribution(tuple(spans), mention_span(subj, verb), cue_span(verb), "other")
