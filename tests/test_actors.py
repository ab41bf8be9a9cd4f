"""Actor normalisation to ACLED names and inter codes."""

from __future__ import annotations

import pytest

from sitrep.actors import civilians, country_name, is_actor_word, opponent, resolve_actor, side_of


def test_state_forces_abroad_are_external() -> None:
    actor = resolve_actor("Moscow forces", country="UA")
    assert actor is not None and actor.name == "Military Forces of Russia (2000-)" and actor.inter == 8
    home = resolve_actor("Ukrainian forces", country="UA")
    assert home is not None and home.name == "Military Forces of Ukraine (2019-)" and home.inter == 1


@pytest.mark.parametrize(
    ("mention", "admin1", "name"),
    [
        ("Russian-backed rebels", "Donetsk", "Donetsk People's Republic"),
        ("Moscow-backed separatists", "Luhansk Oblast", "Luhansk People's Republic"),
        ("pro-Russian separatists", None, "Russian-backed separatists"),
    ],
)
def test_separatists_by_region(mention: str, admin1: str | None, name: str) -> None:
    actor = resolve_actor(mention, country="UA", admin1=admin1)
    assert actor is not None and actor.name == name and actor.inter == 2


def test_victims_and_others() -> None:
    victims = resolve_actor("nine people", country="UA")
    assert victims is not None and (victims.name, victims.inter) == ("Civilians (Ukraine)", 7)
    assert civilians(None).name == "Civilians"
    belarus = resolve_actor("neighboring Belarus", country=None)
    assert belarus is not None and belarus.name == "Military Forces of Belarus (1994-)" and belarus.inter == 1
    assert resolve_actor("the occupiers", country="UA", default_state="RU") is not None
    assert resolve_actor("a rail hub") is None
    gov = resolve_actor("Ukrainian authorities", country="UA")
    assert gov is not None and gov.name.startswith("Government of Ukraine")


def test_sides_and_opponents() -> None:
    dpr = resolve_actor("Russian-backed rebels", "UA", "Donetsk")
    assert side_of(dpr) == "RU"
    other = opponent(dpr, "UA", ("RU", "UA"))
    assert other is not None and other.name == "Military Forces of Ukraine (2019-)"
    assert opponent(dpr, "UA", None) is None


def test_helpers() -> None:
    assert country_name("RU") == "Russia" and country_name("UA") == "Ukraine" and country_name(None) is None
    assert is_actor_word("troops") and not is_actor_word("hub")
