"""Clause units, event triggers, typing and modality: the reading half of event coding.

Needs the :class:`~sitrep.schema.Document` (zones) and its spaCy parse. Gives the
clause units events are read from (:func:`units`), the trigger class of a token
(:func:`trigger_class`, lexicon in :data:`sitrep.taxonomy.TRIGGERS`), the ACLED
type a trigger takes in its clause (:func:`type_for`, instrument cues decide the
sub-type), its PLOVER type/mode (:func:`plover_for`) and its modality (:func:`modality`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.schema import Actor, Document, Modality, Zone
from sitrep.taxonomy import (
    INTERVENTION_CUES,
    LETHAL_CUES,
    NOT_MILITARY,
    REMOTE_CUES,
    RIOT_CUES,
    SEXUAL_CUES,
    TRIGGERS,
)

__all__ = ["accused_of", "cues", "habitual", "modality", "plover_for", "trigger_class", "type_for", "units"]

_EVENT_ZONES = ("headline", "body", "caption")
_PLANNED = {
    "hope",
    "plan",
    "intend",
    "aim",
    "seek",
    "want",
    "expect",
    "prepare",
    "vow",
    "promise",
    "propose",
    "consider",
    "threaten",
    "pledge",
    "offer",
    "agree",
    "decide",
    "ready",
    "order",
    "urge",
    "call",
}
_ATTEMPT = {"try", "attempt"}
# Verbs that put sanctions in force ("the EU imposed sanctions", "sanctions were announced").
_IMPOSE = {
    "impose", "announce", "adopt", "approve", "introduce", "slap", "unveil", "extend", "expand", "levy",
    "place", "enact", "agree", "pass", "tighten", "broaden",
}
# Verbs whose infinitive is itself done ("continued to shell", "managed to capture").
_ASPECTUAL = {"continue", "begin", "start", "manage", "resume", "proceed", "keep", "claim", "appear", "seem"}
# Habits, not happenings: "every day, about 100 soldiers are killed".
_HABITUAL = {"daily", "nightly", "regularly", "routinely", "often", "usually", "constantly"}
_PERIODS = {"day", "night", "week", "morning", "evening", "month", "hour", "year"}
_DENY = {"deny", "reject", "refute", "dismiss"}
_HYPOTHETICAL = {"could", "might", "may", "would", "should", "must", "can", "ca"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_CONTINUE = {"stop", "cease", "end", "halt", "subside", "abate"}  # "does not stop" = goes on
_TERRITORY = {
    "control",
    "city",
    "town",
    "village",
    "hub",
    "territory",
    "position",
    "settlement",
    "airport",
    "base",
    "bridge",
    "area",
    "region",
    "plant",
    "port",
    "island",
    "height",
    "district",
    "oblast",
    "stronghold",
    "outpost",
    "checkpoint",
    "trench",
    "line",
    "station",
    "suburb",
    "capital",
}
_PLOVER = {
    "Armed clash": ("FIGHT", "small-arms"),
    "Government regains territory": ("FIGHT", "occupy"),
    "Non-state actor overtakes territory": ("FIGHT", "occupy"),
    "Chemical weapon": ("ASSAULT", "cbrn"),
    "Air/drone strike": ("FIGHT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": ("FIGHT", "artillery"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", "beat"),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Excessive force against protesters": ("COERCE", None),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("PROTEST", "riot"),
    "Agreement": ("AGREE", None),
    "Arrests": ("COERCE", "arrest"),
    "Disrupted weapons use": ("COERCE", "seize"),
    "Looting/property destruction": ("COERCE", "destroy"),
}


# ---------------------------------------------------------------- units and triggers


def units(doc: Document, parsed: SpacyDoc) -> list[tuple[int, int, Zone | None]]:
    """Clause units to read events from: sentences cut at line breaks, in event zones only."""
    out: list[tuple[int, int, Zone | None]] = []
    for sent in parsed.sents:
        for s, e in _pieces(doc.text, sent.start_char, sent.end_char):
            while s < e and doc.text[s].isspace():
                s += 1
            while e > s and doc.text[e - 1].isspace():
                e -= 1
            if e - s < 3:
                continue
            zone = doc.zone_at(s)
            if doc.zones and (zone is None or zone.kind not in _EVENT_ZONES):
                continue
            if doc.in_promo(s, e):
                continue
            out.append((s, e, zone))
    return out


# Where the parser runs two sentences together: a line break, or a full stop then a dash
# ("... for Siewierodoniec.- A few days ago"), as transcripts and translated copy print them.
_BREAK = re.compile(r"\n|(?<=[.!?])[ \t]*[-–—][ \t]+(?=[A-Z\"“])")


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _BREAK.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def _tokens(parsed: SpacyDoc, start: int, end: int) -> list[Token]:
    span = parsed.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _forms(tok: Token) -> set[str]:
    """The lemma, the word and its likely bases: the small model's lemmatiser slips ("hoped" -> "hop")."""
    low = tok.lower_
    out = {tok.lemma_.lower(), low}
    for suffix, add in (("ed", ""), ("ed", "e"), ("d", ""), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.add(low[: -len(suffix)] + add)
    return out


def trigger_class(tok: Token) -> str | None:
    """The trigger class of a token in its clause (None when it does not report a happening here)."""
    lemma = tok.lemma_.lower()
    cls = TRIGGERS.get(lemma) or TRIGGERS.get(tok.lower_)
    if cls is None or tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ"):
        return None
    # Modifier nouns name a kind of thing, not a happening ("battalion battle groups"), except
    # for activities that are commonly written that way ("demining teams", "evacuation buses").
    if tok.dep_ in ("compound", "amod") and cls not in ("demine", "evacuate"):
        return None
    # A bare definite noun with no argument is a reference to the war at large ("the battle").
    if (
        tok.pos_ == "NOUN"
        and not any(
            c.dep_ in ("prep", "poss", "amod", "compound", "nummod", "acl", "relcl") for c in tok.children
        )
        and tok.dep_ not in ("pobj", "nsubj", "compound")
        and any(c.lower_ in ("the", "this", "that") for c in tok.children)
    ):
        return None
    objs = {c.lemma_.lower() for c in tok.children if c.dep_ in ("dobj", "pobj", "attr")}
    objs |= {g.lemma_.lower() for c in tok.children if c.dep_ == "prep" for g in c.children}
    if objs & NOT_MILITARY:
        return None
    if lemma == "march" and tok.text[:1].isupper() and tok.ent_type_ != "EVENT":
        return None  # the month, not a march
    if cls == "sanction" and tok.pos_ == "NOUN" and not (
        tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _IMPOSE
    ):
        return None  # "despite sanctions", "Western sanctions": talk of sanctions, not their imposition
    if cls == "grave" and not any(c.lower_ == "mass" for c in tok.children):
        return None  # only a mass grave is news of its own (ACLED: Strategic developments, Other)
    if lemma == "blast" and tok.pos_ == "VERB":
        return None  # "blasted Washington's policies": criticism
    if lemma == "blow" and not any(c.lower_ == "up" for c in tok.children):
        return None
    if lemma == "die" and any(t.lower_ in ("natural", "illness", "disease", "age") for t in tok.sent):
        return None
    if cls == "take" and {c.lemma_.lower() for c in tok.children if c.dep_ == "dobj"} & _WEAPONS:
        return "demine"  # "seized a weapons cache": weapons taken out of use
    if lemma == "fire" and (
        tok.head.lemma_.lower() == "open" or any(c.lemma_ == "gun" for c in tok.children)
    ):
        return "battle"  # "opened fire", "gunfire": small arms, not shelling
    if lemma == "take" and any(
        c.lower_ == "under" and any(g.lemma_ == "control" for g in c.children) for c in tok.children
    ) and not _place_child(tok):
        return "takeover"  # "took the firm under state control": a state seizing property, not ground
    if cls in ("take", "retake"):
        # Territory only: "seized 6m tonnes of grain" or "took the firm under state control" is not.
        direct = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(
            c.lemma_.lower() in _TERRITORY or c.ent_type_ in ("GPE", "LOC", "FAC") for c in direct
        ) and not (lemma == "fall" and _place_child(tok, subject=True)):
            return None
    if lemma in ("send", "mass", "deploy", "reinforce") and not (
        objs & {"troop", "soldier", "force", "unit", "battalion", "brigade", "army", "reinforcement"}
    ):
        return None
    if lemma in ("exchange", "swap") and not objs & {"prisoner", "body", "pow", "captive"}:
        return None
    if lemma in ("confiscate", "cache") and not _cue_words(tok) & _WEAPONS:
        return None
    if lemma == "establish" and not objs & {"base", "headquarters", "camp", "outpost", "post", "stronghold"}:
        return None
    if lemma == "sign" and not objs & {"agreement", "deal", "accord", "ceasefire", "truce", "treaty", "pact"}:
        return None
    if lemma == "agreement" and tok.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return None
    if (
        cls == "protest"
        and tok.pos_ == "NOUN"
        and lemma in ("protester", "protestor", "demonstrator")
        and tok.dep_ not in ("nsubj", "nsubjpass")
    ):
        return None
    if lemma in ("hit", "fire", "pound") and not _military_context(tok):
        return None
    if lemma == "strike" and tok.pos_ == "VERB" and not _military_context(tok):
        return None
    if cls == "protest" and tok.pos_ == "VERB" and objs - {"against", "outside"}:
        return None  # "rally support", "protest the decision" reads as a statement
    if lemma in ("lose", "occupy") and not _place_child(tok):
        return None
    if cls == "kill" and tok.pos_ != "VERB" and accused_of(tok) is None:
        return None  # a killing named by a noun is news only as what someone is blamed for
    return cls


_BLAME = {"blame", "accuse", "hold", "charge"}


def accused_of(tok: Token) -> Token | None:
    """Who is blamed for the act ``tok`` names ("blamed Kyiv for the double murder of ...")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "of"):
        return None
    verb = prep.head
    if verb.lemma_.lower() not in _BLAME:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


_WEAPONS = {
    "weapon",
    "arms",
    "ammunition",
    "explosive",
    "explosives",
    "rifle",
    "gun",
    "grenade",
    "bomb",
    "mine",
    "rocket",
    "cache",
    "ied",
    "detonator",
}


def _cue_words(tok: Token) -> set[str]:
    return {t.lemma_.lower() for t in tok.sent}


def _place_child(tok: Token, subject: bool = False) -> bool:
    deps = ("nsubj",) if subject else ("dobj", "pobj")
    for t in tok.subtree:
        if (
            t.dep_ in deps
            and t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON")
            and t.head.i in (tok.i, *(c.i for c in tok.children))
        ):
            return True
    return False


def _military_context(tok: Token) -> bool:
    words = {t.lemma_.lower() for t in tok.sent}
    return bool(
        words
        & {
            "missile",
            "rocket",
            "artillery",
            "shell",
            "drone",
            "force",
            "troop",
            "army",
            "military",
            "strike",
            "bomb",
            "iskander",
            "himars",
            "occupier",
            "weapon",
            "uragan",
            "grad",
            "airstrike",
            "shelling",
            "aircraft",
            "jet",
        }
    )


# ---------------------------------------------------------------- typing


def cues(tokens: list[Token]) -> set[str]:
    """Lemmas, words and multi-word instrument cues of a clause."""
    words = {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
    if any(t.lemma_.lower() == "blow" and any(c.lower_ == "up" for c in t.children) for t in tokens):
        words.add("explosive device")
    text = " ".join(t.lower_ for t in tokens)
    return words | {c for _, cues in REMOTE_CUES for c in cues if " " in c and c in text}


def type_for(cls: str, tok: Token, cues: set[str], actor1: Actor | None) -> tuple[str, str, str] | None:
    """(event type, sub-event type, note) for a trigger class in its clause."""
    if cls == "attack" and {"ground", "infantry"} & cues:
        return "Battles", "Armed clash", ""  # "ground attacks": forces meeting forces, not a strike
    if cls in ("remote", "attack"):
        if {"demine", "demining", "defuse", "unexploded"} & cues:
            return "Strategic developments", "Disrupted weapons use", "demining"
        if {"intercept", "down"} & cues and {"shoot", "intercept"} & cues:
            return "Strategic developments", "Disrupted weapons use", "interception"
        for sub, words in REMOTE_CUES:
            if words & cues:
                return "Explosions/Remote violence", sub, ""
        return "Explosions/Remote violence", "Shelling/artillery/missile attack", "no instrument named"
    if cls == "battle":
        return "Battles", "Armed clash", ""
    if cls in ("take", "lose"):
        sub = (
            "Government regains territory"
            if actor1 is not None and actor1.inter == 1
            else "Non-state actor overtakes territory"
        )
        return "Battles", sub, ""
    if cls == "retake":
        return "Battles", "Government regains territory", ""
    if cls == "kill":
        return "Violence against civilians", "Attack", ""
    if cls == "abduct":
        return "Violence against civilians", "Abduction/forced disappearance", ""
    if cls == "sexual":
        return "Violence against civilians", "Sexual violence", ""
    if cues & SEXUAL_CUES and cls in ("kill", "battle", "attack", "abduct"):
        return "Violence against civilians", "Sexual violence", ""
    if cls == "hq":
        return "Strategic developments", "Headquarters or base established", ""
    if cls == "protest":
        if RIOT_CUES & cues:
            return "Riots", "Violent demonstration", ""
        if LETHAL_CUES & cues:
            return "Protests", "Excessive force against protesters", ""
        if INTERVENTION_CUES & cues:
            return "Protests", "Protest with intervention", ""
        return "Protests", "Peaceful protest", ""
    if cls == "riot":
        return "Riots", "Violent demonstration", ""
    if cls == "mob":
        return "Riots", "Mob violence", ""
    if cls == "demine":
        return "Strategic developments", "Disrupted weapons use", "demining"
    if cls == "intercept":
        return "Strategic developments", "Disrupted weapons use", "interception"
    if cls == "mobilize":
        return "Strategic developments", "Other", "troop deployment"
    if cls == "evacuate":
        return "Strategic developments", "Other", "evacuation"
    if cls == "arrest":
        return "Strategic developments", "Arrests", ""
    if cls == "agree":
        return "Strategic developments", "Agreement", ""
    if cls == "loot":
        return "Strategic developments", "Looting/property destruction", ""
    if cls == "sanction":
        return "Strategic developments", "Other", "sanctions"
    if cls == "takeover":
        return "Strategic developments", "Other", "takeover"
    if cls == "grave":
        return "Strategic developments", "Other", "mass grave"
    return None


def plover_for(sub: str, note: str) -> tuple[str | None, str | None]:
    """PLOVER (type, mode) for an ACLED sub-event type and its note."""
    if note == "troop deployment":
        return "MOBILIZE", "troops"
    if note == "evacuation":
        return "AID", "evacuation"
    if note == "sanctions":
        return "SANCTION", None
    if note == "takeover":
        return "COERCE", "seize"
    return _PLOVER.get(sub, (None, None))


# ---------------------------------------------------------------- modality


def habitual(tok: Token) -> bool:
    """The trigger's clause tells a habit ("every day, 100 soldiers are killed"), not one happening."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else next((a for a in tok.ancestors if a.pos_ == "VERB"), tok)
    for t in verb.subtree:
        if t.lower_ in ("every", "each") and t.head.lemma_.lower() in _PERIODS:
            return True
        if t.lower_ in _HABITUAL and t.dep_ == "advmod" and t.head.i == verb.i:
            return True
    return False


def modality(tok: Token) -> Modality:
    """asserted / negated / hypothetical / future / planned, from the path above the trigger."""
    if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and (
        tok.head.lower_ == "of" and tok.head.head.lower_ == "ahead" or tok.head.lower_ == "before"
        and tok.head.head.lemma_.lower() in ("prepare", "preparation", "brace", "warn")
    ):
        return "future"  # "ahead of a partial embargo", "preparing before the offensive": still to come
    if tok.dep_ in ("pcomp", "pobj") and tok.head.lower_ == "without":
        return "negated"  # "without launching an attack"
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and (
        tok.head.pos_ in ("NOUN", "PROPN") or tok.head.lemma_.lower() == "help"
    ) and tok.head.lemma_.lower() not in _ASPECTUAL:
        return "planned"  # "troops to help fight", "a plan to attack": a purpose, not a deed
    node, hops = tok, 0
    while hops < 4:
        kids = list(node.children)
        lemma = node.lemma_.lower()
        neg = any(c.dep_ == "neg" for c in kids)
        forms = _forms(node)
        if node.i != tok.i and forms & _DENY:
            return "negated"
        if neg and not (lemma in _CONTINUE or node.head.lemma_.lower() in _CONTINUE):
            return "negated"
        aux = {c.lower_ for c in kids if c.dep_ in ("aux", "auxpass")}
        if aux & _HYPOTHETICAL or any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in kids):
            return "hypothetical"
        if aux & _FUTURE or ("going" in aux and any(c.lower_ == "to" for c in kids)):
            return "future"
        if node.i != tok.i and forms & _PLANNED:
            return "planned"
        if node.i != tok.i and node.lemma_ == "be" and tok.dep_ == "xcomp":
            return "planned"  # "a convoy which was to evacuate civilians": intended, not done
        if node.i != tok.i and forms & _ATTEMPT and tok.dep_ == "xcomp":
            return "planned"
        if (
            node.dep_
            in ("xcomp", "ccomp", "nsubj", "nsubjpass", "dobj", "conj", "acomp", "attr", "pobj", "advcl")
            and node.head.i != node.i
        ):
            if node.dep_ == "pobj" and node.head.lower_ not in ("of", "to"):
                break
            node = node.head
            hops += 1
            continue
        break
    return "asserted"
