"""Toponym ranking: named features of a (mention, candidate) pair and a linear model over them.

Needs: mentions with their gazetteer candidates, cue word, acronym flag and containment hints (as
:mod:`sitrep.geoparse` builds them) and the other names' current readings. Adds nothing: it scores.

Every candidate gets a sparse vector of named features (population, kind of feature, how the name
matched, cue agreement, agreement with the other places of the text, explicit containment); its
score is the weighted sum, and a mention's candidates compete in a softmax (a conditional logit).
The weights come from :func:`fit` on gold corpora (``sitrep train geo``) and ship as
``data/geo_ranker.json``; :data:`HAND_WEIGHTS` are the earlier hand-set weights over the same
features, kept as the baseline and as the first reading when training. :meth:`Ranker.explain`
lists the contributions that decided a choice.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from sitrep.gazetteer import Candidate, haversine_km

__all__ = [
    "FEATURES",
    "HAND_WEIGHTS",
    "PRIOR_FEATURES",
    "Ranker",
    "active",
    "context_features",
    "fit",
    "prior_features",
    "weight_of",
    "record",
    "recording",
    "shipped",
    "using",
]

# Feature codes with a weight of their own; the rest fall into their class's group.
_CODE_GROUP = {code: code for code in ("PCLI", "TERR", "RGN", "PEN", "SEA", "OCN", "GULF", "LK", "PPLC",
                                       "ADM1", "ADM2", "ADM3", "PPLA", "CONT")}
_CODE_GROUP.update({code: "ADM4+" for code in ("ADM4", "ADM5", "ADMD")})
_CODE_GROUP.update({code: "PPLA2+" for code in ("PPLA2", "PPLA3", "PPLA4")})
_CODE_GROUP.update({code: "PCL_other" for code in ("PCLD", "PCLF", "PCLS", "PCLIX", "PCLH")})
_CLASS_GROUP = {"A": "A_other", "L": "L_other", "H": "H_other", "T": "T", "S": "S", "V": "other",
                "R": "other", "U": "H_other"}  # class P (ordinary towns) is the reference: no feature
_GROUPS = ("PCLI", "PCL_other", "TERR", "ADM1", "ADM2", "ADM3", "ADM4+", "A_other", "PPLC", "PPLA",
           "PPLA2+", "RGN", "CONT", "PEN", "L_other", "OCN", "SEA", "GULF", "LK", "H_other", "T", "S",
           "other")

PRIOR_FEATURES: tuple[str, ...] = (
    "log_population",  # log10(1 + weight_of): divisions count a hundredth, supranational ones 10^6
    "supranational",  # no country (ocean, continent, region across borders)
    "largest",  # the most prominent of the name's candidates (by weight_of)
    "log_population_ratio",  # log10 of its weight_of over the largest candidate's (<= 0)
    *(f"code_{g}" for g in _GROUPS),
    "match_alt", "match_fold", "match_demonym", "match_abbrev",  # reference: the primary name
    "acronym_town",  # an all-capital mention ("EU") read as a populated place
    "admin_cue_agrees", "admin_cue_clashes",  # "X Oblast", "X, one of the provinces"
    "town_cue_agrees", "town_cue_clashes",  # "the city of X", "X, a northeastern city"
)
FEATURES: tuple[str, ...] = PRIOR_FEATURES + (
    "country_share",  # share of the other readings in the candidate's country (1/2 if it has none)
    "admin1_share",  # share of the other local readings in its first-level division
    "namesake_county",  # a county in a state the text names ("Henry County" with "Georgia")
    "near_town",  # exp(-km/200) to the nearest other local reading, for populated places
    "near_division",  # the same for divisions and areas
    "hint_in",  # "X, Y" / "X in Y": lies in (or by, for a town) the place Y reads as
    "hint_in_country_clash", "hint_in_division_clash",  # ... or does not
    "hint_near",  # "X near Y", "suburb of Y": exp(-km/50) to Y
)

# The weights set by hand before a model was learned (same features; zero where absent).
HAND_WEIGHTS: dict[str, float] = dict.fromkeys(FEATURES, 0.0) | {
    "log_population": 0.5, "code_PCLI": 3.0, "code_TERR": 1.5, "code_RGN": 1.5, "code_PEN": 1.0,
    "code_SEA": 2.0, "code_OCN": 2.5, "code_GULF": 1.5, "code_LK": 1.0, "code_PPLC": 1.5, "code_ADM1": 1.0,
    "code_ADM2": -0.5, "code_ADM3": -1.0, "match_alt": -0.5, "match_fold": -1.0, "match_demonym": -1.0,
    "match_abbrev": -1.0,
    "acronym_town": -3.0, "admin_cue_agrees": 3.0, "admin_cue_clashes": -2.0, "town_cue_agrees": 3.0,
    "town_cue_clashes": -2.0, "country_share": 3.0, "admin1_share": 2.0, "namesake_county": 2.0,
    "near_town": 1.0, "hint_in": 2.5, "hint_in_country_clash": -1.0, "hint_in_division_clash": -0.5,
    "hint_near": 2.5,
}
_SUPRANATIONAL_POPULATION = 1_000_000
_SHIPPED = "geo_ranker.json"


class MentionLike(Protocol):
    text: str
    cue: str | None
    acronym: bool
    candidates: list[Candidate]
    hints: list[tuple[str, int]]
    chosen: Candidate | None


def _km(a: Candidate, b: Candidate) -> float:
    if a.latitude is None or b.latitude is None or a.longitude is None or b.longitude is None:
        return 20000.0
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _group(c: Candidate) -> str | None:
    return _CODE_GROUP.get(c.feature_code) or _CLASS_GROUP.get(c.feature_class)


def weight_of(c: Candidate) -> float:
    """The population that measures how well known a place is: a division counts a hundredth of
    its people (a state of 7 million is about as prominent as a city of 70,000), and oceans, seas
    and regions beyond one country, which have none, count as a large city (a village named
    "Atlantic" should not outrank the ocean)."""
    pop = c.population / 100 if c.feature_class == "A" and c.feature_code != "PCLI" else c.population
    return float(_SUPRANATIONAL_POPULATION) if not pop and not c.country_code else float(pop)


def prior_features(m: MentionLike, c: Candidate, largest: float) -> dict[str, float]:
    """Context-free features; ``largest`` is the greatest :func:`weight_of` among the mention's candidates."""
    pop = weight_of(c)
    f: dict[str, float] = {"log_population": math.log10(pop + 1)}
    if not c.population and not c.country_code:
        f["supranational"] = 1.0
    if largest > 0 and pop == largest:
        f["largest"] = 1.0
    f["log_population_ratio"] = math.log10((pop + 1) / (largest + 1))
    group = _group(c)
    if group:
        f[f"code_{group}"] = 1.0
    if c.match != "name":
        kind = {"alt": "match_alt", "demonym": "match_demonym", "abbrev": "match_abbrev"}
        f[kind.get(c.match, "match_fold")] = 1.0
    if m.acronym and c.feature_class == "P":
        f["acronym_town"] = 1.0
    if m.cue == "admin":
        f["admin_cue_agrees" if c.feature_class in ("A", "L") and c.feature_code != "PCLI"
          else "admin_cue_clashes"] = 1.0
    elif m.cue == "populated":
        f["town_cue_agrees" if c.feature_class == "P" else "town_cue_clashes"] = 1.0
    return {k: v for k, v in f.items() if v}


def context_features(m: MentionLike, c: Candidate, readings: Mapping[str, Candidate],
                     mentions: Sequence[MentionLike]) -> dict[str, float]:
    """Agreement with the other names' current readings, and with the places ``m`` is said to
    lie in or near."""
    f: dict[str, float] = {}
    others = [o for name, o in readings.items() if name != m.text]
    if others and not c.country_code:
        # Places beyond one country neither agree nor clash with the text's countries.
        f["country_share"] = 0.5
    elif others:
        f["country_share"] = sum(o.country_code == c.country_code for o in others) / len(others)
        local = [o for o in others if o.feature_code != "PCLI" and o.feature_class != "L"]
        if local and c.feature_code != "PCLI":
            same = sum((o.country_code, o.admin1_code) == (c.country_code, c.admin1_code) for o in local)
            f["admin1_share"] = same / len(local)
            if c.feature_code == "ADM2" and any(o.feature_code == "ADM1" and (o.country_code, o.admin1_code)
                                                == (c.country_code, c.admin1_code) for o in local):
                f["namesake_county"] = 1.0
            near = math.exp(-min(_km(c, o) for o in local) / 200)
            f["near_town" if c.feature_class == "P" else "near_division"] = near
    for kind, index in m.hints:
        other = mentions[index].chosen
        if other is None:
            continue
        if kind == "near":
            f["hint_near"] = f.get("hint_near", 0.0) + math.exp(-_km(c, other) / 50)
        elif other.feature_code == "PCLI" or other.feature_class == "A":
            same = c.country_code == other.country_code if other.feature_code == "PCLI" else \
                (c.country_code, c.admin1_code) == (other.country_code, other.admin1_code)
            key = "hint_in" if same else \
                "hint_in_country_clash" if other.feature_code == "PCLI" else "hint_in_division_clash"
            f[key] = f.get(key, 0.0) + 1.0
        else:
            f["hint_in"] = f.get("hint_in", 0.0) + math.exp(-_km(c, other) / 100)
    return {k: v for k, v in f.items() if v}


@dataclass(frozen=True)
class Ranker:
    """A linear score over named features; ``source`` says where the weights came from."""

    weights: Mapping[str, float]
    source: str = "hand"

    def score(self, features: Mapping[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def explain(self, features: Mapping[str, float]) -> dict[str, float]:
        """Each feature's contribution to the score, largest first."""
        parts = {k: round(self.weights.get(k, 0.0) * v, 3) for k, v in features.items()}
        return dict(sorted(((k, v) for k, v in parts.items() if v), key=lambda kv: -abs(kv[1])))

    def to_json(self) -> dict[str, Any]:
        return {"model": "conditional logit over toponym candidates", "source": self.source,
                "features": list(FEATURES),
                "weights": {k: round(self.weights.get(k, 0.0), 4) for k in FEATURES}}

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.to_json(), indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> Ranker:
        return cls._from(json.loads(path.read_text(encoding="utf-8")))

    @classmethod
    def _from(cls, data: Mapping[str, Any]) -> Ranker:
        unknown = set(data["weights"]) - set(FEATURES)
        if unknown:
            raise ValueError(f"ranker weights name unknown features: {sorted(unknown)}")
        weights = {k: float(v) for k, v in data["weights"].items()}
        return cls(weights=weights, source=str(data.get("source", "")))


@cache
def shipped() -> Ranker:
    """The weights shipped with the package (read on first use); the hand weights if none ship."""
    ref = resources.files("sitrep").joinpath("data", _SHIPPED)
    if not ref.is_file():
        return Ranker(HAND_WEIGHTS)
    return Ranker._from(json.loads(ref.read_text(encoding="utf-8")))


_ACTIVE: ContextVar[Ranker | None] = ContextVar("sitrep_geo_ranker", default=None)
_RECORDING: ContextVar[list[list[Any]] | None] = ContextVar("sitrep_geo_recording", default=None)


def active() -> Ranker:
    """The ranker resolution uses: the one set by :func:`using`, else the shipped one."""
    return _ACTIVE.get() or shipped()


@contextmanager
def using(ranker: Ranker) -> Iterator[Ranker]:
    """Resolve with ``ranker`` inside the block (training and cross-validation)."""
    token = _ACTIVE.set(ranker)
    try:
        yield ranker
    finally:
        _ACTIVE.reset(token)


@contextmanager
def recording() -> Iterator[list[list[Any]]]:
    """Collect every resolved mention list inside the block (the training examples' source)."""
    sink: list[list[Any]] = []
    token = _RECORDING.set(sink)
    try:
        yield sink
    finally:
        _RECORDING.reset(token)


def record(mentions: Sequence[MentionLike]) -> None:
    sink = _RECORDING.get()
    if sink is not None:
        sink.append(list(mentions))


def fit(groups: Sequence[tuple[Sequence[Mapping[str, float]], Sequence[bool]]], l2: float = 1e-3,
        prior: Mapping[str, float] | None = None, iterations: int = 100) -> dict[str, float]:
    """Fit a conditional logit by damped Newton steps: each group is one mention's candidates'
    features and which of them are right; the likelihood of a group is the softmax mass on its
    right candidates. Groups with no right (or no wrong) candidate carry no information and are
    skipped. ``l2`` penalises the standardised weights' distance to ``prior`` (mean loss +
    l2/2 |w - prior|^2; default zero): pulled towards the hand weights, a feature the data
    rarely shows keeps its hand value instead of dropping to nothing."""
    import numpy as np

    kept = [(feats, right) for feats, right in groups if any(right) and not all(right)]
    if not kept:
        raise ValueError("no mention with both a right and a wrong candidate to learn from")
    index = {k: i for i, k in enumerate(FEATURES)}
    rows = [row for feats, _ in kept for row in feats]
    x = np.zeros((len(rows), len(FEATURES)))
    for r, row in enumerate(rows):
        for k, v in row.items():
            x[r, index[k]] = v
    y = np.array([float(v) for _, right in kept for v in right])
    sizes = np.array([len(feats) for feats, _ in kept])
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    gid = np.repeat(np.arange(len(kept)), sizes)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    xs = x / scale
    n, dim = len(kept), len(FEATURES)
    w0 = np.array([(prior or {}).get(k, 0.0) for k in FEATURES]) * scale

    def parts(w: Any) -> tuple[float, Any, Any]:
        s = xs @ w
        e = np.exp(s - np.maximum.reduceat(s, starts)[gid])
        z, zq = np.add.reduceat(e, starts), np.add.reduceat(e * y, starts)
        loss = float(np.mean(np.log(z) - np.log(zq)) + l2 / 2 * (w - w0) @ (w - w0))
        return loss, e / z[gid], e * y / zq[gid]

    w = w0.copy()
    loss, p, q = parts(w)
    damping = 1e-4
    for _ in range(iterations):
        grad = xs.T @ (p - q) / n + l2 * (w - w0)
        # Hessian: the softmax covariance of the features minus their covariance over the right ones.
        hess = l2 * np.eye(dim)
        for weight, sign in ((p, 1.0), (q, -1.0)):
            mean = np.add.reduceat(xs * weight[:, None], starts)
            hess += sign * (xs.T @ (xs * weight[:, None]) - mean.T @ mean) / n
        while damping <= 1e6:
            step = np.linalg.solve(hess + damping * np.eye(dim), -grad)
            new_loss, new_p, new_q = parts(w + step)
            if new_loss <= loss:
                break
            damping *= 10
        else:
            break
        w, p, q, damping = w + step, new_p, new_q, max(damping / 10, 1e-8)
        improvement, loss = loss - new_loss, new_loss
        if improvement < 1e-10:
            break
    return {k: float(v) for k, v in zip(FEATURES, w / scale, strict=True)}
