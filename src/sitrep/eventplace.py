"""Where an event happened: the place(s) a trigger reports, and ACLED's geo-precision.

Needs ``doc.places`` (geoparsed, with roles), ``doc.quotes`` and the spaCy parse. Gives the places
a trigger's clause puts it at (:func:`choose_places`: its own phrase first, then the clause, and one
per place of a coordinated list, as ACLED codes one event per location), the place a quote's speaker
or the paragraph before supplies when the clause names none, the ACLED ``geo_precision`` and the
record's :class:`~sitrep.schema.Location`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.schema import Document, Location, Place
from sitrep.triggers import accused_of

__all__ = ["choose_places", "context_place", "is_vague", "location_of", "origins_only", "place_precision",
           "speaker_place"]

_NEAR = {
    "near",
    "outside",
    "outskirts",
    "around",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "vicinity",
    "close",
}
_REGION_WORDS = {"region", "oblast", "province", "area", "district", "regions"}


def is_vague(p: Place) -> bool:
    return (p.feature_code or "").upper().startswith(("PCL", "CONT", "RGN", "ADM1", "AREA"))


def choose_places(doc: Document, parsed: SpacyDoc, tok: Token, places: list[Place]) -> list[Place]:
    """The trigger's location(s): the most specific place in its own phrase, then in its clause, then
    (for verbs) in the sentence; coordinated places each get one ("Severodonetsk and nearby Lysychansk")."""
    if not places:
        return []
    roots = {}
    for p in places:
        span = parsed.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None:
            roots[p] = span.root
    # Places a projectile comes from are its origin, not where the event happened.
    roots = {p: r for p, r in roots.items() if not _origin(r)}
    clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    # A verb's own phrase stops at a coordinated verb: "fired at Slovyansk ... and hit Kramatorsk".
    own = {t.i for t in tok.subtree} - {
        t.i for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" for t in c.subtree
    }
    scopes = [own]
    anaphoric = (
        tok.pos_ == "NOUN"
        and any(c.lower_ in ("the", "this", "that", "these", "those") for c in tok.children)
        # ... unless the clause is about where it is: "the heaviest fights are in Lyman"
        and not (tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _WHERE_VERBS)
        and accused_of(tok) is None  # "blamed Kyiv for the murder": the blame's clause places it
    )
    if clause is not None and not anaphoric:
        scopes.append({t.i for t in clause.subtree})
    if not anaphoric and (tok.pos_ == "VERB" or len([p for p in places if not is_vague(p)]) == 1):
        scopes.append({r.i for r in roots.values()})
    fallback: list[Place] = []
    for scope in scopes:
        hit = [p for p in places if p in roots and roots[p].i in scope]
        specific = [p for p in hit if not is_vague(p)]
        pool = specific or hit
        if not pool:
            continue
        # Heads before modifiers ("the Kyiv suburb of Horenka" -> Horenka), then the nearest.
        first = min(
            pool, key=lambda p: (roots[p].dep_ in ("compound", "amod", "poss"), abs(p.start - tok.idx))
        )
        conj = {t.i for t in roots[first].conjuncts}
        group = [first] + [p for p in pool if p is not first and roots[p].i in conj]
        listed = _listed_after(doc, parsed, first, [p for p in places if p in roots])
        group += [p for p in listed if p not in group]
        if specific:
            return sorted(group, key=lambda p: p.start)
        fallback = fallback or sorted(group, key=lambda p: p.start)
    return fallback


# Verbs whose subject happening is placed by the clause ("the battle raged in Bakhmut").
_WHERE_VERBS = {"be", "continue", "rage", "intensify", "escalate", "erupt", "break", "take", "go", "spread"}
# A place named only as a bearing for another ("Chernihiv, north of Kyiv", "30km from the border").
_REFERENCE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:north|south|east|west))?(?:ern)?\s+of|\bnear|\bfrom|\boutside"
    r"|\bclose\s+to|\boutskirts\s+of|\bkm\b[^,.]{0,20}?\b(?:from|of))\s+(?:the\s+)?$",
    re.I,
)
# An aside between two items of a list: ", where one person died,", ", north of Kyiv,".
_ASIDE = re.compile(r",[^,]*,")
# Words that can stand between listed places besides determiners, adjectives and conjunctions.
_LIST_NOUNS = {
    "city", "town", "village", "region", "oblast", "province", "district", "area", "community",
    "settlement", "port", "capital", "suburb", "outskirts", "neighbourhood", "neighborhood",
}


def _listed_after(doc: Document, parsed: SpacyDoc, first: Place, places: list[Place]) -> list[Place]:
    """Places listed after ``first`` in the same sentence ("the central city of Cherkasy, where one
    person died, and the north-eastern Kharkiv region"): ACLED codes one event per location, and
    the small parser often misses the coordination."""
    out: list[Place] = []
    prev = first
    for p in sorted((p for p in places if p.start >= first.end), key=lambda p: p.start):
        if (p.feature_code or "").upper().startswith(("PCL", "CONT", "RGN")):
            break  # "in Kyiv and across Ukraine": the country frames the list, it is not an item
        if _REFERENCE.search(doc.text[max(0, p.start - 40) : p.start]):
            continue  # a bearing, skipped as part of an aside
        if not _list_gap(doc, parsed, prev.end, p.start):
            break
        out.append(p)
        prev = p
    return out


def _list_gap(doc: Document, parsed: SpacyDoc, start: int, end: int) -> bool:
    gap = doc.text[start:end]
    if "\n" in gap or "." in gap or len(gap) > 120:
        return False
    kept = list(range(len(gap)))
    for m in _ASIDE.finditer(gap):
        kept = [i for i in kept if not m.start() < i < m.end() - 1]
    offsets = {start + i for i in kept}
    span = parsed.char_span(start, end, alignment_mode="contract")
    tokens = [t for t in span if t.idx in offsets] if span is not None else []
    if not any(t.lower_ in ("and", "or", ",") for t in tokens) or len(tokens) > 7:
        return False
    return all(
        t.is_punct
        or t.pos_ in ("DET", "ADJ", "CCONJ")
        or t.lower_ in ("of", "as", "well", "nearby")
        or t.lemma_.lower() in _LIST_NOUNS
        for t in tokens
    )


def _origin(root: Token) -> bool:
    return root.dep_ == "pobj" and root.head.lower_ in ("from", "over")


def origins_only(parsed: SpacyDoc, places: list[Place]) -> bool:
    """Every place the clause names is where something was fired from ("missiles were fired from
    bombers over Belarus"): the target is not told, and no earlier place may stand in for it."""
    roots = [parsed.char_span(p.start, p.end, alignment_mode="expand") for p in places]
    return bool(places) and all(r is not None and _origin(r.root) for r in roots)


def in_phrase(parsed: SpacyDoc, tok: Token, place: Place) -> bool:
    """The place is named inside the trigger's own phrase ("the shelling of Kharkiv")."""
    span = parsed.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.i in {t.i for t in tok.subtree}


def speaker_place(doc: Document, start: int, end: int) -> Place | None:
    """A quote's speaker described by a place ("Severodonetsk Mayor ...") locates what they describe."""
    for q in doc.quotes:
        if q.start <= start < q.end or start <= q.start < end:
            if q.speaker_start is None:
                continue
            lo, hi = q.speaker_start - 40, (q.speaker_end or q.speaker_start) + 40
            role = (q.speaker_role or "").lower()
            for p in doc.places:
                if lo <= p.start < hi and p.mention.lower() in role and not is_vague(p):
                    return p
    return None


def context_place(doc: Document, start: int) -> Place | None:
    """The last specific place named just before a clause, in its paragraph or the one before it."""
    zone = doc.zone_at(start)
    lo = max(0, start - 400)
    if zone is not None:
        prev = [z for z in doc.zones if z.end <= zone.start and z.kind == zone.kind]
        lo = max(lo, prev[-1].start if prev else zone.start)
    cands = [
        p
        for p in doc.places
        if p.role == "location"
        and lo <= p.start < start
        and not is_vague(p)
        and not doc.in_promo(p.start, p.end)
    ]
    return cands[-1] if cands else None


def place_precision(doc: Document, place: Place) -> int:
    code = (place.feature_code or "").upper()
    before = doc.text[max(0, place.start - 40) : place.start].lower().split()[-3:]
    after = doc.text[place.end : place.end + 20].lower().split()[:1]
    if code.startswith(("ADM1", "PCL", "RGN", "AREA", "ADMD", "CONT")) or set(after) & _REGION_WORDS:
        return 3
    if code.startswith(("ADM2", "ADM3")) or set(before) & _NEAR:
        return 2
    return 1


def location_of(place: Place) -> Location:
    return Location(
        name=place.name or place.mention,
        geonameid=place.geonameid,
        latitude=place.latitude,
        longitude=place.longitude,
        admin1=place.admin1,
        country_code=place.country_code,
        mention_start=place.start,
        mention_end=place.end,
    )
