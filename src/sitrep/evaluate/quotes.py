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

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from sitrep.attribution import Attribution
from sitrep.errors import InputError
from sitrep.evaluate.common import f1, prf
from sitrep.evaluate.polnear import GoldArticle, Relation, kind_of, read_polnear
from sitrep.relations import find_attributions
from sitrep.schema import Document, Quote, Span
from sitrep.zones import paragraphs

__all__ = ["FIELDS", "KINDS", "SYSTEMS", "QuoteScores", "evaluate_quotes", "quote_relation", "score"]

FIELDS = ("content", "source", "cue")
KINDS = ("all", "direct", "indirect", "other")
SYSTEMS = ("sitrep", "textacy")
System = Callable[[GoldArticle, Language], list[Relation]]


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


def _sitrep(article: GoldArticle, nlp: Language) -> list[Relation]:
    found = find_attributions(Document(id=article.name, text=article.text), nlp(article.text))
    return [_as_relation(a) for a in found]


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


def _system(name: str) -> System:
    if name == "textacy":
        try:
            import textacy  # noqa: F401
        except ImportError as exc:
            raise InputError("--system textacy", "textacy is not installed: it comes with the optional "
                             "'baselines' extra (pip install 'sitrep[baselines]')") from exc
        return _textacy
    if name == "sitrep":
        return _sitrep
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
                    limit: int | None = None) -> QuoteScores:
    """Score ``system`` on the PolNeAR split at ``folder`` (the first ``limit`` articles by name)."""
    run = _system(system)
    articles = read_polnear(folder)[:limit]
    nlp = nlp or _model()
    predicted = [run(a, nlp) for a in articles]
    triples = [(a.text, p, a.relations) for a, p in zip(articles, predicted, strict=True)]
    counts = {k: sum(1 for a in articles for r in a.relations if k in ("all", r.kind)) for k in KINDS}
    return QuoteScores(folder.name, system, len(articles), counts, score(triples),
                       sum(len(p) for _, p, _ in triples))
