"""Figures read on the ``dev19`` split (political news, sentences with one figure cue): a
number labelling a place, "the one" and "any one" as "the only", an instance, a stretch
"ahead of" an event, "or more" before a unit, a rate "or more annually", and a part of a
century.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figures_read


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers met at a field office in precinct 41 on Friday.",
        "The minister spoke from room 212 of the old building.",
        "Passengers were sent to gate 17 after the delay.",
    ],
)
def test_a_number_labelling_a_place_is_no_figure(analyzer, text):
    assert analysed(analyzer, text).quantities == []


@pytest.mark.parametrize(
    "text",
    [
        "The one exception is the governor of Ohio.",
        "We have never relied on any one donor.",
        "The one party in a strong position is the opposition.",
        "The budget row is one example.",
    ],
)
def test_one_as_the_only_or_an_instance_counts_nothing(analyzer, text):
    assert analysed(analyzer, text).quantities == []


def test_just_the_one_still_counts(analyzer):
    figures = figures_read(analyzer, "She played just the one full season.")
    assert figures["one full season"][0] == 1


def test_a_stretch_ahead_of_an_event_says_when(analyzer):
    text = "Two weeks ahead of the Ohio primary, the senator leads in the polls."
    assert analysed(analyzer, text).quantities == []


def test_a_margin_ahead_of_a_rival_is_still_read(analyzer):
    figures = figures_read(
        analyzer, "She finished 12secs behind the winner but four ahead of Cole."
    )
    assert "four" in figures


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Offenders jailed for three or more years lose the right.",
            "three or more years",
            "years",
        ),
        ("The trial lasts 10 or more days.", "10 or more days", "days"),
    ],
)
def test_or_more_before_a_unit_is_a_bound_in_that_unit(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1:] == (unit, ">=")


def test_or_more_annually_is_a_rate(analyzer):
    figures = figures_read(analyzer, "Families pay $40,000 or more annually for care.")
    assert figures["$40,000"][1:] == ("USD per year", ">=")


def test_a_quarter_century_is_twenty_five_years(analyzer):
    spent = figures_read(analyzer, "She has spent a quarter-century in the Senate.")
    old = figures_read(analyzer, "The half-century-old treaty still holds.")
    assert spent["a quarter-century"][:2] == (25, "years")
    assert old["half-century-old"][:2] == (50, "years")


def test_a_half_century_ago_says_when(analyzer):
    assert analysed(analyzer, "The law was passed a half-century ago.").quantities == []


def test_a_part_of_whom_counts_the_noun_before_it(analyzer):
    text = "The state also has six superdelegates, four of whom back the senator."
    assert figures_read(analyzer, text)["four"][1] == "superdelegates"


def test_a_ratio_keeps_its_exact_value(analyzer):
    figures = figures_read(analyzer, "The odds of winning all six are 1 in 64.")
    assert figures["1 in 64"][0] == 1 / 64


@pytest.mark.parametrize(
    "text",
    [
        "The last time sales fell so far was 17 years previously.",
        "In the opening 30 minutes the home side barely attacked.",
        "They were better in the second 40 minutes.",
        "With two minutes of normal time left, the visitors equalised.",
        "It was their first league title for 22 years.",
        "Most users update their blogs at least once every three months.",
    ],
)
def test_stretches_that_say_when_are_no_figures(analyzer, text):
    assert analysed(analyzer, text).quantities == []


def test_a_stretch_served_is_still_a_figure(analyzer):
    assert "22 years" in figures_read(analyzer, "He was jailed for 22 years.")


@pytest.mark.parametrize(
    "text",
    [
        "The champions have lost seven of their 11 matches since March.",
        "She won 93 of her 120 games while working with the coach.",
    ],
)
def test_a_sides_record_of_its_contests_is_no_figure(analyzer, text):
    assert analysed(analyzer, text).quantities == []


def test_a_part_of_a_firms_shops_is_still_a_figure(analyzer):
    assert "Four of their 15" in figures_read(analyzer, "Four of their 15 shops will close.")


@pytest.mark.parametrize(
    ("text", "figure", "value", "approx"),
    [
        ("Among the over-70s, 64% said they would vote.", "over-70s", 70, ">"),
        ("The film is unsuitable for under-fives.", "under-fives", 5, "<"),
    ],
)
def test_an_age_group_is_an_age_bound(analyzer, text, figure, value, approx):
    low, unit, bound = figures_read(analyzer, text)[figure]
    assert (low, unit, bound) == (value, "years", approx)


def test_a_teams_age_grade_is_no_figure(analyzer):
    text = "A former Wales Under-19 captain signed for the club."
    assert analysed(analyzer, text).quantities == []


def test_a_tour_of_dates_counts_them(analyzer):
    text = "The band's 46-date world tour was cancelled last October."
    assert figures_read(analyzer, text)["46-date"][:2] == (46, "dates")


def test_in_a_quarter_century_says_when(analyzer):
    text = "He has few big achievements in a quarter-century in the Senate."
    assert analysed(analyzer, text).quantities == []
