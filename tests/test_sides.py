"""Which side a quoted source speaks for, from the words the text gives them."""

from __future__ import annotations

import pytest

from sitrep.schema import Document, Place, Quote
from sitrep.sides import assign_sides, speaker_side


@pytest.mark.parametrize(
    "speaker,role,country,side",
    [
        ("Oleksiy Arestovich", "Ukrainian presidential adviser", None, "Ukrainian official"),
        ("Dmitry Peskov", "Kremlin spokesman", None, "Russian official"),
        ("Denis Pushilin", "leader of the Donetsk People's Republic", None, "Russian-backed separatists"),
        ("Oleh Zhdanov", "Ukrainian military analyst", None, "analyst"),
        ("AP reporters", None, None, "journalist"),
        ("Mark Poppert", "American volunteer working with British charity RefugEase", None, "volunteer"),
        ("Liz Truss", "British Foreign Secretary", None, "foreign official"),
        ("Oleksandr Stryuk", "Severodonetsk Mayor", "UA", "Ukrainian official"),
        ("Svetlana", "a resident of the besieged city", None, "witness"),
        ("John Smith", None, None, None),
        ("Mayor", "mayor", None, None),  # an office with no country named: no side guessed
    ],
)
def test_speaker_side(speaker: str, role: str | None, country: str | None, side: str | None) -> None:
    assert speaker_side(speaker, role, country) == side


def test_assign_sides_reads_the_place_named_in_the_role() -> None:
    text = "“The city is destroyed,” Severodonetsk Mayor Oleksandr Stryuk told AP."
    place = Place(mention="Severodonetsk", start=text.index("Severodonetsk"),
                  end=text.index("Severodonetsk") + 13, country_code="UA", feature_code="PPL", role="other")
    quote = Quote(speaker="Oleksandr Stryuk", kind="direct", text="The city is destroyed,", start=0, end=24,
                  speaker_role="Severodonetsk Mayor")
    doc = assign_sides(Document(id="t", text=text, places=(place,), quotes=(quote,)))
    assert doc.quotes[0].speaker_side == "Ukrainian official"
