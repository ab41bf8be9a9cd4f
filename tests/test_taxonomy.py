"""ACLED, PLOVER and CASE 2021 vocabularies."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.taxonomy import (
    ACLED_TYPES,
    CASE2021_TO_ACLED,
    CASE2021_UNSEEN,
    INTER_CODES,
    TRIGGERS,
    acled_to_case2021,
    case2021_to_acled,
    event_type_of,
    is_violent,
)


def test_acled_has_six_types_and_twenty_five_sub_types() -> None:
    assert len(ACLED_TYPES) == 6
    subs = [s for group in ACLED_TYPES.values() for s in group]
    assert len(subs) == 25 and len(set(subs)) == 25
    assert "Shelling/artillery/missile attack" in ACLED_TYPES["Explosions/Remote violence"]


def test_sub_type_lookup_and_violence() -> None:
    assert event_type_of("Non-state actor overtakes territory") == "Battles"
    assert event_type_of("Disrupted weapons use") == "Strategic developments"
    assert is_violent("Battles") and not is_violent("Strategic developments")
    with pytest.raises(KeyError):
        event_type_of("Cyber attack")


def test_inter_codes_follow_acled() -> None:
    assert INTER_CODES[1] == "State forces" and INTER_CODES[7] == "Civilians" and len(INTER_CODES) == 8


def test_case2021_round_trip() -> None:
    assert len(CASE2021_TO_ACLED) == 25
    for code, (etype, sub) in CASE2021_TO_ACLED.items():
        assert sub in ACLED_TYPES[etype]
        assert acled_to_case2021(sub) == code
    assert case2021_to_acled("art_miss_attack") == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert case2021_to_acled("DIPLO") is None and "DIPLO" in CASE2021_UNSEEN
    assert acled_to_case2021("Excessive force against protestors") == "FORCE_AGAINST_PROTEST"


def test_triggers_map_to_known_classes() -> None:
    assert TRIGGERS["shell"] == "remote" and TRIGGERS["capture"] == "take" and TRIGGERS["demine"] == "demine"


def test_case2021_labels_match_the_shared_list(shared: Path) -> None:
    listed = (shared / "data" / "case2021_task2" / "event_types.txt").read_text().split()
    assert set(listed) == set(CASE2021_TO_ACLED)
