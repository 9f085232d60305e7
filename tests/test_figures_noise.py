"""Figures: rates on bare and inherited counts, names with numbers, margins, photo
captions, and the modifiers and subjects of general news that are no figure.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, claims_of


def _figures(analyzer, text):
    return [(q.text, q.unit) for q in analysed(analyzer, text).quantities]


# -- rates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a bare count before a rate keeps the rate
        ("Heavy smokers who get through 30 a day run the highest risk.", "30 a day", "per day"),
        # a count that takes the noun of the one before keeps its own rate
        (
            "Each nurse had a yearly quota of 2,000 home visits - equivalent to 8 a day.",
            "8 a day",
            "home visits per day",
        ),
        (
            "Drivers made 300 deliveries, or 25 a month, to the depot.",
            "25 a month",
            "deliveries per month",
        ),
    ],
)
def test_a_rate_on_a_bare_or_inherited_count(analyzer, text, figure, unit):
    assert by_figure(claims_of(analyzer, text), figure).quantity.unit == unit


# -- names, margins ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quake 4 sold well in its first month.",
        "Halo 2 was developed over three years.",
    ],
)
def test_a_name_with_a_number_opening_a_sentence_is_no_figure(analyzer, text):
    assert not [q for q in analysed(analyzer, text).quantities if q.value in (2, 4)]


def test_a_margin_of_one_is_a_figure(analyzer):
    text = "Smith has taken 14 wickets this season, one behind the county's top bowler."
    assert ("one", "wickets") in _figures(analyzer, text)
    assert not _figures(analyzer, "One behind the other, the lorries crawled up the hill.")


# -- captions ---------------------------------------------------------------------------


def test_a_photo_caption_yields_no_event_and_no_dated_figure(analyzer):
    text = (
        "The trial resumed on Monday.\n\n"
        "The former mayor arriving at Leeds Crown Court in 2019.\n\n"
        "Firefighters tackling 40 blazes across the county in August 2022."
    )
    captioned = [c for c in claims_of(analyzer, text) if "ing " in c.sentence]
    # no event of its own, and a figure it shows is no dated fact for a timeline
    assert [(c.quantity and c.quantity.text, c.time) for c in captioned] == [("40 blazes", None)]


def test_a_sentence_with_a_finite_verb_is_no_caption(analyzer):
    claims = claims_of(analyzer, "Volvo launched its new lorry in May 2025.")
    assert [c.subject for c in claims if c.quantity is None] == ["Volvo"]


# -- general news -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "measured"),
    [
        ("Anna Berg, the 12-time European tour winner, says she will retire.", "12-time", "winner"),
        ("The director is making an 8-part crime drama for the BBC.", "8-part", "drama"),
        ("A 30-strong panel of judges will pick the winner.", "30-strong", "panel"),
    ],
)
def test_a_hyphened_modifier_is_an_attribute_not_a_claim(analyzer, text, figure, measured):
    extraction = analysed(analyzer, text)
    assert not [c for c in extraction.claims if c.quantity and c.quantity.text == figure]
    [quantity] = [q for q in extraction.quantities if q.text == figure]
    assert measured in (quantity.measured or "")


def test_a_lead_or_a_majority_sized_by_a_hyphened_figure_is_still_a_claim(analyzer):
    claims = claims_of(analyzer, "The party won the vote with a 40-seat majority.")
    assert by_figure(claims, "40-seat").quantity.value == 40


def test_a_subject_is_never_a_preposition(analyzer):
    text = "On Saturday, between 12,000 and 15,000 people in at least 40 towns marched."
    claim = by_figure(claims_of(analyzer, text), "40 towns")
    assert claim.subject != "between"
    assert "people" in (claim.subject or "")


def test_a_figure_is_not_the_of_object_of_what_it_measures(analyzer):
    text = "Wind gusts of up to 90 mph from the storm have closed the bridge."
    claim = by_figure(claims_of(analyzer, text), "90 mph")
    assert claim.metric == "wind gusts"


# -- a figure said again -----------------------------------------------------------------


def test_a_bare_sum_after_a_rate_in_its_currency_keeps_the_rate(analyzer):
    text = "Copper reached $9,100 a tonne on Monday, up from $8,800 last week."
    assert by_figure(claims_of(analyzer, text), "$8,800").quantity.unit == "USD per tonne"


def test_a_restatement_is_as_approximate_as_what_it_restates(analyzer):
    text = "Nearly 30,000 parcels are sorted each day, equating to 11 million a year."
    assert by_figure(claims_of(analyzer, text), "11 million a year").quantity.approx == "~"
