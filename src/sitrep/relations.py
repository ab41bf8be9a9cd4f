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
cue. The source is the subject's full noun phrase as written (a pronoun stays a pronoun; a participle's
noun is its source: "a new ad questioning why ..."). A possessed noun from :data:`NOUN_CUES` is a cue
too ("Trump's claim that ...", "her criticism of ..."), and so is the colon of a line that opens with a
person's name ("Pat Caddell: Democrat Voters Worried ...", headline style). A content stops before the
circumstances of the act (where, when, a further act: "attacked Machado in early-morning tweets") and
before a writer's closing clause on its object; relations inside another's content are resolved by
:func:`sitrep.nesting.unnest`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.attribution import QUOTE_STANCE, Attribution, _run, _subject, cue_span, mention_span
from sitrep.contentspan import widen_mixed
from sitrep.inverted import by_agent, inverted_relation
from sitrep.nesting import unnest
from sitrep.schema import Document, Span

__all__ = ["NOUN_CUES", "OTHER_CUES", "find_attributions"]

# Verbs of action or necessity ("release", "address", "need") are left out: what they govern is no
# one's words or attitude.
_LEXICON: tuple[tuple[str, str], ...] = (
    # Evaluation and stance towards something: the object is the content.
    ("call cite question mention describe criticize criticise attack praise endorse support oppose back "
     "defend denounce blast slam condemn blame accuse reference discuss highlight emphasize "
     "emphasise stress echo compare liken invoke document detail reveal disclose publish unveil "
     "propose offer suggest recommend advocate promote urge demand encourage press ask request implore "
     "exhort point refer protest reject dismiss rule pledge vow promise "
     "threaten announce characterize characterise label brand dub mock ridicule tout hail applaud "
     "welcome acknowledge concede admit deny dispute challenge doubt predict estimate forecast project "
     "rate rank confirm insist argue claim allege note observe explain express outline present illustrate "
     "signal tout chastise scold grill lament bemoan rail ridicule apologize quote paint portray frame "
     "depict investigate examine weigh accept approve embrace ignore", "about of to for on as against at"),
    # Speaking: "to", "at", "for", "with" name the hearers, the venue or the time ("spoke to thousands",
    # "speaking at a rally", "spoke for five minutes"), never what is said.
    ("comment speak talk complain brag boast joke chant shout yell sing testify debate", "about of on over"),
    # Cognition and belief.
    ("know believe think expect hope fear worry feel understand consider view see regard learn realize "
     "realise recognize recognise assume suspect wonder agree disagree decide determine conclude "
     "remember recall imagine trust love like hate despise admire respect", "about of on with"),
    # Intention, desire, refusal.
    ("want plan intend seek aim wish refuse decline prefer", "for"),
    # Findings and evidence.
    ("show find indicate reveal suggest", ""),
)
#: Cue lemma -> prepositions whose object is the content ("called for", "pointed to").
OTHER_CUES: dict[str, frozenset[str]] = {
    lemma: frozenset(preps.split()) for lemmas, preps in _LEXICON for lemma in lemmas.split()
}
_ALL_CUES = set(OTHER_CUES) | set(QUOTE_STANCE)
_NOUN_WORDS = (
    "claim comment statement remark criticism call pledge promise proposal plan warning question concern "
    "belief view agreement support opposition demand accusation allegation announcement assertion "
    "admission insistence argument suggestion vow threat decision determination desire commitment "
    "assessment prediction estimate analysis description characterization denial praise attack "
    "complaint charge assurance request appeal position stance opinion"
)
#: Nouns that name an attribution when someone's: "Trump's claim that ...", "her criticism of ...".
NOUN_CUES = frozenset(_NOUN_WORDS.split())
# Cognition verbs that take a noun object in another sense ("assume office", "assumed his post").
_CLAUSE_ONLY = {"assume"}
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
            # A word inside a cue already read ("have expressed concern") is no cue of its own.
            if state.in_speech(tok.idx) or any(
                r.cue is not None and r.cue.start <= tok.idx < r.cue.end for r in found
            ):
                continue
            rel = _reading(tok, rng.start, rng.stop, found, cues)
            if rel is not None and rel.cue is not None:
                found.append(rel)
                cues.add(rel.cue.start)
    found.extend(_colon_lines(state.doc.text, state.pars, parsed, found))
    found = unnest(_one_per_cue([widen_mixed(r, parsed) for r in found]), parsed)
    return sorted(found, key=lambda r: r.content[0].start)


def _reading(tok: Token, lo: int, hi: int, found: list[Attribution], cues: set[int]) -> Attribution | None:
    """The relation ``tok`` is the cue of, if any: a verb read leftward (:mod:`sitrep.inverted`) or
    rightward, a verb the tagger took for a noun, or a cue noun."""
    if tok.pos_ == "VERB" or _verb_reading(tok):
        lemma = _lemma(tok)
        cue = cue_span(tok)
        if cue.start in cues:
            return None
        rel = None
        if tok.pos_ == "VERB" and lemma in _ALL_CUES:
            rel = inverted_relation(tok, lo, hi, OTHER_CUES.get(lemma, frozenset()))
        if rel is None and lemma in OTHER_CUES and not _nested(tok, found):
            rel = _other(tok, lo, hi, cue)
        return rel
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in _NOUN_CUE_WORDS:
        return _nominal(tok, lo, hi) or _unowned(tok, lo, hi)
    return None


def _one_per_cue(found: list[Attribution]) -> list[Attribution]:
    """One cue, one relation: what several readings attribute to the same cue words is one content in
    pieces ("Mr. Obama said the museum would ... -- ''the president but also the slave ...''"; a
    quoted stretch inside the reported clause: "Warren said the move was “gutless leadership”")."""
    by_cue: dict[Span, list[Attribution]] = {}
    out: list[Attribution] = []
    for r in found:
        if r.cue is None:
            out.append(r)
        else:
            by_cue.setdefault(r.cue, []).append(r)
    for rels in by_cue.values():
        if len(rels) == 1:
            out.append(rels[0])
            continue
        pieces = sorted({s for r in rels for s in r.content}, key=lambda s: (s.start, -s.end))
        merged: list[Span] = []
        for s in pieces:
            if merged and s.start < merged[-1].end:
                merged[-1] = Span(merged[-1].start, max(merged[-1].end, s.end))
            else:
                merged.append(s)
        first = min(rels, key=lambda r: r.content[0].start)
        source = next((r.source for r in rels if r.source is not None), None)
        out.append(Attribution(tuple(merged), source, first.cue, first.kind))
    return out


_SECTION_WORDS = (
    "update updated breaking exclusive video watch photos photo opinion analysis editorial live review "
    "interview transcript correction podcast read more listen note abstract full text related"
)
_SECTION_LABELS = frozenset(_SECTION_WORDS.split())
_NAME_COLON = re.compile(
    r"((?:(?:[A-Z][\w.'’-]*|on|of|for|and|the)[ \t]){0,4}[A-Z][\w.'’-]*)[ \t]*(:)[ \t]+(\S.*)"
)


def _colon_lines(text: str, pars: list[tuple[int, int]], parsed: SpacyDoc,
                 found: list[Attribution]) -> list[Attribution]:
    """A line opening with a person's name and a colon ("Pat Caddell: Democrat Voters Worried ...")."""
    out = []
    for ps, pe in pars:
        m = _NAME_COLON.match(text, ps, pe)
        if not m or any(r.content[0].start <= ps < r.content[-1].end for r in found):
            continue
        named = parsed.char_span(m.start(1), m.end(1), alignment_mode="expand")
        if named is None:
            continue
        # Anywhere a person's name; in the headline any short label that is not a section's name
        # ("Poll: Clinton and Trump in dead heat", "Politifact: Donald Trump Is Right").
        headline = ps == pars[0][0] and len(named) <= 6 and named.text.lower() not in _SECTION_LABELS
        if not (headline or any(t.ent_type_ == "PERSON" for t in named)):
            continue
        body = Span(m.start(3), pe)
        out.append(Attribution((body,), Span(m.start(1), m.end(1)), Span(m.start(2), m.end(2)), "other"))
    return out


def _nested(verb: Token, found: list[Attribution]) -> bool:
    """An infinitive inside another relation's content, its subject borrowed ("refuses to release his
    returns"): part of what that relation attributes, not a relation of its own."""
    if verb.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(p.start <= verb.idx < p.end for r in found for p in r.content)


def _lemma(tok: Token) -> str:
    """The cue's lemma, or its form's stem where the tagger's lemma is off ("hoped" -> "hop")."""
    lemma = tok.lemma_.lower()
    if lemma in OTHER_CUES:
        return lemma
    word = tok.lower_
    for stem in (word[:-1], word[:-2], word[:-3] + "e", word[:-3]):
        if word.endswith(("ed", "es", "s", "ing")) and stem in OTHER_CUES:
            return stem
    return lemma


def _nominal(noun: Token, lo: int, hi: int) -> Attribution | None:
    """ "Trump's claim that ...", "her criticism of Obama": the possessor says, the clause or object is
    what is said."""
    owners = [c for c in noun.children if c.dep_ == "poss" and lo <= c.i < hi]
    if not owners:
        return None
    parts = [c for c in noun.children if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and
             any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    cue_end = noun.idx + len(noun)
    if not parts:
        # "to" names a hearer ("her statements to the FBI"); a date is when ("his remarks on Saturday").
        preps = [c for c in noun.children if c.dep_ == "prep" and c.i == noun.i + 1
                 and c.lower_ in ("of", "on", "about", "for", "against", "that")]
        objs = [g for p in preps for g in p.children if g.dep_ in ("pobj", "pcomp")
                and g.ent_type_ not in ("DATE", "TIME")]
        if not objs:
            return None
        cue_end = preps[0].idx + len(preps[0])
        parts = objs
    toks = sorted({t.i for p in parts for t in p.subtree if lo <= t.i < hi})
    doc = noun.doc
    while toks and doc[toks[-1]].is_punct and doc[toks[-1]].text not in "”\"'’":
        toks.pop()
    if not toks:
        return None
    owner = owners[0]
    last = doc[max(t.i for t in owner.subtree)]  # with its "'s", as PolNeAR marks it
    source = Span(doc[min(t.i for t in owner.subtree)].idx, last.idx + len(last))
    content = Span(doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]]))
    return Attribution((content,), source, Span(noun.idx, cue_end), "other")


_ASIDE_MARKS = {",", "—", "–", "--", "-"}


def _without_aside(doc: SpacyDoc, toks: list[int]) -> list[int]:
    """The content's tokens without a closing clause on one of its nouns set off by a comma or a dash
    (", which receives some government funding", ", known as the Trans-Pacific Partnership"): a remark
    of the writer's, not what the source says or holds. Appositions stay ("Machado, the former beauty
    pageant winner"): they name what the source spoke of."""
    if not toks:
        return toks
    end = toks[-1]
    for i in toks:
        tok = doc[i]
        start = tok.left_edge.i
        if (tok.dep_ in ("relcl", "acl") and start > toks[0] and doc[start - 1].text in _ASIDE_MARKS
                and tok.right_edge.i >= end):
            return [t for t in toks if t < start - 1]
    return toks


_LIGHT_NOUNS = NOUN_CUES | {"message", "insight", "unity", "case", "hope", "doubt", "confidence",
                            "skepticism", "reservation", "misgiving", "worry", "fear", "idea", "thought",
                            "vision"}


def _light_object(obj: Token) -> tuple[int, int] | None:
    """The object noun of an attitude, bare or indefinite ("concern", "plans", "a clear message"), with
    a "that" clause or a preposition right after it: the cue's end and the content's first token, or
    None. A noun with its own owner or a definite one ("her plans for", "the idea that") is content."""
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN" or obj.lemma_.lower() not in _LIGHT_NOUNS:
        return None
    if any(c.dep_ in ("poss", "compound") or c.dep_ == "det" and c.lower_ not in ("a", "an")
           for c in obj.children if c.i < obj.i):
        return None
    for c in obj.children:
        if c.i < obj.i:
            continue
        if c.dep_ in ("acl", "ccomp", "relcl") and any(g.dep_ == "mark" and g.lower_ == "that"
                                                       for g in c.children):
            return obj.idx + len(obj), c.left_edge.i
        if (c.dep_ == "prep" and c.i == obj.i + 1 and c.lower_ in ("for", "about", "on", "of", "into", "over")
                and any(g.dep_ in ("pobj", "pcomp") for g in c.children)):
            return c.idx + len(c), c.i + 1
    return None


_CIRCUMSTANCE_MARKS = {"because", "although", "though", "while", "after", "before", "when", "if", "since",
                       "as", "until", "unless", "whereas"}


_CIRCUMSTANCE_PREPS = {"in", "at", "during", "before", "after", "amid", "amidst", "since", "throughout",
                       "until", "despite", "via", "across", "near", "following", "while", "within", "outside",
                       "from"}


def _continues(child: Token) -> bool:
    """A right dependent after the content's start that is still content: not punctuation, not a
    coordinated clause with its own subject or cue, not a circumstance ("because ...")."""
    if child.dep_ in ("punct", "cc", "parataxis", "mark"):
        return False
    if child.dep_ == "conj":
        # A verb coordinated with the cue, in the cue's own form, is a further act of the source
        # ("documented X, but also drew Y", "ignoring X and continuing to ..."), not part of the object;
        # in another form it continues the complement ("wants to triple X, grow Y and create Z").
        return child.tag_ != child.head.tag_ and not any(  # its own subject or tense: a clause
            c.dep_ in ("nsubj", "nsubjpass", "auxpass") or c.dep_ == "aux" and c.tag_ != "TO"
            for c in child.children) and (
            child.lemma_.lower() not in OTHER_CUES
        )
    if child.dep_ == "advcl":
        # A participle after the object is a further act ("..., focusing on people under 30").
        return child.tag_ != "VBG" and not any(
            c.dep_ == "mark" and c.lower_ in _CIRCUMSTANCE_MARKS for c in child.children)
    if child.dep_ in ("npadvmod",):
        return False  # "now", "too", "on Thursday"'s kin: when and how, not what
    if child.dep_ == "prep":
        # Where, when and amid what it was said: "attacked Machado in early-morning tweets", "rejected
        # that argument in a ruling released Thursday", "endorsed Clinton for president on Thursday".
        objs = [g for g in child.children if g.dep_ == "pobj"]
        return child.lower_ not in _CIRCUMSTANCE_PREPS and not any(
            g.ent_type_ in ("DATE", "TIME") for g in objs)
    return True


def _other(verb: Token, lo: int, hi: int, cue: Span) -> Attribution | None:
    subj = _subject(verb)
    if subj is None and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        # "a new ad questioning why ...": the noun the participle modifies is the source.
        subj = verb.head
    if subj is None or not lo <= subj.i < hi or subj.i > verb.i and subj.dep_ != "nsubj":
        return None
    preps = OTHER_CUES.get(_lemma(verb), frozenset())
    parts: list[Token] = []
    cue_end = cue.end
    for child in verb.children:
        if child.i < verb.i or not lo <= child.i < hi:
            continue
        if not parts and child.dep_ in _CONTENT_DEPS:
            parts.append(child)
        elif not parts and child.dep_ == "prep" and child.lower_ in preps:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if objs and child.i == verb.i + 1 + sum(1 for t in verb.children if t.dep_ == "prt"):
                cue_end = child.idx + len(child)
                parts.extend(objs)
        elif parts and _continues(child):
            # What follows the object belongs to it: "cited X as examples of Y", "criticized X for Z".
            parts.append(child)
    if not parts or _lemma(verb) in _CLAUSE_ONLY and parts[0].dep_ not in ("ccomp", "xcomp"):
        return None
    toks = sorted({t.i for p in parts for t in p.subtree if lo <= t.i < hi})
    light = _light_object(parts[0])
    if light is not None:
        # "expressed concern that ...", "weigh plans for ...": the noun names the attitude and joins
        # the cue; what it is about is the content.
        cue_end, first = light
        toks = [t for t in toks if t >= first]
    doc = verb.doc
    toks = _without_aside(doc, toks)
    while toks and doc[toks[-1]].is_punct and doc[toks[-1]].text not in "”\"'’":
        toks.pop()
    while toks and doc[toks[0]].is_punct:
        toks.pop(0)
    if not toks:
        return None
    rel = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in ("who", "which", "that")]
    # The mention as written: "an official, who questioned ..." is sourced to "who".
    source: Span | None = Span(rel[0].idx, rel[0].idx + len(rel[0])) if rel else mention_span(subj, verb)
    if any(c.dep_ == "auxpass" for c in verb.children):
        # A passive cue names its holder only in a by-phrase ("is expected to", "was criticized by X").
        agent = by_agent(verb)
        source = mention_span(agent, verb) if agent is not None else None
    content = Span(doc[toks[0]].idx, doc[toks[-1]].idx + len(doc[toks[-1]]))
    return Attribution((content,), source, Span(cue.start, cue_end), "other")


def _verb_reading(tok: Token) -> bool:
    """A cue the tagger took for a noun but the parse gives a subject and a clause ("Trump claims
    that ...", "the campaign plans to ...")."""
    return (
        tok.pos_ == "NOUN"
        and _lemma(tok) in OTHER_CUES
        and tok.lower_.endswith("s")
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children)
    )


# Nouns of saying and thinking that take a "that" clause as their content even with no owner.
_CLAUSE_NOUN_WORDS = (
    "report acknowledgment acknowledgement hope fear expectation suspicion conclusion finding "
    "recommendation speculation rumor rumour"
)
_CLAUSE_NOUNS = frozenset(_CLAUSE_NOUN_WORDS.split())
_NOUN_CUE_WORDS = NOUN_CUES | _CLAUSE_NOUNS


def _unowned(noun: Token, lo: int, hi: int) -> Attribution | None:
    """ "charges that he has ...", "a New York Times report that ...", "warnings from his attorney
    that ...": a cue noun with a complement clause; its source is a name before it or the object of
    "from"/"by" after it, or none."""
    # The parser often calls the clause relative; its "that" as a mark (not a pronoun) says otherwise.
    clauses = [c for c in noun.children
               if c.i > noun.i and c.dep_ in ("acl", "ccomp", "relcl") and lo <= c.i < hi
               and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)]
    if not clauses:
        return None
    doc = noun.doc
    toks = [t for t in clauses[0].subtree if lo <= t.i < hi]
    while toks and doc[toks[-1].i].is_punct and toks[-1].text not in "”\"'’":
        toks.pop()
    if len(toks) < 3:
        return None
    source: Span | None = None
    names = [c for c in noun.children
             if c.i < noun.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
    agents = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("from", "by") and c.i < toks[0].i
              for g in c.children if g.dep_ == "pobj"]
    if names:
        first = min(t.i for n in names for t in n.subtree)
        source = Span(doc[first].idx, names[-1].idx + len(names[-1]))
    elif agents:
        source = mention_span(agents[0], noun)
    content = Span(toks[0].idx, toks[-1].idx + len(toks[-1]))
    return Attribution((content,), source, Span(noun.idx, noun.idx + len(noun)), "other")
