"""Attribution scores on PolNeAR: content, source and cue F1, exact and overlapping.

Needs: a PolNeAR split folder (:mod:`sitrep.evaluate.polnear` reads it) and the English spaCy
pipeline. Adds nothing to documents: :func:`evaluate_quotes` returns :class:`QuoteScores`.

Systems. ``sitrep`` runs :func:`sitrep.attribution.find_quotes` over each whole article (no zones,
so every line is read, the headline too, as PolNeAR annotates it) and turns each quote into a
relation: source = ``speaker_start..speaker_end`` (the mention in this text), cue =
``cue_start..cue_end``, content = ``content_spans`` or ``start..end``. ``textacy`` runs
``textacy.extract.triples.direct_quotations`` paragraph by paragraph (the optional ``baselines``
extra: ``pip install 'sitrep[baselines]'``).

Matching and scores (after Citron, Newell et al.'s PolNeAR and Pareti's PARC). Characters are
compared with punctuation, quotation marks and spaces left out (only letters and digits count).
In each article, predicted and gold relations are paired one to one by content overlap, largest
first. For each field (content, source, cue):

* overlap precision: the mean, over predictions having that field, of the share of the predicted
  characters inside the paired gold relation's field (0 when unpaired);
* overlap recall: the mean, over gold relations having that field, of the share of their
  characters the paired prediction covers;
* exact: a paired field counts when its characters are the same set.

Scores are given over all relations and per gold kind (``direct``, ``indirect``, ``other``: see
:func:`sitrep.evaluate.polnear.kind_of`). Within a kind, recall is over the gold relations of that
kind, precision over the predictions paired with one of them or, unpaired, of that kind by the same
rule read from the predicted content.

PolNeAR's conventions, read from the data (a sample of dev relations):

* the source is the mention in the sentence, unresolved: "he", "who", "Mr. Clarke", the full noun
  phrase with its modifiers ("longtime Democratic pollster Pat Caddell", "a 2014 study by Harvard
  and the University of California at Berkeley", "The 30-second spot, titled “Arrogant,”");
  ``Attribution-no-source`` relations have none;
* the cue carries auxiliaries, adverbs and particles ("has said", "later told", "went on to
  discuss", "continued:", "pointed to"), a colon may be the whole cue (headlines "X: ...");
* a direct quote's content keeps its quotation marks and the comma inside them, and one relation
  covers the pieces around an interrupting "he said" (a discontinuous span);
* an indirect content is the reported clause, with or without "that" ("that poor children ...",
  "he hoped it would ..."); infinitives keep "to" ("to bring it back");
* half the relations are not speech: beliefs and intentions ("planned", "might stop to
  consider"), stances and acts of saying with a noun-phrase content ("has questioned the very need
  for moderators", "cited derogatory comments"), findings ("a study found", "polls show").
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from sitrep.attribution import Attribution
from sitrep.errors import InputError
from sitrep.evaluate.common import f1, prf
from sitrep.evaluate.polnear import GoldArticle, Relation, kind_of, read_polnear
from sitrep.relations import find_attributions
from sitrep.relfilter import RelationFilter, fit_filter, relation_features
from sitrep.schema import Document, Quote, Span
from sitrep.zones import paragraphs

__all__ = ["FIELDS", "KINDS", "SYSTEMS", "QuoteScores", "evaluate_quotes", "quote_relation", "score",
           "train_relation_filter"]

FIELDS = ("content", "source", "cue")
KINDS = ("all", "direct", "indirect", "other")
SYSTEMS = ("sitrep", "textacy")


def _chars(text: str, spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(i for s in spans for i in range(s.start, min(s.end, len(text))) if text[i].isalnum())


@dataclass
class _Tally:
    pred: int = 0
    gold: int = 0
    p_share: float = 0.0
    r_share: float = 0.0
    exact: int = 0

    def scores(self) -> dict[str, float]:
        p_o = self.p_share / self.pred if self.pred else 0.0
        r_o = self.r_share / self.gold if self.gold else 0.0
        p_e, r_e, f_e = prf(self.exact, self.pred, self.gold)
        f_o = f1(p_o, r_o)
        return {"overlap_p": p_o, "overlap_r": r_o, "overlap_f1": f_o,
                "exact_p": p_e, "exact_r": r_e, "exact_f1": f_e}


def _pair(text: str, pred: Sequence[Relation], gold: Sequence[Relation]) -> dict[int, int]:
    """Prediction index -> gold index, one to one, by content characters shared (largest first)."""
    pc = [_chars(text, r.content) for r in pred]
    gc = [_chars(text, r.content) for r in gold]
    pairs = sorted(((len(p & g), i, j) for i, p in enumerate(pc) for j, g in enumerate(gc) if p & g),
                   reverse=True)
    out: dict[int, int] = {}
    taken: set[int] = set()
    for _, i, j in pairs:
        if i not in out and j not in taken:
            out[i] = j
            taken.add(j)
    return out


Scores = dict[str, dict[str, dict[str, float]]]


def score(articles: Iterable[tuple[str, Sequence[Relation], Sequence[Relation]]]) -> Scores:
    """``{kind: {field: {overlap_p, overlap_r, overlap_f1, exact_p, exact_r, exact_f1}}}`` over
    ``(text, predicted, gold)`` triples; see the module docstring."""
    tallies = {k: {f: _Tally() for f in FIELDS} for k in KINDS}
    for text, pred, gold in articles:
        paired = _pair(text, pred, gold)
        for g in gold:
            for kind in ("all", g.kind):
                for f in FIELDS:
                    if _chars(text, getattr(g, f)):
                        tallies[kind][f].gold += 1
        for i, p in enumerate(pred):
            g_rel = gold[paired[i]] if i in paired else None
            kind = g_rel.kind if g_rel is not None else kind_of(text, p.content, p.cue)
            for k in ("all", kind):
                for f in FIELDS:
                    pf = _chars(text, getattr(p, f))
                    gf = _chars(text, getattr(g_rel, f)) if g_rel is not None else frozenset()
                    t = tallies[k][f]
                    if pf:
                        t.pred += 1
                        t.p_share += len(pf & gf) / len(pf)
                    if gf:
                        t.r_share += len(pf & gf) / len(gf)
                        t.exact += pf == gf
    return {k: {f: t.scores() for f, t in fs.items()} for k, fs in tallies.items()}


def quote_relation(q: Quote) -> Relation:
    """A sitrep quote as a PolNeAR relation (kind left to the scorer)."""
    content = q.content_spans or (Span(q.start, q.end),)
    source = (Span(q.speaker_start, q.speaker_end),) if q.speaker_start is not None and q.speaker_end else ()
    cue = (Span(q.cue_start, q.cue_end),) if q.cue_start is not None and q.cue_end else ()
    return Relation(tuple(content), source, cue)


def _as_relation(a: Attribution) -> Relation:
    return Relation(a.content, () if a.source is None else (a.source,), () if a.cue is None else (a.cue,))


@dataclass
class _Candidates:
    """One article's rule-found relations, their features for the filter and whether each pairs
    with a gold relation (the filter's training label)."""

    article: GoldArticle
    found: list[Attribution]
    features: list[list[str]]
    paired: list[bool]


def _candidates(articles: Sequence[GoldArticle], nlp: Language) -> list[_Candidates]:
    out = []
    for a in articles:
        parsed = nlp(a.text)
        found = find_attributions(Document(id=a.name, text=a.text), parsed)
        pairs = _pair(a.text, [_as_relation(r) for r in found], a.relations)
        out.append(_Candidates(a, found, [relation_features(r, parsed, found) for r in found],
                               [i in pairs for i in range(len(found))]))
    return out


def _filtered(cands: _Candidates, check: RelationFilter) -> list[Relation]:
    return [_as_relation(r) for r, f in zip(cands.found, cands.features, strict=True)
            if check.probability(f) >= check.threshold]


def _samples(cands: Iterable[_Candidates]) -> list[tuple[list[str], int]]:
    return [(f, int(p)) for c in cands for f, p in zip(c.features, c.paired, strict=True)]


def train_relation_filter(folder: Path, nlp: Language | None = None) -> RelationFilter:
    """The relation filter fitted on every article of the PolNeAR split at ``folder``."""
    return fit_filter(_samples(_candidates(read_polnear(folder), nlp or _model())))


def _cross_validated(cands: list[_Candidates], folds: int, seed: int) -> list[list[Relation]]:
    """Each article's relations as kept by a filter fitted on the other folds' articles only."""
    order = list(range(len(cands)))
    random.Random(seed).shuffle(order)
    out: list[list[Relation]] = [[] for _ in cands]
    for k in range(folds):
        test = set(order[k::folds])
        check = fit_filter(_samples(c for i, c in enumerate(cands) if i not in test))
        for i in test:
            out[i] = _filtered(cands[i], check)
    return out


def _textacy(article: GoldArticle, nlp: Language) -> list[Relation]:
    from textacy.extract.triples import direct_quotations

    def span(toks: Any, ps: int) -> tuple[Span, ...]:
        toks = list(toks)
        if not toks:
            return ()
        return (Span(ps + min(t.idx for t in toks), ps + max(t.idx + len(t) for t in toks)),)

    out: list[Relation] = []
    for ps, pe in paragraphs(article.text):
        try:
            triples = list(direct_quotations(nlp(article.text[ps:pe])))
        except ValueError:
            # textacy gives up on a paragraph with an odd number of quotation marks.
            continue
        out.extend(Relation(span(t.content, ps), span(t.speaker, ps), span(t.cue, ps)) for t in triples)
    return out


def _system(name: str) -> None:
    if name == "textacy":
        try:
            import textacy  # noqa: F401
        except ImportError as exc:
            raise InputError("--system textacy", "textacy is not installed: it comes with the optional "
                             "'baselines' extra (pip install 'sitrep[baselines]')") from exc
    elif name != "sitrep":
        raise InputError(name, f"unknown system (choose from {', '.join(SYSTEMS)})")


@dataclass
class QuoteScores:
    corpus: str
    system: str
    articles: int
    relations: dict[str, int] = field(default_factory=dict)
    scores: Scores = field(default_factory=dict)
    predicted: int = 0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"corpus": self.corpus, "system": self.system, "articles": self.articles,
                               "relations": self.relations.get("all", 0), "predicted": self.predicted}
        for kind, fields in self.scores.items():
            for f, vals in fields.items():
                for key in ("overlap_f1", "exact_f1"):
                    out[f"{kind}_{f}_{key}"] = round(vals[key], 4)
        return out


def _model() -> Language:
    from sitrep.evaluate.time import load_model

    return load_model()


def evaluate_quotes(folder: Path, system: str = "sitrep", nlp: Language | None = None,
                    limit: int | None = None, check: RelationFilter | None = None, folds: int = 0,
                    seed: int = 13) -> QuoteScores:
    """Score ``system`` on the PolNeAR split at ``folder`` (the first ``limit`` articles by name).

    For ``sitrep``: the rules alone, or with ``check`` the relations that filter keeps, or with
    ``folds`` > 1 a filter fitted afresh on the other folds' articles for each fold (seeded shuffle),
    which is the fair figure on the corpus the shipped filter was fitted on."""
    _system(system)
    articles = read_polnear(folder)[:limit]
    nlp = nlp or _model()
    if system == "textacy":
        predicted = [_textacy(a, nlp) for a in articles]
    else:
        cands = _candidates(articles, nlp)
        if folds > 1:
            predicted = _cross_validated(cands, folds, seed)
        elif check is not None:
            predicted = [_filtered(c, check) for c in cands]
        else:
            predicted = [[_as_relation(r) for r in c.found] for c in cands]
    triples = [(a.text, p, a.relations) for a, p in zip(articles, predicted, strict=True)]
    counts = {k: sum(1 for a in articles for r in a.relations if k in ("all", r.kind)) for k in KINDS}
    return QuoteScores(folder.name, system, len(articles), counts, score(triples),
                       sum(len(p) for _, p, _ in triples))
