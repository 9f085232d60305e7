"""Figures read on BBC news again (the ``dev15`` split): a whole and a half in words, a sum
before a dash and another figure, a jump's distance, an age bounded after "aged", a moment
("one day"), a range whose ends are both restated in brackets, a cap's "up to", a part
with a verb after it, a cut "in half", a stretch compared with a bare number, occasions out
of a run, jobs created, a sentence said as someone's estimate, people "left homeless", and
numbers that name a title, a model or a standard.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, claims_of, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("It has two and a half million bikes.", "two and a half million bikes", 2.5e6, "bikes"),
        ("She signed a three-and-a-half year deal.", "three-and-a-half year", 3.5, "years"),
        ("The plan adds a four-and-a-half-acre park.", "four-and-a-half-acre", 4.5, "acres"),
        ("Tickets cost one and a half times more than in May.", "one and a half times", 1.5, "x"),
    ],
)  # fmt: skip
def test_a_whole_and_a_half_is_one_number(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (value, unit)


def test_a_sum_before_a_dash_and_a_share_keeps_both(analyzer):
    figures = figures_read(analyzer, "The bill should reach £40bn - 12% more than planned.")
    assert figures["£40bn"][:2] == (40e9, "GBP") and figures["12%"][0] == 12


def test_a_distance_jumped_is_in_metres(analyzer):
    assert figures_read(analyzer, "Okafor landed 16.85m at the indoor trials.")["16.85m"][1] == "m"


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("Nearly one in four voters aged under 25 stayed at home.", "under 25", "<"),
        ("Workers aged between 50 and 64 were asked.", "50 and 64", "="),
    ],
)  # fmt: skip
def test_an_age_after_aged_and_a_bound(analyzer, text, figure, approx):
    assert figures_read(analyzer, text)[figure][1:] == ("years", approx)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A steward walked beside me one day in March.", False),
        ("The power went out one cold night last week.", False),
        ("The strike lasted one day.", True),
        ("He was held for one day.", True),
    ],
)
def test_one_day_picks_a_moment_unless_it_lasts(analyzer, text, kept):
    assert bool(figures_read(analyzer, text)) is kept


def test_a_range_whose_ends_are_restated_gives_two_ranges(analyzer):
    text = "The letters were valued at between $20,000 (£11,000) and $40,000 (£22,000)."
    quantities = analysed(analyzer, text).quantities
    assert [(q.low, q.high, q.unit) for q in quantities] == [
        (20000, 40000, "USD"),
        (11000, 22000, "GBP"),
    ]


def test_up_to_after_a_fine_caps_it_and_its_conversions(analyzer):
    figures = figures_read(analyzer, "The bank may face a fine up to 500,000 yuan ($60,000).")
    assert figures["up to 500,000 yuan"][2] == "<=" and figures["$60,000"][2] == "<="


def test_a_part_before_a_verb_is_a_fraction(analyzer):
    figures = figures_read(analyzer, "Most liked the app, though nearly a third said it was slow.")
    assert figures["nearly a third"][0] == pytest.approx(1 / 3)


def test_a_cut_in_half_is_a_decrease_to_half(analyzer):
    claim = by_figure(claims_of(analyzer, "The merger cut the bank's stake in half."), "in half")
    assert claim.quantity is not None and claim.quantity.low == 0.5
    assert claim.change == "decrease"


def test_a_bare_number_compared_with_a_stretch_takes_its_unit(analyzer):
    figures = figures_read(analyzer, "Selling a flat now takes 70 days, up from 48 in spring.")
    assert figures["48"][1] == "days"


def test_occasions_out_of_a_run_are_a_fraction(analyzer):
    text = "The favourite has won 16 times out of the last 20 years."
    quantity = analysed(analyzer, text).quantities[0]
    assert (quantity.kind, quantity.low) == ("ratio", 0.8)


def test_twice_this_season_counts_occasions(analyzer):
    figures = figures_read(analyzer, "She has broken the national record twice this season.")
    assert figures["twice"][1] == "times"


def test_jobs_to_be_created_are_an_increase(analyzer):
    text = "About 150,000 jobs will need to be created every month."
    assert by_figure(claims_of(analyzer, text), "150,000 jobs").change == "increase"


@pytest.mark.parametrize(
    "text",
    [
        "By some estimates, 300,000 migrants live in the region.",
        "The pile has now reached 300,000 migrants, estimates Ana Ruiz, who wrote the study.",
    ],
)
def test_a_sentence_said_as_an_estimate_makes_its_figures_approximate(analyzer, text):
    assert figures_read(analyzer, text)["300,000 migrants"][2] == "~"


def test_an_estimate_that_keeps_its_figure_exact(analyzer):
    text = "The institute estimates that 300,000 migrants live in the region."
    assert figures_read(analyzer, text)["300,000 migrants"][2] == "="


def test_people_left_homeless_are_counted(analyzer):
    text = "About 2,000 people were killed and three million left homeless by the floods."
    assert figures_read(analyzer, text)["three million"][:2] == (3e6, "people")


@pytest.mark.parametrize(
    "text",
    [
        "Critics attacked the new season of the drama 24 on Friday.",
        "The shop sells the Nokia 902 3G handset.",
        "The hub runs an 802.11g wireless network and an 802.11b one.",
    ],
)
def test_numbers_that_name_a_title_a_model_or_a_standard_are_no_figures(analyzer, text):
    assert not figures_read(analyzer, text)


def test_a_ban_in_contests_counts_one(analyzer):
    assert figures_read(analyzer, "That means a one-match ban for the striker.")["one-match"][
        :2
    ] == (
        1,
        "match",
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Her father, one of six, left school at 14.", "six"),
        ("The new unit would be one of four in the corps.", "four"),
    ],
)  # fmt: skip
def test_the_whole_after_one_of_is_a_count(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


def test_one_of_a_counted_noun_keeps_its_noun(analyzer):
    assert figures_read(analyzer, "He is one of seven children.")["seven children"][1] == "children"


@pytest.mark.parametrize(
    "text",
    [
        "The captain was sent off for two cautions in the first half.",
        "A late penalty from Hughes, who kicked 11 points, settled it.",
    ],
)
def test_bookings_and_points_kicked_in_a_match_are_no_figures(analyzer, text):
    assert not figures_read(analyzer, text)


def test_points_won_by_in_a_poll_stay(analyzer):
    assert "8 points" in figures_read(analyzer, "The senator won by 8 points in May.")


def test_a_part_of_a_total_of_is_one_fraction(analyzer):
    text = "The two are just two of a total of 12 domains under review."
    assert figures_read(analyzer, text)["two of a total of 12"][:2] == (2, "of 12")
