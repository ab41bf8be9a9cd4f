"""Event coding on hand-built documents, on the bundled sample and on the statement-only gold articles."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sitrep.events import code_events
from sitrep.schema import Claim, Document, Place, TimeRef, Zone
from sitrep.triggers import modality

pytestmark = pytest.mark.model

_UA = {"Kharkiv": ("Kharkiv", 1), "Bakhmut": ("Donetsk", 2), "Lyman": ("Donetsk", 3), "Horenka": ("Kyiv", 4)}


def _doc(text: str, published: str = "2022-05-27", **extra: Any) -> Document:
    """A document whose paragraphs are body zones (unless given) and whose known towns are places."""
    zones = extra.pop("zones", None)
    towns = {**_UA, **extra.pop("towns", {})}
    if zones is None:
        zones, pos = [], 0
        for par in text.split("\n\n"):
            zones.append(Zone(kind="body", start=pos, end=pos + len(par)))
            pos += len(par) + 2
    places = []
    for name, (admin1, gid) in towns.items():
        i = text.find(name)
        while i >= 0:
            places.append(
                Place(
                    mention=name,
                    start=i,
                    end=i + len(name),
                    geonameid=gid,
                    name=name,
                    latitude=48.0,
                    longitude=37.0,
                    country_code="UA",
                    admin1=admin1,
                    feature_code="PPL",
                    role="location",
                    confidence=0.9,
                )
            )
            i = text.find(name, i + 1)
    timerefs = []
    for word, day in (("Thursday", "2022-05-26"), ("Friday", "2022-05-27")):
        i = text.find(word)
        while i >= 0:
            timerefs.append(
                TimeRef(
                    text=word, start=i, end=i + len(word), type="DATE", value=day, date=day, precision="day"
                )
            )
            i = text.find(word, i + 1)
    return Document(
        id="t",
        text=text,
        published=published,
        zones=tuple(zones),
        outlet="Wire",
        places=tuple(sorted(places, key=lambda p: p.start)),
        timerefs=tuple(sorted(timerefs, key=lambda t: t.start)),
        **extra,
    )


def _asserted(doc: Document) -> list[Any]:
    return [e for e in doc.events if e.modality == "asserted"]


def test_shelling_toll_actors_and_cumulative_figure(nlp: Any) -> None:
    text = (
        "On Thursday, the Russian shelling of Kharkiv killed nine people, including a father and his "
        "5-month-old baby.\n\nAt least 1,500 people have died in Kharkiv since the start of the war."
    )
    doc = code_events(_doc(text), nlp(text))
    (event,) = _asserted(doc)
    assert (event.event_type, event.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert event.fatalities == 9 and event.event_date == "2022-05-26" and event.time_precision == 1
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Russia (2000-)"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Ukraine)" and event.actor2.inter == 7
    assert event.location is not None and event.location.name == "Kharkiv" and event.geo_precision == 1
    assert (event.plover_type, event.plover_mode) == ("FIGHT", "artillery")
    assert all(e.fatalities != 1500 for e in doc.events)
    assert any(f.value == 1500 and "cumulative" in f.what for f in doc.figures)
    assert not any(f.value == 9 for f in doc.figures)  # the event's own toll is not a separate figure


def test_modalities_stay_out_of_counts(nlp: Any) -> None:
    text = (
        "Russian forces could shell Kharkiv again, the mayor warned.\n\n"
        "Volunteers hoped to evacuate 100 people from Bakhmut on Friday.\n\n"
        "Russia denied shelling Kharkiv on Thursday.\n\n"
        "Russian troops will attack Lyman next week, an analyst said."
    )
    doc = code_events(_doc(text), nlp(text))
    modes = {doc.text[e.evidence[0].start : e.evidence[0].start + 12]: e.modality for e in doc.events}
    assert not _asserted(doc), modes
    assert set(modes.values()) >= {"hypothetical", "planned", "negated", "future"}
    assert all(e.fatalities is None for e in doc.events)


def test_promo_text_gives_no_event(nlp: Any) -> None:
    text = (
        "Officials met in Kyiv on Friday.\n\nLISTEN | Russian forces shelled Kharkiv on Friday, killing 20."
    )
    zones = (Zone("body", 0, 32), Zone("promo", 34, len(text)))
    doc = code_events(_doc(text, zones=zones), nlp(text))
    assert doc.events == () and all(f.start < 34 for f in doc.figures)


def test_caption_merges_with_body_and_names_its_agency(nlp: Any) -> None:
    body = "Russian forces shelled Bakhmut on Friday, officials said."
    caption = (
        "A burning building after a Russian military strike in Bakhmut on Friday. (Serhii Nuzhnenko/Reuters)"
    )
    text = body + "\n\n" + caption
    zones = (
        Zone("body", 0, len(body)),
        Zone("caption", len(body) + 2, len(text), credit="Serhii Nuzhnenko/Reuters", agency="Reuters"),
    )
    doc = code_events(_doc(text, zones=zones), nlp(text))
    (event,) = _asserted(doc)
    assert len(event.evidence) == 2 and event.source is not None and "Reuters" in event.source


def test_claim_and_counter_claim_make_a_contested_capture(nlp: Any) -> None:
    pars = [
        "Russian-backed rebels said on Friday they had taken control of Lyman, a rail hub.",
        "“We lost Lyman,” a Ukrainian presidential adviser admitted on Thursday.",
        "A Defense Ministry spokesman said its soldiers countered attempts to push them out of the city.",
    ]
    text = "\n\n".join(pars)

    def claim(par: int, what: str, by: str, stance: str) -> Claim:
        start = text.index(what, text.index(pars[par]))
        return Claim(claim=what, by=by, cue="said", stance=stance, start=start, end=start + len(what))

    claims = (
        claim(0, "they had taken control of Lyman", "Russian-backed rebels", "claim"),
        claim(1, "We lost Lyman", "Ukrainian presidential adviser", "concession"),
        claim(
            2, "its soldiers countered attempts to push them out of the city", "spokesman", "counter-claim"
        ),
    )
    doc = code_events(_doc(text, claims=claims), nlp(text))
    (event,) = _asserted(doc)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Non-state actor overtakes territory")
    assert event.status == "contested" and event.location is not None and event.location.name == "Lyman"
    assert event.actor1 is not None and event.actor1.name == "Donetsk People's Republic"
    assert [c.event for c in doc.claims] == [0, 0, 0]


def test_non_violent_developments_keep_honest_types(nlp: Any) -> None:
    text = (
        "On Friday, Ukrainian demining teams cleared mines and unexploded ordnance in Horenka.\n\n"
        "Neighboring Belarus announced on Friday that it was sending troops to the Ukrainian border."
    )
    doc = code_events(_doc(text), nlp(text))
    kinds = {(e.event_type, e.sub_event_type, e.plover_type) for e in _asserted(doc)}
    assert ("Strategic developments", "Disrupted weapons use", "COERCE") in kinds
    assert ("Strategic developments", "Other", "MOBILIZE") in kinds
    assert not any(e.event_type in ("Battles", "Explosions/Remote violence") for e in doc.events)


def test_sample_article(sample_doc: Any) -> None:
    doc = sample_doc
    events = _asserted(doc)

    def find(place: str, sub: str | None = None) -> Any:
        hits = [
            e
            for e in events
            if e.location
            and place.lower() in (e.location.name or "").lower()
            and (sub is None or e.sub_event_type == sub)
        ]
        assert hits, f"no {sub} event at {place}"
        return hits[0]

    kharkiv = find("Kharkiv", "Shelling/artillery/missile attack")
    assert kharkiv.fatalities == 9 and kharkiv.event_date == "2022-05-26"
    assert kharkiv.actor1.name.startswith("Military Forces of Russia") and kharkiv.actor2.inter == 7
    assert len(kharkiv.evidence) >= 2  # the AP eyewitness sentence is the same shelling
    assert find("Lyman", "Non-state actor overtakes territory").status == "contested"
    assert "Reuters" in (find("Bakhmut", "Shelling/artillery/missile attack").source or "")
    assert find("Horenka", "Disrupted weapons use").event_type == "Strategic developments"
    assert find("Lysychansk", "Armed clash").actor2 is not None
    assert find("donetsk", "Shelling/artillery/missile attack").fatalities is None
    assert any(e.actor1 and "Belarus" in e.actor1.name and e.sub_event_type == "Other" for e in doc.events)
    assert all(e.fatalities != 1500 for e in doc.events)
    assert any(f.value == 1500 for f in doc.figures)
    assert not any(doc.in_promo(s.start, s.end) for e in doc.events for s in e.evidence)
    ashes = doc.text.index("could leave its communities in ashes")
    assert not any(s.start <= ashes < s.end for e in events for s in e.evidence)


def test_statement_only_articles_give_no_events(shared: Path, resources: Any) -> None:
    from sitrep.pipeline import extract

    gold_dir = shared / "gold-ukraine-dev"
    empty = [p for p in sorted(gold_dir.glob("*.json")) if not json.loads(p.read_text())["events"]]
    assert empty
    for path in empty:
        text = (shared / "data" / "ukraine_news_gdelt" / "articles" / (path.stem + ".txt")).read_text()
        doc = extract(
            Document(
                id=path.stem, text=text, published=path.stem[:4] + "-" + path.stem[4:6] + "-" + path.stem[6:8]
            ),
            resources,
        )
        assert not _asserted(doc), [doc.text[e.evidence[0].start : e.evidence[0].end] for e in doc.events]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police seized a large weapons cache near the border on Monday.", "Disrupted weapons use"),
        ("Gunmen opened fire on soldiers at a checkpoint on Monday.", "Armed clash"),
        ("Protesters hurled stones and torched cars in the capital on Monday.", "Violent demonstration"),
        ("A drone strike hit a convoy on Monday.", "Air/drone strike"),
        ("A roadside bomb exploded under a bus on Monday.", "Remote explosive/landmine/IED"),
    ],
)
def test_instrument_and_cue_typing(nlp: Any, text: str, sub: str) -> None:
    from sitrep.events import classify_units

    mentions = classify_units(Document(id="s", text=text, published="2021-01-04"), nlp(text))
    assert mentions and mentions[0].sub_event_type == sub, [m.sub_event_type for m in mentions]


def _places(doc: Document) -> list[str | None]:
    return sorted(e.location.name if e.location else None for e in _asserted(doc))


def test_each_listed_or_coordinated_place_is_its_own_event(nlp: Any) -> None:
    towns = {"Chernihiv": ("Chernihiv", 5), "Zhytomyr": ("Zhytomyr", 6), "Kyiv": ("Kyiv", 7),
             "Slovyansk": ("Donetsk", 8), "Kramatorsk": ("Donetsk", 9)}
    text = (
        "Russian missiles struck army training centres on Friday in the regions of Chernihiv, "
        "north of Kyiv, and Zhytomyr.\n\n"
        "The occupiers also fired at the Slovyansk community with rockets and hit Kramatorsk with Iskanders."
    )
    doc = code_events(_doc(text, towns=towns), nlp(text))
    # Kyiv is only a bearing ("north of Kyiv"): no event there.
    assert _places(doc) == ["Chernihiv", "Kramatorsk", "Slovyansk", "Zhytomyr"]


def test_background_national_tally_and_mass_grave(nlp: Any) -> None:
    towns = {"Izium": ("Kharkiv", 10)}
    text = (
        "Investigators are heading to Izium after authorities said they had found a mass grave.\n\n"
        "Some of the people had been killed by shelling and airstrikes, authorities said.\n\n"
        "Russian forces shelled Bakhmut on Friday.\n\n"
        "In Ukraine, 28 journalists were killed in Ukraine."
    )
    ukraine = Place(mention="Ukraine", start=text.rfind("Ukraine"), end=text.rfind("Ukraine") + 7,
                    geonameid=690791, name="Ukraine", latitude=49.0, longitude=32.0, country_code="UA",
                    feature_code="PCLI", role="location", confidence=0.9)
    base = _doc(text, towns=towns)
    doc = code_events(replace(base, places=tuple(sorted((*base.places, ukraine), key=lambda p: p.start))),
                      nlp(text))
    kinds = sorted((e.sub_event_type, e.location.name if e.location else None) for e in _asserted(doc))
    # The pluperfect killing is background (no event of its own); the grave is a strategic development.
    assert kinds == [("Other", "Izium"), ("Shelling/artillery/missile attack", "Bakhmut")]
    (shelling,) = [e for e in _asserted(doc) if e.event_type != "Strategic developments"]
    assert shelling.fatalities is None  # the national tally is not this attack's toll


def test_unnumbered_victims_are_counted_and_dash_joined_sentences_split(nlp: Any) -> None:
    text = (
        "Russian forces shelled Bakhmut on Friday, and a nurse was killed.\n\n"
        "The heaviest fights are in Lyman.- A few days ago, the Russians assured that they had conquered it."
    )
    doc = code_events(_doc(text), nlp(text))
    by_place = {e.location.name: e for e in _asserted(doc) if e.location}
    assert by_place["Bakhmut"].fatalities == 1  # "a nurse was killed"
    lyman = by_place["Lyman"]  # "the heaviest fights are in Lyman" is placed, not a back-reference
    assert all(ev.end <= text.index(".- A few") + 1 for ev in lyman.evidence)


def test_state_takeover_is_coded_at_the_capital_and_a_coming_embargo_is_not_done(nlp: Any) -> None:
    from sitrep.gazetteer import Candidate

    text = (
        "Germany has taken the German subsidiary of Rosneft under state control on Friday, "
        "ahead of a partial European embargo on Russian oil."
    )
    germany = Place(mention="Germany", start=0, end=7, geonameid=2921044, name="Germany", latitude=51.5,
                    longitude=10.5, country_code="DE", feature_code="PCLI", role="actor", confidence=0.9)
    berlin = Candidate(geonameid=2950159, name="Berlin", feature_class="P", feature_code="PPLC",
                       population=3426354, country_code="DE", admin1_code="16", admin1="Berlin",
                       latitude=52.52, longitude=13.41)
    doc = code_events(replace(_doc(text), places=(germany,)), nlp(text),
                      lambda cc: berlin if cc == "DE" else None)
    (event,) = _asserted(doc)
    assert (event.event_type, event.sub_event_type, event.plover_type) == (
        "Strategic developments", "Other", "COERCE")
    assert event.actor1 is not None
    assert (event.actor1.name, event.actor1.inter) == ("Government of Germany", 1)
    assert event.location is not None and event.location.name == "Berlin" and event.geo_precision == 3
    # The capital is evidenced by the words naming the state.
    assert text[event.location.mention_start : event.location.mention_end] == "Germany"
    parsed = nlp(text)
    assert modality(next(t for t in parsed if t.lower_ == "embargo")) == "future"


def test_talk_of_sanctions_months_habits_and_purposes_are_not_events(nlp: Any) -> None:
    text = (
        "Russia has extensive business ties despite sanctions.\n\n"
        "The talks in Bakhmut were held on March 7.\n\n"
        "Every day, about 100 soldiers are killed near Lyman.\n\n"
        "No country can fight without electricity in Kharkiv.\n\n"
        "The EU imposed sanctions on Russia on Friday.\n\n"
        "Russian forces continued to conduct ground attacks near Bakhmut on Friday."
    )
    doc = code_events(_doc(text), nlp(text))
    kinds = sorted((e.event_type, e.sub_event_type) for e in _asserted(doc))
    assert kinds == [("Battles", "Armed clash"), ("Strategic developments", "Other")], kinds


def test_a_passing_reference_is_evidence_for_an_event_never_one_itself(nlp: Any) -> None:
    text = (
        "Kherson's vote is scheduled for 9/11, the anniversary of America's worst terrorist attack.\n\n"
        "An explosion destroyed the prosecutor's office in Lyman on Friday.\n\n"
        "The cause of the explosion was not immediately clear."
    )
    doc = code_events(_doc(text), nlp(text))
    (event,) = _asserted(doc)
    assert event.location is not None and event.location.name == "Lyman"
    assert [text[s.start : s.end][:14] for s in event.evidence] == ["An explosion d", "The cause of t"]


def test_a_killing_someone_is_blamed_for_is_a_claimed_attack_with_its_count(nlp: Any) -> None:
    text = (
        "The separatist authority in Lyman has blamed Kyiv for the double murder of a local official "
        "and his wife.\n\nThe killing of civilians in Bakhmut has shocked the world."
    )
    doc = code_events(_doc(text), nlp(text))
    (event,) = _asserted(doc)
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.location is not None and event.location.name == "Lyman" and event.fatalities == 2
    assert event.actor1 is not None and "Ukraine" in event.actor1.name
