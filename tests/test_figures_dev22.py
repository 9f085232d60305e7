"""Figures read on the ``dev22`` (BBC) and ``dev23`` (political news) splits: an age after
"now" or "then", a sport's age grade, a price's close said after its rate, a span of sport a
week, an age bracket, a voice that is "one source who", "one end", "the only one", a kind of
gun, and a race of two people.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figures_read


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Novak, now 72 and retired in Leeds, said so this week.", "72"),
        ("Hartley, then 41, said he was told to wait.", "41"),
    ],
)
def test_an_age_after_now_or_then(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][:2] == (int(figure), "years")


def test_a_sports_age_grade_is_no_figure(analyzer):
    text = "They were runners-up in the Six Nations under-20 tournament last season."
    assert analysed(analyzer, text).quantities == []


def test_a_close_after_a_price_with_its_unit_shares_the_unit(analyzer):
    text = "Brent crude rose to $61.20 a barrel before closing at $60.85."
    assert figures_read(analyzer, text)["$60.85"][1] == "USD per barrel"


def test_a_span_of_an_activity_a_week_is_a_rate(analyzer):
    figures = figures_read(analyzer, "Few pupils do three hours of sport a week.")
    assert figures["three hours"][1] == "hours per week"


def test_an_age_bracket_is_a_range_of_ages(analyzer):
    low, unit, _ = figures_read(analyzer, "Most buyers are in the 25-40 age bracket.")[
        "25-40 age bracket"
    ]
    assert (low, unit) == (25, "years")


@pytest.mark.parametrize(
    "text",
    [
        "The emails were sent from his account, said one source who saw them.",
        "You may lose a few donors on one end of the party.",
        "She is the only one strong enough to win the state.",
        "Police said the .38-caliber revolver was found nearby.",
        "It now looks like a two-person race for the nomination.",
    ],
)
def test_ones_that_count_nothing_and_kinds_are_no_figures(analyzer, text):
    assert analysed(analyzer, text).quantities == []
