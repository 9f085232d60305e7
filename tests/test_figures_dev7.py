"""Figures read on the ``dev7`` BBC split's shapes, and a sentence's end after a sum in
millions.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.catalog import EntityCatalog
from extractors.nlp import DEFAULT_MODEL, load_pipeline, sentences
from tests.figure_cases import analysed, figures_read


def test_a_full_stop_after_a_sum_in_millions_ends_the_sentence():
    nlp = load_pipeline(DEFAULT_MODEL, EntityCatalog.load(None))
    doc = nlp("Analysts had expected £410m. Sales were £2.2bn, the firm said.")
    assert [s.text for s in sentences(doc)] == [
        "Analysts had expected £410m.",
        "Sales were £2.2bn, the firm said.",
    ]


def test_a_figure_after_a_sum_in_millions_keeps_its_own_subject(analyzer):
    text = "Analysts had expected £410m. Sales were £2.2bn, the firm said."
    [claim] = [c for c in analysed(analyzer, text).claims if c.quantity and c.quantity.low > 1e9]
    assert claim.subject == "Sales"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The group is valued at 900bn Indian rupees.", "900bn Indian rupees", "INR"),
        ("It paid 30bn Pakistani rupees for the plant.", "30bn Pakistani rupees", "PKR"),
        ("He took the £90,000-a-year post in May.", "£90,000-a-year", "GBP per year"),
        ("The bank later bought back 2bn euros-worth of bonds.", "2bn euros-worth", "EUR"),
        ("The ferry sank in a storm in which 43 died.", "43", "people"),
    ],
)
def test_units_said_around_the_number(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("She might be 41 next month, but she is still racing.", "41", "years"),
        ("The girl - who was 12 at the time - saw the crash.", "12", "years"),
        ("The claimant count fell 9,000 to 804,100 last month.", "804,100", ""),
    ],
)
def test_a_number_before_a_time_word_is_no_count_of_it(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("He will miss at least the first three games.", "at least the first three games", ">="),
        ("The software gets it done in about 10 hours.", "about 10 hours", "~"),
    ],
)
def test_bounds_and_times_taken(analyzer, text, figure, approx):
    assert figures_read(analyzer, text)[figure][2] == approx


def test_about_before_the_last_is_a_preposition(analyzer):
    found = figures_read(analyzer, "She made a film about the last two miners rescued.")
    assert found["two miners"][2] == "="


def test_a_stretch_of_the_calendar_is_no_figure(analyzer):
    assert figures_read(analyzer, "In the three-months to March, sales rose 2%.") == {
        "2%": (2.0, "%", "=")
    }


def test_a_fronted_whole_and_its_part_are_one_fraction(analyzer):
    text = "Of the 15 regions it surveyed for the report, 9 grew faster."
    [figure] = analysed(analyzer, text).quantities
    assert (figure.low, figure.unit, figure.text) == (9, "of 15", text[: text.index("9") + 1])


def test_a_minus_sign_set_off_before_a_number(analyzer):
    found = figures_read(analyzer, "Sales showed a growth rate of -0.3% and prices rose 10-12%.")
    assert (found["-0.3%"][0], found["10-12%"][0]) == (-0.3, 10.0)


def test_the_number_of_a_noun_a_participle_hangs_the_figures_on(analyzer):
    text = "The airline raised the number of pilots based in Leeds from 120 to 180."
    found = figures_read(analyzer, text)
    assert found["120"][1] == found["180"][1] == "pilots"


@pytest.mark.parametrize(
    "text",
    [
        "Boeing showed its new long-range 787 jet in Seattle.",  # a model: "787 jet"
        "A hearing is set for March 3 and 4 in London.",  # the date's second day
        "The lawyers cited section 12 of the act.",  # a section's number
    ],
)
def test_names_days_and_sections_are_nofigures_read(analyzer, text):
    assert analysed(analyzer, text).quantities == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Shares rose above the 12,000 mark.", "12,000"),
        ("Only 12 were picked from the 240 submitted.", "240"),
        ("The airline has 500 staff.", "500 staff"),
    ],
)
def test_a_number_before_a_singular_noun_that_counts_or_marks_a_level(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


def test_one_another_is_no_count(analyzer):
    assert analysed(analyzer, "They should be kinder to one another.").quantities == []


def test_a_scaled_fraction_of_a_currency_is_a_sum(analyzer):
    found = figures_read(analyzer, "Trade could pass half a billion dollars this year.")
    assert found["half a billion dollars"][:2] == (5e8, "USD")


@pytest.mark.parametrize(
    "text",
    [
        "The country has a two-party system.",
        "Holmes runs in a five-way match against Spain.",
        "It will be a two-horse race to the end.",
        "He shouted a four-letter word.",
        "He took his one-man show on tour.",
        "City restored their two-goal lead before half-time.",
        "The side has a two-try lead at the break.",
    ],
)
def test_a_number_hyphened_to_a_kind_of_thing_is_no_count(analyzer, text):
    assert analysed(analyzer, text).quantities == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It will be a three-party contest.", "three-party"),
        ("Police sent a 20-man team.", "20-man"),
    ],
)
def test_a_number_hyphened_to_what_it_counts_stays(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


def test_a_poll_lead_in_points_stays_a_figure(analyzer):
    assert "seven-point" in figures_read(analyzer, "Smith holds a seven-point lead in Ohio.")
