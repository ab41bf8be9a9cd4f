"""Quotation marks: the quoted stretches of each paragraph, and whether they are speech.

Used by :mod:`sitrep.attribution`. Works on the text alone. Curly, straight and angle marks
are matched within a paragraph; an unmatched closing mark extends the quote before it
(`“… line of contact”. as a position in negotiations.”`); a quote left open at the end
of a paragraph runs to the paragraph end and is continued by the next paragraph when that
one opens with a mark. British single marks count when a paragraph has no double ones, and
doubled apostrophes (''…'') count as double marks. A dash-introduced quote as in translated
wire copy ("- We will not give up - says X.") is a quote too.
Short fragments in running text ("an “obvious policy of genocide”") are scare quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

__all__ = ["QUOTE_MARKS", "Seg", "quote_segments"]

#: Every quotation mark, curly, straight or guillemet, opening or closing.
QUOTE_MARKS = "“”«»\"'‘’"
_OPEN = "“«„"
_CLOSE = "”»"
_SCARE_BEFORE = {
    "a",
    "an",
    "the",
    "of",
    "as",
    "called",
    "dubbed",
    "so-called",
    "term",
    "its",
    "his",
    "her",
    "their",
    "this",
    "that",
    "into",
    "for",
    "to",
    "and",
    "or",
    "by",
    "with",
    "in",
    "on",
    "from",
}


@dataclass
class Seg:
    """One stretch of quoted text: ``open``/``close`` are the marks, ``start``/``end`` the content."""

    open: int
    close: int
    start: int
    end: int
    para: int
    closed: bool = True
    speech: bool = True
    prev_chain: int | None = None  # index of the segment this one continues (previous paragraph)
    dash: bool = False  # "- Quote text - says X." (a dash-introduced quote, common in translated reports)


def quote_segments(text: str, pars: list[tuple[int, int]]) -> list[Seg]:
    """Quoted stretches of each paragraph ``(start, end)``, with cross-paragraph continuation."""
    segs: list[Seg] = []
    for p, (ps, pe) in enumerate(pars):
        found = _scan(text, ps, pe, p)
        dashes = [
            d for d in _dash_quotes(text, ps, pe, p) if not any(f.open <= d.open < f.close for f in found)
        ]
        # Quotation marks inside a dash quote are quotes within the quote.
        found = [f for f in found if not any(d.open <= f.open < d.close for d in dashes)] + dashes
        found.sort(key=lambda seg: seg.open)
        if not found and not re.search(r"[\"“”«»]", text[ps:pe]):
            found = [
                Seg(m.start(), m.end() - 1, m.start() + 1, m.end() - 1, p)
                for m in re.finditer(r"(?<!\w)‘[^‘’]*?(?:’\w[^‘’]*?)*’(?!\w)", text[ps:pe])
            ]
            found = [
                replace(s, open=s.open + ps, close=s.close + ps, start=s.start + ps, end=s.end + ps)
                for s in found
                if len(text[s.start + ps : s.end + ps].split()) >= 3
            ]
        if found and segs and not segs[-1].closed and segs[-1].para == p - 1 and found[0].open == ps:
            found[0].prev_chain = len(segs) - 1
        segs.extend(found)
    for seg in segs:
        seg.speech = _is_speech(text, seg)
    return segs


def _scan(text: str, ps: int, pe: int, p: int) -> list[Seg]:
    out: list[Seg] = []
    open_at: int | None = None
    i = ps
    while i < pe:
        c = text[i]
        width = 1
        # Two apostrophes stand for a straight double mark in some archives (''Yes,'' he said).
        if c == "'" and text[i + 1 : i + 2] == "'":
            c, width = '"', 2
        # A closing-style mark where nothing is open and a word follows opens a quote (”Fear. I am ...).
        straight = c == '"' or (c in _CLOSE and open_at is None and (i == ps or text[i - 1].isspace()))
        if c in _OPEN or (straight and open_at is None and not _closer_context(text, i + width - 1, pe)):
            if open_at is None:
                open_at = i
                # Content starts after the mark, whatever its width.
                out.append(Seg(i, pe, i + width, pe, p, closed=False))
        elif c in _CLOSE or straight:
            if open_at is not None:
                out[-1].close, out[-1].end, out[-1].closed = i, i, True
                open_at = None
            elif out and out[-1].para == p:
                # A stray closing mark: the quote before it ran on to here.
                out[-1].close, out[-1].end = i, i
        i += width
    for seg in out:
        while seg.start < seg.end and text[seg.start].isspace():
            seg.start += 1
        while seg.end > seg.start and text[seg.end - 1].isspace():
            seg.end -= 1
    return [s for s in out if s.end > s.start]


# An opening dash at the paragraph start or after a sentence end, a closing dash followed by a cue.
_DASH_QUOTE = re.compile(
    r"(?:^|(?<=[.!?…]))\s*[-–—]\s*(?P<body>[A-Z0-9].+?)\s+[-–—]\s+"
    r"(?=(?:it\s+(?:was|is)\s+)?(?:[a-z]+(?:s|ed)|said|told|wrote|says)\b)"
)


def _dash_quotes(text: str, ps: int, pe: int, p: int) -> list[Seg]:
    out = []
    for m in _DASH_QUOTE.finditer(text[ps:pe]):
        body_start, body_end = ps + m.start("body"), ps + m.end("body")
        if len(text[body_start:body_end].split()) < 3:
            continue
        open_at = ps + m.start() + len(m.group()) - len(m.group().lstrip())
        close_at = ps + m.end() - 1
        while close_at > body_end and text[close_at] not in "-–—":
            close_at -= 1
        out.append(Seg(open_at, close_at, body_start, body_end, p, dash=True))
    return out


def _closer_context(text: str, i: int, pe: int) -> bool:
    """A straight mark followed by a space, the line end or punctuation closes rather than opens."""
    return i + 1 >= pe or text[i + 1].isspace() or text[i + 1] in ".,;:!?)"


def _is_speech(text: str, seg: Seg) -> bool:
    content = text[seg.start : seg.end]
    words = content.split()
    before = text[max(0, seg.open - 40) : seg.open].rstrip()
    prev_word = before.split()[-1].lower() if before.split() else ""
    ends = content.rstrip()[-1:] in ".,!?…—–-"
    if len(words) < 8 and prev_word in _SCARE_BEFORE and content[:1].islower():
        return False
    if _is_title(words) and (prev_word in _SCARE_BEFORE and before.split()[-1].islower()
                             or re.search(r"\w['’]s$", prev_word)):
        # A name in quotes: "on CBS's “Face the Nation,”", "an episode of “The Steve Harvey Show”".
        return False
    return len(words) >= 6 or ends or before.endswith(":") or not before


_MINOR = {"a", "an", "the", "of", "and", "or", "to", "in", "on", "for", "at", "by", "with"}


def _is_title(words: list[str]) -> bool:
    """A few words in title case ("Fox and Friends.", "The Steve Harvey Morning Show,")."""
    alpha = [w for w in words if w[:1].isalpha()]
    return (
        0 < len(words) < 6
        and alpha[:1] == words[:1]
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _MINOR for w in alpha)
    )
