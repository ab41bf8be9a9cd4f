"""Geoparsing: find place mentions and resolve each to a gazetteer entry, with its role.

Needs: ``doc.zones`` (promo zones are skipped), the spaCy parse of ``doc.text``
(GPE/LOC/FAC entities, dependencies) and a :class:`~sitrep.gazetteer.Gazetteer`.
Adds: ``doc.places``.

Resolution scores every candidate with the named features of :mod:`sitrep.georank`
and its weights (learned on gold corpora): feature importance and population (a
prior), how the name matched, cue words around the mention ("X Oblast", "X, one of
the two provinces" -> a division; "the city of X", "suburb of X" -> a populated
place), the document's country focus, explicit containment ("Bakhmut, Ukraine";
"Kyiv suburb of Horenka") and distance to the other places resolved in the text.
``confidence`` is the candidate's share of the softmax over candidate scores.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span, Token

from sitrep import georank
from sitrep.gazetteer import Candidate, Gazetteer
from sitrep.georole import place_role
from sitrep.schema import Document, Place, PlaceRole

__all__ = ["event_place", "geoparse", "places_in", "resolve_spans"]

_ADMIN_WORDS = (r"(?:oblast|region|province|governorate|state|district|raion|rayon|krai|county|"
                r"prefecture|parish)")
_TYPE_SUFFIX = re.compile(rf"\s+{_ADMIN_WORDS}s?$", re.I)
_ADMIN_AFTER = re.compile(rf"^\s*(?:{_ADMIN_WORDS})\b", re.I)
# An apposition naming the kind of place: "Luhansk, one of the two provinces",
# "Donetsk, the other Donbass province".
_APPOSITION = re.compile(
    r"^\s*,\s*((?:(?:one|two|some|each|any|all|both|either|neither) of\s+)?(?:the|a|an|its|their)?"
    r"\s*[^,.;:()]{0,40}?)\b(\w+?)s?\b(?=\s*(?:[,.;:)]|that|which|where|and|in|of|on|with|near|$))",
    re.I,
)
_ADMIN_NOUNS = {"oblast", "region", "province", "governorate", "state", "district", "raion", "county",
                "prefecture", "department", "territory", "republic"}
_POPULATED_NOUNS = {"city", "town", "village", "suburb", "settlement", "hamlet", "port", "capital", "hub",
                    "municipality", "community", "township", "borough", "neighbourhood", "neighborhood"}
_POPULATED_BEFORE = re.compile(
    r"\b(?:city|town|village|suburb|settlement|hamlet|outskirts|neighbou?rhood)\s+of\s+$"
    r"|\b(?:city|town|village|settlement|hamlet)\s+$", re.I)
_NEAR_BEFORE = re.compile(r"\b(?:suburb|outskirts|district|neighbou?rhood)\s+of\s+$", re.I)
_NEAR_BETWEEN = re.compile(
    r"^\s*,?\s*(?:near|outside|close to|just outside|(?:\w+\s+)?(?:north|south|east|west|"
    r"northeast|northwest|southeast|southwest)(?:ern)?\s+of)\s+(?:the\s+)?$", re.I)
_IN_BETWEEN = re.compile(r"^\s*(?:,|\bin\b|\bin the\b)\s*$", re.I)
_PATTERN_MENTION = re.compile(r"\b(?:city|town|village|suburb|settlement|outskirts|region)\s+of\s+"
                              r"((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})")
_MAX_CANDIDATES = 40
_QUALIFIER = re.compile(
    r"^(?:north|south|east|west|central|upper|lower|greater)(?:-?(?:east|west))?(?:ern)?$", re.I)
_EMBEDDED_CODES = {"PCLI", "ADM1", "PPLC", "PPLA"}
_EMBEDDED_POPULATION = 50_000


def _well_known(c: Candidate) -> bool:
    """A place safe to read inside another name: a country, a first-level division, a capital or
    a town of at least ``_EMBEDDED_POPULATION``."""
    return c.feature_code in _EMBEDDED_CODES or c.population >= _EMBEDDED_POPULATION
# "the West", "the East": political or vague compass senses, never one gazetteer feature.
_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "center",
            "centre"}


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    span: Span | None
    cue: str | None = None  # "admin" | "populated"
    acronym: bool = False
    embedded: bool = False  # part of an organisation's name
    demonym: bool = False  # "Russian", "Palestinians": the country of a people
    inner: list[Candidate] = field(default_factory=list)  # places named inside an unknown span
    again: bool = False  # a recognised name found again where the parser did not tag it
    candidates: list[Candidate] = field(default_factory=list)
    hints: list[tuple[str, int]] = field(default_factory=list)  # ("in"|"near", index of other mention)
    chosen: Candidate | None = None
    confidence: float = 0.0
    role: PlaceRole = "location"


def _embedded(ent: Span, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """A place name opening or closing an organisation's name ("the Texas Department of
    State Health Services", "Dublin City Council", "University of Georgia"): news corpora
    count these as toponyms. Only well-known names qualify (a country, a first-level
    division, or a town the recogniser would accept), as organisations often carry
    surnames ("Ford Motor") that are also villages."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    if len(tokens) < 2:
        return None
    options = [tokens[:k] for k in (3, 2, 1) if k < len(tokens)]
    of = next((i for i, t in enumerate(tokens) if t.lower_ == "of"), None)
    if of is not None and 0 < of < len(tokens) - 1:
        options += [tokens[of + 1:]]
    for part in options:
        if not all(t.text[:1].isupper() and t.tag_ in ("NNP", "NNPS") for t in part):
            continue
        name = "".join(t.text_with_ws for t in part).strip()  # Doc.text is rebuilt on every access
        # A country's alternate names ("U.S.", "UK") are as safe as its name.
        # "Anderson County Sheriff": a county's name says what it is.
        county = part[-1].lower_ in ("county", "parish") and len(part) > 1
        if any((c.match == "name" or c.feature_code == "PCLI" and c.match == "alt")
               and (_well_known(c) or county and c.feature_code == "ADM2")
               for c in gazetteer.lookup(name, fuzzy=False)):
            return part[0].idx, part[-1].idx + len(part[-1])
    return None


def _mentions(doc: Document, parsed: SpacyDoc, gazetteer: Gazetteer | None = None,
              demonyms: bool = True) -> list[_Mention]:
    found: dict[int, _Mention] = {}
    for ent in parsed.ents:
        if ent.label_ == "ORG" and gazetteer is not None:
            embedded = _embedded(ent, gazetteer)
            if embedded:
                span = parsed.char_span(*embedded, alignment_mode="expand")
                text = doc.text[embedded[0]:embedded[1]]
                found[embedded[0]] = _Mention(*embedded, text, span, embedded=True)
            elif demonyms:
                # "American Airlines", "the Russian Defence Ministry": a people's name opening one.
                first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
                if first.i + 1 < ent.end and first.text[:1].isupper() and gazetteer.demonym(first.text):
                    span = ent.doc[first.i:first.i + 1]
                    found[first.idx] = _Mention(first.idx, first.idx + len(first), first.text, span,
                                                demonym=True)
            continue
        if ent.label_ == "NORP" and gazetteer is not None and demonyms:
            if gazetteer.demonym(ent.text.removeprefix("the ")) is not None:
                start = ent.start_char + (4 if ent.text.startswith("the ") else 0)
                found[start] = _Mention(start, ent.end_char, doc.text[start:ent.end_char], ent, demonym=True)
            continue
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        start, end = ent.start_char, ent.end_char
        text = ent.text
        for prefix in ("the ", "The "):
            if text.startswith(prefix):
                start, text = start + len(prefix), text[len(prefix):]
        for suffix in ("’s", "'s"):
            if text.endswith(suffix):
                end, text = end - len(suffix), text[: -len(suffix)]
        found[start] = _Mention(start, end, text, ent)
    for m in _PATTERN_MENTION.finditer(doc.text):
        start = m.start(1)
        if not any(x.start <= start < x.end for x in found.values()):
            span = parsed.char_span(start, m.end(1), alignment_mode="expand")
            found[start] = _Mention(start, m.end(1), m.group(1), span)
    _same_name_again(doc, parsed, found)
    return [m for _, m in sorted(found.items()) if not doc.in_promo(m.start, m.end)]


def _same_name_again(doc: Document, parsed: SpacyDoc, found: dict[int, _Mention]) -> None:
    """One sense per text: a name the parser read as a place once is the same place where it
    reappears inside an organisation's name or untagged ("Greer City Hall", "Dublin Mayor"),
    unless that occurrence is part of a person's name."""
    names = {m.text for m in found.values()
             if not m.demonym and not m.embedded and len(m.text) >= 4 and m.text[:1].isupper()}
    if not names:
        return
    taken = sorted((m.start, m.end) for m in found.values())
    people = [(e.start_char, e.end_char) for e in parsed.ents if e.label_ == "PERSON"]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")
    for hit in pattern.finditer(doc.text):
        start, end = hit.span()
        if any(s < end and start < e for s, e in taken) or any(s < end and start < e for s, e in people):
            continue
        span = parsed.char_span(start, end, alignment_mode="expand")
        if span is None or not all(t.text[:1].isupper() for t in span):
            continue
        inside = any(e.start_char <= start and end <= e.end_char and e.label_ != "GPE" for e in parsed.ents)
        found[start] = _Mention(start, end, hit.group(), span, embedded=inside, again=True)


def _noun_kind(lemma: str) -> str | None:
    if lemma in _ADMIN_NOUNS:
        return "admin"
    if lemma in _POPULATED_NOUNS:
        return "populated"
    return None


def _apposition_cue(span: Span | None) -> str | None:
    """The kind named by an apposition in the parse: "Luhansk, one of the two provinces"
    (appos "one" -> of -> "provinces"), "Kharkiv, a northeastern city"."""
    if span is None:
        return None
    for child in span.root.children:
        if child.dep_ != "appos":
            continue
        for token in list(child.subtree)[:10]:
            kind = _noun_kind(token.lemma_.lower()) if token.pos_ in ("NOUN", "PROPN") else None
            if kind:
                return kind
    return None


def _cue(text: str, mention: _Mention) -> str | None:
    """Words around a mention that say what kind of place it is (division or town)."""
    if _TYPE_SUFFIX.search(mention.text) or _ADMIN_AFTER.match(text[mention.end:mention.end + 20]):
        return "admin"
    before = text[max(0, mention.start - 30):mention.start]
    if _POPULATED_BEFORE.search(before):
        return "populated"
    kind = _apposition_cue(mention.span)
    if kind:
        return kind
    # The parser often misses appositions after sentence-initial phrases: read the text too.
    appos = _APPOSITION.match(text[mention.end:mention.end + 80])
    return _noun_kind(appos.group(2).lower()) if appos else None


# A span ending in one of these names a feature of its own (the Mississippi River, Fire Island,
# Northumberland Avenue), not something inside the place its other words name.
_OWN_FEATURE = {
    "river", "lake", "island", "islands", "delta", "valley", "mountain", "mountains", "bay", "sea", "gulf",
    "coast", "beach", "park", "avenue", "street", "road", "quarter", "plantation", "canal", "creek",
    "forest", "desert", "peninsula", "strait", "union", "republic", "empire", "county", "township",
    "state", "province", "region", "district", "falls", "colony", "twp"
}


def _inner_candidates(m: _Mention, gazetteer: Gazetteer) -> list[Candidate]:
    """Candidates for the longest well-known place named inside the span ``m`` ("University
    of California", "Delhi High Court"): a country, a first-level division, a capital, a
    continent or region, or a town of at least ``_EMBEDDED_POPULATION``, matched by its name
    (or a country's capitalised abbreviation)."""
    if m.span is None or len(m.span) < 2 or m.span[-1].lower_ in _OWN_FEATURE:
        return []
    # Only names the parser reads as an organisation, building or event: a lake, gulf or
    # colony named after a place ("Lake Vermont", "Tennessee Colony") lies elsewhere.
    if not any(e.label_ in ("ORG", "FAC", "EVENT") for e in m.span.doc.ents
               if e.start < m.span.end and m.span.start < e.end):
        return []
    words = list(m.span)
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            part = words[i:i + size]
            if not (part[0].text[:1].isupper() and part[-1].text[:1].isupper()) \
                    or any(t.lower_ in _COMPASS or _QUALIFIER.match(t.text) for t in part):
                continue
            name = "".join(t.text_with_ws for t in part).strip()
            good = [c for c in gazetteer.lookup(name, fuzzy=False)
                    if (c.match == "name" or c.feature_code == "PCLI" and c.match == "alt" and name.isupper())
                    and (_well_known(c) or c.feature_class == "L")]
            if good:
                return good
    return []


def _lookup(gazetteer: Gazetteer, mention: _Mention) -> list[Candidate]:
    candidates = gazetteer.lookup(mention.text)
    base = _TYPE_SUFFIX.sub("", mention.text)
    if base != mention.text:
        candidates = candidates + [c for c in gazetteer.lookup(base) if c.feature_class != "P"]
    head, _, rest = mention.text.partition(" ")
    if not candidates and rest and _QUALIFIER.match(head):
        # "Northeast Georgia", "southern Lebanon": the part of a place the index lacks lies in it.
        candidates = [c for c in gazetteer.lookup(rest, fuzzy=False) if c.match == "name" and c.country_code]
    unique = list({c.geonameid: c for c in reversed(candidates)}.values())[::-1]
    # An alternate spelling of a small place ("Paris" for Swainsboro) must not compete with the
    # primary name of a far larger one: keep alternate readings of at least a hundredth of its size.
    named = max((c.population for c in unique if c.match == "name"), default=0)
    unique = [c for c in unique
              if c.match in ("name", "demonym") or c.feature_class != "P" or c.population * 100 >= named]
    return unique[:_MAX_CANDIDATES]


def _clear_readings(mentions: list[_Mention], priors: dict[int, list[float]]) -> dict[str, Candidate]:
    """Names with one clear reading (a country, or a candidate far ahead of the rest by its
    context-free score, one of ``priors``)."""
    clear: dict[str, Candidate] = {}
    for m in mentions:
        scores = sorted(zip(priors[id(m)], m.candidates, strict=True), key=lambda x: -x[0])
        if len(scores) == 1 or scores[0][0] - scores[1][0] > 2.0 or scores[0][1].feature_code == "PCLI":
            clear[m.text] = scores[0][1]
    return clear


def _resolve(mentions: list[_Mention], passes: int = 3) -> None:
    """Choose each mention's candidate by the ranker's score (:mod:`sitrep.georank`), re-reading
    the context (the other names' choices) over a few passes; confidence is the softmax share."""
    ranker = georank.active()
    priors: dict[int, list[float]] = {}
    for m in mentions:
        largest = max(georank.weight_of(c) for c in m.candidates)
        priors[id(m)] = [ranker.score(georank.prior_features(m, c, largest)) for c in m.candidates]
    readings = _clear_readings(mentions, priors)
    for _ in range(passes):
        for m in mentions:
            scored = [(prior + ranker.score(georank.context_features(m, c, readings, mentions)), c)
                      for prior, c in zip(priors[id(m)], m.candidates, strict=True)]
            best_score, best = max(scored, key=lambda x: x[0])
            z = sum(math.exp(s - best_score) for s, _ in scored)
            m.chosen, m.confidence = best, round(1.0 / z, 3)
        readings = {m.text: m.chosen for m in mentions if m.chosen is not None}
    georank.record(mentions)


def _abbreviations_in_context(mentions: list[_Mention]) -> None:
    """Postal abbreviations ("WA", "NSW", "BC") stand for a division only in a text about its
    country: elsewhere they are as likely words or other things (WA, ON, OR, ME)."""
    about = set()
    for m in mentions:
        named = [c for c in m.candidates if c.match not in ("abbrev", "demonym")]
        if named:
            about.add(max(named, key=lambda c: c.population).country_code)
    for m in mentions:
        m.candidates = [c for c in m.candidates if c.match != "abbrev" or c.country_code in about]


def _link(text: str, mentions: list[_Mention]) -> None:
    """Containment and proximity hints between neighbouring mentions."""
    for i, m in enumerate(mentions):
        if i + 1 < len(mentions):
            nxt = mentions[i + 1]
            between = text[m.end:nxt.start]
            if _IN_BETWEEN.match(between):
                m.hints.append(("in", i + 1))
            elif _NEAR_BETWEEN.match(between):
                m.hints.append(("near", i + 1))
        if i > 0:
            prev = mentions[i - 1]
            if prev.end <= m.start and _NEAR_BEFORE.search(text[prev.end:m.start]) and \
                    len(text[prev.end:m.start]) < 25:
                m.hints.append(("near", i - 1))


def geoparse(doc: Document, parsed: SpacyDoc, gazetteer: Gazetteer, demonyms: bool = True) -> Document:
    """Find and resolve the place mentions of ``doc`` (outside promo zones).

    ``demonyms``: also report demonyms ("Russian troops" -> Russia) as places with role
    ``other``, as LGL and GeoWebNews annotate them (GeoVirus does not).
    """
    mentions = _mentions(doc, parsed, gazetteer, demonyms)
    places = _resolve_mentions(doc, parsed, mentions, gazetteer, recognised=True)
    return replace(doc, places=tuple(p for p in places if p is not None))


def resolve_spans(doc: Document, parsed: SpacyDoc, gazetteer: Gazetteer,
                  spans: list[tuple[int, int]]) -> list[Place | None]:
    """Resolve given toponym spans (e.g. gold annotations) in context; one result per span."""
    mentions = [_Mention(s, e, doc.text[s:e], parsed.char_span(s, e, alignment_mode="expand"))
                for s, e in spans]
    return _resolve_mentions(doc, parsed, mentions, gazetteer, recognised=False)


def _resolve_mentions(doc: Document, parsed: SpacyDoc, mentions: list[_Mention], gazetteer: Gazetteer,
                      recognised: bool) -> list[Place | None]:
    """Resolve ``mentions``; ``recognised`` ones came from our own recognition, where a
    demonym the NER called a GPE ("Ukrainian forces") is no place mention."""
    for m in mentions:
        m.cue = _cue(doc.text, m)
        letters = m.text.replace(".", "")
        m.acronym = letters.isalpha() and letters.isupper() and len(letters) <= 4
        m.candidates = _lookup(gazetteer, m) if m.text.lower() not in _COMPASS else []
        if not m.candidates and not recognised:
            # A given span the index lacks ("University of California") is placed by the
            # best-known place named inside it, chosen once the rest are resolved.
            m.inner = _inner_candidates(m, gazetteer)
        if recognised and not m.demonym:
            m.candidates = [c for c in m.candidates if c.match != "demonym"]
        elif m.demonym:
            m.candidates = [c for c in m.candidates if c.match == "demonym"]
    _abbreviations_in_context(mentions)
    usable = [m for m in mentions if m.candidates]
    _link(doc.text, usable)
    _resolve(usable)
    countries = Counter(m.chosen.country_code for m in usable if m.chosen is not None)
    for m in mentions:
        # Only a place in one of the text's own countries (or beyond any one country).
        inner = [c for c in m.inner if not countries or not c.country_code or countries[c.country_code]]
        if inner:
            m.chosen = max(inner, key=lambda c: (countries[c.country_code], c.population))
            m.confidence = 0.3
        m.inner = inner
    for m in mentions:
        if m.span is not None:
            polity = m.chosen is not None and m.chosen.feature_code == "PCLI"
            # Names inside an organisation's name and demonyms describe, they do not locate.
            m.role = "other" if m.embedded or m.demonym else \
                place_role(m.span, doc.text[m.end:m.end + 20], polity)
    focus = _focus(usable)
    persons = _person_words(parsed) if recognised else set()
    places: list[Place | None] = []
    for m in mentions:
        if m.inner and focus is not None and focus.feature_class == "P" and any(
                (c.country_code, c.admin1_code if c.feature_code != "PCLI" else "")
                == (focus.country_code, focus.admin1_code if c.feature_code != "PCLI" else "")
                for c in m.inner if c.feature_class == "A"):
            # The division named inside the span contains the town the text is about: the town
            # is the closer guess ("University of California" in a Los Angeles story).
            m.chosen = None
        if m.chosen is None and focus is not None and not recognised and _proper_name(m):
            # A named spot the gazetteer lacks (a street, a park, a hospital) lies in the place
            # the text is about: report that place's point, with little confidence.
            places.append(Place(mention=m.text, start=m.start, end=m.end, name=focus.name,
                                latitude=focus.latitude, longitude=focus.longitude,
                                country_code=focus.country_code or None, admin1=focus.admin1,
                                feature_code=None, role=m.role, confidence=0.1))
            continue
        c = m.chosen
        if recognised and c is not None and _not_a_place(m, c, persons, doc.text):
            places.append(None)
            continue
        # A town reached only through an alternate spelling, or barely preferred, in a country
        # the text does not otherwise mention, is more likely a misread name ("MoD" -> Maud,
        # Oklahoma; a company called Greenfield; "Olympic" -> a village in Hong Kong) than a place.
        if c is None or (recognised and c.feature_class == "P"
                         and (c.match != "name" and c.population < 1_000_000 or c.population < 20_000
                              or m.confidence < 0.25)
                         and len({o.text for o in usable if o.chosen is not None
                                  and o.chosen.country_code == c.country_code} - {m.text}) < 1):
            places.append(None)
            continue
        # Curated regions carry negative internal ids: they are not GeoNames ids, so none is reported.
        places.append(Place(
            mention=m.text, start=m.start, end=m.end, geonameid=c.geonameid if c.geonameid > 0 else None,
            name=c.name,
            latitude=c.latitude, longitude=c.longitude, country_code=c.country_code or None,
            admin1=c.admin1, feature_code=c.feature_code, role=m.role, confidence=m.confidence,
        ))
    # A name repeated inside organisations' names counts only where the text itself reads it
    # clearly as a place: by its own name and with confidence.
    clear = {m.text for m, p in zip(mentions, places, strict=True)
             if p is not None and not m.again and m.chosen is not None and m.chosen.match == "name"
             and m.confidence >= 0.5}
    return [None if m.again and m.text not in clear else p for m, p in zip(mentions, places, strict=True)]


_MONTHS = re.compile(r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|wed|thu(?:rs)?|"
                     r"fri|sat|sun)\.?$|^(?:january|february|march|april|june|july|august|september|"
                     r"october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$",
                     re.I)
_TITLES = re.compile(r"\b(?:mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|prof|rev|president|minister|"
                     r"senator|governor|mayor|judge|officer|coach|chief)\.?\s+$", re.I)


def _person_words(parsed: SpacyDoc) -> set[str]:
    """Words the document uses inside people's names (PERSON entities of two or more tokens,
    or after a title): a mention equal to one of them ("Obama", "Ripley") is most likely that
    person, not a same-named town. A word the parser tags as a place on its own more often than
    inside names stays a place ("Alexandria Commonwealth's Attorney" misread as a name)."""
    in_names: Counter[str] = Counter()
    text = parsed.text  # spaCy rebuilds Doc.text on every access: read it once
    for ent in parsed.ents:
        if ent.label_ == "PERSON":
            tokens = [t.text for t in ent if t.text[:1].isupper()]
            if len(tokens) >= 2 or _TITLES.search(text[max(0, ent.start_char - 12):ent.start_char]):
                in_names.update(set(tokens))
    as_places = Counter(ent.text for ent in parsed.ents if ent.label_ in ("GPE", "LOC"))
    return {w for w, n in in_names.items() if n >= as_places[w]}


def _not_a_place(m: _Mention, c: Candidate, persons: set[str], text: str) -> bool:
    """Recognised mentions that read better as something else than as ``c``: month and weekday
    names, people's names, acronyms that only match a town, fuzzy matches of small places."""
    if _MONTHS.match(m.text) or _QUALIFIER.match(m.text):
        # Month names, and "Central", "Western" alone (a direction, not Uganda's regions).
        return True
    if c.feature_code in ("PCLI", "CONT", "ADM1") and c.match == "name":
        return False
    if m.text in persons or _TITLES.search(text[max(0, m.start - 12):m.start]):
        return True
    if m.acronym and c.feature_class == "P" and (c.match != "name" or c.population < 100_000):
        return True
    return c.match == "fold" and c.population < 100_000


def _proper_name(m: _Mention) -> bool:
    """A given span that reads as a proper name (so a place the index lacks), not a common noun."""
    return m.span is not None and any(t.tag_ in ("NNP", "NNPS") for t in m.span)


def _focus(mentions: list[_Mention]) -> Candidate | None:
    """The most specific place the text keeps returning to: its most mentioned town, else its
    most mentioned division, else its most mentioned country."""
    for level in ("P", "A", "PCLI"):
        counts: Counter[int] = Counter()
        by_id: dict[int, Candidate] = {}
        for m in mentions:
            c = m.chosen
            if c is None or c.latitude is None or m.demonym:
                continue
            kind = "PCLI" if c.feature_code == "PCLI" else c.feature_class
            if kind == level:
                counts[c.geonameid] += 1
                by_id[c.geonameid] = c
        if counts:
            return by_id[counts.most_common(1)[0][0]]
    return None


def places_in(doc: Document, start: int, end: int) -> list[Place]:
    """Location-role places whose mention lies inside ``[start, end)``."""
    return [p for p in doc.places if p.role == "location" and start <= p.start and p.end <= end]


# Prepositions that put an event at a place, and the ones that put it only near one.
_SITE_PREPS = {"in", "at", "on", "into", "across", "throughout", "inside", "within", "near", "outside",
               "around", "toward", "towards", "to", "from", "of", "over"}
_NEAR_PREPS = {"near", "outside", "around", "toward", "towards"}
_NEAR_TEXT = re.compile(r"(?:\bnear|\boutside|\baround|\boutskirts of|\bclose to|\b(?:north|south|east|west)"
                        r"(?:-?(?:north|south|east|west))?(?:ern)?\s+of|\bkm\s+(?:\w+\s+)?(?:from|of))"
                        r"\s+(?:the\s+)?(?:\w+\s+of\s+)?$", re.I)


def _precision(doc: Document, place: Place) -> int:
    """ACLED geo-precision: 1 the town itself, 2 near a town ("south of X"), 3 a region."""
    if place.feature_code is None or not place.feature_code.startswith("PPL"):
        return 3
    return 2 if _NEAR_TEXT.search(doc.text[max(0, place.start - 40):place.start]) else 1


def _site_prep(token: Token, trigger: Token | None) -> tuple[int, str | None]:
    """How a place token hangs off the event: (rank, preposition); lower rank is better.
    0: object of a site preposition attached to the trigger; 1: of a site preposition elsewhere;
    2: otherwise."""
    while token.dep_ in ("conj", "appos", "compound") and token.head is not token:
        token = token.head
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in _SITE_PREPS:
        chain = [head.head, head.head.head]
        if trigger is not None and any(t.i == trigger.i for t in chain):
            return 0, head.lower_
        return 1, head.lower_
    return 2, None


def event_place(doc: Document, parsed: SpacyDoc, start: int, end: int,
                trigger_index: int | None = None) -> tuple[Place | None, int | None]:
    """Where the event told in ``[start, end)`` happened, and its ACLED ``geo_precision``.

    Among the location-role places in the span, the object of "in/at/near X" attached to the
    trigger token (``trigger_index``, a token index of ``parsed``) wins, then any such object,
    then the first place; a town beats the division it is in ("in Bakhmut, Donetsk region").
    Precision: 1 a town, 2 "near/outside/south of" a town, 3 a division or region.
    """
    found = places_in(doc, start, end)
    if not found:
        return None, None
    trigger = parsed[trigger_index] if trigger_index is not None else None

    def rank(p: Place) -> tuple[int, int, int]:
        span = parsed.char_span(p.start, p.end, alignment_mode="expand")
        level, _ = _site_prep(span.root, trigger) if span is not None else (2, None)
        town = 0 if p.feature_code and p.feature_code.startswith("PPL") else 1
        distance = abs(p.start - trigger.idx) if trigger is not None else p.start
        return level, town, distance

    best = min(found, key=rank)
    return best, _precision(doc, best)
