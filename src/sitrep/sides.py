"""Which side a quoted source speaks for, where the text makes it clear.

Runs after :mod:`sitrep.attribution`. Needs ``doc.quotes`` (speaker, role) and ``doc.claims``.
Adds ``Quote.speaker_side``: "Ukrainian official", "Russian official", "Russian-backed separatists",
"foreign official", "analyst", "journalist", "volunteer", "witness" or None. It reads only the words the
text gives the speaker (name, role and apposition): a side is never guessed from what they say, since
that is what a reader must weigh against it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.schema import Document, Quote

__all__ = ["assign_sides", "speaker_side"]

_OFFICIAL = re.compile(
    r"\b(?:president|prime minister|minister|ministry|adviser|advisor|spokes(?:man|woman|person)|mayor|"
    r"governor|official|officials|military|army|armed forces|forces|general|commander|command|government|"
    r"ambassador|envoy|secretary|parliament|lawmaker|deputy|presidential|kremlin|prosecutor|police|"
    r"staff|administration|head)\b",
    re.I,
)
_SEPARATIST = re.compile(
    r"\b(?:separatists?|rebels?|(?:donetsk|luhansk|lugansk) people'?s republic|dpr|lpr|russian-backed|"
    r"pro-russian)\b",
    re.I,
)
_UKRAINE = re.compile(r"\b(?:ukrain\w*|kyiv|kiev|zelensk\w*)\b", re.I)
_RUSSIA = re.compile(r"\b(?:russia\w*|kremlin|moscow|putin)\b", re.I)
_ANALYST = re.compile(
    r"\b(?:analyst|expert|researcher|professor|scholar|fellow|think tank|institute|center|centre|"
    r"university|observer)\b",
    re.I,
)
_JOURNALIST = re.compile(
    r"\b(?:journalists?|reporters?|correspondents?|photographers?|associated press|reuters|afp|"
    r"news agency|editor)\b",
    re.I,
)
_VOLUNTEER = re.compile(r"\b(?:volunteers?|charity|aid workers?|ngo|humanitarian|red cross)\b", re.I)
_WITNESS = re.compile(
    r"\b(?:residents?|witness(?:es)?|eyewitness(?:es)?|survivors?|civilians?|locals?)\b", re.I
)
_FOREIGN_OFFICE = re.compile(
    r"\b(?:british|american|u\.s\.|us|german|french|polish|nato|european|eu|un|united nations|"
    r"white house|state department|pentagon|foreign secretary)\b",
    re.I,
)


def speaker_side(speaker: str | None, role: str | None, country: str | None = None) -> str | None:
    """The side the speaker's own description places them on, or None when it does not.

    ``country``: the ISO code of a place the description names ("Severodonetsk Mayor")."""
    words = " ".join(w for w in (role, speaker) if w)
    if not words:
        return None
    if _SEPARATIST.search(words):
        return "Russian-backed separatists"
    if _JOURNALIST.search(words):
        return "journalist"
    if _VOLUNTEER.search(words):
        return "volunteer"
    if _ANALYST.search(words) and not re.search(r"\bministry\b", words, re.I):
        return "analyst"
    if _OFFICIAL.search(words):
        if _UKRAINE.search(words):
            return "Ukrainian official"
        if _RUSSIA.search(words):
            return "Russian official"
        if country == "UA":
            return "Ukrainian official"
        if country == "RU":
            return "Russian official"
        if _FOREIGN_OFFICE.search(words) or country is not None:
            return "foreign official"
    if _WITNESS.search(words):
        return "witness"
    return None


def assign_sides(doc: Document) -> Document:
    """Set ``speaker_side`` on every quote whose speaker's description makes the side clear."""
    quotes: list[Quote] = []
    for q in doc.quotes:
        role = q.speaker_role or ""
        country = next((p.country_code for p in doc.places if p.mention and p.mention in role), None)
        quotes.append(replace(q, speaker_side=speaker_side(q.speaker, q.speaker_role, country)))
    return replace(doc, quotes=tuple(quotes))
