"""The date of one event: the time expression that governs its trigger, else the report's date.

Used by :mod:`sitrep.events` (through :func:`event_date`). Needs ``doc.timerefs`` and
``doc.published`` (from :mod:`sitrep.timeref`) and the spaCy parse.

Governing, not nearest: an expression dates an event when, in the dependency parse, it hangs
off the event's trigger (or, for a noun trigger, the verb of its clause: "On Thursday, the
shelling of Kharkiv killed nine"), or off a verb above the trigger through clause links
("tried to gain ground on Friday by shelling"; coordinated verbs share their time). An
expression inside a relative clause or a noun's modifier ("the city, liberated in
September, was shelled") does not. A time on a reporting verb above the event ("said on
Friday that Russia shelled ...") bounds it, so it dates the event only approximately.

A quoted "today" or "yesterday" counts from when the words were said when the quote's cue verb is
dated ("Zelensky said on Thursday: 'Today they shelled Kharkiv'" is Thursday, whatever the report's day).

Ranges: an expression with an end ("since Monday", "day and night", "overnight") and a
duration in a past or perfect clause ("over the past week", "for three days") give a start
and an end date. Otherwise the report's date stands in, at ACLED's month precision (3), and
:attr:`EventDate.basis` says so; dates after the report for events told as done are refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.schema import Document, TimeRef

__all__ = ["REPORTING", "DateBasis", "EventDate", "event_date", "sentence_bounds"]

DateBasis = Literal["expression", "document", "none"]

# Verbs whose time is when something was said, not when what was said happened.
REPORTING = frozenset(
    [
        "say",
        "tell",
        "report",
        "announce",
        "claim",
        "confirm",
        "state",
        "add",
        "admit",
        "deny",
        "acknowledge",
        "allege",
        "write",
        "post",
        "publish",
        "declare",
        "reveal",
        "note",
        "insist",
        "accuse",
        "warn",
        "testify",
    ]
)
_NOT_THE_EVENTS = frozenset({"relcl", "acl", "appos"})  # modifiers of a noun: their time is theirs
_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


@dataclass(frozen=True)
class EventDate:
    """When an event happened, how precisely (ACLED 1-3), and what says so."""

    date: str | None
    end_date: str | None
    precision: int
    basis: DateBasis
    ref: TimeRef | None = None
    note: str = ""


def event_date(
    doc: Document,
    parsed: SpacyDoc | None,
    start: int,
    end: int,
    trigger: Token | None = None,
    done: bool = True,
) -> EventDate:
    """The date of the event whose clause is ``doc.text[start:end]`` and whose word is ``trigger``.

    ``done``: the event is told as having happened (not planned or threatened), so a date after the
    report is a mistake (a misread year), not the event's.
    """
    published = _day(doc.published)
    refused: list[str] = []
    candidates = []
    for t in _sentence_refs(doc, start, end, parsed):
        problem = _implausible(t, published, done)
        if problem:
            refused.append(f"{t.text!r} ({problem})")
        else:
            candidates.append(t)
    chosen = _governing(candidates, parsed, trigger, start, end)
    if chosen is not None:
        ref, reported = chosen
        first, last = _span_of(ref, published, doc.text, parsed)
        partner = _range_partner(doc.text, ref, candidates)
        if partner is not None and first is not None:
            # "between Monday and Wednesday", "from Feb. 10 to Feb. 20": one range over both
            days = sorted(d for d in (first, last, _day(partner.date), _day(partner.end_date)) if d)
            first, last = days[0], days[-1]
        shift = _speech_shift(doc, parsed, ref, published)
        if shift is not None and first is not None:
            # a quoted "today"/"yesterday" counts from when the words were said, not from the report
            moved, said = shift
            first, last = first + timedelta(days=moved), (last + timedelta(days=moved) if last else None)
            found = _dated(ref, first, last, published, reported)
            return EventDate(
                found.date,
                found.end_date,
                found.precision,
                found.basis,
                ref,
                f"{found.note}, said {said.text!r}",
            )
        if first is not None:
            return _dated(ref, first, last, published, reported)
    why = "no time expression governs the event" if not refused else f"refused {', '.join(refused)}"
    if published is None:
        return EventDate(None, None, 3, "none", note=f"undated: {why} and the report has no date")
    return EventDate(
        published.isoformat(),
        None,
        3,
        "document",
        note=f"the report's date ({doc.published_from}), not the event's: {why}",
    )


def _dated(ref: TimeRef, first: date, last: date | None, published: date | None, reported: bool) -> EventDate:
    if ref.precision in ("month", "year") and published is not None and first <= published <= (last or first):
        # "this year", "in May": the report date is the best single day, and only approximate
        return EventDate(published.isoformat(), None, 3, "expression", ref, f"within {ref.text!r}")
    precision = _precision(ref, first, last)
    if reported:
        precision = max(precision, 2)  # "said on Friday that ...": on or before that day
    note = f"{'by' if reported else 'on'} {ref.text!r}"
    end = last.isoformat() if last is not None and last != first else None
    return EventDate(first.isoformat(), end, precision, "expression", ref, note)


def _precision(ref: TimeRef, first: date, last: date | None) -> int:
    if last is not None and last != first:
        span = (last - first).days
        return 2 if span <= 7 else 3
    return {"day": 1, "week": 2}.get(ref.precision, 3)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _implausible(ref: TimeRef, published: date | None, done: bool) -> str | None:
    """Why a date cannot be a done event's: after the report (a day's grace for time zones)."""
    first = _day(ref.date)
    if first is None or not done:
        return None
    limit = published or date.today()
    if first > limit + timedelta(days=1):
        return f"{first} is after the report" if published else f"{first} is in the future"
    return None


def _sentence_refs(doc: Document, start: int, end: int, parsed: SpacyDoc | None) -> list[TimeRef]:
    s_start, s_end = sentence_bounds(doc.text, start, end, parsed)
    return [
        t
        for t in doc.timerefs
        if s_start <= t.start < s_end
        and t.type in ("DATE", "TIME", "DURATION")
        and (t.date is not None or t.type == "DURATION" or _RECENT.search(t.text))
    ]


# "in recent days", "over the past few days": the last week up to the report; "recent weeks": its month
_RECENT = re.compile(
    r"(?i)\b(?:recent|past\s+(?:few|several)|last\s+(?:few|several))\s+(?P<unit>days|weeks)\b"
)


def _span_of(
    ref: TimeRef, published: date | None, text: str, parsed: SpacyDoc | None
) -> tuple[date | None, date | None]:
    """The first and last day an expression covers; a duration counts back from the report
    ("over the past week", "has shelled ... for three days") when it reaches up to it."""
    recent = _RECENT.search(ref.text) if ref.date is None else None
    if recent is not None:
        if published is None:
            return None, None
        return published - timedelta(days=6 if recent["unit"].lower() == "days" else 27), published
    if ref.type != "DURATION" or ref.end_date is not None:
        return _day(ref.date), _day(ref.end_date)
    if published is None:
        return None, None
    before = text[max(0, ref.start - 25) : ref.start]
    if not re.search(r"\b(?:past|last)\b", ref.text + " " + before, re.I) and not _perfect_for(
        text, ref, parsed
    ):
        return None, None
    days = _duration_days(ref)
    if days is None or days <= 0:
        return None, None
    return published - timedelta(days=days - 1), published


_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+(?:the\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"\s*(?:and|to|through|till|until|-|–|—)\s*(?:the\s+)?", re.I)


_DEICTIC = re.compile(r"(?i)^(?:today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening))$")


def _speech_shift(
    doc: Document, parsed: SpacyDoc | None, ref: TimeRef, published: date | None
) -> tuple[int, TimeRef] | None:
    """Days to move a deictic expression inside a quote whose speaking is dated ("Zelensky said on
    Thursday: 'Today Russia shelled Kharkiv'"), and the expression dating the speaking."""
    if parsed is None or published is None or not _DEICTIC.match(ref.text.strip()):
        return None
    quote = next((q for q in doc.quotes if q.start <= ref.start and ref.end <= q.end), None)
    if quote is None or quote.cue_start is None:
        return None
    cue = parsed.char_span(quote.cue_start, quote.cue_end or quote.cue_start + 1, alignment_mode="expand")
    if cue is None or not len(cue):
        return None
    verb = cue.root
    lo, hi = verb.sent.start_char, verb.sent.end_char
    for t in doc.timerefs:
        if not lo <= t.start < hi or quote.start <= t.start < quote.end or t.type not in ("DATE", "TIME"):
            continue
        said = _day(t.date)
        if said is None or t.precision != "day" or t.end_date or _attachment(parsed, t, verb) != 0:
            continue
        return (said - published).days, t
    return None


def _range_partner(text: str, ref: TimeRef, refs: list[TimeRef]) -> TimeRef | None:
    """The other end of "between X and Y" / "from X to Y" / "X-Y", when ``ref`` is one end."""
    by_start = sorted(refs, key=lambda t: t.start)
    for a, b in zip(by_start, by_start[1:], strict=False):
        if ref not in (a, b) or not a.date or not b.date:
            continue
        if _RANGE_JOIN.fullmatch(text[a.end : b.start]) and (
            _RANGE_OPEN.search(text[max(0, a.start - 12) : a.start]) or text[a.end : b.start].strip() in "-–—"
        ):
            return b if ref is a else a
    return None


def _perfect_for(text: str, ref: TimeRef, parsed: SpacyDoc | None) -> bool:
    """ "has shelled the city for three days": a duration up to now."""
    if not re.search(r"\bfor\s+$", text[max(0, ref.start - 5) : ref.start], re.I) or parsed is None:
        return False
    span = parsed.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.lower_ in ("has", "have", "'ve") for c in verb.children)


def _duration_days(ref: TimeRef) -> int | None:
    m = re.fullmatch(r"P(?:T(\d+)H|(\d+|X)([DWMY]))", ref.value)
    if m is None:
        return None
    if m[1]:
        return max(1, -(-int(m[1]) // 24))
    if m[2] == "X":  # "the past week": one unit when the words say a single one
        if not re.search(r"\b(?:the|a|last|past)\s+(?:day|week|month|year)\b", ref.text, re.I):
            return None
        return _UNIT_DAYS[m[3]]
    return int(m[2]) * _UNIT_DAYS[m[3]]


# ------------------------------------------------------------------ governance


def _governing(
    candidates: list[TimeRef], parsed: SpacyDoc | None, trigger: Token | None, start: int, end: int
) -> tuple[TimeRef, bool] | None:
    """The expression governing the event, and whether it reached it only through a reporting verb."""
    if not candidates:
        return None
    if parsed is None or trigger is None:
        # No parse: the expression nearest the clause's words, as the best we can do.
        return min(candidates, key=lambda t: (_distance(t, start, end), t.start)), False
    ranked = []
    for t in candidates:
        level = _attachment(parsed, t, trigger)
        if level is not None:
            ranked.append((level, _RANK.get(t.precision, 4), _distance(t, trigger.idx, trigger.idx + 1), t))
    if not ranked:
        return None
    level, _, _, best = min(ranked, key=lambda r: r[:3])
    return best, level == 2


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _distance(t: TimeRef, start: int, end: int) -> int:
    if t.start < end and start < t.end:
        return 0
    return min(abs(t.start - end), abs(start - t.end))


def _clause_verb(token: Token) -> Token:
    """A verb trigger itself; a noun trigger's nearest verb above it (the verb of its clause)."""
    if token.pos_ in ("VERB", "AUX"):
        return token
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), token)


def _attachment(parsed: SpacyDoc, ref: TimeRef, trigger: Token) -> int | None:
    """0: the time hangs off the trigger or its clause's verb; 1: off a verb above it (or one
    coordinated with it) through clause links; 2: off a reporting verb above it; None: elsewhere."""
    span = parsed.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = _clause_verb(trigger)
    own = {trigger.i, verb.i}
    # climb from the expression to the first verb, or to the trigger when it is a noun on the way
    governor = span.root
    while governor.i not in own and governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
        governor = governor.head
    if governor.i in own:
        return 0
    if trigger.pos_ not in ("VERB", "AUX") and governor.i in {t.i for t in trigger.subtree}:
        return 0
    up = _path_up(verb, governor.i)
    if up is not None:
        return 2 if governor.lemma_.lower() in REPORTING else 1
    # coordinated verbs share their time: "shelled Kharkiv and struck Lyman on Thursday"
    if governor.dep_ == "conj" and _path_up(governor, verb.i) is not None:
        return 1
    return None


def _path_up(token: Token, target: int) -> list[Token] | None:
    """The tokens from ``token`` up to the ancestor ``target`` when every link is a clause link."""
    path: list[Token] = []
    while token.i != target:
        if token.dep_ in _NOT_THE_EVENTS or token.head.i == token.i or len(path) > 30:
            return None
        path.append(token)
        token = token.head
    return path


def sentence_bounds(text: str, start: int, end: int, parsed: SpacyDoc | None) -> tuple[int, int]:
    """The sentence(s) holding ``[start, end)``, kept within its line (headline, caption, paragraph)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", max(end - 1, start))
    line_end = len(text) if line_end < 0 else line_end
    if parsed is not None:
        span = parsed.char_span(start, max(end, start + 1), alignment_mode="expand")
        if span is not None and len(span):
            first, last = span[0].sent, span[-1].sent
            return max(first.start_char, line_start), min(last.end_char, line_end)
    stops = [m.end() for m in re.finditer(r"[.!?][\"”’)]*\s", text[line_start:start])]
    left = line_start + (stops[-1] if stops else 0)
    after = re.search(r"[.!?][\"”’)]*(?:\s|$)", text[end:line_end])
    return left, (end + after.end() if after else line_end)
