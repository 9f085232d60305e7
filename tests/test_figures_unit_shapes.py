"""Units said in shapes the plain "number noun" reading misses: a noun after "more", a
noun after suspended hyphens, short tons, a fraction of another thing's size, and a
part of a whole said around its noun ("48 members out of 120", "four of the last five
years"), a height in feet and inches ("6ft 3in"), a part of a point ("half a percentage
point").

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
        ("Some 900 coal- and gas-fired plants will close.",
         "Some 900 coal- and gas-fired plants", "plants"),
        # a US ton is no metric tonne
        ("The mills burn 40 million tons per year.", "40 million tons per year", "tons per year"),
        ("The mill burns 90,000 tonnes a year.", "90,000 tonnes a year", "tonnes per year"),
        # a fraction of another thing's size is a multiplier, as "twice the size" is
        ("The reserve is an area half the size of Kent.", "half", "x"),
        ("It was sold for a third the price of a new one.", "a third", "x"),
        ("Half of the staff left.", "Half", ""),
        # a hyphened noun is counted whole; a hyphened measure keeps its "square"
        ("The mayor met the 14 second-graders on the trip.", "14 second-graders",
         "second-graders"),
        ("They opened a 20,000-square-foot shop.", "20,000-square-foot", "square ft"),
        ("It released a 70-billion-parameter model.", "70-billion-parameter", "parameter"),
        # an age said in months
        ("The couple flew in with their 8-month-old daughter.", "8-month-old", "months"),
        ("The boy was 10 months old.", "10 months old", "months"),
    ],
)  # fmt: skip
def test_the_unit_of_a_figure_said_in_another_shape(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        # a part named by its noun, out of a whole: one fraction
        ("The poll found 48 members out of 120 wanted a vote.", "48 members out of 120", 0.4, ""),
        ("He named 12 players out of a squad of 30.", "12 players out of a squad of 30", 0.4, ""),
        # a part of a run of years, the run kept as the time it is
        ("The mine lost money in four of the last five years.", "four", 4, "of 5"),
    ],
)  # fmt: skip
def test_a_part_of_a_whole_said_around_its_noun(analyzer, text, figure, value, unit):
    low, found_unit, _ = figures_read(analyzer, text)[figure]
    assert (low, found_unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        # a height in feet and inches is one length, in inches
        ("The new striker is 6ft 3in and quick.", "6ft 3in", 75, "in"),
        ("She stands 5 feet 9 inches tall.", "5 feet 9 inches", 69, "in"),
        ("The senator is 6'1\" tall.", "6'1\"", 73, "in"),
        ("The hedge is 8ft high.", "8ft", 8, "ft"),
        # "FT" is the newspaper
        ("The 30 FT shares fell.", "30 FT shares", 30, "shares"),
        # a part of a point
        ("The bank cut rates by half a percentage point.", "half a percentage point", 0.5,
         "percentage points"),
        ("Rates rose by a quarter of a point.", "a quarter of a point", 0.25, "points"),
    ],
)  # fmt: skip
def test_lengths_and_points_said_in_two_parts(analyzer, text, figure, value, unit):
    low, found_unit, _ = figures_read(analyzer, text)[figure]
    assert (low, found_unit) == (pytest.approx(value), unit)
