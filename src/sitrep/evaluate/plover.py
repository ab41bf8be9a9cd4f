"""PLOVER event-type scores on the PLOVER gold-standard records (PLOVER_GSR_CAMEO.json).

Needs: the gold JSON (a list of records with ``text``, ``event``, ``mode``, ``eventText``; the
``DOCUMENT`` record is skipped) and the English spaCy pipeline. Adds: for sitrep's sentence coder
(:func:`sitrep.plover.code_sentence`) and two baselines from the same run, accuracy over all
sentences, coverage (sentences coded at all) and accuracy over the covered ones, per-category
precision/recall/F1 with the commonest confusions, mode accuracy where the gold has a mode, and how
often the trigger word is one of the gold ``eventText`` words.

Baselines: ``acled`` is the pipeline's existing PLOVER coding, the first ACLED trigger of the sentence
(:mod:`sitrep.triggers`) mapped by :func:`sitrep.triggers.plover_for`; ``majority`` answers the
commonest gold category every time.

Crosswalk. The gold uses PLOVER 0.5b1 names; sitrep codes the 2021 ontology. Scores are given both
ways through one fixed table (:data:`GOLD_TO_2021`): gold DEMAND is REQUEST, DISAPPROVE and
INVESTIGATE are ACCUSE (2021 keeps them apart as modes: ``investigate`` vs the rest), every other
name is unchanged (sitrep keeps FIGHT apart from ASSAULT, as 0.5b1 does). In the gold's own names,
sitrep's REQUEST is DEMAND and its ACCUSE is INVESTIGATE when its mode is ``investigate``, else
DISAPPROVE. ``accuracy_fight_merged`` also folds FIGHT into ASSAULT on both sides, as the 2021
crosswalk does for CAMEO 19. Mode accuracy is over every gold record with a mode: the same name, or
one :data:`GOLD_MODES` maps to it (0.5b1 "heavy-weapons" is sitrep's "artillery" or "aerial", ...).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.errors import InputError
from sitrep.evaluate.events import LabelScore, f1_scores
from sitrep.plover import code_sentence
from sitrep.triggers import cues, plover_for, trigger_class, type_for

__all__ = ["GOLD_MODES", "GOLD_TO_2021", "GoldSentence", "PloverScores", "evaluate_plover", "read_gold"]

GOLD_FILE = "PLOVER_GSR_CAMEO.json"
SYSTEMS = ("sitrep", "acled", "majority")

#: PLOVER 0.5b1 category -> PLOVER 2021 category (names not listed are unchanged).
GOLD_TO_2021: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
#: Gold (0.5b1) mode -> the sitrep modes that count as the same mode.
GOLD_MODES: dict[str, frozenset[str]] = {
    "heavy-weapons": frozenset({"artillery", "aerial", "heavy-weapons"}),
    "firearms": frozenset({"small-arms", "firearms"}),
    "strike-hun": frozenset({"hunger"}),
    "strike-gen": frozenset({"strike", "boycott"}),
    "demo-org": frozenset({"demo"}),
    "demo-spon": frozenset({"demo"}),
    "riot-spon": frozenset({"riot"}),
    "riot": frozenset({"riot"}),
    "obstruct": frozenset({"obstruct"}),
    "host": frozenset({"visit"}),
    "visit": frozenset({"visit"}),
    "phone": frozenset({"phone"}),
    "third-party": frozenset({"third-party"}),
    "detain": frozenset({"arrest"}),
    "arrest": frozenset({"arrest"}),
    "confiscate": frozenset({"seize"}),
    "censor": frozenset({"restrict"}),
    "violence": frozenset({"violence"}),
}


@dataclass(frozen=True)
class GoldSentence:
    id: str
    text: str
    event: str  # 0.5b1 name
    mode: str | None
    event_text: str

    @property
    def event_2021(self) -> str:
        return GOLD_TO_2021.get(self.event, self.event)


def read_gold(path: Path) -> list[GoldSentence]:
    """The gold sentences of a PLOVER gold file (a JSON array, or JSON Lines), or of every ``*.json`` in a
    folder (PLOVER_GSR_CAMEO.json alone when the folder has it); DOCUMENT records are left out."""
    if path.is_dir():
        files = [path / GOLD_FILE] if (path / GOLD_FILE).is_file() else sorted(path.glob("*.json"))
        if not files:
            raise InputError(str(path), "no PLOVER gold .json file in this folder")
        return [g for f in files for g in _read_file(f)]
    return _read_file(path)


def _read_file(file: Path) -> list[GoldSentence]:
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(file), getattr(exc, "strerror", None) or "cannot be read as UTF-8 text") from exc
    try:
        records = json.loads(text)
    except json.JSONDecodeError as exc:
        try:  # JSON Lines: one record per line
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        except json.JSONDecodeError:
            raise InputError(str(file), f"not JSON ({exc})") from exc
    if not isinstance(records, list):
        raise InputError(str(file), "not a JSON array of PLOVER records")
    out: list[GoldSentence] = []
    for rec in records:
        if not isinstance(rec, dict) or rec.get("event") in (None, "DOCUMENT") or not rec.get("text"):
            continue
        out.append(GoldSentence(str(rec.get("id", len(out))), str(rec["text"]).strip("{} "),
                                str(rec["event"]), rec.get("mode") or None, str(rec.get("eventText", ""))))
    if not out:
        raise InputError(str(file), "no PLOVER gold sentences found")
    return out


def to_gold_names(kind: str | None, mode: str | None) -> str | None:
    """A sitrep (2021) code in the gold's 0.5b1 names."""
    if kind == "REQUEST":
        return "DEMAND"
    if kind == "ACCUSE":
        return "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
    return kind


@dataclass
class Coded:
    kind: str | None
    mode: str | None
    trigger: str | None


def _sitrep(sent: Span | Doc) -> Coded:
    code = code_sentence(sent)
    return Coded(None, None, None) if code is None else Coded(code.type, code.mode, code.trigger.text)


def _acled(sent: Span | Doc) -> Coded:
    words = cues(list(sent))
    for tok in sent:
        cls = trigger_class(tok)
        typed = type_for(cls, tok, words, None) if cls else None
        if typed is not None:
            kind, mode = plover_for(typed[1], typed[2])
            if kind is not None:
                return Coded(kind, mode, tok.text)
    return Coded(None, None, None)


@dataclass
class PloverScores:
    corpus: str
    sentences: int
    scores: dict[str, dict[str, float]] = field(default_factory=dict)
    per_label: dict[str, list[LabelScore]] = field(default_factory=dict)
    confusions: dict[str, list[tuple[str, str, int]]] = field(default_factory=dict)
    predictions: dict[str, list[Coded]] = field(default_factory=dict)
    gold: list[GoldSentence] = field(default_factory=list)

    def errors(self, system: str = "sitrep") -> list[str]:
        """One line per miscoded sentence: gold -> coded (mode, trigger) | text."""
        return [f"{g.event_2021} -> {p.kind or '-'} ({p.mode}, {p.trigger!r}) | {g.text}"
                for g, p in zip(self.gold, self.predictions.get(system, []), strict=True)
                if g.event_2021 != (p.kind or "-")]

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"corpus": self.corpus, "sentences": self.sentences}
        for system, vals in self.scores.items():
            for key, value in vals.items():
                out[f"{system}_{key}"] = round(value, 4)
        return out


def _merge_fight(label: str) -> str:
    return "ASSAULT" if label == "FIGHT" else label


def _score(gold: Sequence[GoldSentence], pred: Sequence[Coded]) -> dict[str, float]:
    n = len(gold)
    g21 = [g.event_2021 for g in gold]
    p21 = [p.kind or "-" for p in pred]
    covered = [i for i, p in enumerate(pred) if p.kind is not None]
    right = [i for i in range(n) if g21[i] == p21[i]]
    # A gold file already in 2021 names is compared as it stands.
    own = sum(1 for g, p in zip(gold, pred, strict=True)
              if g.event in (to_gold_names(p.kind, p.mode), p.kind))
    merged = sum(1 for a, b in zip(g21, p21, strict=True) if _merge_fight(a) == _merge_fight(b))
    with_mode = [i for i, g in enumerate(gold) if g.mode]
    mode_ok = [i for i in with_mode if pred[i].mode is not None
               and (pred[i].mode == gold[i].mode or pred[i].mode in GOLD_MODES.get(gold[i].mode or "", ()))]
    trig = [i for i in covered if (pred[i].trigger or "-").split()[0].lower()
            in gold[i].event_text.lower().split()]
    weighted, macro, _ = f1_scores(g21, p21)
    return {
        "accuracy": len(right) / n,
        "accuracy_gold_names": own / n,
        "accuracy_fight_merged": merged / n,
        "coverage": len(covered) / n,
        "accuracy_covered": sum(1 for i in covered if i in set(right)) / max(1, len(covered)),
        "macro_f1": macro,
        "weighted_f1": weighted,
        "mode_gold": float(len(with_mode)),
        "mode_accuracy": len(mode_ok) / max(1, len(with_mode)),
        "trigger_in_event_text": len(trig) / max(1, len(covered)),
    }


def evaluate_plover(path: Path, nlp: Language | None = None) -> PloverScores:
    """Score sitrep's PLOVER sentence coder and the baselines on the gold sentences at ``path``."""
    gold = read_gold(path)
    if nlp is None:
        from sitrep.evaluate.time import load_model

        nlp = load_model()
    parsed = list(nlp.pipe(g.text for g in gold))  # a gold text may run to two sentences: read them in order
    majority = Counter(g.event_2021 for g in gold).most_common(1)[0][0]
    systems: dict[str, Callable[[Span | Doc], Coded]] = {
        "sitrep": _sitrep,
        "acled": _acled,
        "majority": lambda _s: Coded(majority, None, None),
    }
    result = PloverScores(path.name, len(gold), gold=gold)
    for name, run in systems.items():
        pred = [run(s) for s in parsed]
        result.predictions[name] = pred
        result.scores[name] = _score(gold, pred)
        _, _, rows = f1_scores([g.event_2021 for g in gold], [p.kind or "-" for p in pred])
        result.per_label[name] = [r for r in rows if r.label != "-"]
        pairs = Counter((g.event_2021, p.kind or "-") for g, p in zip(gold, pred, strict=True)
                        if g.event_2021 != (p.kind or "-"))
        result.confusions[name] = [(a, b, k) for (a, b), k in pairs.most_common(12)]
    return result
