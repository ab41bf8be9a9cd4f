"""Snippet event classifier: a short news text -> CASE 2021 label and ACLED event/sub-event type.

Needs: plain text snippets; the spaCy English model when installed (without it the parse features
fall back to plain words). Adds: a label from the 30 CASE 2021 Task 2 codes with a calibrated
confidence (softmax probability), mapped to ACLED names through :mod:`sitrep.taxonomy` (``None`` for
the five classes outside ACLED). Features, each block unit-normed:

- word 1-2-gram TF-IDF over lemmas with named entities masked by their label
  (:func:`sitrep.snippet_parse.masked_lemmas`);
- within-word character 2-5-gram TF-IDF over the raw words;
- cue tokens from sitrep's own lexicon (trigger classes, weapon/instrument, protest intervention,
  riot, sexual-violence and lethal cues), actor classes by role, doer or undergoer
  (:func:`sitrep.snippet_parse.actor_roles`), and the codebook's protest and territory distinctions
  (:func:`sitrep.snippet_parse.codebook_cues`);
- argument-verb relations from the dependency parse (:func:`sitrep.snippet_parse.relations`);
- a SIF-weighted mean GloVe vector (:func:`sitrep.wordvec.sif_average`).

They feed a balanced multinomial logistic regression (:mod:`sitrep.linear`); a few copies of each
label's codebook descriptions (:mod:`sitrep.codebook`) join every training set as a prior. The shipped
model lives in ``sitrep/data/case_model.npz`` (weights and vocabularies only, loaded without pickle)
and is rebuilt by ``sitrep train events dev.tsv``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np

from sitrep.actors import actor_class
from sitrep.codebook import DESCRIPTIONS
from sitrep.errors import InputError
from sitrep.linear import Tfidf, char_ngrams, fit_logistic, softmax, word_ngrams, words
from sitrep.snippet_parse import (
    ParsedToken,
    actor_roles,
    codebook_cues,
    masked_lemmas,
    parse_snippets,
    relations,
)
from sitrep.taxonomy import (
    INTERVENTION_CUES,
    LETHAL_CUES,
    REMOTE_CUES,
    RIOT_CUES,
    SEXUAL_CUES,
    TRIGGERS,
    case2021_to_acled,
)
from sitrep.wordvec import sif_average

__all__ = [
    "CaseModel", "Prediction", "classify_jsonl", "cue_tokens", "load_model", "read_case_tsv", "train_model",
]

MODEL_FILE = "case_model.npz"
_CUE_WEIGHT = 0.5  # the cue block's share beside the word and character blocks (each unit-normed)
_REL_WEIGHT = 0.5  # the same for the parse relations
_VEC_WEIGHT = 1.0  # and for the word-vector average
_SUFFIX = re.compile(r"(?:ings?|ed|es|s)$")

_CUE_SETS: tuple[tuple[str, frozenset[str]], ...] = (
    *((f"remote:{name}", cues) for name, cues in REMOTE_CUES),
    ("intervention", INTERVENTION_CUES),
    ("riot", RIOT_CUES),
    ("sexual", SEXUAL_CUES),
    ("lethal", LETHAL_CUES),
)


def cue_tokens(text: str, tokens: Sequence[str] | None = None) -> list[str]:
    """Pseudo-words naming the lexicon cues a text contains (trigger classes and typing cues)."""
    low = text.lower()
    toks = tokens if tokens is not None else words(text)
    stems = set(toks) | {_SUFFIX.sub("", t) for t in toks}
    out = [f"trig:{TRIGGERS[s]}" for s in stems if s in TRIGGERS]
    for name, cues in _CUE_SETS:
        if any((c in low) if " " in c else (c in stems) for c in cues):
            out.append(f"cue:{name}")
    return out


Blocks = tuple[list[str], list[str], list[str], list[str]]


def _blocks(text: str, parsed: Sequence[ParsedToken] | None) -> Blocks:
    """Term lists of the four sparse blocks: lemma n-grams, character n-grams, cues, relations."""
    toks = words(text)
    if parsed is None:  # parse-free fallback: plain words, actor classes without a role, no relations
        lemmas, roles, rels = toks, [f"Xact:{c}" for c in map(actor_class, toks) if c], []
    else:
        lemmas, rels = masked_lemmas(parsed), relations(parsed)
        roles = actor_roles(parsed) + codebook_cues(parsed)
    return word_ngrams(lemmas, 2), char_ngrams(toks, 2, 5), cue_tokens(text, toks) + roles, rels


def _all_blocks(texts: Sequence[str], parse: bool) -> list[Blocks]:
    parsed = parse_snippets(texts) if parse else None
    return [_blocks(t, parsed[i] if parsed is not None else None) for i, t in enumerate(texts)]


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float
    event_type: str | None
    sub_event_type: str | None

    def as_dict(self, ident: str) -> dict[str, object]:
        return {"id": ident, "event_type": self.event_type, "sub_event_type": self.sub_event_type,
                "label": self.label, "confidence": round(self.confidence, 4)}


@dataclass
class CaseModel:
    """Vocabularies, IDF weights and the logistic-regression weights (bias last) over 30 labels.

    ``meta["parsed"]`` says whether the parse features were on when it was fitted.
    """

    labels: list[str]
    word: Tfidf
    char: Tfidf
    cue: Tfidf
    rel: Tfidf
    weights: np.ndarray
    meta: dict[str, object] = field(default_factory=dict)

    @classmethod
    def fit(cls, texts: Sequence[str], labels: Sequence[str], c: float = 20.0, min_df: int = 2,
            prior: int = 2, parse: bool = True) -> CaseModel:
        """Fit on the snippets plus ``prior`` copies of the codebook descriptions of each label present.

        ``parse=False`` (or no spaCy model installed) uses the parse-free features.
        """
        names = sorted(set(labels))
        extra = [(d, n) for n in names for d in DESCRIPTIONS.get(n, ()) for _ in range(prior)]
        texts = [*texts, *(d for d, _ in extra)]
        labels = [*labels, *(n for _, n in extra)]
        y = np.array([names.index(lab) for lab in labels])
        parse = parse and parse_snippets([]) is not None
        blocks = _all_blocks(texts, parse)
        word = Tfidf.fit([b[0] for b in blocks], min_df=min_df)
        char = Tfidf.fit([b[1] for b in blocks], min_df=min_df)
        cue = Tfidf.fit([b[2] for b in blocks], min_df=1)
        rel = Tfidf.fit([b[3] for b in blocks], min_df=1)
        meta: dict[str, object] = {"c": c, "min_df": min_df, "prior": prior, "parsed": parse}
        model = cls(names, word, char, cue, rel, np.zeros(0, dtype=np.float32), meta)
        x = model._matrix(texts, blocks)
        # Balanced class weights: rare labels count as much as common ones in the loss.
        counts = np.bincount(y, minlength=len(names)).astype(np.float32)
        cw = (len(y) / (len(names) * np.maximum(counts, 1))).astype(np.float32)
        model.weights = fit_logistic(x, y, len(names), c=c, class_weight=cw)
        return model

    def _matrix(self, texts: Sequence[str], blocks: Sequence[Blocks]) -> np.ndarray:
        return np.hstack([self.word.transform([b[0] for b in blocks]),
                          self.char.transform([b[1] for b in blocks]),
                          _CUE_WEIGHT * self.cue.transform([b[2] for b in blocks]),
                          _REL_WEIGHT * self.rel.transform([b[3] for b in blocks]),
                          _VEC_WEIGHT * sif_average(texts)])

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        x = self._matrix(texts, _all_blocks(texts, bool(self.meta.get("parsed"))))
        w = self.weights.astype(np.float32)
        return softmax(x @ w[:-1] + w[-1])

    def predict(self, texts: Sequence[str]) -> list[Prediction]:
        out = []
        for row in self.probabilities(texts):
            best = int(row.argmax())
            label = self.labels[best]
            acled = case2021_to_acled(label)
            out.append(Prediction(label, float(row[best]), acled[0] if acled else None,
                                  acled[1] if acled else None))
        return out

    def save(self, path: Path) -> None:
        """Write plain arrays (strings and floats; float16 weights keep the file small)."""
        def vocab(t: Tfidf) -> np.ndarray:
            return np.array(sorted(t.vocab, key=t.vocab.__getitem__), dtype=str)

        np.savez_compressed(
            path, labels=np.array(self.labels, dtype=str), meta=np.array(json.dumps(self.meta)),
            word_vocab=vocab(self.word), word_idf=self.word.idf, char_vocab=vocab(self.char),
            char_idf=self.char.idf, cue_vocab=vocab(self.cue), cue_idf=self.cue.idf,
            rel_vocab=vocab(self.rel), rel_idf=self.rel.idf, weights=self.weights.astype(np.float16))

    @classmethod
    def load(cls, path: Path | str) -> CaseModel:
        with np.load(path, allow_pickle=False) as z:
            def block(name: str) -> Tfidf:
                return Tfidf({str(t): i for i, t in enumerate(z[f"{name}_vocab"])}, z[f"{name}_idf"])

            return cls([str(s) for s in z["labels"]], block("word"), block("char"), block("cue"),
                       block("rel"), z["weights"].astype(np.float32), json.loads(str(z["meta"])))


_MODEL: CaseModel | None = None


def load_model(path: Path | None = None) -> CaseModel:
    """The given model file, or the one shipped in the package (cached)."""
    global _MODEL
    if path is not None:
        return CaseModel.load(path)
    if _MODEL is None:
        ref = resources.files("sitrep").joinpath("data", MODEL_FILE)
        with resources.as_file(ref) as p:
            _MODEL = CaseModel.load(p)
    return _MODEL


def read_case_tsv(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(ids, snippets, labels) from a CASE 2021 Task 2 TSV (columns id, EventSnippet, SubType)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or "cannot be read") from exc
    if not lines or lines[0].split("\t")[:3] != ["id", "EventSnippet", "SubType"]:
        raise InputError(str(path), "not a CASE 2021 TSV (header id, EventSnippet, SubType expected)")
    ids, texts, labels = [], [], []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) < 3 or not cols[2].strip():
            raise InputError(f"{path}:{n}", "expected three tab-separated columns")
        ids.append(cols[0])
        texts.append(cols[1])
        labels.append(cols[2].strip().upper())
    return ids, texts, labels


def _read_snippets(lines: Iterable[str], source: str) -> Iterator[tuple[str, str]]:
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}:{n}", f"not JSON ({exc.msg})") from None
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or "id" not in item:
            raise InputError(f"{source}:{n}", 'expected an object with "id" and "text"')
        yield str(item["id"]), item["text"]


def classify_jsonl(lines: Iterable[str], source: str = "<input>", model: CaseModel | None = None,
                   batch: int = 256) -> Iterator[dict[str, object]]:
    """One output record per ``{"id", "text"}`` line; a malformed line raises InputError naming it.

    The whole input is validated before anything is yielded, so a bad line leaves no partial output.
    """
    items = list(_read_snippets(lines, source))
    clf = model or load_model()
    for start in range(0, len(items), batch):
        chunk = items[start : start + batch]
        for (ident, _), pred in zip(chunk, clf.predict([t for _, t in chunk]), strict=True):
            yield pred.as_dict(ident)


def train_model(gold: Path, out: Path | None = None) -> tuple[Path, CaseModel]:
    """Fit the classifier on every snippet of a CASE 2021 TSV and write it (default: the package's file)."""
    _, texts, labels = read_case_tsv(gold)
    model = CaseModel.fit(texts, labels)
    model.meta |= {"trained_on": gold.name, "snippets": len(texts)}
    target = out or Path(str(resources.files("sitrep").joinpath("data", MODEL_FILE)))
    model.save(target)
    global _MODEL
    _MODEL = None
    return target, model
