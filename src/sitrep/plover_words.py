"""Word-level PLOVER readings for the sentence coder (:mod:`sitrep.plover`): one predicate and its objects.

Needs: a spaCy token with its dependency parse. Adds nothing to documents: each reading returns a
:class:`PloverCode` or None. :func:`acled_reading` reads the violent trigger lexicon of :mod:`sitrep.triggers`
(the instrument decides FIGHT vs ASSAULT and the mode); :func:`special_reading` holds the readings the object
decides ("signed a treaty", "restored ties", "reduced food aid", "took to the streets"); :func:`word_reading`
looks the word up in the codebook lists of :mod:`sitrep.plover_lexicon`. :func:`request_mode` and
:func:`threat_mode` give REQUEST/REJECT and THREATEN their 2021 modes from the act asked for or threatened.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from sitrep.plover_lexicon import (
    AID_OBJECTS,
    ASPECT_VERBS,
    FREEING,
    INCREASE_VERBS,
    INTELLIGENCE_OBJECTS,
    INTENT_WORDS,
    LIGHT_VERBS,
    NEEDS_AID_OBJECT,
    NOUNS,
    REDUCE_VERBS,
    REJECT_VERBS,
    RELATIONS_OBJECTS,
    REQUEST_VERBS,
    REVERSING_VERBS,
    SPEECH_VERBS,
    THREATEN_VERBS,
    TIES_VERBS,
    VERBS,
)
from sitrep.taxonomy import RIOT_CUES, TRIGGERS
from sitrep.triggers import cues, plover_for, trigger_class, type_for

__all__ = [
    "EASED",
    "KNOWN_VERBS",
    "PloverCode",
    "acled_reading",
    "direct_objects",
    "lemma_of",
    "objects",
    "particle",
    "request_mode",
    "special_reading",
    "subject_words",
    "threat_mode",
    "trigger_span",
    "violent_words",
    "word_reading",
]

_POLICE = {"police", "policeman", "policemen", "gendarme", "riot"}
_FORCES = {"troop", "troops", "force", "forces", "army", "soldier", "police", "militia", "unit", "battalion",
           "brigade", "reservist", "presence", "patrol", "contingent", "deployment"}
_DIPLOMATIC = {"ambassador", "envoy", "diplomat", "embassy", "mission", "consulate", "attache",
               "inspector", "observer", "peacekeeper", "monitor", "staff", "representative", "chargé"}
EASED = {"sanction", "sanctions", "embargo", "blockade", "siege", "curfew", "emergency", "boycott", "law"}
_CHANGE = {"resign", "step", "reform", "change", "replace", "dissolve", "abandon", "reinstate", "quit",
           "restore", "democracy", "election", "resignation", "independence"}
# Conventional war: its weapons make a killing or an unnamed attack FIGHT (CAMEO 19), else ASSAULT (18).
_AERIAL = {"aircraft", "airstrike", "helicopter", "gunship", "jet", "warplane", "bomber", "drone", "air"}
_HEAVY = {"artillery", "shell", "shelling", "mortar", "rocket", "missile", "tank", "howitzer", "cannon"}
_SMALL_ARMS = {"gun", "gunfire", "gunbattle", "firefight", "gunfight", "rifle", "machine-gun", "sniper"}
# FIGHT modes by the weapons a sentence names, most telling first.
_WEAPON_MODES = (("aerial", _AERIAL), ("artillery", _HEAVY), ("small-arms", _SMALL_ARMS))
_MILITARY = {"army", "military", "troop", "soldier", "force", "navy", "naval", "warship", "battle",
             "offensive", "combat", "front", "brigade", "battalion"}
_BLAST = {"bomb", "bombing", "explosion", "blast", "explode", "detonate"}
_PROTESTERS = {"protester", "protestor", "demonstrator", "rioter", "marcher", "striker", "mob"}
_PREVENT = {"prevent", "block", "ban", "foil", "thwart", "stop", "disperse", "forbid", "prohibit", "halt"}
KNOWN_VERBS = (frozenset(VERBS) | LIGHT_VERBS | ASPECT_VERBS | SPEECH_VERBS | REJECT_VERBS | REQUEST_VERBS
          | INTENT_WORDS | THREATEN_VERBS | NEEDS_AID_OBJECT | REVERSING_VERBS | frozenset(TRIGGERS))


@dataclass(frozen=True)
class PloverCode:
    """A PLOVER 2021 reading of one sentence."""

    type: str
    mode: str | None
    trigger: Span
    rule: str  # which reading decided it ("frame:threaten", "lexicon", "acled", "intent", ...)


def _weapon_mode(words: set[str], modes: tuple[tuple[str, set[str]], ...]) -> str | None:
    """The first FIGHT mode of ``modes`` whose weapons the sentence's words name."""
    return next((mode for mode, weapons in modes if words & weapons), None)


def trigger_span(tok: Token) -> Span:
    """The trigger tokens: the word and its verb particle ("pulled out")."""
    parts = [tok.i] + [c.i for c in tok.children if c.dep_ == "prt"]
    return tok.doc[min(parts) : max(parts) + 1]


def lemma_of(tok: Token) -> str:
    """The lemma, mended where the small model's lemmatiser slips ("staged" -> "stag")."""
    lemma = tok.lemma_.lower()
    if lemma not in KNOWN_VERBS and tok.pos_ == "VERB":
        low = tok.lower_
        for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("s", "")):
            if low.endswith(suffix) and low[: -len(suffix)] + add in KNOWN_VERBS:
                return low[: -len(suffix)] + add
    return lemma


def particle(tok: Token) -> str | None:
    """The verb particle ("out", "over", "off"), or "free" in "set free"."""
    for c in tok.children:
        if c.dep_ == "prt" or (c.dep_ == "acomp" and c.lower_ == "free"):
            return c.lower_
    return None


def objects(tok: Token) -> set[str]:
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


def direct_objects(tok: Token) -> list[Token]:
    """Direct objects and passive subjects."""
    return [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]


def subject_words(tok: Token) -> set[str]:
    """Lemmas of the subject and its modifiers."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return {t.lemma_.lower() for s in subjects for t in (s, *s.children)}


def _sentence_words(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent} | {t.lower_ for t in tok.sent}


def special_reading(tok: Token, lemma: str) -> PloverCode | None:
    """Readings decided by the object, before the general lists."""
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    trig = trigger_span(tok)
    objs = objects(tok)
    armed = _sentence_words(tok) & (_AERIAL | _HEAVY | _MILITARY | _BLAST | {"retaliatory", "nuclear"})
    if lemma == "strike" and tok.pos_ == "VERB" and not armed and not direct_objects(tok):
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
    if lemma in _PREVENT and direct_objects(tok):
        stopped = word_reading(direct_objects(tok)[0], direct_objects(tok)[0].lemma_.lower())
        if stopped is not None and stopped.type == "PROTEST":
            return PloverCode("COERCE", None, trig, "lexicon:prevent")  # "police prevented the march"
    if lemma in ("receive", "admit", "accept", "allow", "permit") and objs & {
        "inspector", "observer", "peacekeeper", "monitor", "mission", "peacekeeping"
    }:
        return PloverCode("RETREAT", "access", trig, "lexicon:access")  # CAMEO 0861/0862
    if lemma in ("allow", "permit") and objs & (AID_OBJECTS | {"delivery", "access", "convoy"}):
        return PloverCode("RETREAT", "access", trig, "lexicon:access")  # CAMEO 0863
    if lemma in ("take", "pour", "spill", "flood", "go") and any(
        p.dep_ == "prep" and p.lower_ in ("to", "into", "onto")
        and any(g.lemma_.lower() == "street" for g in p.children)
        for p in tok.children
    ):
        return PloverCode("PROTEST", "demo", trig, "lexicon:streets")  # "took to the streets"
    if lemma == "set" and objs & {"fire", "ablaze"}:
        return PloverCode("COERCE", "destroy", trig, "lexicon:arson")
    return None


def request_mode(sub: PloverCode | None, comp: Token | None) -> str | None:
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


def violent_words(comp: Token) -> str | None:
    """"violence" when the threatened act names force ("deliver devastating blows", "a new offensive")."""
    violent = {"remote", "attack", "battle", "kill", "take", "abduct"}
    force = _MILITARY | _HEAVY | _AERIAL | _BLAST | {"blow", "terrorist", "war", "retaliate"}
    for t in comp.subtree:
        lemma = t.lemma_.lower()
        if TRIGGERS.get(lemma) in violent or lemma in force:
            return "violence"
    return None


def threat_mode(sub: PloverCode | None) -> str | None:
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


def acled_reading(tok: Token, lemma: str) -> PloverCode | None:
    cls = trigger_class(tok)
    if cls is None or cls in ("agree", "sanction"):
        return None  # agreements and sanctions: the codebook lists below say what they are in PLOVER
    typed = type_for(cls, tok, cues(list(tok.sent)), None)
    if typed is None:
        return None
    kind, mode = plover_for(typed[1], typed[2])
    if kind is None:
        return None
    trig = trigger_span(tok)
    words = _sentence_words(tok)
    if cls in ("protest", "riot", "mob"):
        # The protest is the act; police force against it is another act (ACLED folds both into one label).
        riot = cls != "protest" or bool(words & RIOT_CUES)
        return PloverCode("PROTEST", "riot" if riot else "demo", trig, "acled")
    if kind in ("FIGHT", "ASSAULT") and subject_words(tok) & _PROTESTERS:
        return PloverCode("PROTEST", "riot", trig, "acled:protesters")  # "protesters clashed with police"
    if kind == "MOBILIZE" and objects(tok) & _POLICE:
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
        weapons = _weapon_mode(words, _WEAPON_MODES)
        if weapons is not None:
            return PloverCode("FIGHT", weapons, trig, "acled:weapons")
        if cls != "kill":
            if lemma in _BLAST or words & _BLAST:
                return PloverCode("ASSAULT", "explosives", trig, "acled:bomb")
            return PloverCode("FIGHT" if words & _MILITARY else "ASSAULT", None, trig, "acled:attack")
    return PloverCode(kind, mode, trig, "acled")


def word_reading(tok: Token, lemma: str) -> PloverCode | None:
    """The codebook word lists, with the object checks some verbs need."""
    objs = objects(tok)
    trig = trigger_span(tok)
    if tok.pos_ == "VERB":
        if lemma in NEEDS_AID_OBJECT and lemma not in VERBS:
            return None  # "gave a speech": aid only with an aid object (read in special_reading)
        if lemma in ("destroy", "demolish", "raze"):
            destroyed = _destroyed_by(tok, trig)
            if destroyed is not None:
                return destroyed
        if lemma in ("break", "cut"):
            relations = objs & RELATIONS_OBJECTS
            return PloverCode("SANCTION", "withdraw", trig, "lexicon:relations") if relations else None
        if lemma in ("sever", "suspend", "halt", "freeze", "downgrade", "recall") and not (
            objs & RELATIONS_OBJECTS
        ):
            return None  # "I recall", "froze the price": no relations reduced
        if lemma == "expel" and objs & _DIPLOMATIC:
            return PloverCode("SANCTION", "expel", trig, "lexicon:expel")
        if lemma == "withdraw" and objs & (_DIPLOMATIC | {"talk", "talks", "negotiation", "recognition"}):
            return PloverCode("SANCTION", "withdraw", trig, "lexicon:relations")
        if lemma in ("lift", "ease", "relax") and objs & EASED:
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
        if lemma in ("demonstrate", "rally", "march") and direct_objects(tok):
            return None  # "demonstrated its resolve", "rallied support"
        if lemma == "return" and not direct_objects(tok):
            return None  # "negotiators return to Geneva": a journey, not giving something back
        if lemma in ("arrive", "travel") and (not objs or subject_words(tok) & (_FORCES | {"peacekeeper"})):
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


def _destroyed_by(tok: Token, trig: Span) -> PloverCode | None:
    """Destroyed by strikes, shelling or bombs, or with people killed: an attack, not property destruction."""
    words = _sentence_words(tok)
    # Guns do not destroy buildings: only aircraft and artillery make it a fight.
    weapons = _weapon_mode(words, _WEAPON_MODES[:2])
    if weapons is not None:
        return PloverCode("FIGHT", weapons, trig, "lexicon:destroyed")
    if words & _BLAST:
        return PloverCode("ASSAULT", "explosives", trig, "lexicon:destroyed")
    if words & {"kill", "strike", "attack", "wound"}:
        return PloverCode("FIGHT" if words & _MILITARY else "ASSAULT", None, trig, "lexicon:destroyed")
    return None


def _purpose(tok: Token) -> bool:
    """"(rallied) to protest the ruling": an infinitive of purpose attached to another act."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return to and tok.dep_ in ("advcl", "xcomp", "acl")


def _entry(tok: Token, lemma: str) -> PloverCode | None:
    entry = VERBS.get(lemma)
    if entry is None:
        return None
    return PloverCode(entry[0], entry[1], trigger_span(tok), "lexicon")
