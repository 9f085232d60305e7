"""Figures read on the ``dev8`` news split's shapes: bounds said as comparisons, a verb
that nears a figure, weights in pounds, rates after a count's verb, poll shares after a
name.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figure_and_claim, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("The top rate goes as high as 45 percent.", "as high as 45 percent", "<="),
        ("Unemployment could fall as low as 4.1%.", "as low as 4.1%", ">="),
        ("It costs the minimum $15 million to run a race.", "the minimum $15 million", ">="),
        ("No speech ran longer than 40 minutes.", "longer than 40 minutes", ">"),
        ("In Ohio the share approaches 12%.", "12%", "~"),
        # "about" after a noun of saying is what it is on, not a hedge
        ("She made a remark about 30 percent of voters.", "30 percent", "="),
    ],
)
def test_bounds_and_estimates(analyzer, text, figure, approx):
    assert figures_read(analyzer, text)[figure][2] == approx


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The senator is 6 feet tall and weighs 210 pounds.", "210 pounds", "lb"),
        ("The fine was 210 pounds.", "210 pounds", "GBP"),
        ("The boxer came in at 147lb on Friday.", "147lb", "lb"),
        ("The cod weighed 12 lbs.", "12 lbs", "lb"),
        ("About 8,000 permits are issued annually.", "About 8,000 permits", "permits per year"),
        (
            "You would need to save about $90 each month for ten years.",
            "about $90 each month",
            "USD per month",
        ),
    ],
)
def test_units_said_around_the_figure(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_share_after_a_name_is_no_name(analyzer):
    found = figures_read(
        analyzer, "The poll shows Smith leading Jones 48.2 percent to 45.1 percent."
    )
    assert set(found) == {"48.2 percent", "45.1 percent"}


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The insurer posted a $420m loss for the year.", "$420m", "level"),
        # money its holders lost is a sum lost, as a firm's is; a share's is a fall
        ("Investors lost about $9bn when the fund failed.", "about $9bn", "level"),
        ("Shares fell, a 4% loss on the day.", "4%", "decrease"),
    ],
)
def test_a_sum_lost_is_an_amount_a_share_lost_a_fall(analyzer, text, figure, change):
    _, claim = figure_and_claim(analysed(analyzer, text), figure)
    assert claim.change == change


def test_a_hyphen_waiting_for_the_next_unit_makes_one_range(analyzer):
    found = figures_read(analyzer, "The rate for 18- to 29-year-old voters rose.")
    assert found["18- to 29-year-old"][:2] == (18, "years")


def test_a_parent_of_a_number_counts_children(analyzer):
    assert figures_read(analyzer, "Smith, a mother of four, won the seat.")["four"][1] == "children"
