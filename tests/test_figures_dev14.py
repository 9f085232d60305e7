"""Figures read on more political news (the ``dev14`` split): a ratio said "by 2-1", a
count whose noun is left out after "another" or before "more", a sign in words, a level
"now", a model's number, a noun the tagger read as an adjective, a number inside a
counted noun's modifier, a country's dollars said again plainly, and additions.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, claims_of, figure_and_claim, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Younger voters back the plan by 2-1, the survey found.", "2-1", 2),
        ("By nearly 3-1, members said the fee should go.", "nearly 3-1", 3),
        ("Records show one union outspending its rivals 4-1 last year.", "4-1", 4),
    ],
)  # fmt: skip
def test_n_to_1_after_by_or_outspending_is_a_ratio(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][:2] == (value, "x")


@pytest.mark.parametrize(
    "text",
    ["Leeds won 2-1 at home.", "The court ruled by a 2-1 vote.", "They lost by 3-1 to Hull."],
)
def test_a_score_or_a_vote_is_no_ratio(analyzer, text):
    assert not [f for f in figures_read(analyzer, text) if "-1" in f]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("It would mean another six, or another ten years of the same.", "six"),
        ("The firm owns nine hotels and is buying three more in Spain.", "three"),
    ],
)  # fmt: skip
def test_a_count_added_with_its_noun_left_out(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


def test_a_sign_in_words_makes_a_negative_figure(analyzer):
    figures = figures_read(analyzer, "Her rating is a net negative 9 points, up from May.")
    assert figures["negative 9 points"][0] == -9


def test_plus_or_minus_is_a_margin_not_a_sign(analyzer):
    figures = figures_read(analyzer, "The margin of error is plus or minus 3.5 percentage points.")
    assert figures["3.5 percentage points"][0] == 3.5


def test_a_number_before_now_is_a_level_not_a_date(analyzer):
    figures = figures_read(analyzer, "We're at 64 now, and 20 of them are urgent.")
    assert figures["64"][0] == 64


def test_a_models_number_said_bare_is_no_figure(analyzer):
    text = (
        "The band toured in an old Boeing 737 jet. While the 737 looks shabby, a 30-year-old "
        "737 is cheap to run, and the band has 737 fans in the club."
    )
    figures = figures_read(analyzer, text)
    assert "737" not in figures
    assert figures["737 fans"][:2] == (737, "fans")


def test_a_word_the_article_uses_as_a_noun_stays_in_the_counted_noun(analyzer):
    text = "The primary is on Tuesday. The poll asked 612 likely Republican primary voters."
    assert figures_read(analyzer, text)["612 likely Republican primary voters"][1] == (
        "primary voters"
    )


def test_a_number_in_the_modifier_is_no_part_of_the_counted_noun(analyzer):
    figures = figures_read(analyzer, "Nearly 400 18-hole golf courses shut last year.")
    assert figures["Nearly 400 18-hole golf courses"][1] == "golf courses"


def test_plain_dollars_after_a_countrys_dollars_are_that_country_s(analyzer):
    text = "The levy went from 12 Canadian dollars per tonne in 2010 to 40 dollars by 2018."
    figures = figures_read(analyzer, text)
    assert figures["40 dollars"][1] == figures["12 Canadian dollars per tonne"][1]
    assert figures["40 dollars"][1].startswith("CAD")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Police named two more suspects on Friday.", "two more suspects"),
        ("The donors gave an additional $3 million to the fund.", "$3 million"),
    ],
)  # fmt: skip
def test_more_and_an_additional_make_an_increase(analyzer, text, figure):
    _, claim = figure_and_claim(analysed(analyzer, text), figure)
    assert claim.change == "increase"


def test_other_is_no_addition(analyzer):
    text = "Police also questioned four other suspects on Friday."
    _, claim = figure_and_claim(analysed(analyzer, text), "four other suspects")
    assert claim.change == "level"


def test_a_share_told_for_a_described_name_is_that_names(analyzer):
    text = (
        "A June poll found Ortiz receiving 22 percent support from young voters compared "
        "to 64 percent for presumptive Labour nominee Dana Reyes."
    )
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "22 percent").subject == "Ortiz"
    assert "Dana Reyes" in (by_figure(claims, "64 percent").subject or "")


def test_a_comparison_in_a_clause_of_its_own_keeps_its_subject(analyzer):
    text = "Ortiz is up from 31 percent in May and Reyes is down from 52 percent."
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "31 percent").subject == "Ortiz"
    assert by_figure(claims, "52 percent").subject == "Reyes"


def test_two_joined_names_take_a_pair_in_their_order(analyzer):
    text = "Without the third candidate, Ortiz and Reyes were level -- 45% to 44%, the poll said."
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "45%").subject == "Ortiz"
    assert by_figure(claims, "44%").subject == "Reyes"


def test_a_time_in_a_comparison_is_no_group(analyzer):
    text = "Exports rose to $9m in March, compared with $4m in early January."
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "$4m").subject == by_figure(claims, "$9m").subject


def test_a_gapped_figure_after_its_preposition_is_its_subjects(analyzer):
    text = (
        "By 2040, Welsh speakers will be 30 percent of the nation while English speakers "
        "will fall to 62 percent and Poles to 4 percent."
    )
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "4 percent").subject == "Poles"


def test_a_sentences_first_word_is_no_make_of_a_model(analyzer):
    text = "Another 600 will go from its plants, 250 from sales and 90 from finance."
    assert figures_read(analyzer, text)["600"][0] == 600


def test_a_one_in_the_modifier_names_a_kind(analyzer):
    assert figures_read(analyzer, "He staged three one-man shows.")["three one-man shows"][1] == (
        "one-man shows"
    )


def test_each_share_keeps_the_answer_it_gave(analyzer):
    text = (
        "Among Reyes voters, 71 percent said they are set on backing her, while 25 percent "
        "said they might change their mind."
    )
    claims = claims_of(analyzer, text)
    assert "change" not in (by_figure(claims, "71 percent").metric or "")
    assert by_figure(claims, "25 percent").metric == "change mind"
