"""PLOVER coding of a parsed sentence: the governing event predicate, its type, mode and trigger.

Needs: a spaCy sentence (``Span``) or ``Doc`` parsed with the dependency parser (any English
pipeline). Adds nothing to documents: :func:`code_sentence` returns a :class:`PloverCode` (PLOVER 2021
type, mode or None, the trigger tokens, why) or None; :func:`with_mode` lets the event stage keep its
ACLED-derived PLOVER type and borrow the coder's mode.

Method: start at the sentence root and walk down from reporting verbs ("said that ...") to the act
they report. At a predicate, frames decide first: "threatened to X" is THREATEN, "refused/rejected/
denied" REJECT, "demanded/urged/called for" REQUEST, "agreed/pledged/offered/is willing to X" AGREE
(intent to cooperate, CAMEO 03), with the complement giving the mode. Otherwise the word itself: the
violent lexicon of :mod:`sitrep.triggers` (FIGHT, ASSAULT, PROTEST, arrests, deployments), then the
codebook word lists of :mod:`sitrep.plover_lexicon`; a light verb ("staged a protest", "imposed a
curfew") hands over to its object. Modality composes: a negated cooperative act is REJECT, an
announced or intended cooperative act ("will provide aid") AGREE, an announced violent one THREATEN.
When the root yields nothing, the other predicates are tried nearest the root first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sitrep.plover_lexicon import (
    AID_OBJECTS,
    ASPECT_VERBS,
    COOPERATIVE,
    FREEING,
    INCREASE_VERBS,
    INTELLIGENCE_OBJECTS,
    INTENT_WORDS,
    LIGHT_VERBS,
    NEEDS_AID_OBJECT,
    NOUNS,
    PARTICLE_VERBS,
    REDUCE_VERBS,
    REJECT_VERBS,
    RELATIONS_OBJECTS,
    REQUEST_VERBS,
    REVERSING_VERBS,
    SPEECH_VERBS,
    THREAT_INTENT,
    THREATEN_VERBS,
    TIES_VERBS,
    VERBS,
    VIOLENT,
)
from sitrep.taxonomy import TRIGGERS
from sitrep.triggers import cues, plover_for, trigger_class, type_for

__all__ = ["PloverCode", "code_sentence", "code_token", "with_mode"]

_MAX_DEPTH = 4
_FUTURE = {"will", "shall", "'ll", "wo", "would", "may", "might", "could"}
_MUST = {"must", "should"}
_POLICE = {"police", "policeman", "policemen", "gendarme", "riot"}
_FORCES = {"troop", "troops", "force", "forces", "army", "soldier", "police", "militia", "unit", "battalion",
           "brigade", "reservist", "presence", "patrol", "contingent", "deployment"}
_DIPLOMATIC = {"ambassador", "envoy", "diplomat", "embassy", "mission", "consulate", "attache",
               "inspector", "observer", "peacekeeper", "monitor", "staff", "representative", "chargé"}
_EASED = {"sanction", "sanctions", "embargo", "blockade", "siege", "curfew", "emergency", "boycott", "law"}
_CHANGE = {"resign", "step", "reform", "change", "replace", "dissolve", "abandon", "reinstate", "quit",
           "restore", "democracy", "election", "resignation", "independence"}
_ACCEDE = {"demand", "request", "condition", "term", "ultimatum", "call"}
_COMPLAIN = {"lodge", "file", "issue", "voice", "express", "make", "deliver", "register", "send"}
# Conventional war: its weapons make a killing or an unnamed attack FIGHT (CAMEO 19), else ASSAULT (18).
_AERIAL = {"aircraft", "airstrike", "helicopter", "gunship", "jet", "warplane", "bomber", "drone", "air"}
_HEAVY = {"artillery", "shell", "shelling", "mortar", "rocket", "missile", "tank", "howitzer", "cannon"}
_SMALL_ARMS = {"gun", "gunfire", "gunbattle", "firefight", "gunfight", "rifle", "machine-gun", "sniper"}
_MILITARY = {"army", "military", "troop", "soldier", "force", "navy", "naval", "warship", "battle",
             "offensive", "combat", "front", "brigade", "battalion"}
_BLAST = {"bomb", "bombing", "explosion", "blast", "explode", "detonate"}
_PREVENT = {"prevent", "block", "ban", "foil", "thwart", "stop", "disperse", "forbid", "prohibit", "halt"}
_KNOWN = (frozenset(VERBS) | LIGHT_VERBS | ASPECT_VERBS | SPEECH_VERBS | REJECT_VERBS | REQUEST_VERBS
          | INTENT_WORDS | THREATEN_VERBS | NEEDS_AID_OBJECT | REVERSING_VERBS | frozenset(TRIGGERS))


@dataclass(frozen=True)
class PloverCode:
    """A PLOVER 2021 reading of one sentence."""

    type: str
    mode: str | None
    trigger: Span
    rule: str  # which reading decided it ("frame:threaten", "lexicon", "acled", "intent", ...)


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
                return PloverCode("REQUEST", _request_mode(found, tok), found.trigger, "must")
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


def _trigger(tok: Token) -> Span:
    parts = [tok.i] + [c.i for c in tok.children if c.dep_ == "prt"]
    return tok.doc[min(parts) : max(parts) + 1]


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    # The small model's lemmatiser slips on some verbs ("staged" -> "stag", "criticised").
    if lemma not in _KNOWN and tok.pos_ == "VERB":
        low = tok.lower_
        for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
            if low.endswith(suffix) and low[: -len(suffix)] + add in _KNOWN:
                return low[: -len(suffix)] + add
    return lemma


def _particle(tok: Token) -> str | None:
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "acomp" and c.lower_ == "free"):
            return c.lower_
    return None


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


def _objects(tok: Token) -> set[str]:
    """Lemmas and words of the objects (direct, passive subject, prepositional) and their modifiers."""
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr", "dative")]
    heads += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    out: set[str] = set()
    for h in heads:
        out |= {h.lemma_.lower(), h.lower_}
        for g in h.children:
            if g.dep_ in ("compound", "amod", "nmod"):
                out |= {g.lemma_.lower(), g.lower_}
            if g.dep_ == "prep":
                out |= {x.lemma_.lower() for x in g.children if x.dep_ == "pobj"}
    return out


def _direct(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def _subject(tok: Token) -> set[str]:
    return {c.lemma_.lower() for c in tok.children if c.dep_ == "nsubj" for c in (c, *c.children)}


def _negated(tok: Token) -> bool:
    # Read where the negation attaches: "is not willing" negates at "is", which hands over to "willing".
    return any(c.dep_ == "neg" or (c.lower_ in ("never", "no") and c.dep_ in ("advmod", "det"))
               for c in tok.children)


def _aux(tok: Token) -> set[str]:
    words = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if tok.dep_ == "xcomp" and tok.head.lemma_ in ("be", "go"):
        words |= {c.lower_ for c in tok.head.children if c.dep_ == "aux"}
    return words


def _sentence_words(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}


# ---------------------------------------------------------------- reading one predicate


def _read(tok: Token, depth: int, tried: set[int]) -> PloverCode | None:
    lemma, prt = _lemma(tok), _particle(tok)
    kids = list(tok.children)
    comp = _complement(tok)
    is_verb = tok.pos_ in ("VERB", "AUX")

    if is_verb and prt in ("over", "out") and lemma in ("hand", "give") and _objects(tok) & AID_OBJECTS:
        return PloverCode("AID", None, _trigger(tok), "phrasal:aid")
    if is_verb and (lemma in REVERSING_VERBS and lemma != "call" or (lemma, prt) == ("call", "off")):
        undone = _reversed(tok, lemma, depth, tried)
        if undone is not None:
            return undone
    # Phrasal verbs: "pulled out", "handed over", "cracked down", "called for", "called on".
    if prt is not None and (lemma, prt) in PARTICLE_VERBS:
        kind, mode = PARTICLE_VERBS[(lemma, prt)]
        return PloverCode(kind, mode, _trigger(tok), "phrasal")
    if lemma in ("call", "push") and any(c.dep_ == "prep" and c.lower_ in ("for", "on", "upon")
                                         for c in kids):
        return _frame("REQUEST", tok, comp, depth, tried)

    if lemma in THREATEN_VERBS and tok.pos_ in ("VERB", "NOUN"):
        sub = code_token(comp, depth + 1, tried) if comp is not None else None
        mode = _threat_mode(sub) or (_violent_words(comp) if comp is not None else None)
        return PloverCode("THREATEN", mode, _trigger(tok), "frame:threaten")
    if lemma in REJECT_VERBS and is_verb:
        return _frame("REJECT", tok, comp, depth, tried)
    if lemma in REQUEST_VERBS and is_verb:
        if lemma == "seek" and any(c.dep_ == "xcomp" for c in kids):
            return _aspect(tok, depth, tried)  # "sought to ease tensions": an aim, not a request
        if lemma != "press" or any(c.dep_ in ("xcomp", "ccomp") or c.lower_ == "for" for c in kids):
            return _frame("REQUEST", tok, comp, depth, tried)
    if lemma in INTENT_WORDS and (tok.pos_ in ("VERB", "ADJ") or tok.dep_ == "acomp"):
        intent = _intent(tok, lemma, depth, tried)
        if intent is not None or any(c.dep_ in ("xcomp", "ccomp") for c in kids):
            return intent
    if lemma == "fail" and any(c.dep_ == "xcomp" for c in kids):
        sub = _aspect(tok, depth, tried)  # "failed to reach agreement": a cooperative act not done
        if sub is not None and sub.type in COOPERATIVE:
            return PloverCode("REJECT", None, _trigger(tok), "negated")
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

    special = _special(tok, lemma)
    if special is not None:
        return special
    # Violent acts through the ACLED trigger lexicon (FIGHT, ASSAULT, PROTEST, arrests, deployments).
    acled = _acled(tok, lemma)
    if acled is not None:
        return acled
    # Light and aspectual verbs hand over to their object or infinitive ("staged a protest").
    if is_verb and (lemma in LIGHT_VERBS or lemma in ASPECT_VERBS):
        handed = _light(tok, lemma, depth, tried)
        if handed is not None:
            return handed
    word = _word(tok, lemma)
    if word is None and tok.pos_ == "VERB" and lemma not in _KNOWN:
        # A verb the lists do not know, with an act as object ("tightened the blockade"): the act.
        obj = next((c for c in _direct(tok) if c.pos_ == "NOUN"), None)
        return code_token(obj, depth + 1, tried) if obj is not None else None
    return word


def _frame(kind: str, tok: Token, comp: Token | None, depth: int, tried: set[int]) -> PloverCode:
    sub = code_token(comp, depth + 1, tried) if comp is not None else None
    return PloverCode(kind, _request_mode(sub, comp), _trigger(tok), f"frame:{kind.lower()}")


def _aspect(tok: Token, depth: int, tried: set[int]) -> PloverCode | None:
    clause = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    return code_token(clause, depth + 1, tried) if clause is not None else None


def _intent(tok: Token, lemma: str, depth: int, tried: set[int]) -> PloverCode | None:
    """Intent to cooperate (CAMEO 03) is AGREE, intent to use force THREATEN, accepting demands CONCEDE."""
    clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp")), None)
    if clause is None:
        objs = _direct(tok)
        if lemma in ("accept", "agree", "meet") and {o.lemma_.lower() for o in objs} & _ACCEDE:
            return PloverCode("CONCEDE", None, _trigger(tok), "intent:accede")
        if lemma in ("agree", "accept", "offer", "pledge", "promise", "consent") and (
            objs or lemma in ("agree", "consent")
        ):
            return PloverCode("AGREE", None, _trigger(tok), "intent")  # "accepted the plan", "offered aid"
        return _noun_act(objs[0], depth, tried) if objs else None
    sub = code_token(clause, depth + 1, tried)
    if sub is not None and sub.type in VIOLENT | {"THREATEN"} and lemma in THREAT_INTENT:
        return PloverCode("THREATEN", _threat_mode(sub), _trigger(tok), "intent:violent")
    if sub is not None and sub.type in ("REJECT", "ACCUSE", "REQUEST", "PROTEST", "THREATEN"):
        return sub  # "decided to reject": the act decided on
    if sub is None and lemma in ("plan", "decide", "intend", "determined", "accept", "propose"):
        return None
    return PloverCode("AGREE", None, _trigger(tok), "intent")


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
            return PloverCode("REQUEST", _request_mode(sub, clause), _trigger(tok), "speech:must")
        if sub is not None:
            return sub
    if obj is not None:
        return code_token(obj, depth + 1, tried)
    return None


def _reversed(tok: Token, lemma: str, depth: int, tried: set[int]) -> PloverCode | None:
    """Undoing an act: "cancelled the visit" (SANCTION), "lifted the curfew" (RETREAT), "lifted the ban"
    (CONCEDE), "called off the strike" (CONCEDE), "halted the offensive" (RETREAT)."""
    for obj in _direct(tok):
        head = obj
        if NOUNS.get(obj.lemma_.lower()) is None:
            named = (g for g in obj.children if g.dep_ in ("compound", "amod") and g.lemma_.lower() in NOUNS)
            head = next(named, obj)
        undone = _word(head, head.lemma_.lower())
        if undone is None:
            continue
        trig = _trigger(tok)
        if undone.type in ("CONSULT", "AGREE", "COOPERATE", "SUPPORT"):
            return PloverCode("SANCTION", "withdraw", trig, "reversed") if lemma != "withdraw" else None
        if undone.type == "AID":
            return PloverCode("SANCTION", "discontinue", trig, "reversed")
        if undone.type in ("COERCE", "SANCTION"):
            eased = head.lemma_.lower() in _EASED or head.lower_ in _EASED
            return PloverCode("RETREAT" if eased else "CONCEDE", None, trig, "reversed")
        if undone.type == "PROTEST":
            return PloverCode("CONCEDE", None, trig, "reversed")  # the protesters call it off
        if undone.type in ("FIGHT", "ASSAULT"):
            return PloverCode("RETREAT", "ceasefire", trig, "reversed")
    return None


def _special(tok: Token, lemma: str) -> PloverCode | None:
    """Readings decided by the object, before the general lists."""
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    trig = _trigger(tok)
    objs = _objects(tok)
    armed = _sentence_words(tok) & (_AERIAL | _HEAVY | _MILITARY | _BLAST | {"retaliatory", "nuclear"})
    if lemma == "strike" and tok.pos_ == "VERB" and not armed and not _direct(tok):
        return PloverCode("PROTEST", "strike", trig, "lexicon:strike")  # "workers will strike"
    if tok.pos_ == "NOUN":
        if lemma == "strike" and (any(c.lower_ in ("hunger", "general") for c in tok.children) or not armed):
            hunger = any(c.lower_ == "hunger" for c in tok.children)
            return PloverCode("PROTEST", "hunger" if hunger else "strike", trig, "lexicon:strike")
        return None
    if lemma in NEEDS_AID_OBJECT and objs & AID_OBJECTS and not objs & INTELLIGENCE_OBJECTS:
        mode = "humanitarian" if objs & {"food", "medicine", "relief", "shelter", "tent"} else None
        military = objs & {"weapon", "arms", "arm", "ammunition"}
        return PloverCode("AID", "military" if military else mode, trig, "lexicon:aid")
    if lemma == "sign" and objs & {"agreement", "treaty", "accord", "pact", "deal", "memorandum", "protocol"}:
        return PloverCode("SUPPORT", None, trig, "lexicon:sign")  # CAMEO 057 "Sign formal agreement"
    if lemma in TIES_VERBS and objs & {"relation", "relations", "tie", "ties"}:
        return PloverCode("SUPPORT", None, trig, "lexicon:ties")  # CAMEO 050 diplomatic cooperation
    if lemma in INCREASE_VERBS and objs & _FORCES:
        return PloverCode("MOBILIZE", "police" if objs & _POLICE else "troops", trig, "lexicon:forces")
    if lemma in REDUCE_VERBS and objs & AID_OBJECTS and not objs & _FORCES:
        return PloverCode("SANCTION", "discontinue", trig, "lexicon:aid-cut")
    if lemma in ("provide", "give", "share", "supply", "pass", "exchange") and objs & INTELLIGENCE_OBJECTS:
        return PloverCode("COOPERATE", None, trig, "lexicon:intelligence")
    if lemma in _PREVENT and _direct(tok):
        stopped = _word(_direct(tok)[0], _direct(tok)[0].lemma_.lower())
        if stopped is not None and stopped.type == "PROTEST":
            return PloverCode("COERCE", None, trig, "lexicon:prevent")  # "police prevented the march"
    if lemma in ("receive", "admit", "accept", "allow", "permit") and objs & {
        "inspector", "observer", "peacekeeper", "monitor", "mission", "peacekeeping"
    }:
        return PloverCode("RETREAT", "access", trig, "lexicon:access")  # CAMEO 0861/0862
    if lemma in ("allow", "permit") and objs & (AID_OBJECTS | {"delivery", "access", "convoy"}):
        return PloverCode("RETREAT", "access", trig, "lexicon:access")  # CAMEO 0863
    if lemma == "set" and objs & {"fire", "ablaze"}:
        return PloverCode("COERCE", "destroy", trig, "lexicon:arson")
    return None


def _request_mode(sub: PloverCode | None, comp: Token | None) -> str | None:
    """REQUEST/REJECT modes of the 2021 crosswalk: assist, change, yield, meet."""
    words = {t.lemma_.lower() for t in comp.subtree} if comp is not None else set()
    if words & _CHANGE:
        return "change"
    if sub is not None:
        if sub.type in FREEING or (sub.type == "SANCTION" and "lift" in words):
            return "yield"
        if sub.type in ("CONSULT", "AGREE") and sub.mode != "visit":
            return "meet"
        if sub.type in ("AID", "COOPERATE", "SUPPORT"):
            return "assist"
    return None


def _violent_words(comp: Token) -> str | None:
    """"violence" when the threatened act names force ("deliver devastating blows", "a new offensive")."""
    violent = {"remote", "attack", "battle", "kill", "take", "abduct"}
    force = _MILITARY | _HEAVY | _AERIAL | _BLAST | {"blow", "terrorist", "war", "retaliate"}
    for t in comp.subtree:
        lemma = t.lemma_.lower()
        if TRIGGERS.get(lemma) in violent or lemma in force:
            return "violence"
    return None


def _threat_mode(sub: PloverCode | None) -> str | None:
    if sub is None:
        return None
    if sub.type in ("FIGHT", "ASSAULT"):
        return "violence"
    if sub.type == "COERCE":
        # CAMEO 1323/1324: threatening a curfew or martial law is "restrict" in the 2021 crosswalk.
        modes = {"seize": "territory", "ban": "ban", "restrict": "restrict", "curfew": "restrict",
                 "martial-law": "restrict"}
        return modes.get(sub.mode or "", "violence")
    if sub.type in ("SANCTION", "REJECT", "RETREAT"):
        return "restrict" if sub.type == "SANCTION" and sub.mode is None else "relations"
    if sub.type == "PROTEST":
        return "relations"
    return None


def _acled(tok: Token, lemma: str) -> PloverCode | None:
    cls = trigger_class(tok)
    if cls is None or cls in ("agree", "sanction"):
        return None  # agreements and sanctions: the codebook lists below say what they are in PLOVER
    typed = type_for(cls, tok, cues(list(tok.sent)), None)
    if typed is None:
        return None
    kind, mode = plover_for(typed[1], typed[2])
    if kind is None:
        return None
    trig = _trigger(tok)
    words = _sentence_words(tok)
    if kind == "MOBILIZE" and _objects(tok) & _POLICE:
        mode = "police"
    if lemma in VERBS and VERBS[lemma][0] == kind and VERBS[lemma][1]:
        mode = VERBS[lemma][1]  # "tortured": the word's own mode over ACLED's generic "Attack"
    if cls == "kill" and mode == "beat":
        # Killed by a bomb: the instrument's mode ("car bomb" explosives, "suicide" suicide-attack).
        remote = type_for("remote", tok, cues(list(tok.sent)), None)
        instrument = plover_for(remote[1], remote[2]) if remote is not None else (None, None)
        if instrument[0] == "ASSAULT":
            return PloverCode("ASSAULT", instrument[1], trig, "acled:instrument")
        if "torture" in words:
            mode = "torture"
    if cls == "kill" or typed[2] == "no instrument named":
        # Killed by aircraft, artillery or in a gun battle: conventional force; otherwise an assault.
        if words & _AERIAL:
            return PloverCode("FIGHT", "aerial", trig, "acled:weapons")
        if words & _HEAVY:
            return PloverCode("FIGHT", "artillery", trig, "acled:weapons")
        if words & _SMALL_ARMS:
            return PloverCode("FIGHT", "small-arms", trig, "acled:weapons")
        if cls != "kill":
            if lemma in _BLAST or words & _BLAST:
                return PloverCode("ASSAULT", "explosives", trig, "acled:bomb")
            return PloverCode("FIGHT" if words & _MILITARY else "ASSAULT", None, trig, "acled:attack")
    return PloverCode(kind, mode, trig, "acled")


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
            return PloverCode(entry[0], entry[1], _trigger(g), "lexicon:modifier")
    return None


def _word(tok: Token, lemma: str) -> PloverCode | None:
    """The codebook word lists, with the object checks some verbs need."""
    objs = _objects(tok)
    trig = _trigger(tok)
    if tok.pos_ == "VERB":
        if lemma in NEEDS_AID_OBJECT and lemma not in VERBS:
            return None  # "gave a speech": aid only with an aid object (read in _special)
        if lemma in ("break", "cut"):
            relations = objs & RELATIONS_OBJECTS
            return PloverCode("SANCTION", "withdraw", trig, "lexicon:relations") if relations else None
        if lemma in ("sever", "suspend", "halt", "freeze", "downgrade", "recall") and not (
            objs & RELATIONS_OBJECTS
        ):
            return None if lemma in ("halt", "freeze", "suspend") else _entry(tok, lemma)
        if lemma == "expel" and objs & _DIPLOMATIC:
            return PloverCode("SANCTION", "expel", trig, "lexicon:expel")
        if lemma == "withdraw" and objs & (_DIPLOMATIC | {"talk", "talks", "negotiation", "recognition"}):
            return PloverCode("SANCTION", "withdraw", trig, "lexicon:relations")
        if lemma in ("lift", "ease", "relax") and objs & _EASED:
            return PloverCode("RETREAT", None, trig, "lexicon:ease")
        if lemma == "charge" and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
            return PloverCode("COERCE", "arrest", trig, "lexicon:charge")
        if lemma == "protest":
            # Said ("..., a group protested"), addressed ("protested to Japan") or about something
            # ("protested the ruling"): disapproval. Alone, or the purpose of another act: a street protest.
            addressed = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
            said = any(c.dep_ == "ccomp" for c in tok.children) or tok.dep_ == "parataxis"
            if said or (not _purpose(tok) and (objs or addressed)):
                return PloverCode("ACCUSE", "disapprove", trig, "lexicon:protest")
            return PloverCode("PROTEST", "demo", trig, "lexicon:protest")
        if lemma in ("demonstrate", "rally", "march") and _direct(tok):
            return None  # "demonstrated its resolve", "rallied support"
        if lemma == "return" and not _direct(tok):
            return None  # "negotiators return to Geneva": a journey, not giving something back
        if lemma in ("arrive", "travel") and (not objs or _subject(tok) & (_FORCES | {"peacekeeper"})):
            return None  # troops arriving are a deployment, not a visit
        return _entry(tok, lemma)
    if tok.pos_ in ("NOUN", "PROPN"):
        if lemma == "law" and not any(c.lower_ == "martial" for c in tok.children):
            return None
        if lemma == "emergency" and not any(c.lower_ == "state" for c in tok.ancestors):
            return None
        if tok.dep_ in ("compound", "amod") and lemma not in ("strike", "hunger"):
            return None
        entry = NOUNS.get(lemma) or NOUNS.get(tok.lower_)
        if entry is None:
            return None
        kind, mode = entry
        if lemma == "strike" and any(c.lower_ == "hunger" for c in tok.children):
            mode = "hunger"
        return PloverCode(kind, mode, trig, "lexicon:noun")
    return None


def _purpose(tok: Token) -> bool:
    """"(rallied) to protest the ruling": an infinitive of purpose attached to another act."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return to and tok.dep_ in ("advcl", "xcomp", "acl")


def _entry(tok: Token, lemma: str) -> PloverCode | None:
    entry = VERBS.get(lemma)
    if entry is None:
        return None
    return PloverCode(entry[0], entry[1], _trigger(tok), "lexicon")


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
        mode = "violence" if code.type in ("FIGHT", "ASSAULT") else _threat_mode(code) or "relations"
        return PloverCode("THREATEN", mode, code.trigger, "unless")
    if _aux(tok) & _FUTURE:
        # Announced or conditional: cooperation is intent to cooperate, coercion is a threat.
        if code.type in COOPERATIVE - {"AGREE"}:
            return PloverCode("AGREE", None, code.trigger, "future")
        if code.type in (VIOLENT | {"PROTEST"}) - {"MOBILIZE"}:
            return PloverCode("THREATEN", _threat_mode(code), code.trigger, "future")
    return code
