"""Time-expression recognition and TIMEX3-style normalisation (used by :mod:`sitrep.timeref`).

Recognition is rule-based: token-bounded patterns over the text (weekdays, month-day
dates, "last week", "for eight years", "the past 48 hours", "day and night" ...) plus
spaCy DATE/TIME entities the patterns missed, filtered so that ages ("50-year-old"),
model names ("T-62") and running times ("29:07") never become dates.

Normalisation is relative to the document date (DCT) in *news mode*: a bare weekday
or month-day in a past-tense clause is the latest such day on or before the DCT, in a
future clause the next one on or after it.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc as SpacyDoc

from sitrep.timex_extra import EXTRA_PATTERNS, entity_duration
from sitrep.timex_rules import (
    MONTHS,
    PARTS_OF_DAY,
    PATTERNS,
    SET_HANDLER,
    WEEKDAYS,
    Ctx,
    Handler,
    Norm,
    Tense,
)

__all__ = ["MONTHS", "WEEKDAYS", "Norm", "Tense", "find_timexes", "tense_at"]

_BAD_CONTEXT = re.compile(r"-old\b|\bold\b", re.I)
_ENT_TIME_WORD = re.compile(
    r"\b(?:day|days|week|weeks|month|months|year|years|decade|decades|century|morning|afternoon|evening|night|"
    r"hour|hours|minute|minutes|season|quarter|weekend|today|yesterday|tomorrow|tonight|now|ago|era|time)\b",
    re.I,
)


_PLAN_VERBS = frozenset({
    "plan", "schedule", "set", "expect", "intend", "agree", "decide", "vow", "promise", "threaten", "pledge",
    "hope", "want", "aim", "prepare", "propose", "announce", "order", "call", "urge", "ask", "seek", "try",
    "refuse", "offer", "be", "have", "need", "mean",
})


def tense_at(parsed: SpacyDoc | None, offset: int) -> Tense | None:
    """The tense of the clause governing the token at ``offset`` (None without a parse)."""
    if parsed is None:
        return None
    span = parsed.char_span(offset, offset + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    possessive = token.dep_ == "poss"  # "Wednesday's ruling": a day already known, unless "will" says so
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    aux = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & {"will", "'ll", "shall", "wo"} or (
        token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)
    ):
        return "future"
    if possessive:
        return "past"
    # "to leave on Thursday" under "planned"/"set": an infinitive points ahead, unless it hangs on a
    # past verb that is no plan ("staged celebrations to mark the entry on Friday") or on "had been".
    if token.tag_ == "VB" and any(c.lower_ == "to" for c in aux):
        head = token.head
        head_aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.i != token.i and head.pos_ in ("VERB", "AUX") and (
            "had" in head_aux or (head.tag_ == "VBD" and head.lemma_ not in _PLAN_VERBS)
        ):
            return "past"
        return "future"
    if words & {"has", "have", "had"} or any(c.tag_ == "VBD" for c in aux):
        return "past"
    if any(c.tag_ == "MD" for c in aux) or words & {"is", "are", "be", "am", "'s", "'re"}:
        return "present"
    if token.tag_ in ("VBD", "VBN"):
        return "past"
    if token.tag_ in ("VBZ", "VBP", "VBG", "VB"):
        return "present"
    return None


def _bad_span(text: str, start: int, end: int) -> bool:
    after = text[end : end + 6]
    before = text[max(0, start - 3) : start]
    if _BAD_CONTEXT.match(after.lstrip("- ")) and after[:1] in "- ":
        return True
    return re.search(r"(?<![A-Za-z])[A-Za-z]{1,2}-$", before) is not None  # "T-62", "MH-17"


def find_timexes(
    text: str,
    dct: date | None,
    parsed: SpacyDoc | None = None,
    conflict_start: date | None = None,
) -> list[Norm]:
    """All time expressions in ``text``, normalised against ``dct``; non-overlapping, in text order."""
    found: list[tuple[int, int, Handler, re.Match[str]]] = []
    for pattern, handler in EXTRA_PATTERNS + PATTERNS:  # the more specific extra rules win ties
        for m in pattern.finditer(text):
            start, end = m.span("x") if "x" in pattern.groupindex else m.span()
            start += len(text[start:end]) - len(text[start:end].lstrip())
            if end > start:
                found.append((start, end, handler, m))
    # Longest first, then earliest: a greedy cover of non-overlapping expressions.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: list[Norm] = []
    for start, end, handler, m in found:
        if any(n.start < end and start < n.end for n in taken) or _bad_span(text, start, end):
            continue
        ctx = Ctx(
            dct=dct,
            tense=tense_at(parsed, start) if parsed is not None else _guess_tense(text, start),
            conflict_start=conflict_start,
        )
        if handler is SET_HANDLER and _is_modifier(parsed, start, end):
            continue  # "daily newspaper": an adjective, not a recurrence of an event
        result = handler(m, ctx)
        if result is None:
            continue
        type_, value, d, end_d, precision = result
        taken.append(Norm(start, end, type_, value, d, end_d, precision))
    if parsed is not None:
        taken.extend(_from_entities(text, parsed, taken, dct))
    return _year_ago_quarters(text, _merge_clock_and_day(text, sorted(taken, key=lambda n: n.start)))


def _year_ago_quarters(text: str, norms: list[Norm]) -> list[Norm]:
    """ "Profit rose in the third quarter from a year ago": "a year ago" is that quarter a year before."""
    out = []
    for n in norms:
        phrase = text[n.start : n.end]
        year_ago = re.search(r"\byear[\s-]+(?:ago|earlier)$", phrase, re.I)
        if re.fullmatch(r"(?:19|20)\d\d", n.value) and year_ago:
            # the nearest quarter named just before (same or previous sentence) sets the period compared
            quarters = [
                o for o in norms if n.start - 400 <= o.start < n.start and re.fullmatch(r"\d{4}-Q\d", o.value)
            ]
            if quarters:
                # the phrase fixes the year, the quarter named the period (also after a year-ago quarter)
                q = quarters[-1].value.split("-Q")[1]
                n = Norm(n.start, n.end, "DATE", f"{n.value}-Q{q}", None, None, "month")
        out.append(n)
    return out


def _is_modifier(parsed: SpacyDoc | None, start: int, end: int) -> bool:
    if parsed is None:
        return False
    span = parsed.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].dep_ == "amod"


_JOIN = re.compile(
    r"\s*(?:(?:[ECMP][SD]T|GMT|UTC|local\s+time|Kyiv\s+time|Moscow\s+time)\s*)?"
    r"(?:\(\d{3,4}\s*(?:GMT|UTC)\)\s*)?,?\s*(?:on\s+|at\s+)?"  # "10:35 a.m. (0735 GMT) Friday"
)


def _merge_clock_and_day(text: str, norms: list[Norm]) -> list[Norm]:
    """ "10 p.m. Wednesday", "noon Thursday", "Friday at 9 a.m.": one TIME on that day."""
    out: list[Norm] = []
    for n in norms:
        prev = out[-1] if out else None
        if prev is not None and _JOIN.fullmatch(text[prev.end : n.start]):
            clock, day = (prev, n) if prev.type == "TIME" and "T" in prev.value else (n, prev)
            clock_ok = "T" in clock.value and clock.value[11:12].isdigit()
            if clock_ok and day.type == "DATE" and day.date is not None and len(day.value) == 10:
                value = day.value + clock.value[10:]
                out[-1] = Norm(prev.start, n.end, "TIME", value, day.date, None, "day")
                continue
        out.append(n)
    return out


_PART = re.compile(r"\b(?:morning|afternoon|evening|night)\b")


def _from_entities(text: str, parsed: SpacyDoc, taken: list[Norm], dct: date | None) -> list[Norm]:
    """spaCy DATE/TIME entities no pattern covered, kept only when they name a time unit."""
    extra: list[Norm] = []
    for ent in parsed.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if any(n.start < ent.end_char and ent.start_char < n.end for n in taken + extra):
            continue
        year = re.fullmatch(r"(?:19|20)\d\d", ent.text)
        if year is not None and not _bad_span(text, ent.start_char, ent.end_char):
            y = ent.text  # a bare year the parser tagged as a date ("1990 was a good year")
            extra.append(Norm(ent.start_char, ent.end_char, "DATE", y, f"{y}-01-01", f"{y}-12-31", "year"))
            continue
        if not _ENT_TIME_WORD.search(ent.text) or _bad_span(text, ent.start_char, ent.end_char):
            continue
        if re.search(r"-old\b|\bold$", ent.text) or re.search(r"\d+(?:st|nd|rd|th)\s+day", ent.text):
            continue
        words = ent.text.lower()
        if "ago" in words or words.startswith(("last", "past", "earlier")):
            value = "PAST_REF"
        elif words.startswith(("next", "coming")):
            value = "FUTURE_REF"
        elif dct is not None and (part := _PART.search(words)) is not None:
            # "mid-afternoon yesterday", "by mid afternoon": that part of the day named, else of the DCT
            shift = -1 if "yesterday" in words else 1 if "tomorrow" in words else 0
            d = (dct + timedelta(days=shift)).isoformat()
            value = f"{d}T{PARTS_OF_DAY[part[0]]}"
            extra.append(Norm(ent.start_char, ent.end_char, "TIME", value, d, None, "day"))
            continue
        elif any(w in words for w in ("morning", "evening", "night", "afternoon", "today", "now")):
            value = "PRESENT_REF"
        else:
            counted = entity_duration(words)
            vague = "PXD" if "day" in words else "PXY"
            extra.append(Norm(ent.start_char, ent.end_char, "DURATION", counted or vague))
            continue
        extra.append(Norm(ent.start_char, ent.end_char, "TIME" if ent.label_ == "TIME" else "DATE", value))
    return extra


_FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|is\s+to|are\s+to|plans?\s+to|scheduled|expected\s+to|due\s+to)\b", re.I
)


def _guess_tense(text: str, offset: int) -> Tense | None:
    """Without a parse: future when the clause before the expression has a future cue, else past."""
    left = text[max(0, offset - 80) : offset]
    left = re.split(r"[.!?;]\s", left)[-1]
    return "future" if _FUTURE_CUE.search(left) else "past"
