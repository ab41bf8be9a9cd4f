"""Exports: ACLED-layout CSV, GeoJSON, JSON Lines; the ACLED conventions behind the derived columns."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from sitrep.acled_columns import civilian_targeting, country_info, disorder_type, interaction, region
from sitrep.export import CSV_COLUMNS, write_csv, write_geojson, write_jsonl
from sitrep.record import event_rows, from_record
from sitrep.schema import Actor, Document, Event, Location, Span
from sitrep.store import SQLiteStore

# ACLED's export columns in ACLED's order, as the ACLED codebook lists them.
ACLED_HEADER = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]

TEXT = (
    "Russian shelling killed nine people in Kharkiv, officials said. "
    "Fighting raged in Lysychansk, with \"heavy\" losses. "
    "Kyiv denied that any strike hit Odesa. "
    "Troops may push toward Sloviansk."
)


def span(needle: str) -> tuple[Span, ...]:
    start = TEXT.index(needle)
    return (Span(start, start + len(needle)),)


RUSSIA = Actor("Military Forces of Russia (2000-)", 1)
UKRAINE = Actor("Military Forces of Ukraine (2019-)", 1)


def make_doc(doc_id: str = "d1") -> Document:
    return Document(
        id=doc_id, text=TEXT, title="Donbas", published="2022-05-27", outlet="AP", url="https://example.org/x",
        events=(
            Event("Explosions/Remote violence", "Shelling/artillery/missile attack", "2022-05-26", 1, RUSSIA,
                  Actor("Civilians (Ukraine)", 7), Location("Kharkiv", 706483, 49.98, 36.25, "Kharkiv", "UA"),
                  1, 9, source="officials", evidence=span("Russian shelling killed nine people in Kharkiv")),
            Event("Battles", "Armed clash", "2022-05-27", 1, RUSSIA, UKRAINE,
                  Location("Lysychansk", 702658, 48.90, 38.43, "Luhansk", "UA"), 1,
                  evidence=span("Fighting raged in Lysychansk, with \"heavy\" losses.")),
            Event("Explosions/Remote violence", "Air/drone strike", "2022-05-27", 1, RUSSIA,
                  location=Location("Odesa", 698740, 46.48, 30.73, "Odesa", "UA"), modality="negated",
                  evidence=span("Kyiv denied that any strike hit Odesa.")),
            Event("Battles", "Armed clash", None, 3, UKRAINE, modality="hypothetical",
                  evidence=span("Troops may push toward Sloviansk.")),
            Event("Strategic developments", "Other", "2022-05-27", 2, UKRAINE),  # no location at all
        ),
    )


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_header_is_acleds_then_sitreps() -> None:
    buf = io.StringIO()
    write_csv([make_doc()], buf)
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header[: len(ACLED_HEADER)] == ACLED_HEADER
    assert header == list(CSV_COLUMNS)
    extras = set(header[len(ACLED_HEADER) :])
    assert {"status", "modality", "evidence", "doc_id", "geonameid", "plover_type"} <= extras


def test_csv_rows_derive_acled_columns() -> None:
    buf = io.StringIO()
    n = write_csv([make_doc()], buf)
    rows = read_csv(buf.getvalue())
    assert n == len(rows) == 3  # negated and hypothetical left out
    shelling, clash, other = rows
    assert shelling["disorder_type"] == "Political violence"
    assert shelling["interaction"] == "17" and shelling["civilian_targeting"] == "Civilian targeting"
    assert (shelling["iso"], shelling["country"], shelling["region"]) == ("804", "Ukraine", "Europe")
    assert shelling["year"] == "2022" and shelling["fatalities"] == "9"
    assert shelling["event_id_cnty"].startswith("UKR")
    assert shelling["latitude"] == "49.98" and shelling["longitude"] == "36.25"
    assert shelling["source"] == "AP; officials"
    assert shelling["evidence"] == "Russian shelling killed nine people in Kharkiv"
    assert clash["interaction"] == "11" and clash["civilian_targeting"] == ""
    assert clash["fatalities"] == "0"  # ACLED writes 0 when none reported
    assert clash["evidence"] == 'Fighting raged in Lysychansk, with "heavy" losses.'
    assert other["disorder_type"] == "Strategic developments" and other["interaction"] == "10"
    assert other["latitude"] == "" and other["country"] == "" and other["event_id_cnty"].startswith("XXX")


def test_csv_include_all_keeps_negated_and_hypothetical() -> None:
    buf = io.StringIO()
    assert write_csv([make_doc()], buf, include_all=True) == 5
    modalities = [r["modality"] for r in read_csv(buf.getvalue())]
    assert "negated" in modalities and "hypothetical" in modalities


def test_event_ids_are_unique_and_stable() -> None:
    first, second = io.StringIO(), io.StringIO()
    write_csv([make_doc("d1"), make_doc("d2")], first, include_all=True)
    write_csv([make_doc("d1"), make_doc("d2")], second, include_all=True)
    ids = [r["event_id_cnty"] for r in read_csv(first.getvalue())]
    assert len(ids) == len(set(ids)) == 10
    assert ids == [r["event_id_cnty"] for r in read_csv(second.getvalue())]


def test_export_from_a_store_fills_the_timestamp(tmp_path: Path) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        store.add(make_doc())
        buf = io.StringIO()
        write_csv(store, buf)
    rows = read_csv(buf.getvalue())
    assert len(rows) == 3
    assert all(r["timestamp"].isdigit() and int(r["timestamp"]) > 1_600_000_000 for r in rows)


def test_geojson_structure() -> None:
    buf = io.StringIO()
    n = write_geojson(make_doc(), buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == 3
    shelling = fc["features"][0]
    assert shelling["type"] == "Feature"
    assert shelling["geometry"] == {"type": "Point", "coordinates": [36.25, 49.98]}  # [lon, lat]
    props = shelling["properties"]
    assert props["event_type"] == "Explosions/Remote violence" and props["fatalities"] == 9
    assert props["evidence"] == ["Russian shelling killed nine people in Kharkiv"]
    assert props["actor1"] == RUSSIA.name and props["inter2"] == 7 and props["status"] == "reported"
    assert fc["features"][2]["geometry"] is None  # no location: kept, with null geometry
    assert fc["features"][1]["properties"]["fatalities"] is None  # unknown stays unknown here


def test_geojson_accepts_event_rows_and_include_all() -> None:
    rows = event_rows(make_doc())
    buf = io.StringIO()
    assert write_geojson(rows[:2], buf) == 2
    buf = io.StringIO()
    assert write_geojson([make_doc()], buf, include_all=True) == 5


def test_jsonl_is_one_record_per_document() -> None:
    docs = [make_doc("d1"), make_doc("d2")]
    buf = io.StringIO()
    assert write_jsonl(docs, buf) == 2
    lines = buf.getvalue().splitlines()
    assert len(lines) == 2
    assert [from_record(json.loads(line)) for line in lines] == docs  # all events kept, negated too


@pytest.mark.parametrize(
    "event_type, sub, expected",
    [
        ("Battles", "Armed clash", "Political violence"),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        ("Protests", "Excessive force against protesters", "Political violence; Demonstrations"),
        ("Riots", "Violent demonstration", "Demonstrations"),
        ("Riots", "Mob violence", "Political violence"),
        ("Strategic developments", "Arrests", "Strategic developments"),
        ("Earthquake", "Other", ""),
    ],
)
def test_disorder_type(event_type: str, sub: str, expected: str) -> None:
    assert disorder_type(event_type, sub) == expected


def test_interaction_codes_put_the_lower_code_first() -> None:
    assert interaction(7, 1) == interaction(1, 7) == 17
    assert interaction(2, None) == interaction(None, 2) == 20
    assert interaction(None, None) is None


def test_civilian_targeting() -> None:
    assert civilian_targeting("Violence against civilians", "Attack", 1, None) == "Civilian targeting"
    assert civilian_targeting("Explosions/Remote violence", "Air/drone strike", 1, 7) == "Civilian targeting"
    assert civilian_targeting("Protests", "Peaceful protest", 6, 7) == ""
    assert civilian_targeting("Battles", "Armed clash", 1, 2) == ""


def test_country_conventions() -> None:
    assert country_info("RU") == ("Russia", 643, "RUS")
    assert country_info("ua") == ("Ukraine", 804, "UKR")
    assert country_info("XK")[1] == 0
    assert country_info(None) == ("", None, "") and country_info("QQ") == ("", None, "")
    assert (region("SY"), region("UA"), region("AZ"), region("NG")) == (
        "Middle East", "Europe", "Caucasus and Central Asia", "Western Africa")
    assert region(None) == ""
