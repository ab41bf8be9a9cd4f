"""Publication dates from metadata: date strings in the formats feeds and pages use, HTML tags, JSON fields.

Used by :mod:`sitrep.ingest`. Needs only the raw input; gives an ISO day and the name of the
field it came from (``<meta property="article:published_time">``, ``JSON-LD datePublished``,
``JSON field 'date'`` ...) so the record can say where its date came from. Dates in the
future (beyond tomorrow, for time zones) or before 1900 are refused: they are typing errors
or placeholders, and a wrong year moves an event across a war's whole history.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

__all__ = ["JSON_DATE_FIELDS", "date_problem", "html_date", "json_date", "normalise_date"]

# ISO days and times, and GDELT's compact "20220527T103000Z" / "20220527103000"
_ISO_DAY = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_]|(?<=\d{8})\d{6}\s*$)")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
# "May 27, 2022", "27 May 2022", "Friday, May 27, 2022 10:30 AM": the forms page templates print.
_WORDY = re.compile(
    r"^\s*(?:[A-Za-z]+,?\s+)?(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>\d{4}))\b"
)
_RFC2822 = re.compile(r"^\s*(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d")

# JSON Lines keys that carry a publication date, most specific first (GDELT's "seendate" last:
# it is when a crawler saw the page, a day late at worst).
JSON_DATE_FIELDS = (
    "published",
    "date",
    "published_at",
    "publishedAt",
    "datePublished",
    "pubDate",
    "pub_date",
    "publish_date",
    "seendate",
)

# <meta> names/properties of a publication date; modification dates only when nothing else is there.
_META_PUBLISHED = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
    "cxenseparse:recs:publishtime",
)
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified")


def normalise_date(value: object) -> str | None:
    """The ISO day of a date string ("2022-05-27T10:00Z", "20220527T000000Z", "Fri, 27 May 2022 10:00:00
    GMT", "May 27, 2022", "27 May 2022"); None for anything else, slashed forms included (27/05 or 05/27?)."""
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_DAY.match(value)
    if match:
        return _day(int(match[1]), int(match[2]), int(match[3]))
    if _RFC2822.match(value):
        try:
            return parsedate_to_datetime(value.strip()).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    match = _WORDY.match(value)
    if match:
        month = _MONTHS.get((match["m1"] or match["m2"])[:3].lower())
        if month is not None:
            return _day(int(match["y1"] or match["y2"]), month, int(match["d1"] or match["d2"]))
    return None


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def date_problem(day: str, today: date | None = None) -> str | None:
    """Why an ISO day cannot be a publication date (in the future, before 1900), or None."""
    found = date.fromisoformat(day)
    today = today or datetime.now(UTC).date()
    if found > today + timedelta(days=1):
        return f"it is in the future (after {today})"
    if found.year < 1900:
        return "it is before 1900"
    return None


def json_date(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """(raw value, field name) of the first publication-date field a JSON record fills."""
    for key in JSON_DATE_FIELDS:
        value = record.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value), key
    return None


def html_date(html: str) -> tuple[str, str] | None:
    """(ISO day, where it was found) from an HTML page's metadata: JSON-LD ``datePublished``, a
    publication-date ``<meta>``, ``<time datetime>`` (one marked ``pubdate`` or inside the article
    first); a modification date only when the page gives nothing else."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for node in tree.iter("script"):
        if (node.get("type") or "").lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(node.text)
        except ValueError:
            continue
        for key in ("datePublished", "dateCreated", "uploadDate"):
            day = next((d for d in (normalise_date(v) for v in _ld_values(data, key)) if d), None)
            if day:
                return day, f"JSON-LD {key}"
    metas: dict[str, str] = {}
    for node in tree.iter("meta"):
        name = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        content = node.get("content")
        if name and content and name not in metas:
            metas[name] = content
    for name in _META_PUBLISHED:
        day = normalise_date(metas.get(name))
        if day:
            return day, f'<meta "{name}">'
    times = [t for t in tree.iter("time") if t.get("datetime")]
    times.sort(
        key=lambda t: (t.get("pubdate") is None, not any(a.tag == "article" for a in t.iterancestors()))
    )
    for node in times:
        day = normalise_date(node.get("datetime"))
        if day:
            return day, "<time datetime>"
    for name in _META_MODIFIED:
        day = normalise_date(metas.get(name))
        if day:
            return day, f'<meta "{name}"> (a modification date: the page gives no publication date)'
    return None


def _ld_values(data: Any, key: str) -> Iterator[Any]:
    """Every value of ``key`` in a JSON-LD document (objects, lists and ``@graph`` nested)."""
    if isinstance(data, Mapping):
        if key in data:
            yield data[key]
        for value in data.values():
            if isinstance(value, Mapping | list):
                yield from _ld_values(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _ld_values(item, key)
