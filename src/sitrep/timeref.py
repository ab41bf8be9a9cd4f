"""Time: the document date, the time expressions in the text, and the date of an event.

* :func:`anchor_date` needs the text and a parse; it keeps a metadata/user date, else
  infers one (dateline; day count of a known war; latest full date) and says how in
  ``Document.warnings``. It sets ``published`` and ``published_from``.
* :func:`find_timerefs` adds ``Document.timerefs`` (TIMEX3-style, relative to ``published``).
* :func:`date_for_span` gives an event's (event_date, end_date, ACLED time_precision).

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
from sitrep.schema import Document, TimeRef
from sitrep.timex import MONTHS, find_timexes

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
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Za-z .'-]{1,40}(?:,\s+[A-Z][A-Za-z .'-]{1,30})?),?\s+"
    r"(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})"
    r"(?:,\s*(?P<year>(?:19|20)\d\d))?\s*"
    r"(?:\((?:Reuters|AP|AFP|UPI|dpa|Xinhua|IANS|PTI)\)|/[A-Za-z ]+/)?\s*[-–—:]",
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
    if doc.published is not None and doc.published_from != "unknown":
        return doc
    if doc.published is not None:  # a date with no stated origin came from the caller
        return replace(doc, published_from="user")
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

    if dateline is not None:  # a dateline without a year: take the year of the latest full date or the war
        month, day, quote = dateline[1]
        year = _latest_full_date(text)
        base_year = year.year if year else (conflict.start.year if conflict else None)
        if base_year is not None:
            try:
                found = date(base_year, month, day)
            except ValueError:
                found = None
            if found is not None:
                note = (
                    f"published {found} inferred from the dateline {quote!r} (year {base_year} from the text)"
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


def _dateline(text: str) -> tuple[date | None, Any] | None:
    """A dateline near the top: (date, quote) when it has a year, else (None, (month, day, quote))."""
    lines = text.splitlines()
    body = "\n".join(lines[1:12]) if len(lines) > 1 else text  # skip the headline
    m = _DATELINE.search(body[:1500])
    if m is None:
        return None
    month = MONTHS[m["month"].lower()]
    day = int(m["day"])
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


def _latest_year(text: str) -> int:
    years = [int(y) for y in re.findall(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,%])", text)]
    return max(years, default=0)


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
    """(event_date, end_date, ACLED time_precision) for an event evidenced by ``doc.text[start:end]``.

    The time expression governing the event in its sentence decides (the one attached to
    the event's verb in the parse, else the nearest); else the document date, precision 2.
    """
    s_start, s_end = _sentence_bounds(doc.text, start, end, parsed)
    candidates = [
        t
        for t in doc.timerefs
        if s_start <= t.start < s_end
        and t.date is not None
        and t.type in ("DATE", "TIME", "DURATION")
        and not (t.type == "DURATION" and t.end_date is None)
    ]
    published = _parse_day(doc.published)
    if candidates:
        best = _pick(candidates, start, end, parsed)
        first, last = _parse_day(best.date), _parse_day(best.end_date)
        if (
            best.precision in ("month", "year")
            and published is not None
            and first is not None
            and first <= published <= (last or first)
        ):
            # "this year", "in May": the report date is the best single day, and only approximate
            return published.isoformat(), None, 3
        return best.date, best.end_date, _precision(best)
    if published is None:
        return None, None, 3
    return published.isoformat(), None, 2


def _precision(ref: TimeRef) -> int:
    if ref.end_date and ref.date and ref.end_date != ref.date:
        span = (_parse_day(ref.end_date) or date.min) - (_parse_day(ref.date) or date.min)
        if ref.precision in ("day", "week") and span <= timedelta(days=7):
            return 2
        return 3
    return {"day": 1, "week": 2}.get(ref.precision, 3)


def _sentence_bounds(text: str, start: int, end: int, parsed: SpacyDoc | None) -> tuple[int, int]:
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


def _pick(candidates: list[TimeRef], start: int, end: int, parsed: SpacyDoc | None) -> TimeRef:
    def char_distance(t: TimeRef) -> int:
        if t.start < end and start < t.end:
            return 0
        return min(abs(t.start - end), abs(start - t.end))

    if parsed is None:
        return min(candidates, key=lambda t: (char_distance(t), t.start))
    event_heads = _heads(parsed, start, end)

    def attachment(t: TimeRef) -> int:
        # 0: the time hangs off the event's verb; 1: off a verb governing the event ("gained ground on
        # Friday by shelling"); 2: inside a clause under the event; 3: unrelated in the tree.
        span = parsed.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not event_heads:
            return 3
        governor = span.root
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head
        if governor.i in event_heads:
            return 0
        if any(governor.i in _ancestors(parsed[h]) for h in event_heads):
            return 1
        if any(h in _ancestors(governor) for h in event_heads):
            return 2
        return 3

    rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    return min(candidates, key=lambda t: (attachment(t), rank.get(t.precision, 4), char_distance(t), t.start))


def _heads(parsed: SpacyDoc, start: int, end: int) -> list[int]:
    """Token indices of the event evidence's verbs (roots of the span and the verbs it holds)."""
    span = parsed.char_span(start, max(end, start + 1), alignment_mode="expand")
    if span is None:
        return []
    heads = [span.root.i] + [t.i for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    return list(dict.fromkeys(heads))


def _ancestors(token: Any) -> list[int]:
    path = [token.i]
    while token.head.i != token.i and len(path) < 30:
        token = token.head
        path.append(token.i)
    return path
