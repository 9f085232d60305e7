"""Figures: what a figure measures, in the shapes of phrase the claims used to misread.

A sum or share before "for", a duration of a state under "be", a range whose "to" the
parse made its head, a mover sent moving by another verb, a noun the small model tags
as an adjective or a verb, an exchange rate's base, a relative clause's subject, the
state after a figure "with" opens, "twice" before a participle, "another" count, a sum
a subject earns, a relative or participle clause's noun, a part of a group that does
something, a subject that opens with a figure, and the event a count did ("a rebellion
by 40 MPs").

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.quantities import find_quantities
from tests.figure_cases import analysed, by_figure


def quantity(result, figure):
    [found] = [q for q in result.quantities if q.text == figure]
    return found


def test_a_price_before_for_belongs_to_its_noun(analyzer):
    text = "Seats at the festival will cost £40 for adults and £15 for students."
    claims = analysed(analyzer, text).claims
    adults, students = by_figure(claims, "£40"), by_figure(claims, "£15")
    assert (adults.subject, adults.quantity.value, adults.quantity.unit) == ("adults", 40, "GBP")
    assert (students.subject, students.change) == ("students", "level")


def test_a_for_phrase_that_is_a_time_is_not_what_a_sum_is_for(analyzer):
    claims = analysed(analyzer, "Acme made a profit of $3bn for the year to March.").claims
    assert by_figure(claims, "$3bn").subject != "year"


@pytest.mark.parametrize(
    ("text", "figure", "unit", "state"),
    [
        ("The two suspects had been in prison for nearly four years.", "nearly four years",
         "years", "in prison"),
        ("The keeper will be fit for three to four weeks, the club said.",
         "three to four weeks", "weeks", "fit"),
    ],
)  # fmt: skip
def test_a_duration_under_be_measures_the_state(analyzer, text, figure, unit, state):
    duration = quantity(analysed(analyzer, text), figure)
    assert (duration.unit, duration.measured) == (unit, state)


def test_a_range_hangs_on_the_noun_it_is_of(analyzer):
    result = analysed(analyzer, "The crime carries a jail term of 18 months to three years.")
    term = quantity(result, "18 months to three years")
    assert (term.low, term.high, term.unit) == (18, 36, "months")
    assert "jail term" in term.measured


def test_a_mover_sent_moving_by_another_verb(analyzer):
    text = "The trader sent shares of the mining group tumbling by as much as 12 percent."
    claim = by_figure(analysed(analyzer, text).claims, "12 percent")
    assert (claim.quantity.value, claim.quantity.approx) == (12, "<=")
    assert claim.change == "decrease"
    assert claim.metric.startswith("shares")


def test_a_noun_tagged_as_an_adjective_is_what_a_figure_is_of(analyzer):
    claim = by_figure(
        analysed(analyzer, "The runner set a personal best of 8.02m.").claims, "8.02m"
    )
    assert (claim.quantity.value, claim.metric) == (8.02, "personal best")


@pytest.mark.parametrize(
    "text",
    [
        "The rally lifted the dollar up to $1.41 to the euro on Monday.",
        "The news pushed the dollar up to $1.35 to the euro by noon.",
    ],
)
def test_an_exchange_rate_measures_its_currency(analyzer, text):
    [claim] = [c for c in analysed(analyzer, text).claims if c.quantity]
    assert claim.quantity.unit == "USD per EUR"
    assert claim.metric == "dollar"


def test_a_relative_clause_subject_is_not_the_figures(analyzer):
    text = "The city's budget - much of which was spent on roads - was 3 billion pesos."
    claim = by_figure(analysed(analyzer, text).claims, "3 billion pesos")
    assert claim.quantity.value == 3e9
    assert "which" not in (claim.subject or "")
    assert claim.metric == "budget"


def test_a_sum_said_with_with_measures_the_noun_it_hangs_on(analyzer):
    text = "The studio said the film held the holiday title with $15.2m over the weekend."
    claim = by_figure(analysed(analyzer, text).claims, "$15.2m")
    assert (claim.quantity.value, claim.metric) == (15.2e6, "holiday title")


def test_a_sum_before_a_noun_the_parse_calls_a_verb(analyzer):
    text = "The builder will lose money on the 800m euros (£560m) rebuild of the stadium."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "800m euros").metric == "rebuild"
    assert by_figure(claims, "£560m").metric == "rebuild"


@pytest.mark.parametrize(
    ("text", "figure", "state"),
    [
        ("Farmers in the region are struggling, with 42% out of work.", "42%", "out of work"),
        ("The fund paid out £9m last year, with £2m available for new grants.", "£2m",
         "available"),
    ],
)  # fmt: skip
def test_the_state_after_with_and_a_figure(analyzer, text, figure, state):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert (claim.metric, claim.change) == (state, "level")


def test_twice_before_a_participle_counts_occasions(analyzer):
    [twice] = [q for q in find_quantities("The defender was twice booked in the first half.")]
    assert (twice.value, twice.unit, twice.kind) == (2, "times", "count")
    [factor] = find_quantities("The bill was twice what it had been.")
    assert (factor.value, factor.kind) == (2, "multiplier")


def test_another_count_takes_the_noun_of_the_sentence_before(analyzer):
    text = "The bank will cut 900 jobs in London. Another 400 will go in Leeds."
    claim = by_figure(analysed(analyzer, text).claims, "400")
    assert (claim.quantity.value, claim.quantity.unit, claim.change) == (400, "jobs", "decrease")


def test_a_bare_count_does_not_reach_into_the_sentence_before(analyzer):
    [jobs, bare] = find_quantities("The bank will cut 900 jobs. So far 400 have gone.")
    assert jobs.unit == "jobs"
    assert bare.unit != "jobs"


def test_a_one_word_noun_metric_is_kept_beside_another_figures(analyzer):
    text = "Voters remember 12% inflation, 14% mortgage rates and £2bn in unpaid debts."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "12%").metric == "inflation"
    assert by_figure(claims, "14%").metric == "mortgage rates"


def test_a_sums_own_in_phrase_is_what_it_measures(analyzer):
    text = "Voters remember 12% inflation, 14% mortgage rates and £2bn in unpaid debts."
    claim = by_figure(analysed(analyzer, text).claims, "£2bn")
    assert (claim.quantity.value, claim.quantity.unit, claim.metric) == (2e9, "GBP", "unpaid debts")


def test_a_margin_over_a_named_rival_measures_the_win(analyzer):
    claim = by_figure(
        analysed(analyzer, "The veteran beat Tom Hale by 30 metres.").claims, "30 metres"
    )
    assert (claim.quantity.value, claim.subject, claim.metric) == (30, "veteran", "beat")


def test_a_total_of_counts_the_noun_with_its_verb(analyzer):
    text = "A total of 1,250 nurses were surveyed for the report."
    claim = by_figure(analysed(analyzer, text).claims, "1,250 nurses")
    assert (claim.quantity.value, claim.quantity.unit) == (1250, "nurses")
    assert claim.metric == "survey nurses"


def test_a_duration_something_was_done_in(analyzer):
    result = analysed(analyzer, "The champion won the sprint title in 9.91 seconds.")
    seconds = quantity(result, "9.91 seconds")
    assert (seconds.value, seconds.unit, seconds.measured) == (9.91, "seconds", "win title")


def test_a_bare_number_word_subject_counts_the_storys_people(analyzer):
    text = "Police said the four were held at the border. Two were released on Friday."
    four, two = analysed(analyzer, text).quantities
    assert (four.text, four.value, four.unit, four.kind) == ("four", 4, "people", "count")
    assert (two.text, two.unit) == ("Two", "people")
    [firms] = analysed(analyzer, "Two of the firms were fined.").quantities
    assert firms.unit == "firms"


def test_a_figure_restated_between_dashes_measures_the_same_thing(analyzer):
    claims = analysed(analyzer, "Only 4% of the judges - 12 out of 300 - are women.").claims
    share, ratio = by_figure(claims, "4%"), by_figure(claims, "12 out of 300")
    assert share.metric == "share of judges"
    assert (ratio.quantity.value, ratio.metric) == (0.04, "share of judges")


def test_a_scaled_fraction_counts_a_capitalised_people(analyzer):
    [quarter] = find_quantities("Half a million Sri Lankans lost their homes.")
    assert (quarter.value, quarter.unit, quarter.kind) == (500_000, "Sri Lankans", "count")
    [people] = find_quantities("Half a million people lost their homes.")
    assert people.unit == "people"


def test_a_bare_count_in_a_state_counts_the_state(analyzer):
    text = "The slump left 40,000 unemployed and 1.2 million in negative equity."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "40,000 unemployed").metric == "unemployed"
    equity = by_figure(claims, "1.2 million")
    assert (equity.quantity.value, equity.metric) == (1.2e6, "in negative equity")
    places = analysed(analyzer, "Officials said 300 in the capital had no power.").claims
    assert "capital" not in (by_figure(places, "300").metric or "")


def test_a_noun_just_before_a_bare_figure_labels_it(analyzer):
    text = "The country - population 1.3bn - now has a large middle class."
    claim = by_figure(analysed(analyzer, text).claims, "1.3bn")
    assert (claim.quantity.value, claim.metric) == (1.3e9, "population")


def test_a_spaced_dash_ends_a_counted_phrase(analyzer):
    result = analysed(analyzer, "The island - population 40,000 - relies on fishing.")
    [count] = result.quantities
    assert (count.text, count.value) == ("40,000", 40_000)
    assert "relies" not in count.unit


@pytest.mark.parametrize(
    ("text", "unit", "kind"),
    [
        ("The new chip runs 10-times faster than the old one.", "x", "multiplier"),
        ("Rents are five times higher than a decade ago.", "x", "multiplier"),
        ("Rates went up five times.", "times", "count"),
    ],
)
def test_times_before_a_comparative_is_a_multiplier(text, unit, kind):
    [figure] = find_quantities(text)
    assert (figure.unit, figure.kind) == (unit, kind)


def test_figures_of_a_list_each_told_for_its_own_group(analyzer):
    text = "The bank will cut 900 jobs in London, 300 from retail banking and 120 across sales."
    claims = analysed(analyzer, text).claims
    retail, sales = by_figure(claims, "300"), by_figure(claims, "120")
    assert (retail.quantity.unit, retail.subject) == ("jobs", "retail banking")
    assert (sales.quantity.value, sales.subject) == (120, "sales")


def test_one_group_phrase_alone_is_no_contrast(analyzer):
    claims = analysed(analyzer, "Sales rose 4% in the north last year.").claims
    assert by_figure(claims, "4%").subject == "Sales"


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The carrier said 5,125 positions would go.", True),
        ("The school has 500 places for new pupils.", True),
        ("The club slipped four places to tenth.", False),
        ("The firm climbed 12 places in the table.", False),
    ],
)
def test_places_are_a_rank_only_after_a_move(text, kept):
    assert bool(find_quantities(text)) is kept


def test_another_figure_is_never_a_subject(analyzer):
    text = "About 1,100 jobs will go in banking while 1,200 and 550 will go in trading."
    claims = analysed(analyzer, text).claims
    last = by_figure(claims, "550")
    assert (last.quantity.unit, last.change, last.metric) == ("jobs", "decrease", "go jobs")
    assert last.subject is None


def test_a_part_of_a_scaled_whole_scales_the_whole(analyzer):
    [part] = find_quantities("About 3 million of the 5 million users logged in.")
    assert (part.text, part.low, part.unit) == (
        "About 3 million of the 5 million",
        3e6,
        "of 5000000",
    )
    assert part.approx == "~"
    [judges] = find_quantities("Four of the five judges agreed.")
    assert (judges.value, judges.unit) == (4, "of 5")


def test_a_lone_one_far_into_a_long_text_is_read_as_at_its_start():
    filler = "Markets were calm. " * 2000
    [opening] = [q for q in find_quantities(filler + "One reading is wrong. It cost $5.")]
    assert (opening.text, opening.unit) == ("$5", "USD")


def test_a_sum_a_subject_earns_measures_the_earning_not_the_subject(analyzer):
    claims = analysed(analyzer, "Her debut novel outsold its $2m film budget, earning $5m.").claims
    earned = by_figure(claims, "$5m")
    assert (earned.subject, earned.metric) == ("Her debut novel", "earn")


def test_a_relative_pronoun_subject_is_the_noun_the_clause_describes(analyzer):
    claims = analysed(analyzer, "Acme unveiled a tablet that will go on sale for $250.").claims
    assert by_figure(claims, "$250").subject == "tablet"


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Critics ignore the payroll tax rate, which, at 12 percent, is the highest.",
         "12 percent", "payroll tax rate"),
        ("The club owns 40% of the stadium, which is worth $90m.", "$90m", "stadium"),
        ("The review praised the new musical, which has cost £6m to stage.", "£6m",
         "new musical"),
    ],
)  # fmt: skip
def test_a_which_right_after_its_noun_is_about_that_noun(analyzer, text, figure, subject):
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, figure).subject == subject


def test_a_share_of_whom_is_a_share_of_the_noun_before_its_comma(analyzer):
    text = "The county jails hold 30 percent of the state's inmates, 45 percent of whom are young."
    claim = by_figure(analysed(analyzer, text).claims, "45 percent")
    assert claim.metric == "share of inmates"


def test_a_sum_spent_in_the_setting_of_its_spending_measures_the_spending(analyzer):
    text = "The party spent more than $2 million against him in the primary."
    claim = by_figure(analysed(analyzer, text).claims, "more than $2 million")
    assert claim.metric == "spend"
    # right after the sum, the "in" says what the sum was made in
    claim = by_figure(analysed(analyzer, "The tour took $90m in ticket sales.").claims, "$90m")
    assert claim.metric == "ticket sales"


def test_a_which_about_a_name_or_a_clause_names_no_subject(analyzer):
    claims = analysed(analyzer, "He cut taxes by 5%, which was a surprise.").claims
    assert by_figure(claims, "5%").subject is None


def test_a_participle_clause_is_about_the_noun_it_hangs_on(analyzer):
    claims = analysed(analyzer, "The board backed a merger valued at $4bn.").claims
    assert by_figure(claims, "$4bn").subject == "merger"  # not "merger valued at $4bn"


@pytest.mark.parametrize(
    ("text", "figure", "group", "doing"),
    [
        ("Only 12% of the farmers who replied had planted a new crop.", "12%", "farmers",
         "plant new crop"),
        ("Just one in eight readers knew the editor.", "one in eight", "readers", "know editor"),
        ("Some 30% of shops plan to open on Sundays.", "30%", "shops", "plan to open"),
        ("In the poll, 41% said they had bought a new phone.", "41%", None, "buy new phone"),
    ],
)  # fmt: skip
def test_a_part_of_a_group_that_does_something_measures_the_doing(
    analyzer, text, figure, group, doing
):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert (claim.subject, claim.metric) == (group, doing)


def test_a_part_that_earns_another_figure_is_a_share_of_its_group(analyzer):
    text = "Only 20% of nurses earn more than £40,000, compared with 35% of doctors."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "20%").metric == "share of nurses"


def test_a_subject_that_opens_with_its_own_figure_is_the_noun_after_it(analyzer):
    claims = analysed(analyzer, "The £300 garden robots can be bought online.").claims
    assert by_figure(claims, "£300").subject == "garden robots"  # not "£300 garden robots"


def test_a_hedged_share_is_never_a_subject(analyzer):
    text = "Only 12% of the 900 farmers who replied had planted a new crop."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "900 farmers").subject is None  # not "Only 12%"


def test_a_count_that_did_an_event_measures_the_event(analyzer):
    claims = analysed(analyzer, "The bill survived despite a rebellion by 40 backbench MPs.").claims
    assert (by_figure(claims, "40 backbench MPs").metric or "").startswith("rebellion")


def test_a_measure_noun_subject_keeps_what_it_is_of(analyzer):
    claims = analysed(analyzer, "The number of rail passengers jumped by 12% in a year.").claims
    assert by_figure(claims, "12%").metric == "number of rail passengers"  # not "number"


def test_a_list_items_label_is_not_part_of_the_subject(analyzer):
    text = "Market notes:\n- 2025-09: Garden robots reported at 14% of tool sales."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "14%").subject == "Garden robots"  # not "2025-09: Garden robots"


def test_a_from_level_reaches_its_movement_past_a_bracketed_conversion(analyzer):
    text = "Losses narrowed in 2024 to $20m (£16m; 19m euros) from $50m the year before."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "$50m").metric == "Losses"  # not the verb "narrow"


def test_the_pronoun_ones_takes_the_noun_it_stands_for(analyzer):
    text = "Dutch ferries carried 9 million passengers in May, against 3 million for Danish ones."
    claims = analysed(analyzer, text).claims
    assert by_figure(claims, "3 million").subject == "Danish ferries"
    text = "The old buses were slow; the new ones carried 40 people each."
    assert by_figure(analysed(analyzer, text).claims, "40 people").subject == "new buses"
