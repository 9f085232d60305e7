"""Figures read on more BBC news (the ``dev16`` split): a height in feet and "ins", a range
written with a share sign on both ends, a fraction after "be", half a trillion, a part
restated in brackets, an estimate cited after the figures, kroner, and km/h as the gold
spells it.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from eval.figures import unit_key
from tests.figure_cases import analysed, figures_read


def test_a_height_in_feet_and_ins_is_in_inches(analyzer):
    assert figures_read(analyzer, "The suspect is 5ft 11ins tall.")["5ft 11ins"][:2] == (71, "in")


def test_shares_joined_by_a_hyphen_are_one_range(analyzer):
    [quantity] = analysed(analyzer, "Banks posted a 6%-9% rise this week.").quantities
    assert (quantity.text, quantity.low, quantity.high) == ("6%-9%", 6, 9)


def test_a_fraction_after_be_is_a_figure(analyzer):
    figures = figures_read(analyzer, "The largest cut would be one fifth, the panel said.")
    assert figures["one fifth"][0] == pytest.approx(0.2)


def test_half_a_trillion_is_a_count(analyzer):
    figures = figures_read(analyzer, "The gap may stay near half a trillion dollars.")
    assert figures["near half a trillion dollars"][:2] == (5e11, "USD")


def test_a_part_restated_in_brackets_shares_its_hedge(analyzer):
    figures = figures_read(analyzer, "Nearly a third (31%) of those asked said no.")
    assert figures["Nearly a third"][2] == "~" and figures["31%"][2] == "~"


def test_figures_cited_from_estimates_are_approximate(analyzer):
    text = "The film took $30.5m (£16m) on its first weekend, according to studio estimates."
    figures = figures_read(analyzer, text)
    assert figures["$30.5m"][2] == "~" and figures["£16m"][2] == "~"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Sales rose 3% to 40bn kroner.", "40bn kroner", "DKK"),
        ("The fund holds 80bn Norwegian kroner.", "80bn Norwegian kroner", "NOK"),
    ],
)
def test_kroner_are_danish_unless_named_norwegian(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_the_scorer_reads_km_per_hour_as_the_gold_spells_it():
    assert unit_key("km/h") == unit_key("kilometre per hour")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("It has 3 million middle-class shoppers.", "3 million middle-class shoppers", "shoppers"),
        ("The plan adds 40 single-family homes.", "40 single-family homes", "homes"),
        ("Shops sold two million set-top boxes.", "two million set-top boxes", "set-top boxes"),
    ],
)  # fmt: skip
def test_a_hyphened_adjective_describes_the_counted_noun_and_stays_out(
    analyzer, text, figure, unit
):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_rating_against_and_for_stays_two_figures(analyzer):
    figures = figures_read(analyzer, "She has a negative 40%-51% approval rating.")
    assert figures["40%"][0] == 40 and figures["51%"][0] == 51


def test_a_scale_in_the_plural_scales_the_number(analyzer):
    figures = figures_read(analyzer, "The party found £15 billions of savings.")
    assert figures["£15 billions"][:2] == (15e9, "GBP")


def test_growth_said_in_times_is_a_factor(analyzer):
    text = "Since 1990, the speed of chips has leaped 10,000 times."
    assert figures_read(analyzer, text)["10,000 times"][1] == "x"


def test_a_fraction_of_the_price_of_is_a_factor_and_of_the_people_a_part(analyzer):
    cheap = figures_read(analyzer, "Used phones cost about a third of the price of new ones.")
    part = figures_read(analyzer, "Half of the population of the town voted.")
    assert cheap["about a third"][1] == "x" and part["Half"][1] == ""
