"""Units read on the tuning splits' unit errors: a survey's index has no unit where a
stock index has points, "per euro" is an exchange rate, a round mark a total passes is no
counted noun, a rate expected is the rate reported, and megapixels are a unit.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


def test_a_survey_index_level_has_no_unit(analyzer):
    figures = figures_read(analyzer, "The Ifo business confidence index fell to 94.1 from 96.2.")
    assert figures["94.1"][1] == "" and figures["96.2"][1] == ""


def test_a_stock_index_level_is_in_points(analyzer):
    closed = figures_read(analyzer, "The KSE index closed at 6,120.5 on Friday.")
    named = figures_read(analyzer, "The Nasdaq rose 1.2% to 2,150.")
    assert closed["6,120.5"][1] == "points" and named["2,150"][1] == "points"


def test_an_index_of_shares_is_a_stock_index(analyzer):
    figures = figures_read(analyzer, "The index of leading shares rose to 11,200.")
    assert figures["11,200"][1] == "points"


def test_a_currency_per_currency_is_an_exchange_rate(analyzer):
    figures = figures_read(analyzer, "The dollar was trading at $1.291 per euro on Tuesday.")
    assert figures["$1.291"][1] == "USD per EUR"


def test_a_round_mark_is_no_counted_noun(analyzer):
    text = "The number of registered voters passed the 40 million mark last week."
    figures = figures_read(analyzer, text)
    assert figures["40 million"][1] == "voters"


def test_a_count_of_things_breaking_a_barrier_counts_them(analyzer):
    figures = figures_read(analyzer, "The count of known worms broke the 50,000 barrier.")
    assert figures["50,000"][1] == "worms"


def test_a_sum_expected_after_a_rate_shares_it(analyzer):
    text = "The bank earned 41 cents a share, while analysts had expected 38 cents."
    figures = figures_read(analyzer, text)
    assert figures["38 cents"][1] == figures["41 cents a share"][1] == "USD cents per share"


def test_a_plain_sum_after_a_rate_keeps_its_own_unit(analyzer):
    figures = figures_read(analyzer, "Fuel cost 90p a litre, and the tax raised £4m.")
    assert figures["£4m"][1] == "GBP"


def test_megapixels_are_a_unit(analyzer):
    figures = figures_read(analyzer, "The phone has a five megapixel camera.")
    assert figures["five megapixel"][1] == "megapixels"


def test_a_round_mark_passed_by_a_plural_subject_counts_it(analyzer):
    figures = figures_read(analyzer, "Online shoppers have broken the 50 million mark.")
    assert figures["50 million"][1] == "shoppers"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Sales of her novels have passed 75 million.", "75 million", "novels"),
        ("Ticket sales for the festival reached 140,000 this week.", "140,000", "ticket"),
    ],
)
def test_a_bare_count_of_a_tally_counts_what_the_tally_counts(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_sum_of_sales_keeps_its_currency(analyzer):
    read = figures_read(analyzer, "Sales rose 4% to £5.2 million in the year.")
    assert read["£5.2 million"][1] == "GBP"
