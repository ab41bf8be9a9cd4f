"""Training and cross-validating the toponym ranker (:mod:`sitrep.georank`) on gold corpora.

Needs LGL-family corpus files and the session resources (spaCy pipeline + gazetteer); adds
nothing to documents. Each article is parsed once; its geocodable gold spans are then resolved
as in the gold-span setting of :mod:`sitrep.evaluate.geo`, with whichever ranker is being
tried. Every resolved mention becomes one training group: its candidates' features under the
final readings of the text, each candidate labelled right when it lies within 161 km of the
gold point (mentions with no right candidate teach nothing and are skipped). The readings come
from a first resolution with the hand weights, then once more from the learned weights.

Cross-validation leaves one corpus out: fit on the others, score gold-span accuracy@161 km on it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep import georank
from sitrep.evaluate.geo import WITHIN_KM, GoldToponym, haversine_km, read_corpus
from sitrep.schema import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc as SpacyDoc

    from sitrep.gazetteer import Gazetteer
    from sitrep.pipeline import Resources

__all__ = ["CorpusResult", "TrainReport", "parse_corpora", "run", "train_geo"]

Group = tuple[list[dict[str, float]], list[bool]]


@dataclass(frozen=True)
class _Article:
    corpus: str
    doc: Document
    parsed: SpacyDoc
    gold: tuple[GoldToponym, ...]  # the geocodable ones


@dataclass(frozen=True)
class CorpusResult:
    corpus: str
    toponyms: int
    hand: float  # gold-span accuracy@161 km with the hand weights
    learned: float  # ... with weights fitted without this corpus (or on all, for the final model)


@dataclass
class TrainReport:
    ranker: georank.Ranker
    groups: int
    held_out: list[CorpusResult] = field(default_factory=list)
    full: list[CorpusResult] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"groups": self.groups, "weights": dict(self.ranker.weights),
                "held_out": [vars(r) for r in self.held_out], "full": [vars(r) for r in self.full]}


def parse_corpora(paths: Sequence[Path], resources: Resources) -> list[_Article]:
    from sitrep.zones import detect_zones

    out: list[_Article] = []
    for path in paths:
        articles = read_corpus(path)
        docs = [detect_zones(Document(id=a.id, text=a.text)) for a in articles]
        parsed = resources.nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=16)
        for art, (p, doc) in zip(articles, parsed, strict=True):
            gold = tuple(g for g in art.toponyms if g.geocodable)
            if gold:
                out.append(_Article(path.stem, doc, p, gold))
    return out


def _groups(mentions: Sequence[Any], gold: Mapping[tuple[int, int], GoldToponym]) -> list[Group]:
    readings = {m.text: m.chosen for m in mentions if m.chosen is not None}
    groups: list[Group] = []
    for m in mentions:
        g = gold.get((m.start, m.end))
        if g is None or g.latitude is None or g.longitude is None:
            continue
        largest = max(georank.weight_of(c) for c in m.candidates)
        feats = [georank.prior_features(m, c, largest) | georank.context_features(m, c, readings, mentions)
                 for c in m.candidates]
        right = [c.latitude is not None and c.longitude is not None
                 and haversine_km(g.latitude, g.longitude, c.latitude, c.longitude) <= WITHIN_KM
                 for c in m.candidates]
        groups.append((feats, right))
    return groups


def run(articles: Sequence[_Article], gazetteer: Gazetteer,
        ranker: georank.Ranker) -> tuple[list[Group], dict[str, tuple[int, int]]]:
    """Resolve the gold spans with ``ranker``: the training groups, and per corpus (right, total)."""
    from sitrep.geoparse import resolve_spans

    groups: list[Group] = []
    tally: dict[str, tuple[int, int]] = {}
    with georank.using(ranker), georank.recording() as sink:
        for art in articles:
            before = len(sink)
            places = resolve_spans(art.doc, art.parsed, gazetteer, [(g.start, g.end) for g in art.gold])
            right = sum(p is not None and p.latitude is not None and p.longitude is not None
                        and g.latitude is not None and g.longitude is not None
                        and haversine_km(g.latitude, g.longitude, p.latitude, p.longitude) <= WITHIN_KM
                        for p, g in zip(places, art.gold, strict=True))
            hits, total = tally.get(art.corpus, (0, 0))
            tally[art.corpus] = (hits + right, total + len(art.gold))
            by_span = {(g.start, g.end): g for g in art.gold}
            for mentions in sink[before:]:
                groups.extend(_groups(mentions, by_span))
    return groups, tally


def _fit(articles: Sequence[_Article], gazetteer: Gazetteer, hand_groups: list[Group], l2: float,
         refits: int) -> tuple[georank.Ranker, int]:
    # The hand weights are the prior: features the corpora rarely show keep their hand value.
    source = "learned on " + ", ".join(dict.fromkeys(a.corpus for a in articles))
    ranker = georank.Ranker(georank.fit(hand_groups, l2=l2, prior=georank.HAND_WEIGHTS), source=source)
    groups = hand_groups
    for _ in range(refits):
        groups, _ = run(articles, gazetteer, ranker)
        ranker = georank.Ranker(georank.fit(groups, l2=l2, prior=georank.HAND_WEIGHTS), source=source)
    return ranker, len(groups)


def _accuracy(tally: Mapping[str, tuple[int, int]], corpus: str) -> float:
    hits, total = tally[corpus]
    return hits / total if total else 0.0


def train_geo(paths: Sequence[Path], resources: Resources, out: Path | None = None, l2: float = 3e-2,
              refits: int = 1, cross_validate: bool = True) -> TrainReport:
    """Fit the ranker on the gold spans of ``paths`` (saved to ``out`` when given). With several
    corpora and ``cross_validate``, also score each corpus with weights fitted on the others."""
    articles = parse_corpora(paths, resources)
    hand = georank.Ranker(georank.HAND_WEIGHTS)
    corpora = list(dict.fromkeys(a.corpus for a in articles))
    hand_groups: dict[str, list[Group]] = {}
    hand_tally: dict[str, tuple[int, int]] = {}
    for corpus in corpora:
        groups, tally = run([a for a in articles if a.corpus == corpus], resources.gazetteer, hand)
        hand_groups[corpus] = groups
        hand_tally.update(tally)
    held_out: list[CorpusResult] = []
    if cross_validate and len(corpora) > 1:
        for corpus in corpora:
            rest = [a for a in articles if a.corpus != corpus]
            ranker, _ = _fit(rest, resources.gazetteer,
                             [g for c in corpora if c != corpus for g in hand_groups[c]], l2, refits)
            _, tally = run([a for a in articles if a.corpus == corpus], resources.gazetteer, ranker)
            held_out.append(CorpusResult(corpus, hand_tally[corpus][1], _accuracy(hand_tally, corpus),
                                         _accuracy(tally, corpus)))
    ranker, n = _fit(articles, resources.gazetteer, [g for c in corpora for g in hand_groups[c]], l2, refits)
    _, tally = run(articles, resources.gazetteer, ranker)
    full = [CorpusResult(c, hand_tally[c][1], _accuracy(hand_tally, c), _accuracy(tally, c)) for c in corpora]
    if out is not None:
        ranker.save(out)
    return TrainReport(ranker, n, held_out, full)
