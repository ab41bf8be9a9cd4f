"""RSS 2.0 and Atom feeds: one article per item, with the item's own date (used by :mod:`sitrep.ingest`).

Needs the feed's bytes. Gives, per item, its title, link, id, the raw date and the element it
came from (``<pubDate>``, ``<dc:date>``, ``<published>``, ``<updated>``), and its text: the full
content (``content:encoded``, Atom ``<content>``) when the feed carries it, else the summary,
with HTML reduced to paragraphs. Parsing never fetches anything (no DTDs, no entities, no network).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.errors import InputError

__all__ = ["FeedItem", "looks_like_feed", "parse_feed"]

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_BLOCK = re.compile(r"(?i)</?(?:p|div|br|h[1-6]|li|blockquote|tr)\b[^>]*>")


@dataclass(frozen=True)
class FeedItem:
    """One feed entry."""

    title: str | None
    link: str | None
    guid: str | None
    date: str | None
    date_field: str | None
    text: str


def looks_like_feed(head: bytes) -> bool:
    """True when the start of a file is an RSS or Atom document."""
    start = head[:2000].lower()
    return b"<rss" in start or (b"<feed" in start and b"2005/atom" in start)


def parse_feed(data: bytes, source: str) -> list[FeedItem]:
    """The items of an RSS 2.0 or Atom feed, in feed order."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise InputError(source, f"malformed feed XML: {error}") from None
    if root.tag == "rss" or root.tag.endswith("RDF"):
        return [_rss_item(node) for node in root.iter("item", "{http://purl.org/rss/1.0/}item")]
    if root.tag == f"{_ATOM}feed":
        return [_atom_entry(node) for node in root.iter(f"{_ATOM}entry")]
    raise InputError(source, f"not an RSS or Atom feed (root element {root.tag!r})")


def _text(node: object | None) -> str | None:
    value = getattr(node, "text", None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _rss_item(node: object) -> FeedItem:
    find = node.find  # type: ignore[attr-defined]
    date, field = None, None
    for tag, name in (("pubDate", "RSS <pubDate>"), (_DC_DATE, "RSS <dc:date>")):
        date = _text(find(tag))
        if date:
            field = name
            break
    body = _text(find(_CONTENT)) or _text(find("description")) or ""
    return FeedItem(
        _plain(_text(find("title"))),
        _text(find("link")),
        _text(find("guid")),
        date,
        field,
        _plain(body) or "",
    )


def _atom_entry(node: object) -> FeedItem:
    find = node.find  # type: ignore[attr-defined]
    date, field = None, None
    for tag, name in ((f"{_ATOM}published", "Atom <published>"), (f"{_ATOM}updated", "Atom <updated>")):
        date = _text(find(tag))
        if date:
            field = name
            break
    link = find(f"{_ATOM}link[@rel='alternate']")
    link = link if link is not None else find(f"{_ATOM}link")
    body = _text(find(f"{_ATOM}content")) or _text(find(f"{_ATOM}summary")) or ""
    return FeedItem(
        _plain(_text(find(f"{_ATOM}title"))),
        link.get("href") if link is not None else None,
        _text(find(f"{_ATOM}id")),
        date,
        field,
        _plain(body) or "",
    )


def _plain(value: str | None) -> str | None:
    """HTML (as feeds escape it) to text: one paragraph a line, blank lines between."""
    if value is None or "<" not in value:
        return value
    from lxml import html

    marked = _BLOCK.sub("\n\n", value)
    try:
        text = html.fromstring(f"<div>{marked}</div>").text_content()
    except (ValueError, TypeError):
        return re.sub(r"<[^>]+>", " ", value)
    paragraphs = [re.sub(r"[ \t]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p)
