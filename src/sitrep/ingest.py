"""Ingest: turn files (plain text, HTML, JSON Lines, RSS/Atom feeds, folders of them) into Documents.

Needs nothing but the input; adds ``id``, ``text``, ``title``, ``published`` (with
``published_from="metadata"`` when the source gave a date: an HTML ``<meta>``/JSON-LD/``<time>``
tag or a JSON Lines date field, see :mod:`sitrep.pubdate`; a note in ``warnings`` names which),
``outlet``, ``url``, ``source_path`` and ``warnings`` (encoding fallbacks, bad dates).

Bad input raises :class:`sitrep.errors.InputError` naming the file (and the line
for JSON Lines). Pass ``on_error`` (or ``skip_errors=True``) to keep going over a
folder or a JSONL file and be told about each bad item instead.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sitrep.errors import InputError
from sitrep.feeds import looks_like_feed, parse_feed
from sitrep.pubdate import date_problem, html_date, json_date, normalise_date
from sitrep.schema import Document, PublishedFrom
from sitrep.zones import lead_paragraph

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "FEED_SUFFIXES",
    "document_from_html",
    "document_from_text",
    "looks_english",
    "normalise_date",
    "read_path",
]

DEFAULT_MAX_BYTES = 5_000_000
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# RSS/Atom; a ".xml" file is read as a feed only when named directly and it is one (folders hold other XML).
FEED_SUFFIXES = frozenset({".rss", ".atom"})
_ALL_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

ErrorHandler = Callable[[InputError], None]

# The commonest English function words: real English prose runs at 35-55% of these,
# other Latin-script languages at well under 10%.
_STOPWORDS = frozenset(
    """a about after all also an and any are as at be been before but by can could did do does
    for from had has have he her his how i if in into is it its more most no not of on one or
    our out over said says she so some than that the their them then there these they this those
    to under up was we were what when where which while who will with would you""".split()  # noqa: SIM905 - a word list reads better as prose
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class _Options:
    max_bytes: int
    allow_non_english: bool


def read_path(
    path: Path | str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    allow_non_english: bool = False,
    on_error: ErrorHandler | None = None,
    skip_errors: bool = False,
) -> Iterator[Document]:
    """Yield the documents in ``path``: a .txt/.html/.jsonl file, or a folder (recursively, sorted).

    Errors raise :class:`InputError` unless ``on_error`` is given (it receives each
    error and reading continues) or ``skip_errors`` is true (bad items are dropped).
    """
    path = Path(path)
    opts = _Options(max_bytes=max_bytes, allow_non_english=allow_non_english)
    handler = on_error if on_error is not None else ((lambda _e: None) if skip_errors else None)
    if not path.exists():
        _report(InputError(str(path), "no such file or directory"), handler)
        return
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file()
            and p.suffix.lower() in _ALL_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )
        for file in files:
            yield from _read_file(file, opts, handler)
        return
    yield from _read_file(path, opts, handler)


def _report(error: InputError, handler: ErrorHandler | None) -> None:
    if handler is None:
        raise error
    handler(error)


def _read_file(path: Path, opts: _Options, handler: ErrorHandler | None) -> Iterator[Document]:
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, opts, handler)
            return
        if suffix in FEED_SUFFIXES or (suffix == ".xml" and looks_like_feed(path.read_bytes()[:2000])):
            yield from _read_feed(path, opts, handler)
            return
        # JSONL files may hold many articles; the size limit is per article, so only check here.
        size = path.stat().st_size
        if size > opts.max_bytes:
            raise InputError(str(path), f"too large ({size} bytes > limit {opts.max_bytes})")
        text, warnings = _decode(path.read_bytes(), str(path))
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_html(text)):
            doc = document_from_html(text, source=str(path), allow_non_english=opts.allow_non_english)
        else:
            doc = document_from_text(text, source=str(path), allow_non_english=opts.allow_non_english)
        yield _add_warnings(doc, warnings, source_path=str(path))
    except InputError as error:
        _report(error, handler)
    except OSError as error:
        _report(InputError(str(path), f"cannot read: {error.strerror or error}"), handler)


def _add_warnings(doc: Document, warnings: list[str], **changes: Any) -> Document:
    return replace(doc, warnings=tuple(warnings) + doc.warnings, **changes)


def _decode(data: bytes, source: str) -> tuple[str, list[str]]:
    """Bytes to text: UTF-8 (with or without BOM), else cp1252/latin-1 when that yields clean text."""
    if not data.strip():
        raise InputError(source, "empty file")
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes)")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), []
        except UnicodeDecodeError:
            pass
    try:
        return _check_text(data.decode("utf-8"), source), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _control_ratio(text) < 0.01:
            return text, [f"{source}: not valid UTF-8; decoded as {encoding}"]
    raise InputError(source, "undecodable or binary content (not UTF-8, cp1252 or latin-1 text)")


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7F <= ord(ch) < 0xA0)
    return controls / max(len(text), 1)


def _check_text(text: str, source: str) -> str:
    if _control_ratio(text) >= 0.01:
        raise InputError(source, "binary file (control characters)")
    return text


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def looks_english(text: str) -> bool:
    """A cheap check: the share of common English function words among the words."""
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 12:
        return True  # too short to judge; a headline-only item is not rejected for its language
    hits = sum(1 for w in words if w in _STOPWORDS)
    return hits / len(words) >= 0.12


def _content_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _first_line(text: str) -> str | None:
    """The first non-empty line, unless it is the story's lead rather than a headline."""
    for line in text.splitlines():
        if line.strip():
            return None if lead_paragraph(line) else line.strip()
    return None


def document_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    published: str | None = None,
    published_from: PublishedFrom | None = None,
    outlet: str | None = None,
    url: str | None = None,
    source: str = "<text>",
    allow_non_english: bool = False,
    derive_title: bool = True,
    date_field: str | None = None,
) -> Document:
    """A Document from article text; the first non-empty line is the headline unless ``title`` is given.

    ``published`` is validated as a date (kept to the day); a bad, future or pre-1900 one becomes a
    warning and is dropped. ``date_field`` names where a metadata date came from, for the note.
    """
    if "\x00" in text:
        raise InputError(source, "binary content (contains NUL characters)")
    if not text.strip():
        raise InputError(source, "empty text")
    if not allow_non_english and not looks_english(text):
        raise InputError(source, "not English (too few English function words)")
    warnings: list[str] = []
    day = normalise_date(published) if published is not None else None
    if published is not None and day is None:
        warnings.append(f"{source}: published date {published!r} is not an ISO date; ignored")
    problem = date_problem(day) if day is not None else None
    if problem is not None:
        warnings.append(f"{source}: published date {published!r} ignored: {problem}")
        day = None
    if day is not None and date_field is not None:
        warnings.append(f"published {day} from the metadata: {date_field}")
    if title is None and derive_title:
        title = _first_line(text)
    origin: PublishedFrom = "unknown" if day is None else (published_from or "user")
    return Document(
        id=id or _content_id(text),
        text=text,
        title=title,
        published=day,
        published_from=origin,
        outlet=outlet,
        url=url,
        warnings=tuple(warnings),
    )


def document_from_html(
    html: str,
    *,
    id: str | None = None,
    url: str | None = None,
    published: str | None = None,
    outlet: str | None = None,
    source: str = "<html>",
    allow_non_english: bool = False,
) -> Document:
    """A Document from an HTML page: main text and metadata via trafilatura.

    The text starts with the title line and a blank line, then the body paragraphs
    separated by blank lines, so offsets cover the headline too.
    """
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    if not html.strip():
        raise InputError(source, "empty HTML")
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        # metadata only: a date guessed from the body text is inference, which sitrep.timeref does openly
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(_WORD.findall(body)) < 5:  # a stray menu word is not an article
        raise InputError(source, "no article text could be extracted from the HTML")
    meta_title = (getattr(result, "title", None) or "").strip() or None
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    if meta_title and paragraphs and paragraphs[0] == meta_title:
        paragraphs = paragraphs[1:]
    text = "\n\n".join(([meta_title] if meta_title else []) + paragraphs)
    # The page's own tags first (named in the note); trafilatura's reading of them (htmldate) after.
    tagged = html_date(html) if published is None else None
    meta_date, field = tagged if tagged else (getattr(result, "date", None), "the page (via trafilatura)")
    from_meta = published is None and meta_date is not None
    return document_from_text(
        text,
        id=id,
        title=meta_title,
        published=published if published is not None else meta_date,
        published_from="metadata" if from_meta else "user",
        date_field=field if from_meta else None,
        outlet=outlet or getattr(result, "sitename", None) or getattr(result, "hostname", None),
        url=url or getattr(result, "url", None),
        source=source,
        allow_non_english=allow_non_english,
    )


def _read_jsonl(path: Path, opts: _Options, handler: ErrorHandler | None) -> Iterator[Document]:
    data = path.read_bytes()
    text, warnings = _decode(data, str(path))
    seen = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        source = f"{path}:{number}"
        try:
            doc = _document_from_record(line, source, opts)
        except InputError as error:
            _report(error, handler)
            continue
        yield _add_warnings(doc, warnings, source_path=source)
    if seen == 0:
        _report(InputError(str(path), "empty file (no JSON lines)"), handler)


def _read_feed(path: Path, opts: _Options, handler: ErrorHandler | None) -> Iterator[Document]:
    """One document per RSS/Atom item: title line, blank line, text; the item's date is metadata."""
    items = parse_feed(path.read_bytes(), str(path))
    if not items:
        raise InputError(str(path), "feed has no items")
    for number, item in enumerate(items, start=1):
        source = f"{path}:{number}"
        try:
            if len(_WORD.findall(item.text)) < 5:
                raise InputError(source, "feed item has no text (no content or summary)")
            text = f"{item.title}\n\n{item.text}" if item.title else item.text
            doc = document_from_text(
                text,
                id=item.guid,
                title=item.title,
                published=item.date,
                published_from="metadata",
                url=item.link,
                source=source,
                allow_non_english=opts.allow_non_english,
                date_field=item.date_field,
            )
        except InputError as error:
            _report(error, handler)
            continue
        yield _add_warnings(doc, [], source_path=source)


def _document_from_record(line: str, source: str, opts: _Options) -> Document:
    if len(line.encode("utf-8")) > opts.max_bytes:
        raise InputError(source, f"record too large (> limit {opts.max_bytes} bytes)")
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise InputError(source, f"malformed JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(source, "a JSON line must be an object")
    fields: dict[str, str | None] = {}
    for key in ("id", "url", "title", "outlet", "text", "html"):
        value = record.get(key)
        if value is not None and not isinstance(value, str | int):
            raise InputError(source, f"field {key!r} must be a string")
        fields[key] = None if value is None else str(value)
    dated = json_date(record)
    published, date_key = dated if dated else (None, None)
    common: dict[str, Any] = {
        "id": fields["id"],
        "url": fields["url"],
        "published": published,
        "outlet": fields["outlet"],
        "source": source,
        "allow_non_english": opts.allow_non_english,
    }
    if fields["text"] is not None and fields["text"].strip():
        # The title is kept as given; the text is kept as is (offsets are into the text).
        return document_from_text(
            fields["text"],
            title=fields["title"],
            published_from="metadata",
            date_field=f"JSON field {date_key!r}" if date_key else None,
            **common,
        )
    if fields["html"] is not None and fields["html"].strip():
        doc = document_from_html(fields["html"], **common)
        if published is not None and doc.published is not None:
            note = f"published {doc.published} from the metadata: JSON field {date_key!r}"
            doc = _add_warnings(doc, [note], published_from="metadata")
        return doc if fields["title"] is None else _add_warnings(doc, [], title=fields["title"])
    raise InputError(source, "no 'text' or 'html' field (or it is empty)")
