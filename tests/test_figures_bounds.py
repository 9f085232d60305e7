"""Bounds and estimates said by a verb or after the noun, and race distances that are
no sums: "capped at £500", "went on to make over $76m", "the 2,000 divers estimated to
be on the reef", "the 800m runners".

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed


def _approx(analyzer, text):
    return {q.text: q.approx for q in analysed(analyzer, text).quantities}


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        # a verb that caps what follows its "at" or "to"
        ("Parking fees will be capped at £12 a day.", "£12 a day", "<="),
        ("The new rules limit bonuses to three times a worker's salary.", "three times", "<="),
        ("Visitors are restricted to two visits a year.", "two visits a year", "<="),
        # a limit moved or told is a level, not a bound
        ("Ministers cut the spending limit from £30m to £25m.", "£25m", "="),
        ("The limit on foreign banks remains at 40%.", "40%", "="),
        # "over" is a bound unless it hands something over
        ("The sequel went on to make over $90m worldwide.", "over $90m", ">"),
        ("The thief handed over $4,500 to the police.", "$4,500", "="),
        # an estimate said after the noun
        ("Aid reached the 20,000 refugees estimated to be in the camp.", "20,000 refugees", "~"),
    ],
)
def test_a_bound_or_estimate_said_around_the_figure(analyzer, text, figure, approx):
    assert _approx(analyzer, text).get(figure) == approx


def test_a_converted_sum_keeps_the_bound_of_a_particle_over(analyzer):
    found = _approx(analyzer, "The film went on to make over $64m (£34m) abroad.")
    assert found == {"over $64m": ">", "£34m": ">"}


@pytest.mark.parametrize(
    "text",
    [
        "She is among the four fastest 800m runners this season.",
        "He won the 100m and 200m titles in Paris.",
        "She missed the 1500m qualifying mark by a second.",
    ],
)
def test_race_distances_before_a_plural_are_no_sums(analyzer, text):
    assert not [q for q in analysed(analyzer, text).quantities if q.low >= 1e6]


def test_a_glued_m_before_people_still_counts_millions(analyzer):
    [figure] = analysed(analyzer, "The country has 600m voters.").quantities
    assert (figure.low, figure.unit) == (600e6, "voters")
