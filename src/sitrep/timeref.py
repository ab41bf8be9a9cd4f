"""Time: the document date, the time expressions in the text, and the date of an event.

* :func:`anchor_date` needs the text and a parse; it keeps a metadata/user date, else
  infers one (dateline; day count of a known war; latest full date) and says how in
  ``Document.warnings``. It sets ``published`` and ``published_from``.
* :func:`find_timerefs` adds ``Document.timerefs`` (TIMEX3-style, relative to ``published``).
* :func:`date_for_span` gives an event's (event_date, end_date, ACLED time_precision), from
  :func:`sitrep.eventdate.event_date` (the expression governing it, else the document date).

Conflict start dates come from a :class:`ConflictRegistry` (built in, extendable from
a TOML or JSON file).
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from spacy.tokens import Doc as SpacyDoc

from sitrep.errors import InputError
from sitrep.eventdate import event_date
from sitrep.schema import Document, TimeRef
from sitrep.timex import MONTHS, find_timexes
from sitrep.yearcues import this_year, weekday_dates, years_fitting

__all__ = ["Conflict", "ConflictRegistry", "anchor_date", "date_for_span", "find_timerefs"]


@dataclass(frozen=True)
class Conflict:
    """A war with a well-known start date and the words that tell a text is about it.

    ``requires``: regexes that must all occur; ``cues``: regexes that each add weight.
    ``end``: after this day day-counts no longer refer to this war.
    """

    id: str
    name: str
    start: date
    requires: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()
    end: date | None = None
    source: str = ""

    def score(self, text: str) -> int:
        """0 if a required cue is missing; else 1 + cues present (+3 when the text names the start day)."""
        if not all(re.search(p, text, re.I) for p in self.requires):
            return 0
        hits = sum(1 for p in self.cues if re.search(p, text, re.I))
        return 1 + hits + (3 if _names_day(text, self.start) else 0)


def _names_day(text: str, day: date) -> bool:
    """True when the text names this month and day ("February 24", "24 Feb")."""
    names = [k for k, v in MONTHS.items() if v == day.month]
    months = "|".join(n.capitalize() + r"\.?" for n in names)
    return (
        re.search(rf"\b(?:(?:{months})\s+{day.day}\b(?!\d)|{day.day}(?:st|nd|rd|th)?\s+(?:{months}))", text)
        is not None
    )


_RU = r"\b(?:Russia|Russian|Russians|Moscow|Kremlin|Putin)\b"
_UA = r"\bUkrain"
# Start dates: the widely reported first day of full hostilities. Sources in each entry's `source`.
_DEFAULT = (
    Conflict(
        "russia-ukraine-2022",
        "Russia's full-scale invasion of Ukraine",
        date(2022, 2, 24),
        requires=(_RU, _UA),
        cues=(
            r"\binva(?:sion|ded|de)\b",
            r"full-scale",
            r"\b2022\b",
            r"Zelensk[yi]",
            r"special military operation",
            r"\b202[2-9]\b",
        ),
        source="Wikipedia, 'Russian invasion of Ukraine' (began 24 February 2022)",
    ),
    Conflict(
        "russia-crimea-2014",
        "Russia's annexation of Crimea",
        date(2014, 2, 27),
        end=date(2014, 3, 26),
        requires=(_RU, r"\bCrimea"),
        cues=(r"\bannex", r"\b2014\b", r"little green men"),
        source="Wikipedia, 'Annexation of Crimea by the Russian Federation' (27 February 2014)",
    ),
    Conflict(
        "donbas-war-2014",
        "War in Donbas",
        date(2014, 4, 6),
        end=date(2022, 2, 23),
        requires=(_UA, r"\bDonbass?\b|\bDonetsk\b|\bLuhansk\b"),
        cues=(r"\bseparatist", r"\b2014\b", r"\bMinsk\b", r"\bAnti-Terrorist Operation\b"),
        source="Wikipedia, 'War in Donbas (2014-2022)' (6 April 2014)",
    ),
    Conflict(
        "israel-hamas-2023",
        "Israel-Hamas war",
        date(2023, 10, 7),
        requires=(r"\bIsrael", r"\bHamas\b|\bGaza\b"),
        cues=(r"\bOctober 7\b|\b7 October\b", r"\bHamas\b", r"\bGaza\b", r"\bIDF\b", r"\bhostages?\b"),
        source="Wikipedia, 'Israel-Hamas war' (Hamas-led attack of 7 October 2023)",
    ),
    Conflict(
        "sudan-2023",
        "War in Sudan (SAF-RSF)",
        date(2023, 4, 15),
        requires=(r"\bSudan",),
        cues=(r"\bRSF\b|Rapid Support Forces", r"\bBurhan\b", r"\bDagalo\b|\bHemedti\b", r"\bKhartoum\b"),
        source="Wikipedia, 'War in Sudan (2023-present)' (15 April 2023)",
    ),
    Conflict(
        "tigray-2020",
        "Tigray war",
        date(2020, 11, 4),
        end=date(2022, 11, 2),
        requires=(r"\bTigray",),
        cues=(r"\bTPLF\b", r"\bEthiopia", r"\bAbiy\b", r"\bMekelle\b", r"\bEritrea"),
        source="Wikipedia, 'Tigray war' (4 November 2020; Pretoria agreement 2 November 2022)",
    ),
    Conflict(
        "syria-2011",
        "Syrian civil war",
        date(2011, 3, 15),
        requires=(r"\bSyria",),
        cues=(
            r"\bAssad\b",
            r"\bcivil war\b",
            r"\brebels?\b",
            r"\b2011\b",
            r"\bAleppo\b|\bIdlib\b|\bDamascus\b",
        ),
        source="Wikipedia, 'Syrian civil war' (protests of 15 March 2011)",
    ),
)


class ConflictRegistry:
    """Well-known conflicts with start dates; ``default()`` plus user entries."""

    def __init__(self, conflicts: Iterable[Conflict] = ()) -> None:
        self.conflicts: tuple[Conflict, ...] = tuple(conflicts)

    @classmethod
    def default(cls) -> ConflictRegistry:
        return cls(_DEFAULT)

    def with_entries(self, entries: Iterable[Conflict | Mapping[str, Any]]) -> ConflictRegistry:
        """A new registry with these entries added (an entry with an existing id replaces it)."""
        new = [e if isinstance(e, Conflict) else _conflict_from_mapping(e, "<entries>") for e in entries]
        ids = {c.id for c in new}
        return ConflictRegistry([c for c in self.conflicts if c.id not in ids] + new)

    def with_file(self, path: Path | str) -> ConflictRegistry:
        """Add entries from a TOML (``[[conflict]]`` tables) or JSON (a list or ``{"conflict": [...]}``)."""
        path = Path(path)
        try:
            raw = path.read_text(encoding="utf-8")
            data: Any = tomllib.loads(raw) if path.suffix.lower() == ".toml" else json.loads(raw)
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise InputError(str(path), f"cannot read conflict registry: {error}") from None
        items = data.get("conflict", data.get("conflicts")) if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise InputError(str(path), "expected a list of conflicts (or a 'conflict' table array)")
        return self.with_entries(_conflict_from_mapping(item, str(path)) for item in items)

    def best(self, text: str, before: date | None = None) -> Conflict | None:
        """The conflict the text is most about, or None; ``before`` drops wars not begun by that day."""
        scored = []
        for c in self.conflicts:
            if before is not None and (
                c.start > before or (c.end is not None and before > c.end + timedelta(365))
            ):
                continue
            s = c.score(text)
            if s > 0:
                scored.append((s, c.start, c))
        if not scored:
            return None
        return max(scored, key=lambda t: (t[0], t[1]))[2]

    def __len__(self) -> int:
        return len(self.conflicts)


def _conflict_from_mapping(item: Any, source: str) -> Conflict:
    if not isinstance(item, Mapping):
        raise InputError(source, "each conflict must be a table/object")
    try:
        start = date.fromisoformat(str(item["start"]))
        end = date.fromisoformat(str(item["end"])) if item.get("end") else None
        requires = tuple(str(p) for p in item.get("requires", ()))
        cues = tuple(str(p) for p in item.get("cues", ()))
        for pattern in requires + cues:
            re.compile(pattern)
        return Conflict(
            id=str(item["id"]),
            name=str(item.get("name", item["id"])),
            start=start,
            requires=requires,
            cues=cues,
            end=end,
            source=str(item.get("source", "")),
        )
    except KeyError as error:
        raise InputError(source, f"conflict entry lacks {error}") from None
    except (ValueError, re.error) as error:
        raise InputError(source, f"bad conflict entry {item.get('id', '?')!r}: {error}") from None


# --- the document date -------------------------------------------------------------------------

_ORDINAL = r"(?P<n>\d{1,4})(?:st|nd|rd|th)"
_WAR = r"(?:war|invasion|conflict|fighting|offensive|hostilities|attack)"
_DAY_COUNTS = (
    # day 1 is the start day: "in its 93rd day", "on the 100th day of the war", "day 93 of the invasion"
    (re.compile(rf"\b{_WAR}\b[^.;:!?]{{0,40}}?\bin\s+its\s+{_ORDINAL}\s+day\b", re.I), -1),
    (
        re.compile(
            rf"\b(?:on\s+)?the\s+{_ORDINAL}\s+day\s+of\s+(?:the\s+|Russia's\s+|its\s+)?(?:full-scale\s+)?{_WAR}",
            re.I,
        ),
        -1,
    ),
    (re.compile(rf"\b{_WAR}'s\s+{_ORDINAL}\s+day\b", re.I), -1),
    (
        re.compile(
            rf"\bday\s+(?P<n>\d{{1,4}})\s+of\s+(?:the\s+|Russia's\s+|its\s+)?(?:full-scale\s+)?{_WAR}", re.I
        ),
        -1,
    ),
    # "100 days into the war", "100 days since the invasion began": start + n
    (
        re.compile(
            rf"\b(?P<n>\d{{1,4}})\s+days\s+(?:into|since|after\s+the\s+start\s+of)\s+(?:the\s+|Russia's\s+)?"
            rf"(?:full-scale\s+)?{_WAR}",
            re.I,
        ),
        0,
    ),
)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
)
# "KYIV, May 27 (Reuters) -", "MINSK, 14 February (BelTA) –", "Kyiv, 27 May 2022 /Ukrinform/ -"
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z .'-]{1,40}(?:,\s+[A-Z][A-Za-z .'-]{1,30})?),?\s+"
    rf"(?:(?P<month>{_MONTH_NAME})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH_NAME})\.?)"
    r"(?:,?\s*(?P<year>(?:19|20)\d\d))?\s*"
    r"(?:\([A-Z][A-Za-z.&\- ]{0,24}\)|/[A-Za-z ]+/)?\s*[-–—:]",
    re.M,
)
_FULL_DATE = re.compile(
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>\d{1,2})\s+(?P<month2>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+(?P<year2>(?:19|20)\d\d))\b"
)
_WEEKDAY_WORD = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def anchor_date(doc: Document, parsed: SpacyDoc | None, registry: ConflictRegistry | None = None) -> Document:
    """Keep a given date; else infer ``published`` (dateline, a war's day count, latest full date)."""
    if doc.published is not None:
        # A given date stands (with no stated origin it came from the caller); a dateline that
        # disagrees is worth a word, since one of the two is wrong.
        origin = doc.published_from if doc.published_from != "unknown" else "user"
        line = _dateline(doc.text)
        given = _parse_day(doc.published)
        if line is not None and line[0] is not None and given is not None and abs((line[0] - given).days) > 1:
            note = f"the dateline {line[1]!r} says {line[0]}, not the {origin} date {given}; kept {given}"
            return replace(doc, published_from=origin, warnings=doc.warnings + (note,))
        return doc if origin == doc.published_from else replace(doc, published_from=origin)
    registry = registry if registry is not None else ConflictRegistry.default()
    text = doc.text
    weekdays = [m[1] for m in _WEEKDAY_WORD.finditer(text)]

    dateline = _dateline(text)
    if dateline is not None and dateline[0] is not None:
        found, quote = dateline
        assert found is not None
        note = f"published {found} read from the dateline {quote!r}{_weekday_note(found, weekdays)}"
        return replace(
            doc, published=found.isoformat(), published_from="dateline", warnings=doc.warnings + (note,)
        )

    conflict = registry.best(text)
    if conflict is not None:
        counted = _day_count(text, conflict, weekdays)
        if counted is not None:
            found, note = counted
            return replace(
                doc, published=found.isoformat(), published_from="inferred", warnings=doc.warnings + (note,)
            )

    if dateline is not None:  # a dateline without a year: the year the text gives, else the war's
        month, day, quote = dateline[1]
        year_found = _report_year(text, registry, conflict, (month, day))
        if year_found is None:
            note = f"the dateline {quote!r} gives no year and the text does not settle one; not used"
            doc = replace(doc, warnings=doc.warnings + (note,))
        else:
            base_year, why = year_found
            try:
                found = date(base_year, month, day)
            except ValueError:
                found = None
            if found is not None:
                note = (
                    f"published {found} inferred from the dateline {quote!r} (year {base_year} from {why})"
                    f"{_weekday_note(found, weekdays)}"
                )
                return replace(
                    doc,
                    published=found.isoformat(),
                    published_from="inferred",
                    warnings=doc.warnings + (note,),
                )

    named = _file_name_date(doc.source_path)
    if named is not None:
        note = f"published {named} taken from the file name{_weekday_note(named, weekdays)}"
        return replace(
            doc, published=named.isoformat(), published_from="inferred", warnings=doc.warnings + (note,)
        )

    latest = _latest_full_date(text, exclude={c.start for c in registry.conflicts})
    marked = _latest_weekday_date(text, registry, conflict, latest)
    if marked is not None and (latest is None or marked[0] >= latest):
        found, quote = marked
        note = (
            f"published {found} inferred from {quote!r} (a weekday and date the text reports: the report "
            f"is at least that late)"
        )
        return replace(
            doc, published=found.isoformat(), published_from="inferred", warnings=doc.warnings + (note,)
        )
    reason = None
    if latest is not None:
        # A full date is only a lower bound; refuse it when the text shows it is history.
        if _latest_year(text) > latest.year:
            reason = "the text names a later year"
        elif conflict is not None and latest < conflict.start:
            reason = f"it predates {conflict.name}, which the text is about"
        elif weekdays and latest.strftime("%A") not in weekdays:
            reason = f"the text names {', '.join(sorted(set(weekdays)))}, not a {latest.strftime('%A')}"
    if latest is not None and reason is not None:
        note = f"the latest full date in the text ({latest}) was not taken as the report date: {reason}"
        return replace(doc, warnings=doc.warnings + (note,))
    if latest is not None:
        note = (
            f"published {latest} inferred from the most recent full date in the text (a lower bound: the "
            f"report is at least that late){_weekday_note(latest, weekdays)}"
        )
        return replace(
            doc, published=latest.isoformat(), published_from="inferred", warnings=doc.warnings + (note,)
        )
    return doc


def _report_year(
    text: str, registry: ConflictRegistry, conflict: Conflict | None, month_day: tuple[int, int]
) -> tuple[int, str] | None:
    """The year a yearless dateline's report was written: "this year" beside a year or a war's first day;
    else the year its weekday-dated mentions fit, within a year of the one the text points to (the latest
    year it names, not after this one; the war's first year); else the first year on or after the latest
    full date; else the war's first year when the text names its first day (fresh news) and the dateline
    falls after it; else the latest year the text points to, marked as a guess."""
    said = this_year(text, [c.start for c in registry.conflicts])
    if said is not None:
        return said[0], f"{said[1]!r}"
    floor = _year_floor(text, conflict)
    if floor is None:
        return None
    # a month-day's weekday repeats only after several years, so at most one of three in a row fits
    fit = years_fitting(weekday_dates(text), (floor - 1, floor, floor + 1))
    if fit:
        return fit[0], f"the weekdays the text gives its dates (within a year of {floor})"
    latest = _latest_full_date(text)
    if latest is not None:
        year = latest.year if month_day >= (latest.month, latest.day) else latest.year + 1
        return year, f"the latest full date in the text, {latest}"
    if (
        conflict is not None
        and _names_day(text, conflict.start)
        and month_day
        > (
            conflict.start.month,
            conflict.start.day,
        )
    ):
        return conflict.start.year, f"the start of {conflict.name}, whose first day the text names"
    # Only a guess is left; in news of a war the latest year a text points to is right more often
    # than not, and an undated report leaves every event undated, so guess, and say so.
    return floor, f"a guess: the latest year the text points to ({_floor_reason(text, conflict, floor)})"


def _floor_reason(text: str, conflict: Conflict | None, floor: int) -> str:
    if conflict is not None and floor == conflict.start.year and _latest_year(text, cap=floor) != floor:
        return f"the start of {conflict.name}"
    return "a year it names"


def _year_floor(text: str, conflict: Conflict | None) -> int | None:
    """The latest year a report can be shown to be from: the latest year it names (up to this one), or
    the first year of the war it is about."""
    named = _latest_year(text, cap=date.today().year)
    years = [y for y in (named or None, conflict.start.year if conflict else None) if y]
    return max(years) if years else None


def _latest_weekday_date(
    text: str, registry: ConflictRegistry, conflict: Conflict | None, latest: date | None
) -> tuple[date, str] | None:
    """The latest weekday-dated mention ("Thursday evening, July 21") given a year: the one its weekday
    fits within a year of the one the text points to (the latest year it names, the war's start)."""
    marks = weekday_dates(text)
    floor = _year_floor(text, conflict)
    said = this_year(text, [c.start for c in registry.conflicts])
    if not marks or (floor is None and said is None):
        return None
    years = [said[0]] if said else [(floor or 0) - 1, floor or 0, (floor or 0) + 1]
    best: tuple[date, str] | None = None
    for mark in marks:
        fit = years_fitting([mark], years)
        if not fit:
            continue
        found = date(fit[0], mark.month, mark.day)
        if best is None or found > best[0]:
            best = (found, text[mark.start : mark.end])
    return best


def _dateline(text: str) -> tuple[date | None, Any] | None:
    """A dateline near the top: (date, quote) when it has a year, else (None, (month, day, quote))."""
    lines = text.splitlines()
    body = "\n".join(lines[:12])  # a headline never looks like "PLACE, May 27 (Agency) -"
    m = _DATELINE.search(body[:1500])
    if m is None:
        return None
    month = MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")]
    day = int(m["day"] or m["day2"])
    quote = m[0].strip()
    if m["year"]:
        try:
            return date(int(m["year"]), month, day), quote
        except ValueError:
            return None
    return None, (month, day, quote)


def _day_count(text: str, conflict: Conflict, weekdays: list[str]) -> tuple[date, str] | None:
    for pattern, offset in _DAY_COUNTS:
        m = pattern.search(text)
        if m is None:
            continue
        n = int(m["n"])
        if not 1 <= n <= 20000:
            continue
        found = conflict.start + timedelta(days=n + offset)
        phrase = re.sub(r"\s+", " ", m[0])
        confirm = " (start date also named in the text)" if _names_day(text, conflict.start) else ""
        # A count off by one ("100 days since" said on day 100) shows as a weekday clash: prefer the neighbour
        # that matches the weekday the text names most, when the count itself matches none.
        shifted = ""
        if weekdays and found.strftime("%A") not in weekdays:
            top = max(set(weekdays), key=weekdays.count)
            for delta in (-1, 1):
                if (found + timedelta(days=delta)).strftime("%A") == top:
                    found = found + timedelta(days=delta)
                    shifted = f"; shifted one day to match '{top}'"
                    break
        note = (
            f"published {found} inferred from '{phrase}' of {conflict.name} starting {conflict.start}"
            f"{confirm}{shifted}{_weekday_note(found, weekdays)}"
        )
        return found, note
    return None


def _weekday_note(found: date, weekdays: list[str]) -> str:
    name = found.strftime("%A")
    if name in weekdays:
        return f"; consistent with '{name}'"
    if weekdays:
        return f"; note: the text names {', '.join(sorted(set(weekdays)))} but {found} is a {name}"
    return ""


_NAME_DATE = re.compile(r"^((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?!\d)")


def _file_name_date(source_path: str | None) -> date | None:
    """A date the file is named by ("2022-05-27-donbas.txt", "20220527T1030Z_x.txt")."""
    if not source_path:
        return None
    name = Path(source_path).name
    m = _NAME_DATE.match(name)
    if m is None or ":" in name:  # "batch.jsonl:3": the batch's name does not date its articles
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _latest_full_date(text: str, exclude: set[date] | None = None) -> date | None:
    """The latest "Month D, YYYY" / "D Month YYYY" in the text, leaving out ``exclude`` (war start dates)."""
    best: date | None = None
    for m in _FULL_DATE.finditer(text):
        month = MONTHS[(m["month"] or m["month2"]).lower().rstrip(".")]
        try:
            d = date(int(m["year"] or m["year2"]), month, int(m["day"] or m["day2"]))
        except ValueError:
            continue
        if exclude and d in exclude:
            continue
        best = d if best is None or d > best else best
    return best


def _latest_year(text: str, cap: int | None = None) -> int:
    years = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,%])", text)]
    return max((y for y in years if cap is None or y <= cap), default=0)


# --- time expressions --------------------------------------------------------------------------


def find_timerefs(
    doc: Document, parsed: SpacyDoc | None, registry: ConflictRegistry | None = None
) -> Document:
    """Add the time expressions of ``doc.text`` as :class:`TimeRef`, normalised against ``doc.published``."""
    dct = _parse_day(doc.published)
    registry = registry if registry is not None else ConflictRegistry.default()
    conflict = registry.best(doc.text, before=dct)
    refs = []
    for n in find_timexes(doc.text, dct, parsed, conflict.start if conflict else None):
        start_d, end_d = n.date, n.end_date
        # "since Russia invaded Ukraine on February 24", "since Monday": a range up to the report date.
        if (
            dct is not None
            and n.type in ("DATE", "TIME")
            and start_d
            and end_d is None
            and _after_since(doc.text, n.start)
        ):
            end_d = dct.isoformat()
        refs.append(
            TimeRef(
                text=doc.text[n.start : n.end],
                start=n.start,
                end=n.end,
                type=n.type,
                value=n.value,
                date=start_d,
                end_date=end_d,
                precision=n.precision,
            )
        )
    return replace(doc, timerefs=tuple(refs))


def _after_since(text: str, start: int) -> bool:
    left = text[max(0, start - 70) : start]
    clause = re.split(r"[.;:!?\n,]", left)[-1]
    return re.search(r"\bsince\b", clause, re.I) is not None


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- the date of an event ----------------------------------------------------------------------


def date_for_span(
    doc: Document, start: int, end: int, parsed: SpacyDoc | None = None
) -> tuple[str | None, str | None, int]:
    """(event_date, end_date, ACLED time_precision) for an event evidenced by ``doc.text[start:end]``:
    the time expression governing the clause's main verb (see :mod:`sitrep.eventdate`), else the
    document date at precision 3."""
    trigger = None
    if parsed is not None:
        span = parsed.char_span(start, max(end, start + 1), alignment_mode="expand")
        trigger = span.root if span is not None and len(span) else None
    found = event_date(doc, parsed, start, end, trigger)
    return found.date, found.end_date, found.precision
