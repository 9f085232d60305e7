"""Who takes which stance: attitudes, positions on an object, bylines under a quotation.

Each test states what a reader would check in the statements of a made-up
text: who speaks (resolved, and as written), by which cue, of which kind, and
which words are attributed. None is taken from an article.
"""

from __future__ import annotations

from extractors.records import Statement


def _read(s: Statement) -> tuple[str, str, str, str]:
    return (s.speaker, s.attribution_cue or "", s.kind, s.content or "")


# -- attitudes: "X was upbeat about Y", "X agreed with Y" ---------------------------------


def test_an_adjective_of_attitude_takes_a_position_on_what_it_is_about(said):
    [s] = said("Senator Mary Jones was upbeat about the new harbour levy.")
    assert _read(s) == ("Mary Jones", "was upbeat about", "position", "the new harbour levy")


def test_a_participle_of_feeling_is_an_attitude(said):
    [s] = said("Mayor Tom Brandt was irritated about the delays at the port.")
    assert _read(s) == ("Tom Brandt", "was irritated about", "position", "the delays at the port")


def test_an_adjective_with_a_that_clause_is_a_belief(said):
    [s] = said("Governor Ana Ruiz was adamant that the bridge would reopen in May.")
    assert s.speaker.endswith("Ana Ruiz")
    assert _read(s)[1:] == ("was adamant", "belief", "the bridge would reopen in May")


def test_an_adjective_of_a_state_or_a_thing_is_no_attitude(said):
    assert said("The museum was close to the harbour and based on an old design.") == []
    assert said("It was clear that the bridge would reopen in May.") == []


def test_a_verb_and_its_preposition_take_a_position(said):
    [s] = said("Senator Mary Jones agreed with the farmers on the levy.")
    assert _read(s)[:3] == ("Mary Jones", "agreed with", "position")
    assert s.content.startswith("the farmers")


def test_in_favor_of_is_a_position_whatever_the_verb(said):
    [s] = said("Mayor Tom Brandt voted in favor of the new stadium.")
    assert _read(s) == ("Tom Brandt", "voted in favor of", "position", "the new stadium")


# -- positions on an object: "X dismissed Y" ---------------------------------------------


def test_a_cue_verb_takes_a_position_on_its_object(said):
    [s] = said("Senator Mary Jones dismissed the harbour plan.")
    assert _read(s) == ("Mary Jones", "dismissed", "position", "the harbour plan")


def test_the_object_runs_on_with_its_preposition(said):
    [s] = said("County prosecutors charged the mayor with fraud.")
    assert _read(s) == ("county prosecutors", "charged", "position", "the mayor with fraud")


def test_a_directive_takes_a_position_on_what_it_orders(said):
    [s] = said("A federal judge ordered the city to release the video.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("federal judge", "ordered", "position")
    assert s.content == "the city to release the video"


def test_what_is_known_found_or_reported_is_no_position(said):
    assert said("Senator Mary Jones knows the mayor well.") == []
    assert said("Acme Corp reported a loss in March.") == []
    assert said("Senator Mary Jones found a new house in the city.") == []


def test_a_crowd_takes_a_position_only_on_an_object(said):
    [s] = said("The crowd booed the mayor's answer.")
    assert (s.speaker, s.attribution_cue, s.kind, s.content) == (
        "crowd",
        "booed",
        "position",
        "the mayor's answer",
    )
    assert said("The crowd cheered loudly as the mayor spoke in the square.") == []


def test_a_name_given_is_no_position(said):
    assert said("Firms use fewer tokens, what engineers call token efficiency.") == []


def test_a_position_to_come_is_not_taken(said):
    assert said("Senator Mary Jones will dismiss the harbour plan.") == []


# -- forms of quotation -------------------------------------------------------------------


def test_a_byline_under_a_quotation_of_several_sentences_says_all_of_it(said):
    text = (
        "The debate ran late.\n\n"
        '"The harbour plan is a disgrace. It will cost the city a fortune."\n\n'
        "- Mary Jones.\n\n"
        "The mayor left early."
    )
    [s] = said(text)
    assert (s.speaker, s.kind) == ("Mary Jones", "direct")
    assert s.content == '"The harbour plan is a disgrace. It will cost the city a fortune."'


def test_a_colon_after_the_noun_of_a_statement_announces_the_quotation(said):
    [s] = said('Mayor Tom Brandt released the following statement: "We will rebuild the pier."')
    assert (s.speaker, s.kind, s.content) == (
        "Tom Brandt",
        "direct",
        '"We will rebuild the pier."',
    )


# -- the author: "I think ..." in the narration -------------------------------------------


def test_the_narrator_s_first_person_is_the_author(said):
    [s] = said("I think the harbour plan will fail within a year.")
    assert (s.speaker, s.speaker_mention, s.kind, s.content) == (
        "the author",
        "I",
        "belief",
        "the harbour plan will fail within a year",
    )


def test_an_interview_s_answer_is_not_the_author_s(said):
    text = "Q: What did you find?\n\nA: I think the harbour plan will fail within a year."
    assert all(s.speaker != "the author" for s in said(text))


# -- views a sentence opens with, and light verbs ----------------------------------------


def test_a_sentence_opened_by_whose_view_it_is_is_their_belief(said):
    [s] = said("To Senator Mary Jones, the harbour levy marked a turning point.")
    assert (s.speaker, s.kind, s.content) == (
        "Mary Jones",
        "belief",
        "the harbour levy marked a turning point",
    )


def test_a_sentence_opened_by_a_place_or_a_time_is_nobody_s_view(said):
    assert said("To the north, the harbour levy marked a turning point.") == []


def test_in_someone_s_view_is_their_belief(said):
    [s] = said("In Mayor Tom Brandt's view, the harbour levy is far too high.")
    assert (s.speaker, s.kind, s.content) == (
        "Tom Brandt",
        "belief",
        "the harbour levy is far too high",
    )


def test_made_clear_says_its_clause(said):
    [s] = said("Mayor Tom Brandt made clear that the pier would be rebuilt.")
    assert (s.speaker, s.attribution_cue, s.kind, s.content) == (
        "Tom Brandt",
        "made clear",
        "indirect",
        "the pier would be rebuilt",
    )


def test_a_light_verb_s_noun_takes_a_position(said):
    [s] = said("Senator Mary Jones has not taken a position on the harbour levy.")
    assert (s.speaker, s.kind, s.content) == ("Mary Jones", "position", "the harbour levy")


def test_a_verb_and_its_particle_take_a_position_by_the_preposition(said):
    [s] = said("Senator Mary Jones lashed out at the harbour board.")
    assert _read(s) == ("Mary Jones", "lashed out at", "position", "the harbour board")


def test_striking_someone_for_something_is_an_attack(said):
    [s] = said("Senator Mary Jones hit Tom Brandt for skipping the debate.")
    assert _read(s) == ("Mary Jones", "hit", "position", "Tom Brandt for skipping the debate")
    assert said("The index hit a record in March.") == []


def test_a_noun_of_someone_taking_a_position_names_it(said):
    [s] = said("Senator Mary Jones has been a strong supporter of the harbour levy.")
    assert _read(s) == ("Mary Jones", "supporter of", "position", "the harbour levy")
    [s] = said("Mayor Tom Brandt, an outspoken critic of the levy, left early.")
    assert _read(s) == ("Tom Brandt", "critic of", "position", "the levy")


# -- polls ---------------------------------------------------------------------------------


def test_a_poll_introduced_in_the_predicate_reports_the_words_before_it(said):
    [s] = said("Mayor Tom Brandt leads the race by ten points in the latest poll.")
    assert (s.speaker, s.content) == (
        "latest poll",
        "Mayor Tom Brandt leads the race by ten points",
    )


def test_a_poll_named_before_reports_nothing_new(said):
    assert said("Mayor Tom Brandt leads the race by ten points in the poll.") == []


def test_a_named_actor_s_name_for_something_is_their_framing(said):
    [s] = said("The pier closed, what Mayor Tom Brandt called a shameful waste of money.")
    assert (s.speaker, s.kind, s.content) == ("Tom Brandt", "position", "a shameful waste of money")


def test_a_term_of_art_or_a_proper_name_is_no_framing(said):
    assert said("Firms use fewer tokens, what engineers call token efficiency.") == []
    assert said("Ports were built through what Beijing calls the Digital Silk Road.") == []


# -- headlines -------------------------------------------------------------------------------


def test_a_headline_s_name_and_verb_attribute_the_rest_of_its_line(said):
    statements = said(
        "Mary Jones Praises Harbour Board For Quick Repairs\n\nThe board met on Monday."
    )
    assert [(s.speaker, s.attribution_cue, s.kind, s.content) for s in statements] == [
        ("Mary Jones", "Praises", "position", "Harbour Board For Quick Repairs")
    ]


def test_a_place_opening_a_headline_says_nothing(said):
    assert said("Paris Attacks Test The Mayor's Strategy\n\nThe board met on Monday.") == []


def test_dismissing_takes_a_position_only_with_its_particle(said):
    [s] = said("Senator Mary Jones brushed aside the harbour board's concerns.")
    assert _read(s) == ("Mary Jones", "brushed", "position", "the harbour board's concerns")
    assert said("Senator Mary Jones brushed her hair.") == []
