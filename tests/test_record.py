"""The JSON record: exact round trip, JSON Schema validity, evidence text, hashing."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from sitrep.record import SCHEMA_VERSION, event_rows, from_record, record_hash, to_record
from sitrep.schema import Actor, Claim, Document, Event, Figure, Location, Place, Quote, Span, TimeRef, Zone

SCHEMA_PATH = Path(__file__).resolve().parents[1] / "docs" / "schema.json"

HEADLINE = "Russian forces shell Kharkiv"
BODY = (
    "Russian shelling killed nine people in Kharkiv on Thursday, officials said. "
    "\u201cWe lost Lyman,\u201d admitted Oleksiy Arestovich. Some 1,500 people have died in the city. "
    "Caption: a burned flat (Serhii Nuzhnenko/Reuters) \u2014 emoji \U0001f525 after."
)
TEXT = HEADLINE + "\n\n" + BODY


def at(needle: str, text: str = TEXT) -> Span:
    start = text.index(needle)
    return Span(start, start + len(needle))


def pos(needle: str) -> tuple[int, int]:
    span = at(needle)
    return span.start, span.end


def rich_document() -> Document:
    """A document with every field of every annotation set to a non-default value."""
    kharkiv = at("Kharkiv on")
    sentence = at("Russian shelling killed nine people in Kharkiv on Thursday, officials said.")
    quote = at("\u201cWe lost Lyman,\u201d")
    cue = at("admitted")
    speaker = at("Oleksiy Arestovich")
    caption = at("Caption: a burned flat (Serhii Nuzhnenko/Reuters)")
    figure = at("Some 1,500 people")
    event = Event(
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        event_date="2022-05-26",
        time_precision=1,
        actor1=Actor("Military Forces of Russia (2000-)", 1, "Russian", sentence.start, sentence.start + 7),
        actor2=Actor("Civilians (Ukraine)", 7, "nine people", *pos("nine people")),
        location=Location("Kharkiv", 706483, 49.98081, 36.25272, "Kharkiv", "UA", kharkiv.start,
                          kharkiv.start + 7),
        geo_precision=1,
        fatalities=9,
        status="confirmed",
        modality="asserted",
        source="officials",
        evidence=(sentence,),
        notes="Nine killed in shelling.",
        plover_type="ASSAULT",
        plover_mode="shelling",
        end_date="2022-05-27",
        trigger="shelling",
    )
    return Document(
        id="doc-1",
        text=TEXT,
        title=HEADLINE,
        published="2022-05-27",
        published_from="inferred",
        outlet="AP",
        url="https://example.org/a",
        source_path="/tmp/a.txt",
        zones=(
            Zone("headline", 0, len(HEADLINE)),
            Zone("body", len(HEADLINE) + 2, caption.start),
            Zone("caption", caption.start, caption.end, "Serhii Nuzhnenko/Reuters", "Reuters"),
        ),
        places=(
            Place("Kharkiv", kharkiv.start, kharkiv.start + 7, 706483, "Kharkiv", 49.98081, 36.25272, "UA",
                  "Kharkiv", "PPLA", "location", 0.93),
            Place("Lyman", *pos("Lyman"), None, None, None, None, None, None, None, "other", 0.1),
        ),
        timerefs=(
            TimeRef("Thursday", *pos("Thursday"), "DATE", "2022-05-26", "2022-05-26",
                    "2022-05-26", "day"),
        ),
        events=(event, dataclasses.replace(event, modality="negated", actor2=None, location=None,
                                           fatalities=None, evidence=())),
        quotes=(
            Quote("Oleksiy Arestovich", "direct", "We lost Lyman,", quote.start, quote.end, "admitted",
                  "presidential adviser", speaker.start, speaker.end, cue.start, cue.end,
                  (Span(quote.start + 1, quote.end - 2),), "concede", "Ukrainian official"),
        ),
        figures=(Figure("deaths in the city", figure.start, figure.end, 1500.0, 1400.0, 1600.0, "some",
                        "people", "officials"),),
        claims=(Claim("We lost Lyman", "Oleksiy Arestovich", "admitted", "concede", quote.start, quote.end,
                      0),),
        warnings=("published date inferred",),
        happenings=(
            Event(event_type="Outside ACLED scope", sub_event_type="Political act", event_date="2022-05-27",
                  time_precision=3, actor1=Actor("Government of Hungary", 1, "Hungary", *pos("Lyman")),
                  evidence=(sentence,), plover_type="REJECT", trigger="lost", date_from="document"),
        ),
    )


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_round_trip_is_exact() -> None:
    doc = rich_document()
    assert from_record(to_record(doc)) == doc


def test_round_trip_survives_json_text() -> None:
    doc = rich_document()
    text = json.dumps(to_record(doc), ensure_ascii=False)
    assert from_record(json.loads(text)) == doc


def test_minimal_document_round_trips_and_validates(validator: Any) -> None:
    doc = Document(id="empty", text="")
    record = to_record(doc)
    validator.validate(record)
    assert from_record(record) == doc
    assert record["schema_version"] == SCHEMA_VERSION
    assert isinstance(record["sitrep_version"], str)


def test_records_of_another_major_version_are_refused() -> None:
    record = to_record(rich_document())
    assert from_record(dict(record, schema_version="1.7")) == rich_document()  # minor bumps stay readable
    with pytest.raises(ValueError, match="schema version 2.0"):
        from_record(dict(record, schema_version="2.0"))


def test_rich_record_validates_against_json_schema(validator: Any) -> None:
    validator.validate(to_record(rich_document()))


@pytest.mark.parametrize(
    "path, bad",
    [
        (("events", 0, "time_precision"), 7),
        (("events", 0, "status"), "rumoured"),
        (("places", 0, "latitude"), 123.0),
        (("document", "published_from"), "guessed"),
        (("zones", 0, "kind"), "sidebar"),
    ],
)
def test_schema_rejects_bad_values(validator: Any, path: tuple[Any, ...], bad: Any) -> None:
    record = to_record(rich_document())
    target: Any = record
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = bad
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(record)


def test_schema_rejects_unknown_and_missing_fields(validator: Any) -> None:
    record = to_record(rich_document())
    extra = copy.deepcopy(record)
    extra["events"][0]["confidence_score"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(extra)
    missing = copy.deepcopy(record)
    del missing["events"][0]["evidence"]
    with pytest.raises(jsonschema.ValidationError):
        validator.validate(missing)


def test_event_actors_are_acled_names_with_inter_codes() -> None:
    ev = to_record(rich_document())["events"][0]
    assert ev["actor1"] == "Military Forces of Russia (2000-)" and ev["inter1"] == 1
    assert ev["actor2"] == "Civilians (Ukraine)" and ev["inter2"] == 7
    assert ev["location"]["geonameid"] == 706483


def test_evidence_carries_the_text_it_points_to() -> None:
    record = to_record(rich_document())
    text = record["document"]["text"]
    for event in record["events"]:
        for span in event["evidence"]:
            assert span["text"] == text[span["start"] : span["end"]]
    assert record["events"][0]["evidence"][0]["text"].startswith("Russian shelling killed nine")


def test_offsets_are_python_string_indices_past_astral_characters() -> None:
    doc = rich_document()
    record = to_record(doc)
    # the caption zone lies before the emoji; a span after it must still slice the same in Python
    start = TEXT.index("after")
    moved = dataclasses.replace(doc.events[0], evidence=(Span(start, start + 5),))
    doc2 = dataclasses.replace(doc, events=(moved,))
    assert to_record(doc2)["events"][0]["evidence"][0]["text"] == "after"
    assert record["zones"][2]["credit"] == "Serhii Nuzhnenko/Reuters"


def test_every_dataclass_field_is_carried() -> None:
    """A field added to the schema but forgotten here would silently vanish in the store."""
    record = to_record(rich_document())
    for cls, key in ((Place, "places"), (TimeRef, "timerefs"), (Figure, "figures"), (Claim, "claims")):
        assert {f.name for f in dataclasses.fields(cls)} == set(record[key][0]), cls.__name__
    quote_keys = set(record["quotes"][0])
    assert {f.name for f in dataclasses.fields(Quote)} == quote_keys
    event_keys = set(record["events"][0])
    mapped = {"actor1", "actor2"}
    assert {f.name for f in dataclasses.fields(Event)} - mapped <= event_keys
    assert {f.name for f in dataclasses.fields(Location)} == set(record["events"][0]["location"])
    doc_fields = {f.name for f in dataclasses.fields(Document)}
    annotations = {"zones", "places", "timerefs", "events", "quotes", "figures", "claims", "happenings"}
    assert annotations <= set(record)
    assert doc_fields - annotations <= set(record["document"])


def test_record_hash_ignores_version_but_not_content() -> None:
    record = to_record(rich_document())
    bumped = dict(record, sitrep_version="99.0")
    assert record_hash(bumped) == record_hash(record)
    changed = copy.deepcopy(record)
    changed["events"][0]["fatalities"] = 10
    assert record_hash(changed) != record_hash(record)


def test_event_rows_pair_events_with_their_evidence() -> None:
    doc = rich_document()
    rows = event_rows(doc)
    assert [r.index for r in rows] == [0, 1]
    assert rows[0].evidence[0] == TEXT[doc.events[0].evidence[0].start : doc.events[0].evidence[0].end]
    assert rows[1].evidence == ()
    assert rows[0].doc_id == "doc-1" and rows[0].outlet == "AP"


@pytest.mark.model
def test_pipeline_output_fits_the_record(request: pytest.FixtureRequest, validator: Any) -> None:
    """Whatever the stages emit for the bundled sample must validate and round-trip."""
    for module in ("events", "attribution", "geoparse", "timeref", "pipeline"):
        pytest.importorskip(f"sitrep.{module}")
    doc = request.getfixturevalue("sample_doc")
    record = to_record(doc)
    validator.validate(record)
    assert from_record(json.loads(json.dumps(record))) == doc
