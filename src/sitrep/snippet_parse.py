"""Parse-derived features for the snippet classifier: who did what to whom, with names masked.

Needs: snippets, and the spaCy English model when it is installed (without it every function here
has a parse-free fallback, so classification still runs, only less accurately). Adds three term
streams for :mod:`sitrep.classify`:

- :func:`masked_lemmas`: lemmas with each named entity (person, place, organisation, nationality,
  number, date...) replaced by its label, so "Taliban fighters" and "Houthi fighters" or "12 killed"
  and "three killed" look alike to a small training set;
- :func:`actor_roles`: the class of each actor word (:func:`sitrep.actors.actor_class`) with its
  role, subject or object of its verb: whoever *does* the retaking or the burning is what separates
  government from non-state territorial gains and protesters from rioters;
- :func:`relations`: subject/object-verb pairs from the dependency parse ("S:rebel:seize");
- :func:`codebook_cues`: the ACLED codebook's own distinctions as pseudo-words ("cb:protest_lethal",
  "cb:state_retakes"), from the lemmas and who is the subject of which verb.

Parses are cached by text (cross-validation sees each snippet several times).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from sitrep.actors import actor_class

__all__ = ["ParsedToken", "actor_roles", "codebook_cues", "masked_lemmas", "parse_snippets", "relations"]

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
# Entity labels masked by their name; product, event, law and language names stay words.
_MASKED = frozenset({"PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "CARDINAL", "ORDINAL", "QUANTITY", "DATE",
                     "TIME", "MONEY", "PERCENT"})
_ROLE = {"nsubj": "S", "agent": "S", "nsubjpass": "O", "dobj": "O", "pobj": "P"}
_HEAD_POS = frozenset({"VERB", "AUX", "NOUN"})
_CACHE_SIZE = 20_000


class ParsedToken(NamedTuple):
    text: str
    lemma: str
    pos: str
    dep: str
    head: int  # index of the syntactic head in the snippet's token list
    ent_type: str
    ent_iob: str


_nlp: object | None = None
_nlp_missing = False
_cache: dict[str, list[ParsedToken]] = {}


def _load() -> object | None:
    global _nlp, _nlp_missing
    if _nlp is None and not _nlp_missing:
        try:
            import spacy

            from sitrep.language import MODEL

            _nlp = spacy.load(MODEL)
        except (ImportError, OSError):
            _nlp_missing = True
    return _nlp


def parse_snippets(texts: Sequence[str]) -> list[list[ParsedToken]] | None:
    """Token lists for the texts, or None when the spaCy model is not installed."""
    nlp = _load()
    if nlp is None:
        return None
    todo = list(dict.fromkeys(t for t in texts if t not in _cache))
    if len(_cache) + len(todo) > _CACHE_SIZE:
        _cache.clear()
    for text, doc in zip(todo, nlp.pipe(todo, batch_size=64), strict=True):  # type: ignore[attr-defined]
        _cache[text] = [ParsedToken(t.text, t.lemma_, t.pos_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_)
                        for t in doc]
    return [_cache[t] for t in texts]


def masked_lemmas(tokens: Sequence[ParsedToken]) -> list[str]:
    """Lower-cased lemmas, each masked entity reduced to one pseudo-word such as ``gpe_``."""
    out: list[str] = []
    in_entity = False
    for tok in tokens:
        if tok.ent_type in _MASKED:
            if tok.ent_iob == "B" or not in_entity:
                out.append(tok.ent_type.lower() + "_")
            in_entity = True
            continue
        in_entity = False
        lemma = tok.lemma.lower()
        if _WORD.fullmatch(lemma):
            out.append(lemma)
    return out


def _actor(tok: ParsedToken) -> str | None:
    return actor_class(tok.text) or actor_class(tok.lemma)


def actor_roles(tokens: Sequence[ParsedToken]) -> list[str]:
    """``<role>act:<class>`` per actor word: S (doer), O (undergoer) or X (elsewhere)."""
    out = []
    for tok in tokens:
        cls = _actor(tok)
        if cls:
            role = "S" if tok.dep in ("nsubj", "agent") else "O" if tok.dep in ("dobj", "nsubjpass") else "X"
            out.append(f"{role}act:{cls}")
    return out


def relations(tokens: Sequence[ParsedToken]) -> list[str]:
    """Argument-verb pairs from the parse: role:verb, role:argument:verb, and the same with actor classes."""
    out = []
    for tok in tokens:
        role = _ROLE.get(tok.dep)
        head = tokens[tok.head]
        if role is None or head.pos not in _HEAD_POS:
            continue
        verb = head.lemma.lower()
        arg = tok.ent_type.lower() + "_" if tok.ent_type else tok.lemma.lower()
        out += [f"{role}:{arg}:{verb}", f"{role}:{verb}"]
        cls = _actor(tok)
        if cls:
            out += [f"{role}act:{cls}", f"{role}act:{cls}:{verb}"]
    return out


# Word lists for codebook_cues (lemmas). Each cue names the codebook rule it encodes.
_PROTEST = frozenset({"protest", "protester", "protestor", "demonstrator", "demonstration", "rally", "march",
                      "marcher", "crowd", "demonstrate", "strike"})
# Protest with intervention: authorities physically stop or disperse a peaceful protest.
_INTERVENE = frozenset({"disperse", "arrest", "detain", "block", "stop", "remove", "break", "prevent", "tear",
                        "teargas", "baton", "cannon", "rubber", "lathi", "lathicharge", "charge"})
# Excessive force against protesters: lethal or seriously harmful force on demonstrators.
_LETHAL = frozenset({"kill", "shoot", "dead", "death", "bullet", "ammunition", "die", "wound", "injure",
                     "beat", "fatally"})
# Violent demonstration: the demonstrators themselves use violence or destroy property.
_VIOLENT = frozenset({"throw", "hurl", "pelt", "burn", "torch", "set", "attack", "clash", "vandalize",
                      "vandalise", "smash", "loot", "storm", "damage", "stone", "ransack", "block"})
# Territory: who takes it decides government regains vs non-state actor overtakes.
_TAKE = frozenset({"take", "seize", "capture", "overrun", "occupy", "control", "storm", "fall", "gain",
                   "enter", "overtake"})
_RETAKE = frozenset({"retake", "recapture", "liberate", "regain", "reclaim", "free", "clear", "recover"})
_STATE = frozenset({"force", "police", "government"})
# Named groups (ORG/NORP entities) and unnamed subjects count as non-state unless a state word says otherwise.
_NON_STATE = frozenset({"rebel", "unidentified", "occupier", "org_", "norp_", "other"})


def _subjects(tokens: Sequence[ParsedToken]) -> dict[str, set[str]]:
    """Verb lemma -> the actor classes (or entity labels, or "other") of its subjects."""
    out: dict[str, set[str]] = {}
    for tok in tokens:
        if tok.dep in ("nsubj", "agent"):
            who = _actor(tok) or (tok.ent_type.lower() + "_" if tok.ent_type else "other")
            out.setdefault(tokens[tok.head].lemma.lower(), set()).add(who)
    return out


def codebook_cues(tokens: Sequence[ParsedToken]) -> list[str]:
    """Pseudo-words for the codebook's distinctions between protest and territory sub-event types."""
    lemmas = {t.lemma.lower() for t in tokens}
    subjects = _subjects(tokens)
    out = []
    if lemmas & _PROTEST:
        if lemmas & _LETHAL:
            out.append("cb:protest_lethal")
        if lemmas & _INTERVENE:
            out.append("cb:protest_intervened")
        for verb, who in subjects.items():
            if verb in _VIOLENT and who & {"protester", "rioter", "civilian", "other"}:
                out.append("cb:protesters_violent")
            if verb in _VIOLENT | _INTERVENE | _LETHAL and who & _STATE:
                out.append("cb:state_acts_on_protest")
        # Peaceful protest: no intervention, no force, no violence by the demonstrators.
        if not lemmas & (_LETHAL | _INTERVENE | _VIOLENT):
            out.append("cb:protest_plain")
    for verb, who in subjects.items():
        if verb in _RETAKE:
            out.append("cb:retake")
            if who & _STATE:
                out.append("cb:state_retakes")
        if verb in _TAKE:
            if who & _STATE:
                out.append("cb:state_takes")
            if who & _NON_STATE:
                out.append("cb:nonstate_takes")
    # Claims of responsibility are their own (non-ACLED) class, whatever the attack was.
    if "responsibility" in lemmas and lemmas & {"claim", "accept", "own"}:
        out.append("cb:claim")
    return out
