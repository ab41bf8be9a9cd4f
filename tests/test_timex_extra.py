"""The extra time-expression rules: spoken years, results periods, counted durations, ordinals."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.timex import find_timexes
from sitrep.timex_extra import entity_duration, spoken_year

DCT = date(1989, 10, 30)


def values(text: str, dct: date = DCT) -> dict[str, str]:
    return {text[n.start:n.end]: n.value for n in find_timexes(text, dct)}


@pytest.mark.parametrize(("words", "year"), [
    ("nineteen ninety-six", 1996), ("nineteen seventy nine", 1979), ("nineteen oh five", 1905),
    ("two thousand", 2000), ("two thousand and one", 2001), ("twenty twenty", None),
])
def test_spoken_year(words: str, year: int | None) -> None:
    assert spoken_year(words) == year


def test_spoken_years_in_text_but_not_counts() -> None:
    got = values("In nineteen ninety-six, in January nineteen ninety-seven and in the year two thousand; "
                 "the winter of nineteen ninety-four.")
    assert got["nineteen ninety-six"] == "1996"
    assert got["January nineteen ninety-seven"] == "1997-01"
    assert got["the year two thousand"] == "2000"
    assert got["the winter of nineteen ninety-four"] == "1994-WI"
    assert "two thousand" not in values("More than two thousand troops arrived.")


def test_results_periods() -> None:
    got = values("Profit in the 1988 third quarter and this year's first quarter beat last year's quarter; "
                 "the latest period was weak, as was the same period last year.")
    assert got["the 1988 third quarter"] == "1988-Q3"
    assert got["this year's first quarter"] == "1989-Q1"
    assert got["last year's quarter"] == "1988-Q3"  # DCT late October: the third quarter was just reported
    assert got["the latest period"] == "1989-Q3"
    assert got["the same period last year"] == "1988-Q3"


def test_year_ago_takes_the_quarter_under_discussion() -> None:
    got = values("Net income rose in the third quarter. A year earlier it was lower; "
                 "year-earlier sales fell.")
    assert got["A year earlier"] == "1988-Q3"
    assert got["year-earlier"] == "1988-Q3"


def test_the_year_ended_is_a_duration_and_year_end_a_date() -> None:
    got = values("Revenue for the year ended March 31 rose; results at year-end will tell.")
    assert got["the year"] == "P1Y"
    assert got["year-end"] == "1989"


def test_counted_durations() -> None:
    assert values("It took two more weeks and eight trading days.") == {"two more weeks": "P2W",
                                                                         "eight trading days": "P8D"}
    assert entity_duration("the next couple of years") == "P2Y"
    assert entity_duration("an additional year") == "P1Y"
    assert entity_duration("the day") is None


def test_a_second_time_is_an_ordinal() -> None:
    assert values("He ran for a second time.") == {}
    assert values("It lasted a second.") == {"a second": "PT1S"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "dct", "value"), [
    ("Relatives said they would look for ways to get around Wednesday's ruling.", date(2000, 1, 7),
     "2000-01-05"),
    ("The government staged celebrations to mark the entry into NATO on Friday.", date(1999, 3, 13),
     "1999-03-12"),
    ("The offer had been scheduled to expire on Friday.", date(1989, 10, 30), "1989-10-27"),
    ("They plan to leave on Thursday.", date(2022, 5, 27), "2022-06-02"),
])
def test_weekday_side_from_the_clause(nlp: object, text: str, dct: date, value: str) -> None:
    parsed = nlp(text)  # type: ignore[operator]
    assert [n.value for n in find_timexes(text, dct, parsed)] == [value]


def test_clock_time_joins_its_day_across_a_gmt_aside() -> None:
    text = "The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building."
    assert values(text, date(1998, 8, 8)) == {"10:35 a.m. (0735 GMT) Friday": "1998-08-07T10:35"}


def test_sentence_initial_month_and_the_full_year() -> None:
    got = values("In March, the company got an offer. Results for the full year will follow.")
    assert got["March"] == "1989-03"
    assert got["the full year"] == "1989"
