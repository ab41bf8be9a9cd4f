"""The language pipeline: the gazetteer ruler keeps place names the small model mislabels."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.model


def _ents(nlp: Any, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_ruler_sits_before_ner(nlp: Any) -> None:
    names = nlp.pipe_names
    assert names.index("sitrep_gazetteer_ruler") < names.index("ner")


def test_conflict_towns_are_places(nlp: Any) -> None:
    ents = _ents(nlp, "Russian-backed rebels said they had taken control of Lyman. "
                      "The shelling of Kharkiv killed nine people. Troops left Bakhmut.")
    assert ents.get("Lyman") == "GPE"
    assert ents.get("Kharkiv") == "GPE"
    assert ents.get("Bakhmut") == "GPE"


def test_regions_are_locations(nlp: Any) -> None:
    assert _ents(nlp, "Fighting continued in the Donbass on Monday.").get("Donbass") == "LOC"


def test_names_of_people_are_left_alone(nlp: Any) -> None:
    text = "Military analyst Oleh Zhdanov said the front held. Zhdanov said more troops were needed."
    doc = nlp(text)
    second = [e for e in doc.ents if e.text == "Zhdanov" and e.start_char > text.index("held")]
    assert all(e.label_ != "GPE" for e in second)  # Zhdanov is also an old name of Mariupol


def test_ordinary_words_are_not_places(nlp: Any) -> None:
    text = "There is little hope left. Hope is what the residents cling to."
    assert "Hope" not in {e.text for e in nlp(text).ents if e.label_ in ("GPE", "LOC")}


def test_load_is_cached(nlp: Any, gazetteer: Any) -> None:
    from sitrep.language import load_nlp

    assert load_nlp(gazetteer) is nlp


def test_dictionary_words_need_a_big_town(nlp: Any) -> None:
    # Justice (Illinois) is a small town; Kharkiv a city of a million.
    ents = _ents(nlp, "The Ministry of Justice said the case was closed. Shelling hit Kharkiv.")
    assert ents.get("Justice") != "GPE"
    assert ents.get("Kharkiv") == "GPE"
