"""PLOVER 2021 word lists for the sentence coder (:mod:`sitrep.plover`): pure data, no I/O.

Written from the PLOVER/CAMEO codebook definitions (the CAMEO code descriptions of the official
CAMEO -> PLOVER-2021 crosswalk: "Express intent to cooperate", "Demand release of persons",
"Reduce or break diplomatic relations", ...) and general English, one list per category. The violent
categories (FIGHT, ASSAULT, most of PROTEST, arrests, deployments) come from :data:`sitrep.taxonomy.TRIGGERS`
through :mod:`sitrep.triggers`; only words that list lacks are added here.

Each entry maps a lemma to (PLOVER type, mode or None). Frames (:data:`THREATEN_VERBS`,
:data:`REJECT_VERBS`, :data:`REQUEST_VERBS`, :data:`INTENT_WORDS`) take a complement and decide the
type themselves; the complement only gives the mode.
"""

from __future__ import annotations

__all__ = [
    "ASPECT_VERBS",
    "COOPERATIVE",
    "FREEING",
    "INTENT_WORDS",
    "LIGHT_VERBS",
    "NEEDS_AID_OBJECT",
    "NOUNS",
    "PARTICLE_VERBS",
    "REJECT_VERBS",
    "REQUEST_VERBS",
    "RELATIONS_OBJECTS",
    "SPEECH_VERBS",
    "THREATEN_VERBS",
    "VERBS",
    "VIOLENT",
    "AID_OBJECTS",
    "INCREASE_VERBS",
    "INTELLIGENCE_OBJECTS",
    "REDUCE_VERBS",
    "REVERSING_VERBS",
    "THREAT_INTENT",
    "TIES_VERBS",
]

Code = tuple[str, str | None]

#: "threaten to strike", "warned that it would retaliate": THREATEN whatever the complement.
THREATEN_VERBS = frozenset({"threaten", "warn", "caution", "menace", "ultimatum"})
#: "refused to release", "rejected the proposal", "denied that": REJECT.
REJECT_VERBS = frozenset(
    {"reject", "refuse", "deny", "decline", "rebuff", "dismiss", "spurn", "veto", "repudiate", "defy",
     "snub", "disregard", "flout", "ignore", "resist", "refute", "oppose"}
)
#: "demanded", "urged", "called for", "appealed to": REQUEST.
REQUEST_VERBS = frozenset(
    {"demand", "urge", "appeal", "ask", "request", "press", "plead", "petition", "implore", "beg",
     "exhort", "entreat", "lobby", "insist", "seek", "solicit"}
)
#: Intent to cooperate (CAMEO 03 "Express intent to ..."): AGREE, with the intended act as complement.
INTENT_WORDS = frozenset(
    {"agree", "pledge", "promise", "offer", "commit", "consent", "undertake", "vow", "willing", "ready",
     "prepared", "propose", "volunteer", "intend", "plan", "decide", "accept", "determined"}
)
#: Intent words that turn a violent complement into a threat ("vowed to retaliate").
THREAT_INTENT = frozenset({"vow", "pledge", "promise", "determined", "ready", "prepared", "plan", "intend"})
#: Verbs that report another act: the act is in their clausal complement or object.
SPEECH_VERBS = frozenset(
    {"say", "tell", "announce", "report", "state", "add", "claim", "quote", "indicate", "confirm",
     "disclose", "reveal", "note", "stress", "explain", "believe", "think", "write", "reiterate",
     "repeat", "assert", "declare", "emphasize", "emphasise", "insist", "suggest", "affirm", "signal",
     "make", "express", "voice", "reaffirm", "argue", "maintain", "predict", "hint", "acknowledge"}
)
#: Verbs whose object names the act ("staged a protest", "imposed a curfew", "held talks").
LIGHT_VERBS = frozenset(
    {"hold", "stage", "launch", "make", "issue", "lodge", "file", "impose", "declare", "reach", "conduct",
     "carry", "express", "voice", "announce", "give", "extend", "mount", "organize", "organise", "begin",
     "start", "open", "resume", "complete", "conclude", "order", "call", "go", "take", "initiate",
     "step", "intensify", "escalate", "renew", "continue", "end", "finish", "have", "set",
     "put", "keep", "remain", "lead", "join", "institute", "enforce", "introduce", "observe", "establish",
     "offer", "grant", "provide", "receive", "get", "pay", "send", "sign", "accept", "press", "bring",
     "use", "employ", "adopt", "pass", "enact", "slap", "level", "apply", "hurl", "show", "raise"}
)
#: Aspectual verbs: the act is their infinitive complement ("began to withdraw").
ASPECT_VERBS = frozenset({"begin", "start", "continue", "resume", "keep", "try", "attempt", "move", "act",
                          "proceed", "manage", "seem", "appear", "go", "come", "want", "hope", "seek",
                          "need", "expect", "be", "have", "order", "instruct", "authorize", "authorise"})

#: PLOVER types of cooperation: negated, they read as REJECT; intended, as AGREE.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
#: Violent types: intended or announced, they read as THREATEN.
VIOLENT = frozenset({"FIGHT", "ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
#: Acts that give something back: asked for or refused, the mode is "yield".
FREEING = frozenset({"RETREAT", "CONCEDE"})

#: "give"/"provide"/"send"... are aid only with one of these as object.
NEEDS_AID_OBJECT = frozenset({"give", "provide", "send", "grant", "supply", "deliver", "ship", "contribute",
                              "offer", "extend", "allocate", "approve", "pledge", "dispatch", "airlift",
                              "channel", "earmark", "pay", "transfer", "receive"})
AID_OBJECTS = frozenset(
    {"aid", "assistance", "food", "medicine", "loan", "grant", "dollar", "money", "fund", "supply",
     "asylum", "help", "relief", "credit", "medicines", "blanket", "tent", "shelter", "drug", "equipment",
     "cash", "subsidy", "donation", "support", "vaccine", "water", "fuel", "wheat", "rice", "grain",
     "ton", "tonne", "million", "billion", "euro", "pound", "yen", "franc", "package",
     "weapon", "arms", "arm", "ammunition", "peacekeeper", "troop", "expertise", "advisor", "adviser"}
)
#: Objects that make "give/provide/share" intelligence cooperation (CAMEO 064), not aid.
INTELLIGENCE_OBJECTS = frozenset({"intelligence", "information", "data", "photograph", "evidence", "photo"})
#: Verbs that undo what their object names: "cancelled the visit", "lifted the ban", "called off the strike".
REVERSING_VERBS = frozenset({"cancel", "end", "halt", "suspend", "stop", "scrap", "abandon", "revoke",
                             "annul", "rescind", "repeal", "lift", "ease", "relax", "drop", "shorten",
                             "postpone", "call", "break", "abolish", "withdraw"})
#: Verbs that make (diplomatic) ties: "established/restored relations" is SUPPORT (CAMEO 050).
TIES_VERBS = frozenset({"establish", "restore", "normalize", "normalise", "resume", "renew"})
#: Verbs that increase forces: with troops or police as object, MOBILIZE (CAMEO 153/154).
INCREASE_VERBS = frozenset({"increase", "boost", "bolster", "strengthen", "expand", "double", "triple"})
#: Verbs that reduce or withhold: with aid as object, SANCTION discontinue (CAMEO 162).
REDUCE_VERBS = frozenset({"reduce", "cut", "slash", "withhold", "stop", "halt", "suspend", "freeze", "end",
                          "prohibit", "ban", "block", "deny", "curtail"})
#: Objects that make "break/cut/sever/suspend/recall/expel" a reduction of relations (SANCTION).
RELATIONS_OBJECTS = frozenset(
    {"relation", "relations", "tie", "ties", "link", "contact", "talk", "talks", "negotiation", "dialogue",
     "ambassador", "envoy", "diplomat", "embassy", "mission", "consulate", "aid", "assistance", "cooperation",
     "membership", "mediation", "inspector", "observer", "peacekeeper", "monitor", "staff", "attache",
     "representative", "delegation", "chargé", "charge", "agreement", "treaty", "accord", "program",
     "programme", "exchange", "trade", "investment", "loan", "credit", "funding", "flight"}
)

#: Phrasal verbs: (verb, particle) -> code ("pull out", "hand over", "step down").
PARTICLE_VERBS: dict[tuple[str, str], Code] = {
    ("pull", "out"): ("RETREAT", "withdraw"),
    ("pull", "back"): ("RETREAT", "withdraw"),
    ("move", "out"): ("RETREAT", "withdraw"),
    ("hand", "over"): ("RETREAT", "return"),
    ("hand", "back"): ("RETREAT", "return"),
    ("give", "back"): ("RETREAT", "return"),
    ("give", "up"): ("CONCEDE", None),
    ("back", "down"): ("CONCEDE", None),
    ("step", "down"): ("CONCEDE", None),
    ("stand", "down"): ("RETREAT", "disarm"),
    ("lay", "down"): ("RETREAT", "disarm"),
    ("set", "free"): ("RETREAT", "release"),
    ("let", "go"): ("RETREAT", "release"),
    ("crack", "down"): ("COERCE", None),
    ("round", "up"): ("COERCE", "arrest"),
    ("lock", "up"): ("COERCE", "arrest"),
    ("shut", "down"): ("COERCE", "restrict"),
    ("close", "down"): ("COERCE", "restrict"),
    ("break", "off"): ("SANCTION", "withdraw"),
    ("cut", "off"): ("SANCTION", "discontinue"),
    ("walk", "out"): ("PROTEST", "boycott"),
    ("call", "up"): ("MOBILIZE", "troops"),
    ("build", "up"): ("MOBILIZE", "troops"),
    ("beef", "up"): ("MOBILIZE", "troops"),
    ("step", "up"): ("MOBILIZE", None),
    ("rule", "out"): ("REJECT", None),
    ("turn", "down"): ("REJECT", None),
    ("stand", "by"): ("SUPPORT", None),
    ("speak", "out"): ("ACCUSE", "disapprove"),
    ("look", "into"): ("ACCUSE", "investigate"),
    ("blow", "up"): ("ASSAULT", "explosives"),
    ("beat", "up"): ("ASSAULT", "beat"),
    ("open", "up"): ("RETREAT", "access"),
    ("sit", "down"): ("CONSULT", None),
    ("call", "off"): ("CONCEDE", None),
    ("push", "for"): ("REQUEST", None),
}

#: Verb lemmas -> code (the violent ones are read through sitrep.triggers first).
VERBS: dict[str, Code] = {
    # AGREE: agreements and settling disputes
    "sign": ("AGREE", None),
    "ratify": ("AGREE", None),
    "settle": ("AGREE", None),
    "reconcile": ("AGREE", None),
    # CONSULT: meetings, visits, talks, mediation
    "meet": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "host": ("CONSULT", "visit"),
    "tour": ("CONSULT", "visit"),
    "arrive": ("CONSULT", "visit"),
    "travel": ("CONSULT", "visit"),
    "talk": ("CONSULT", None),
    "discuss": ("CONSULT", None),
    "negotiate": ("CONSULT", None),
    "consult": ("CONSULT", None),
    "confer": ("CONSULT", None),
    "mediate": ("CONSULT", "third-party"),
    "telephone": ("CONSULT", "phone"),
    "phone": ("CONSULT", "phone"),
    # SUPPORT: praise, endorsement, verbal defence, recognition, apology, forgiveness
    "praise": ("SUPPORT", None),
    "endorse": ("SUPPORT", None),
    "support": ("SUPPORT", None),
    "back": ("SUPPORT", None),
    "welcome": ("SUPPORT", None),
    "commend": ("SUPPORT", None),
    "hail": ("SUPPORT", None),
    "laud": ("SUPPORT", None),
    "applaud": ("SUPPORT", None),
    "congratulate": ("SUPPORT", None),
    "thank": ("SUPPORT", None),
    "defend": ("SUPPORT", None),
    "apologize": ("SUPPORT", None),
    "apologise": ("SUPPORT", None),
    "forgive": ("SUPPORT", None),
    "recognize": ("SUPPORT", None),
    "recognise": ("SUPPORT", None),
    "approve": ("SUPPORT", None),
    "salute": ("SUPPORT", None),
    "vouch": ("SUPPORT", None),
    # COOPERATE: material, judicial and intelligence cooperation
    "cooperate": ("COOPERATE", None),
    "co-operate": ("COOPERATE", None),
    "collaborate": ("COOPERATE", None),
    "extradite": ("COOPERATE", None),
    "share": ("COOPERATE", None),
    "coordinate": ("COOPERATE", None),
    "partner": ("COOPERATE", None),
    "ally": ("COOPERATE", None),
    # AID: economic, military, humanitarian aid, asylum (give/provide/send need an aid object)
    "aid": ("AID", None),
    "donate": ("AID", None),
    "assist": ("AID", None),
    "help": ("AID", None),
    "fund": ("AID", None),
    "finance": ("AID", None),
    "lend": ("AID", None),
    "loan": ("AID", None),
    "airlift": ("AID", "humanitarian"),
    "rescue": ("AID", "humanitarian"),
    "shelter": ("AID", "humanitarian"),
    # CONCEDE: yield, ease restrictions, accede to demands
    "yield": ("CONCEDE", None),
    "concede": ("CONCEDE", None),
    "relent": ("CONCEDE", None),
    "accede": ("CONCEDE", None),
    "comply": ("CONCEDE", None),
    "capitulate": ("CONCEDE", None),
    "ease": ("CONCEDE", None),
    "relax": ("CONCEDE", None),
    "lift": ("CONCEDE", None),
    "legalize": ("CONCEDE", None),
    "legalise": ("CONCEDE", None),
    "allow": ("CONCEDE", None),
    "permit": ("CONCEDE", None),
    "pardon": ("CONCEDE", None),
    "resign": ("CONCEDE", None),
    "abdicate": ("CONCEDE", None),
    "reinstate": ("CONCEDE", None),
    "unban": ("CONCEDE", None),
    "restore": ("CONCEDE", None),
    # RETREAT: release, return, withdraw, disarm, ceasefire, access
    "release": ("RETREAT", "release"),
    "free": ("RETREAT", "release"),
    "return": ("RETREAT", "return"),
    "repatriate": ("RETREAT", "return"),
    "withdraw": ("RETREAT", "withdraw"),
    "retreat": ("RETREAT", "withdraw"),
    "disarm": ("RETREAT", "disarm"),
    "demobilize": ("RETREAT", "disarm"),
    "demobilise": ("RETREAT", "disarm"),
    "demilitarize": ("RETREAT", "disarm"),
    "surrender": ("RETREAT", "disarm"),
    "reopen": ("RETREAT", "access"),
    "admit": ("RETREAT", "access"),
    # ACCUSE: disapproval, accusation, complaint, lawsuit, investigation
    "accuse": ("ACCUSE", "allege"),
    "allege": ("ACCUSE", "allege"),
    "blame": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"),
    "sue": ("ACCUSE", "allege"),
    "complain": ("ACCUSE", "allege"),
    "summon": ("ACCUSE", "allege"),
    "condemn": ("ACCUSE", "disapprove"),
    "criticize": ("ACCUSE", "disapprove"),
    "criticise": ("ACCUSE", "disapprove"),
    "denounce": ("ACCUSE", "disapprove"),
    "deplore": ("ACCUSE", "disapprove"),
    "decry": ("ACCUSE", "disapprove"),
    "slam": ("ACCUSE", "disapprove"),
    "censure": ("ACCUSE", "disapprove"),
    "rebuke": ("ACCUSE", "disapprove"),
    "reprimand": ("ACCUSE", "disapprove"),
    "chide": ("ACCUSE", "disapprove"),
    "castigate": ("ACCUSE", "disapprove"),
    "lambast": ("ACCUSE", "disapprove"),
    "assail": ("ACCUSE", "disapprove"),
    "object": ("ACCUSE", "disapprove"),
    "disapprove": ("ACCUSE", "disapprove"),
    "convict": ("ACCUSE", "disapprove"),
    "protest": ("ACCUSE", "disapprove"),  # verbal protest; street protest is read through triggers
    "investigate": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
    "inquire": ("ACCUSE", "investigate"),
    "examine": ("ACCUSE", "investigate"),
    # PROTEST: street forms (the trigger list reads them only without an object) and non-violent forms
    "demonstrate": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"),
    "boycott": ("PROTEST", "boycott"),
    "picket": ("PROTEST", "demo"),
    "block": ("PROTEST", "obstruct"),
    "barricade": ("PROTEST", "obstruct"),
    "obstruct": ("PROTEST", "obstruct"),
    "stone": ("PROTEST", "riot"),
    # MOBILIZE: alert, build-up
    "alert": ("MOBILIZE", "troops"),
    "station": ("MOBILIZE", "troops"),
    "muster": ("MOBILIZE", "troops"),
    # SANCTION: reduce or break relations, stop aid, expel
    "sanction": ("SANCTION", None),
    "embargo": ("SANCTION", None),
    "sever": ("SANCTION", "withdraw"),
    "recall": ("SANCTION", "withdraw"),
    "downgrade": ("SANCTION", "withdraw"),
    "suspend": ("SANCTION", "discontinue"),
    "freeze": ("SANCTION", "discontinue"),
    "halt": ("SANCTION", "discontinue"),
    "expel": ("COERCE", "deport"),  # people; diplomats or missions make it SANCTION expel
    # COERCE: arrest, seize, restrict, ban, curfew, deport, occupy, destroy
    "jail": ("COERCE", "arrest"),
    "imprison": ("COERCE", "arrest"),
    "indict": ("COERCE", "arrest"),
    "sentence": ("COERCE", "arrest"),
    "confiscate": ("COERCE", "seize"),
    "impound": ("COERCE", "seize"),
    "expropriate": ("COERCE", "seize"),
    "nationalize": ("COERCE", "seize"),
    "nationalise": ("COERCE", "seize"),
    "annex": ("COERCE", "seize"),
    "ban": ("COERCE", "ban"),
    "outlaw": ("COERCE", "ban"),
    "prohibit": ("COERCE", "ban"),
    "censor": ("COERCE", "restrict"),
    "restrict": ("COERCE", "restrict"),
    "curb": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"),
    "besiege": ("COERCE", "restrict"),
    "close": ("COERCE", "restrict"),
    "deport": ("COERCE", "deport"),
    "exile": ("COERCE", "deport"),
    "banish": ("COERCE", "deport"),
    "demolish": ("COERCE", "destroy"),
    "bulldoze": ("COERCE", "destroy"),
    "raze": ("COERCE", "destroy"),
    "destroy": ("COERCE", "destroy"),
    "disperse": ("COERCE", None),
    "suppress": ("COERCE", None),
    "repress": ("COERCE", None),
    # ASSAULT / FIGHT words the trigger list lacks
    "assassinate": ("ASSAULT", "assassinate"),
    "hijack": ("ASSAULT", "abduct"),
    "stab": ("ASSAULT", "beat"),
    "beat": ("ASSAULT", "beat"),
    "behead": ("ASSAULT", "assassinate"),
    "invade": ("FIGHT", "occupy"),
    # read here too: the trigger list drops them when the object is a civilian word ("aid workers")
    "kidnap": ("ASSAULT", "abduct"),
    "abduct": ("ASSAULT", "abduct"),
    "rape": ("ASSAULT", "sexual"),
    "torture": ("ASSAULT", "torture"),
    "murder": ("ASSAULT", None),
    "lynch": ("ASSAULT", "beat"),
    "massacre": ("ASSAULT", "massacre"),
    "bomb": ("FIGHT", "aerial"),
}

#: Noun lemmas -> code, read when a light verb, a frame or nothing else governs them.
NOUNS: dict[str, Code] = {
    "agreement": ("AGREE", None),
    "accord": ("AGREE", None),
    "deal": ("AGREE", None),
    "treaty": ("AGREE", None),
    "pact": ("AGREE", None),
    "settlement": ("AGREE", None),
    "pledge": ("AGREE", None),
    "promise": ("AGREE", None),
    "offer": ("AGREE", None),
    "commitment": ("AGREE", None),
    "memorandum": ("AGREE", None),
    "talks": ("CONSULT", None),
    "talk": ("CONSULT", None),
    "meeting": ("CONSULT", None),
    "visit": ("CONSULT", "visit"),
    "trip": ("CONSULT", "visit"),
    "tour": ("CONSULT", "visit"),
    "negotiation": ("CONSULT", None),
    "discussion": ("CONSULT", None),
    "summit": ("CONSULT", None),
    "consultation": ("CONSULT", None),
    "mediation": ("CONSULT", "third-party"),
    "conference": ("CONSULT", None),
    "conversation": ("CONSULT", "phone"),
    "support": ("SUPPORT", None),
    "praise": ("SUPPORT", None),
    "endorsement": ("SUPPORT", None),
    "recognition": ("SUPPORT", None),
    "apology": ("SUPPORT", None),
    "backing": ("SUPPORT", None),
    "solidarity": ("SUPPORT", None),
    "cooperation": ("COOPERATE", None),
    "co-operation": ("COOPERATE", None),
    "collaboration": ("COOPERATE", None),
    "partnership": ("COOPERATE", None),
    "alliance": ("COOPERATE", None),
    "extradition": ("COOPERATE", None),
    "exercise": ("COOPERATE", None),
    "aid": ("AID", None),
    "assistance": ("AID", None),
    "relief": ("AID", "humanitarian"),
    "donation": ("AID", None),
    "loan": ("AID", None),
    "asylum": ("AID", None),
    "concession": ("CONCEDE", None),
    "amnesty": ("CONCEDE", None),
    "pardon": ("CONCEDE", None),
    "resignation": ("CONCEDE", None),
    "release": ("RETREAT", "release"),
    "withdrawal": ("RETREAT", "withdraw"),
    "pullout": ("RETREAT", "withdraw"),
    "retreat": ("RETREAT", "withdraw"),
    "ceasefire": ("RETREAT", "ceasefire"),
    "cease-fire": ("RETREAT", "ceasefire"),
    "truce": ("RETREAT", "ceasefire"),
    "armistice": ("RETREAT", "ceasefire"),
    "surrender": ("RETREAT", "disarm"),
    "repatriation": ("RETREAT", "return"),
    "disarmament": ("RETREAT", "disarm"),
    "demobilization": ("RETREAT", "disarm"),
    "accusation": ("ACCUSE", "allege"),
    "allegation": ("ACCUSE", "allege"),
    "charge": ("ACCUSE", "allege"),
    "complaint": ("ACCUSE", "allege"),
    "lawsuit": ("ACCUSE", "allege"),
    "suit": ("ACCUSE", "allege"),
    "criticism": ("ACCUSE", "disapprove"),
    "condemnation": ("ACCUSE", "disapprove"),
    "denunciation": ("ACCUSE", "disapprove"),
    "investigation": ("ACCUSE", "investigate"),
    "inquiry": ("ACCUSE", "investigate"),
    "enquiry": ("ACCUSE", "investigate"),
    "probe": ("ACCUSE", "investigate"),
    "rejection": ("REJECT", None),
    "refusal": ("REJECT", None),
    "veto": ("REJECT", None),
    "denial": ("REJECT", None),
    "demand": ("REQUEST", None),
    "appeal": ("REQUEST", None),
    "request": ("REQUEST", None),
    "call": ("REQUEST", None),
    "plea": ("REQUEST", None),
    "petition": ("REQUEST", None),
    "threat": ("THREATEN", None),
    "warning": ("THREATEN", None),
    "ultimatum": ("THREATEN", "relations"),
    "strike": ("PROTEST", "strike"),  # a labour strike; air strikes are read through triggers first
    "walkout": ("PROTEST", "strike"),
    "boycott": ("PROTEST", "boycott"),
    "sit-in": ("PROTEST", "obstruct"),
    "blockade": ("COERCE", "restrict"),
    "alert": ("MOBILIZE", "troops"),
    "buildup": ("MOBILIZE", "troops"),
    "build-up": ("MOBILIZE", "troops"),
    "sanction": ("SANCTION", None),
    "sanctions": ("SANCTION", None),
    "embargo": ("SANCTION", None),
    "arrest": ("COERCE", "arrest"),
    "detention": ("COERCE", "arrest"),
    "ban": ("COERCE", "ban"),
    "curfew": ("COERCE", "curfew"),
    "crackdown": ("COERCE", None),
    "siege": ("COERCE", "restrict"),
    "seizure": ("COERCE", "seize"),
    "confiscation": ("COERCE", "seize"),
    "deportation": ("COERCE", "deport"),
    "censorship": ("COERCE", "restrict"),
    "restriction": ("COERCE", "restrict"),
    "emergency": ("COERCE", "martial-law"),
    "law": ("COERCE", "martial-law"),  # only as "martial law" (checked by the coder)
    "occupation": ("COERCE", "seize"),
    "annexation": ("COERCE", "seize"),
    "demolition": ("COERCE", "destroy"),
    "assassination": ("ASSAULT", "assassinate"),
    "hijacking": ("ASSAULT", "abduct"),
    "invasion": ("FIGHT", "occupy"),
    "suspension": ("SANCTION", "discontinue"),
    "severance": ("SANCTION", "withdraw"),
    "expulsion": ("SANCTION", "expel"),
    "protest": ("PROTEST", "demo"),
    "demonstration": ("PROTEST", "demo"),
    "rally": ("PROTEST", "demo"),
    "march": ("PROTEST", "demo"),
    "riot": ("PROTEST", "riot"),
}
