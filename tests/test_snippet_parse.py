"""Parse-derived snippet features on hand-built token lists (no spaCy needed) and one parsed snippet."""

from __future__ import annotations

import pytest

from sitrep.snippet_parse import (
    ParsedToken,
    actor_roles,
    codebook_cues,
    masked_lemmas,
    parse_snippets,
    relations,
)


def _tok(text: str, lemma: str, pos: str, dep: str, head: int, ent: str = "", iob: str = "O") -> ParsedToken:
    return ParsedToken(text, lemma, pos, dep, head, ent, iob)


# "Rebels seized Kobani on Monday": rebels (subject) seize Kobani (GPE object), Monday a DATE.
SEIZED = [
    _tok("Rebels", "rebel", "NOUN", "nsubj", 1),
    _tok("seized", "seize", "VERB", "ROOT", 1),
    _tok("Kobani", "Kobani", "PROPN", "dobj", 1, "GPE", "B"),
    _tok("on", "on", "ADP", "prep", 1),
    _tok("Monday", "Monday", "PROPN", "pobj", 3, "DATE", "B"),
]
# "Police arrested 12 protesters": police the doers, protesters the undergoers, 12 a number.
ARRESTED = [
    _tok("Police", "police", "NOUN", "nsubj", 1),
    _tok("arrested", "arrest", "VERB", "ROOT", 1),
    _tok("12", "12", "NUM", "nummod", 3, "CARDINAL", "B"),
    _tok("protesters", "protester", "NOUN", "dobj", 1),
]


def test_masked_lemmas_replace_each_entity_once() -> None:
    assert masked_lemmas(SEIZED) == ["rebel", "seize", "gpe_", "on", "date_"]
    two_word = [_tok("New", "New", "PROPN", "compound", 1, "GPE", "B"),
                _tok("York", "York", "PROPN", "ROOT", 1, "GPE", "I"),
                _tok("Paris", "Paris", "PROPN", "conj", 1, "GPE", "B")]
    assert masked_lemmas(two_word) == ["gpe_", "gpe_"]


def test_actor_roles_tell_doer_from_undergoer() -> None:
    assert actor_roles(ARRESTED) == ["Sact:police", "Oact:protester"]
    assert actor_roles(SEIZED) == ["Sact:rebel"]


def test_relations_pair_arguments_with_their_verb() -> None:
    rels = relations(SEIZED)
    assert {"S:rebel:seize", "S:seize", "Sact:rebel:seize", "O:gpe_:seize"} <= set(rels)
    assert "P:date_:on" not in rels  # the head of "Monday" is a preposition, not a verb or noun
    assert "O:protester:arrest" in relations(ARRESTED) and "Oact:protester:arrest" in relations(ARRESTED)


def test_codebook_cues_separate_who_takes_territory_and_how_a_protest_went() -> None:
    assert "cb:nonstate_takes" in codebook_cues(SEIZED) and "cb:state_takes" not in codebook_cues(SEIZED)
    retook = [_tok("Troops", "troop", "NOUN", "nsubj", 1), _tok("retook", "retake", "VERB", "ROOT", 1),
              _tok("town", "town", "NOUN", "dobj", 1)]
    assert {"cb:retake", "cb:state_retakes"} <= set(codebook_cues(retook))
    # Police arresting protesters: intervention, by the state, not a plain protest and not lethal.
    cues = codebook_cues(ARRESTED)
    assert {"cb:protest_intervened", "cb:state_acts_on_protest"} <= set(cues)
    assert "cb:protest_plain" not in cues and "cb:protest_lethal" not in cues
    stoned = [_tok("Protesters", "protester", "NOUN", "nsubj", 1), _tok("threw", "throw", "VERB", "ROOT", 1),
              _tok("stones", "stone", "NOUN", "dobj", 1)]
    assert "cb:protesters_violent" in codebook_cues(stoned)
    marched = [_tok("Protesters", "protester", "NOUN", "nsubj", 1),
               _tok("marched", "march", "VERB", "ROOT", 1)]
    assert codebook_cues(marched) == ["cb:protest_plain"]
    claim = [_tok("ISIS", "ISIS", "PROPN", "nsubj", 1, "ORG", "B"),
             _tok("claimed", "claim", "VERB", "ROOT", 1),
             _tok("responsibility", "responsibility", "NOUN", "dobj", 1)]
    assert codebook_cues(claim) == ["cb:claim"]


def test_parse_snippets_says_none_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    import sitrep.snippet_parse as sp

    monkeypatch.setattr(sp, "_nlp", None)
    monkeypatch.setattr(sp, "_nlp_missing", True)
    assert parse_snippets(["Rebels seized the town."]) is None


@pytest.mark.model
def test_parse_snippets_reads_subject_and_entities() -> None:
    parsed = parse_snippets(["Taliban fighters captured the town of Kunduz on Monday."])
    assert parsed is not None
    lemmas = masked_lemmas(parsed[0])
    assert "capture" in lemmas and "gpe_" in lemmas and "kunduz" not in lemmas
    assert any(r.startswith("S:") and r.endswith(":capture") for r in relations(parsed[0]))
