"""Figures read on a third fresh BBC split (the ``dev17`` split): a bare count before
"because", a stretch "over N years" after a past verb, a count after a weekday or a year
the tagger took into the date, a race's distance before a title, trading sessions, a
part of a group with a hyphened modifier, a movement after "a lacklustre", a rate said
"annually", an earlier movement told "down from", and kroner in Norway.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import by_figure, claims_of, figures_read


def test_a_bare_count_before_because_repeats_the_noun(analyzer):
    text = "The bench had seven judges rather than the usual five because the case was grave."
    assert figures_read(analyzer, text)["five"][1] == "judges"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 2,000 people died over 20 years, the report says.", "over 20 years"),
        ("The game was developed over three years and cost $9m.", "over three years"),
    ],
)
def test_a_stretch_over_years_after_a_past_verb_says_when(analyzer, text, figure):
    assert figure not in figures_read(analyzer, text)


def test_lasting_over_years_stays_a_figure(analyzer):
    assert "over 12 years" in figures_read(analyzer, "She has worked there for over 12 years.")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Earlier on Monday 12 activists were held by police.", "12 activists", "activists"),
        ("Since 1998 14 foreign offices have been shut.", "14 foreign offices", "offices"),
    ],
)  # fmt: skip
def test_a_count_after_a_weekday_or_a_year_is_no_date(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_distance_before_a_title_names_the_event(analyzer):
    text = "He hopes to beat the 5,000m Olympic champion and his 10,000m world records."
    assert not figures_read(analyzer, text)


def test_trading_sessions_after_the_past_say_when(analyzer):
    figures = figures_read(analyzer, "The rand has gained 2% in the past four sessions.")
    assert list(figures) == ["2%"]


def test_a_part_of_a_group_with_a_hyphened_modifier_counts_the_noun(analyzer):
    text = "All four of her re-recorded albums are in the chart."
    assert figures_read(analyzer, text)["four"][1] == "albums"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Sales grew a modest 1.9% in 2003.", "1.9%"),
        ("Online theft rose an annual 8% to £40m.", "8%"),
    ],
)
def test_a_describing_word_between_verb_and_figure_keeps_the_movement(analyzer, text, figure):
    assert by_figure(claims_of(analyzer, text), figure).change == "increase"


def test_annually_after_a_figure_makes_a_rate(analyzer):
    text = "The mine will ship 2 million tonnes of coal annually."
    assert figures_read(analyzer, text)["2 million tonnes"][1] == "tonnes per year"


def test_an_earlier_movement_told_down_from_moves_the_same_way(analyzer):
    text = "Exports grew 3.1% in the spring, down from the winter's 4.4%."
    assert by_figure(claims_of(analyzer, text), "4.4%").change == "increase"


def test_a_level_told_up_from_stays_a_level(analyzer):
    text = "Profit rose to $9m, up from $4m a year earlier."
    assert by_figure(claims_of(analyzer, text), "$4m").change == "level"


def test_kroner_near_norway_are_norwegian(analyzer):
    text = "The court ordered him to pay 50,000 kroner to a music group in Norway."
    assert figures_read(analyzer, text)["50,000 kroner"][1] == "NOK"


def test_a_second_target_joined_after_a_year_stays_a_level(analyzer):
    text = "The share should rise to 70% by 2008 and 90% by 2012."
    assert by_figure(claims_of(analyzer, text), "90%").change == "level"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Online shoppers have broken the 50 million mark.", "50 million"),
        ("Italy has broken the 3% deficit ceiling again.", "3%"),
    ],
)
def test_a_mark_broken_is_passed(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][2] == ">"


def test_a_predicted_figure_is_approximate(analyzer):
    figures = figures_read(analyzer, "By 2010 a predicted three billion people will be online.")
    assert figures["a predicted three billion people"][2] == "~"
