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
