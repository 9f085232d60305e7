"""Figures read on the ``dev20`` (BBC) and ``dev21`` (political news) splits: line speeds
in bits, a count's rate said by an adverb, an annual income without "of", the plural
subject of a tally's movement, a part of one unit, a first of its kind "for" a span, a
count the tagger half read as a season, "zero percent", sizes that are kinds, a fronted
"For N years," and a poll's match-up.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, figures_read


def test_kilobits_are_a_unit(analyzer):
    figures = figures_read(analyzer, "The family shares a 256 kilobit line.")
    assert figures["256 kilobit"][1] == "kilobits"


def test_a_count_with_a_periodic_adverb_is_a_rate(analyzer):
    figures = figures_read(analyzer, "The airline runs 140 scheduled flights daily.")
    assert figures["140 scheduled flights"][1] == "flights per day"


def test_an_annual_income_without_of_is_a_rate(analyzer):
    figures = figures_read(analyzer, "That gives an annual income just over £8,000.")
    assert figures["just over £8,000"][1:] == ("GBP per year", ">")


def test_a_tallys_movement_counts_its_plural_subject(analyzer):
    text = "In March, broadband subscribers grew by 0.8 million to 12.1 million."
    figures = figures_read(analyzer, text)
    assert figures["0.8 million"][1] == figures["12.1 million"][1] == "broadband subscribers"


def test_a_movement_of_sales_counts_no_sales(analyzer):
    figures = figures_read(analyzer, "Sales jumped by 12% in 2004 to 96,000.")
    assert figures["96,000"][1] == ""


def test_an_adjective_the_parse_joins_to_a_compound_is_kept(analyzer):
    text = "In October, mobile phone users grew by 1.2 million to 38.5 million, passing landlines."
    assert figures_read(analyzer, text)["38.5 million"][1] == "mobile phone users"


def test_a_part_of_one_unit_is_in_that_unit(analyzer):
    figures = figures_read(analyzer, "She won by one hundredth of a second.")
    assert figures["one hundredth of a second"][:2] == (0.01, "seconds")


def test_a_first_of_its_kind_for_a_span_says_when(analyzer):
    text = "Scotland won their first away game in the Six Nations for nearly four years."
    assert analysed(analyzer, text).quantities == []


def test_a_count_the_tagger_read_as_a_season_is_kept(analyzer):
    figures = figures_read(analyzer, "At the bank, 30 summer interns listened.")
    assert figures["30 summer interns"][0] == 30


def test_zero_percent_is_a_share(analyzer):
    figures = figures_read(analyzer, "The poll gave him zero percent support among them.")
    assert figures["zero percent"][:2] == (0, "%")


@pytest.mark.parametrize(
    "text",
    [
        "The campaign made a six-figure ad buy in Iowa.",
        "She faces a two-front war against both rivals.",
        "For almost 40 years, the agency denied any role.",
    ],
)
def test_sizes_that_are_kinds_and_fronted_spans_are_no_figures(analyzer, text):
    assert analysed(analyzer, text).quantities == []


def test_a_lead_in_a_poll_match_up_is_in_percentage_points(analyzer):
    text = "The results show her lead growing by two points in a match-up with Cruz."
    assert figures_read(analyzer, text)["two points"][1] == "percentage points"
