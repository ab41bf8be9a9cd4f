"""Publication dates from metadata: date formats, HTML tags, JSON fields, refused dates."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.ingest import document_from_html, document_from_text, read_path
from sitrep.pubdate import date_problem, html_date, json_date, normalise_date

BODY = (
    "Russian forces shelled the city of Kharkiv on Thursday, killing nine people, the regional "
    "governor said. The attack came as fighting raged in the east of the country, where officials "
    "said that troops had pushed back an assault on the town."
)


def _page(head: str, body: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>Shelling kills nine</title>{head}</head><body>"
        f"<article><h1>Shelling kills nine</h1>{body}<p>{BODY}</p><p>{BODY}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("Fri, 27 May 2022 10:30:00 GMT", "2022-05-27"),  # RSS pubDate
        ("Fri, 27 May 2022 23:30:00 -0500", "2022-05-27"),  # kept as the outlet's own day
        ("May 27, 2022", "2022-05-27"),
        ("Friday, May 27, 2022 10:30 AM", "2022-05-27"),
        ("27 May 2022", "2022-05-27"),
        ("20220527103000", "2022-05-27"),  # GDELT seendate
        ("February 30, 2022", None),
        ("27/05/2022", None),  # day/month or month/day: not guessed
        ("Thursday", None),
    ],
)
def test_date_formats(raw: str, day: str | None) -> None:
    assert normalise_date(raw) == day


@pytest.mark.parametrize(
    ("head", "body", "where"),
    [
        (
            '<meta property="article:published_time" content="2022-05-27T08:30:00Z">',
            "",
            "article:published_time",
        ),
        ('<meta name="date" content="2022-05-27">', "", '"date"'),
        ('<meta property="og:published_time" content="2022-05-27">', "", "og:published_time"),
        ('<meta name="DC.date.issued" content="2022-05-27">', "", "dc.date.issued"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
            '"NewsArticle", "headline": "x", "datePublished": "2022-05-27T08:30:00+03:00"}]}</script>',
            "",
            "JSON-LD datePublished",
        ),
        ("", '<p>By staff <time datetime="2022-05-27T07:00">May 27</time></p>', "<time datetime>"),
    ],
)
def test_html_date_sources(head: str, body: str, where: str) -> None:
    found = html_date(_page(head, body))
    assert found is not None and found[0] == "2022-05-27" and where in found[1]
    doc = document_from_html(_page(head, body))
    assert (doc.published, doc.published_from) == ("2022-05-27", "metadata")
    assert any(where in w for w in doc.warnings)  # the record says which tag dated it


def test_html_publication_beats_modification_and_bad_ld_is_skipped() -> None:
    head = (
        '<script type="application/ld+json">{not json</script>'
        '<meta property="article:modified_time" content="2022-06-02">'
        '<meta property="article:published_time" content="2022-05-27">'
    )
    assert html_date(_page(head)) == ("2022-05-27", '<meta "article:published_time">')
    only_modified = html_date(_page('<meta property="article:modified_time" content="2022-06-02">'))
    assert (
        only_modified is not None and only_modified[0] == "2022-06-02" and "modification" in only_modified[1]
    )
    assert html_date(_page("")) is None


def test_html_user_date_wins_over_tags() -> None:
    doc = document_from_html(_page('<meta name="date" content="2022-05-27">'), published="2022-05-28")
    assert (doc.published, doc.published_from) == ("2022-05-28", "user")


def test_json_date_fields() -> None:
    assert json_date({"id": "a", "date": "2022-05-27"}) == ("2022-05-27", "date")
    assert json_date({"published": "2022-05-26", "date": "2022-05-27"}) == ("2022-05-26", "published")
    assert json_date({"seendate": 20220527}) == ("20220527", "seendate")
    assert json_date({"date": "", "flag": True}) is None


def test_jsonl_date_field_named_in_the_record(tmp_path: pytest.TempPathFactory) -> None:
    import json
    from pathlib import Path

    path = Path(str(tmp_path)) / "feed.jsonl"
    rows = [
        {"id": "a", "date": "Fri, 27 May 2022 10:30:00 GMT", "text": BODY},
        {"id": "b", "datePublished": "2022-05-26T22:00:00Z", "text": BODY},
        {"id": "c", "published": "2999-01-01", "text": BODY},
        {"id": "d", "text": BODY},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    a, b, c, d = read_path(path)
    assert (a.published, a.published_from) == ("2022-05-27", "metadata")
    assert any("JSON field 'date'" in w for w in a.warnings)
    assert b.published == "2022-05-26" and any("datePublished" in w for w in b.warnings)
    assert c.published is None and c.published_from == "unknown"
    assert any("future" in w for w in c.warnings)
    assert d.published is None and d.published_from == "unknown"


def test_refused_dates() -> None:
    today = date(2024, 1, 10)
    assert date_problem("2024-01-11", today) is None  # a day ahead: time zones
    assert "future" in (date_problem("2024-03-01", today) or "")
    assert "1900" in (date_problem("1066-10-14", today) or "")
    doc = document_from_text(BODY, published="1066-10-14")
    assert doc.published is None and any("1900" in w for w in doc.warnings)
