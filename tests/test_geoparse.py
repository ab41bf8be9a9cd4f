"""Geoparsing: recognition, resolution with cue words and context, and the role of each place."""

from __future__ import annotations

import math
from typing import Any

import pytest

from sitrep.geoparse import event_place, geoparse, places_in, resolve_spans
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


def test_names_inside_organisations_and_demonyms(nlp: Any, gazetteer: Any) -> None:
    text = "Officials at the Texas Department of State Health Services said Russian troops had left."
    doc = _parse(text, nlp, gazetteer)
    texas = _at(doc, "Texas")
    assert texas.feature_code == "ADM1" and texas.role == "other"
    russian = _at(doc, "Russian")
    assert russian.country_code == "RU" and russian.role == "other"
    assert "Russian" not in {p.mention for p in geoparse(Document(id="t", text=text), nlp(text), gazetteer,
                                                         demonyms=False).places}


def test_water_bodies_resolve(nlp: Any, gazetteer: Any) -> None:
    doc = _parse("The storm crossed the Atlantic Ocean before reaching Florida.", nlp, gazetteer)
    ocean = _at(doc, "Atlantic Ocean")
    assert ocean.feature_code == "OCN" and ocean.country_code is None


def test_gold_spans_missing_from_the_index_take_the_focus(nlp: Any, gazetteer: Any) -> None:
    text = "Crowds filled Frenchmen Street in New Orleans. New Orleans police watched."
    spans = [(text.index("Frenchmen Street"), text.index("Frenchmen Street") + 16),
             (text.index("New Orleans"), text.index("New Orleans") + 11)]
    street, city = resolve_spans(Document(id="t", text=text), nlp(text), gazetteer, spans)
    assert city is not None and street is not None
    assert street.geonameid is None and street.confidence < city.confidence
    assert _km(street.latitude, street.longitude, city.latitude, city.longitude) < 1


@pytest.mark.parametrize(
    ("text", "trigger", "mention", "precision"),
    [
        ("Russian forces shelled Bakhmut, Donetsk Oblast, on Monday.", "shelled", "Bakhmut", 1),
        ("Artillery hit positions near Bakhmut after talks in Kyiv.", "hit", "Bakhmut", 2),
        ("Fighting raged south of Kramatorsk, officials in Kyiv said.", "Fighting", "Kramatorsk", 2),
        ("Heavy fighting continued in Luhansk Oblast, Moscow said.", "fighting", "Luhansk Oblast", 3),
    ],
)
def test_event_place_and_precision(nlp: Any, gazetteer: Any, text: str, trigger: str, mention: str,
                                   precision: int) -> None:
    parsed = nlp(text)
    doc = geoparse(Document(id="t", text=text), parsed, gazetteer)
    index = next(t.i for t in parsed if t.text == trigger)
    place, geo_precision = event_place(doc, parsed, 0, len(text), index)
    assert place is not None and place.mention == mention
    assert geo_precision == precision


def test_event_place_without_places(nlp: Any, gazetteer: Any) -> None:
    text = "Nothing happened overnight."
    parsed = nlp(text)
    doc = geoparse(Document(id="t", text=text), parsed, gazetteer)
    assert event_place(doc, parsed, 0, len(text)) == (None, None)


@pytest.mark.model
def test_people_months_and_acronyms_are_not_places(nlp: Any, gazetteer: Any) -> None:
    text = ("President Barack Obama spoke in Chicago on Jan. 5. Later, Obama met Mr. Ripley at the "
            "White House in Washington. The SRT team flew to Chicago.")
    doc = _parse(text, nlp, gazetteer)
    mentions = {p.mention for p in doc.places}
    assert "Chicago" in mentions
    assert not mentions & {"Obama", "Jan.", "Ripley", "SRT"}


@pytest.mark.model
def test_alternate_spelling_of_a_small_town_loses_to_a_big_namesake(nlp: Any, gazetteer: Any) -> None:
    # Swainsboro, Georgia, carries "Paris" among its alternate names; towns named Paris exist.
    text = "Officials in Atlanta, Savannah and Augusta, Georgia, met the mayor of Paris."
    doc = _parse(text, nlp, gazetteer)
    assert _at(doc, "Paris").name == "Paris"


@pytest.mark.model
def test_places_opening_organisation_names_and_qualified_places(nlp: Any, gazetteer: Any) -> None:
    text = ("The U.S. Department of Education and American Airlines gave money to schools "
            "in Northeast Georgia.")
    doc = _parse(text, nlp, gazetteer)
    assert _at(doc, "U.S.").country_code == "US"
    assert _at(doc, "American").role == "other"
    assert _at(doc, "Northeast Georgia").name == "Georgia"
    parsed = nlp(text)
    plain = geoparse(Document(id="t", text=text), parsed, gazetteer, demonyms=False)
    assert "American" not in {p.mention for p in plain.places}


@pytest.mark.model
def test_namesake_county_in_the_state_the_text_names(nlp: Any, gazetteer: Any) -> None:
    text = "Deputies in Henry County arrested two men. Georgia officials said the Henry County jail was full."
    counties = [p for p in _parse(text, nlp, gazetteer).places if p.mention == "Henry County"]
    assert counties and all(p.country_code == "US" and p.admin1 == "Georgia" for p in counties)


@pytest.mark.model
def test_gold_spans_of_organisations_take_the_place_named_inside(nlp: Any, gazetteer: Any) -> None:
    def resolve(text: str, phrase: str) -> Place | None:
        start = text.index(phrase)
        return resolve_spans(Document(id="t", text=text), nlp(text), gazetteer,
                             [(start, start + len(phrase))])[0]

    court = resolve("Lawyers said the Delhi High Court would rule on Monday.", "Delhi High Court")
    assert court is not None and court.country_code == "IN"
    assert court.latitude is not None and court.longitude is not None
    assert _km(court.latitude, court.longitude, 28.65, 77.23) < 50
    # A lake named after a state is not in that state: no reading from the inner name.
    lake = resolve("Fishermen returned to Lake Vermont near Alexandria, Minnesota.", "Lake Vermont")
    assert lake is None or lake.name != "Vermont"


@pytest.mark.model
def test_a_place_name_keeps_its_sense_inside_organisation_names(nlp: Any, gazetteer: Any) -> None:
    text = "Traffic grew in Laconia, New Hampshire, last year. The Laconia Riding Club met on Monday."
    doc = _parse(text, nlp, gazetteer)
    again = text.index("Laconia Riding")
    assert any(p.start == again and p.end == again + len("Laconia") for p in doc.places)
    towns = [p for p in doc.places if p.mention == "Laconia"]
    assert len({(p.latitude, p.longitude) for p in towns}) == 1 and towns[0].admin1 == "New Hampshire"
