"""Attribution relations beyond speech: stances, beliefs, intentions, requests and findings.

Needs the document and its spaCy parse (like :mod:`sitrep.attribution`, whose quotes and claims it
starts from). Adds nothing to the document: :func:`find_attributions` returns every attribution
relation with its content, source and cue offsets, as PolNeAR annotates them ("Trump has questioned
the very need for moderators", "the Obama administration has promised a veto", "a study found that
...", "Clinton called for ..."). These relations are kept out of ``Document.claims``, whose stances
date and qualify events; they serve the attribution evaluation and callers who want them.

Method. A verb from :data:`OTHER_CUES` (verb classes: evaluation, request, intention, cognition,
evidence) with a subject in the same paragraph is a cue; its content is what it governs to its right:
clausal complements (with "that"/"to"), direct objects, object predicates ("called him a liar"), and
the object of the prepositions the verb takes ("called for", "pointed to", "spoke of"), which join the
cue. The source is the subject's full noun phrase as written (a pronoun stays a pronoun).
"""

from __future__ import annotations

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.attribution import Attribution, _run, _subject, cue_span, mention_span
from sitrep.schema import Document, Span

__all__ = ["OTHER_CUES", "find_attributions"]

_LEXICON: tuple[tuple[str, str], ...] = (
    # Evaluation and stance towards something: the object is the content.
    ("call cite question mention describe criticize criticise attack praise endorse support oppose back "
     "defend denounce blast slam condemn blame accuse reference discuss address highlight emphasize "
     "emphasise stress echo compare liken invoke document detail reveal disclose release publish unveil "
     "propose offer suggest recommend advocate promote urge demand encourage press ask request implore "
     "exhort point refer comment speak talk complain protest reject dismiss rule pledge vow promise "
     "threaten announce characterize characterise label brand dub mock ridicule tout hail applaud "
     "welcome acknowledge concede admit deny dispute challenge doubt predict estimate forecast project "
     "rate rank confirm insist argue claim allege note observe explain", "about of to for on as against at"),
    # Cognition and belief.
    ("know believe think expect hope fear worry feel understand consider view see regard learn realize "
     "realise recognize recognise assume suspect wonder agree disagree decide determine conclude "
     "remember recall imagine trust", "about of on with"),
    # Intention, desire, refusal.
    ("want plan intend seek aim wish refuse decline need prefer", "for"),
    # Findings and evidence.
    ("show find indicate reveal suggest", ""),
)
#: Cue lemma -> prepositions whose object is the content ("called for", "pointed to").
OTHER_CUES: dict[str, frozenset[str]] = {
    lemma: frozenset(preps.split()) for lemmas, preps in _LEXICON for lemma in lemmas.split()
}
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "oprd", "dative", "attr", "acomp"}


def find_attributions(doc: Document, parsed: SpacyDoc) -> list[Attribution]:
    """Quotes and claims of :mod:`sitrep.attribution`, then the other attributions, in text order."""
    state = _run(doc, parsed)
    found = list(state.relations)
    cues = {r.cue.start for r in found if r.cue is not None}
    for ps, pe in state.pars:
        rng = state.tokens(ps, pe)
        for i in rng:
            tok = parsed[i]
            if tok.pos_ != "VERB" or tok.lemma_.lower() not in OTHER_CUES or state.in_speech(tok.idx):
                continue
            cue = cue_span(tok)
            if cue.start in cues or tok.idx in cues:
                continue
            rel = _other(tok, rng.start, rng.stop, cue)
            if rel is not None:
                found.append(rel)
                cues.add(cue.start)
    return sorted(found, key=lambda r: r.content[0].start)


def _other(verb: Token, lo: int, hi: int, cue: Span) -> Attribution | None:
    subj = _subject(verb)
    if subj is None or not lo <= subj.i < hi or subj.i > verb.i and subj.dep_ != "nsubj":
        return None
    preps = OTHER_CUES[verb.lemma_.lower()]
    parts: list[Token] = []
    cue_end = cue.end
    for child in verb.children:
        if child.i < verb.i or not lo <= child.i < hi:
            continue
        if child.dep_ in _CONTENT_DEPS:
            parts.append(child)
        elif child.dep_ == "prep" and child.lower_ in preps and not parts:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs and child.i == verb.i + 1 + sum(1 for t in verb.children if t.dep_ == "prt"):
                cue_end = child.idx + len(child)
                parts.extend(objs)
    if not parts:
        return None
    toks = sorted({t.i for p in parts for t in p.subtree if lo <= t.i < hi})
    doc = verb.doc
    while toks and doc[toks[-1]].is_punct and doc[toks[-1]].text not in "”\"'’":
        toks.pop()
    while toks and doc[toks[0]].is_punct:
        toks.pop(0)
    if not toks or len(toks) < 1:
        return None
    rel = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")]
    # The mention as written: "an official, who questioned ..." is sourced to "who".
    source = Span(rel[0].idx, rel[0].idx + len(rel[0])) if rel else mention_span(subj, verb)
    content = Span(doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]]))
    return Attribution((content,), source, Span(cue.start, cue_end), "other")
