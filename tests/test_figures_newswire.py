"""Figures in wire copy (AP, NYT and Xinhua style): casualty counts with no noun, the wires'
"dlrs", shillings by their country, a part of a whole with no determiner, heights in feet
and inches with a comma, and idioms with a number that count nothing.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, figures_read


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("At least 41 were killed and more than 300 injured, police said.", "At least 41"),
        ("At least 41 were killed and more than 300 injured, police said.", "more than 300"),
        ("Six were reported dead in the port, officials said.", "Six"),
        ("The storm killed 90 people, including four Britons, and hurt over 1,200.", "over 1,200"),
        ("The quake brought the death toll to 312.", "312"),
        ("The death toll, initially 14, rose to 19 on Monday.", "14"),
        ("The gas killed four people and sickened more than a dozen.", "more than a dozen"),
        ("The blast injured a dozen and killed two.", "a dozen"),
    ],
)
def test_a_bare_count_of_an_event_counts_people(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][1] == "people"


def test_a_count_before_a_bare_casualty_count_names_what_it_counts(analyzer):
    text = "Hunters caught 60 foxes last week - only three were killed by the wardens."
    assert figures_read(analyzer, text)["three"][1] == "foxes"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The ministry offered a reward of up to dlrs 3 million.", "up to dlrs 3 million", "USD"),
        ("Aid reached 40 million dlrs this year.", "40 million dlrs", "USD"),
        ("Each family got 50,000 Kenyan shillings.", "50,000 Kenyan shillings", "KES"),
        ("The fee is 2,000 Ugandan shillings.", "2,000 Ugandan shillings", "UGX"),
    ],
)
def test_the_wires_money(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "whole"),
    [
        ("A new poll shows that 7 of 10 voters back the plan.", "7 of 10", "of 10"),
        ("Nine of 12 jurors agreed.", "Nine of 12", "of 12"),
    ],
)
def test_a_part_of_a_whole_with_no_determiner_is_a_fraction(analyzer, text, figure, whole):
    assert figures_read(analyzer, text)[figure][1] == whole  # a part "of" its whole


def test_one_of_a_whole_is_no_fraction(analyzer):
    read = figures_read(analyzer, "She was one of 30 nurses hired in May.")
    assert read["30 nurses"][1] == "nurses" and "one of 30" not in read


def test_a_height_in_feet_and_inches_with_a_comma(analyzer):
    read = figures_read(analyzer, "The suspect is 5 feet, 9 inches tall.")
    assert read["5 feet, 9 inches"][:2] == (69.0, "in")


@pytest.mark.parametrize(
    "text",
    [
        "The strike must not stop for one minute, the union said.",
        "Visitors skip the five-star lodges on the coast.",
    ],
)
def test_idioms_with_a_number_count_nothing(analyzer, text):
    assert figures_read(analyzer, text) == {}


def test_each_verb_of_an_event_measures_its_own_count(analyzer):
    text = "The storm killed 90 people, including four Britons, and hurt over 1,200."
    claims = {c.quantity.text: c for c in analyzer_claims(analyzer, text)}
    assert (claims["90 people"].metric, claims["over 1,200"].metric) == ("killed", "injured")


def analyzer_claims(analyzer, text):
    from tests.figure_cases import claims_of

    return claims_of(analyzer, text)


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Police link him to four arson attacks in Leeds, and one near York.", "arson attacks"),
        ("Nine suspects are held in Spain and one abroad.", "suspects"),
    ],
)
def test_an_elliptic_one_counts_what_was_counted(analyzer, text, counted):
    assert figures_read(analyzer, text)["one"][1] == counted


def test_one_in_a_ratio_is_no_elliptic_one(analyzer):
    read = figures_read(analyzer, "Two were hurt, and one in five staff left.")
    assert "one" not in read


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The envoy will spend about 4 1/2 hours in Lagos.", "about 4 1/2 hours", 4.5),
        ("The trail runs 7¾ miles.", "7¾ miles", 7.75),
        ("Rates rose to 6 1/4 percent.", "6 1/4 percent", 6.25),
    ],
)
def test_a_whole_number_and_a_fraction_are_one_value(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][0] == pytest.approx(value)


# -- today's feeds: Indian English, glued ranges, heights ---------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Investments of ₹1,400 crore could follow.", "₹1,400 crore", 1.4e10, "INR"),
        ("The scheme costs Rs 5 lakh a year.", "Rs 5 lakh a year", 5e5, "INR per year"),
        ("Diesel rose by 61 paise per litre.", "61 paise per litre", 61, "INR paise per litre"),
        ("The new airport is around 35 kms from the city.", "around 35 kms", 35, "km"),
        ("The tower stands at 210 metres.", "210 metres", 210, "m"),
    ],
)
def test_money_scales_and_lengths_of_todays_feeds(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (pytest.approx(value), unit)


def test_a_range_of_shares_said_with_both_units(analyzer):
    read = figures_read(analyzer, "The ban could cost the firm about 4% to 6% of its sales.")
    assert read["about 4% to 6%"][0] == 4


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # two sides of a poll, and two ends of a trend, stay two figures
        ("Her approval is negative (38 percent to 44 percent).", {"38 percent", "44 percent"}),
        ("Mr Ode trails 41 percent to 45 percent.", {"41 percent", "45 percent"}),
        ("The share rose from 3% to 5%.", {"3%", "5%"}),
        # a movement and the level it reached
        ("Shares rose 12.5p to 310p.", {"12.5p", "310p"}),
    ],
)
def test_sides_and_ends_are_no_range(analyzer, text, figures):
    assert set(figures_read(analyzer, text)) == figures


@pytest.mark.parametrize(
    "text",
    [
        "Sales may fall over the next 12 to 18 months.",
        "That is more than in the preceding 10 years combined.",
    ],
)
def test_a_stretch_that_says_when_is_no_figure_even_as_a_range(analyzer, text):
    assert figures_read(analyzer, text) == {}


def test_a_child_named_with_a_number_word_and_who(analyzer):
    read = figures_read(analyzer, "Friends of Mia Cole, six, who died in the flood, met on Friday.")
    assert read["six"][1] == "years"


def test_one_person_to_whom_an_event_happened(analyzer):
    read = figures_read(analyzer, "One person who was not on the bus was killed, police said.")
    assert read["One person"][:2] == (1, "person")


def test_a_trend_said_without_from_is_two_figures(analyzer):
    read = figures_read(analyzer, "The Spot Market: 12% to 40% Share in Five Months")
    assert {"12%", "40%"} <= set(read)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # feed summaries run sentences together with no space after the full stop
        ("Two aides quit last year.Five of the nine board members are leaving.",
         "Five of the nine", "of 9"),
        ("The plan began in 2016.Over 300 farms joined it.", "Over 300 farms", "farms"),
    ],
)  # fmt: skip
def test_a_sentence_glued_to_the_one_before(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_bound_opening_a_glued_sentence(analyzer):
    text = "The plan began in 2016.Over 300 farms joined it."
    claims = {c.quantity.text: c for c in analyzer_claims(analyzer, text) if c.quantity}
    assert claims["Over 300 farms"].quantity.approx == ">"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "Police held 12 foreigners, five Iraqis, four Sudanese and a Turk.",
            "four Sudanese",
            "sudanese",
        ),
        (
            "The dead included three Britons, two Japanese and one Swiss.",
            "three Britons",
            "britons",
        ),
        ("The dead included three Britons, two Japanese and one Swiss.", "one Swiss", "swiss"),
        ("Two more men were named -- one Arab, one Egyptian -- by the police.", "one Arab", "arab"),
        ("Two Chinese were among those hurt in the blast.", "Two Chinese", "chinese"),
    ],
)
def test_a_peoples_name_after_a_number_counts_its_people(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Two Chinese firms bid for the contract.", "Two Chinese firms", "firms"),
        ("He won two Sony Radio awards last year.", "two Sony Radio awards", "awards"),
    ],
)
def test_a_peoples_name_before_a_noun_leaves_the_noun_counted(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_capitalised_number_before_a_plural_name_stays_a_title(analyzer):
    assert "Three Musketeers" not in figures_read(analyzer, "Three Musketeers is on tonight.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The party has 30 organisers there and will send another six staffers.", "six staffers"),
        ("Another five suspects have been charged.", "five suspects"),
        ("An extra £40m was promised on Monday.", "£40m"),
    ],
)
def test_another_or_an_extra_figure_is_an_increase(analyzer, text, figure):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert (claim.change, claim.direction) == ("increase", "up")


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("She ran 30 miles, with another 12 to go.", "12", "level"),
        ("Another 900 jobs will go next year.", "900 jobs", "decrease"),
    ],
)
def test_another_figure_left_or_lost_is_not_an_increase(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The arrest brought to seven the number of people held.", "seven", "people"),
        ("The raid brought to 14 the number of suspects in custody.", "14", "suspects"),
        ("They protested a three-decade trade embargo.", "three-decade", "decades"),
    ],
)
def test_a_total_said_before_its_noun_and_a_length_in_decades(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_in_one_case_is_an_instance_not_a_count(analyzer):
    read = figures_read(analyzer, "In one case, police had to clear the road with tear gas.")
    assert "one case" not in read
    assert "one case" in figures_read(analyzer, "Doctors confirmed one case in the town.")


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("Berg, a 51-year-old lorry driver, lived nearby, police said.", "51-year-old", "Berg"),
        ("Records show Ann Kerr's 58-year-old sister, Jane Kerr, was fined twice.",
         "58-year-old", "Jane Kerr"),
        ("The 76-year-old owner sold the shop.", "76-year-old", "owner"),
    ],
)  # fmt: skip
def test_an_age_belongs_to_the_name_its_noun_stands_for(analyzer, text, figure, subject):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert (claim.subject, claim.metric) == (subject, "age")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("She sat in the Senate for 31 continuous years.", "31 continuous years", "years"),
        ("The film ran for nine consecutive days.", "nine consecutive days", "days"),
        # a stretch told as what it held ("of the blockade") is an amount, not when
        ("Thirty years of the embargo have failed, he said.", "Thirty years", "years"),
    ],
)
def test_a_stretch_of_time_with_an_adjective_or_an_of_phrase_is_an_amount(
    analyzer, text, figure, unit
):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_year_before_a_kind_of_year_is_no_duration(analyzer):
    assert "2004 model year" not in figures_read(analyzer, "Cars of the 2004 model year sold.")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Two New Zealand women face a claim over the show.", "Two New Zealand women"),
        ("Seven London-based companies signed up.", "Seven London-based companies"),
    ],
)
def test_a_capitalised_number_before_names_and_a_plural_is_a_count(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


def test_a_count_of_a_pronouns_group_held_somewhere_counts_people(analyzer):
    read = figures_read(analyzer, "Six of them are in custody in Kenya and one abroad.")
    assert read["Six"][1] == "people"
    assert figures_read(analyzer, "Three of them were sold.")["Three"][1] == ""
