"""More rules for :mod:`sitrep.timex`: spoken years ("nineteen ninety-six"), company-results periods
("the 1988 third quarter", "last year's quarter", "the year ended March 31") and year-end.

Same contract as :mod:`sitrep.timex_rules`: each pattern has a handler returning
(type, value, date, end_date, precision) or None; the patterns are appended to its list.
"""

from __future__ import annotations

import re

from sitrep.numbers import CARDINALS
from sitrep.timex_rules import (
    _B,
    _E,
    _MONTHS_FULL,
    _NUMWORD,
    MONTHS,
    SEASONS,
    Ctx,
    Handler,
    _duration_value,
    _last_quarter,
    _month_range,
    _number,
    _Out,
)

__all__ = ["EXTRA_PATTERNS", "entity_duration", "spoken_year"]

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "nineteen ninety-six", "nineteen oh five", "two thousand (and) one": broadcast transcripts spell years out
_SPOKEN = (
    rf"(?:nineteen[\s-](?:{_TENS}(?:[\s-]{_UNITS})?|{_TEENS}|(?:oh|o)[\s-]{_UNITS}|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNITS}|{_TEENS}))?)"
)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def spoken_year(words: str) -> int | None:
    """1996 for "nineteen ninety-six", 2001 for "two thousand and one"; None when not a year."""
    parts = [w for w in re.split(r"[\s-]+", words.lower()) if w not in ("and", "")]
    if parts[:2] == ["two", "thousand"]:
        rest = parts[2:]
        return 2000 + sum(CARDINALS.get(w, 0) for w in rest)
    if parts[:1] != ["nineteen"]:
        return None
    rest = parts[1:]
    if rest == ["hundred"]:
        return 1900
    if rest[:1] in (["oh"], ["o"]):
        rest = rest[1:]
    if not rest or any(w not in CARDINALS for w in rest):
        return None
    return 1900 + sum(CARDINALS[w] for w in rest)


def _h_spoken(m: re.Match[str], ctx: Ctx) -> _Out:
    year = spoken_year(m["sy"])
    bare = not (m["month"] or m["season"] or re.match(r"(?:the\s+)?year", m[0], re.I))
    if year is None or (bare and year >= 2000 and re.match(r"\s+[a-z]", m.string[m.end():])):
        return None  # "two thousand troops" is a number
    month, season = (m["month"] or "").lower(), (m["season"] or "").lower()
    if month:
        first, last = _month_range(year, MONTHS[month])
        return "DATE", f"{year}-{MONTHS[month]:02d}", first.isoformat(), last.isoformat(), "month"
    if season:
        return "DATE", f"{year}-{SEASONS[season]}", None, None, "month"
    return "DATE", str(year), f"{year}-01-01", f"{year}-12-31", "year"


def _quarter(year: int, q: int) -> _Out:
    first, _ = _month_range(year, q * 3 - 2)
    _, last = _month_range(year, q * 3)
    return "DATE", f"{year}-Q{q}", first.isoformat(), last.isoformat(), "month"


def _h_dated_quarter(m: re.Match[str], ctx: Ctx) -> _Out:
    # "the 1988 third quarter", "this year's first quarter", "the year-ago third quarter"
    q = _ORD[m["ord"].lower()]
    if m["year"]:
        return _quarter(int(m["year"]), q)
    if ctx.dct is None:
        return "DATE", f"XXXX-Q{q}", None, None, "month"
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    back = 1 if rel.startswith(("last", "the year", "year", "a year")) else 0
    back = -1 if rel.startswith("next") else back
    return _quarter(ctx.dct.year - back, q)


def _h_dated_period(m: re.Match[str], ctx: Ctx) -> _Out:
    # "the 1988 period", "last year's quarter", "the latest period", "the same period last year":
    # the quarter a results report is about, in the year named
    if ctx.dct is None:
        return "DATE", "XXXX-QX", None, None, "month"
    year, q = _last_quarter(ctx.dct)
    if m["year"]:
        return _quarter(int(m["year"]), q)
    return _quarter(year - (1 if m["back"] or m["back2"] else 0), q)


def _h_year_ended(m: re.Match[str], ctx: Ctx) -> _Out:
    # "net income for the year ended March 31": a twelve-month span, not the calendar year
    return "DURATION", "P1Y", None, None, "unknown"


def _h_year_end(m: re.Match[str], ctx: Ctx) -> _Out:
    if ctx.dct is None:
        return "DATE", "XXXX", None, None, "year"
    year = ctx.dct.year
    return "DATE", str(year), f"{year}-12-01", f"{year}-12-31", "month"


def _h_full_year(m: re.Match[str], ctx: Ctx) -> _Out:
    # "results for the full year": the DCT's (fiscal) year as a whole
    if ctx.dct is None:
        return "DATE", "XXXX", None, None, "year"
    year = ctx.dct.year
    return "DATE", str(year), f"{year}-01-01", f"{year}-12-31", "year"


EXTRA_PATTERNS: list[tuple[re.Pattern[str], Handler]] = [
    (
        re.compile(
            rf"{_B}(?:(?P<month>{_MONTHS_FULL})\s+(?:of\s+)?|(?:the\s+)?(?P<season>spring|summer|autumn|fall|"
            rf"winter)\s+of\s+|(?:the\s+)?year\s+)?(?P<sy>{_SPOKEN}){_E}",
            re.I,
        ),
        _h_spoken,
    ),
    (
        re.compile(
            rf"{_B}(?:the\s+)?(?:(?:fiscal\s+)?(?P<year>(?:19|20)\d\d)(?:\s+fiscal)?\s+|(?P<rel>this\s+year's|"
            rf"last\s+year's|next\s+year's|(?:the\s+)?year-(?:ago|earlier)|a\s+year\s+(?:ago|earlier))\s+)"
            rf"(?:fiscal\s+)?(?P<ord>first|second|third|fourth)[-\s]quarter{_E}",
            re.I,
        ),
        _h_dated_quarter,
    ),
    (
        re.compile(
            rf"{_B}(?:(?:the\s+(?P<year>(?:19|20)\d\d)|(?P<back>last\s+year's))\s+(?:fiscal\s+)?(?:quarter|period)"
            rf"|the\s+(?:latest|most\s+recent)\s+(?:fiscal\s+)?period"
            rf"|the\s+(?:corresponding|comparable|same)\s+(?:fiscal\s+)?period\s+(?P<back2>last\s+year|"
            rf"a\s+year\s+(?:ago|earlier))){_E}",
            re.I,
        ),
        _h_dated_period,
    ),
    (
        re.compile(rf"{_B}the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending|that\s+ended){_E})", re.I),
        _h_year_ended,
    ),
    (re.compile(rf"{_B}(?:year[-\s]end|year's\s+end){_E}", re.I), _h_year_end),
    (re.compile(rf"{_B}the\s+(?:full|whole|entire)\s+(?:fiscal\s+)?year{_E}(?!\s+(?:ended|ending))", re.I),
     _h_full_year),
]


_COUNTED = re.compile(
    rf"(?:^|\s)(?P<num>{_NUMWORD})\s+(?:more\s+|additional\s+|trading\s+|business\s+|full\s+|straight\s+|"
    rf"consecutive\s+|of\s+)?(?P<unit>second|minute|hour|day|week|month|year|decade)s?$",
    re.I,
)


def entity_duration(phrase: str) -> str | None:
    """The TIMEX3 duration of a counted phrase the patterns missed ("two more weeks" -> "P2W",
    "eight trading days" -> "P8D", "the next couple of years" -> "P2Y"); None when it counts nothing."""
    m = _COUNTED.search(re.sub(r"(?<!\ba )\bcouple\b", "a couple", phrase.strip(), flags=re.I))
    if m is None:
        return None
    n = _number(m["num"])
    return None if n is None else _duration_value(n, m["unit"])
