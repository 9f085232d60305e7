"""Figures: classes of phrase the tagger used to miss or misread.

Durations that are amounts, ages said with a bare number, fractions and "twice",
sums whose "a year" is a time, token volumes in trillions, ranges whose ends have
their own units, the other term of a comparison, bounds said by a verb, and
movements told by the verb of a job cut, a growth rate or a sum raised.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.quantities import find_quantities
from tests.figure_cases import analysed, by_figure


def figures(text):
    return [(q.text, q.low, q.high, q.unit, q.kind, q.approx) for q in find_quantities(text)]


# -- durations that are amounts ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "unit"),
    [
        ("The deal came after eight months of haggling.", "eight months", 8, 8, "months"),
        ("The striker is out for three to five weeks after a knock.", "three to five weeks",
         3, 5, "weeks"),
        ("The cable car climbs the ridge in about 40 seconds.", "about 40 seconds", 40, 40,
         "seconds"),
        ("Every four or five years the league redraws its map.", "four or five years", 4, 5,
         "years"),
        ("Traffic doubles every three and a half months.", "three and a half months", 3.5,
         3.5, "months"),
        ("The fine carries a ban of 18 months to three years.", "18 months to three years",
         18, 36, "months"),
    ],
)  # fmt: skip
def test_durations_that_are_amounts(text, figure, low, high, unit):
    found = {f[0]: f for f in figures(text)}
    assert figure in found
    assert found[figure][1:4] == (low, high, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The plant will reopen in three months.",
        "Most offenders return to court within two years of release.",
        "Prices rose for the three months to June.",
    ],
)
def test_durations_that_say_when_stay_out(text):
    assert not [f for f in figures(text) if f[4] == "duration"]


def test_a_sentence_from_one_length_to_another_is_two_figures():
    found = figures("The maximum term went from six months to two years.")
    assert [(f[0], f[3]) for f in found] == [("six months", "months"), ("two years", "years")]


def test_the_length_of_an_activity_measures_the_activity(analyzer):
    result = analysed(analyzer, "The strike ended after nine weeks of talks.")
    [weeks] = [q for q in result.quantities if q.text == "nine weeks"]
    assert weeks.measured == "talks"


# -- ages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("The crew included a baker, Tom Reed, 52.", "52", "="),
        ("She said: when I'm 80, I will still paint.", "80", "="),
        ("The ride is closed to children under eight.", "under eight", "<"),
        ("Tickets are free for people over 70 on weekdays.", "over 70", ">"),
    ],
)
def test_ages_said_with_a_bare_number(text, figure, approx):
    [age] = [f for f in figures(text) if f[0] == figure]
    assert (age[3], age[4], age[5]) == ("years", "age", approx)


def test_a_number_that_ends_a_list_is_no_age():
    assert not [f for f in figures("Scores were 12, 15, 31.") if f[4] == "age"]


def test_an_age_bound_measures_the_people_it_bounds(analyzer):
    claims = analysed(analyzer, "The ride is closed to children under eight.").claims
    assert by_figure(claims, "under eight").subject == "children"


def test_an_age_closing_the_sentence_belongs_to_the_name(analyzer):
    claims = analysed(analyzer, "The jury heard from a florist, Ann Kemp, 46.").claims
    assert by_figure(claims, "46").subject == "Ann Kemp"


# -- fractions, multipliers, trillions -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "approx"),
    [
        ("Only one-quarter of the members voted.", "one-quarter", 0.25, "="),
        ("Of the 40 clubs, fewer than a quarter were solvent.", "fewer than a quarter", 0.25,
         "<"),
        ("The bill was twice what the council had planned.", "twice", 2.0, "="),
    ],
)  # fmt: skip
def test_fractions_and_twice(text, figure, value, approx):
    [found] = [f for f in figures(text) if f[0] == figure]
    assert (found[1], found[5]) == (value, approx)


def test_twice_a_week_is_a_rate_not_a_multiplier():
    assert not [f for f in figures("The club meets twice a week.") if f[0] == "twice"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He was convicted of drink driving at least twice from 1991 to 1997.", "count"),
        ("The state voted twice for the governor.", "count"),
        ("Output grew twice as fast as wages.", "multiplier"),
        ("The new hall is twice the size of the old one.", "multiplier"),
    ],
)
def test_twice_counts_occasions_unless_it_is_a_factor_of_something(text, kind):
    [found] = [f for f in figures(text) if f[0].endswith("twice")]
    assert found[4] == kind


def test_think_twice_is_an_idiom():
    assert not [f for f in figures("Savers will think twice before buying.") if "twice" in f[0]]


def test_a_decimal_with_a_glued_t_is_trillions():
    found = figures("The model served 3.42t monthly tokens and 1.07T tokens a week.")
    values = [f[1] for f in found]
    assert values == [pytest.approx(3.42e12), pytest.approx(1.07e12)]


def test_a_bracketed_figure_after_a_lower_case_model_name(analyzer):
    text = "Top models by spend: alpha-v4 ($2.31m), beta2.5 ($1.12m) and others."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "$2.31m").subject == "alpha-v4"
    assert by_figure(claims, "$1.12m").subject == "beta2.5"


# -- "a year earlier" is a time, not a rate -----------------------------------------------


def test_a_year_earlier_is_no_rate():
    found = figures("Profit was £80m, compared with £65m a year earlier.")
    assert [(f[0], f[3]) for f in found] == [("£80m", "GBP"), ("£65m", "GBP")]


def test_a_year_after_a_sum_is_still_a_rate():
    assert figures("She earns $40,000 a year.")[0][3] == "USD per year"


# -- the other term of a comparison ------------------------------------------------------


def test_up_from_measures_what_the_first_figure_does(analyzer):
    text = "Exports climbed to $7.4bn in May, up from $5.1bn a year earlier."
    claims = analysed(analyzer, text).claims
    first, then = by_figure(claims, "$7.4bn"), by_figure(claims, "$5.1bn")
    assert then.quantity.unit == "USD"
    assert (then.subject, then.metric) == (first.subject, first.metric)
    assert "Exports" in " ".join(filter(None, (then.subject, then.metric)))


def test_compared_with_a_place_keeps_the_place(analyzer):
    text = "Output reached 4.2 tonnes per hectare, compared to 3.1 in Spain."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "3.1").subject == "Spain"


def test_a_verb_of_change_with_from_to_measures_its_object(analyzer):
    text = "The board raised the ticket price from £40 to £55."
    claims = analysed(analyzer, text).claims
    assert "price" in (by_figure(claims, "£40").metric or "")
    assert "price" in (by_figure(claims, "£55").metric or "")


# -- bounds and conversions --------------------------------------------------------------


def test_a_verb_that_passes_a_figure_is_a_lower_bound():
    [found] = figures("Sign-ups have exceeded 2.3 million this year.")
    assert (found[0], found[5]) == ("2.3 million", ">")


def test_a_conversion_is_as_approximate_as_what_it_converts():
    found = figures("They built at least 20,000 square metres (215,000 square feet) of offices.")
    assert [f[5] for f in found] == [">=", ">="]
    found = figures("It owes an estimated 3.1 billion reais ($600m or £450m).")
    assert [f[5] for f in found] == ["~", "~", "~"]


@pytest.mark.parametrize(
    ("text", "approx"),
    [
        ("The damage is estimated to be 9,000 crore rupees.", "~"),
        ("Losses were estimated at $40m.", "~"),
        ("The agency estimates that it would cost $374bn.", "="),
    ],
)
def test_a_figure_said_to_be_estimated_is_approximate(text, approx):
    [found] = figures(text)
    assert found[5] == approx


# -- change ----------------------------------------------------------------------------


def test_bare_counts_that_go_are_job_cuts(analyzer):
    text = "About 900 jobs will go in sales, while 400 and 250 will go in support."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "400").change == "decrease"
    assert by_figure(claims, "250").change == "decrease"


def test_growing_at_a_rate_is_an_increase(analyzer):
    claims = analysed(analyzer, "Online sales are growing at more than 30% a year.").claims
    assert by_figure(claims, "30% a year").change == "increase"


def test_a_sum_raised_is_a_level(analyzer):
    claims = analysed(analyzer, "The charity raised 1.4 million euros last year.").claims
    assert by_figure(claims, "1.4 million euros").change == "level"


def test_customers_added_are_an_increase(analyzer):
    claims = analysed(analyzer, "The carrier added more than two million customers.").claims
    assert by_figure(claims, "two million customers").change == "increase"


# -- what a bare or predicated figure measures ----------------------------------------------


def test_a_copula_says_what_a_bare_count_is(analyzer):
    text = "Of the top 20 apps, 7 are Korean."
    claims = analysed(analyzer, text).claims
    assert "korean" in (by_figure(claims, "7").metric or "").lower()


def test_a_passive_count_measures_its_verb(analyzer):
    claims = analysed(analyzer, "Three were arrested as pickets near the gate.").claims
    assert by_figure(claims, "Three").metric in ("arrested", "arrest")


def test_a_sum_for_a_noun_measures_the_noun(analyzer):
    claims = analysed(analyzer, "The hospice received a donation for £80,000 last week.").claims
    assert "donation" in (by_figure(claims, "£80,000").metric or "")


def test_a_sum_for_a_noun_only_when_the_noun_is_next(analyzer):
    text = "He sold the club to Ann Ray, a local banker, for £9m."
    claims = analysed(analyzer, text).claims
    assert "banker" not in (by_figure(claims, "£9m").metric or "")


def test_a_comparison_in_a_month_keeps_the_first_frame(analyzer):
    text = "Net lending stood at £14.2bn, compared with £16.9bn in March last year."
    claims = analysed(analyzer, text).claims
    first, then = by_figure(claims, "£14.2bn"), by_figure(claims, "£16.9bn")
    assert then.subject == first.subject and then.subject != "March"


def test_a_count_that_cuts_is_no_cut(analyzer):
    text = "Of the 40 banks, 11 are adding euros, with 29 cutting back on them."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "29").change == "level"


# -- more classes of figure ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Tablets will make up 45 million out of 300 million devices sold.",
         "45 million out of 300 million", 0.15, ""),
        ("The plan would lift the retirement age for nurses from 62 to 66.", "62", 62, "years"),
        ("The plan would lift the retirement age for nurses from 62 to 66.", "66", 66, "years"),
        ("Labour has had two-and-a-half years to act.", "two-and-a-half years", 2.5, "years"),
    ],
)  # fmt: skip
def test_more_classes_of_figure(text, figure, value, unit):
    [found] = [f for f in figures(text) if f[0] == figure]
    assert (found[1], found[3]) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("She starred in the classic 1994 film about a heist.", []),
        ("In the 2004 election about 2000 people voted.", ["about 2000 people"]),
        # the base of a rate is no count; Italy's 40 is the gapped list's second item
        (
            "Spain has 31 doctors per 10,000 people, Italy 40.",
            ["31 doctors per 10,000 people", "40"],
        ),
    ],
)
def test_years_and_rate_bases_are_no_counts(text, kept):
    counts = [f[0] for f in figures(text) if f[4] == "count"]
    assert len(counts) == len(kept)
    assert all(count.startswith(k) for count, k in zip(counts, kept, strict=True))


def test_a_movement_then_to_is_two_figures_not_a_range():
    found = figures("Brent crude rose, adding $2.10 to $51.30 at the close.")
    assert [f[0] for f in found] == ["$2.10", "$51.30"]
    assert figures("The firm will hire an additional 15 to 25 staff.")[0][1:3] == (15, 25)


def test_one_of_after_only_is_a_pronoun():
    text = "Nine clubs bid, only one of which was solvent; only one survived."
    ones = [f[0] for f in figures(text) if f[1] == 1]
    assert len(ones) == 1 and text.index(ones[0]) > text.index("solvent")


# -- numbers that are no figures ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "She beat the fourth seed 7-6 (7-4) 6-3 after trailing from 1-3 down.",
        "Their 2-2 draw on Saturday left both sides level.",
        "Seedings: 1 Ana Costa (Brazil)  2 Ida Berg (Norway)  3 Tom Vale (Chile)",
        "The city will host the 2013 Sailing World Cup.",
        "The forward, ranked 88 in the world, reached round three.",
        "The helpline runs 24/7 for callers in the region.",
        "A strong partner is a crucial one because markets move fast.",
    ],
)
def test_numbers_that_are_no_figures(text):
    assert figures(text) == []


def test_plural_capitalised_counts_stay():
    found = [f[0] for f in figures("The squad has five Wallabies and 12 Grammy Awards.")]
    assert found == ["five Wallabies", "12 Grammy Awards"]


def test_rates_raised_n_times_between_dates_are_occasions():
    [found] = figures("The central bank raised rates four times between May and June.")
    assert (found[0], found[4]) == ("four times", "count")


def test_a_range_between_two_lengths_in_two_units():
    [found] = figures("He faces a ban of between nine months and two years.")
    assert found[1:4] == (9, 24, "months")


def test_second_hand_is_no_duration():
    assert not [f for f in figures("They bought four second hand vans.") if f[4] == "duration"]
