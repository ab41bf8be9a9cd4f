"""Political acts outside ACLED's scope: PLOVER-coded, kept apart from ACLED events."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.happenings import OUTSIDE_ACLED, code_happenings
from sitrep.schema import Document, Event, Place, Span, Zone

pytestmark = pytest.mark.model


def _doc(text: str, **extra: Any) -> Document:
    places = []
    for name, code in (("Hungary", "HU"), ("Russia", "RU")):
        i = text.find(name)
        if i >= 0:
            places.append(Place(mention=name, start=i, end=i + len(name), name=name, country_code=code,
                                feature_code="PCLI", role="actor", confidence=0.9))
    return Document(id="t", text=text, published="2022-05-27", zones=(Zone("body", 0, len(text)),),
                    places=tuple(places), **extra)


def test_states_political_acts_are_coded_outside_acled(nlp: Any) -> None:
    text = (
        "Hungary, one of Moscow's closest allies in the EU, is obstructing the deal. "
        "The president had harsh words for the European Union, which has not agreed to new sanctions."
    )
    doc = code_happenings(_doc(text), nlp(text))
    got = {(h.actor1.name if h.actor1 else None, h.plover_type) for h in doc.happenings}
    assert got == {("Government of Hungary", "PROTEST"), ("European Union", "REJECT")}
    for h in doc.happenings:
        assert h.event_type == OUTSIDE_ACLED and h.fatalities is None and h.location is None
        assert h.evidence and text[h.evidence[0].start : h.evidence[0].end].strip()
        assert h.actor1 is not None and h.actor1.start is not None
        assert text[h.actor1.start : h.actor1.end] in ("Hungary", "European Union")


def test_people_pronouns_descriptions_and_acled_sentences_give_no_happening(nlp: Any) -> None:
    text = (
        "He rejected the plan. "
        "Russian-backed separatists held a vote. "
        "Russia rejected the proposal on Friday."
    )
    third = text.index("Russia rejected")
    taken = Event(event_type="Battles", sub_event_type="Armed clash", event_date=None, time_precision=3,
                  evidence=(Span(third, len(text)),))
    doc = code_happenings(_doc(text, events=(taken,)), nlp(text))
    assert doc.happenings == ()
    alone = code_happenings(_doc(text), nlp(text))
    assert [(h.actor1.name if h.actor1 else None, h.plover_type) for h in alone.happenings] == [
        ("Government of Russia (2000-)", "REJECT")
    ]
