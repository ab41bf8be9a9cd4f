"""Event and actor vocabularies: ACLED types, inter codes, PLOVER types/modes, CASE 2021 labels.

Pure data and small look-ups; no I/O. ACLED names follow the ACLED codebook
(six event types, 25 sub-event types, spelled exactly as ACLED spells them).
The CASE 2021 Task 2 labels are ACLED sub-event types under short codes, plus
"unseen" out-of-ACLED classes (crime, disasters, diplomacy, attribution).
"""

from __future__ import annotations

__all__ = [
    "ACLED_TYPES",
    "CASE2021_TO_ACLED",
    "CASE2021_UNSEEN",
    "INTERVENTION_CUES",
    "INTER_CODES",
    "LETHAL_CUES",
    "NOT_MILITARY",
    "PLOVER_MODES",
    "PLOVER_TYPES",
    "REMOTE_CUES",
    "RIOT_CUES",
    "SEXUAL_CUES",
    "TRIGGERS",
    "acled_to_case2021",
    "case2021_to_acled",
    "event_type_of",
    "is_violent",
]

BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
PROTESTS = "Protests"
RIOTS = "Riots"
STRATEGIC = "Strategic developments"

#: ACLED event type -> its sub-event types, in codebook order.
ACLED_TYPES: dict[str, tuple[str, ...]] = {
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    REMOTE: (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    VAC: ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    PROTESTS: ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    RIOTS: ("Violent demonstration", "Mob violence"),
    STRATEGIC: (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

_SUB_TO_TYPE = {sub: etype for etype, subs in ACLED_TYPES.items() for sub in subs}

#: ACLED actor inter codes.
INTER_CODES: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}

#: PLOVER event types (2021 ontology).
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
    "FIGHT",
)

#: PLOVER modes sitrep codes, per type: the 2021 crosswalk's modes (CAMEO2PLOVER-2021), plus ACLED-derived
#: weapon modes for FIGHT ("artillery", "aerial", "small-arms") and "strike"/"evacuation".
PLOVER_MODES: dict[str, tuple[str, ...]] = {
    "FIGHT": ("small-arms", "artillery", "aerial", "heavy-weapons", "occupy"),
    "ASSAULT": ("abduct", "beat", "sexual", "torture", "assassinate", "explosives", "suicide-attack", "cbrn",
                "massacre"),
    "MOBILIZE": ("troops", "police", "weapons"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct"),
    "COERCE": ("arrest", "destroy", "seize", "deport", "restrict", "ban", "curfew", "martial-law"),
    "AID": ("humanitarian", "military", "evacuation"),
    "CONSULT": ("phone", "visit", "third-party"),
    "ACCUSE": ("investigate", "disapprove", "allege"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("relations", "restrict", "ban", "violence", "territory", "expel"),
    "RETREAT": ("release", "return", "access", "disarm", "ceasefire", "withdraw"),
    "SANCTION": ("withdraw", "discontinue", "expel"),
}

#: CASE 2021 Task 2 label -> (ACLED event type, sub-event type).
CASE2021_TO_ACLED: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": (BATTLES, "Armed clash"),
    "GOV_REGAINS_TERIT": (BATTLES, "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": (BATTLES, "Non-state actor overtakes territory"),
    "CHEM_WEAP": (REMOTE, "Chemical weapon"),
    "AIR_STRIKE": (REMOTE, "Air/drone strike"),
    "SUIC_BOMB": (REMOTE, "Suicide bomb"),
    "ART_MISS_ATTACK": (REMOTE, "Shelling/artillery/missile attack"),
    "REM_EXPLOS": (REMOTE, "Remote explosive/landmine/IED"),
    "GRENADE": (REMOTE, "Grenade"),
    "SEX_VIOL": (VAC, "Sexual violence"),
    "ATTACK": (VAC, "Attack"),
    "ABDUCT_DISSAP": (VAC, "Abduction/forced disappearance"),
    "PEACE_PROTEST": (PROTESTS, "Peaceful protest"),
    "PROTEST_WITH_INTER": (PROTESTS, "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": (PROTESTS, "Excessive force against protesters"),
    "VIOL_DEMONSTR": (RIOTS, "Violent demonstration"),
    "MOB_VIOL": (RIOTS, "Mob violence"),
    "AGREEMENT": (STRATEGIC, "Agreement"),
    "ARREST": (STRATEGIC, "Arrests"),
    "CHANGE_TO_GROUP_ACT": (STRATEGIC, "Change to group/activity"),
    "DISR_WEAP": (STRATEGIC, "Disrupted weapons use"),
    "HQ_ESTABLISHED": (STRATEGIC, "Headquarters or base established"),
    "PROPERTY_DISTRUCT": (STRATEGIC, "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": (STRATEGIC, "Non-violent transfer of territory"),
    "OTHER": (STRATEGIC, "Other"),
}

#: CASE 2021 labels outside ACLED's taxonomy (subtasks 2 and 3).
CASE2021_UNSEEN: tuple[str, ...] = ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB")

_ACLED_TO_CASE = {sub: code for code, (_, sub) in CASE2021_TO_ACLED.items()}


def event_type_of(sub_event_type: str) -> str:
    """The ACLED event type a sub-event type belongs to (KeyError when unknown)."""
    return _SUB_TO_TYPE[sub_event_type]


def is_violent(event_type: str) -> bool:
    """True for the political-violence types (not demonstrations or strategic developments)."""
    return event_type in (BATTLES, REMOTE, VAC)


def case2021_to_acled(code: str) -> tuple[str, str] | None:
    """(event type, sub-event type) for a CASE 2021 label; None for the out-of-ACLED classes."""
    return CASE2021_TO_ACLED.get(code.strip().upper())


def acled_to_case2021(sub_event_type: str) -> str | None:
    """The CASE 2021 label for an ACLED sub-event type (the codebook's "protestors" spelling too)."""
    return _ACLED_TO_CASE.get(sub_event_type.replace("protestors", "protesters"))


# --- Trigger lexicon: lemma -> trigger class. Classes are typed by :mod:`sitrep.events` with the cues below.
TRIGGERS: dict[str, str] = {
    # remote violence
    "shell": "remote",
    "shelling": "remote",
    "bombard": "remote",
    "bombardment": "remote",
    "barrage": "remote",
    "missile": "remote",
    "rocket": "remote",
    "strike": "remote",
    "airstrike": "remote",
    "bomb": "remote",
    "bombing": "remote",
    "explosion": "remote",
    "blast": "remote",
    "explode": "remote",
    "detonate": "remote",
    "pound": "remote",
    "fire": "remote",
    "blow": "remote",
    "hit": "remote",
    "raid": "remote",
    "attack": "attack",
    # battles
    "fight": "battle",
    "fighting": "battle",
    "clash": "battle",
    "battle": "battle",
    "combat": "battle",
    "skirmish": "battle",
    "firefight": "battle",
    "gunfight": "battle",
    "ambush": "battle",
    "repel": "battle",
    "repulse": "battle",
    "counterattack": "battle",
    "counteroffensive": "battle",
    "assault": "battle",
    # territory
    "capture": "take",
    "seize": "take",
    "overrun": "take",
    "occupy": "take",
    "take": "take",
    "fall": "take",
    "lose": "lose",
    "retake": "retake",
    "recapture": "retake",
    "liberate": "retake",
    "regain": "retake",
    # violence against civilians
    "kill": "kill",
    "die": "kill",
    "murder": "kill",
    "execute": "kill",
    "massacre": "kill",
    "shoot": "kill",
    "torture": "kill",
    "abduct": "abduct",
    "kidnap": "abduct",
    "abduction": "abduct",
    "rape": "sexual",
    # demonstrations
    "protest": "protest",
    "demonstrate": "protest",
    "demonstration": "protest",
    "rally": "protest",
    "protester": "protest",
    "protestor": "protest",
    "demonstrator": "protest",
    "march": "protest",
    "rioter": "riot",
    "riot": "riot",
    "rioting": "riot",
    "lynch": "mob",
    # strategic developments
    "demine": "demine",
    "demining": "demine",
    "defuse": "demine",
    "confiscate": "demine",
    "cache": "demine",
    "establish": "hq",
    "sign": "agree",
    "agreement": "agree",
    "intercept": "intercept",
    "deploy": "mobilize",
    "deployment": "mobilize",
    "send": "mobilize",
    "mobilize": "mobilize",
    "mobilise": "mobilize",
    "mobilization": "mobilize",
    "mass": "mobilize",
    "reinforce": "mobilize",
    "evacuate": "evacuate",
    "evacuation": "evacuate",
    "arrest": "arrest",
    "detain": "arrest",
    "ceasefire": "agree",
    "truce": "agree",
    "swap": "agree",
    "exchange": "agree",
    "loot": "loot",
    "looting": "loot",
    "torch": "loot",
    "sanction": "sanction",
    "grave": "grave",
    "embargo": "sanction",
}

#: Instrument cues deciding the remote-violence sub-type, strongest first.
REMOTE_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "Chemical weapon",
        frozenset({"chemical", "chlorine", "sarin", "mustard", "toxic", "nerve", "poison gas"}),
    ),
    ("Suicide bomb", frozenset({"suicide", "self-detonate"})),
    (
        "Remote explosive/landmine/IED",
        frozenset(
            {
                "mine",
                "landmine",
                "ied",
                "roadside",
                "booby",
                "tripwire",
                "car bomb",
                "explosive device",
                "improvised",
            }
        ),
    ),
    ("Grenade", frozenset({"grenade"})),
    (
        "Air/drone strike",
        frozenset(
            {
                "airstrike",
                "air strike",
                "air raid",
                "aircraft",
                "jet",
                "warplane",
                "helicopter",
                "bomber",
                "drone",
                "uav",
                "kamikaze",
                "shahed",
                "aviation",
                "aerial",
                "air force",
                "airstrikes",
                "helicopters",
            }
        ),
    ),
)
#: Cues that a protest met intervention or lethal force.
INTERVENTION_CUES = frozenset(
    {
        "disperse",
        "tear",
        "teargas",
        "arrest",
        "detain",
        "baton",
        "water cannon",
        "rubber",
        "break up",
        "crack down",
        "crackdown",
    }
)
#: Cues that a demonstration turned violent (a riot rather than a protest).
RIOT_CUES = frozenset(
    {
        "stone",
        "pelt",
        "torch",
        "vandalize",
        "vandalise",
        "smash",
        "loot",
        "arson",
        "petrol",
        "molotov",
        "clash",
        "hurl",
        "throw",
        "burn",
        "set fire",
        "ransack",
    }
)
#: Cues of sexual violence, whatever the trigger verb.
SEXUAL_CUES = frozenset({"rape", "raped", "sexual", "sexually", "molest", "molested"})
LETHAL_CUES = frozenset({"kill", "shoot", "dead", "death", "live ammunition", "die"})
#: Words that make "strike"/"hit"/"fire"/"take"/"send"/"mass"/"exchange" non-violent or non-military.
NOT_MILITARY = frozenset(
    {
        "deal",
        "agreement",
        "balance",
        "chord",
        "note",
        "tone",
        "record",
        "market",
        "price",
        "inflation",
        "headline",
        "power",
        "office",
        "part",
        "place",
        "step",
        "steps",
        "time",
        "look",
        "advantage",
        "message",
        "signal",
        "letter",
        "money",
        "email",
        "hunger",
        "worker",
        "workers",
        "union",
        "support",
        "fear",
        "concern",
        "hope",
        "question",
        "interest",
        "blow",
    }
)
