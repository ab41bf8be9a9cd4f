"""The PLOVER sentence coder on hand-written sentences: frames, lexicons, negation and intent."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.plover import code_sentence, with_mode
from sitrep.taxonomy import PLOVER_MODES, PLOVER_TYPES

pytestmark = pytest.mark.model

CASES = [
    # sentence, type, mode (None: any), trigger word
    ("Hamas threatened to strike Israel.", "THREATEN", "violence", "threatened"),
    ("The minister denied that troops were sent.", "REJECT", None, "denied"),
    ("Protesters demanded the resignation of the mayor.", "REQUEST", "change", "demanded"),
    ("The rebels urged the government to release the prisoners.", "REQUEST", "yield", "urged"),
    ("The United Nations called for an immediate ceasefire.", "REQUEST", None, "called"),
    ("The government condemned the attack on the embassy.", "ACCUSE", "disapprove", "condemned"),
    ("Police are investigating the killing of the journalist.", "ACCUSE", "investigate", "investigating"),
    ("The two sides agreed to hold talks next month.", "AGREE", None, "agreed"),
    ("Japan will provide food aid to the refugees.", "AGREE", None, "provide"),
    ("Iran said it would not release the prisoners.", "REJECT", "yield", "release"),
    ("The rebels refused to withdraw from the city.", "REJECT", "yield", "refused"),
    ("Russia pulled out its troops from the town.", "RETREAT", "withdraw", "pulled out"),
    ("The rebels released ten hostages on Sunday.", "RETREAT", "release", "released"),
    ("The foreign minister visited Beijing on Monday.", "CONSULT", "visit", "visited"),
    ("The presidents met in Geneva to discuss trade.", "CONSULT", None, "met"),
    ("Britain expelled three Russian diplomats.", "SANCTION", "expel", "expelled"),
    ("The army imposed a curfew on the city.", "COERCE", "curfew", "curfew"),
    ("Police arrested twelve opposition activists.", "COERCE", "arrest", "arrested"),
    ("Thousands of workers went on strike over pay.", "PROTEST", "strike", "strike"),
    ("Two prisoners began a hunger strike.", "PROTEST", "hunger", "strike"),
    ("Thousands of students demonstrated in the capital.", "PROTEST", "demo", "demonstrated"),
    ("Russian aircraft bombed the village, killing 12 civilians.", "FIGHT", "aerial", "bombed"),
    ("Gunmen kidnapped two aid workers.", "ASSAULT", "abduct", "kidnapped"),
    ("The army deployed troops to the border.", "MOBILIZE", "troops", "deployed"),
    ("France cancelled the minister's visit to Haiti.", "SANCTION", "withdraw", "cancelled"),
    ("The government lifted the curfew in the province.", "RETREAT", None, "lifted"),
    ("The government lifted the ban on opposition parties.", "CONCEDE", None, "lifted"),
    ("Germany sent 5,000 tons of food aid to Sudan.", "AID", None, "sent"),
    ("The rebels vowed to attack the capital.", "THREATEN", "violence", "vowed"),
    ("The union called off the strike.", "CONCEDE", None, "called off"),
    ("The two countries signed a trade agreement.", "SUPPORT", None, "signed"),
    ("Egypt is willing to mediate between the factions.", "AGREE", None, "willing"),
    ("The two leaders failed to reach an agreement.", "REJECT", None, "failed"),
]


@pytest.mark.parametrize(("text", "kind", "mode", "trigger"), CASES)
def test_codes_hand_written_sentences(nlp: Any, text: str, kind: str, mode: str | None, trigger: str) -> None:
    code = code_sentence(nlp(text))
    assert code is not None, text
    assert code.type == kind, (text, code)
    if mode is not None:
        assert code.mode == mode, (text, code)
    assert code.trigger.text == trigger, (text, code)


def test_types_and_modes_are_the_schema_vocabulary(nlp: Any) -> None:
    for text, *_ in CASES:
        code = code_sentence(nlp(text))
        assert code is not None and code.type in PLOVER_TYPES
        assert code.mode is None or code.mode in PLOVER_MODES[code.type], (text, code)


@pytest.mark.parametrize(
    "text",
    [
        "The weather was sunny in Paris on Tuesday.",
        "The army did not attack the town.",
        "The company reported higher profits this year.",
        "When asked whether Poland would send troops, the minister declined to comment.",
        "Looking back, I recall the jubilation among the crowd.",
    ],
)
def test_no_act_no_code(nlp: Any, text: str) -> None:
    assert code_sentence(nlp(text)) is None


def test_a_document_is_read_sentence_by_sentence(nlp: Any) -> None:
    code = code_sentence(nlp("It was a quiet day. Later the rebels released ten hostages."))
    assert code is not None and code.type == "RETREAT"


def test_with_mode_keeps_the_type_and_borrows_only_an_agreeing_mode(nlp: Any) -> None:
    doc = nlp("Thousands of workers went on strike over pay.")
    strike = next(t for t in doc if t.lower_ == "strike")
    assert with_mode(("PROTEST", None), strike) == ("PROTEST", "strike")
    assert with_mode(("AGREE", None), strike) == ("AGREE", None)  # the coder disagrees: nothing borrowed
    assert with_mode(("PROTEST", "demo"), strike) == ("PROTEST", "demo")  # a mode already set stays
    assert with_mode((None, None), strike) == (None, None)


COMPOSITION = [
    ("The union said it would strike unless wages were raised.", "THREATEN", "strike"),
    ("France will cut off aid unless the junta releases the prisoners.", "THREATEN", "cut off"),
    ("The minister said Iran must stop enriching uranium.", "REQUEST", "said"),
    ("Police prevented the march through the city centre.", "COERCE", "prevented"),
    ("The government received a team of UN inspectors.", "RETREAT", "received"),
    ("Japan protested to China over the detention of its citizens.", "ACCUSE", "protested"),
    ("Farmers blocked roads to protest the new tax.", "PROTEST", "blocked"),
    ("Norway launched a mediation effort between the parties.", "CONSULT", "mediation"),
    ("The navy tightened the blockade of the port.", "COERCE", "blockade"),
    ("Protesters clashed with police in the capital.", "PROTEST", "clashed"),
    ("Thousands took to the streets of Minsk on Sunday.", "PROTEST", "took"),
    ("Opposing rallies were held in the city.", "PROTEST", "rallies"),
    ("Putin cautioned that any attempt to interfere would lead to consequences.", "THREATEN", "cautioned"),
    ("A Kyiv apartment block was destroyed by a missile strike.", "FIGHT", "destroyed"),
    ("U.S. officials agreed with Zelenskyy's assessment of the threat.", "SUPPORT", "agreed"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), COMPOSITION)
def test_composition_rules(nlp: Any, text: str, kind: str, trigger: str) -> None:
    """Conditions ("unless"), obligations ("must"), preventing, receiving, verbal vs street protest."""
    code = code_sentence(nlp(text))
    assert code is not None and (code.type, code.trigger.text) == (kind, trigger), (text, code)
