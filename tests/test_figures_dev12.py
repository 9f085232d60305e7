"""Figures read on political news the rules were not fitted to (the ``dev12`` split): a
spread of estimates, rates "per" any noun, "-plus" bounds, a half-dozen, a multiplier said
as a verb, stretches of time that say when, and a number glued to a visa's name.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        ("Estimates of the intake range from 80,000 to 200,000.", "80,000 to 200,000",
         80_000, 200_000),
        ("A refit costs anywhere from $15 million to $30 million.",
         "$15 million to $30 million", 15e6, 30e6),
    ],
)  # fmt: skip
def test_a_spread_of_estimates_is_one_range_not_a_change(analyzer, text, figure, low, high):
    [quantity] = [q for q in analysed(analyzer, text).quantities if q.text == figure]
    assert (quantity.low, quantity.high) == (low, high)


def test_a_movement_from_one_figure_to_another_stays_two_figures(analyzer):
    read = figures_read(analyzer, "Sales rose from $5bn to $8bn.")
    assert {"$5bn", "$8bn"} <= set(read)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The network paid more than $3 million per episode.",
         "more than $3 million per episode", "USD per episode"),
        ("He spent $90 million ($150 a vote).", "$150 a vote", "USD per vote"),
        ("Fees are $8,000 per student.", "$8,000 per student", "USD per student"),
        # a name or a number after "per" is not the rate's unit
        ("It offered 410 pence per LSE share.", "410 pence", "GBP pence"),
    ],
)  # fmt: skip
def test_a_rate_per_any_noun(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "value", "approx"),
    [
        ("The firm laid off its 5,000-plus workers.", "5,000-plus workers", 5_000, ">"),
        ("A half-dozen of the seats are in swing states.", "A half-dozen", 6, "="),
        ("Officials are checking about 80,000 K-1 visas.", "about 80,000 K-1 visas", 80_000,
         "~"),
    ],
)  # fmt: skip
def test_bounds_and_numbers_said_in_other_words(analyzer, text, figure, value, approx):
    low, _, said = figures_read(analyzer, text)[figure]
    assert (low, said) == (value, approx)


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The new plant should more than double its output.", "more than double", "increase"),
        ("The gala raised about $90,000, about double what she expected.", "about double",
         "level"),
    ],
)  # fmt: skip
def test_a_multiplier_said_as_a_verb_is_a_change(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


@pytest.mark.parametrize(
    "text",
    [
        "The primaries are more than three months away.",
        "Marchers rallied on all five days of the summit.",
        "Over one 10-year stretch in the Senate, he never missed a vote.",
        "That adds up to 240,000 over three years.",
    ],
)
def test_stretches_of_time_that_say_when_are_no_figures(analyzer, text):
    assert not [q for q in analysed(analyzer, text).quantities if q.kind == "duration"]


def test_a_trip_so_many_minutes_away_is_a_length_of_time(analyzer):
    read = figures_read(analyzer, "The venue was a mere 40 minutes away on his jet.")
    assert read["40 minutes"][1] == "minutes"


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("She ran closer than before, losing just 53 percent to 47 percent.", "53 percent",
         "level"),
        ("His lead turned into a four-point loss to Jo Roe.", "four-point", "level"),
        ("Labour lost 4 points to the Tories in a month.", "4 points", "decrease"),
        ("Shares lost 5% to 120p.", "5%", "decrease"),
        ("That needs a net gain of six seats.", "six seats", "increase"),
        ("The firm posted a net loss of more than $90 million.", "more than $90 million",
         "level"),
    ],
)  # fmt: skip
def test_a_defeat_and_a_net_gain(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


def test_a_sum_between_a_count_and_its_noun_is_a_figure_of_its_own(analyzer):
    read = figures_read(analyzer, "Entrants compete for one of four $25,000 grants.")
    assert read["four"][1] == "grants"
    assert read["$25,000"][1] == "USD"


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a list of separate figures, not a range of its last two
        ("He will not take in 50,000, 80,000 or 120,000 migrants.",
         [("50,000", 50_000), ("80,000", 80_000), ("120,000 migrants", 120_000)]),
        # a list of shares the tagger reads as dates
        ("If you can make 6, 7, 9 percent, you're doing well.",
         [("6", 6), ("7", 7), ("9 percent", 9)]),
    ],
)  # fmt: skip
def test_a_list_of_figures_is_each_a_figure(analyzer, text, figures):
    read = figures_read(analyzer, text)
    assert [(figure, read[figure][0]) for figure, _ in figures] == figures


def test_a_list_of_shares_shares_its_unit(analyzer):
    read = figures_read(analyzer, "If you can make 6, 7, 9 percent, you're doing well.")
    assert [read[f][1] for f in ("6", "7", "9 percent")] == ["%", "%", "%"]
    assert figures_read(analyzer, "In 12, 40% said yes.")["12"][1] == ""


def test_a_tally_to_nil_and_a_rating_signed_plus(analyzer):
    read = figures_read(analyzer, "Nobody voted against her: she was confirmed 88 to 0.")
    assert (read["88"][0], read["0"][0]) == (88, 0)
    read = figures_read(analyzer, "Her net rating fell to -9 points while his sits at +21 points.")
    assert read["21 points"][0] == 21
    assert "1" not in figures_read(analyzer, "Both parties split 4 to 1 in favour.")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Ottawa will hand back 2 billion Canadian dollars, more than the 1.5 billion "
         "dollars it takes in.", "1.5 billion dollars", "CAD"),
        ("It cost 5 Australian dollars. A later one cost 6 dollars.", "6 dollars", "USD"),
    ],
)  # fmt: skip
def test_plain_dollars_take_the_country_the_sentence_named(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "It was wrong to have one set of rules for them and another for us.",
        "The claim rests on one piece of a tax return.",
        "I have one version from him, he said.",
        "That will not do, one Labour aide said on Monday.",
    ],
)
def test_one_that_means_a_single_or_a_certain_counts_nothing(analyzer, text):
    assert not [q for q in analysed(analyzer, text).quantities if q.low == 1]


def test_one_that_counts_stays(analyzer):
    assert "one official" in figures_read(analyzer, "Only one official spoke.")


@pytest.mark.parametrize(
    ("text", "figures", "unit"),
    [
        ("The number of seats to go would depend on the vote, but it could mean a cut of "
         "about 40 from the current 300.", ["about 40", "300"], "seats"),
        ("It brought the total number of classified emails on the server to 1,200.",
         ["1,200"], "emails"),
    ],
)  # fmt: skip
def test_a_bare_count_counts_the_number_of_its_sentence(analyzer, text, figures, unit):
    read = figures_read(analyzer, text)
    assert [read[figure][1] for figure in figures] == [unit] * len(figures)


def test_a_share_said_annual_is_a_rate_per_year(analyzer):
    read = figures_read(analyzer, "The fund promises a 6 percent annual return.")
    assert read["6 percent"][1] == "% per year"


def test_a_casualty_count_after_lives_counts_people(analyzer):
    read = figures_read(analyzer, "The blasts claimed at least 80 lives and injured nearly 900.")
    assert read["nearly 900"][1] == "people"
