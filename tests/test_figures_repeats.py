"""A bare number that repeats a count of its paragraph counts what that count did.

"In the 13 states where ... in all 13": the parse puts the two far apart, but the same
number, in the same sentence or after a word that points back ("all", "the", "those"),
is the same count. A different number, or one in a later paragraph, is not.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed


def _unit(analyzer, text: str, figure: str) -> str:
    [quantity] = [q for q in analysed(analyzer, text).quantities if q.text == figure]
    return quantity.unit


@pytest.mark.parametrize(
    "text",
    [
        "Across the 13 counties that held early votes this spring, including two where the "
        "count ran late into the night and one that used paper ballots only, turnout rose "
        "in all 13.",
        "Nine ministers signed the letter. By Friday all nine had been asked to explain it "
        "to the committee, which met in private.",
    ],
)
def test_a_repeated_count_counts_what_it_repeats(analyzer, text):
    quantities = analysed(analyzer, text).quantities
    bare = quantities[-1]
    assert bare.unit == quantities[0].unit != ""


def test_the_repeated_count_wins_over_a_nearer_one(analyzer):
    text = (
        "Across the 13 counties that voted early, 40 polling stations had queues, and "
        "turnout rose in all 13 of them."
    )
    assert _unit(analyzer, text, "13") == "counties"


def test_a_different_number_does_not_take_the_count(analyzer):
    text = (
        "Across the 13 counties that held early votes this spring, including some where the "
        "count ran late into the night and others that used paper ballots only, 40 of them "
        "had queues."
    )
    assert _unit(analyzer, text, "40") != "counties"


def test_a_repeat_in_a_later_paragraph_is_not_the_same_count(analyzer):
    text = "Nine ministers signed the letter.\n\nBy Friday all nine had left the room."
    assert _unit(analyzer, text, "nine") != "ministers"
