"""PLOVER coding of a parsed sentence: the governing event predicate, its type, mode and trigger.

Needs: a spaCy sentence (``Span``) or ``Doc`` parsed with the dependency parser (any English
pipeline). Adds nothing to documents: :func:`code_sentence` returns a :class:`PloverCode` (PLOVER 2021
type, mode or None, the trigger tokens, why) or None; :func:`with_mode` lets the event stage keep its
ACLED-derived PLOVER type and borrow the coder's mode. This module walks the tree and composes;
:mod:`sitrep.plover_words` reads single words and their objects.

Method: start at the sentence root and walk down from reporting verbs ("said that ...") to the act
they report. At a predicate, frames decide first: "threatened to X" is THREATEN, "refused/rejected/
denied" REJECT, "demanded/urged/called for" REQUEST, "agreed/pledged/offered/is willing to X" AGREE
(intent to cooperate, CAMEO 03), with the complement giving the mode. Otherwise the word itself: the
violent lexicon of :mod:`sitrep.triggers` (FIGHT, ASSAULT, PROTEST, arrests, deployments), then the
codebook word lists of :mod:`sitrep.plover_lexicon`; a light verb ("staged a protest", "imposed a
curfew") hands over to its object, a reversing verb undoes it ("cancelled the visit" is SANCTION,
"lifted the curfew" RETREAT). Modality composes: a negated cooperative act is REJECT, an announced or
intended cooperative act ("will provide aid") AGREE, an announced coercive one THREATEN, an act held
over someone ("unless ...") THREATEN, an act someone "must" do REQUEST. Questions ("asked whether")
and "declined to comment" code nothing. When the root yields nothing, the other predicates are tried
nearest the root first.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from sitrep.plover_lexicon import (
    AID_OBJECTS,
    ASPECT_VERBS,
    COOPERATIVE,
    FREEING,
    INTENT_WORDS,
    LIGHT_VERBS,
    NOUNS,
    PARTICLE_VERBS,
    REJECT_VERBS,
    REQUEST_VERBS,
    REVERSING_VERBS,
    SPEECH_VERBS,
    THREAT_INTENT,
    THREATEN_VERBS,
    VIOLENT,
)
from sitrep.plover_words import (
    EASED,
    KNOWN_VERBS,
    PloverCode,
    acled_reading,
    direct_objects,
    lemma_of,
    objects,
    particle,
    request_mode,
    special_reading,
    threat_mode,
    trigger_span,
    violent_words,
    word_reading,
)

__all__ = ["PloverCode", "code_sentence", "code_token", "with_mode"]

_MAX_DEPTH = 4
_FUTURE = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}
_MUST = {"must", "should"}
# CAMEO 011 "Decline comment" is a statement, not a rejection.
_NO_COMMENT = {"comment", "elaborate", "speculate", "say", "confirm", "disclose", "reveal", "identify",
               "name", "specify"}
_OPINIONS = {"assessment", "view", "position", "statement", "analysis", "conclusion", "opinion", "criticism",
             "stance", "argument", "remark", "comment", "verdict", "finding"}
_ACCEDE = {"demand", "request", "condition", "term", "ultimatum", "call"}
_COMPLAIN = {"lodge", "file", "issue", "voice", "express", "make", "deliver", "register", "send"}


def code_sentence(sent: Span | Doc) -> PloverCode | None:
    """The PLOVER code of the sentence's governing predicate, or None when no act is recognised.

    A ``Doc`` is read sentence by sentence and the first coded sentence wins."""
    if isinstance(sent, Doc):
        for s in sent.sents:
            found = code_sentence(s)
            if found is not None:
                return found
        return None
    tried: set[int] = set()
    for tok in _candidates(sent):
        found = code_token(tok, tried=tried)
        if found is not None:
            if _aux(tok) & _MUST and found.type not in ("REQUEST", "THREATEN", "REJECT", "ACCUSE"):
                # "... that Iraq must cooperate": an act someone is told to do is a request (CAMEO 10).
                return PloverCode("REQUEST", request_mode(found, tok), found.trigger, "must")
            return found
    return None


def code_token(tok: Token, depth: int = 0, tried: set[int] | None = None) -> PloverCode | None:
    """The PLOVER code of the act ``tok`` predicates (frames, lexicons, modality), or None."""
    if tried is None:
        tried = set()
    if depth > _MAX_DEPTH or tok.i in tried:
        return None
    tried.add(tok.i)
    code = _read(tok, depth, tried)
    if code is None:
        return None
    return _compose(tok, code)


def with_mode(plover: tuple[str | None, str | None], tok: Token) -> tuple[str | None, str | None]:
    """Keep an event's PLOVER type; fill its missing mode from the coder when the coder agrees on the type."""
    kind, mode = plover
    if kind is None or mode is not None:
        return plover
    found = code_token(tok)
    if found is not None and found.type == kind and found.mode is not None:
        return kind, found.mode
    return plover


# ---------------------------------------------------------------- where to look


def _candidates(sent: Span) -> Iterator[Token]:
    """The root, then every verb and then every noun, nearest the root first (breadth first)."""
    root = sent.root
    order: list[Token] = []
    frontier = [root]
    while frontier:
        order.extend(frontier)
        frontier = [c for t in frontier for c in t.children]
    yield from (t for t in order if t.pos_ in ("VERB", "AUX", "ADJ") or t.i == root.i)
    yield from (t for t in order if t.pos_ in ("NOUN", "PROPN") and t.i != root.i)


def _complement(tok: Token) -> Token | None:
    """The act a frame word governs: its infinitive or clause, else its object or prepositional object."""
    kids = list(tok.children)
    for dep in ("xcomp", "ccomp"):
        for c in kids:
            if c.dep_ == dep:
                return c
    for c in kids:
        if c.dep_ in ("dobj", "attr", "nsubjpass"):
            return c
    for c in kids:
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return g
    return None


def _negated(tok: Token) -> bool:
    # Read where the negation attaches: "is not willing" negates at "is", which hands over to "willing".
    return any(c.dep_ == "neg" or (c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det"))
               for c in tok.children)


def _aux(tok: Token) -> set[str]:
    words = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("be", "go"):
        words |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    return words


# ---------------------------------------------------------------- reading one predicate


def _read(tok: Token, depth: int, tried: set[int]) -> PloverCode | None:
    lemma, prt = lemma_of(tok), particle(tok)
    kids = list(tok.children)
    comp = _complement(tok)
    is_verb = tok.pos_ in ("VERB", "AUX")

    if is_verb and prt in ("over", "out") and lemma in ("hand", "give") and objects(tok) & AID_OBJECTS:
        return PloverCode("AID", None, trigger_span(tok), "phrasal:aid")
    if is_verb and (lemma in REVERSING_VERBS and lemma != "call" or (lemma, prt) == ("call", "off")):
        undone = _reversed(tok, lemma, depth, tried)
        if undone is not None:
            return undone
    # Phrasal verbs: "pulled out", "handed over", "cracked down", "called for", "called on".
    if prt is not None and (lemma, prt) in PARTICLE_VERBS:
        kind, mode = PARTICLE_VERBS[(lemma, prt)]
        return PloverCode(kind, mode, trigger_span(tok), "phrasal")
    if lemma in ("call", "push") and any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
                                         for c in kids):
        return _frame("REQUEST", tok, comp, depth, tried)

    if lemma in THREATEN_VERBS and tok.pos_ in ("VERB", "NOUN"):
        sub = code_token(comp, depth + 1, tried) if comp is not None else None
        mode = threat_mode(sub) or (violent_words(comp) if comp is not None else None)
        return PloverCode("THREATEN", mode, trigger_span(tok), "frame:threaten")
    if tok.dep_ in ("amod", "compound"):
        return word_reading(tok, lemma)  # "opposing rallies": a modifier names no act of its own
    if lemma in REJECT_VERBS and is_verb:
        if comp is not None and comp.dep_ == "xcomp" and comp.lemma_.lower() in _NO_COMMENT:
            return None  # "declined to comment": no act refused, only information
        return _frame("REJECT", tok, comp, depth, tried)
    if lemma in REQUEST_VERBS and is_verb:
        if lemma == "seek" and any(c.dep_ == "xcomp" for c in kids):
            return _aspect(tok, depth, tried)  # "sought to ease tensions": an aim, not a request
        if lemma == "ask" and (_question(tok) or tok.dep_ == "advcl"):
            tried.update(t.i for t in tok.subtree)  # nothing asked about happened
            return None  # "asked whether ...", "when asked": a question, not a request
        if lemma != "press" or any(c.dep_ in ("xcomp", "ccomp") or c.lower_ == "for" for c in kids):
            return _frame("REQUEST", tok, comp, depth, tried)
    if lemma in INTENT_WORDS and (tok.pos_ in ("VERB", "ADJ") or tok.dep_ == "acomp"):
        intent = _intent(tok, lemma, depth, tried)
        if intent is not None or any(c.dep_ in ("xcomp", "ccomp") for c in kids):
            return intent
    if lemma == "fail" and any(c.dep_ == "xcomp" for c in kids):
        sub = _aspect(tok, depth, tried)  # "failed to reach agreement": a cooperative act not done
        if sub is not None and sub.type in COOPERATIVE:
            return PloverCode("REJECT", None, trigger_span(tok), "negated")
        return None
    if lemma == "be" and tok.pos_ == "AUX":
        # "X is willing/ready to": the adjective carries the frame.
        for c in kids:
            if c.dep_ in ("acomp", "attr"):
                return code_token(c, depth + 1, tried)
        return None

    if lemma in SPEECH_VERBS and is_verb:
        said = _speech(tok, depth, tried)
        if said is not None or lemma not in LIGHT_VERBS:
            return said

    special = special_reading(tok, lemma)
    if special is not None:
        return special
    # Violent acts through the ACLED trigger lexicon (FIGHT, ASSAULT, PROTEST, arrests, deployments).
    acled = acled_reading(tok, lemma)
    if acled is not None:
        return acled
    # Light and aspectual verbs hand over to their object or infinitive ("staged a protest").
    if is_verb and (lemma in LIGHT_VERBS or lemma in ASPECT_VERBS):
        handed = _light(tok, lemma, depth, tried)
        if handed is not None:
            return handed
    word = word_reading(tok, lemma)
    if word is None and tok.pos_ == "VERB" and lemma not in KNOWN_VERBS:
        # A verb the lists do not know, with an act as object ("tightened the blockade"): the act.
        obj = next((c for c in direct_objects(tok) if c.pos_ == "NOUN"), None)
        return code_token(obj, depth + 1, tried) if obj is not None else None
    return word


def _question(tok: Token) -> bool:
    """ "asked whether/if/when ...": the clause is a question."""
    wh = ("if", "whether")
    return any(c.dep_ == "ccomp" and any(m.lower_ in wh or m.tag_.startswith("W") for m in c.children)
               for c in tok.children)


def _frame(kind: str, tok: Token, comp: Token | None, depth: int, tried: set[int]) -> PloverCode:
    sub = code_token(comp, depth + 1, tried) if comp is not None else None
    return PloverCode(kind, request_mode(sub, comp), trigger_span(tok), f"frame:{kind.lower()}")


def _aspect(tok: Token, depth: int, tried: set[int]) -> PloverCode | None:
    clause = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return code_token(clause, depth + 1, tried) if clause is not None else None


def _intent(tok: Token, lemma: str, depth: int, tried: set[int]) -> PloverCode | None:
    """Intent to cooperate (CAMEO 03) is AGREE, intent to use force THREATEN, accepting demands CONCEDE."""
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    if clause is None:
        objs = direct_objects(tok)
        if lemma in ("accept", "agree", "meet") and {o.lemma_.lower() for o in objs} & _ACCEDE:
            return PloverCode("CONCEDE", None, trigger_span(tok), "intent:accede")
        if lemma == "agree" and objects(tok) & _OPINIONS:
            return PloverCode("SUPPORT", None, trigger_span(tok), "intent:endorse")  # "agreed with his view"
        if lemma in ("agree", "accept", "offer", "pledge", "promise", "consent") and (
            objs or lemma in ("agree", "consent")
        ):
            return PloverCode("AGREE", None, trigger_span(tok), "intent")  # "accepted the plan", "offered"
        return _noun_act(objs[0], depth, tried) if objs else None
    sub = code_token(clause, depth + 1, tried)
    if sub is not None and sub.type in VIOLENT | {"THREATEN"} and lemma in THREAT_INTENT:
        return PloverCode("THREATEN", threat_mode(sub), trigger_span(tok), "intent:violent")
    if sub is not None and sub.type in ("REJECT", "ACCUSE", "REQUEST", "PROTEST", "THREATEN"):
        return sub  # "decided to reject": the act decided on
    if sub is None and lemma in ("plan", "decide", "intend", "determined", "accept", "propose"):
        return None
    return PloverCode("AGREE", None, trigger_span(tok), "intent")


def _speech(tok: Token, depth: int, tried: set[int]) -> PloverCode | None:
    """Reporting verbs: the reported act decides ("said it would withdraw", "announced a ceasefire")."""
    kids = list(tok.children)
    obj = next((c for c in kids if c.dep_ in ("dobj", "nsubjpass")), None)
    noun = NOUNS.get(obj.lemma_.lower()) if obj is not None else None
    if obj is not None and noun is not None and noun[0] in ("REQUEST", "THREATEN", "ACCUSE", "REJECT"):
        return code_token(obj, depth + 1, tried)  # "reiterated its demand that ...": the demand
    clause = next((c for c in kids if c.dep_ in ("ccomp", "xcomp")), None)
    if clause is not None:
        sub = code_token(clause, depth + 1, tried)
        if _aux(clause) & _MUST and (sub is None or sub.type not in ("REQUEST", "THREATEN", "REJECT")):
            return PloverCode("REQUEST", request_mode(sub, clause), trigger_span(tok), "speech:must")
        if sub is not None:
            return sub
    if obj is not None:
        return code_token(obj, depth + 1, tried)
    return None


def _reversed(tok: Token, lemma: str, depth: int, tried: set[int]) -> PloverCode | None:
    """Undoing an act: "cancelled the visit" (SANCTION), "lifted the curfew" (RETREAT), "lifted the ban"
    (CONCEDE), "called off the strike" (CONCEDE), "halted the offensive" (RETREAT)."""
    for obj in direct_objects(tok):
        head = obj
        if NOUNS.get(obj.lemma_.lower()) is None:
            named = (g for g in obj.children if g.dep_ in ("compound", "amod") and g.lemma_.lower() in NOUNS)
            head = next(named, obj)
        undone = word_reading(head, head.lemma_.lower())
        if undone is None:
            continue
        trig = trigger_span(tok)
        if undone.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            return PloverCode("SANCTION", "withdraw", trig, "reversed") if lemma != "withdraw" else None
        if undone.type == "AID":
            return PloverCode("SANCTION", "discontinue", trig, "reversed")
        if undone.type in ("COERCE", "SANCTION"):
            eased = head.lemma_.lower() in EASED or head.lower_ in EASED
            return PloverCode("RETREAT" if eased else "CONCEDE", None, trig, "reversed")
        if undone.type == "PROTEST":
            return PloverCode("CONCEDE", None, trig, "reversed")  # the protesters call it off
        if undone.type in ("FIGHT", "ASSAULT"):
            return PloverCode("RETREAT", "ceasefire", trig, "reversed")
    return None


def _light(tok: Token, lemma: str, depth: int, tried: set[int]) -> PloverCode | None:
    kids = list(tok.children)
    for c in kids:
        if c.dep_ == "xcomp" and lemma in ASPECT_VERBS:
            return code_token(c, depth + 1, tried)
    for c in kids:
        if c.dep_ in ("dobj", "nsubjpass", "attr") and c.pos_ in ("NOUN", "PROPN"):
            found = _noun_act(c, depth, tried)
            if found is None:
                continue
            if found.type == "PROTEST" and lemma in _COMPLAIN and found.mode == "demo":
                return PloverCode("ACCUSE", "allege", found.trigger, "light:complain")  # "lodged a protest"
            return found
    for c in kids:
        if c.dep_ == "prep" and c.lower_ in ("on", "into"):  # "went on strike", "put on alert"
            for g in c.children:
                found = code_token(g, depth + 1, tried) if g.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def _noun_act(noun: Token, depth: int, tried: set[int]) -> PloverCode | None:
    """The act a noun phrase names: its head, else a modifier ("a mediation effort", "a peace mission")."""
    found = code_token(noun, depth + 1, tried)
    if found is not None:
        return found
    for g in noun.children:
        entry = NOUNS.get(g.lemma_.lower()) if g.dep_ in ("compound", "amod", "nmod") else None
        if entry is not None and g.pos_ == "NOUN":
            return PloverCode(entry[0], entry[1], trigger_span(g), "lexicon:modifier")
    return None


# ---------------------------------------------------------------- modality


def _compose(tok: Token, code: PloverCode) -> PloverCode | None:
    """Negation and announced intent change what a predicate's act means (CAMEO 03, 12, 13)."""
    if _negated(tok):
        if code.type in COOPERATIVE:
            mode = "yield" if code.type in FREEING else "meet" if code.type == "CONSULT" else None
            return PloverCode("REJECT", mode, code.trigger, "negated")
        return None  # "did not attack", "never threatened": no act
    if code.type not in ("THREATEN", "REQUEST", "REJECT") and any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in tok.children
    ):
        # "will withdraw its force unless ...": an act held over someone is a threat (CAMEO 139 ultimatum).
        mode = "violence" if code.type in ("FIGHT", "ASSAULT") else threat_mode(code) or "relations"
        return PloverCode("THREATEN", mode, code.trigger, "unless")
    if _aux(tok) & _FUTURE:
        # Announced or conditional: cooperation is intent to cooperate, coercion is a threat.
        if code.type in COOPERATIVE - {"AGREE"}:
            return PloverCode("AGREE", None, code.trigger, "future")
        if code.type in (VIOLENT | {"PROTEST"}) - {"MOBILIZE"}:
            return PloverCode("THREATEN", threat_mode(code), code.trigger, "future")
    return code
