"""End to end on the bundled sample: what a careful analyst reads out of it.

The expectations are the acceptance criteria of the project's first issue,
written from ../shared/seed/expected.yaml (the article itself is bundled).
"""

from __future__ import annotations

import math
from typing import Any

import pytest

pytestmark = pytest.mark.model

TRUE_POSITIONS = {
    "Severodonetsk": (48.95, 38.49),
    "Lysychansk": (48.90, 38.43),
    "Lyman": (48.99, 37.81),
    "Bakhmut": (48.60, 38.00),
    "Horenka": (50.55, 30.32),
    "Kharkiv": (49.99, 36.23),
    "Chernihiv": (51.51, 31.29),
}

# (opening words of the quoted content, the speaker's surname)
QUOTES = [
    ("There should be no talk of a ceasefire", "Truss"),
    ("Massive artillery bombardment does not stop", "Stryuk"),
    ("The city is systematically destroyed", "Stryuk"),
    ("At least 1,500 people have died", "Stryuk"),
    ("There are about 12,000 to 13,000 people left", "Stryuk"),
    ("Bakhmut is a high-risk area", "Poppert"),
    ("We try to get as many people out", "Poppert"),
    ("We lost Lyman", "Arestovich"),
    ("its soldiers countered Russian attempts", "spokesman"),
    ("Russian forces took advantage of delays", "Zhdanov"),
    ("meaning the world’s second army", "Zhdanov"),
    ("it is in Putin’s interest", "Sunhurovskyi"),
    ("We need heavy weapons", "Kuleba"),
    ("Every day of delay", "Zelensky"),
    ("Russia’s offensive in the Donbass could leave its communities in ashes", "Zelensky"),
    ("killed nine people", "Zelensky"),
]


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (la1, lo1), (la2, lo2) = (tuple(math.radians(x) for x in p) for p in (a, b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def offset_of(doc: Any, phrase: str) -> int:
    at = doc.text.find(phrase)
    assert at >= 0, phrase
    return at


def test_publication_date_is_inferred_from_the_war_day_count(sample_doc: Any) -> None:
    assert sample_doc.published == "2022-05-27"
    assert sample_doc.published_from == "inferred"


@pytest.mark.parametrize("mention", sorted(TRUE_POSITIONS))
def test_towns_resolve_within_25_km(sample_doc: Any, mention: str) -> None:
    found = [p for p in sample_doc.places if p.mention == mention and p.latitude is not None]
    assert found, f"{mention} not resolved"
    for place in found:
        assert km((place.latitude, place.longitude), TRUE_POSITIONS[mention]) <= 25, place


PROVINCE_PHRASES = ["Luhansk, one of the two provinces", "Donetsk, the other Donbass province"]


@pytest.mark.parametrize("phrase", PROVINCE_PHRASES)
def test_provinces_resolve_to_oblasts(sample_doc: Any, phrase: str) -> None:
    at = offset_of(sample_doc, phrase)
    place = next(p for p in sample_doc.places if p.start == at)
    assert place.feature_code == "ADM1"
    assert place.country_code == "UA"


def test_moscow_is_an_actor_never_a_location(sample_doc: Any) -> None:
    moscow = [p for p in sample_doc.places if p.mention.startswith("Moscow")]
    assert moscow, "Moscow mentions should be kept, as actors"
    assert all(p.role != "location" for p in moscow)
    assert all(ev.location is None or ev.location.name != "Moscow" for ev in sample_doc.events)


def test_kharkiv_shelling_on_thursday_killed_nine(sample_doc: Any) -> None:
    shelling = [
        ev for ev in sample_doc.events
        if ev.location and ev.location.name.startswith("Kharkiv")
        and ev.sub_event_type == "Shelling/artillery/missile attack"
    ]
    assert len(shelling) == 1
    ev = shelling[0]
    assert ev.event_date == "2022-05-26"
    assert ev.date_from == "expression" and ev.date_evidence is not None
    assert sample_doc.text[ev.date_evidence.start : ev.date_evidence.end] == "Thursday"
    assert ev.fatalities == 9
    assert ev.modality == "asserted"


def test_lyman_loss_dates_from_the_thursday_evening_admission(sample_doc: Any) -> None:
    lyman = [ev for ev in sample_doc.events if ev.location and ev.location.name == "Lyman"]
    assert lyman and all(ev.event_date == "2022-05-26" for ev in lyman)
    assert all(ev.date_from == "expression" and ev.date_evidence is not None for ev in lyman)
    # the evidence named is the expression giving the first day: Thursday (evening), not Friday
    assert all(
        sample_doc.text[ev.date_evidence.start : ev.date_evidence.end].startswith("Thursday")  # type: ignore[union-attr]
        for ev in lyman
    )


def test_lyman_capture_is_contested(sample_doc: Any) -> None:
    lyman = [ev for ev in sample_doc.events if ev.location and ev.location.name == "Lyman"]
    assert lyman
    assert any(ev.status == "contested" for ev in lyman)


def test_cumulative_toll_is_a_figure_not_an_event_toll(sample_doc: Any) -> None:
    assert all(ev.fatalities != 1500 for ev in sample_doc.events)
    assert any(f.value == 1500 for f in sample_doc.figures)


def test_nothing_is_drawn_from_the_podcast_promo(sample_doc: Any) -> None:
    promos = [z for z in sample_doc.zones if z.kind == "promo"]
    assert len(promos) == 1
    promo = promos[0]
    assert sample_doc.text[promo.start : promo.end].startswith("LISTEN | Why Eastern Ukrainians")
    assert sample_doc.text[promo.start : promo.end].rstrip().endswith("conflicts in eastern Ukraine.")

    def inside(start: int, end: int) -> bool:
        return promo.start < end and start < promo.end

    for ev in sample_doc.events:
        assert not any(inside(s.start, s.end) for s in ev.evidence), ev
    for q in sample_doc.quotes:
        assert not inside(q.start, q.end), q
        assert q.speaker is None or "Menendez" not in q.speaker and "Mirovalev" not in q.speaker
    assert not any("29:07" in sample_doc.text[f.start : f.end] for f in sample_doc.figures)


def test_four_captions_with_their_credits(sample_doc: Any) -> None:
    captions = [z for z in sample_doc.zones if z.kind == "caption"]
    credits = {z.credit for z in captions}
    assert credits == {
        "Aris Messinis/AFP/Getty Images",
        "Serhii Nuzhnenko/Reuters",
        "Christopher Furlong/Getty Images",
        "Alexei Furman/Getty Images",
    }


def test_quotes_have_the_right_speakers(sample_doc: Any) -> None:
    right = 0
    for opening, surname in QUOTES:
        at = offset_of(sample_doc, opening)
        covering = [q for q in sample_doc.quotes if q.start <= at < q.end]
        if any(q.speaker and surname.lower() in q.speaker.lower() for q in covering):
            right += 1
    assert right >= 13, f"only {right} of {len(QUOTES)} quotes with the right speaker"


def test_every_event_carries_evidence_inside_the_text(sample_doc: Any) -> None:
    assert sample_doc.events
    for ev in sample_doc.events:
        assert ev.evidence
        for span in ev.evidence:
            assert 0 <= span.start < span.end <= len(sample_doc.text)


# expected.yaml's events: (sub-event type, place, actor1, actor2, first day, status, fatalities).
EXPECTED_EVENTS = [
    ("Non-state actor overtakes territory", "Lyman", "Donetsk People's Republic",
     "Military Forces of Ukraine", "2022-05-26", "contested", None),
    ("Shelling/artillery/missile attack", "Severodonetsk", "Military Forces of Russia", None, "2022-05-26",
     "reported", None),
    ("Armed clash", "Lysychansk", "Military Forces of Russia", "Military Forces of Ukraine", "2022-05-27",
     "reported", None),
    ("Shelling/artillery/missile attack", "Bakhmut", "Military Forces of Russia", None, "2022-05-27",
     "reported", None),
    ("Shelling/artillery/missile attack", "Kharkiv", "Military Forces of Russia", "Civilians (Ukraine)",
     "2022-05-26", "confirmed", 9),
    ("Disrupted weapons use", "Horenka", "Military Forces of Ukraine", None, "2022-05-27", "reported", None),
    ("Other", "Belarus", "Military Forces of Belarus", None, "2022-05-27", "reported", None),
]


@pytest.mark.parametrize("expected", EXPECTED_EVENTS, ids=[f"{e[0]}@{e[1]}" for e in EXPECTED_EVENTS])
def test_expected_events_come_out_whole(sample_doc: Any, expected: tuple[Any, ...]) -> None:
    sub, place, actor1, actor2, day, status, fatalities = expected
    def named(ev: Any) -> str:
        loc = ev.location
        return "" if loc is None else str(sample_doc.text[loc.mention_start : loc.mention_end])

    asserted = [ev for ev in sample_doc.events if ev.modality == "asserted"]
    found = [ev for ev in asserted if ev.sub_event_type == sub and place in named(ev)]
    assert len(found) == 1, [(ev.sub_event_type, ev.location) for ev in sample_doc.events]
    (ev,) = found
    assert ev.actor1 is not None and ev.actor1.name.startswith(actor1)
    if actor2 is None:
        assert ev.actor2 is None
    else:
        assert ev.actor2 is not None and ev.actor2.name.startswith(actor2)
    assert ev.event_date == day and ev.status == status and ev.fatalities == fatalities
    assert ev.evidence and ev.source != ""


def test_belarus_troops_stay_at_country_precision_and_bakhmut_strike_cites_reuters(sample_doc: Any) -> None:
    (troops,) = [ev for ev in sample_doc.events if ev.plover_type == "MOBILIZE"]
    assert troops.location is not None and troops.location.name == "Belarus" and troops.geo_precision == 3
    (strike,) = [ev for ev in sample_doc.events if ev.location and ev.location.name == "Bakhmut"
                 and ev.event_type == "Explosions/Remote violence"]
    assert strike.source == "Reuters"


def test_threats_and_plans_are_not_events_that_happened(sample_doc: Any) -> None:
    ashes = offset_of(sample_doc, "could leave its communities in ashes")
    hoped = offset_of(sample_doc, "Volunteers hoped to evacuate")
    for ev in sample_doc.events:
        if any(s.start <= ashes < s.end for s in ev.evidence):
            assert ev.modality != "asserted", ev
        if any(s.start <= hoped < s.end for s in ev.evidence):
            assert ev.modality == "planned" and ev.fatalities is None, ev


def test_the_blocked_sanctions_are_a_political_act_outside_acled(sample_doc: Any) -> None:
    hungary = offset_of(sample_doc, "is obstructing the deal")
    (act,) = [h for h in sample_doc.happenings if any(s.start <= hungary < s.end for s in h.evidence)]
    assert act.event_type == "Outside ACLED scope" and act.plover_type == "PROTEST" and act.location is None
    assert act.actor1 is not None and act.actor1.name == "Government of Hungary"
    assert not any(ev.event_type == "Outside ACLED scope" for ev in sample_doc.events)


# expected.yaml's claims: (words inside the claim, who, stance).
EXPECTED_CLAIMS = [
    ("captured a rail hub", "separatists", "claim"),
    ("We lost Lyman", "Arestovich", "concession"),
    ("its soldiers countered", "Defense Ministry", "counter-claim"),
    ("1,500 people have died", "", "report"),
    ("policy of genocide", "Zelensky", "accusation"),
    ("at least two dead and four wounded", "Associated Press reporters", "eyewitness"),
]


@pytest.mark.parametrize("words,by,stance", EXPECTED_CLAIMS)
def test_expected_claims_keep_who_says_so_and_their_stance(
    sample_doc: Any, words: str, by: str, stance: str
) -> None:
    found = [c for c in sample_doc.claims if words in c.claim and c.stance == stance]
    assert found, [(c.claim[:30], c.by, c.stance) for c in sample_doc.claims]
    assert any(c.by and by in c.by for c in found)
    assert all(sample_doc.text[c.start : c.end].strip() for c in found)


def test_lyman_is_contested_because_of_the_claim_concession_and_counter_claim(sample_doc: Any) -> None:
    events = list(enumerate(sample_doc.events))
    (i, lyman) = next((i, e) for i, e in events if e.location and e.location.name == "Lyman")
    assert lyman.status == "contested"
    stances = {c.stance for c in sample_doc.claims if c.event == i}
    assert {"claim", "concession", "counter-claim"} <= stances


# expected.yaml's roles, as words the role must contain.
ROLES = {
    "Truss": ("Foreign Secretary",), "Stryuk": ("Mayor", "Severodonetsk"),
    "Poppert": ("volunteer", "RefugEase"), "Arestovich": ("presidential adviser",),
    "Zhdanov": ("military analyst",),
    "Sunhurovskyi": ("analyst", "Razumkov"), "Kuleba": ("Foreign Minister",), "Zelensky": ("President",),
}


def test_all_sixteen_quotes_with_the_right_speaker_and_role(sample_doc: Any) -> None:
    for opening, surname in QUOTES:
        at = offset_of(sample_doc, opening)
        covering = [q for q in sample_doc.quotes if q.start <= at < q.end and q.speaker]
        assert any(surname.lower() in q.speaker.lower() for q in covering), (opening, covering)
        for q in covering:
            if surname in ROLES:
                assert q.speaker_role and all(w in q.speaker_role for w in ROLES[surname]), q
            # The speaker's offsets point at the mention of the source beside this quote ("he" included).
            assert q.speaker_start is not None and q.speaker_end is not None, q
            assert sample_doc.text[q.speaker_start : q.speaker_end].strip()
            assert abs(q.start - q.speaker_start) < 400
            assert q.cue_start is not None and sample_doc.text[q.cue_start : q.cue_end] == q.cue


def test_speakers_sides_where_the_text_makes_them_clear(sample_doc: Any) -> None:
    sides = {q.speaker: q.speaker_side for q in sample_doc.quotes if q.speaker}
    assert sides["Oleksiy Arestovich"] == "Ukrainian official"
    assert sides["Oleksandr Stryuk"] == "Ukrainian official"
    assert sides["Liz Truss"] == "foreign official"
    assert sides["Oleh Zhdanov"] == "analyst" and sides["Mykola Sunhurovskyi"] == "analyst"
    assert sides["Mark Poppert"] == "volunteer"
