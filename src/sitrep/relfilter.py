"""A learned check on attribution relations: keep those an attribution annotator would mark.

Needs relations from :func:`sitrep.relations.find_attributions` and the spaCy parse of their text.
Adds nothing to documents: :meth:`RelationFilter.keep` returns the relations it accepts.

Why. The rules of :mod:`sitrep.attribution` and :mod:`sitrep.relations` find a cue and read its
arguments off the parse; many such readings are no one's attribution ("to see whether ...", "would
consider ...", "speaking to thousands"). Which ones an annotator marks depends on many weak signals at
once, so a linear model weighs them instead of more hand rules.

Features (named, binary, :func:`relation_features`): the cue's lemma, tag, dependency and part of
speech; modality, negation, infinitive, passive, a colon cue, a question; the source's form (none, a
pronoun, a name and its entity type, its length); the content's length, first word and whether it
holds a verb; a quoted content; whether the cue stands inside another relation's content; the
headline. A logistic regression (:func:`sitrep.linear.fit_logistic`, C = 1, features seen at least
three times) gives each relation a probability; relations under 0.5 are dropped. Both settings are
the textbook defaults, not tuned.

Training. :func:`fit_filter` takes (features, label) pairs; the label is whether a relation pairs with
a gold one (:mod:`sitrep.evaluate.quotes` does the pairing and the cross-validation). The shipped
weights (``sitrep/data/relation_filter.json``) are fitted on PolNeAR dev by ``sitrep train quotes``.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Token

from sitrep.attribution import Attribution
from sitrep.errors import InputError
from sitrep.linear import fit_logistic
from sitrep.schema import Span

__all__ = ["FILTER_FILE", "RelationFilter", "fit_filter", "load_filter", "relation_features"]

FILTER_FILE = "relation_filter.json"
_MODALS = {"would", "could", "might", "may", "can", "will", "should", "must"}
_NEGATIONS = {"not", "n't", "never", "no"}
_OPEN_MARKS = "“\"'‘«"
_CONTENT_OPENERS = {"that", "to", "how", "why", "what", "whether", "if"}
_PRONOUN_SOURCES = {"it", "they", "we", "i", "you", "who", "which", "that"}
_MIN_COUNT = 3


@dataclass(frozen=True)
class RelationFilter:
    """Feature weights of a logistic regression over relations, its bias and the keeping threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, relations: Sequence[Attribution], parsed: SpacyDoc) -> list[Attribution]:
        """The relations whose probability reaches the threshold."""
        return [r for r in relations
                if self.probability(relation_features(r, parsed, relations)) >= self.threshold]

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({"bias": self.bias, "threshold": self.threshold,
                                    "weights": dict(sorted(self.weights.items()))}, indent=0) + "\n")


def load_filter(path: Path | None = None) -> RelationFilter:
    """The filter at ``path``, or the one shipped with the package."""
    ref = Path(str(resources.files("sitrep").joinpath("data", FILTER_FILE))) if path is None else path
    try:
        raw = json.loads(ref.read_text())
        return RelationFilter({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["bias"]),
                              float(raw.get("threshold", 0.5)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(str(ref), f"not a relation filter: {exc}") from exc


def fit_filter(samples: Sequence[tuple[Sequence[str], int]], c: float = 1.0) -> RelationFilter:
    """A filter fitted on (features, kept-or-not) pairs; features seen fewer than three times are left
    out."""
    counts = Counter(f for feats, _ in samples for f in set(feats))
    vocab = {f: j for j, f in enumerate(sorted(f for f, n in counts.items() if n >= _MIN_COUNT))}
    x = np.zeros((len(samples), len(vocab)), dtype=np.float32)
    for i, (feats, _) in enumerate(samples):
        for f in feats:
            if f in vocab:
                x[i, vocab[f]] = 1.0
    y = np.array([label for _, label in samples], dtype=np.int64)
    w = fit_logistic(x, y, 2, c=c)
    # Two-class softmax: the log-odds of keeping are the difference of the two columns.
    diff = w[:, 1] - w[:, 0]
    return RelationFilter({f: float(diff[j]) for f, j in vocab.items()}, float(diff[-1]))


def _tokens(parsed: SpacyDoc, spans: Sequence[Span]) -> list[Token]:
    out: list[Token] = []
    for s in spans:
        chunk = parsed.char_span(s.start, s.end, alignment_mode="expand")
        out.extend(t for t in chunk or () if not t.is_space)
    return out


def relation_features(rel: Attribution, parsed: SpacyDoc, others: Sequence[Attribution]) -> list[str]:
    """The named features of ``rel`` (see the module docstring); ``others`` are its document's
    relations."""
    text = parsed.text
    feats = ["kind=" + ("quoted" if text[rel.content[0].start : rel.content[0].start + 1] in _OPEN_MARKS
                        else "plain")]
    if rel.cue is None:
        feats.append("cue=none")
    else:
        toks = _tokens(parsed, (rel.cue,))
        words = {t.lower_ for t in toks}
        heads = [t for t in toks if t.pos_ in ("VERB", "NOUN", "AUX")]
        cue = heads[-1] if heads else (toks[-1] if toks else None)
        feats += [name for name, on in (("modal", words & _MODALS), ("negated", words & _NEGATIONS),
                                        ("colon", text[rel.cue.start : rel.cue.end].strip() == ":"))
                  if on]
        if cue is not None:
            feats += ["lemma=" + cue.lemma_.lower(), "tag=" + cue.tag_, "dep=" + cue.dep_, "pos=" + cue.pos_]
            if "to" in words and cue.tag_ == "VB":
                feats.append("infinitive")
            if any(c.dep_ == "auxpass" for c in cue.children):
                feats.append("passive")
            if cue.sent[-1].text == "?":
                feats.append("question")
        if any(o is not rel and o.content[0].start <= rel.cue.start < o.content[-1].end for o in others):
            feats.append("nested")
    if rel.source is None:
        feats.append("source=none")
    else:
        src = _tokens(parsed, (rel.source,))
        if len(src) == 1 and src[0].pos_ == "PRON":
            feats.append("source=" + (src[0].lower_ if src[0].lower_ in _PRONOUN_SOURCES else "pronoun"))
        feats += sorted({"source_ent=" + t.ent_type_ for t in src if t.ent_type_})
        feats.append(f"source_len={min(len(src), 6)}")
    content = _tokens(parsed, rel.content)
    n = len(content)
    feats.append("content_len=" + ("1" if n < 2 else "2-3" if n < 4 else "4-7" if n < 8 else "8-15" if n < 16
                                   else "16+"))
    if content:
        first = content[0]
        feats.append("content_first=" + (first.lower_ if first.lower_ in _CONTENT_OPENERS else first.pos_))
        if any(t.pos_ in ("VERB", "AUX") for t in content):
            feats.append("content_verb")
    first_line = text.find("\n")
    if rel.content[0].start < (len(text) if first_line < 0 else first_line):
        feats.append("headline")
    return feats
