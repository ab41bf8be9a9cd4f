"""Geoparsing: recognition, resolution with cue words and context, and the role of each place."""

from __future__ import annotations

import math
from typing import Any

import pytest

from sitrep.geoparse import geoparse, places_in
from sitrep.schema import Document, Place, Zone

pytestmark = pytest.mark.model


def _parse(text: str, nlp: Any, gazetteer: Any, zones: tuple[Zone, ...] = ()) -> Document:
    doc = Document(id="t", text=text, zones=zones)
    return geoparse(doc, nlp(text), gazetteer)


def _at(doc: Document, mention: str, nth: int = 0) -> Place:
    found = [p for p in doc.places if p.mention == mention]
    assert len(found) > nth, f"{mention!r} not found in {[p.mention for p in doc.places]}"
    return found[nth]


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def test_offsets_point_at_the_mention(nlp: Any, gazetteer: Any) -> None:
    doc = _parse("Shelling hit Kharkiv and Chernihiv in Ukraine on Friday.", nlp, gazetteer)
    assert doc.places
    for p in doc.places:
        assert doc.text[p.start:p.end] == p.mention
        assert 0.0 <= p.confidence <= 1.0


def test_cue_words_choose_division_or_town(nlp: Any, gazetteer: Any) -> None:
    oblast = _parse("Fighting raged across Luhansk Oblast, Ukraine, on Monday.", nlp, gazetteer)
    assert oblast.places[0].feature_code == "ADM1"
    region = _parse("Ukrainian troops advanced in the Kharkiv region of Ukraine.", nlp, gazetteer)
    assert _at(region, "Kharkiv").feature_code == "ADM1"
    city = _parse("Missiles struck the city of Luhansk in eastern Ukraine.", nlp, gazetteer)
    assert _at(city, "Luhansk").feature_code.startswith("PPL")
    appos = _parse("Troops held out in Luhansk, one of the two provinces of the Donbas, in Ukraine.",
                   nlp, gazetteer)
    assert _at(appos, "Luhansk").feature_code == "ADM1"


def test_context_picks_among_namesakes(nlp: Any, gazetteer: Any) -> None:
    # Several Lymans exist in Ukraine and the US; the one near the other places is meant.
    text = "Russian troops shelled Sloviansk and Kramatorsk in Ukraine, then took Lyman."
    doc = _parse(text, nlp, gazetteer)
    lyman = _at(doc, "Lyman")
    kramatorsk = _at(doc, "Kramatorsk")
    assert lyman.country_code == "UA"
    assert _km(lyman.latitude, lyman.longitude, kramatorsk.latitude, kramatorsk.longitude) < 60


def test_suburb_of_uses_its_anchor(nlp: Any, gazetteer: Any) -> None:
    doc = _parse("Deminers cleared a field in the Kyiv suburb of Horenka.", nlp, gazetteer)
    horenka, kyiv = _at(doc, "Horenka"), _at(doc, "Kyiv")
    assert _km(horenka.latitude, horenka.longitude, kyiv.latitude, kyiv.longitude) < 30


@pytest.mark.parametrize(
    ("text", "mention", "role"),
    [
        ("Moscow-backed separatists seized the town.", "Moscow", "actor"),
        ("Moscow forces tried to gain more ground.", "Moscow", "actor"),
        ("Britain's foreign secretary has sought to rally support.", "Britain", "actor"),
        ("Neighboring Belarus announced that it was sending troops.", "Belarus", "actor"),
        ("He accused Moscow of an obvious policy of genocide.", "Moscow", "actor"),
        ("Hungary, one of Moscow's closest allies in the EU, is obstructing the deal.", "Hungary", "actor"),
        ("Three people were killed in Kharkiv on Thursday.", "Kharkiv", "location"),
        ("Kharkiv was shelled overnight.", "Kharkiv", "location"),
        ("Troops fought near Bakhmut.", "Bakhmut", "location"),
        ("The offensive in Ukraine's Donbass region continues.", "Ukraine", "location"),
        ("In the east, Russia has the upper hand.", "Russia", "actor"),
        ("Bakhmut has no water or power.", "Bakhmut", "location"),
        ("Officials signed a grain deal with Turkey on Friday.", "Turkey", "actor"),
        ("Markets fell on worries about the US economy.", "US", "other"),
    ],
)
def test_roles_from_the_parse(nlp: Any, gazetteer: Any, text: str, mention: str, role: str) -> None:
    assert _at(_parse(text, nlp, gazetteer), mention).role == role


def test_promo_zones_are_skipped_and_places_in(nlp: Any, gazetteer: Any) -> None:
    text = "Shelling hit Kharkiv.\n\nLISTEN | A podcast from Odesa.\n\nLater, Kherson was shelled."
    start = text.index("LISTEN")
    promo = Zone("promo", start, text.index("\n\nLater"))
    doc = _parse(text, nlp, gazetteer, zones=(promo,))
    assert "Odesa" not in {p.mention for p in doc.places}
    assert [p.mention for p in places_in(doc, 0, start)] == ["Kharkiv"]


@pytest.fixture(scope="module")
def sample_places(nlp: Any, gazetteer: Any, sample_text: str) -> Document:
    # Built by hand with the promo zone (no dependency on sitrep.zones).
    start = sample_text.index("LISTEN |")
    end_marker = "covering the conflicts in eastern Ukraine."
    end = sample_text.index(end_marker) + len(end_marker)
    return _parse(sample_text, nlp, gazetteer, zones=(Zone("promo", start, end),))


def test_sample_places_match_the_analyst(sample_places: Document) -> None:
    # The analyst's reading of the bundled sample (shared/seed/expected.yaml).
    wanted = {"Severodonetsk": (48.95, 38.49), "Lysychansk": (48.90, 38.43), "Lyman": (48.99, 37.81),
              "Bakhmut": (48.60, 38.00), "Horenka": (50.55, 30.32), "Kharkiv": (49.99, 36.23),
              "Chernihiv": (51.51, 31.29)}
    for mention, (lat, lon) in wanted.items():
        for place in (p for p in sample_places.places if p.mention == mention):
            assert _km(place.latitude, place.longitude, lat, lon) < 25, (mention, place)
        assert any(p.mention == mention for p in sample_places.places), mention


def test_sample_divisions_regions_and_roles(sample_places: Document) -> None:
    text = sample_places.text
    luhansk = next(p for p in sample_places.places if p.start == text.index("Luhansk, one of"))
    assert luhansk.feature_code == "ADM1"
    donetsk = next(p for p in sample_places.places if p.start == text.index("Donetsk, the other"))
    assert donetsk.feature_code == "ADM1"
    assert {p.feature_code for p in sample_places.places if p.mention == "Donbass"} == {"RGN"}
    assert {p.feature_code for p in sample_places.places if p.mention == "Belarus"} == {"PCLI"}
    assert any(p.mention == "Kyiv" and p.feature_code == "PPLC" for p in sample_places.places)
    moscow = [p for p in sample_places.places if p.mention == "Moscow"]
    assert moscow and all(p.role == "actor" for p in moscow)
    assert {p.role for p in sample_places.places if p.mention in ("Hungary", "Britain")} == {"actor"}
    promo = text.index("LISTEN |")
    assert not [p for p in sample_places.places if promo <= p.start < text.index("However, throwing")]
