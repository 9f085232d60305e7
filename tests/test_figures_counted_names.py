"""Counts of a people or a party: the plural name is what is counted ("20 million
Americans", "40 Democrats", "29 New Yorkers"), as a common noun would be.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The lobby speaks for more than 20 million Americans.",
            "more than 20 million Americans",
            "americans",
        ),
        (
            "Some 2.5 million South Koreans voted early.",
            "Some 2.5 million South Koreans",
            "south koreans",
        ),
        ("The 12 New Yorkers on the jury agreed.", "12 New Yorkers", "new yorkers"),
        ("About 40 Democrats voted against the bill.", "About 40 Democrats", "democrats"),
        # a common noun after a scale word, as before
        ("The app has 5 million users.", "5 million users", "users"),
    ],
)
def test_a_plural_name_of_people_is_the_unit(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit
