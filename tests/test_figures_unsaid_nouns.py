"""What a count counts when its noun is left out, or follows a name or a long modifier.

The gold guidelines (``eval/figures_guidelines.md``) give a count whose sentence never
says what it counts no unit: "His mother and 10 others died" names no one, while
"killed 14 people and injured 60 others" does. A count said to *be* something ("31 of
them were children") counts that; a name before the counted noun ("four Wimbledon
doubles titles") and a hyphened modifier ("denial-of-service") do not hide it.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figure_and_claim, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # "others" after people said in the sentence, or before a "who" clause: people
        ("The storm killed 14 people and injured 60 others.", "60 others", "people"),
        ("Police held one Kenyan and four others overnight.", "four others", "people"),
        ("There are two or three others who feel the same.", "two or three others", "people"),
        # no one named before: the sentence does not say what the others are
        ("The captain and 12 others drowned when the ferry sank.", "12 others", ""),
        ("Three others were stopped at the gate.", "Three others", ""),
    ],
)
def test_others_count_people_only_when_people_are_said(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The four were arrested at the border on Sunday.", "people"),
        ("The three were released without charge.", "people"),
        # a verb said of anything: the count names nothing
        ("The three are expected to join the bloc in May.", ""),
        ("Nine were included on the watchlist this year.", ""),
    ],
)
def test_a_bare_number_subject_counts_people_only_under_a_verb_done_to_people(analyzer, text, unit):
    [count] = analysed(analyzer, text).quantities
    assert count.unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The clinic saw 90 patients, and 31 of them were children.", "31", "children"),
        ("Of the 400 firms polled, more than 120 were exporters.", "more than 120", "exporters"),
    ],
)
def test_a_count_said_to_be_something_counts_it(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_an_adjective_said_of_the_number_is_no_unit(analyzer):
    figures = figures_read(analyzer, "Its 301 MPs were 17 short of a majority.")
    assert figures["17"][1] == "mps"  # the MPs said before, not "short"
    figures = figures_read(analyzer, "The shelter takes in an average of about 3,000 a year.")
    assert figures["about 3,000 a year"][1] == "per year"  # a rate, not an index's points


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "She won four Wimbledon doubles titles.",
            "four Wimbledon doubles titles",
            "doubles titles",
        ),
        (
            "He holds three Grand Slam mixed doubles titles.",
            "three Grand Slam mixed doubles titles",
            "mixed doubles titles",
        ),
        (
            "The firm blocked 226 distributed denial-of-service attacks.",
            "226 distributed denial-of-service attacks",
            "denial-of-service attacks",  # the hyphened noun names their kind; kept
        ),
        # a name that is the whole of a title, followed by its own figure, stays apart
        ("He starred in 21 Jump Street for three years.", "three years", "years"),
    ],
)
def test_the_counted_noun_after_a_name_or_a_long_modifier(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_others_beside_the_subject_are_not_the_subject(analyzer):
    extraction = analysed(analyzer, "The captain and 12 others drowned when the ferry sank.")
    _, claim = figure_and_claim(extraction, "12 others")
    assert claim.subject != "captain"
    assert claim.metric is not None and "drown" in claim.metric


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The airline ordered 30 of the aircraft, at $120m each.", "$120m", "USD per aircraft"),
        (
            "It had 27 titles that sold more than one million copies each.",
            "more than one million copies",
            "copies per title",
        ),
        # a share-out is a sum, and a count of the same noun is that many apiece
        ("Some 800,000 members will get a payout worth £52 each.", "£52", "GBP"),
        ("Ireland has seven victories, and France five each.", "five", "victories"),
    ],
)
def test_each_after_a_figure_rates_it_per_thing_counted_before(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_rate_said_after_the_end_of_a_from_to_holds_for_its_start(analyzer):
    figures = figures_read(analyzer, "Crude rose from $50 to $57 a barrel in a month.")
    assert figures["$50"][1] == figures["$57 a barrel"][1] == "USD per barrel"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "A reward of up to 2 million U.S. dollars was offered.",
            "up to 2 million U.S. dollars",
            "USD",
        ),
        ("The tax adds 19 United States cents.", "19 United States cents", "USD cents"),
    ],
)
def test_the_united_states_with_stops_or_in_full_names_its_dollars(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_participle_before_a_plural_subject_modifies_it(analyzer):
    text = "Smith leads in Ohio, where 475 pledged delegates are at stake."
    assert figures_read(analyzer, text)["475 pledged delegates"][1] == "delegates"


def test_a_wire_sign_off_glued_to_the_stop_is_not_what_a_count_counts(analyzer):
    text = "The bomb left 14 people dead and more than 20 wounded.--Kevin Jones."
    figures = figures_read(analyzer, text)
    assert figures["more than 20"][1] == "people"
