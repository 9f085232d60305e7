"""Who says what: evidence that speaks, cues set off, headlines, and what is not a view.

Each test states what a reader would check in the statements of a made-up
sentence: who speaks, by which cue, of which kind, and which words are
attributed. None is taken from an article.
"""

from __future__ import annotations

from extractors.records import Statement


def _read(s: Statement) -> tuple[str, str, str, str]:
    return (s.speaker, s.attribution_cue, s.kind, s.content)


# -- evidence that speaks ----------------------------------------------------------------------


def test_records_that_show_something_are_its_source(said):
    [s] = said("Court records show the mayor paid the fine in March.")
    assert _read(s) == ("court records", "show", "indirect", "the mayor paid the fine in March")


def test_polls_after_according_to_are_the_source(said):
    [s] = said("According to exit polls, younger voters broke for the challenger by ten points.")
    assert _read(s) == (
        "exit polls",
        "according to",
        "indirect",
        "younger voters broke for the challenger by ten points",
    )


def test_multiple_reports_name_no_source(said):
    assert said("The bridge will close next year, according to multiple reports.") == []


# -- where the words attributed begin and end ----------------------------------------------------


def test_a_participle_of_saying_after_a_cue_is_a_statement_of_its_own(said):
    endorsed, saying = said(
        "Senator Mary Jones endorsed the transit plan on Tuesday, saying it would cut "
        "commuting times."
    )
    assert _read(endorsed) == ("Mary Jones", "endorsed", "position", "the transit plan on Tuesday")
    assert _read(saying) == ("Mary Jones", "saying", "indirect", "it would cut commuting times")


def test_adding_takes_the_quotation_its_colon_announces(said):
    first, added = said(
        '"The budget is balanced," Governor Paul Reyes said, adding: "We will not raise '
        'taxes this year."'
    )
    assert _read(first) == ("Paul Reyes", "said", "direct", '"The budget is balanced,"')
    assert _read(added) == (
        "Paul Reyes",
        "adding",
        "direct",
        '"We will not raise taxes this year."',
    )


def test_a_cue_set_off_inside_its_clause_says_all_of_it(said):
    [s] = said("To reach its goal, the council concluded, the city must double its bus fleet.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("council", "concluded", "indirect")
    assert s.content.startswith("To reach its goal")
    assert s.content.endswith("the city must double its bus fleet")


def test_a_clause_said_runs_on_past_but(said):
    [s] = said(
        "Dana Whitfield said she wanted a new audit, but found the board unwilling to order one."
    )
    assert _read(s) == (
        "Dana Whitfield",
        "said",
        "indirect",
        "she wanted a new audit, but found the board unwilling to order one",
    )


def test_a_quotation_before_its_cue_leaves_out_the_occasion(said):
    [s] = said(
        "“That is a fair question, because the voters are very worried,” Whitfield, 52, "
        "told the station on Monday when asked about the audit."
    )
    assert _read(s) == (
        "Whitfield",
        "told the station",
        "direct",
        "“That is a fair question, because the voters are very worried,”",
    )


# -- headlines -----------------------------------------------------------------------------------


def test_a_headline_name_and_colon_speak_what_follows(said):
    [s] = said("Maria Lopez: the transit plan will fail\n\nThe race tightened this week.")
    assert _read(s) == ("Maria Lopez", ":", "indirect", "the transit plan will fail")


def test_a_headline_name_reports_the_view_after_its_colon(said):
    found = said("Paul Reyes: Mary Jones thinks the budget is too small\n\nThe race tightened.")
    assert [_read(s) for s in found] == [
        ("Paul Reyes", ":", "indirect", "Mary Jones thinks the budget is too small"),
        ("Mary Jones", "thinks", "belief", "the budget is too small"),
    ]


# -- what is no view -----------------------------------------------------------------------------


def test_a_light_verb_clause_is_what_it_makes_happen(said):
    assert said("Mary Jones would have the wealthy pay more in taxes.") == []


def test_an_aim_in_the_infinitive_is_not_yet_held(said):
    assert said("Paul Reyes traveled to Ohio to seek support from the unions.") == []


def test_a_participle_that_names_its_noun_holds_no_view(said):
    assert said("The commission's governors seeking to block the merger met on Friday.") == []


# -- cue words ------------------------------------------------------------------------------------


def test_railing_against_something_takes_a_position(said):
    [s] = said("Paul Reyes railed against the new toll on Monday.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Paul Reyes", "railed against", "position")
    assert s.content.startswith("the new toll")


def test_a_retweet_says_what_it_passes_on(said):
    first = said("Mary Jones retweeted a post that called the toll unfair.")[0]
    assert _read(first) == (
        "Mary Jones",
        "retweeted",
        "indirect",
        "a post that called the toll unfair",
    )


def test_a_question_asked_is_what_the_asker_says(said):
    [s] = said("Paul Reyes asked the senator on Wednesday if the bridge would reopen.")
    assert _read(s) == ("Paul Reyes", "asked the senator", "indirect", "if the bridge would reopen")


def test_a_cue_the_parser_hangs_from_the_clause_after_it_says_all_of_it(said):
    [s] = said("If the toll passes, Mary Jones suggested in a post, commuters will pay twice.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Mary Jones", "suggested", "indirect")
    assert s.content.startswith("If the toll passes")
    assert s.content.endswith("commuters will pay twice")


def test_a_share_of_respondents_speaks_for_itself(said):
    [s] = said("In the survey, 42% say the toll is unfair.")
    assert (*_read(s), s.speaker_kind) == ("42%", "say", "indirect", "the toll is unfair", "group")


def test_a_comparison_names_no_speaker(said):
    found = said("The harbour deficit is growing faster than the city auditors acknowledge.")
    assert not [s for s in found if "auditor" in s.speaker.lower()]
    [s] = said("The city auditors acknowledge that the harbour deficit is growing.")
    assert (s.speaker_mention, s.attribution_cue) == ("city auditors", "acknowledge")


def test_a_reports_cited_bullet_is_its_summary_of_the_actor(said):
    text = (
        "Harbour review\n\nDebates\n"
        "- Mayor Ines Duarte argues the new quay will pay for itself within a decade [2];"
        " the port union disputes the forecast [4]. [2][4]\n"
    )
    [s] = [s for s in said(text) if s.about == "Ines Duarte"]
    assert (s.speaker, s.kind) == ("the report", "summary")
    assert s.content.startswith("Mayor Ines Duarte argues")
    # The same words in an article's own prose are the mayor's.
    [own] = said("Mayor Ines Duarte argues the new quay will pay for itself within a decade.")
    assert (own.speaker, own.kind) == ("Ines Duarte", "indirect")


def test_a_reading_noun_in_any_of_its_forms_gives_its_holder(said):
    # "theses", "theories": the plural does not start with the noun as listed.
    [s] = said("Two theses, from the port historians, are that the quay sank and the tide rose.")
    assert (s.speaker, s.via, s.content) == (
        "port historians",
        "reading",
        "the quay sank and the tide rose",
    )


# -- inverted cues, set-off cues and how far the words run ----------------------------------------


def test_an_inverted_cue_takes_the_speaker_after_it_and_the_words_before(said):
    [s] = said(
        "The new levy will hurt small farms in the valley, said Dana Whitfield, a lobbyist "
        "for the growers."
    )
    assert _read(s) == (
        "Dana Whitfield",
        "said",
        "indirect",
        "The new levy will hurt small farms in the valley",
    )


def test_an_inverted_cue_after_a_quotation_takes_an_unnamed_speaker(said):
    [s] = said('"The drop we are seeing now is real," said a person close to the mayor.')
    assert (s.speaker, s.kind, s.content) == (
        "person close to the mayor",
        "direct",
        '"The drop we are seeing now is real,"',
    )


def test_a_subject_before_a_dash_closing_an_aside_speaks(said):
    [s] = said(
        "Many speakers at the vigil — including pastors, rabbis and imams — said the loss "
        "was painful for the town."
    )
    assert (s.speaker, s.content) == (
        "many speakers at the vigil",
        "the loss was painful for the town",
    )


def test_a_participle_of_saying_hung_from_the_clause_said_is_the_speakers(said):
    found = said("Dana Whitfield argued that the levy would help farmers, saying it was overdue.")
    assert {s.speaker for s in found} == {"Dana Whitfield"}


def test_the_words_said_run_to_the_end_of_the_sentence(said):
    [s] = said("The party chair said the process was fair, but required candidates to try harder.")
    assert s.content == "the process was fair, but required candidates to try harder"


def test_a_cue_set_off_inside_the_words_says_what_follows_it_too(said):
    [s] = said("The emails covered many topics, the newspaper said, including travel and budgets.")
    assert s.content.startswith("The emails covered many topics")
    assert s.content.endswith("including travel and budgets")


def test_the_question_put_to_a_speaker_is_not_what_they_say(said):
    [s] = said("Asked about the levy, Dana Whitfield said the rate was too high.")
    assert (s.speaker, s.content) == ("Dana Whitfield", "the rate was too high")


def test_calling_someone_something_after_a_fronted_phrase_is_a_view(said):
    [s] = said("In a post on Monday, Dana Whitfield called the levy a disaster.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "Dana Whitfield",
        "called",
        "the levy a disaster",
    )


def test_a_headline_name_addressing_someone_speaks_after_the_colon(said):
    [s] = said("Maria Lopez to farmers: The levy will fall in June.")
    assert (s.speaker, s.content) == ("Maria Lopez", "The levy will fall in June")


def test_an_editors_note_is_no_speaker(said):
    assert said("Editor's note: Our reporter owns shares in the company.") == []


def test_a_long_apposition_keeps_its_name_the_speaker(said):
    [s] = said(
        "Dana Whitfield, a farmer from Ohio who helped organize the protest at the capitol "
        "last spring, said the levy was unfair."
    )
    assert (s.speaker, s.content) == ("Dana Whitfield", "the levy was unfair")


# -- quotations that carry a speaker on, and what stops them ------------------------------------


def test_a_quotation_after_a_position_carries_its_holder_on(said):
    [s] = said('Dana Whitfield touted her record on trade. "We need fair rules for farmers."')
    assert s.speaker == "Dana Whitfield"
    assert s.content.endswith('"We need fair rules for farmers."')


def test_narration_about_someone_else_stops_a_quotation_carrying_on(said):
    [s] = said(
        '"We will win the count," Dana Whitfield said. Tom Baker disagreed. '
        '"The count is not over."'
    )
    assert s.content == '"We will win the count,"'


def test_a_quotation_handed_on_to_another_verb_is_not_the_last_speakers(said):
    [s] = said(
        '"The race is lost," Dana Whitfield said. "Friend, we can still win," the email read.'
    )
    assert s.content == '"The race is lost,"'


def test_the_speaker_as_subject_again_goes_on_with_what_they_say(said):
    first, *rest = said(
        "Organizers say they want calm at the convention. But they are also training for "
        "clashes with the police."
    )
    assert first.speaker == "organizers"
    assert [(s.speaker, s.content) for s in rest][-1] == (
        "organizers",
        "But they are also training for clashes with the police.",
    )


def test_a_belief_restated_with_a_pronoun_is_in_what_was_said(said):
    [s] = said("The city officials said they think the bridge will close in May.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "city officials",
        "said",
        "they think the bridge will close in May",
    )


def test_words_before_a_cue_that_only_names_its_audience_are_what_is_said(said):
    [s] = said("Guns are the ultimate crisis of public health, Howard Dean tells the convention.")
    assert (s.speaker, s.content) == (
        "Howard Dean",
        "Guns are the ultimate crisis of public health",
    )
    assert said("In Iowa on Monday, Maria Lopez told voters.") == []


def test_a_one_word_quotation_before_an_inverted_cue_is_said(said):
    [s] = said('"Probably," said Dana Whitfield, a farmer from the valley.')
    assert (s.speaker, s.content) == ("Dana Whitfield", '"Probably,"')


def test_a_noun_set_off_by_its_relative_clause_speaks(said):
    found = said("One delegate, who asked not to be named, said the vote would be close.")
    assert ("one delegate", "the vote would be close") in [(s.speaker, s.content) for s in found]


def test_speaking_on_condition_of_anonymity_is_how_not_what_is_said(said):
    [s] = said(
        "Maria Lopez met the mayor on Monday. The plan is dead, she said, on condition of "
        "anonymity to speak freely about the council."
    )
    assert (s.speaker, s.attribution_cue) == ("Maria Lopez", "said")
    assert s.content.startswith("The plan is dead")


def test_a_position_with_do_support_is_taken_a_modal_one_is_not(said):
    [s] = said("Maria Lopez did support the farm levy in March.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Maria Lopez", "did support", "position")
    assert said("Maria Lopez would support the farm levy.") == []


def test_firing_back_at_or_taking_aim_at_something_is_a_position(said):
    [s] = said("Maria Lopez fired back at the council over the farm levy.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Maria Lopez", "fired back at", "position")
    assert s.content.startswith("the council")
    [s] = said("Maria Lopez took aim at the new farm levy.")
    assert (s.attribution_cue, s.content) == ("took aim at", "the new farm levy")


def test_a_quotation_opening_a_sentence_with_a_relative_clause_carries_on(said):
    first, *_ = said(
        '"Our members are angry with the mayor," said Dana Whitfield, a spokeswoman for '
        'the growers. "She has been aggressive with the levy," which Whitfield thinks will '
        "cost jobs."
    )
    assert first.speaker == "Dana Whitfield"
    assert first.content.endswith('"She has been aggressive with the levy,"')


def test_a_quotation_after_a_saying_participle_carries_the_quotation_before_it(said):
    quoted, *_ = said(
        '"That speaks volumes," Dana Whitfield said, adding that the campaign would work '
        'hard in the valley. "They are waiting to be courted."'
    )
    assert quoted.attribution_cue == "said"
    assert quoted.content.endswith('"They are waiting to be courted."')


def test_a_study_that_found_something_reports_it(said):
    [s] = said("A new survey found broad support for the levy among farmers.")
    assert _read(s) == (
        "new survey",
        "found",
        "indirect",
        "broad support for the levy among farmers",
    )
    assert said("The farmer found a wallet on the road.") == []


def test_an_answer_is_what_was_said_up_to_the_next_cue(said):
    found = said(
        "Asked whether the mayor has the integrity to serve, 75 percent of voters said yes, "
        "but 55 percent of all farmers say she does not."
    )
    assert ("voters", "yes") in [(s.speaker, s.content) for s in found]


def test_explaining_detailing_or_outlining_something_says_it(said):
    [s] = said("Maria Lopez outlined a plan to cut the farm levy by half.")
    assert _read(s) == (
        "Maria Lopez",
        "outlined",
        "indirect",
        "a plan to cut the farm levy by half",
    )


def test_a_quotation_in_the_question_put_is_not_the_answer(said):
    [s] = said(
        'Asked whether the mayor "has the integrity to serve the town," 75 percent of voters '
        "said yes."
    )
    assert (s.speaker, s.content) == ("voters", "yes")


def test_a_sentence_opening_with_a_poll_is_the_polls_report(said):
    found = said("In a September poll, 75 percent of farmers said the levy was unfair.")
    assert ("September poll", "in", "75 percent of farmers said the levy was unfair") in [
        (s.speaker, s.attribution_cue, s.content) for s in found
    ]
    assert all(s.attribution_cue != "in" for s in said("In a poll booth, the farmer voted."))


def test_a_headline_name_and_colon_give_the_words_after_it(said):
    statements = said(
        "Mary Jones: Harbour repairs will be done by May\n\nThe mayor spoke on Monday."
    )
    assert [(s.speaker, s.content) for s in statements] == [
        ("Mary Jones", "Harbour repairs will be done by May")
    ]
    # ... also when the words have no verb, and the tagger ran the name on past the colon.
    [s] = said("Mary Jones: Repairs by May, not June\n\nThe mayor spoke on Monday.")
    assert (s.speaker, s.content) == ("Mary Jones", "Repairs by May, not June")
