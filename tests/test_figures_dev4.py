"""Figures read on BBC news the rules were not fitted to (the ``dev4`` split): rates and
units said around the number, ages, hedges, movements and what a sum is "in".

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure


def _figures(analyzer, text):
    return [(q.text, q.low, q.high, q.unit) for q in analysed(analyzer, text).quantities]


def _units(analyzer, text):
    return {q.text: q.unit for q in analysed(analyzer, text).quantities}


# -- units and rates -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a duration or a count of occasions keeps the rate said after it
        ("She trains for 12 to 15 hours a week in winter.", "12 to 15 hours a week",
         "hours per week"),
        ("The agency expects to send out warnings four to six times a year.",
         "four to six times a year", "times per year"),
        ("The quiz show draws about 3.1 million viewers a night.",
         "about 3.1 million viewers a night", "viewers per night"),
        # a price for each share, written out or hyphenated
        ("The buyer will pay $64 for each Acme share in cash.", "$64 for each Acme share",
         "USD per share"),
        ("The board turned down a 410 pence-a-share approach.", "410 pence-a-share",
         "GBP pence per share"),
        # units said as words
        ("The cheaper model ships with a 60 gigabyte hard drive.", "60 gigabyte", "GB"),
        ("Fraud has cost the treasury 2bn CFA francs ($4m; £2m) a month.", "2bn CFA francs",
         "XAF per month"),
    ],
)  # fmt: skip
def test_a_unit_or_a_rate_said_around_the_number(analyzer, text, figure, unit):
    assert _units(analyzer, text)[figure] == unit


def test_a_rate_after_a_conversion_is_every_restated_sums(analyzer):
    units = _units(analyzer, "Fraud has cost the treasury 2bn CFA francs ($4m; £2m) a month.")
    assert units["$4m"] == "USD per month" and units["£2m"] == "GBP per month"


def test_a_rate_a_year_earlier_is_a_time_not_a_rate(analyzer):
    units = _units(analyzer, "Sales reached £6m ($11m) a year earlier.")
    assert units["£6m"] == "GBP" and units["$11m"] == "USD"


def test_pounds_restated_in_kilograms_weigh(analyzer):
    units = _units(analyzer, "The lorry was overloaded by 900 pounds (408kg), police said.")
    assert units["900 pounds"] == "lb" and units["408kg"] == "kg"


def test_inches_glued_to_a_number_and_restated(analyzer):
    figures = _figures(analyzer, "Buyers want screens of at least 50in (127cm) for sport.")
    assert ("at least 50in", 50.0, 50.0, "in") in figures


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a compound's own compound, and a plural the parse hangs the number on
        ("Police logged 85 knife crime deaths in the city last year.", "85 knife crime deaths",
         "knife crime deaths"),
        ("Police recorded more than 7,300 firearms offences last year.",
         "more than 7,300 firearms offences", "firearms offences"),
        # a part of a group: the group's noun with its compounds
        ("Two of the country's big trade unions may merge this spring.", "Two",
         "trade unions"),
    ],
)  # fmt: skip
def test_a_counted_noun_keeps_its_noun_compounds(analyzer, text, figure, unit):
    assert _units(analyzer, text)[figure] == unit


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The single has sold three million worldwide since May.", "worldwide"),
        ("Nobody offered, so she decided to build one herself.", "herself"),
        ("It could have been four or five but we let them back in.", "we"),
    ],
)
def test_an_adverb_or_a_pronoun_after_a_number_is_no_unit(analyzer, text, absent):
    assert absent not in {q.unit for q in analysed(analyzer, text).quantities}


def test_each_counts_what_the_figure_before_counted(analyzer):
    text = "Italy leads the table with six titles, followed by Spain and Brazil with four each."
    assert _units(analyzer, text)["four"] == "titles"


# -- values ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a fraction set off by a dash before its "of"
        ("Almost two thirds - 64% - of the 2,000 drivers asked said so.",
         ("Almost two thirds", 2 / 3, 2 / 3, "")),
        # a glued "m" compared with a sum before it takes that sum's scale and currency
        ("Profit was 81m euros (£56m; $104m), up from 42m in 2004.",
         ("42m", 42e6, 42e6, "EUR")),
        # minutes and seconds with a comma between them are one time
        ("She won the 5,000m final, clocking 14 minutes, 31.52 seconds.",
         ("14 minutes, 31.52 seconds", 871.52, 871.52, "seconds")),
    ],
)  # fmt: skip
def test_values_read_whole(analyzer, text, figure):
    text_of, low, high, unit = figure
    [found] = [f for f in _figures(analyzer, text) if f[0] == text_of]
    assert found[1] == pytest.approx(low) and found[2] == pytest.approx(high)
    assert found[3] == unit or (unit == "" and found[3] in ("", "fraction"))


@pytest.mark.parametrize(
    "text",
    [
        "We were all in the class of '92 and none of us has forgotten it.",
        "The court set a curfew between 2100 and 0600 each night.",
        "Gold prices climbed to new six-month highs on Friday.",
        "The app reached its millions of users in little over three years.",
    ],
)
def test_numbers_that_say_when_are_no_figures(analyzer, text):
    assert _figures(analyzer, text) == []


# -- ages --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("United offered £2m for the Scotland striker, 27, on Monday.", "27"),
        ("At 15, she was already racing against adults.", "15"),
        ("He became a councillor at 24 and an MEP at 31.", "24"),
        # the second of a list "at N ... at M", which the tagger may take for a date
        ("She became an MP at 29 and Leader of the House at 38.", "38"),
        ("The former number one was 23 when she retired.", "23"),
        ("Most players are over 18.", "over 18"),
        ("The average age of a new teacher is 41.", "41"),
        ("She is 29 years old.", "29 years old"),
        # the first of two joined ages, which the tagger may take for a date
        ("Ann and Tom Hale, 27 and 29 years old, respectively, wed.", "27"),
    ],
)
def test_an_age_said_with_a_bare_number(analyzer, text, age):
    quantities = {q.text: q for q in analysed(analyzer, text).quantities}
    assert quantities[age].kind == "age"


def test_a_bare_number_after_at_is_no_age_without_a_person(analyzer):
    quantities = analysed(analyzer, "The rate became fixed at 27 in May.").quantities
    assert all(q.kind != "age" for q in quantities)
    quantities = analysed(analyzer, "The index was 23 when trading closed.").quantities
    assert all(q.kind != "age" for q in quantities)
    assert analysed(analyzer, "The talks run on 27 and 28 May in Paris.").quantities == []


# -- hedges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("Printers now sell for as little as £29 in some shops.", "as little as £29", ">="),
        ("I spend probably 10 to 12 hours a week on it.", "probably 10 to 12 hours a week",
         "~"),
        ("There are at least an estimated four million such sites.",
         "at least an estimated four million such sites", ">="),
    ],
)  # fmt: skip
def test_a_hedge_before_the_figure(analyzer, text, figure, approx):
    quantities = {q.text: q for q in analysed(analyzer, text).quantities}
    assert quantities[figure].approx == approx


def test_a_hedge_inside_a_list_leaves_the_list_whole(analyzer):
    text = "There are four, five or probably six teams in the race for the title."
    assert "probably six teams" not in {q.text for q in analysed(analyzer, text).quantities}


# -- movements ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("City offered £400,000 up front for the defender.", "£400,000", "level"),
        ("The trial results sent shares in Zeta Bio up 6.5p, or 4.1%, to 165p.", "6.5p",
         "increase"),
        ("The trial results sent shares in Zeta Bio up 6.5p, or 4.1%, to 165p.", "4.1%",
         "increase"),
        ("She pointed to falling ticket sales of 9% in the first half.", "9%", "decrease"),
        ("Young voters make up 14% of the electorate.", "14%", "level"),
    ],
)  # fmt: skip
def test_movements_said_by_a_particle_or_a_participle(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


# -- what a figure measures --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "words"),
    [
        ("The court ordered the maker to pay 2.3m yuan ($280,000) in compensation.",
         "2.3m yuan", "compensation"),
        ("The fund has pulled $2bn in assets out of the region.", "$2bn", "assets"),
        # a conversion written with a scale word ("£14.5bn") between the sum and its "in"
        ("The sale helped pay off $30bn (£16bn) in unpaid taxes.", "$30bn", "unpaid taxes"),
        ("The sale helped pay off $30bn (£16bn) in unpaid taxes.", "£16bn", "unpaid taxes"),
        ("The party would bring in a 45% tax rate on incomes over £150,000.",
         "over £150,000", "incomes"),
        ("One in 10 adult Britons now owns a smart speaker, a survey found.", "One in 10",
         "adult Britons"),
    ],
)  # fmt: skip
def test_a_figure_measures_what_its_own_phrase_names(analyzer, text, figure, words):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert words in f"{claim.subject} {claim.metric}"


def test_a_movement_after_a_level_measures_what_the_level_does(analyzer):
    text = "Despite a record profit of 40bn yen ($380m), up 12% on the year, the firm cut jobs."
    claims = analysed(analyzer, text).claims
    moved, level = by_figure(claims, "12%"), by_figure(claims, "40bn yen")
    assert moved.change == "increase" and moved.metric == level.metric
    assert "profit" in (level.metric or "")


def test_more_for_a_thing_is_still_a_rise(analyzer):
    text = "The utility agreed to pay 25% more for gas from the new field."
    assert by_figure(analysed(analyzer, text).claims, "25%").change == "increase"


def test_where_a_price_was_traded_is_not_what_it_measures(analyzer):
    claim = by_figure(
        analysed(analyzer, "Shares in Delta were up 3% at 212p in morning trade.").claims, "212p"
    )
    assert "trade" not in (claim.metric or "")


def test_a_fall_as_low_as_a_level_is_no_decrease_by_it(analyzer):
    text = "By 2030 the jobless rate could fall as low as 4.1%, the bank said."
    assert by_figure(analysed(analyzer, text).claims, "4.1%").change == "level"


def test_a_sum_in_trade_measures_the_trade(analyzer):
    text = "The two countries do more than $2bn in bilateral trade each week."
    claim = by_figure(analysed(analyzer, text).claims, "$2bn")
    assert "trade" in (claim.metric or "")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # bits, not bytes, and a line speed
        ("The firm now sells 4Mb and 6Mb connections.", "4Mb", "megabits"),
        ("Rivals will offer speeds of up to 20Mbps next year.", "up to 20Mbps", "Mbps"),
        # a converted sum's rate is its conversions' too
        ("Tenants pay monthly fees of up to 300 yuan ($36; £20).", "$36", "USD per month"),
        # an exchange rate against the US dollar
        ("The rupee slid to nearly 90 rupees to the US dollar.", "nearly 90 rupees",
         "INR per USD"),
        # a rate after a count's verb
        ("More than 9,000 pledges are being made online every hour.", "More than 9,000 pledges",
         "pledges per hour"),
        # a noun compound the parse hangs the number on
        ("Police said six virus writers were held.", "six virus writers", "virus writers"),
    ],
)  # fmt: skip
def test_units_of_dev5(analyzer, text, figure, unit):
    assert _units(analyzer, text)[figure] == unit


def test_a_years_total_is_no_rate(analyzer):
    units = _units(analyzer, "The merged group would have annual sales of $40bn (£21bn).")
    assert units["$40bn"] == "USD" and units["£21bn"] == "GBP"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Fees have gone up by an average of 11.5% a year.", "11.5% a year"),
        ("The peso has strengthened 6% since May.", "6%"),
    ],
)
def test_movements_of_dev5(analyzer, text, figure):
    assert by_figure(analysed(analyzer, text).claims, figure).change == "increase"


def test_a_part_of_a_whole_scaled_with_a_glued_m(analyzer):
    [figure] = analysed(analyzer, "Some 2.4m of the region's 3.2m voters turned out.").quantities
    assert (figure.low, figure.unit) == (2.4e6, "of 3200000")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The club has won 12 league titles, four of which came in a row.",
            "four",
            "league titles",
        ),
        ("Police held 20 fans, six of whom were charged.", "six", "fans"),
    ],
)
def test_a_part_said_with_of_which_counts_the_group_before(analyzer, text, figure, unit):
    assert _units(analyzer, text).get(figure) == unit


def test_one_of_which_is_no_count(analyzer):
    text = "Seven firms bid for the contract, only one of which had built a bridge."
    assert [q.text for q in analysed(analyzer, text).quantities] == ["Seven firms"]
