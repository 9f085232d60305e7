"""Units said in shapes the plain "number noun" reading misses: a noun after "more", a
noun after suspended hyphens, short tons, and a fraction of another thing's size.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The plan would hire 2 million more workers.", "2 million more workers", "workers"),
        ("Dealers sold 3 million fewer cars.", "3 million fewer cars", "cars"),
        # "coal- and gas-fired": the hyphens wait for the noun the parse gives
        ("Some 900 coal- and gas-fired plants will close.", "Some 900", "plants"),
        # a US ton is no metric tonne
        ("The mills burn 40 million tons per year.", "40 million tons per year", "tons per year"),
        ("The mill burns 90,000 tonnes a year.", "90,000 tonnes a year", "tonnes per year"),
        # a fraction of another thing's size is a multiplier, as "twice the size" is
        ("The reserve is an area half the size of Kent.", "half", "x"),
        ("It was sold for a third the price of a new one.", "a third", "x"),
        ("Half of the staff left.", "Half", ""),
    ],
)  # fmt: skip
def test_the_unit_of_a_figure_said_in_another_shape(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit
