"""Actor normalisation: a mention ("Moscow forces", "Russian-backed rebels", "nine people") to an
ACLED-style actor name with its inter code.

Needs only the mention's words (and, for noun phrases, its spaCy token), the
country and first-level region of the event's location. ACLED conventions:
state forces are "Military Forces of <Country> (<regime start>-)", inter 1 at
home and 8 (external forces) when operating in another country; Russian-backed
separatists in Donetsk/Luhansk oblasts are the people's republics, inter 2;
victims are "Civilians (<Country>)", inter 7.
"""

from __future__ import annotations

import dataclasses
import re

import pycountry
from spacy.tokens import Token

from sitrep.schema import Actor, Document

__all__ = [
    "actor_class",
    "actor_phrase",
    "agents",
    "as_government",
    "civilians",
    "country_name",
    "is_actor_word",
    "opponent",
    "resolve_actor",
    "side_of",
]

# Demonyms and metonyms -> ISO country code. Capitals stand for their state ("Moscow forces").
_NATION = {
    "russia": "RU",
    "russian": "RU",
    "russians": "RU",
    "moscow": "RU",
    "kremlin": "RU",
    "ukraine": "UA",
    "ukrainian": "UA",
    "ukrainians": "UA",
    "kyiv": "UA",
    "kiev": "UA",
    "belarus": "BY",
    "belarusian": "BY",
    "belarusians": "BY",
    "minsk": "BY",
    "american": "US",
    "u.s.": "US",
    "washington": "US",
    "british": "GB",
    "britain": "GB",
    "uk": "GB",
    "london": "GB",
    "polish": "PL",
    "poland": "PL",
    "georgian": "GE",
    "moldovan": "MD",
    "german": "DE",
    "germany": "DE",
    "french": "FR",
    "france": "FR",
    "turkish": "TR",
    "turkey": "TR",
    "israeli": "IL",
    "israel": "IL",
    "syrian": "SY",
    "syria": "SY",
    "iranian": "IR",
    "iran": "IR",
    "chechen": "RU",
}
# ACLED's regime-period suffixes for the state actors this project meets most.
_REGIME = {"RU": "2000-", "UA": "2019-", "BY": "1994-", "US": "2021-", "GB": "2019-", "PL": "2015-"}
_FORCE = {
    "force",
    "forces",
    "troop",
    "troops",
    "army",
    "military",
    "soldier",
    "soldiers",
    "serviceman",
    "servicemen",
    "artillery",
    "paratrooper",
    "marine",
    "navy",
    "unit",
    "units",
    "battalion",
    "brigade",
    "aviation",
    "jet",
    "warplane",
    "defender",
    "defenders",
    "sapper",
    "sappers",
    "deminer",
    "deminers",
    "gunner",
    "commander",
    "command",
    "shelling",
    "strike",
    "strikes",
    "airstrike",
    "attack",
    "attacks",
    "missile",
    "missiles",
    "offensive",
    "bombardment",
    "fire",
    "rocket",
    "rockets",
    "drone",
    "drones",
    "demining",
    "team",
    "teams",
    "expert",
    "experts",
    "fighter",
    "fighters",
    "tank",
    "tanks",
}
_GOVERNMENT = {
    "government",
    "authorities",
    "authority",
    "official",
    "officials",
    "ministry",
    "president",
    "prosecutor",
    "prosecutors",
    "administration",
    "governor",
    "mayor",
    "cabinet",
    "state",
}
_POLICE = {"police", "policeman", "policemen", "police officers", "guard", "guards"}
_SEPARATIST = {"separatist", "separatists", "rebel", "rebels", "militant", "militants", "proxies", "proxy"}
_OCCUPIER = {"occupier", "occupiers", "invader", "invaders", "invading", "occupying", "enemy", "aggressor"}
_CIVILIAN = {
    "civilian",
    "civilians",
    "people",
    "person",
    "resident",
    "residents",
    "child",
    "children",
    "woman",
    "women",
    "man",
    "men",
    "villager",
    "villagers",
    "family",
    "families",
    "father",
    "mother",
    "baby",
    "infant",
    "boy",
    "girl",
    "passenger",
    "passengers",
    "patient",
    "patients",
    "student",
    "students",
    "journalist",
    "journalists",
    "reporter",
    "reporters",
    "worker",
    "workers",
    "teacher",
    "doctor",
    "victim",
    "victims",
    "evacuee",
    "evacuees",
    "refugee",
    "refugees",
    "inhabitant",
    "inhabitants",
}
_AID = {"volunteer", "volunteers", "charity", "ngo", "aid", "humanitarian", "rescuer", "rescuers"}
_UNIDENTIFIED = {
    "gunman",
    "gunmen",
    "saboteur",
    "saboteurs",
    "unidentified",
    "unknown",
    "assailant",
    "assailants",
    "attacker",
    "attackers",
}
_PROTEST = {"protester", "protesters", "protestors", "demonstrator", "demonstrators"}
_RIOT = {"rioter", "rioters", "mob"}
_PEOPLES_REPUBLIC = {"Donetsk": "Donetsk People's Republic", "Luhansk": "Luhansk People's Republic"}


def country_name(code: str | None) -> str | None:
    """A short English country name for an ISO alpha-2 code ("UA" -> "Ukraine")."""
    if not code:
        return None
    entry = pycountry.countries.get(alpha_2=code.upper())
    if entry is None:
        return None
    name = getattr(entry, "common_name", None) or entry.name
    return {"Russian Federation": "Russia"}.get(name, name)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-’'/]+", text.lower().replace("'s", " ").replace("’s", " ")) if w]


def _military(code: str, where: str | None) -> Actor:
    name = country_name(code) or code
    suffix = f" ({_REGIME[code]})" if code in _REGIME else ""
    # State forces at home are inter 1; abroad ACLED codes them as external forces (8).
    inter = 1 if where is None or where == code else 8
    return Actor(name=f"Military Forces of {name}{suffix}", inter=inter)


def civilians(country_code: str | None) -> Actor:
    """The ACLED victim actor "Civilians (<Country>)" (inter 7)."""
    name = country_name(country_code)
    return Actor(name=f"Civilians ({name})" if name else "Civilians", inter=7)


def resolve_actor(
    mention: str,
    country: str | None = None,
    admin1: str | None = None,
    default_state: str | None = None,
) -> Actor | None:
    """Normalise a mention to an ACLED actor, or None when it names no actor.

    ``country``/``admin1`` locate the event (inter codes and people's republics depend on
    it); ``default_state`` (ISO code) is who "the occupiers"/"the enemy" are in this document.
    """
    words = _words(mention)
    if not words:
        return None
    wset = set(words)
    if re.search(r"\bpeoples? s? ?republic", " ".join(words)) or wset & {"dpr", "lpr"}:
        region = "Luhansk" if wset & {"luhansk", "lugansk", "lpr"} else "Donetsk"
        return Actor(name=_PEOPLES_REPUBLIC[region], inter=2, mention=mention)
    nations = [_NATION[w] for w in words if w in _NATION]
    backed = any(w in ("backed", "pro", "allied", "aligned") for w in words)
    if wset & _SEPARATIST and (backed or not nations or nations[0] == "RU"):
        if nations and nations[0] != "RU" and not backed:
            return Actor(name=f"Rebel Groups ({country_name(nations[0])})", inter=2, mention=mention)
        for region, name in _PEOPLES_REPUBLIC.items():
            if admin1 and region.lower() in admin1.lower():
                return Actor(name=name, inter=2, mention=mention)
        return Actor(name="Russian-backed separatists", inter=2, mention=mention)
    if wset & _PROTEST:
        return Actor(
            name=f"Protesters ({country_name(country) or 'International'})", inter=6, mention=mention
        )
    if wset & _RIOT:
        return Actor(name=f"Rioters ({country_name(country) or 'International'})", inter=5, mention=mention)
    if wset & _UNIDENTIFIED and not nations:
        return Actor(
            name=f"Unidentified Armed Group ({country_name(country) or 'International'})",
            inter=3,
            mention=mention,
        )
    if wset & _AID and not wset & _FORCE:
        return Actor(name="Aid workers", inter=7, mention=mention)
    if wset & _OCCUPIER and not nations and default_state:
        nations = [default_state]
    if wset & _CIVILIAN and not wset & _FORCE:
        return _with_mention(civilians(nations[0] if nations else country), mention)
    if not nations:
        return None
    code = nations[0]
    name = country_name(code) or code
    if wset & _POLICE:
        suffix = f" ({_REGIME[code]})" if code in _REGIME else ""
        return Actor(
            name=f"Police Forces of {name}{suffix}",
            inter=1 if country in (None, code) else 8,
            mention=mention,
        )
    if wset & _GOVERNMENT and not wset & _FORCE:
        suffix = f" ({_REGIME[code]})" if code in _REGIME else ""
        return Actor(
            name=f"Government of {name}{suffix}", inter=1 if country in (None, code) else 8, mention=mention
        )
    # A bare state name or demonym used as an agent of force ("Russia shelled", "the Russians").
    return _with_mention(_military(code, country), mention)


def as_government(actor: Actor) -> Actor:
    """A state named bare ("Germany has taken ...") as the agent of a political act is its government,
    not its army: ACLED's "Government of X" for sanctions, takeovers and agreements."""
    prefix = "Military Forces of "
    if not actor.name.startswith(prefix) or set(_words(actor.mention or "")) & _FORCE:
        return actor
    return dataclasses.replace(actor, name="Government of " + actor.name[len(prefix) :])


def is_actor_word(word: str) -> bool:
    """True when a head noun can name an actor (forces, officials, civilians, a nation...)."""
    w = word.lower()
    return w in _NATION or any(
        w in vocab
        for vocab in (
            _FORCE,
            _GOVERNMENT,
            _POLICE,
            _SEPARATIST,
            _OCCUPIER,
            _CIVILIAN,
            _AID,
            _UNIDENTIFIED,
            _PROTEST,
            _RIOT,
        )
    )


# Coarse actor classes for the snippet classifier's role features (the vocabularies are disjoint).
_ACTOR_CLASS: dict[str, str] = {
    **{w: "force" for w in _FORCE},
    **{w: name for name, vocab in (
        ("police", _POLICE), ("government", _GOVERNMENT), ("rebel", _SEPARATIST), ("civilian", _CIVILIAN),
        ("unidentified", _UNIDENTIFIED), ("protester", _PROTEST), ("rioter", _RIOT), ("occupier", _OCCUPIER),
    ) for w in vocab},
}


def actor_class(word: str) -> str | None:
    """The coarse class of an actor word: force, police, government, rebel, civilian, unidentified,
    protester, rioter or occupier (None for other words)."""
    return _ACTOR_CLASS.get(word.lower())


def _with_mention(actor: Actor, mention: str) -> Actor:
    return Actor(name=actor.name, inter=actor.inter, mention=mention)


def side_of(actor: Actor | None) -> str | None:
    """The state an actor fights for or with (separatists count with their backer)."""
    if actor is None:
        return None
    if actor.name in _PEOPLES_REPUBLIC.values() or actor.name == "Russian-backed separatists":
        return "RU"
    for code in set(_NATION.values()):
        name = country_name(code)
        if name and actor.inter in (1, 8) and f" of {name}" in actor.name:
            return code
    return None


def opponent(actor: Actor | None, country: str | None, parties: tuple[str, str] | None) -> Actor | None:
    """The other side of a two-party war (``parties`` = ISO codes) for a battle's second actor."""
    side = side_of(actor)
    if side is None or parties is None or side not in parties:
        return None
    other = parties[1] if side == parties[0] else parties[0]
    return _military(other, country)


def actor_phrase(tok: Token) -> tuple[str, int, int]:
    """The words naming an actor around a head noun: its compounds, adjectives, possessors and
    hyphenated modifiers ("Russian-backed separatists", "Ukraine's Defense Ministry"); with offsets."""
    keep = [tok]
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "npadvmod", "nmod") and child.i < tok.i:
            keep.extend(t for t in child.subtree if t.i < tok.i)
    for child in tok.children:
        # "the shelling by Russian forces", "forces of Ukraine"
        if child.dep_ == "prep" and child.lower_ in ("of", "by") and tok.lower_ in _FORCE | _GOVERNMENT:
            keep.extend(child.subtree)
    first = min(t.i for t in keep)
    last = max(t.i for t in keep)
    span = tok.doc[first : last + 1]
    return span.text, span.start_char, span.end_char


def _nation_agent(
    tok: Token, cues_country: str | None, admin1: str | None, default: str | None
) -> Actor | None:
    """The actor named by a token's noun phrase, if it names one."""
    if tok.pos_ == "PRON" or not (is_actor_word(tok.lower_) or tok.ent_type_ in ("GPE", "NORP", "ORG")):
        return None
    text, s, e = actor_phrase(tok)
    actor = resolve_actor(text, cues_country, admin1, default)
    return dataclasses.replace(actor, start=s, end=e) if actor else None


def _pronoun_antecedent(tok: Token) -> Token | None:
    """For "they"/"it": the subject of the nearest governing clause ("rebels said they had taken")."""
    node = tok.head
    for _ in range(4):
        for c in node.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" and c.i != tok.i and c.i < tok.i:
                return c
        if node.head.i == node.i:
            break
        node = node.head
    return None


def agents(
    doc: Document, tok: Token, country: str | None, admin1: str | None, default: str | None
) -> tuple[Actor | None, Actor | None]:
    """(actor1, actor2) from a trigger's arguments: its subject, agent or nation modifier ("Russian
    shelling"), pronouns resolved to the governing subject or the quote's speaker; its object or target."""
    a1 = a2 = None
    subj_nodes: list[Token] = []
    node = tok
    for _ in range(3):
        subj_nodes += [
            c
            for c in node.children
            if c.dep_ in ("nsubj", "agent", "poss", "amod", "compound", "npadvmod", "nmod")
        ]
        subj_nodes += [
            g
            for c in node.children
            if c.dep_ in ("agent",) or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        if subj_nodes or node.dep_ not in ("xcomp", "pcomp", "advcl", "conj") or node.head.i == node.i:
            break
        node = node.head
    for cand in subj_nodes:
        if cand.pos_ == "PRON":
            if cand.lower_ == "we":
                a1 = _speaker_actor(doc, cand.idx, country, default)
            else:
                ante = _pronoun_antecedent(cand)
                a1 = _nation_agent(ante, country, admin1, default) if ante is not None else None
        else:
            a1 = _nation_agent(cand, country, admin1, default)
        if a1 is not None:
            break
    for c in tok.children:
        targets = (
            [c]
            if c.dep_ in ("dobj", "nsubjpass")
            else [g for g in c.children if g.dep_ == "pobj"]
            if c.dep_ == "prep" and c.lower_ in ("on", "against", "with")
            else []
        )
        for t in targets:
            a2 = _nation_agent(t, country, admin1, default)
            if a2 is not None:
                break
    return a1, a2


def _speaker_actor(doc: Document, offset: int, country: str | None, default: str | None) -> Actor | None:
    for q in doc.quotes:
        if q.start <= offset < q.end and q.speaker:
            return resolve_actor(
                " ".join(x for x in (q.speaker_role, q.speaker) if x), country, None, default
            )
    return None
