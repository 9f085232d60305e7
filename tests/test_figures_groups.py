"""Figures whose number stands alone or whose parse misleads: a group named by its number
("release the four"), a parent's count of children, a count the parser called a date
("between eight and ten content sellers", "the last 10 polls"), a decimal in a list, the
base of a fraction and the total after it, and a fraction named by its noun ("one
household in three").

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The ministry agreed to free the four after long talks.", "four", 4),
        ("Besides freeing the seven, the court dropped the charges.", "seven", 7),
        ("Each week the two that get the fewest votes must sing again.", "two", 2),
    ],
)  # fmt: skip
def test_a_number_word_after_the_is_a_group_counted(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][0] == value


@pytest.mark.parametrize(
    "text",
    [
        "Scotland open the Six Nations at home.",  # a name
        "It is the one place he loves.",  # "one": no count
        "Wales beat Italy in the Six Nations on Sunday.",  # a name, mid-sentence
    ],
)
def test_no_group_in_a_name_or_a_one(analyzer, text):
    assert not {f for f in figures_read(analyzer, text) if f.lower() in ("six", "one", "two")}


def test_a_parents_count_before_a_verb_counts_children(analyzer):
    text = "Asked about fathers, the 41-year-old mother of three said the plan covers all."
    assert figures_read(analyzer, text)["three"][:2] == (3, "children")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The operator has cut off between eight and ten content sellers.",
         "eight and ten content sellers", "content sellers"),
        ("She led each of the last 10 polls in Ohio.", "10 polls", "polls"),
    ],
)  # fmt: skip
def test_a_count_the_parser_called_a_date_is_a_count(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_date_of_months_still_says_when(analyzer):
    figures = figures_read(analyzer, "Sales fell over the last three months, to 400 cars.")
    assert "three" not in " ".join(figures)
    assert figures["400 cars"][0] == 400


def test_a_decimal_after_and_in_a_list_is_a_figure(analyzer):
    text = "The rate is 5.1 lines per 100 homes, against 6.2 in Spain and 14.9 in Norway."
    figures = figures_read(analyzer, text)
    assert figures["14.9"][:2] == (14.9, figures["6.2"][1])


def test_the_total_after_a_fraction_is_a_figure_of_its_own(analyzer):
    text = "Only one in 12 of the 30 million loans is now in arrears."
    figures = figures_read(analyzer, text)
    assert figures["one in 12"][0] == pytest.approx(1 / 12, rel=1e-2)
    assert figures["30 million loans"][:2] == (30_000_000, "loans")


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("By 2030 one family in four will rent its home.", "one family in four", 0.25),
        ("Now one pupil in every five walks to school.", "one pupil in every five", 0.2),
    ],
)  # fmt: skip
def test_one_noun_in_n_is_a_fraction(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][0] == value


def test_one_noun_in_a_time_is_no_fraction(analyzer):
    assert "one goal in 10" not in figures_read(analyzer, "He scored one goal in 10 minutes.")
