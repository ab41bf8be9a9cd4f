"""Ingest: text, HTML, JSON Lines and folders become Documents; bad input is named and explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.errors import InputError
from sitrep.ingest import document_from_html, document_from_text, looks_english, normalise_date, read_path

BODY = (
    "Russian forces shelled the city of Kharkiv on Thursday, killing nine people, the regional "
    "governor said. The attack came as fighting raged in the east of the country, where officials "
    "said that troops had pushed back an assault on the town."
)
HTML = f"""<!doctype html><html><head><title>Shelling kills nine in Kharkiv | Example News</title>
<meta property="og:title" content="Shelling kills nine in Kharkiv">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-05-27T08:30:00Z">
</head><body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Shelling kills nine in Kharkiv</h1><p>{BODY}</p>
<p>Residents of the city said they had spent the night in shelters as the sirens sounded again.</p></article>
<footer>Copyright Example News</footer></body></html>"""


def test_text_file_first_line_is_title(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n  Headline of the day\n\n" + BODY, encoding="utf-8")
    (doc,) = read_path(path)
    assert doc.title == "Headline of the day"
    assert doc.text.startswith("\n  Headline")  # text kept exactly as read
    assert doc.source_path == str(path)
    assert doc.published is None and doc.published_from == "unknown"


def test_id_is_stable_content_hash_unless_given() -> None:
    a = document_from_text(BODY)
    b = document_from_text(BODY)
    assert a.id == b.id and len(a.id) == 16
    assert document_from_text(BODY + " More.").id != a.id
    assert document_from_text(BODY, id="x1").id == "x1"


def test_html_title_body_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    (doc,) = read_path(path)
    assert doc.title == "Shelling kills nine in Kharkiv"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.text.count(doc.title) == 1  # the h1 is not repeated
    assert "killing nine people" in doc.text
    assert "Copyright" not in doc.text and "Home" not in doc.text
    assert doc.published == "2022-05-27" and doc.published_from == "metadata"
    assert doc.outlet == "Example News"


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        document_from_html("<html><body><nav>Home</nav></body></html>", source="x.html")


def test_jsonl_records_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    good = {"id": "a1", "title": "T", "published": "2022-05-27T10:00:00Z", "outlet": "O", "text": BODY}
    bad_date = {"id": "a2", "published": "27/05/2022", "text": BODY}
    path.write_text(json.dumps(good) + "\n{not json\n\n" + json.dumps(bad_date) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_path(path))
    assert f"{path}:2" in str(info.value) and "malformed JSON" in str(info.value)

    errors: list[InputError] = []
    docs = list(read_path(path, on_error=errors.append))
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].title == "T" and docs[0].text == BODY  # title set, text kept as is
    assert docs[0].published == "2022-05-27" and docs[0].published_from == "metadata"
    assert docs[0].outlet == "O"
    assert docs[1].published is None and any("27/05/2022" in w for w in docs[1].warnings)
    assert len(errors) == 1 and errors[0].source.endswith(":2")


def test_jsonl_html_field(tmp_path: Path) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(
        json.dumps({"id": "h", "url": "https://example.org/a", "html": HTML}) + "\n", encoding="utf-8"
    )
    (doc,) = read_path(path)
    assert doc.id == "h" and doc.url == "https://example.org/a" and "Kharkiv" in doc.text


def test_binary_empty_and_missing(tmp_path: Path) -> None:
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    empty = tmp_path / "e.txt"
    empty.write_text("  \n\t\n", encoding="utf-8")
    with pytest.raises(InputError, match="binary"):
        list(read_path(binary))
    with pytest.raises(InputError, match="empty"):
        list(read_path(empty))
    with pytest.raises(InputError, match="no such file"):
        list(read_path(tmp_path / "missing.txt"))


def test_latin1_file_decoded_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "l.txt"
    text = "Caf\u00e9 talks\n\n" + BODY + " The minister\u2019s envoy arrived."
    path.write_bytes(text.encode("cp1252"))
    (doc,) = read_path(path)
    assert doc.text == text
    assert any("cp1252" in w for w in doc.warnings)


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ("Title\n\n" + BODY).encode("utf-8"))
    (doc,) = read_path(path)
    assert doc.title == "Title" and not doc.text.startswith("\ufeff") and not doc.warnings


def test_huge_file_rejected(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("Title\n\n" + BODY * 20, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        list(read_path(path, max_bytes=1000))
    assert len(list(read_path(path))) == 1


def test_non_english_rejected_unless_allowed() -> None:
    german = (
        "Die russischen Truppen haben in der Nacht die Stadt beschossen. Nach Angaben der Behörden "
        "wurden dabei mehrere Menschen getötet und viele Gebäude zerstört, teilte der Bürgermeister mit."
    )
    assert not looks_english(german) and looks_english(BODY)
    with pytest.raises(InputError, match="not English"):
        document_from_text(german)
    assert document_from_text(german, allow_non_english=True).text == german


def test_directory_sorted_recursive_and_continues(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B title\n\n" + BODY, encoding="utf-8")
    (tmp_path / "sub" / "a.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text("A title\n\n" + BODY, encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    errors: list[InputError] = []
    docs = list(read_path(tmp_path, on_error=errors.append))
    assert [d.title for d in docs] == ["A title", "B title", "Shelling kills nine in Kharkiv"]
    assert len(errors) == 1 and errors[0].source.endswith("broken.txt")
    assert len(list(read_path(tmp_path, skip_errors=True))) == 3


@pytest.mark.parametrize(
    ("raw", "day"),
    [
        ("2022-05-27", "2022-05-27"),
        ("2022-05-27T23:10:00+02:00", "2022-05-27"),
        ("20220527T000000Z", "2022-05-27"),
        ("2022-02-30", None),
        ("May 27", None),
        ("", None),
    ],
)
def test_normalise_date(raw: str, day: str | None) -> None:
    assert normalise_date(raw) == day


def test_sample_reads(sample_text: str) -> None:
    doc = document_from_text(sample_text)
    assert doc.title is not None and doc.title.startswith("Ukraine turns to the West")
    assert doc.text == sample_text
