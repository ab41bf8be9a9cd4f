"""Numbers in the text: counts, ranges, vague quantities, casualty relations, cumulative tolls.

Needs the text and its spaCy parse (token offsets are document offsets); the
zones, quotes and claims of the :class:`~sitrep.schema.Document` when present.
:func:`find_quantities` reads every countable number; :func:`find_figures`
turns the ones that are not an event's own toll into :class:`~sitrep.schema.Figure`.

Vague quantities follow ACLED's fatality convention (ACLED FAQ "How are injuries
and fatalities recorded?", 2023): "tens" = 10, "dozens" = 12, "hundreds" = 100;
by the same "lowest reading" rule "scores" = 20, "thousands" = 1000, "a dozen" = 12.
"Several"/"many" give no number (ACLED only codes a number it can read).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc as SpacyDoc
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitrep.numbers import CARDINALS
from sitrep.schema import Document, Figure

__all__ = [
    "Quantity",
    "casualty_kind",
    "find_figures",
    "find_quantities",
    "is_cumulative",
    "parse_number",
    "source_at",
]

_UNITS = {
    **CARDINALS,
    "zero": 0,
    "no": 0,
    "a": 1,
    "an": 1,
    "single": 1,
    "dozen": 12,
    "score": 20,
    "couple": 2,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
# Plural vague quantities: the lowest reading (ACLED: dozens = 12, hundreds = 100, tens = 10).
_VAGUE = {"tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1000, "millions": 1_000_000}
_QUALIFIERS = (
    "at least",
    "more than",
    "over",
    "about",
    "around",
    "up to",
    "nearly",
    "almost",
    "some",
    "approximately",
    "roughly",
    "as many as",
    "fewer than",
    "less than",
    "at most",
    "an estimated",
    "estimated",
    "just over",
    "just under",
    "close to",
    "upwards of",
    "no fewer than",
    "no less than",
)
_PERSON_NOUNS = {
    "people",
    "person",
    "civilian",
    "resident",
    "child",
    "children",
    "man",
    "men",
    "woman",
    "women",
    "soldier",
    "serviceman",
    "servicemen",
    "troop",
    "fighter",
    "militant",
    "rebel",
    "separatist",
    "victim",
    "body",
    "student",
    "worker",
    "journalist",
    "reporter",
    "officer",
    "policeman",
    "police",
    "inhabitant",
    "villager",
    "refugee",
    "evacuee",
    "passenger",
    "staff",
    "member",
    "teenager",
    "boy",
    "girl",
    "baby",
    "infant",
    "family",
    "patient",
    "Ukrainians",
    "Russians",
    "prisoner",
    "pow",
}
_KIND_LEMMAS: dict[str, set[str]] = {
    "killed": {
        "kill",
        "die",
        "dead",
        "death",
        "fatality",
        "body",
        "murder",
        "slay",
        "execute",
        "perish",
        "life",
        "corpse",
        "toll",
        "massacre",
    },
    "wounded": {"wound", "injure", "injury", "hurt", "injured", "wounded", "hospitalize", "casualty"},
    "missing": {"missing", "disappear"},
    "abducted": {"abduct", "kidnap", "hostage"},
    "arrested": {"arrest", "detain", "detention"},
    "displaced": {"displace", "flee", "refugee", "homeless"},
    "evacuated": {"evacuate", "evacuation", "evacuee"},
}
_CUMULATIVE = re.compile(
    r"\b(since|so far|to date|in total|total(?:ling)?|overall|altogether|throughout|cumulative|"
    r"over the (?:past|last|course)|in recent (?:days|weeks|months)|because of the war|during the war|"
    r"of the war|this year|since the (?:start|beginning))\b",
    re.IGNORECASE,
)
# Not counts: clock times, model designations (T-62), ages and durations (5-month-old).
_NOT_COUNT = re.compile(r"^\d{1,2}:\d{2}$|^[A-Za-z]+-\d+$")


@dataclass(frozen=True)
class Quantity:
    """A number read from the text, with its qualifier and the noun it counts."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    noun: str | None = None
    vague: bool = False
    token_i: int = -1  # the last number token (its head is the counted noun)


def parse_number(text: str) -> float | None:
    """The value of a number written in digits or words ("1,500", "nine", "a dozen", "1.5 million")."""
    t = text.strip().lower().replace("\u2009", "").replace("-", " ")
    if not t:
        return None
    if t in _VAGUE:
        return float(_VAGUE[t])
    m = re.fullmatch(r"(\d{1,3}(?:[,\s]\d{3})+|\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?", t)
    if m:
        value = float(re.sub(r"[,\s]", "", m.group(1)))
        return value * _SCALES[m.group(2)] if m.group(2) else value
    total, current, seen = 0.0, 0.0, False
    for word in t.split():
        if word in ("and", "a", "an"):
            continue
        if word in _UNITS:
            current += _UNITS[word]
            seen = True
        elif word in _SCALES:
            current = (current or 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def _is_number_token(tok: Token) -> bool:
    low = tok.lower_
    if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "MONEY") or _NOT_COUNT.match(tok.text):
        return False
    if (
        low in _VAGUE
        or low in _SCALES
        or (low in _UNITS and low not in ("a", "an", "no", "single", "couple"))
    ):
        return True
    return bool(re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", tok.text))


def _qualifier_before(doc: SpacyDoc, i: int) -> tuple[str | None, int]:
    """A hedge such as "at least" ending right before token ``i``: (qualifier, its first token)."""
    for q in sorted(_QUALIFIERS, key=len, reverse=True):
        n = len(q.split())
        if i - n >= 0 and " ".join(t.lower_ for t in doc[i - n : i]) == q:
            return q, i - n
    return None, i


def find_quantities(parsed: SpacyDoc | SpacySpan) -> list[Quantity]:
    """Every count in ``parsed``: "nine", "at least 1,500", "12,000 to 13,000", "dozens", "90%"."""
    doc = parsed.doc if isinstance(parsed, SpacySpan) else parsed
    lo, hi = (parsed.start, parsed.end) if isinstance(parsed, SpacySpan) else (0, len(doc))
    out: list[Quantity] = []
    i = lo
    while i < hi:
        tok = doc[i]
        # "a dozen", "a hundred": the article is part of the number.
        if tok.lower_ in ("a", "an") and i + 1 < hi and doc[i + 1].lower_ in ("dozen", "hundred", "thousand"):
            pass
        elif not _is_number_token(tok) or (
            i > 0 and doc[i - 1].text == "-" and i > 1 and doc[i - 2].is_alpha
        ):
            i += 1
            continue
        j = i + 1
        while j < hi and (
            _is_number_token(doc[j])
            or (doc[j].lower_ == "and" and j + 1 < hi and _is_number_token(doc[j + 1]))
        ):
            j += 1
        # Ages and durations: "5-month-old", "50-year-old".
        if (
            j + 1 < hi
            and doc[j].text == "-"
            and doc[j + 1].lower_ in ("year", "month", "week", "day", "hour")
        ):
            i = j + 1
            continue
        words = doc[i:j].text
        value = parse_number(words)
        if value is None:
            i = j
            continue
        low = high = None
        # Ranges: "12,000 to 13,000", "between 10 and 15", "10-15".
        if j + 1 < hi and doc[j].lower_ in ("to", "-", "–") and _is_number_token(doc[j + 1]):
            k = j + 1
            while k < hi and _is_number_token(doc[k]):
                k += 1
            second = parse_number(doc[j + 1 : k].text)
            if second is not None and second > value:
                low, high = value, second
                j = k
        qualifier, first = _qualifier_before(doc, i)
        last = doc[j - 1]
        unit = None
        if j < hi and (doc[j].text == "%" or doc[j].lower_ == "percent"):
            unit = "%"
            j += 1
        head = _counted_noun(last)
        span_start = doc[first].idx
        span_end = doc[j - 1].idx + len(doc[j - 1].text)
        out.append(
            Quantity(
                text=doc.text[span_start:span_end],
                start=span_start,
                end=span_end,
                value=value if low is None else None,
                low=low,
                high=high,
                qualifier=qualifier,
                unit=unit,
                noun=head.text if head is not None else None,
                vague=tok.lower_ in _VAGUE,
                token_i=last.i,
            )
        )
        i = j
    return out


def _counted_noun(tok: Token) -> Token | None:
    """The noun a number counts: its nummod head, the object of "of" ("dozens of people", "90% of the
    buildings"), or the noun a prepositional number hangs from ("a population of around 100,000")."""
    if tok.dep_ in ("nummod", "quantmod") and tok.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        head = tok.head if tok.head.dep_ != "nummod" else tok.head.head
        if head.text != "%":
            return head
        tok = head
    for child in tok.children:
        if child.lower_ == "of":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    up = tok
    for _ in range(3):
        if up.dep_ in ("pobj", "prep") and up.head.i != up.i:
            up = up.head
            if up.pos_ == "NOUN":
                return up
        else:
            break
    return None


def casualty_kind(parsed: SpacyDoc, q: Quantity) -> str | None:
    """What happened to the people a quantity counts: killed, wounded, missing, abducted, arrested,
    displaced, evacuated. The noun phrase itself is read first ("four wounded men"), then its verb."""
    tok = parsed[q.token_i]
    noun = _counted_noun(tok)
    layers: list[list[Token]] = [[tok, *parsed[tok.i + 1 : min(len(parsed), tok.i + 2)]]]
    if noun is not None:
        layers.append([noun, *(c for c in noun.children if c.dep_ in ("amod", "acl", "relcl", "compound"))])
        verb = noun.head
        # "the bodies of two dead": the noun governing "of" says it too.
        if noun.dep_ == "pobj" and verb.lower_ == "of":
            verb = verb.head
        layers.append([verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp", "amod"))])
        if verb.dep_ in ("xcomp", "ccomp", "conj", "auxpass") and noun.dep_ in ("nsubj", "nsubjpass"):
            layers.append([verb.head])
    elif tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "conj"):
        layers.append([tok.head])
    counted_people = noun is None or noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _PERSON_NOUNS
    for layer in layers:
        lemmas = {t.lemma_.lower() for t in layer} | {t.lower_ for t in layer}
        for kind, cues in _KIND_LEMMAS.items():
            if lemmas & cues:
                return kind if counted_people or kind == "killed" else None
    return None


def is_cumulative(text: str) -> bool:
    """True when a clause frames a toll as cumulative ("since the start of the war", "so far")."""
    return bool(_CUMULATIVE.search(text))


def source_at(doc: Document, start: int, end: int) -> str | None:
    """Who a span is attributed to: the speaker of a quote or claim around it, else the outlet."""
    for quote in doc.quotes:
        inside = [(s.start, s.end) for s in quote.content_spans] or [(quote.start, quote.end)]
        if quote.speaker and any(s <= start and end <= e for s, e in inside):
            return quote.speaker
    around = [c for c in doc.claims if c.by and c.start <= start and end <= c.end]
    if around:
        return min(around, key=lambda c: c.end - c.start).by
    zone = doc.zone_at(start)
    if zone is not None and zone.kind == "caption" and (zone.agency or zone.credit):
        return zone.agency or zone.credit
    return doc.outlet


def _what(parsed: SpacyDoc, q: Quantity, kind: str | None, cumulative: bool) -> str:
    """A short description of what a figure counts, from the counted noun and its verb."""
    tok = parsed[q.token_i]
    noun = _counted_noun(tok)
    words: list[str] = []
    if q.unit == "%":
        words.append("share of")
    if noun is not None:
        mods = [
            c.i
            for c in noun.children
            if c.dep_ in ("amod", "compound")
            and c.i < noun.i
            and c.i != tok.i
            and not c.like_num
            and c.lower_ not in ("additional", kind or "")
        ]
        words.append(parsed[min(mods, default=noun.i) : noun.i + 1].text)
    else:
        words.append("count")
    if kind and (noun is None or noun.lemma_.lower() not in _KIND_LEMMAS[kind]):
        words.append(kind)
    elif noun is not None and not kind:
        verb = next((c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None)
        pct = parsed[tok.i + 1] if q.unit == "%" and tok.i + 1 < len(parsed) else None
        if verb is None and pct is not None and pct.dep_ in ("nsubj", "nsubjpass"):
            verb = next((c for c in pct.head.children if c.dep_ == "acomp"), pct.head)
        if verb is not None and verb.lemma_ != "be":
            words.append(verb.text)
    if cumulative:
        words.append("(cumulative)")
    return " ".join(w for w in words if w)


def find_figures(
    doc: Document, parsed: SpacyDoc, exclude: set[tuple[int, int]] | None = None
) -> list[Figure]:
    """Figures for every count outside promo blocks, except spans in ``exclude`` (an event's own toll)."""
    exclude = exclude or set()
    figures: list[Figure] = []
    for q in find_quantities(parsed):
        if (q.start, q.end) in exclude or doc.in_promo(q.start, q.end):
            continue
        sent = parsed[q.token_i].sent
        kind = casualty_kind(parsed, q)
        cumulative = kind is not None and is_cumulative(sent.text)
        noun = _counted_noun(parsed[q.token_i])
        # Small counts of things ("one of the two provinces", "two key cities") are not figures.
        people = noun is not None and (noun.lemma_.lower() in _PERSON_NOUNS or noun.lower_ in _PERSON_NOUNS)
        if kind is None and q.unit is None and not people and (q.value or q.high or 0) < 10:
            continue
        if noun is not None and noun.lemma_.lower() in ("day", "year", "time", "hour", "week", "month"):
            continue
        figures.append(
            Figure(
                what=_what(parsed, q, kind, cumulative),
                start=q.start,
                end=q.end,
                value=q.value,
                low=q.low,
                high=q.high,
                qualifier=q.qualifier,
                unit=q.unit,
                source=source_at(doc, q.start, q.end),
            )
        )
    return figures
