"""Who says what: readings that are no attribution, and forms found this round.

The sentences are made up; none is taken from an article.
"""

from __future__ import annotations

from extractors.speakers import Speaker, SpeakerContext
from extractors.statement_filters import dropped
from extractors.statement_spans import Found

# -- no attribution ------------------------------------------------------------------------


def test_behaviour_shown_is_not_a_statement(said):
    assert said("The crowd cheered while the senators showed thinly veiled scorn.") == []
    assert said("It again showed their complete lack of understanding of the budget.") == []


def test_an_attitude_shown_towards_something_is_a_stance(said):
    [s] = said("Mayor Tom Baker showed no sign of backing down on the levy.")
    assert (s.speaker, s.attribution_cue) == ("Tom Baker", "showed")


def test_evidence_that_shows_still_speaks(said):
    [s] = said("The harbour survey showed broad support for the new levy.")
    assert s.attribution_cue == "showed"


def test_an_event_does_not_speak(said):
    found = said("The State of the Union address promised unity but emphasized discord.")
    assert found == []


def test_a_name_given_is_not_a_view(said):
    assert said("She joined a reform movement called the Harbour Circle.") == []


def test_finding_oneself_somewhere_finds_nothing(said):
    assert said("On a trip to the coast, Dana Whitfield found herself in a small port.") == []


def test_a_self_description_is_not_a_position(said):
    assert said("The Harbour Trust describes itself as a neutral broker.") == []


def test_and_does_not_carry_indirect_speech_on(said):
    found = said("Dana Whitfield said the levy was fair. And she owns two boats.")
    assert [s.content for s in found] == ["the levy was fair"]


# -- found -----------------------------------------------------------------------------------


def test_a_relative_clause_takes_a_position_for_its_noun(said):
    [s] = said("Dana Whitfield, who endorsed the harbour levy, spoke on Monday.")
    assert (s.speaker, s.speaker_mention, s.kind, s.content) == (
        "Dana Whitfield",
        "who",
        "position",
        "the harbour levy",
    )


def test_a_position_to_come_in_a_relative_clause_is_none(said):
    assert said("Dana Whitfield, who will endorse the levy, spoke on Monday.") == []


def test_no_answer_to_a_request_for_comment(said):
    [s] = said("Mayor Tom Baker did not respond to a request for comment.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "Tom Baker",
        "respond to",
        "a request for comment",
    )


def test_pointing_to_evidence_is_an_argument(said):
    [s] = said("Tom Baker pointed to the harbour survey.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "Tom Baker",
        "pointed to",
        "the harbour survey",
    )


def test_evidence_cited_after_its_finding(said):
    found = said("Most residents oppose the new harbour levy, the poll found.")
    [s] = [s for s in found if s.attribution_cue == "found"]
    assert s.content == "Most residents oppose the new harbour levy"


def test_a_possessor_supports_what_its_support_is_for(said):
    [s] = said("Dana Whitfield spoke on Monday. Her support for the levy was no surprise.")
    assert (s.speaker, s.kind, s.content) == ("Dana Whitfield", "position", "the levy")


def test_calling_someone_a_name_frames_them(said):
    [s] = said("Tom Baker weighed in on Sunday, calling Whitfield a coward.")
    assert (s.speaker, s.content) == ("Tom Baker", "Whitfield a coward")


def test_a_record_filed_with_what_it_is_against(said):
    [s] = said("Mayor Tom Baker filed a complaint against the harbour board.")
    assert (s.kind, s.content) == ("position", "a complaint against the harbour board")
    assert said("Mayor Tom Baker issued a statement on Sunday afternoon.") == []


def test_evidence_cited_after_a_finding_the_parser_misreads(said):
    found = said("The harbour board spent its whole reserve last month, budget documents show.")
    [s] = [s for s in found if s.attribution_cue == "show"]
    assert (s.speaker, s.content) == (
        "budget documents",
        "The harbour board spent its whole reserve last month",
    )


def test_a_name_cut_short_does_not_speak(bare_nlp):
    # The recogniser may stop inside a longer name: "Baker State of" the Port address.
    doc = bare_nlp("Baker State of the Port address promised calm.")
    context = SpeakerContext.of(doc, doc.text, [])
    cut = Found(Speaker("Baker State of", "organisation"), "said", "indirect", "", (0, 5), 0)
    whole = Found(Speaker("Baker State", "organisation"), "said", "indirect", "", (0, 5), 0)
    sent = next(doc.sents)
    assert dropped(sent, cut, context)
    assert not dropped(sent, whole, context)


def test_an_answer_in_deeds_is_no_statement(said):
    assert said("Mayor Tom Baker responded to the speech with loud applause.") == []


def test_a_place_that_votes_is_a_tally_not_a_stance(said):
    found = said("Utah has long been loyal to the party, supporting its candidates by wide leads.")
    assert [s for s in found if s.attribution_cue == "supporting"] == []


def test_according_to_heading_a_sentence_the_parser_lost(said):
    found = said(
        "According to the Harbour Gazette, 57 of the 71 councillors — a group of long-serving "
        "members — backed the levy, with few still undecided."
    )
    [s] = [s for s in found if s.attribution_cue == "according to"]
    assert s.content.startswith("57 of the 71 councillors")
