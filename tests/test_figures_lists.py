"""Figures: glued scales and units, lists of guesses, gapped clauses of a cut, time gone
by, a period said before the counted noun, and sums restated in another currency.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.quantities import find_quantities
from tests.figure_cases import by_figure, claims_of


def figures(text):
    return [(q.text, q.low, q.high, q.unit, q.kind, q.approx) for q in find_quantities(text)]


# -- a glued "t": trillions or tonnes ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The depot sent a 7.5t lorry to the quarry.", 7.5, "tonnes"),
        ("The crane, weighing 40t, toppled over.", 40, "tonnes"),
        ("Top models by volume: alpha-2 (4.12t), beta (3.05t).", 4.12e12, ""),
    ],
)
def test_a_glued_t_is_tonnes_in_a_measure_and_trillions_alone(text, value, unit):
    found = figures(text)
    assert found[0][1] == pytest.approx(value)
    assert found[0][3] == unit


def test_both_trillions_of_a_list_are_read():
    found = figures("Top models by volume: alpha-2 (4.12t), beta (3.05t).")
    assert [f[1] for f in found] == [pytest.approx(4.12e12), pytest.approx(3.05e12)]


def test_a_glued_scale_letter_is_no_part_of_the_counted_noun(analyzer):
    claim = by_figure(claims_of(analyzer, "The router handled 6.02t packets."), "packets")
    assert claim.quantity.unit == "packets"


# -- a DATE word inside a count's unit, and a period said before the noun ------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The search engine answered 3.4 billion monthly queries.", "queries", "queries per month"),
        ("The museum welcomes around 4,000 visitors each day.", "day", "visitors per day"),
    ],
)
def test_a_period_word_in_a_count_keeps_the_count_as_a_rate(analyzer, text, figure, unit):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.quantity.unit == unit


def test_a_few_items_with_a_period_word_stay_a_count(analyzer):
    claim = by_figure(
        claims_of(analyzer, "The tenant paid three monthly instalments."), "instalments"
    )
    assert claim.quantity.unit == "instalments"


def test_a_time_read_as_the_unit_is_no_count(analyzer):
    claims = claims_of(analyzer, "The pair hope to win two tomorrow.")
    assert not [c for c in claims if c.quantity and c.quantity.unit == "tomorrow"]


# -- lists of guesses ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The dealer sold three, four or five vans.", 3, 5, "vans"),
        ("There are four, five or maybe six bidders in the race.", 4, 6, "bidders"),
    ],
)
def test_a_list_of_guesses_is_one_range(analyzer, text, low, high, unit):
    [found] = [c.quantity for c in claims_of(analyzer, text) if c.quantity is not None]
    assert (found.low, found.high, found.unit) == (low, high, unit)


# -- gapped clauses of a cut -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 800 jobs will be cut in Bristol, 300 in Bath and 150 in Swindon.",
        "Another 900 will go from its call centres, 450 from retail and 120 across finance.",
    ],
)
def test_each_number_of_a_gapped_cut_is_a_decrease(analyzer, text):
    claims = [c for c in claims_of(analyzer, text) if c.quantity is not None]
    assert len(claims) == 3
    assert [c.change for c in claims] == ["decrease"] * 3


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The carmaker will cut 900 jobs in Spain and 300 in Portugal.", "300", "decrease"),
        ("Exports climbed 6% in Chile, 4% in Peru.", "4%", "increase"),
        ("The chain hired 120 staff in Derby and 80 in Crewe.", "80", "level"),
    ],
)
def test_a_gapped_clause_moves_as_its_first_clause(analyzer, text, figure, change):
    assert by_figure(claims_of(analyzer, text), figure).change == change


# -- time gone by is an amount ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The goalkeeper has missed the last four weeks with a knee injury.", "four weeks"),
        ("It took another 12 years before the bridge reopened.", "12 years"),
        ("The crew spent the next nine days at sea.", "nine days"),
    ],
)
def test_time_taken_spent_or_missed_is_a_duration(text, figure):
    assert [f for f in figures(text) if f[0] == figure and f[4] == "duration"]


@pytest.mark.parametrize(
    "text", ["Prices rose over the last three weeks.", "The plant closed three years ago."]
)
def test_a_stretch_of_the_calendar_is_still_a_time(text):
    assert not [f for f in figures(text) if f[4] == "duration"]


def test_an_age_that_lost_its_first_hyphen(analyzer):
    [(_, value, _, unit, kind, _)] = figures("The prize went to a nine year-old boy.")
    assert (value, unit, kind) == (9, "years", "age")


# -- a sum restated in another currency ------------------------------------------------------


def test_a_conversion_is_as_approximate_and_measures_as_the_sum(analyzer):
    claims = claims_of(analyzer, "The insurer's profit rose to about $2.4bn (£1.3bn) last year.")
    first, then = by_figure(claims, "$2.4bn"), by_figure(claims, "£1.3bn")
    assert then.quantity.approx == first.quantity.approx == "~"
    assert (then.subject, then.metric, then.change) == (first.subject, first.metric, first.change)


def test_a_list_of_sums_in_one_currency_is_no_conversion():
    found = figures("Bids came in at about $5bn, $6bn and $7bn.")
    assert [f[5] for f in found] == ["~", "=", "="]


# -- a size adjective, a multiplier's comparative, a range cut short -----------------------


def test_a_length_measures_the_size_adjective_after_it(analyzer):
    claims = claims_of(analyzer, "The new sea wall is 4m high and 30m long.")
    assert [by_figure(claims, f).metric for f in ("4m", "30m")] == ["high", "long"]


def test_an_attributive_size_adjective_keeps_its_noun(analyzer):
    claims = claims_of(analyzer, "Walkers crossed a three-metre high footbridge.")
    assert by_figure(claims, "three-metre").metric == "high footbridge"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Trains on the new line will travel 8-times faster than buses.", "8-times", "faster"),
        ("The new drive will copy files 8 times faster than old disks.", "8 times", "faster"),
        ("Rural homes are three times more likely to lack broadband.", "three times", "likely"),
    ],
)
def test_a_multiplier_measures_the_comparison_it_scales(analyzer, text, figure, metric):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.metric.split(" than ")[0] == metric


def test_a_currency_sign_of_the_next_figure_is_not_the_year_s(analyzer):
    found = figures("Losses fell in 2003 to $80m from $120m.")
    assert [f[0] for f in found] == ["$80m", "$120m"]


def test_a_time_taken_to_the_hundredth_is_in_seconds():
    [(text, value, _, unit, kind, _)] = figures("She led to win in 4:05.50 on Sunday.")
    assert (text, unit, kind) == ("4:05.50", "seconds", "duration")
    assert value == pytest.approx(4 * 60 + 5.5)


def test_a_record_in_hours_minutes_and_seconds_is_in_seconds():
    [(text, value, _, unit, _, _)] = figures("She cut her best of 2:21:04 by a minute.")[:1]
    assert (text, value, unit) == ("2:21:04", 2 * 3600 + 21 * 60 + 4, "seconds")


def test_a_time_of_day_is_no_time_taken():
    assert not figures("The polls open at 7:30 and close at 10:00.")


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Exports grew by £2bn in May, a smaller rise than the £3bn seen in April.", "£3bn",
         "increase"),
        ("Shares suffered a steeper drop than the 4% recorded on Monday.", "4%", "decrease"),
    ],
)  # fmt: skip
def test_the_other_term_of_a_graded_movement_moves_too(analyzer, text, figure, change):
    assert by_figure(claims_of(analyzer, text), figure).change == change


def test_two_joined_figures_share_the_unit_said_after_the_second(analyzer):
    text = "The maker will sell 13 and 17 inch monitors next year."
    found = {c.quantity.text: c.quantity for c in claims_of(analyzer, text) if c.quantity}
    assert (found["13"].low, found["13"].unit) == (13, "in")
    assert (found["17 inch"].low, found["17 inch"].unit) == (17, "in")


def test_a_range_opened_by_a_capital_between(analyzer):
    [found] = [c.quantity for c in claims_of(analyzer, "Between 400 and 500 ferries sail.")]
    assert (found.low, found.high, found.unit) == (400, 500, "ferries")


# -- amounts said by a word, and the movement a compound names -----------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The band set off on a month-long tour of Japan.", "month-long", 1, "months"),
        ("The central bank made a half-point cut in March.", "half-point", 0.5,
         "percentage points"),
    ],
)  # fmt: skip
def test_an_amount_said_by_a_word(text, figure, value, unit):
    assert [(f[1], f[3]) for f in figures(text) if f[0] == figure] == [(value, unit)]


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Teachers were offered a 4% pay rise.", "4%", "increase"),
        ("The lender has made two quarter-point rate cuts this year.", "quarter-point",
         "decrease"),
        ("The plan leaves out the £6bn of spending cuts critics expect.", "£6bn", "level"),
    ],
)  # fmt: skip
def test_the_head_of_a_compound_after_a_figure_says_its_movement(analyzer, text, figure, change):
    assert by_figure(claims_of(analyzer, text), figure).change == change


# -- a list line with a dash between its label and its figure ------------------------------


def test_a_dashed_list_line_labels_its_figure(analyzer):
    lines = [
        "Top apps by downloads:",
        "",
        "  • photo tool v2.1 — 4.2m users",
        "  • map finder — 3.9m users",
    ]
    text = "\n".join(lines) + "\n"
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "4.2m users").subject == "photo tool v2.1"
    assert by_figure(claims, "3.9m users").subject == "map finder"
    assert all(c.metric is None or any(ch.isalnum() for ch in c.metric) for c in claims)


def test_a_sentence_with_a_dash_is_no_list_line():
    from extractors.figure_lines import dash_label

    text = "Shares in the firm, which makes parts for cars and planes, fell sharply — 12%"
    assert dash_label(text, text.index("12%"), len(text)) is None


def test_a_plural_noun_tagged_a_verb_is_still_counted(analyzer):
    from extractors.figure_units import counted_phrase

    text = "Fans cheered the country's three best comedy acts."
    doc = analyzer.nlp(text)
    acts = next(t for t in doc if t.text == "acts")
    acts.pos_, acts.tag_ = "VERB", "VBZ"  # as the small model sometimes tags it
    found = counted_phrase(doc, text.index("three"), text.index("three") + 5)
    assert found is not None and found[0] == "comedy acts"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Among the top 20 busiest airports, 7 are in Asia.", "7", "airports"),
        ("Among the top 10 bus routes by traffic, 6 ran late.", "6", "bus routes"),
    ],
)
def test_a_bare_count_is_part_of_the_whole_that_opens_its_sentence(analyzer, text, figure, unit):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.quantity.unit == unit


# -- a fraction ending its phrase, a count as a comparison's second term -------------------


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The quota was cut to one-fifth, the lowest ever.", "one-fifth", 0.2),
        ("Crime fell by about a quarter.", "about a quarter", 0.25),
    ],
)
def test_a_fraction_that_ends_its_phrase(text, figure, value):
    assert [f[1] for f in figures(text) if f[0] == figure] == [pytest.approx(value)]


def test_a_third_as_an_ordinal_is_no_fraction():
    assert not [f for f in figures("She finished a third, well behind.") if f[4] == "ratio"]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The new engine has 12 cylinders, compared with eight for the old model.", "eight",
         "cylinders"),
        ("Inspectors shut 40 care homes, including five in Kent.", "five", "care homes"),
    ],
)  # fmt: skip
def test_a_bare_second_term_counts_what_the_first_counted(analyzer, text, figure, unit):
    assert by_figure(claims_of(analyzer, text), figure).quantity.unit == unit


def test_a_quoted_range_after_between(analyzer):
    [found] = figures('The land was valued at between "four and five times" its old price.')
    assert (found[1], found[2], found[3]) == (4, 5, "x")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The drink-drive limit may fall to 50mg.", "50mg", "milligrams"),
        ("Each can holds 330ml of juice.", "330ml", "millilitres"),
        ("He curled the free-kick in from 25 yards.", "25 yards", "yards"),
    ],
)
def test_more_physical_units(text, figure, unit):
    assert [(f[3], f[4]) for f in figures(text) if f[0] == figure] == [(unit, "physical")]


def test_a_fraction_before_a_time_of_its_own():
    found = figures("Trust in banks fell to nearly one-third in 2003.")
    assert [f[1] for f in found if f[4] == "ratio"] == [pytest.approx(1 / 3)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The stamp will cost 68p from April.", "68p", 68, "GBP pence"),
        ("Shares closed at 212.5p on Friday.", "212.5p", 212.5, "GBP pence"),
        ("Duty rises by 1.5p per litre.", "1.5p per litre", 1.5, "GBP pence per litre"),
    ],
)
def test_pence_glued_to_the_number(text, figure, value, unit):
    assert [(f[1], f[3]) for f in figures(text) if f[0] == figure] == [(value, unit)]


def test_a_time_of_day_is_no_pence():
    assert not figures("The match kicks off at 3pm.")


def test_an_age_said_after_at_in_a_sentence_about_ages(analyzer):
    text = "She joined the choir at the age of 9 and turned professional at 17."
    assert by_figure(claims_of(analyzer, text), "17").quantity.unit == "years"


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The Saints have lost seven of the 11 games played this season.", "seven of the 11",
         "level"),
        ("The network lost 52,000 customers last year.", "52,000 customers", "decrease"),
    ],
)  # fmt: skip
def test_contests_lost_are_defeats_not_a_decrease(analyzer, text, figure, change):
    assert by_figure(claims_of(analyzer, text), figure).change == change


def test_a_movement_noun_after_and_belongs_to_another_phrase(analyzer):
    claims = claims_of(analyzer, "The two kickers missed four penalty kicks and a drop goal.")
    assert by_figure(claims, "kicks").change == "level"


def test_figures_said_respectively_pair_with_their_names(analyzer):
    text = "Cardiff and Swansea have 14 and 9 players in the squad respectively."
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "14").subject == "Cardiff"
    assert by_figure(claims, "9 players").subject == "Swansea"


def test_the_start_of_a_from_to_takes_the_unit_said_at_its_end(analyzer):
    claims = claims_of(analyzer, "The league grew from 12 to 18 member clubs last year.")
    assert by_figure(claims, "12").quantity.unit == "member clubs"


@pytest.mark.parametrize(
    "text",
    ["The painter has died in Lisbon at 88.", "He made the first team when he was just 16."],
)
def test_an_age_at_a_life_s_event_or_after_just(text):
    found = [f for f in figures(text) if f[4] == "age"]
    assert [(f[3], f[4]) for f in found] == [("years", "age")]


def test_a_price_closing_at_a_number_is_no_age():
    assert not [f for f in figures("Shares in the group closed at 64.") if f[4] == "age"]


@pytest.mark.parametrize(
    "text",
    ["The coach held a one-to-one with each player.", "Hull came back to draw 2-2 at home."],
)
def test_two_equal_ends_are_no_range(text):
    assert not figures(text)


@pytest.mark.parametrize(
    "text", ["Leeds defeated them 0-2 in the cup.", "The bookmaker gave him odds of 4-7."]
)
def test_a_score_after_a_verb_of_winning_or_odds_is_no_figure(text):
    assert not figures(text)
