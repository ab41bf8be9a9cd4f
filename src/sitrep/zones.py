"""Layout zones: tell headline, captions, promos, subheadings and bylines from the article body.

Needs only ``Document.text`` (it runs before parsing); adds ``Document.zones`` and
sets ``Document.title`` from the headline when the title is missing.

The text is cut into paragraphs (runs of non-blank lines separated by line breaks);
each paragraph gets one zone, except consecutive promo paragraphs, which make one
promo block, and a dateline prefix ("KYIV, Ukraine (AP) — "), which gets its own zone.
Rules, in order:

* caption: the paragraph ends with a parenthesised photo credit ("(Serhii Nuzhnenko/Reuters)",
  "(AP Photo/Evgeniy Maloletka)") or a trailing "Photo: Reuters" credit;
* promo: a header line ("LISTEN | ...", "WATCH:", "READ MORE", "Related:", "Sign up for ...",
  all-capitals link lines), then the following paragraphs as long as they read like the
  promotion (a running time "29:07", "With:", "This week, we", "episode", "subscribe" ...);
* headline: the first paragraph when short and title-like (or equal to ``doc.title``);
* byline: "By Jane Doe", "Author: ...";
* subheading: a short paragraph without final punctuation between body paragraphs;
* body: everything else.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sitrep.schema import Document, Zone

__all__ = ["detect_zones", "lead_paragraph", "paragraphs", "split_credit"]

# Organisations that sign photo credits; a credit part naming one of these is the agency.
_AGENCY_WORDS = re.compile(
    r"\b(AFP|AP|Reuters|Getty|Images?|EPA|EFE|Anadolu|TASS|Sputnik|RIA|Novosti|Shutterstock|Bloomberg|"
    r"NurPhoto|SOPA|LightRocket|Ukrinform|UNIAN|Xinhua|Press|Agency|News|Service|Ministry|Office|"
    r"Handout|Pool|Alamy|Corbis|Zuma|ZUMA|Wire|Photos?|Photograph|Pictures?|Media|Telegram|Facebook|"
    r"Twitter|Instagram|YouTube|Army|Forces|Command|Staff|Presidential|Government|Council|Getty\s+Images)\b"
)
_PHOTO_WORD = re.compile(r"\b(?:Photo(?:graph)?s?|Pictures?|Image|Credit|Video)\b\s*:?\s*", re.I)
_PAREN_CREDIT = re.compile(r"\(([^()]{2,90})\)\s*$")
_TRAILING_CREDIT = re.compile(
    r"(?:^|[.!?]\s+|\s)((?:Photo(?:graph)?|Picture|Image|Credit|Video)\s*:\s*[^.:]{2,80}?)\.?\s*$", re.I
)

_PROMO_HEADER = re.compile(
    r"^\s*(?:LISTEN|WATCH|READ(?:\s+(?:MORE|ALSO|NEXT))?|RELATED|SEE\s+ALSO|ALSO\s+READ|MORE|CLICK\s+HERE|"
    r"SIGN\s+UP|SUBSCRIBE|FOLLOW|DOWNLOAD|PODCAST|VIDEO|PHOTOS|GALLERY|ADVERTISEMENT|LIVE)\b\s*[|:\-–—]"
    r"|^\s*(?:Listen|Watch|Read\s+more|Read\s+also|Read\s+next|Also\s+read|Related|See\s+also|More|"
    r"Podcast|Video|Photos|Gallery|Advertisement)\s*[|:]"
    r"|^\s*(?:Sign\s+up|Subscribe|Click\s+here|Follow\s+(?:us|our)|Download\s+(?:the|our)|Get\s+(?:the|our)\s+"
    r"[\w ]{0,30}(?:newsletter|app))\b"
    r"|^\s*(?:Advertisement|ADVERTISEMENT|Story continues below|Continue reading)\s*$"
    r"|^\s*(?:NEW\b|Newsletter\b)"
)
# Site navigation and app/newsletter plugs; promos when the paragraph is short.
_PROMO_LINE = re.compile(
    r"\b(?:main page|home ?page|please visit|you can now listen|continuation of the material|"
    r"watch (?:tv )?live|download (?:the|our) app|sign up|newsletter|subscribe|follow us|click here|"
    r"read (?:more|also)|more (?:news|information|messages) (?:on|from|about)|see (?:the|our) video|"
    r"listen to (?:the|this|our))\b",
    re.I,
)
# Headers of audio/video promos, whose show title and blurb follow in the next paragraphs.
_MEDIA_HEADER = re.compile(
    r"^\s*(?:LISTEN|WATCH|PODCAST|VIDEO|Listen|Watch|Podcast|Video)\b|\bpodcast\b", re.I
)
# Signals that a paragraph after a promo header still belongs to the promotion.
_PROMO_CONTINUATION = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?![\d:])|\bWith:|\bThis week,? (?:we|on)\b|"
    r"\b(?:this|the|an?|next|latest) episode\b|\bepisodes?\b|\bsubscribe\b|\bpodcast\b|\bnewsletter\b|"
    r"\bin this (?:episode|video|podcast)\b|"
    r"\bwe (?:return|explore|talk|speak|look|hear|ask|discuss)\b|\bjoins? us\b|\bhost(?:ed)? by\b|"
    r"\bsign up\b|\bclick here\b|\bavailable (?:on|wherever)\b",
    re.I,
)
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_BYLINE = re.compile(
    rf"^\s*(?:By\s+{_NAME}(?:\s*(?:,|and)\s*{_NAME})*(?:\s*[,|]\s*[\w .]+)?"
    r"|(?:Authors?(?:/authors?)?|Written by|Reporting by|Editing by|Sources?)\s*:.*)\s*$",
)
_DATELINE = re.compile(  # used with .match(text, pos): no "^", which would only match at 0
    r"\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?\s*(?:\([A-Za-z/ ]{1,20}\))?\s*[—–-]{1,2}\s+"
)
_FINAL_PUNCT = re.compile(r"[.!?:;,…\"”’)\]]\s*$")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line of ``text``, stripped of surrounding spaces."""
    spans = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        spans.append((m.start() + lead, m.start() + len(line.rstrip())))
    return spans


def split_credit(credit: str) -> str | None:
    """The organisation part of a photo credit: "Aris Messinis/AFP/Getty Images" -> "AFP/Getty Images"."""
    parts = [p.strip() for p in re.split(r"\s*[/|]\s*|\s+(?:for|via)\s+", credit) if p.strip()]
    orgs = []
    for i, part in enumerate(parts):
        bare = _PHOTO_WORD.sub("", part).strip(" ,;")
        if not bare:
            continue
        is_photo = bool(_PHOTO_WORD.search(part))
        # "AP Photo" is an agency; "Photo: Reuters" names the agency after the colon.
        if (
            is_photo
            or _AGENCY_WORDS.search(bare)
            or bare.isupper()
            or (i > 0 and len(parts) > 1 and i == len(parts) - 1 and not _looks_like_name(bare))
        ):
            orgs.append(bare)
    if not orgs and len(parts) == 1 and not _looks_like_name(parts[0]):
        orgs.append(_PHOTO_WORD.sub("", parts[0]).strip())
    return "/".join(orgs) if orgs else None


def _looks_like_name(s: str) -> bool:
    words = s.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and not _AGENCY_WORDS.search(s)


def _caption_credit(par: str) -> str | None:
    m = _PAREN_CREDIT.search(par)
    if m:
        inner = m.group(1).strip()
        if (
            ("/" in inner or _AGENCY_WORDS.search(inner))
            and len(inner.split()) <= 10
            and len(par.split()) <= 80
        ):
            return inner
        return None
    m2 = _TRAILING_CREDIT.search(par)
    if m2:
        return m2.group(1).strip()
    return None


def _is_allcaps_line(par: str) -> bool:
    letters = [c for c in par if c.isalpha()]
    return (
        len(par.split()) >= 4
        and len(letters) >= 12
        and sum(c.isupper() for c in letters) / len(letters) > 0.9
    )


def _title_like(par: str) -> bool:
    words = par.split()
    # A sentence ending inside a closing quotation mark is not a title: “... now.”
    return 2 <= len(words) <= 30 and len(par) <= 220 and not re.search(r"[.;,:]\s*$", par.rstrip("”\"’' "))


def lead_paragraph(par: str) -> bool:
    """A paragraph of story, not a headline: several sentences, a long full sentence, or more words
    than any headline has. Plain-text feeds often start with the lead, which must not be taken (and
    its quotes skipped) as a title."""
    words = len(par.split())
    full_stop = par.rstrip("”\"’' ").endswith(".")
    return words > 40 or (full_stop and words > 15) or bool(_SENTENCE_JOIN.search(par.strip()))


def _is_title(par: str, title: str | None) -> bool:
    return bool(title) and par.strip() == (title or "").strip() and not lead_paragraph(par)


_SENTENCE_JOIN = re.compile(r"(?:[a-z]{3}|[0-9)])[.!?][”\"’]?\s*[A-Z“\"]\w")  # not "Mr. Biden"


def _subheading_like(par: str) -> bool:
    words = par.split()
    return 1 <= len(words) <= 14 and len(par) <= 110 and not _FINAL_PUNCT.search(par) and par[:1].isupper()


def detect_zones(doc: Document) -> Document:
    """Assign a layout zone to every paragraph of ``doc.text``; see the module docstring for the rules."""
    text = doc.text
    pars = paragraphs(text)
    kinds: list[str] = []
    credits: list[str | None] = []
    in_promo = False
    promo_run = 0
    for i, (s, e) in enumerate(pars):
        par = text[s:e]
        credit = _caption_credit(par)
        kind = "body"
        if (
            _PROMO_HEADER.search(par)
            or (i > 0 and _is_allcaps_line(par))
            or (len(par.split()) <= 20 and _PROMO_LINE.search(par))
        ):
            # Only audio/video promos carry a title and blurb after their header line.
            kind, in_promo, promo_run = (
                "promo",
                bool(_MEDIA_HEADER.search(par)) and not _is_allcaps_line(par),
                0,
            )
        elif _BYLINE.match(par) and len(par.split()) <= 14:
            kind = "byline"
        elif in_promo and promo_run < 4 and (_PROMO_CONTINUATION.search(par) or _podcast_title(par)):
            kind = "promo"
            promo_run += 1
        elif credit is not None:
            kind = "caption"
        elif i == 0 and len(par.split()) <= 6 and re.search(r"[—–]\s*$", par):
            kind = "dateline"
        elif (
            i == 0
            and (_title_like(par) or _is_title(par, doc.title))
            and len(pars) > 1
        ):
            kind = "headline"
        if kind != "promo":
            in_promo = False
        kinds.append(kind)
        credits.append(credit if kind == "caption" else None)
    # Subheadings: short unpunctuated lines with body text on both sides.
    for i, (s, e) in enumerate(pars):
        if kinds[i] != "body" or not _subheading_like(text[s:e]):
            continue
        before = any(k == "body" for k in kinds[:i])
        after = any(k == "body" for k in kinds[i + 1 :])
        if before and after:
            kinds[i] = "subheading"

    zones: list[Zone] = []
    for i, (s, e) in enumerate(pars):
        kind = kinds[i]
        if kind == "promo" and zones and zones[-1].kind == "promo" and i > 0 and kinds[i - 1] == "promo":
            zones[-1] = replace(zones[-1], end=e)
            continue
        if kind == "caption":
            credit = credits[i]
            zones.append(
                Zone("caption", s, e, credit=credit, agency=split_credit(credit) if credit else None)
            )
            continue
        if kind == "body" and not any(z.kind == "body" for z in zones):
            m = _DATELINE.match(text, s, e)
            if m and len(text[s : m.end()].split()) <= 8:
                zones.append(Zone("dateline", s, m.end()))
                s = m.end()
        zones.append(Zone(kind, s, e))  # type: ignore[arg-type]
    title = doc.title
    if not title:
        head = next((z for z in zones if z.kind == "headline"), None)
        if head is not None:
            title = text[head.start : head.end]
    return replace(doc, zones=tuple(zones), title=title)


def _podcast_title(par: str) -> bool:
    """A show-title line such as "Nothing is foreign29:07Is eastern Ukraine turning against Russia?"."""
    return (
        len(par.split()) <= 20 and not re.search(r"[.!\"”’:;]\s*$", par) and not re.match(r"\s*[\"“‘'«]", par)
    )
