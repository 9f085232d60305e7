"""Figures in wire copy (AP, NYT and Xinhua style): casualty counts with no noun, the wires'
"dlrs", shillings by their country, a part of a whole with no determiner, heights in feet
and inches with a comma, and idioms with a number that count nothing.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 41 were killed and more than 300 injured, police said.", "At least 41"),
        ("At least 41 were killed and more than 300 injured, police said.", "more than 300"),
        ("Six were reported dead in the port, officials said.", "Six"),
        ("The storm killed 90 people, including four Britons, and hurt over 1,200.", "over 1,200"),
        ("The quake brought the death toll to 312.", "312"),
        ("The death toll, initially 14, rose to 19 on Monday.", "14"),
    ],
)
def test_a_bare_count_of_an_event_counts_people(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][1] == "people"


def test_a_count_before_a_bare_casualty_count_names_what_it_counts(analyzer):
    text = "Hunters caught 60 foxes last week - only three were killed by the wardens."
    assert figures_read(analyzer, text)["three"][1] == "foxes"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The ministry offered a reward of up to dlrs 3 million.", "up to dlrs 3 million", "USD"),
        ("Aid reached 40 million dlrs this year.", "40 million dlrs", "USD"),
        ("Each family got 50,000 Kenyan shillings.", "50,000 Kenyan shillings", "KES"),
        ("The fee is 2,000 Ugandan shillings.", "2,000 Ugandan shillings", "UGX"),
    ],
)
def test_the_wires_money(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "whole"),
    [
        ("A new poll shows that 7 of 10 voters back the plan.", "7 of 10", "of 10"),
        ("Nine of 12 jurors agreed.", "Nine of 12", "of 12"),
    ],
)
def test_a_part_of_a_whole_with_no_determiner_is_a_fraction(analyzer, text, figure, whole):
    assert figures_read(analyzer, text)[figure][1] == whole  # a part "of" its whole


def test_one_of_a_whole_is_no_fraction(analyzer):
    read = figures_read(analyzer, "She was one of 30 nurses hired in May.")
    assert read["30 nurses"][1] == "nurses" and "one of 30" not in read


def test_a_height_in_feet_and_inches_with_a_comma(analyzer):
    read = figures_read(analyzer, "The suspect is 5 feet, 9 inches tall.")
    assert read["5 feet, 9 inches"][:2] == (69.0, "in")


@pytest.mark.parametrize(
    "text",
    [
        "The strike must not stop for one minute, the union said.",
        "Visitors skip the five-star lodges on the coast.",
    ],
)
def test_idioms_with_a_number_count_nothing(analyzer, text):
    assert figures_read(analyzer, text) == {}


def test_each_verb_of_an_event_measures_its_own_count(analyzer):
    text = "The storm killed 90 people, including four Britons, and hurt over 1,200."
    claims = {c.quantity.text: c for c in analyzer_claims(analyzer, text)}
    assert (claims["90 people"].metric, claims["over 1,200"].metric) == ("killed", "injured")


def analyzer_claims(analyzer, text):
    from tests.figure_cases import claims_of

    return claims_of(analyzer, text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police link him to four arson attacks in Leeds, and one near York.", "arson attacks"),
        ("Nine suspects are held in Spain and one abroad.", "suspects"),
    ],
)
def test_an_elliptic_one_counts_what_was_counted(analyzer, text, counted):
    assert figures_read(analyzer, text)["one"][1] == counted


def test_one_in_a_ratio_is_no_elliptic_one(analyzer):
    read = figures_read(analyzer, "Two were hurt, and one in five staff left.")
    assert "one" not in read


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The envoy will spend about 4 1/2 hours in Lagos.", "about 4 1/2 hours", 4.5),
        ("The trail runs 7¾ miles.", "7¾ miles", 7.75),
        ("Rates rose to 6 1/4 percent.", "6 1/4 percent", 6.25),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_value(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][0] == pytest.approx(value)
