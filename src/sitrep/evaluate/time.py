"""Scoring time expressions against TimeML gold (TimeBank, AQUAINT, TempEval-3), and
running the recogniser outside the pipeline (``sitrep timex``).

Needs a spaCy pipeline (the bare English model is enough); each document is anchored at its
creation time (``<DCT><TIMEX3 value=...>``). Scores follow TempEval-3: strict = exact span,
relaxed = any overlap (one gold to one prediction); type and value are judged on relaxed
matches, and value F1 is precision/recall over the value-correct matches.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import unescape

from sitrep.errors import InputError
from sitrep.evaluate.common import jsonl_requests, prf

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc as SpacyDoc

__all__ = [
    "GoldTimex",
    "TimeMLDoc",
    "TimeScores",
    "Timex",
    "baseline_timexes",
    "evaluate_time",
    "load_model",
    "read_timeml",
    "score_documents",
    "sitrep_timexes",
    "timex_jsonl",
]

_ENTITIES = {"&quot;": '"', "&apos;": "'"}
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class Timex:
    """A time expression over ``text[start:end]`` with its TIMEX3 type and value."""

    start: int
    end: int
    type: str
    value: str


GoldTimex = Timex


@dataclass(frozen=True)
class TimeMLDoc:
    id: str
    text: str
    dct: date | None
    gold: tuple[Timex, ...]


def read_timeml(source: str | Path, markup: str | None = None) -> TimeMLDoc:
    """One TimeML document: the plain text of ``<TEXT>``, its TIMEX3 spans and the creation date.

    ``markup`` is the file's content when given (``source`` then only names it)."""
    where = str(source)
    if markup is None:
        try:
            markup = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(where, f"cannot be read ({exc})") from exc
    body = re.search(r"<TEXT>(.*?)</TEXT>", markup, re.S)
    if body is None:
        raise InputError(where, "no <TEXT> element: not a TimeML document")
    dct: date | None = None
    dct_tag = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", markup)
    if dct_tag is not None:
        try:
            dct = date.fromisoformat(dict(_ATTR.findall(dct_tag[1])).get("value", "")[:10])
        except ValueError:
            dct = None
    docid = re.search(r"<DOCID>\s*([^<]*?)\s*</DOCID>", markup)
    text: list[str] = []
    gold: list[Timex] = []
    pos = 0
    open_: list[tuple[int, dict[str, str]]] = []
    for part in re.split(r"(<[^>]+>)", body[1]):
        tag = _TAG.fullmatch(part) if part.startswith("<") else None
        if tag is None:
            chunk = unescape(part, _ENTITIES)
            text.append(chunk)
            pos += len(chunk)
        elif tag[2] == "TIMEX3":
            if tag[1]:
                if not open_:
                    raise InputError(where, f"a </TIMEX3> closes nothing at text offset {pos}")
                start, attrs = open_.pop()
                gold.append(Timex(start, pos, attrs.get("type", ""), attrs.get("value", "")))
            elif not part.endswith("/>"):  # an empty TIMEX3 has no text span to find
                open_.append((pos, dict(_ATTR.findall(tag[3]))))
    name = docid[1] if docid else Path(where).stem
    return TimeMLDoc(name, "".join(text), dct, tuple(sorted(gold, key=lambda t: t.start)))


# --- systems ------------------------------------------------------------------------------------

def sitrep_timexes(text: str, dct: date | None, parsed: SpacyDoc) -> list[Timex]:
    """sitrep's recogniser and normaliser (:func:`sitrep.timex.find_timexes`) in news mode."""
    from sitrep.timex import find_timexes

    return [Timex(n.start, n.end, n.type, n.value) for n in find_timexes(text, dct, parsed, None)]


_PERIOD_FORMAT = {"year": "%Y", "month": "%Y-%m", "week": "%G-W%V", "day": "%Y-%m-%d",
                  "time": "%Y-%m-%dT%H:%M"}


def baseline_timexes(text: str, dct: date | None, parsed: SpacyDoc) -> list[Timex]:
    """The common baseline: spaCy DATE/TIME entities, each normalised by dateparser relative to the DCT
    at the granularity dateparser reports (no value when it cannot parse the entity)."""
    from dateparser.date import DateDataParser

    base = datetime.combine(dct, datetime.min.time()) if dct else datetime(2000, 1, 1)
    # dateparser's default side (current_period) scores better here than PREFER_DATES_FROM="past"
    parser = DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base})
    out = []
    for ent in parsed.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        data = parser.get_date_data(ent.text)
        value = ""
        if data.date_obj is not None:
            period = "time" if ent.label_ == "TIME" else (data.period or "day")
            value = data.date_obj.strftime(_PERIOD_FORMAT.get(period, "%Y-%m-%d"))
        out.append(Timex(ent.start_char, ent.end_char, ent.label_, value))
    return out


System = Callable[[str, "date | None", "SpacyDoc"], list[Timex]]
SYSTEMS: dict[str, System] = {"sitrep": sitrep_timexes, "baseline": baseline_timexes}


# --- scoring ------------------------------------------------------------------------------------


@dataclass
class TimeScores:
    """Counts over a corpus and the TempEval-3 measures derived from them."""

    corpus: str
    system: str
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    # gold value class -> [matched, value-correct]; and the commonest wrong values
    by_class: dict[str, list[int]] = field(default_factory=dict)
    value_errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)

    def add(self, doc: TimeMLDoc, predicted: list[Timex]) -> None:
        self.documents += 1
        self.gold += len(doc.gold)
        self.predicted += len(predicted)
        used: set[int] = set()
        for g in doc.gold:
            # exact span first, otherwise the first overlapping prediction not yet used
            cands = [i for i, p in enumerate(predicted)
                     if i not in used and p.start < g.end and g.start < p.end]
            if not cands:
                self.missed[doc.text[g.start : g.end].lower()] += 1
                continue
            exact = [i for i in cands if (predicted[i].start, predicted[i].end) == (g.start, g.end)]
            i = (exact or cands)[0]
            used.add(i)
            p = predicted[i]
            self.relaxed += 1
            self.strict += (p.start, p.end) == (g.start, g.end)
            self.type_ok += p.type == g.type
            ok = p.value == g.value
            self.value_ok += ok
            counts = self.by_class.setdefault(value_class(g.value), [0, 0])
            counts[0] += 1
            counts[1] += ok
            if not ok:
                self.value_errors[(doc.text[g.start : g.end], g.value, p.value)] += 1
        for i, p in enumerate(predicted):
            if i not in used:
                self.spurious[doc.text[p.start : p.end].lower()] += 1

    def as_dict(self) -> dict[str, Any]:
        sp, sr, sf = prf(self.strict, self.predicted, self.gold)
        rp, rr, rf = prf(self.relaxed, self.predicted, self.gold)
        vp, vr, vf = prf(self.value_ok, self.predicted, self.gold)
        return {
            "corpus": self.corpus, "system": self.system, "documents": self.documents,
            "gold": self.gold, "predicted": self.predicted,
            "strict_p": round(sp, 4), "strict_r": round(sr, 4), "strict_f1": round(sf, 4),
            "relaxed_p": round(rp, 4), "relaxed_r": round(rr, 4), "relaxed_f1": round(rf, 4),
            "type_accuracy": round(self.type_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value_accuracy": round(self.value_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value_p": round(vp, 4), "value_r": round(vr, 4), "value_f1": round(vf, 4),
        }


def value_class(value: str) -> str:
    """A coarse class of a TIMEX3 value for error analysis ("P1Y" -> "duration", "1998-Q3" -> "quarter")."""
    patterns = (
        ("ref", r"(?:PRESENT|PAST|FUTURE)_REF"), ("duration", r"P.*"), ("time", r".*T\d.*"),
        ("part-of-day", r".*T(?:MO|AF|EV|NI|DT)"), ("quarter", r"\d{4}-[QH]\d"),
        ("season", r"\d{4}-(?:SP|SU|FA|WI)"),
        ("week", r"\d{4}-W\d\d(?:-WE)?"), ("day", r"\d{4}-\d\d-\d\d"), ("month", r"\d{4}-\d\d"),
        ("year", r"\d{4}"), ("decade", r"\d{3}X?"), ("century", r"\d\d"),
    )
    for name, pattern in patterns:
        if re.fullmatch(pattern, value):
            return name
    return "other"


def score_documents(docs: Iterable[TimeMLDoc], nlp: Language, system: str = "sitrep",
                    corpus: str = "") -> TimeScores:
    """Run ``system`` ("sitrep" or "baseline") on each document anchored at its DCT and score it."""
    run = SYSTEMS[system]
    scores = TimeScores(corpus=corpus, system=system)
    items = list(docs)
    for doc, parsed in zip(items, nlp.pipe(d.text for d in items), strict=True):
        scores.add(doc, run(doc.text, doc.dct, parsed))
    return scores


def load_model() -> Language:
    """The bare English spaCy model (no gazetteer ruler: time expressions do not need it)."""
    import spacy

    from sitrep.language import MODEL

    return spacy.load(MODEL)


def evaluate_time(folder: Path, nlp: Language | None = None, system: str = "sitrep",
                  limit: int | None = None, every: int = 1) -> TimeScores:
    """Score every ``*.tml`` under ``folder`` (recursively, in name order; every k-th, the first N)."""
    if system not in SYSTEMS:
        raise InputError(system, f"unknown system (choose from {', '.join(SYSTEMS)})")
    paths = sorted(folder.rglob("*.tml")) if folder.is_dir() else [folder]
    if not paths or not paths[0].exists():
        raise InputError(str(folder), "no .tml files found")
    paths = paths[::every][:limit]
    return score_documents((read_timeml(p) for p in paths), nlp or load_model(), system, corpus=folder.name)


# --- JSON Lines in, timexes out -----------------------------------------------------------------

def _request(line: str, where: str) -> tuple[str, str, date | None]:
    try:
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise TypeError("it needs a string 'text'")
        raw = item.get("dct")
        dct = None if raw in (None, "") else date.fromisoformat(str(raw)[:10])
    except (ValueError, TypeError) as exc:
        raise InputError(where, f'not a {{"id", "text", "dct"}} line ({exc})') from exc
    return str(item.get("id", where)), item["text"], dct


def timex_jsonl(lines: Iterable[str], nlp: Language | None = None, source: str = "<stdin>",
                on_error: Callable[[InputError], None] | None = None) -> Iterator[dict[str, Any]]:
    """``{"id", "text", "dct"}`` lines in, ``{"id", "timexes": [{"start", "end", "type", "value"}]}`` out.

    ``dct`` (ISO date) anchors relative expressions; bad lines go to ``on_error`` (raised when it is
    None) and the rest go on."""
    def requests() -> Iterator[tuple[str, tuple[str, date | None]]]:
        for rid, text, dct in jsonl_requests(lines, source, _request, on_error):
            yield text, (rid, dct)

    model = nlp or load_model()
    for parsed, (rid, dct) in model.pipe(requests(), as_tuples=True, batch_size=16):
        found = sitrep_timexes(parsed.text, dct, parsed)
        yield {"id": rid, "timexes": [{"start": t.start, "end": t.end, "type": t.type, "value": t.value}
                                      for t in found]}
