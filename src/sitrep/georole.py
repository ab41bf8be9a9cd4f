"""What a place mention does in its sentence: where something happens, or who acts.

Metonymy is read from the dependency parse: a capital or country that backs,
says, accuses or obstructs ("Moscow-backed", "Moscow forces", "Britain's foreign
secretary", "Hungary ... is obstructing the deal") is an ``actor``; one that
things happen in, near or to ("in Bakhmut", "Kharkiv was shelled") is a
``location``. Used by :mod:`sitrep.geoparse`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.schema import PlaceRole

__all__ = ["place_role"]

# Nouns naming the people or bodies a place stands for ("Moscow forces", "Kyiv's allies").
_AGENT_NOUNS = {
    "force", "troop", "army", "military", "government", "official", "authority", "regime", "leader",
    "leadership", "soldier", "unit", "ministry", "minister", "diplomat", "administration", "ally",
    "president", "secretary", "envoy", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "delegation", "negotiator", "parliament", "lawmaker", "politician", "prime", "chancellor", "navy",
    "commander", "general", "intelligence", "embassy", "offensive", "advance", "aggression", "invasion",
    "war", "attack", "proposal", "decision", "position", "policy", "support", "demand", "sanction",
    "threat", "claim", "foreign", "defense", "defence", "state", "kremlin", "agency", "service",
    "separatist", "proxy", "partner", "mercenary", "fighter", "rebel", "militant", "hope", "effort",
    "interest", "plan", "strategy", "response", "refusal", "veto", "counteroffensive",
}
# Nouns naming part of a place: "Ukraine's Donbass region", "Russia's border".
_PART_NOUNS = {
    "region", "area", "territory", "city", "town", "village", "border", "east", "west", "north", "south",
    "capital", "coast", "soil", "airspace", "side", "part", "province", "oblast", "front", "frontline",
    "port", "river", "outskirts", "suburb", "center", "centre", "heartland", "land", "countryside",
    "district", "hinterland", "skies", "waters", "shore", "south-east", "northeast", "southeast",
    "northwest", "southwest", "interior", "enclave", "infrastructure", "community", "hromada", "raion",
    "municipality", "neighbourhood", "neighborhood", "settlement", "county", "vicinity", "environs",
    "microdistrict", "suburbs",
}
# Happenings a place name can modify as their site ("the Kharkiv shelling").
_EVENT_NOUNS = {
    "attack", "strike", "shelling", "bombing", "bombardment", "explosion", "blast", "fighting", "battle",
    "siege", "clash", "raid", "massacre", "killing", "shooting", "evacuation", "protest", "rally", "fire",
    "flood", "earthquake", "storm", "crash", "incident", "operation", "counteroffensive", "front", "axis",
    "direction", "sector", "area", "airport", "station", "plant", "base", "hospital", "school", "bridge",
}
# Verbs whose object is an addressee or target agent, not a site ("accused Moscow").
_AGENT_OBJECT_VERBS = {
    "accuse", "blame", "urge", "warn", "sanction", "condemn", "criticize", "criticise", "call", "ask",
    "tell", "thank", "support", "back", "pressure", "persuade", "convince", "lobby", "praise", "punish",
    "join", "ally", "arm", "supply", "fund", "help", "aid", "defeat", "recognize", "recognise",
    "trust", "deter", "provoke", "appease", "engage", "negotiate", "ban", "expel", "sue", "reassure",
}
# Subjects of these are places being described, not acting ("Bakhmut is a high-risk area").
_STATIVE_VERBS = {"be", "become", "remain", "lie", "sit", "stand", "border", "seem", "appear", "stay",
                  "fall", "burn", "suffer", "shake", "host", "have", "see", "lose", "face", "get", "come",
                  "go", "wake", "need"}
# What a country can do as a place rather than an agent ("Ukraine borders Poland").
_PLACE_VERBS = {"be", "lie", "border", "remain", "stretch", "sit", "stand", "seem", "appear"}
_COMMUNICATION = {"say", "announce", "state", "claim", "deny", "report", "insist", "warn", "declare",
                  "confirm", "reject", "accuse", "demand", "threaten", "vow", "promise", "agree",
                  "refuse", "respond", "reply", "tell", "add", "note", "argue", "admit", "urge"}
_DEALINGS = {"talk", "deal", "ally", "war", "negotiation", "agreement", "relation", "tie", "dialogue"}
_HYPHEN_ACTOR = re.compile(r"^[-‑–](?:backed|led|supported|sponsored|installed|appointed|allied|aligned|"
                           r"controlled|occupied|held|annexed|friendly|funded|armed|trained|brokered|run)\b")
_HYPHEN_ORIGIN = re.compile(r"^[-‑–]based\b")


def _head_of_mention(span: Span) -> Token:
    return span.root


def place_role(span: Span, text_after: str, polity: bool = False) -> PlaceRole:
    """The role of the place mention ``span``; ``text_after`` is the document text after it.

    ``polity``: the mention resolved to a country, which as a subject acts even with verbs
    that only describe a town ("Russia has the upper hand" vs "Bakhmut has no water").
    """
    if _HYPHEN_ACTOR.match(text_after):
        return "actor"
    if _HYPHEN_ORIGIN.match(text_after):
        return "origin"
    token = _head_of_mention(span)
    # Coordinated mentions share their first conjunct's function ("Russia and Belarus said").
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    head = token.head
    dep = token.dep_
    if dep == "poss":
        if head.lemma_.lower() in _PART_NOUNS or head.ent_type_ in ("GPE", "LOC", "FAC"):
            return "location"
        return "actor"
    if dep in ("compound", "nmod", "amod"):
        lemma = head.lemma_.lower()
        if lemma in _AGENT_NOUNS:
            return "actor"
        if lemma in {"mayor", "governor", "administrator", "resident", "native", "chief", "head", "police"}:
            return "other"
        if head.tag_ in ("NNP", "NNPS") or head.ent_type_ == "ORG":
            return "other"  # part of an organisation's name ("UK MoD", "Kyiv Independent")
        if lemma in _PART_NOUNS or lemma in _EVENT_NOUNS:
            return "location"  # "the Kyiv suburb", "the Bakhmut strike"
        return "other"  # a classifier, not a site: "US economy", "Chinese exports"
    if dep == "nsubj":
        lemma = head.lemma_.lower()
        if lemma in _COMMUNICATION:
            return "actor"
        # An active subject of a doing verb acts ("Russia withdraws", "Hungary is obstructing").
        if head.pos_ != "VERB" and not (polity and head.pos_ == "AUX" and lemma != "be"):
            return "location"
        if lemma in _STATIVE_VERBS and not (polity and lemma not in _PLACE_VERBS):
            return "location"
        return "actor"
    if dep == "dative" or (dep == "pobj" and head.lower_ == "against"):
        return "actor"  # "sell Saudi Arabia arms", "the game against Portland"
    if dep == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() not in _PART_NOUNS:
        return "actor"  # "a deal with China", "cooperation with Russia" (not "the border with")
    if dep == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
        return "actor"
    if dep == "dobj" and head.lemma_.lower() in _AGENT_OBJECT_VERBS:
        return "actor"
    if dep == "pobj" and head.lower_ in ("with", "to", "against", "from") and \
            head.head.lemma_.lower() in _AGENT_OBJECT_VERBS | _COMMUNICATION | _DEALINGS:
        return "actor"
    return "location"
