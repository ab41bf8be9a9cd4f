"""Layout zones: headline, captions with credits, promos, subheadings, bylines and body."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.schema import Document, Zone
from sitrep.zones import detect_zones, paragraphs, split_credit


def load_expected(shared: Path) -> dict:
    """The seed reading of the sample; its ``not_quotes`` key sits mis-indented inside ``quotes``."""
    yaml = pytest.importorskip("yaml")
    text = (shared / "seed" / "expected.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text.replace("\n  not_quotes:", "\nnot_quotes:"))


def _zones(text: str, title: str | None = None) -> tuple[Document, list[tuple[str, str]]]:
    doc = detect_zones(Document(id="t", text=text, title=title))
    return doc, [(z.kind, text[z.start : z.end]) for z in doc.zones]


def _kind_of(doc: Document, fragment: str) -> str | None:
    zone = doc.zone_at(doc.text.index(fragment))
    return zone.kind if zone else None


BODY = (
    "Russian forces shelled the town of Izium overnight, local officials said on Tuesday, "
    "and at least three civilians were wounded in the attack."
)


def test_paragraph_spans_skip_blank_lines_and_trim() -> None:
    text = "  First line.  \n\n\nSecond line.\n"
    spans = paragraphs(text)
    assert [text[s:e] for s, e in spans] == ["First line.", "Second line."]


@pytest.mark.parametrize(
    ("credit", "agency"),
    [
        ("Aris Messinis/AFP/Getty Images", "AFP/Getty Images"),
        ("Serhii Nuzhnenko/Reuters", "Reuters"),
        ("AP Photo/Evgeniy Maloletka", "AP"),
        ("Christopher Furlong/Getty Images", "Getty Images"),
        ("Photo: Reuters", "Reuters"),
        ("Reuters", "Reuters"),
    ],
)
def test_split_credit_keeps_the_organisation(credit: str, agency: str) -> None:
    assert split_credit(credit) == agency


def test_captions_headline_subheading_and_body() -> None:
    text = (
        "Ukraine braces for a new offensive in the east\n\n"
        f"{BODY}\n\n"
        "A destroyed tank stands in a field near Izium on Monday. (AP Photo/Evgeniy Maloletka)\n\n"
        "Fighting moves north\n\n"
        "The governor said evacuations would continue through the week despite the shelling.\n\n"
        "Firefighters work at a damaged building in Kharkiv. Photo: Reuters"
    )
    doc, zones = _zones(text)
    assert zones[0] == ("headline", "Ukraine braces for a new offensive in the east")
    assert doc.title == "Ukraine braces for a new offensive in the east"
    caps = [z for z in doc.zones if z.kind == "caption"]
    assert [(c.credit, c.agency) for c in caps] == [
        ("AP Photo/Evgeniy Maloletka", "AP"),
        ("Photo: Reuters", "Reuters"),
    ]
    assert _kind_of(doc, "Fighting moves north") == "subheading"
    assert _kind_of(doc, "The governor said") == "body"
    assert _kind_of(doc, "Russian forces shelled") == "body"


def test_existing_title_is_kept_and_long_first_paragraph_is_body() -> None:
    doc, zones = _zones(f"{BODY}\n\nMore text follows here, said the mayor.", title="Given title")
    assert doc.title == "Given title"
    assert zones[0][0] == "body"
    assert not any(kind == "headline" for kind, _ in zones)


def test_podcast_promo_runs_over_its_blurb_and_stops_at_news() -> None:
    text = (
        f"{BODY}\n\n"
        "LISTEN | Why the front line matters:\n\n"
        "The Current Affairs Hour41:10What next for the east?\n\n"
        "This week, we travel to the front and ask what comes next. With: Jane Roe, aid worker. "
        "John Doe, journalist.\n\n"
        "However, the offensive could stall as ammunition runs short, analysts said on Friday."
    )
    doc, _ = _zones(text)
    promos = [z for z in doc.zones if z.kind == "promo"]
    assert len(promos) == 1
    block = text[promos[0].start : promos[0].end]
    assert block.startswith("LISTEN | Why the front line")
    assert block.endswith("John Doe, journalist.")
    assert _kind_of(doc, "However, the offensive") == "body"
    assert doc.in_promo(text.index("Jane Roe"), text.index("Jane Roe") + 8)


def test_single_line_promos_do_not_swallow_the_next_paragraph() -> None:
    text = f"{BODY}\n\nCLICK HERE TO GET THE NEWS APP\n\nShort line after it\n\nAdvertisement\n\n{BODY}"
    doc, _ = _zones(text)
    assert _kind_of(doc, "CLICK HERE") == "promo"
    assert _kind_of(doc, "Advertisement") == "promo"
    assert _kind_of(doc, "Short line after it") == "subheading"


def test_dateline_and_byline() -> None:
    text = f"By Jane Roe and John Doe\n\nKYIV, Ukraine (AP) — {BODY}\n\n{BODY}"
    doc, zones = _zones(text)
    assert zones[0] == ("byline", "By Jane Roe and John Doe")
    assert ("dateline", "KYIV, Ukraine (AP) — ") in zones
    body = next(z for z in doc.zones if z.kind == "body")
    assert text[body.start :].startswith("Russian forces shelled")


def test_every_paragraph_gets_exactly_one_zone(sample_text: str) -> None:
    doc = detect_zones(Document(id="s", text=sample_text))
    for s, e in paragraphs(sample_text):
        covering = [z for z in doc.zones if z.start <= s and e <= z.end]
        assert len(covering) == 1, sample_text[s:e][:40]
    assert all(isinstance(z, Zone) for z in doc.zones)


def test_sample_zones_match_the_seed_reading(sample_text: str, shared: Path) -> None:
    expected = load_expected(shared)["document"]
    doc = detect_zones(Document(id="s", text=sample_text))
    assert doc.title == expected["headline"]
    caps = [z for z in doc.zones if z.kind == "caption"]
    assert len(caps) == len(expected["zones"]["captions"])
    for want in expected["zones"]["captions"]:
        zone = doc.zone_at(sample_text.index(want["starts"]))
        assert zone is not None and zone.kind == "caption"
        assert zone.credit == want["credit"]
        assert zone.agency and zone.agency in want["credit"] and zone.agency != want["credit"]
    promos = [z for z in doc.zones if z.kind == "promo"]
    assert len(promos) == len(expected["zones"]["promo"])
    for want, zone in zip(expected["zones"]["promo"], promos, strict=True):
        block = sample_text[zone.start : zone.end]
        assert block.startswith(want["starts"]) and block.endswith(want["ends"])
    subs = [sample_text[z.start : z.end] for z in doc.zones if z.kind == "subheading"]
    assert subs == expected["zones"]["subheading"]


def test_a_lead_paragraph_is_not_a_headline_even_as_the_first_line() -> None:
    from sitrep.ingest import document_from_text
    from sitrep.zones import lead_paragraph

    lead = (
        "Dozens of Russian missiles have struck targets across Ukraine, with the capital Kyiv enduring "
        "the heaviest barrage in months."
    )
    assert lead_paragraph(lead)
    assert lead_paragraph("Russia shelled Kharkiv.The mayor said nine died.")
    assert not lead_paragraph("Mr. Biden visits Kyiv as Russia shells Kharkiv")
    doc = detect_zones(document_from_text(lead + "\n\n“We will rebuild,” the mayor said on Sunday.", id="t"))
    assert doc.title is None and [z.kind for z in doc.zones] == ["body", "body"]
    titled = detect_zones(document_from_text("Russia shells Kharkiv\n\nNine people died on Friday.", id="t"))
    assert titled.title == "Russia shells Kharkiv" and titled.zones[0].kind == "headline"
