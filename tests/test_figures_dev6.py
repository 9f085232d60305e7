"""Figures read on the ``dev6`` BBC split's shapes: currencies named in words, a price
for a unit said before it, race times in three parts, "and a half" distances, and the
words after a number that are no unit.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figure_and_claim, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Tehran set next year's budget at 1,200 trillion rials.", "1,200 trillion rials", "IRR"),
        ("The fine was 40m dirhams.", "40m dirhams", "AED"),
        ("Warsaw raised 3bn zlotys from the sale.", "3bn zlotys", "PLN"),
        ("The utility faces a 2bn rouble tax claim.", "2bn rouble", "RUB"),
    ],
)
def test_currencies_named_in_words(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_sum_from_the_previous_period_takes_the_currency_of_the_one_before(analyzer):
    text = "It raised spending to 900bn rupees from the previous year's 750bn."
    found = figures_read(analyzer, text)
    assert found["750bn"][:2] == (750e9, "INR")


def test_a_price_takes_the_unit_its_clause_opens_with(analyzer):
    text = "A barrel of Brent crude closed down $1.10 at $48.30 in London."
    found = figures_read(analyzer, text)
    assert found["$1.10"][1] == found["$48.30"][1] == "USD per barrel"


def test_a_price_in_another_clause_keeps_its_own_unit(analyzer):
    found = figures_read(analyzer, "A barrel of oil costs $50, and the group earned $4bn.")
    assert found["$4bn"][1] == "USD"


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        (
            "She won in two hours, 21 minutes and 5 seconds.",
            "two hours, 21 minutes and 5 seconds",
            8465,
            "seconds",
        ),
        ("He covered 12-and-a-half miles before lunch.", "12-and-a-half miles", 12.5, "miles"),
        ("He walked on crutches for five weeks until the cast came off.", "five weeks", 5, "weeks"),
    ],
)
def test_durations_and_distances_said_in_parts(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (value, unit)


def test_a_company_name_with_an_ampersand_is_no_scale(analyzer):
    [figure] = analysed(analyzer, "A basket of 40 M&S goods cost more this year.").quantities
    assert (figure.low, figure.unit) == (40, "goods")


def test_an_adverb_after_a_number_is_no_unit(analyzer):
    [figure] = analysed(analyzer, "Arsenal are among the 16 still in the cup.").quantities
    assert figure.unit == ""


@pytest.mark.parametrize(
    ("text", "figure", "change", "approx"),
    [
        # a verb of movement and a bound: the level passed on the way
        ("Inflation fell below 8% in March.", "below 8%", "level", "<"),
        ("The euro rose above $1.35 on Friday.", "above $1.35", "level", ">"),
        # a threshold broken through is passed
        ("The pound broke through the $1.95 level.", "$1.95", "level", ">"),
    ],
)
def test_a_threshold_passed_is_a_bounded_level(analyzer, text, figure, change, approx):
    quantity, claim = figure_and_claim(analysed(analyzer, text), figure)
    assert (claim.change, quantity.approx) == (change, approx)


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        # a business's money lost is a loss made; a share's is a fall
        ("Qantas, which lost $300m in the half-year, cut 2,000 jobs.", "$300m", "level"),
        ("Shares in the miner lost 40 cents on the news.", "40 cents", "decrease"),
        # "an extra" between a verb of movement and its figure
        ("The shares added an extra 5.2% in late trading.", "5.2%", "increase"),
    ],
)
def test_what_a_verb_of_loss_or_gain_does_to_its_figure(analyzer, text, figure, change):
    _, claim = figure_and_claim(analysed(analyzer, text), figure)
    assert claim.change == change


def test_a_stretch_since_an_event_told_with_a_copula_is_an_amount(analyzer):
    found = figures_read(analyzer, "It is now 25 years since the bridge was opened.")
    assert found["25 years"][:2] == (25, "years")


def test_another_distance_takes_the_unit_of_the_one_before(analyzer):
    found = figures_read(analyzer, "She had run 14 miles, with another 12 to go.")
    assert found["12"][1] == "miles"
