"""Numbers: words and digits, vague quantities, ranges, casualty relations, cumulative tolls."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.figures import casualty_kind, find_figures, find_quantities, is_cumulative, parse_number
from sitrep.schema import Document, Quote, Span


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("nine", 9),
        ("1,500", 1500),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("dozens", 12),
        ("hundreds", 100),
        ("1.5 million", 1_500_000),
        ("one hundred and twenty", 120),
        ("100,000", 100_000),
    ],
)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == value


def test_parse_number_rejects_words() -> None:
    assert parse_number("several") is None and parse_number("") is None and parse_number("T-62") is None


def test_cumulative_cues() -> None:
    assert is_cumulative("1,500 people have died since the start of the war")
    assert is_cumulative("the toll so far stands at 40")
    assert not is_cumulative("the shelling killed nine people on Thursday")


@pytest.mark.model
def test_quantities_ranges_and_qualifiers(nlp: Any) -> None:
    parsed = nlp("There are about 12,000 to 13,000 people left, and up to a dozen battalion groups arrived.")
    qs = {q.text: q for q in find_quantities(parsed)}
    assert qs["about 12,000 to 13,000"].low == 12000 and qs["about 12,000 to 13,000"].high == 13000
    assert qs["about 12,000 to 13,000"].qualifier == "about"
    assert qs["up to a dozen"].value == 12 and qs["up to a dozen"].qualifier == "up to"


@pytest.mark.model
def test_not_counts(nlp: Any) -> None:
    parsed = nlp("Listen 29:07. Russia deployed 50-year-old T-62 tanks and a 5-month-old baby was hurt.")
    texts = [q.text for q in find_quantities(parsed)]
    assert not any(t in ("29", "07", "50", "62", "5") for t in texts), texts


@pytest.mark.model
def test_casualty_kinds(nlp: Any) -> None:
    parsed = nlp(
        "Reporters saw the bodies of at least two dead and four wounded men. The strike killed nine people."
    )
    kinds = {q.text: casualty_kind(parsed, q) for q in find_quantities(parsed)}
    assert kinds == {"at least two": "killed", "four": "wounded", "nine": "killed"}


@pytest.mark.model
def test_figures_carry_source_and_cumulative_flag(nlp: Any) -> None:
    text = (
        "At least 1,500 people have died in the city since the war began, he said. "
        "90% of the buildings are damaged."
    )
    parsed = nlp(text)
    quote = Quote(
        speaker="Oleksandr Stryuk",
        kind="indirect",
        text=text[:62],
        start=0,
        end=62,
        content_spans=(Span(0, 62),),
    )
    doc = Document(id="t", text=text, quotes=(quote,), outlet="Wire")
    figures = find_figures(doc, parsed)
    toll = next(f for f in figures if f.value == 1500)
    assert toll.qualifier == "at least" and "cumulative" in toll.what and toll.source == "Oleksandr Stryuk"
    share = next(f for f in figures if f.unit == "%")
    assert share.value == 90 and "buildings" in share.what and share.source == "Wire"
    assert find_figures(doc, parsed, exclude={(toll.start, toll.end)}) != figures
