"""Figures read on a fourth fresh BBC split (the ``dev18`` split, no sentence copied from
an earlier draw): a second "by" after "and", "up to" after a verb that moves nothing, a
rate said "annually" after a participle or "in annual", a part "for a third", a range
around a restatement with a rate, and a tally taken "past" a mark.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from tests.figure_cases import analysed, by_figure, claims_of, figures_read


def test_a_second_by_after_and_moves_as_the_first(analyzer):
    text = "Copper prices rose by 6% in Europe last month and by 19% in China."
    assert by_figure(claims_of(analyzer, text), "19%").change == "increase"


def test_up_to_after_a_verb_of_earning_is_a_bound(analyzer):
    figures = figures_read(analyzer, "She earned up to £90,000 for the series.")
    assert figures["up to £90,000"][2] == "<="


def test_up_to_after_a_verb_of_movement_is_the_level_reached(analyzer):
    figures = figures_read(analyzer, "Shares went up to 50p.")
    assert figures["50p"][2] == "="


def test_annually_after_a_participle_and_in_annual_make_rates(analyzer):
    spent = figures_read(analyzer, "The £60m spent annually on the scheme was wasted.")
    saved = figures_read(analyzer, "The firm agreed 300m euros in annual savings.")
    assert spent["£60m"][1] == "GBP per year" and saved["300m euros"][1] == "EUR per year"


def test_a_part_for_a_third_is_a_fraction(analyzer):
    figures = figures_read(analyzer, "Health was vital for half, and crime for a third.")
    assert "a third" in figures


def test_a_range_around_a_restatement_shares_its_rate(analyzer):
    text = "They were paid between $40,000 (£21,000) and $90,000 a year."
    quantities = analysed(analyzer, text).quantities
    assert [(q.low, q.high, q.unit) for q in quantities] == [
        (40000, 90000, "USD per year"),
        (21000, 21000, "GBP per year"),
    ]


def test_a_tally_taken_past_a_mark_is_more_than_it(analyzer):
    figures = figures_read(analyzer, "She took her league goal tally past 150 with a brace.")
    assert figures["past 150"][2] == ">"


def test_the_past_ten_years_is_no_bound(analyzer):
    assert not figures_read(analyzer, "Prices rose over the past 10 years.")


def test_up_to_after_a_phrasal_verb_is_no_bound(analyzer):
    figures = figures_read(analyzer, "Thirty labels turned up to one gig in Leeds.")
    assert figures["one gig"][2] == "="
