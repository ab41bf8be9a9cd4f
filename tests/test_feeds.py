"""RSS and Atom feeds: one document per item, dated by the item's own date element."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.feeds import looks_like_feed, parse_feed
from sitrep.ingest import read_path

BODY = (
    "Russian forces shelled the city of Kharkiv on Thursday, killing nine people, the regional "
    "governor said. The attack came as fighting raged in the east of the country."
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example News</title>
<item><title>Shelling kills nine in Kharkiv</title><link>https://example.org/a</link>
<guid>a-1</guid><pubDate>Fri, 27 May 2022 10:30:00 GMT</pubDate>
<description>Short summary only.</description>
<content:encoded><![CDATA[<p>{BODY}</p>
<p>Residents spent the night in shelters as sirens sounded.</p>]]></content:encoded>
</item>
<item><title>Second item</title><dc:date>2022-05-26T08:00:00Z</dc:date>
<description>&lt;p&gt;{BODY}&lt;/p&gt;</description></item>
<item><title>Empty</title><pubDate>Fri, 27 May 2022 10:30:00 GMT</pubDate></item>
<item><title>Undated</title><description>{BODY}</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example</title>
<entry><title>Shelling kills nine</title><id>urn:x:1</id>
<link rel="alternate" href="https://example.org/b"/>
<updated>2022-05-28T09:00:00Z</updated><published>2022-05-27T09:00:00Z</published>
<summary type="html">&lt;p&gt;{BODY}&lt;/p&gt;</summary></entry>
</feed>"""


def test_rss_items_become_dated_documents(tmp_path: Path) -> None:
    path = tmp_path / "news.rss"
    path.write_text(RSS, encoding="utf-8")
    errors: list[InputError] = []
    first, second, undated = read_path(path, on_error=errors.append)
    assert first.text.startswith(
        "Shelling kills nine in Kharkiv\n\n" + BODY
    )  # the full content, not the summary
    assert (first.id, first.url, first.published, first.published_from) == (
        "a-1",
        "https://example.org/a",
        "2022-05-27",
        "metadata",
    )
    assert any("RSS <pubDate>" in w for w in first.warnings)
    assert second.published == "2022-05-26" and any("dc:date" in w for w in second.warnings)
    assert "<p>" not in second.text
    assert undated.published is None and undated.published_from == "unknown"
    assert len(errors) == 1 and "no text" in errors[0].reason and errors[0].source.endswith(":3")


def test_atom_entries_prefer_published_to_updated(tmp_path: Path) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(ATOM, encoding="utf-8")
    (doc,) = read_path(path)
    assert (doc.published, doc.url, doc.id) == ("2022-05-27", "https://example.org/b", "urn:x:1")
    assert any("Atom <published>" in w for w in doc.warnings)


def test_not_a_feed_and_broken_xml_are_named() -> None:
    assert looks_like_feed(RSS.encode()) and looks_like_feed(ATOM.encode())
    assert not looks_like_feed(b"<html><body>x</body></html>")
    with pytest.raises(InputError, match="malformed"):
        parse_feed(b"<rss><channel><item>", "x.rss")
    with pytest.raises(InputError, match="not an RSS or Atom"):
        parse_feed(b"<gazette/>", "x.rss")


def test_entities_are_not_expanded() -> None:
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]><rss><channel>'
        b"<item><title>&e;</title><description>x</description></item></channel></rss>"
    )
    items = parse_feed(evil, "x.rss")
    assert all("root:" not in (i.title or "") for i in items)
