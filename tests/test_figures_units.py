"""Figures: units read from the parse and the words around, ranges said as two figures,
hedges and particles, and what a figure measures when its nearest words say it.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.quantities import find_quantities
from tests.figure_cases import by_figure, claims_of


def figures(text, doc=None):
    return [(q.text, q.low, q.high, q.unit) for q in find_quantities(text, doc)]


# -- units -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a hyphenated counted noun is whole
        (
            "The ferry firm sent two e-mail newsletters last year.",
            "newsletters",
            "e-mail newsletters",
        ),
        # a part of a group with no total counts the group's noun, its noun compounds kept
        ("The charity helped nine of the stranded hikers.", "nine", "hikers"),
        (
            "By March, 5 million of its old paper leaflets were recycled.",
            "5 million",
            "paper leaflets",
        ),
        ("The number of cafes in the town has passed 1,200.", "1,200", "cafes"),
        # its noun compounds too, as when the parse hangs the figure elsewhere
        ("The number of measles cases in the region reached 4,310.", "4,310", "measles cases"),
        # a stock index's level is in points
        ("The Hang Seng index fell 2% to 14,205.", "14,205", "points"),
        # a group of people
        ("The festival drew an audience of 3.2 million.", "3.2 million", "people"),
        ("Police questioned 12 men and 300 others.", "300 others", "people"),  # people said
        # a rate said after the figure, and an exchange rate's base currency
        ("Output grew at 12% a year.", "12% a year", "% per year"),
        ("In Zurich, one franc was worth $1.12.", "$1.12", "USD per CHF"),
        ("Late on Friday the dollar was buying 7.8 yuan.", "7.8 yuan", "CNY per USD"),
        (
            "Canteen staff got a 30 euro cents rise in their hourly pay.",
            "30 euro cents",
            "EUR cents",
        ),
        # an adjective is not the counted noun
        (
            "Voters went to the polls in four previous local by-elections.",
            "by-elections",
            "by-elections",
        ),
    ],
)
def test_units_from_the_parse_and_the_words_around(analyzer, text, figure, unit):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.quantity.unit == unit


def test_a_scaled_number_of_its_group_keeps_the_noun_said_later(bare_nlp):
    text = "The town now has 40,000 homes and plans 2,000 more."
    assert figures(text, bare_nlp(text))[0][3] == "homes"


# -- values ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forecasters expect growth of between 2% and 2.5% next year.", [(2, 2.5, "%")]),
        ("The chain will open three, four or five new branches.", [(3, 5, "branches")]),
    ],
)
def test_ranges_said_as_two_or_three_figures_are_one(bare_nlp, text, expected):
    found = figures(text, bare_nlp(text))
    assert [(low, high, unit) for _, low, high, unit in found] == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She cleared a personal best of 6.50m in the trials.", 6.5, "m"),
        ("The lift climbs its 320m track in a minute.", 320, "m"),
        ("He kicked a 45m penalty.", 45, "m"),
    ],
)
def test_a_glued_m_in_a_context_of_distance_is_metres(text, value, unit):
    [(_, low, _, found)] = figures(text)
    assert (low, found) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "He was cast to play 007 in the new film.",
        "The board read 3+4=7 in chalk.",
        "She set records at 3km, 5km and 10km.",
        "He won the six-kilometre race.",
        "She won a 10K race in Rome.",
        "The single slipped four places to number eight.",
        "One reading of the report is that costs rose.",
        "Prices moved one way in the first half.",
    ],
)
def test_numbers_that_are_no_figures(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The court heard the case of one Peruvian and two others.", "one Peruvian", 1),
        ("Two were arrested at the scene.", "Two", 2),
        ("Two of Anna Lind's other books will be reissued.", "Two", 2),
        ("The index had risen to 10,512.38 by noon.", "10,512.38", 10512.38),
        ("The judge ordered a one third reduction in the fine.", "one third", 1 / 3),
        ("Rovers finished four ahead of Harbour City.", "four", 4),
    ],
)
def test_figures_found(text, figure, value):
    found = {t: low for t, low, _, _ in figures(text)}
    assert found[figure] == pytest.approx(value, rel=1e-3)


# -- hedges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("He handed over £2,000 to the club.", "£2,000", "="),
        ("The news pushed the pound up to $1.95 on Friday.", "$1.95", "="),
        ('"Roughly 80% of the boats were found," he said.', "80%", "~"),
        ("Of the 10 or so boats in the harbour, two sank.", "10 or so boats", "~"),
        ("It carries an estimated debt of 4.2 billion pesos.", "4.2 billion pesos", "~"),
    ],
)
def test_hedges_and_particles(bare_nlp, text, figure, approx):
    [q] = [q for q in find_quantities(text, bare_nlp(text)) if q.text.endswith(figure)]
    assert q.approx == approx


def test_without_the_parse_over_is_a_bound():
    [q] = find_quantities("Donations came to over £2,000.")
    assert q.approx == ">"


# -- what a figure measures --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "Rovers are five points behind Harbour City after the draw.",
            "five points",
            "Harbour City",
        ),
        ("Kent trails Alan Mills (95) in the count.", "95", "Alan Mills"),
        ("The walkers were Jo Price, 54, and Sam Lee, 61.", "54", "Jo Price"),
        ("The Nurses' Union's 40,000 and Unite's 12,000 were balloted.", "12,000", "Unite"),
    ],
)
def test_the_words_next_to_a_figure_say_whose_it_is(analyzer, text, figure, subject):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("The mill's £3m boiler failed.", "£3m", "boiler"),
        ("The bridge project, a contract worth up to $90m, was signed.", "$90m", "contract"),
        (
            "The firm had a pre-tax loss for the six months to June of £4.5m.",
            "£4.5m",
            "pre-tax loss",
        ),
        ("The firm reported a 6% rise in sales to £40m.", "£40m", "sales"),
        ("Ticket revenue rose 8% to £12m, while losses narrowed to £2m.", "£2m", "losses"),
        ("The tablet costs £99 (149 euros) at launch.", "149 euros", "cost"),
        ("Forecasters expect growth of between 2% and 2.5% next year.", "2.5%", "growth"),
        # "number" alone says nothing: what "the number of" counts
        (
            "Analysts say the number of smart meters in homes could grow to 40 million.",
            "40 million",
            "number of smart meters",
        ),
        (
            "The ministry hopes to raise the number of nurses from 90,000 to 120,000.",
            "90,000",
            "number of nurses",
        ),
    ],
)
def test_the_words_next_to_a_figure_say_what_it_measures(analyzer, text, figure, metric):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.metric == metric


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("The 72-year-old owner of the mill spoke.", "72-year-old", "owner"),
        ("Police arrested Ray Dunn, 34, on Monday.", "34", "Ray Dunn"),
        ('"No," said Ann Hale, 53, who lives nearby.', "53", "Ann Hale"),
        ("The 19-year-old Okafor lost in the final.", "19-year-old", "Okafor"),
        ("He left days after Joan Hale died aged 88.", "88", "Joan Hale"),
        # "aged" after a group: the group's age, however the parse hangs "aged"
        ("Only 12% of Danes aged 70 or over shop online.", "70", "Danes"),
        ("The prize went to a vote of pupils aged eight to 12.", "eight to 12", "pupils"),
    ],
)
def test_an_age_is_the_age_of_whom_it_hangs_on(analyzer, text, figure, subject):
    # not what the clause's verb does ("arrest", "say"): whose age, and "age"
    claim = by_figure(claims_of(analyzer, text), figure)
    assert (claim.subject, claim.metric) == (subject, "age")


@pytest.mark.parametrize(
    ("text", "figure", "noun"),
    [
        ("Three of the five jets are more than 30 years old.", "more than 30 years old", "jets"),
        ("Two of the four lenders reported losses of $8m.", "$8m", "lenders"),
    ],
)
def test_a_part_of_a_group_as_subject_is_the_group_not_the_number(analyzer, text, figure, noun):
    subject = by_figure(claims_of(analyzer, text), figure).subject
    assert subject is not None and subject.endswith(noun), subject


def test_a_movement_in_another_clause_does_not_move_the_figure(analyzer):
    claims = claims_of(analyzer, "Ticket revenue rose 8% to £12m, while losses narrowed to £2m.")
    assert by_figure(claims, "£12m").change == "level"


def test_a_distance_jumped_is_no_rise(analyzer):
    claim = by_figure(claims_of(analyzer, "She landed a 6.50m jump in Paris."), "6.50m")
    assert claim.change == "level"


def test_a_time_inside_an_aside_dates_only_the_figures_inside_it(analyzer):
    found = claims_of(
        analyzer,
        "Harbour cranes, which cost about $40 million each in 2019, rent for under"
        " $2 million a year.",
    )
    inside, outside = by_figure(found, "about $40 million"), by_figure(found, "$2 million a year")
    assert inside.time is not None and inside.time.start.startswith("2019")
    assert outside.time is None or not outside.time.start.startswith("2019")
