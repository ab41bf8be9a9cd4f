"""What a text says about its own year and day, for dating a report that carries no date.

Used by :mod:`sitrep.timeref` when a dateline has no year or there is no dateline at all.
Needs only the text. Two kinds of evidence:

* a weekday printed with a month-day ("on Thursday evening, July 21", "Monday (3 March)"):
  that month-day falls on that weekday only in some years, so it narrows the year and,
  being something already reported, is a lower bound on the report date;
* "this year" beside a date the text pins elsewhere ("since February 24 this year", when
  a war the text is about began on a February 24; "this year, 2022").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sitrep.timex import MONTHS, WEEKDAYS

__all__ = ["WeekdayDate", "this_year", "weekday_dates", "years_fitting"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{_WEEKDAY}){_PART},?\s*\(?(?:the\s+)?"
    rf"(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}))\b"
    rf"(?!,?\s*(?:19|20)\d\d)"
)
_THIS_YEAR_NEAR_YEAR = re.compile(
    r"\bthis\s+year\s*[,(]\s*(?P<a>(?:19|20)\d\d)\b|\b(?P<b>(?:19|20)\d\d)\s*[,)]?\s*this\s+year\b", re.I
)
_MONTH_DAY_THIS_YEAR = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))(?:st|nd|rd|th)?"
    rf",?\s+(?:of\s+)?this\s+year\b"
)


@dataclass(frozen=True)
class WeekdayDate:
    """A month-day printed with its weekday, and where."""

    weekday: int
    month: int
    day: int
    start: int
    end: int


def weekday_dates(text: str) -> list[WeekdayDate]:
    """Every yearless "Weekday, Month Day" (or "Weekday Day Month") in the text."""
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        month = MONTHS[(m["m1"] or m["m2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2"])
        if 1 <= day <= 31:
            out.append(WeekdayDate(WEEKDAYS[m["wd"].lower()], month, day, m.start(), m.end()))
    return out


def years_fitting(marks: Iterable[WeekdayDate], years: Iterable[int]) -> list[int]:
    """The years in which every weekday-dated mention falls on its weekday (none: no evidence)."""
    marks = list(marks)
    if not marks:
        return []
    fit = []
    for year in years:
        ok = True
        for w in marks:
            try:
                ok = date(year, w.month, w.day).weekday() == w.weekday
            except ValueError:  # "Monday, February 29" in a year without one
                ok = False
            if not ok:
                break
        if ok:
            fit.append(year)
    return fit


def this_year(text: str, known_days: Iterable[date] = ()) -> tuple[int, str] | None:
    """The report's year from "this year" beside a year, or beside a month-day of ``known_days``
    (a war's first day): (year, the words that say so)."""
    m = _THIS_YEAR_NEAR_YEAR.search(text)
    if m is not None:
        return int(m["a"] or m["b"]), re.sub(r"\s+", " ", m[0])
    days = list(known_days)
    for m in _MONTH_DAY_THIS_YEAR.finditer(text):
        month = MONTHS[(m["m1"] or m["m2"]).lower().rstrip(".")]
        day = int(m["d1"] or m["d2"])
        hits = {d.year for d in days if (d.month, d.day) == (month, day)}
        if len(hits) == 1:
            return hits.pop(), re.sub(r"\s+", " ", m[0])
    return None
