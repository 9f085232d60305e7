"""Who says what: the rules that widen and narrow attribution, on our own sentences.

Each test states what a reader would check in the statements of a sentence:
who speaks, by which cue, and which words are attributed. The sentences are
made up; none is taken from an article.
"""

from __future__ import annotations

# -- who speaks --------------------------------------------------------------------------------


def test_a_role_with_a_name_in_apposition_is_the_named_person(said):
    [s] = said("The party's treasurer, Dana Whitfield, suggested that the audit was flawed.")
    assert (s.speaker, s.speaker_kind, s.content) == (
        "Dana Whitfield",
        "person",
        "the audit was flawed",
    )


def test_a_share_of_a_group_speaks_for_the_group(said):
    [s] = said("Two of the senators said the bill would pass.")
    assert (s.speaker, s.speaker_kind, s.content) == ("senators", "group", "the bill would pass")


def test_who_names_a_person_whatever_its_noun(said):
    [s] = said("The teachers who said the law punished them marched on Friday.")
    assert (s.speaker, s.speaker_mention, s.content) == (
        "teachers",
        "who",
        "the law punished them",
    )


def test_a_pronoun_far_from_its_person_still_finds_her(said):
    found = said(
        "Maria Lopez arrived in Ohio on Monday. The rally was loud. The crowd sang. "
        "The band played. She said the campaign was going well."
    )
    assert [(s.speaker, s.speaker_mention) for s in found] == [("Maria Lopez", "She")]


def test_a_participle_takes_the_noun_it_describes(said):
    # "a super PAC supporting X": the PAC backs X, not whoever is named inside.
    [s] = said("A super PAC supporting Tom Baker ran ads in Ohio.")
    assert (s.speaker, s.kind, s.content) == ("PAC", "position", "Tom Baker")


def test_a_passive_verb_gives_its_subject_to_the_infinitive(said):
    [s] = said('Mayor Tom Baker was prompted to say, "The city is safe tonight."')
    assert (s.speaker, s.kind, s.content) == ("Tom Baker", "direct", '"The city is safe tonight."')


def test_the_one_asked_is_not_the_one_asking(said):
    found = said("Asked whether he would run, Tom Baker said he had not decided.")
    assert [(s.speaker, s.attribution_cue) for s in found] == [("Tom Baker", "said")]


def test_the_subject_nearest_its_verb_speaks(said):
    # The parser gives "said" two subjects; the state in the parenthesis is not one.
    [s] = said("At a rally in Berea, OH, Gov. John Kasich (R-OH), said the state was ready.")
    assert (s.speaker, s.content) == ("John Kasich", "the state was ready")


def test_a_dash_taken_for_a_verb_speaks_for_nobody(said):
    assert said("WASHINGTON ― President Barack Obama made history on Tuesday.") == []


# -- what is said -------------------------------------------------------------------------------


def test_the_content_runs_to_the_end_of_its_clause(said):
    [s] = said("Senator Jane Holt praised the governor's leadership in the aftermath of the flood.")
    assert (s.kind, s.attribution_cue) == ("position", "praised")
    assert s.content == "the governor's leadership in the aftermath of the flood"


def test_according_to_is_not_part_of_what_is_said(said):
    statements = said("Donald Trump praised the police, according to The Washington Post.")
    praised = [s for s in statements if s.attribution_cue == "praised"]
    assert [s.content for s in praised] == ["the police"]


def test_a_colon_announces_the_quotation_of_its_subject(said):
    [s] = said('Senator Mary Jones went further: "This budget is a disgrace."')
    assert (s.speaker, s.kind, s.content) == (
        "Mary Jones",
        "direct",
        '"This budget is a disgrace."',
    )


def test_a_colon_after_the_parenthetical_question(said):
    [s] = said('Asked about the flap, Mr. Tom Smith shot back: "That would be good for everyone."')
    assert (s.speaker, s.kind, s.attribution_cue) == ("Tom Smith", "direct", "shot back")
    assert s.content == '"That would be good for everyone."'


def test_any_verb_right_after_a_quotation_says_it(said):
    [s] = said('"We cannot wait any longer," Maria Lopez fumed on Tuesday.')
    assert (s.speaker, s.kind, s.attribution_cue) == ("Maria Lopez", "direct", "fumed")
    assert s.content == '"We cannot wait any longer,"'
    # A title in quotation marks is no one's words.
    assert said('"The Long Night," which ran for years, made him famous.') == []


def test_whom_it_is_said_to_is_not_what_is_said(said):
    [s] = said(
        'The Baker campaign shrugged it off, telling reporters, "Nobody asked for that '
        'endorsement."'
    )
    assert s.content == '"Nobody asked for that endorsement."'
    assert s.attribution_cue == "telling reporters"


def test_a_quotation_goes_on_in_the_next_paragraph(said):
    [s] = said('"We will win," Tom Baker said.\n\n"The voters are with us, and they know it."')
    assert (s.speaker, s.kind) == ("Tom Baker", "direct")
    assert s.content.startswith('"We will win,"')
    assert s.content.endswith('"The voters are with us, and they know it."')


def test_a_quotation_after_a_word_and_a_comma_goes_on(said):
    [s] = said('"We will win," Tom Baker said. Now, "the voters are with us."')
    assert s.content.endswith('"the voters are with us."')


def test_positions_and_intentions_held_in_adjectives(said):
    [critical] = said("Senator Jane Holt is critical of the trade deal.")
    assert (critical.kind, critical.content) == ("position", "the trade deal")
    [willing] = said("Senator Jane Holt is willing to negotiate with the unions.")
    assert (willing.kind, willing.content) == ("intention", "to negotiate with the unions")


# -- what is not a statement --------------------------------------------------------------------


def test_speech_refused_or_wanted_is_not_speech_made(said):
    found = said("Senator Jane Holt declined to discuss the investigation.")
    assert all("discuss" not in s.attribution_cue for s in found)
    assert [(s.kind, s.content) for s in found] == [("intention", "to discuss the investigation")]


def test_words_with_nothing_of_their_own_are_no_statement(said):
    assert said("Tom Baker said that.") == []


def test_a_position_reported_by_someone_else_is_theirs_to_report(said):
    # Lopez says where Baker stands; Baker took no position in this sentence.
    found = said("Maria Lopez said Tom Baker opposes the plan.")
    assert [(s.speaker, s.kind, s.content) for s in found] == [
        ("Maria Lopez", "indirect", "Tom Baker opposes the plan")
    ]
