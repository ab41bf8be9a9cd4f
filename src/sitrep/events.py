"""Event coding: ACLED-typed events (with PLOVER type/mode), their actors, place, date, toll and status.

Runs last. Needs ``doc.zones`` (events come from headline, body and caption text,
never promo), ``doc.places``, ``doc.timerefs``, ``doc.quotes``/``doc.claims`` and
the spaCy parse of the whole text. Adds ``doc.events`` and ``doc.figures`` and
links each claim to the event it is about (``Claim.event``).

Method: clause units (spaCy sentences cut at paragraph breaks) are scanned for
trigger lemmas (:data:`sitrep.taxonomy.TRIGGERS`); instruments and actors in
the clause decide the sub-type; the dependency path above the trigger decides
the modality; mentions of one happening (same type, place and date) merge.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.actors import (
    actor_phrase,
    agents,
    as_government,
    civilians,
    country_name,
    opponent,
    resolve_actor,
    side_of,
)
from sitrep.eventdate import EventDate, event_date
from sitrep.eventplace import (
    choose_places,
    context_place,
    in_phrase,
    is_vague,
    location_of,
    origins_only,
    place_precision,
    speaker_place,
)
from sitrep.figures import casualty_kind, find_figures, find_quantities, is_cumulative, source_at
from sitrep.gazetteer import Candidate
from sitrep.geoparse import places_in
from sitrep.plover import with_mode
from sitrep.schema import (
    Actor,
    Claim,
    DateFrom,
    Document,
    Event,
    EventStatus,
    Modality,
    Place,
    Span,
    Zone,
)
from sitrep.taxonomy import TRIGGERS, is_violent
from sitrep.triggers import accused_of, cues, habitual, modality, plover_for, trigger_class, type_for, units

__all__ = ["CapitalLookup", "Mention", "classify_units", "code_events", "merge"]

CapitalLookup = Callable[[str | None], Candidate | None]

@dataclass
class Mention:
    """One clause's evidence for a happening, before mentions are merged into events."""

    event_type: str
    sub_event_type: str
    trigger: Token
    start: int
    end: int
    modality: Modality = "asserted"
    actor1: Actor | None = None
    actor2: Actor | None = None
    place: Place | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    direct_toll: bool = False
    toll_span: tuple[int, int] | None = None
    date: str | None = None
    end_date: str | None = None
    time_precision: int = 3
    dated: bool = False
    date_from: DateFrom = "none"
    date_span: tuple[int, int] | None = None
    source: str | None = None
    notes: str = ""
    plover: tuple[str | None, str | None] = (None, None)
    spans: list[tuple[int, int]] = field(default_factory=list)
    anchors: list[tuple[int, int]] = field(default_factory=list)  # trigger offsets, or the clause if alone
    toll_only: bool = False  # a killing with no perpetrator: the toll of a nearby attack
    own_place: bool = True  # the place is named in the clause (not taken from context)
    reference: bool = False  # names a happening in passing: evidence for an event, never one itself


# ---------------------------------------------------------------- dates and tolls


def _date(
    doc: Document, parsed: SpacyDoc, start: int, end: int, tok: Token, done: bool
) -> tuple[EventDate, bool]:
    """The trigger's date (:func:`sitrep.eventdate.event_date`) and whether the clause names a time."""
    own = any(start <= t.start and t.end <= end and t.type in ("DATE", "TIME") for t in doc.timerefs)
    return event_date(doc, parsed, start, end, tok, done), own


def _toll(
    parsed: SpacyDoc, tok: Token, start: int, end: int
) -> tuple[int | None, bool, tuple[int, int] | None]:
    """Fatalities stated in the clause, lowest credible; True when tied to the trigger itself."""
    span = parsed.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None, False, None
    if is_cumulative(span.text):
        return None, False, None
    best: tuple[int | None, bool, tuple[int, int] | None] = (None, False, None)
    for q in find_quantities(span):
        if q.value is None and q.low is None:
            continue
        if casualty_kind(parsed, q) != "killed":
            continue
        value = int(q.value if q.value is not None else q.low or 0)
        qtok = parsed[q.token_i]
        anc = {a.i for a in qtok.ancestors}
        direct = tok.i in anc or tok.head.i in anc
        if best[0] is None or (direct and not best[1]) or (direct == best[1] and value < best[0]):
            best = (value, direct, (q.start, q.end))
    if best[0] is None:
        named = _named_victims(span) or _multiple(tok)
        if named:
            return named, True, None
    if (
        best[0] is None
        and any(t.lower_ in ("no", "nobody") for t in span)
        and any(t.lemma_ in ("casualty", "kill", "die", "death", "injure") for t in span)
    ):
        return 0, True, None
    return best


# ---------------------------------------------------------------- mentions


def _doc_context(doc: Document, parsed: SpacyDoc) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """(main country, default attacker, warring parties) of a document, from its places and actor words."""
    countries = Counter(p.country_code for p in doc.places if p.role == "location" and p.country_code)
    country = countries.most_common(1)[0][0] if countries else None
    attackers: Counter[str] = Counter()
    nations: Counter[str] = Counter()
    for tok in parsed:
        if doc.in_promo(tok.idx, tok.idx + 1):
            continue
        actor = resolve_actor(tok.text) if tok.pos_ in ("ADJ", "PROPN", "NOUN") and tok.is_title else None
        side = side_of(actor)
        if side is None:
            continue
        nations[side] += 1
        head = tok.head
        if TRIGGERS.get(head.lemma_.lower()) in ("remote", "attack", "battle") or (
            tok.dep_ == "nsubj" and TRIGGERS.get(head.lemma_.lower()) in ("remote", "battle", "take")
        ):
            attackers[side] += 1
    parties = tuple(c for c, _ in nations.most_common(2))
    default = attackers.most_common(1)[0][0] if attackers else None
    return country, default, (parties[0], parties[1]) if len(parties) == 2 else None


def classify_units(doc: Document, parsed: SpacyDoc) -> list[Mention]:
    """One :class:`Mention` per (clause, happening type, place)."""
    country, default, parties = _doc_context(doc, parsed)
    mentions: list[Mention] = []
    for start, end, zone in units(doc, parsed):
        span = parsed.char_span(start, end, alignment_mode="expand")
        toks = list(span) if span is not None else []
        triggers = [(t, c) for t in toks if (c := trigger_class(t)) is not None]
        if not triggers:
            continue
        clause_cues = cues(toks)
        classes = {c for _, c in triggers}
        seen: set[tuple[str, str, int | None]] = set()
        places = places_in(doc, start, end)
        for tok, cls in triggers:
            # A killing or a generic "attack" next to a typed violent trigger is that event's toll/echo.
            if cls in ("kill", "attack") and classes & {"remote", "battle", "take", "retake"}:
                continue
            chosen: list[Place | None] = list(choose_places(doc, parsed, tok, places))
            # "died at the scene": the place is the one just reported, whatever else the clause names.
            own = bool(chosen) and "at the scene" not in doc.text[start:end].lower()
            if not own and cls == "kill":
                chosen = []
            if not chosen:
                # A clause naming only a launch site has no place; no earlier one stands in for it.
                fallback = speaker_place(doc, start, end) or context_place(doc, start)
                chosen = [None if origins_only(parsed, places) else fallback]
            for place in chosen:
                m = _mention(
                    doc, parsed, tok, cls, clause_cues, start, end, zone, place, country, default, parties
                )
                if m is None:
                    continue
                m.own_place = own
                m.reference = _passing_reference(parsed, tok, m)
                # Attribution is read at the trigger when a clause reports several happenings.
                m.anchors = [(start, end)] if len(triggers) == 1 else [(tok.idx, tok.idx + len(tok.text))]
                key = (m.event_type, m.sub_event_type, place.geonameid or place.start if place else None)
                if key in seen:
                    continue
                if not m.reference:  # a passing mention does not stand in for the clause's event
                    seen.add(key)
                mentions.append(m)
    return mentions


def _mention(
    doc: Document,
    parsed: SpacyDoc,
    tok: Token,
    cls: str,
    cues: set[str],
    start: int,
    end: int,
    zone: Zone | None,
    place: Place | None,
    country: str | None,
    default: str | None,
    parties: tuple[str, str] | None,
) -> Mention | None:
    where = place.country_code if place and place.country_code else country
    if place is None and cls not in (
        "remote",
        "attack",
        "battle",
        "take",
        "lose",
        "retake",
        "kill",
    ):
        where = None  # a state's own non-violent act with no place named: do not assume it is abroad
    admin1 = place.admin1 if place else None
    a1, a2 = agents(doc, tok, where, admin1, default)
    if (
        cls == "kill"
        and a1 is not None
        and (tok.lemma_ == "die" or any(c.dep_ == "auxpass" for c in tok.children))
    ):
        a1, a2 = None, a2 or a1  # "one person died", "two were killed": the subject is the victim
    if cls == "kill" and a1 is None and (accused := accused_of(tok)) is not None:
        a1 = resolve_actor(actor_phrase(accused)[0], where, admin1, default)  # the one blamed, as claimed
    if cls == "lose":  # "we lost Lyman": the subject is the loser, the winner is the other side
        a1, a2 = opponent(a1, where, parties), a1
    typed = type_for(cls, tok, cues, a1)
    if typed is None:
        return None
    etype, sub, note = typed
    if cls == "kill" and is_cumulative(doc.text[start:end]):
        return None
    if etype in ("Battles", "Explosions/Remote violence") and a1 is None and default:
        a1 = resolve_actor(country_name(default) or default, where, admin1, default)
    if etype == "Battles" and a2 is None:
        a2 = opponent(a1, where, parties)
    fatalities, direct, toll_span = (
        _toll(parsed, tok, start, end) if is_violent(etype) else (None, False, None)
    )
    if is_violent(etype) and a2 is None and fatalities and etype != "Battles":
        a2 = civilians(where)
    if etype == "Violence against civilians" and a2 is None:
        a2 = civilians(where)
    if etype == "Strategic developments" and a1 is not None and _political(sub, note):
        a1 = as_government(a1)
    if place is None and etype == "Strategic developments" and a1 is not None and a1.inter == 1:
        # A state acting at home with no place named: its country, at the coarsest precision.
        place = next(
            (
                p
                for p in doc.places
                if start <= p.start < end
                and p.feature_code
                and p.feature_code.startswith("PCL")
                and (p.country_code == side_of(a1) or _names(a1, p))
            ),
            None,
        )
    mode = modality(tok)
    when, dated = _date(doc, parsed, start, end, tok, done=mode == "asserted")
    if is_violent(etype) and when.basis != "expression" and (_pluperfect(tok) or habitual(tok)):
        # "some had been killed by shelling", "every day soldiers are killed": background or habit,
        # with no date of its own
        return None
    src = source_at(doc, tok.idx, tok.idx + len(tok.text))
    if zone is not None and zone.kind == "caption" and (zone.agency or zone.credit):
        src = zone.agency or zone.credit
    return Mention(
        toll_only=cls == "kill" and a1 is None,
        event_type=etype,
        sub_event_type=sub,
        trigger=tok,
        start=start,
        end=end,
        modality=mode,
        actor1=a1,
        actor2=a2,
        place=place,
        geo_precision=place_precision(doc, place) if place else None,
        fatalities=fatalities,
        direct_toll=direct,
        toll_span=toll_span,
        date=when.date,
        end_date=when.end_date,
        time_precision=when.precision,
        dated=dated,
        date_from=when.basis,
        date_span=(when.ref.start, when.ref.end) if when.ref is not None else None,
        source=src,
        notes=note,
        plover=with_mode(plover_for(sub, note), tok),  # the sentence coder may add a mode
        spans=[(start, end)],
    )


_NOT_PEOPLE = ("GPE", "ORG", "LOC", "FAC", "NORP")


def _multiple(tok: Token) -> int | None:
    """"A double murder", "a triple killing": the count the noun's modifier gives."""
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ in _MULTIPLES:
            return _MULTIPLES[c.lower_]
    return None


_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}


def _named_victims(span: SpacySpan) -> int | None:
    """People a death verb names one by one, with no number ("a prosecutor and his deputy died"):
    ACLED counts them."""
    for tok in span:
        if tok.pos_ != "VERB" or tok.lemma_ not in ("die", "kill"):
            continue
        dep = "nsubj" if tok.lemma_ == "die" else "nsubjpass"
        subj = next((c for c in tok.children if c.dep_ == dep), None)
        if subj is None or subj.tag_ not in ("NN", "NNP") or subj.ent_type_ in _NOT_PEOPLE:
            continue
        if any(c.dep_ == "nummod" or c.lower_ in ("no", "nobody") for c in subj.children):
            continue
        people = [subj, *(c for c in subj.conjuncts if c.tag_ in ("NN", "NNP"))]
        return len(people)
    return None


def _names(actor: Actor, place: Place) -> bool:
    """The actor's own words are this place's mention ("Germany has taken ...")."""
    return actor.start is not None and actor.end is not None and actor.start <= place.start < actor.end


# Verbs that report a happening named by a noun ("launched an attack", "the strike killed nine").
_HAPPENING_VERBS = {
    "launch", "carry", "conduct", "come", "kill", "hit", "damage", "destroy", "injure", "wound", "leave",
    "occur", "happen", "continue", "rage", "intensify", "target", "strike", "claim", "report", "repel",
    "repulse", "survive", "mount", "stage", "unleash", "resume", "break", "erupt", "cause", "open",
    "exchange", "face", "suffer", "undergo", "endure", "fire", "spread", "go",
}


def _passing_reference(parsed: SpacyDoc, tok: Token, m: Mention) -> bool:
    """A violent noun that only names the war or a known episode in passing ("the fighting over
    Zaporizhzhia has garnered headlines", "America's worst terrorist attack"): no date of its own, no
    toll, no place in its own phrase and no verb reporting it as a happening."""
    if tok.pos_ != "NOUN" or not is_violent(m.event_type) or m.modality != "asserted":
        return False
    if m.date_from == "expression" or m.fatalities is not None:
        return False
    if m.place is not None and m.own_place and not is_vague(m.place) and in_phrase(parsed, tok, m.place):
        return False
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ("be", "rage", "continue", "go") and m.own_place:
        return False  # "the heaviest fights are in Lyman": placed by its clause
    return tok.head.lemma_.lower() not in _HAPPENING_VERBS or tok.dep_ not in ("dobj", "nsubj", "nsubjpass")


def _pluperfect(tok: Token) -> bool:
    """The trigger's verb is in the past perfect ("had been killed", "had shelled")."""
    for node in (tok, *tok.ancestors):
        if node.pos_ not in ("VERB", "AUX"):
            continue
        kids = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids):
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
            return False  # the trigger's own clause ends here ("killed by shelling" climbs to "killed")
    return False


# ---------------------------------------------------------------- merging


def _days_apart(a: str | None, b: str | None) -> int | None:
    from datetime import date

    try:
        return abs((date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])).days)
    except (TypeError, ValueError):
        return None


def _same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return False
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return (a.name or a.mention).lower() == (b.name or b.mention).lower()


def _vague_place(p: Place | None) -> bool:
    return p is None or (p.feature_code or "").upper().startswith(("PCL", "CONT", "RGN"))


def _refer(events: list[Mention], m: Mention) -> None:
    """A passing reference ("the cause of the explosion was not clear") adds its sentence, and the
    claims on it, to the same-type event it follows; alone it is no event."""
    host = next(
        (
            e
            for e in reversed(events)
            if e.modality == "asserted"
            and e.event_type == m.event_type
            and 0 <= m.start - e.spans[-1][1] < 1500
            and (not m.own_place or _vague_place(m.place) or _same_place(e.place, m.place))
        ),
        None,
    )
    if host is not None:
        host.spans += m.spans
        host.anchors += m.anchors


def _absorb(into: Mention, m: Mention) -> None:
    into.spans += m.spans
    if into.notes == "no instrument named" and m.notes != into.notes and m.event_type == into.event_type:
        # "strikes" (no weapon said) and "blown up" at one place and day: the specific reading wins.
        into.sub_event_type, into.plover, into.notes = m.sub_event_type, m.plover, m.notes
    into.anchors += m.anchors
    if (
        m.direct_toll
        and not into.direct_toll
        or (
            m.direct_toll == into.direct_toll
            and m.fatalities is not None
            and (into.fatalities is None or m.fatalities < into.fatalities)
        )
    ):
        into.fatalities, into.direct_toll, into.toll_span = m.fatalities, m.direct_toll, m.toll_span
    if into.actor1 is None or (
        m.actor1 is not None and m.actor1.start is not None and into.actor1.start is None
    ):
        into.actor1 = m.actor1 or into.actor1
    if into.actor2 is None:
        into.actor2 = m.actor2
    _absorb_date(into, m)
    if m.source and into.source and m.source not in into.source.split("; "):
        into.source = f"{into.source}; {m.source}"
    if into.place is not None and m.place is not None and (m.geo_precision or 9) < (into.geo_precision or 9):
        into.geo_precision = m.geo_precision


def _absorb_date(into: Mention, m: Mention) -> None:
    """A mention dated by its own expression dates an event only the report's date stood in for; two
    dated mentions on different days make a range (ACLED precision 2 for up to a week)."""
    if m.date_from != "expression" or not m.date:
        into.dated = into.dated or m.dated
        return
    if into.date_from != "expression" or not into.date:
        into.date, into.end_date, into.time_precision = m.date, m.end_date, m.time_precision
        into.date_from, into.date_span, into.dated = "expression", m.date_span, True
        return
    days = sorted(d for d in (into.date, into.end_date, m.date, m.end_date) if d)
    if days[0] != days[-1]:
        if m.date == days[0] and into.date != days[0]:
            into.date_span = m.date_span  # the evidence named is the one giving the first day
        into.date, into.end_date = days[0], days[-1]
        wide = _days_apart(days[0], days[-1]) or 0
        into.time_precision = max(into.time_precision, m.time_precision, 2 if wide <= 7 else 3)
    else:
        into.time_precision = min(into.time_precision, m.time_precision)
    into.dated = True


def merge(mentions: list[Mention], body_start: int | None = None) -> list[Mention]:
    """Merge mentions of one happening: same type, place and date (within a day). A mention with no
    precise place continues the same-type event just before it, or, in the lead, the one it summarises."""
    events: list[Mention] = []
    pending: list[Mention] = []
    leftovers: list[Mention] = []
    for m in mentions:
        if m.modality != "asserted":
            events.append(m)
            continue
        if m.reference:
            _refer(events, m)
            continue
        if _national_tally(m):
            continue  # "28 journalists were killed in Ukraine": a national tally, no one attack's toll
        if m.toll_only or not m.own_place:
            # A toll or a follow-up with no place of its own continues the violent event just before it.
            near = [
                e
                for e in events
                if e.modality == "asserted"
                and is_violent(e.event_type)
                and 0 <= m.start - e.spans[-1][1] < 600
                and (m.toll_only or e.event_type == m.event_type)
                and (not m.own_place or _vague_place(m.place) or _same_place(e.place, m.place))
            ]
            if near:
                # The event at the clause's (context) place first, then the latest one.
                _absorb(max(near, key=lambda e: (_same_place(e.place, m.place), e.spans[-1][1])), m)
                continue
            if m.toll_only:
                if m.fatalities is not None or m.own_place:
                    leftovers.append(m)  # an uncounted death with no place of its own adds nothing
                continue
        if not _vague_place(m.place):
            twin = next(
                (
                    e
                    for e in events
                    if e.modality == "asserted"
                    and e.event_type == m.event_type
                    and (e.sub_event_type == m.sub_event_type or "no instrument named" in (e.notes, m.notes))
                    and _same_place(e.place, m.place)
                    and (_days_apart(e.date, m.date) or 0) <= 1
                ),
                None,
            )
            if twin is not None:
                _absorb(twin, m)
            else:
                events.append(m)
            continue
        prev = next(
            (
                e
                for e in reversed(events)
                if e.modality == "asserted"
                and e.event_type == m.event_type
                and m.start - e.spans[-1][1] < 400
                and not _vague_place(e.place)
            ),
            None,
        )
        if prev is not None and m.start > prev.start:
            _absorb(prev, m)
        else:
            pending.append(m)
    for m in pending:
        lead = body_start is not None and m.start <= body_start + 5
        after = [
            e
            for e in events
            if e.modality == "asserted"
            and e.sub_event_type == m.sub_event_type
            and e.start > m.start
            and not _vague_place(e.place)
            and (_days_apart(e.date, m.date) or 0) <= 1
            and (m.place is None or m.place.country_code in (None, e.place and e.place.country_code))
        ]
        if lead and after:
            # The lead restates what the story details later: evidence, not a second attribution.
            m.anchors, m.source = [], None
            _absorb(after[0], m)
        elif (
            m.dated
            and (m.place is not None or not is_violent(m.event_type))
            or m.event_type == "Strategic developments"
            and m.place is not None
        ):
            events.append(m)
    for m in leftovers:
        _place_toll(events, m)
    return sorted(events, key=lambda e: e.start)


def _political(sub: str, note: str) -> bool:
    """A state's political act (not a deployment, which happens where the troops go)."""
    return note in ("sanctions", "takeover") or sub == "Agreement"


def _seat_of_government(m: Mention, capital_of: CapitalLookup) -> None:
    """A state's own act that the text places only at its country ("Germany has taken the firm under
    state control") happened at its seat of government: ACLED codes national decisions at the capital.
    The place keeps the country's words as its evidence, at geo-precision 3."""
    if m.event_type != "Strategic developments" or not _political(m.sub_event_type, m.notes):
        return
    if m.actor1 is None or m.actor1.inter != 1 or m.place is None:
        return
    if not (m.place.feature_code or "").startswith("PCL"):
        return
    seat = capital_of(m.place.country_code)
    if seat is None or seat.latitude is None or seat.longitude is None:
        return
    m.place = dataclasses.replace(
        m.place,
        name=seat.name,
        geonameid=seat.geonameid,
        latitude=seat.latitude,
        longitude=seat.longitude,
        admin1=seat.admin1,
        feature_code=seat.feature_code,
    )
    m.geo_precision = 3


def _national_tally(m: Mention) -> bool:
    return (
        m.toll_only and m.own_place and m.place is not None and (m.place.feature_code or "").startswith("PCL")
    )


def _place_toll(events: list[Mention], m: Mention) -> None:
    """A death toll no attack preceded: the same-place attack reported after it, else an event of the
    document's usual violent kind ("other areas included Cherkasy, where one person died")."""
    violent = [e for e in events if e.modality == "asserted" and is_violent(e.event_type)]
    same = [e for e in violent if _same_place(e.place, m.place)]
    if same:
        _absorb(same[0], m)
        return
    if _vague_place(m.place):
        # No place of its own: the toll of the nearest attack around it, if one is close.
        close = [e for e in violent if min(abs(m.start - e.spans[0][0]), abs(m.start - e.spans[-1][1])) < 800]
        if close:
            _absorb(min(close, key=lambda e: min(abs(m.start - s) for s, _ in e.spans)), m)
        return
    if violent:
        kind = Counter((e.event_type, e.sub_event_type) for e in violent).most_common(1)[0][0]
        m.event_type, m.sub_event_type = kind
        m.plover = plover_for(kind[1], "")
        m.actor1 = next((e.actor1 for e in violent if e.sub_event_type == kind[1] and e.actor1), None)
    events.append(m)


# ---------------------------------------------------------------- status and claims


def _related_claims(doc: Document, m: Mention, others: list[Mention]) -> list[int]:
    """Claims overlapping the event's evidence, plus replies (counter-claims, denials, concessions) that
    follow it closely without touching another event."""
    out = [i for i, c in enumerate(doc.claims) if any(c.start < e and s < c.end for s, e in m.anchors)]
    if not any(doc.claims[i].stance in ("claim", "concession", "accusation") for i in out):
        return out  # only a disputed claim draws replies
    last = max(e for _, e in m.spans)
    for i, c in enumerate(doc.claims):
        if (
            i not in out
            and c.stance in ("counter-claim", "denial", "concession")
            and last <= c.start < last + 500
            and not any(c.start < e and s < c.end for o in others if o is not m for s, e in o.spans)
        ):
            out.append(i)
    return out


def _status(doc: Document, m: Mention, claims: list[Claim]) -> EventStatus:
    stances = {c.stance for c in claims}
    party_claim = is_violent(m.event_type) and any(
        c.stance in ("claim", "report") and c.by and _same_side(c.by, m) for c in claims
    )
    if stances & {"claim", "accusation"} and stances & {"counter-claim", "denial"}:
        return "contested"
    if stances & {"eyewitness", "confirmation"} or (stances & {"claim"} and "concession" in stances):
        return "confirmed"
    # One side's word is a claim unless the outlet also tells it in its own voice.
    voiced = any(not _attributed(doc, s, e) for s, e in m.spans)
    if (stances & {"claim", "accusation"} or party_claim) and not voiced:
        return "claimed"
    if stances == {"denial"}:
        return "denied"
    return "reported"


def _attributed(doc: Document, start: int, end: int) -> bool:
    """True when a clause is someone's reported speech (a claim or quote overlaps it)."""
    return any(c.start < end and start < c.end for c in doc.claims) or any(
        q.start < end and start < q.end for q in doc.quotes
    )


def _same_side(by: str, m: Mention) -> bool:
    side = side_of(resolve_actor(by))
    return side is not None and side == side_of(m.actor1)


def code_events(doc: Document, parsed: SpacyDoc, capital_of: CapitalLookup | None = None) -> Document:
    """Add ``events`` and ``figures`` to ``doc`` and link its claims to the events they are about.

    ``capital_of`` (a country code -> its capital, e.g. :meth:`sitrep.gazetteer.Gazetteer.capital`)
    places a state's own act that the text ties only to its country."""
    body = [z.start for z in doc.zones if z.kind == "body"]
    mentions = merge(classify_units(doc, parsed), min(body) if body else None)
    if capital_of is not None:
        for m in mentions:
            _seat_of_government(m, capital_of)
    events: list[Event] = []
    claim_event: dict[int, int] = {}
    tolls: set[tuple[int, int]] = set()
    for m in mentions:
        related = _related_claims(doc, m, mentions)
        status: EventStatus = (
            _status(doc, m, [doc.claims[i] for i in related]) if m.modality == "asserted" else "reported"
        )
        if m.modality == "asserted":
            for i in related:
                claim_event.setdefault(i, len(events))
        if m.toll_span and m.modality == "asserted":
            tolls.add(m.toll_span)
        events.append(
            Event(
                event_type=m.event_type,
                sub_event_type=m.sub_event_type,
                event_date=m.date,
                time_precision=m.time_precision,
                actor1=m.actor1,
                actor2=m.actor2,
                location=location_of(m.place) if m.place else None,
                geo_precision=m.geo_precision,
                fatalities=m.fatalities if m.modality == "asserted" else None,
                status=status,
                modality=m.modality,
                source=m.source,
                evidence=tuple(Span(s, e) for s, e in sorted(set(m.spans))),
                notes="" if m.notes == "no instrument named" else m.notes,
                plover_type=m.plover[0],
                plover_mode=m.plover[1],
                end_date=m.end_date if m.end_date != m.date else None,
                trigger=m.trigger.text,
                date_from=m.date_from,
                date_evidence=Span(*m.date_span) if m.date_span else None,
            )
        )
    claims = tuple(dataclasses.replace(c, event=claim_event.get(i)) for i, c in enumerate(doc.claims))
    figures = tuple(find_figures(doc, parsed, exclude=tolls))
    return dataclasses.replace(doc, events=tuple(events), figures=figures, claims=claims)
