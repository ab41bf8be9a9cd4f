"""The rules behind :mod:`sitrep.timex`: vocabulary, one pattern per kind of time expression,
and for each a handler that normalises a match TIMEX3-style against the document date.

Handlers return (type, value, date, end_date, precision) or None to reject the match.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sitrep.numbers import CARDINALS

__all__ = [
    "MONTHS",
    "PATTERNS",
    "SET_HANDLER",
    "WEEKDAYS",
    "Ctx",
    "Handler",
    "Norm",
    "Precision",
    "Tense",
    "TimexType",
]

Tense = Literal["past", "present", "future"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal["day", "week", "month", "year", "unknown"]


@dataclass(frozen=True)
class Norm:
    """A recognised, normalised time expression over ``text[start:end]``."""

    start: int
    end: int
    type: TimexType
    value: str
    date: str | None = None
    end_date: str | None = None
    precision: Precision = "unknown"


@dataclass(frozen=True)
class Ctx:
    dct: date | None
    tense: Tense | None
    conflict_start: date | None


MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
NUMBERS = {
    **CARDINALS,
    "a": 1,
    "an": 1,
    "hundred": 100,
    "a hundred": 100,
    "a dozen": 12,
    "dozen": 12,
    "a couple of": 2,
    "a couple": 2,
}
_VAGUE = {"several", "few", "a few", "many", "some", "recent", "the", "coming", "past"}
# TIMEX3 unit letters; decades and centuries use DE/CE.
UNITS = {
    "second": ("T", "S"),
    "minute": ("T", "M"),
    "hour": ("T", "H"),
    "day": ("", "D"),
    "night": ("", "D"),
    "week": ("", "W"),
    "fortnight": ("", "W"),
    "month": ("", "M"),
    "year": ("", "Y"),
    "decade": ("", "DE"),
    "century": ("", "CE"),
    "centurie": ("", "CE"),
    "weekend": ("", "WE"),
}
_UNIT_PRECISION: dict[str, Precision] = {
    "S": "day",
    "M": "month",
    "H": "day",
    "D": "day",
    "W": "week",
    "Y": "year",
    "DE": "year",
    "CE": "year",
}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

_MONTH = (
    r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMWORD = (
    r"(?:a\s+couple(?:\s+of)?|a\s+dozen|a\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|dozen|"
    r"\d+(?:\.\d+)?|an?)"
)
_NUM = rf"(?P<num>{_NUMWORD}|several|a\s+few|few|many|some)"
_UNIT = r"(?P<unit>second|minute|hour|day|night|week|fortnight|month|year|decade|centur(?:y|ie))s?"
_WDS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?"
_MONTHS_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_B = r"(?<![\w-])"  # left token boundary (also not inside "T-62")
_E = r"(?![\w-])"  # right token boundary (also not "year-old")


def _number(words: str) -> int | None:
    words = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    if words in NUMBERS:
        return NUMBERS[words]
    if re.fullmatch(r"\d+", words):
        return int(words)
    parts = words.split()
    if len(parts) == 2 and parts[0] in NUMBERS and parts[1] in NUMBERS:
        return NUMBERS[parts[0]] + NUMBERS[parts[1]]
    return None


def _iso(d: date) -> str:
    return d.isoformat()


def _week_value(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    year, month = d.year + m // 12, m % 12 + 1
    return date(year, month, min(d.day, 28))


def _month_range(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, _add_months(first, 1).replace(day=1) - timedelta(days=1)


def _weekday_date(dct: date, weekday: int, tense: Tense | None, modifier: str | None) -> date:
    """Resolve a weekday against the DCT: past/unknown → on or before, future → on or after."""
    back = (dct.weekday() - weekday) % 7
    fwd = (weekday - dct.weekday()) % 7
    if modifier == "last":
        return dct - timedelta(days=back or 7)
    if modifier in ("next", "coming"):
        return dct + timedelta(days=fwd or 7)
    if modifier == "this":
        return dct - timedelta(days=dct.weekday()) + timedelta(days=weekday)
    if tense == "future":
        return dct + timedelta(days=fwd)
    if tense == "present" and fwd < back:
        # "talks set to resume Monday", "as soon as Tuesday": the nearer side, ties to the past
        return dct + timedelta(days=fwd)
    return dct - timedelta(days=back)


def _month_day_year(dct: date, month: int, day: int, tense: Tense | None) -> date | None:
    """The year of a month-day without one: the tense decides the side, else the nearest."""
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _choose(candidates, dct, tense)


def _choose(candidates: list[date], dct: date, tense: Tense | None) -> date | None:
    """Past: the latest on or before the DCT, allowing two months ahead ("extended until Nov. 9");
    future: the first on or after it; otherwise the nearest."""
    if not candidates:
        return None
    if tense == "past":
        past = [c for c in candidates if c <= dct + timedelta(days=62)]
        if past:
            return max(past)
    if tense == "future":
        future = [c for c in candidates if c >= dct - timedelta(days=1)]
        if future:
            return min(future)
    return min(candidates, key=lambda c: abs((c - dct).days))


def _day(
    d: date | None, value_suffix: str = "", type_: TimexType = "DATE"
) -> tuple[TimexType, str, str | None]:
    if d is None:
        return type_, "XXXX-XX-XX" + value_suffix, None
    return type_, _iso(d) + value_suffix, _iso(d)


_Out = tuple[TimexType, str, str | None, str | None, Precision] | None
Handler = Callable[[re.Match[str], Ctx], _Out]


def _g(m: re.Match[str], name: str) -> str:
    """A group's text, "" when the pattern lacks the group or it did not take part."""
    return m.groupdict().get(name) or ""


# --- handlers: each turns a match into (type, value, date, end_date, precision) ---------------------


def _h_month_day(m: re.Match[str], ctx: Ctx) -> _Out:
    month = MONTHS[_g(m, "month").lower().rstrip(".")]
    day = int(_g(m, "day"))
    if not 1 <= day <= 31:
        return None
    if _g(m, "year"):
        try:
            d: date | None = date(int(_g(m, "year")), month, day)
        except ValueError:
            return None
    elif ctx.dct is not None:
        d = _month_day_year(ctx.dct, month, day, ctx.tense)
    else:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None, "day"
    t, v, iso = _day(d)
    return t, v, iso, None, "day"


def _h_month_year(m: re.Match[str], ctx: Ctx) -> _Out:
    month = MONTHS[_g(m, "month").lower().rstrip(".")]
    rel = (_g(m, "rel") or _g(m, "pre")).lower()
    if _g(m, "year"):
        year = int(_g(m, "year"))
    elif ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", None, None, "month"
    elif rel in ("last", "next", "this"):
        # "last November": the latest November before this month; "April next year": next year's April.
        if _g(m, "rel"):
            year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        elif rel == "last":
            year = ctx.dct.year - (1 if month >= ctx.dct.month else 0)
        elif rel == "next":
            year = ctx.dct.year + (1 if month <= ctx.dct.month else 0)
        else:
            year = ctx.dct.year
    else:
        firsts = [date(y, month, 1) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)]
        # compare month starts with the DCT's month start so "in May" said in May is this May
        chosen = _choose(firsts, ctx.dct.replace(day=1), ctx.tense)
        year = chosen.year if chosen else ctx.dct.year
    first, last = _month_range(year, month)
    return "DATE", f"{year}-{month:02d}", _iso(first), _iso(last), "month"


def _h_iso(m: re.Match[str], ctx: Ctx) -> _Out:
    try:
        d = date(int(_g(m, "y")), int(_g(m, "mo")), int(_g(m, "d")))
    except ValueError:
        return None
    return "DATE", _iso(d), _iso(d), None, "day"


def _h_year(m: re.Match[str], ctx: Ctx) -> _Out:
    year = int(_g(m, "year"))
    return "DATE", str(year), f"{year}-01-01", f"{year}-12-31", "year"


def _h_decade(m: re.Match[str], ctx: Ctx) -> _Out:
    return "DATE", _g(m, "dec")[:3], f"{_g(m, 'dec')[:3]}0-01-01", f"{_g(m, 'dec')[:3]}9-12-31", "year"


def _h_weekday(m: re.Match[str], ctx: Ctx) -> _Out:
    weekday = WEEKDAYS[_g(m, "wd").lower()]
    part = PARTS_OF_DAY.get((_g(m, "part") or "").lower())
    mod = (_g(m, "mod") or "").lower() or None
    if ctx.dct is None:
        return (
            ("TIME" if part else "DATE"),
            f"XXXX-WXX-{weekday + 1}" + (f"T{part}" if part else ""),
            None,
            None,
            "day",
        )
    d = _weekday_date(ctx.dct, weekday, ctx.tense, mod)
    return ("TIME" if part else "DATE"), _iso(d) + (f"T{part}" if part else ""), _iso(d), None, "day"


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _h_relday(m: re.Match[str], ctx: Ctx) -> _Out:
    word = _g(m, "rel").lower()
    part = PARTS_OF_DAY.get((_g(m, "part") or "").lower()) or ("NI" if word == "tonight" else None)
    if ctx.dct is None:
        return (
            ("TIME" if part else "DATE"),
            "PRESENT_REF" if word in ("today", "tonight") else "XXXX-XX-XX",
            None,
            None,
            "day",
        )
    d = ctx.dct + timedelta(days=_RELATIVE_DAYS[word])
    return ("TIME" if part else "DATE"), _iso(d) + (f"T{part}" if part else ""), _iso(d), None, "day"


def _h_part_of_day(m: re.Match[str], ctx: Ctx) -> _Out:
    # "this morning" is the DCT; "last night" the night before it.
    part = PARTS_OF_DAY[_g(m, "part").lower()]
    shift = -1 if _g(m, "mod").lower() == "last" else 0
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XXT{part}", None, None, "day"
    d = ctx.dct + timedelta(days=shift)
    return "TIME", f"{_iso(d)}T{part}", _iso(d), None, "day"


def _h_overnight(m: re.Match[str], ctx: Ctx) -> _Out:
    if ctx.dct is None:
        return "TIME", "XXXX-XX-XXTNI", None, None, "day"
    d = ctx.dct - timedelta(days=1)
    return "TIME", f"{_iso(d)}TNI", _iso(d), _iso(ctx.dct), "day"


def _h_day_and_night(m: re.Match[str], ctx: Ctx) -> _Out:
    # Continuous activity up to the report: the day before and the report day.
    if ctx.dct is None:
        return "DATE", "PRESENT_REF", None, None, "unknown"
    return "DATE", "PRESENT_REF", _iso(ctx.dct - timedelta(days=1)), _iso(ctx.dct), "day"


def _period(dct: date, unit: str, shift: int) -> tuple[str, date, date, Precision]:
    if unit == "week":
        anchor = dct + timedelta(weeks=shift)
        first = anchor - timedelta(days=anchor.weekday())
        return _week_value(anchor), first, first + timedelta(days=6), "week"
    if unit == "weekend":
        anchor = dct + timedelta(weeks=shift)
        sat = anchor - timedelta(days=anchor.weekday()) + timedelta(days=5)
        return _week_value(anchor) + "-WE", sat, sat + timedelta(days=1), "week"
    if unit == "month":
        anchor = _add_months(dct, shift)
        first, last = _month_range(anchor.year, anchor.month)
        return f"{anchor.year}-{anchor.month:02d}", first, last, "month"
    if unit == "quarter":
        q = (dct.month - 1) // 3 + shift
        year, q = dct.year + q // 4, q % 4
        first, _ = _month_range(year, q * 3 + 1)
        _, last = _month_range(year, q * 3 + 3)
        return f"{year}-Q{q + 1}", first, last, "month"
    if unit == "decade":
        start = (dct.year // 10 + shift) * 10
        return str(start // 10), date(start, 1, 1), date(start + 9, 12, 31), "year"
    year = dct.year + shift
    return str(year), date(year, 1, 1), date(year, 12, 31), "year"


_SHIFTS = {
    "the": 0,
    "last": -1,
    "previous": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
    "following": 1,
}


def _h_relperiod(m: re.Match[str], ctx: Ctx) -> _Out:
    unit = _g(m, "punit").lower()
    shift = _SHIFTS[_g(m, "mod").lower()]
    edge = (_g(m, "edge") or "").lower()
    if ctx.dct is None:
        return (
            "DATE",
            {"-1": "PAST_REF", "0": "PRESENT_REF", "1": "FUTURE_REF"}[str(shift)],
            None,
            None,
            "unknown",
        )
    value, first, last, precision = _period(ctx.dct, unit, shift)
    if edge == "earlier" and shift == 0:
        last = ctx.dct
    elif edge == "later" and shift == 0:
        first = ctx.dct
    return "DATE", value, _iso(first), _iso(last), precision


def _h_ago(m: re.Match[str], ctx: Ctx) -> _Out:
    n = _number(_g(m, "num"))
    unit = _g(m, "unit").lower().rstrip("s")
    sign = 1 if _g(m, "dir").lower() in ("from now", "later", "hence") else -1
    if n is None and unit in UNITS:  # "several years ago": some time before the report
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, "unknown"
    if n is None or unit not in UNITS:
        return None
    if ctx.dct is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None, "unknown"
    if unit in ("day", "night"):
        d = ctx.dct + timedelta(days=sign * n)
        return "DATE", _iso(d), _iso(d), None, "day"
    if unit in ("week", "fortnight"):
        d = ctx.dct + timedelta(weeks=sign * n * (2 if unit == "fortnight" else 1))
        return "DATE", _week_value(d), _iso(d), None, "week"
    if unit == "month":
        d = _add_months(ctx.dct, sign * n)
        return "DATE", f"{d.year}-{d.month:02d}", _iso(d), None, "month"
    if unit in ("year", "decade", "century", "centurie"):
        years = n * {"year": 1, "decade": 10}.get(unit, 100)
        return "DATE", str(ctx.dct.year + sign * years), None, None, "year"
    d = ctx.dct  # hours/minutes ago: the same day
    return "TIME", _iso(d), _iso(d), None, "day"


def _duration_value(n: int | None, unit: str) -> str | None:
    unit = unit.lower().rstrip("s")
    if unit not in UNITS:
        return None
    t, letter = UNITS[unit]
    if unit == "fortnight":
        n = None if n is None else 2 * n
    if unit == "weekend":
        return "P2D" if n in (None, 1) else f"P{2 * n}D"
    if letter in ("DE", "CE"):
        return "PXY" if n is None else f"P{n * (10 if letter == 'DE' else 100)}Y"
    return f"P{t}{'X' if n is None else n}{letter}"


def _h_duration(m: re.Match[str], ctx: Ctx) -> _Out:
    raw = _g(m, "num").lower() if _g(m, "num") else None
    if raw in ("recent", "coming") and not _g(m, "lead"):
        return "DATE", "PAST_REF" if raw == "recent" else "FUTURE_REF", None, None, "unknown"
    n = _number(raw) if raw is not None and raw not in _VAGUE else None
    unit = _g(m, "unit").lower().rstrip("s")
    if raw in ("a", "an") and _g(m, "unit").lower().endswith("s"):
        return None
    if unit == "second" and raw in (None, "a") and re.match(r"\s+(?!of\b|or\b|and\b|to\b|ago\b|later\b)[a-z]",
                                                         m.string[m.end():]):
        return None  # "a second time", "a second round": the ordinal
    value = _duration_value(n, unit)
    if value is None:
        return None
    precision = _UNIT_PRECISION.get(UNITS[unit][1], "unknown")
    start = end = None
    # "in/over/for the past 48 hours" ends at the report date.
    if ctx.dct is not None and _g(m, "lead") and n is not None:
        end_d = ctx.dct
        if unit in ("day", "night"):
            start_d = end_d - timedelta(days=n)
        elif unit in ("hour", "minute", "second"):
            start_d = end_d - timedelta(days=max(1, -(-n // 24)) if unit == "hour" else 0)
        elif unit in ("week", "fortnight"):
            start_d = end_d - timedelta(weeks=n * (2 if unit == "fortnight" else 1))
        elif unit == "month":
            start_d = _add_months(end_d, -n)
        else:
            years = n * {"year": 1, "decade": 10}.get(unit, 100)
            start_d = end_d.replace(year=end_d.year - years, day=min(end_d.day, 28))
        start, end = _iso(start_d), _iso(end_d)
    return "DURATION", value, start, end, precision


def _h_ref(m: re.Match[str], ctx: Ctx) -> _Out:
    word = m[0].lower()
    if word in ("recently", "the past", "lately"):
        return "DATE", "PAST_REF", None, None, "unknown"
    if word == "soon" or word.endswith("future"):
        return "DATE", "FUTURE_REF", None, None, "unknown"
    return "DATE", "PRESENT_REF", _iso(ctx.dct) if ctx.dct else None, None, "day" if ctx.dct else "unknown"


def _h_season(m: re.Match[str], ctx: Ctx) -> _Out:
    code = SEASONS[_g(m, "season").lower()]
    if _g(m, "year"):
        year = int(_g(m, "year"))
    elif ctx.dct is not None:
        year = ctx.dct.year + {"last": -1, "next": 1}.get((_g(m, "mod") or "").lower(), 0)
    else:
        return "DATE", f"XXXX-{code}", None, None, "month"
    return "DATE", f"{year}-{code}", None, None, "month"


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def _h_quarter(m: re.Match[str], ctx: Ctx) -> _Out:
    q = _ORD[_g(m, "ord").lower()]
    year = int(_g(m, "year")) if _g(m, "year") else (ctx.dct.year if ctx.dct else None)
    if year is None:
        return "DATE", f"XXXX-Q{q}", None, None, "month"
    first, _ = _month_range(year, q * 3 - 2)
    _, last = _month_range(year, q * 3)
    return "DATE", f"{year}-Q{q}", _iso(first), _iso(last), "month"


def _last_quarter(dct: date, years_back: int = 0) -> tuple[int, int]:
    """The last completed quarter before the DCT (company results report on it), as (year, q)."""
    q = (dct.month - 1) // 3  # 0..3 = the current quarter's index, so the completed one is q
    year = dct.year - (1 if q == 0 else 0) - years_back
    return year, (q or 4)


def _h_fiscal_period(m: re.Match[str], ctx: Ctx) -> _Out:
    # "the quarter", "the latest quarter": the period just reported; "year-ago"/"year-earlier": a year before.
    if ctx.dct is None:
        return "DATE", "XXXX-QX", None, None, "month"
    words = m[0].lower()
    back = 1 if "year-" in words else 0
    if "current" in words:
        year, q = ctx.dct.year, (ctx.dct.month - 1) // 3 + 1
    else:
        year, q = _last_quarter(ctx.dct, back)
    if back and "quarter" not in words and "period" not in words:
        return "DATE", str(ctx.dct.year - 1), None, None, "year"
    first, _ = _month_range(year, q * 3 - 2)
    _, last = _month_range(year, q * 3)
    return "DATE", f"{year}-Q{q}", _iso(first), _iso(last), "month"


def _h_clock(m: re.Match[str], ctx: Ctx) -> _Out:
    hour = int(_g(m, "h"))
    minute = int(_g(m, "min") or 0)
    ampm = (_g(m, "ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    day = _iso(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour:02d}:{minute:02d}", _iso(ctx.dct) if ctx.dct else None, None, "day"


def _h_noon(m: re.Match[str], ctx: Ctx) -> _Out:
    hour = "12:00" if m[0].lower() == "noon" else "24:00"
    day = _iso(ctx.dct) if ctx.dct else "XXXX-XX-XX"
    return "TIME", f"{day}T{hour}", _iso(ctx.dct) if ctx.dct else None, None, "day"


def _h_set(m: re.Match[str], ctx: Ctx) -> _Out:
    word = (_g(m, "sunit") or _g(m, "adv") or "").lower()
    if word.rstrip("s") in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word.rstrip('s')] + 1}", None, None, "unknown"
    if word in MONTHS:
        return "SET", f"XXXX-{MONTHS[word]:02d}", None, None, "unknown"
    unit = {
        "daily": "day",
        "weekly": "week",
        "monthly": "month",
        "annually": "year",
        "yearly": "year",
        "nightly": "day",
        "hourly": "hour",
    }.get(word, word.rstrip("s"))
    value = _duration_value(1, unit)
    return ("SET", value, None, None, "unknown") if value else None


def _h_century(m: re.Match[str], ctx: Ctx) -> _Out:
    n = int(_g(m, "cent"))
    return ("DATE", f"{n - 1:02d}", None, None, "year") if 1 <= n <= 21 else None


def _h_weekend(m: re.Match[str], ctx: Ctx) -> _Out:
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE", None, None, "week"
    shift = {"last": -1, "next": 1, "this": 0}.get(_g(m, "mod").lower())
    if shift is None:  # "the weekend": the last one in a past clause, else the coming one
        shift = 0 if ctx.tense in ("future", "present") or ctx.dct.weekday() >= 5 else -1
    value, first, last, _ = _period(ctx.dct, "weekend", shift)
    return "DATE", value, _iso(first), _iso(last), "week"


def _h_war_day(m: re.Match[str], ctx: Ctx) -> _Out:
    # "the war - now in its 93rd day": day 1 is the start date, so the day meant is start + n - 1.
    if ctx.conflict_start is None:
        return None
    d = ctx.conflict_start + timedelta(days=int(_g(m, "n")) - 1)
    return "DATE", _iso(d), _iso(d), None, "day"


def _h_since_war(m: re.Match[str], ctx: Ctx) -> _Out:
    if ctx.conflict_start is None:
        return None
    start = _iso(ctx.conflict_start)
    return "DATE", start, start, _iso(ctx.dct) if ctx.dct else None, "day"


_PREP = (
    r"(?:in|since|by|until|till|from|during|of|before|after|through|throughout|early|late|mid-|"
    r"end\s+of|fiscal)"
)
PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{_B}(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?{_MONTH}\s+"
            rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|:\d|\.\d|,\d{{3}})(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?{_E}"
        ),
        _h_month_day,
    ),
    (
        re.compile(
            rf"{_B}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:1[89]|20)\d\d))?{_E}"
        ),
        _h_month_day,
    ),
    (re.compile(rf"{_B}(?P<y>(?:1[89]|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d){_E}"), _h_iso),
    (
        re.compile(rf"{_B}(?:(?:early|late|mid)[-\s]?)?{_MONTH},?\s+(?P<year>(?:1[89]|20)\d\d){_E}"),
        _h_month_year,
    ),
    (re.compile(rf"{_B}(?P<pre>last|next|this)\s+{_MONTH}{_E}(?!\s+\d)"), _h_month_year),
    (re.compile(rf"{_B}(?:mid|early|late)-{_MONTH}{_E}(?!\s+\d)"), _h_month_year),
    (re.compile(rf"{_B}{_MONTH}\s+(?:of\s+)?(?P<rel>last|next|this)\s+year{_E}"), _h_month_year),
    (
        re.compile(
            rf"\b(?i:in|since|by|until|till|from|of|during|before|after|through|early|late)\s(?P<x>{_MONTH})"
            rf"{_E}(?!\s+\d)"
        ),
        _h_month_year,
    ),
    (
        re.compile(
            rf"{_B}(?P<month>January|February|April|June|July|August|September|October|November|December)"
            rf"{_E}(?!\s+\d)"
        ),
        _h_month_year,
    ),
    (re.compile(rf"\b(?:{_PREP}|the)[\s-](?P<x>(?P<year>(?:1[89]|20)\d\d)){_E}(?!\s*%)"), _h_year),
    (re.compile(rf"{_B}(?:fiscal\s+(?:year\s+)?)(?P<year>(?:19|20)\d\d){_E}"), _h_year),
    (re.compile(rf"{_B}(?:the\s+)?(?:(?:early|late|mid)[-\s])?(?P<dec>(?:1[89]|20)\d0)'?s{_E}"), _h_decade),
    (
        re.compile(
            rf"{_B}(?:(?P<mod>last|next|this|past|coming)\s+)?(?:(?:early|late)\s+)?{_WD}"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night))?{_E}"
        ),
        _h_weekday,
    ),
    (
        re.compile(
            rf"{_B}(?P<rel>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?{_E}",
            re.I,
        ),
        _h_relday,
    ),
    (
        re.compile(rf"{_B}(?P<mod>this|last)\s+(?P<part>morning|afternoon|evening|night){_E}", re.I),
        _h_part_of_day,
    ),
    (re.compile(rf"{_B}overnight{_E}", re.I), _h_overnight),
    (re.compile(rf"{_B}day\s+and\s+night{_E}", re.I), _h_day_and_night),
    (
        re.compile(rf"{_B}(?:the\s+)?(?P<cent>\d{{1,2}})(?:st|nd|rd|th)\s+century{_E}(?!-old)", re.I),
        _h_century,
    ),
    (re.compile(rf"{_B}(?P<mod>the|this|last|next)\s+weekend{_E}", re.I), _h_weekend),
    (
        re.compile(
            rf"{_B}(?:(?P<edge>earlier|later)\s+(?:in\s+)?)?(?P<mod>the)\s+(?P<punit>year){_E}"
            rf"(?!\s+(?:before|after|ago|earlier|later|\d))",
            re.I,
        ),
        _h_relperiod,
    ),
    (
        re.compile(
            rf"{_B}(?:(?P<edge>earlier|later)\s+)?(?:the\s+)?(?P<mod>last|this|next|previous|current|coming|following)"
            rf"\s+(?P<punit>week|weekend|month|year|quarter|decade){_E}",
            re.I,
        ),
        _h_relperiod,
    ),
    (
        re.compile(
            rf"{_B}(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+)?{_NUM}[-\s]+{_UNIT}\s+"
            rf"(?P<dir>ago|earlier|later|from\s+now|hence){_E}",
            re.I,
        ),
        _h_ago,
    ),
    (
        re.compile(
            rf"{_B}(?P<lead>(?:the\s+)?(?:past|last|next|coming|first|previous)\s+)?(?:(?:about|some|nearly|almost|"
            rf"more\s+than|over|at\s+least|up\s+to)\s+)?{_NUM}[-\s]+(?:(?:more|additional|trading|business|straight|"
            rf"consecutive)\s+)?{_UNIT}(?!-old)(?!\s+old){_E}",
            re.I,
        ),
        _h_duration,
    ),
    (
        re.compile(
            rf"{_B}(?P<lead>(?:the\s+)?(?:past|last|next|coming|previous)\s+)(?P<num>)(?P<unit>day|week|month|year|"
            rf"decade|hour)s?{_E}(?!-old)",
            re.I,
        ),
        _h_duration,
    ),
    (
        re.compile(
            rf"{_B}(?P<num>recent|coming|the\s+past)?\s*(?P<lead>)(?P<unit>days|weeks|months|years|decades){_E}"
            rf"(?!-old)(?!\s+old)",
            re.I,
        ),
        _h_duration,
    ),
    (
        re.compile(
            rf"{_B}(?:now|currently|recently|lately|nowadays|at\s+present|at\s+the\s+moment|these\s+days|current|"
            rf"the\s+(?:near\s+|distant\s+)?future|the\s+past(?!\s+\w+s\b)){_E}",
            re.I,
        ),
        _h_ref,
    ),
    (
        re.compile(
            rf"{_B}(?:(?P<mod>this|last|next|the|early|late)\s+)?(?:(?:early|late|mid)[-\s])?"
            rf"(?P<season>spring|summer|autumn|winter|(?<=(?:this|last|next) )fall)"
            rf"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?{_E}",
            re.I,
        ),
        _h_season,
    ),
    (
        re.compile(
            rf"{_B}(?:the\s+)?(?P<ord>first|second|third|fourth)[-\s]quarter(?:\s+of\s+(?P<year>(?:19|20)\d\d))?{_E}",
            re.I,
        ),
        _h_quarter,
    ),
    (
        re.compile(
            rf"{_B}(?:the\s+(?:(?:latest|most\s+recent|current|same|comparable|year-ago|year-earlier)\s+)?"
            rf"(?:fiscal\s+)?quarter|(?:the\s+)?year-(?:ago|earlier)(?:\s+(?:quarter|period))?)(?![\w-])",
            re.I,
        ),
        _h_fiscal_period,
    ),
    (
        re.compile(
            rf"{_B}(?P<h>\d{{1,2}})(?::(?P<min>\d\d))?\s*(?P<ampm>a\.\s?m\.?|p\.\s?m\.?|am|pm){_E}", re.I
        ),
        _h_clock,
    ),
    (re.compile(rf"\bat\s(?P<x>(?P<h>\d{{1,2}}):(?P<min>\d\d)(?P<ampm>)){_E}"), _h_clock),
    (re.compile(rf"{_B}(?:noon|midnight){_E}", re.I), _h_noon),
    (
        re.compile(
            rf"{_B}(?:(?:every|each|per)\s+(?P<sunit>day|week|month|year|night|hour|{_WDS}|{_MONTHS_FULL})|(?P<adv>daily|weekly|monthly|"
            rf"annually|yearly|nightly|hourly)){_E}(?!\s+of\b)",
            re.I,
        ),
        _h_set,
    ),
    (
        re.compile(
            rf"{_B}(?:its|the)\s+(?P<n>\d{{1,4}})(?:st|nd|rd|th)\s+day{_E}(?=\s+of\s+(?:the\s+)?(?:war|invasion|conflict|"
            rf"fighting|offensive)|[\s,–—-]*(?:$|[.,;–—)-]))",
            re.I,
        ),
        _h_war_day,
    ),
    (
        re.compile(
            rf"\bsince\s+(?P<x>the\s+(?:start|beginning|outbreak|onset)\s+of\s+(?:the\s+)?(?:full-scale\s+)?"
            rf"(?:war|invasion|conflict|fighting|hostilities)){_E}",
            re.I,
        ),
        _h_since_war,
    ),
    (
        re.compile(
            rf"\bsince\s+(?P<x>the\s+(?:full-scale\s+)?(?:war|invasion|conflict)\s+(?:began|started|broke\s+out))"
            rf"{_E}",
            re.I,
        ),
        _h_since_war,
    ),
]

# Spans that look like time but are not: ages, model names, running times, scores.


SET_HANDLER = _h_set
