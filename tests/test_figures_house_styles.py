"""Figures as other newsrooms write them: the wire services' abbreviations ("mln", "bln",
"pct", "stg", "cts"), currencies by their own symbols and ISO codes ("R$", "S$", "RM",
"5 million USD"), Indian scales ("lakh crore"), basis points, fractions in digits and a
glyph fraction before a scale. None of the tuning splits holds these forms, so a house
style the gold never saw would otherwise lose the figure, its scale or its currency.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Sales rose to 1.2 bln dlrs from 980 mln dlrs.", "1.2 bln dlrs", 1.2e9, "USD"),
        ("Profit was up 4.5 pct in the quarter.", "4.5 pct", 4.5, "%"),
        ("The margin widened 0.3 pct points.", "0.3 pct points", 0.3, "percentage points"),
        ("The bank offered 1.5 billion stg of bills.", "1.5 billion stg", 1.5e9, "GBP"),
        ("It sold 300 mln Australian dlrs of bonds.", "300 mln Australian dlrs", 3e8, "AUD"),
        ("The board declared a dividend of 15 cts.", "15 cts", 15.0, "USD cents"),
        ("The board declared a 5-cent dividend.", "5-cent", 5.0, "USD cents"),
    ],
)
def test_the_wire_services_abbreviations(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (value, unit)


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("Petrobras raised R$ 2 billion in the offer.", "R$ 2 billion", 2e9, "BRL"),
        ("The chipmaker will spend NT$5 billion on a plant.", "NT$5 billion", 5e9, "TWD"),
        ("The port cost S$300 million to expand.", "S$300 million", 3e8, "SGD"),
        ("The state fund put in RM5 billion.", "RM5 billion", 5e9, "MYR"),
        ("The deal is worth 5 million USD to the club.", "5 million USD", 5e6, "USD"),
        ("The bid values the firm at 3 billion JPY.", "3 billion JPY", 3e9, "JPY"),
        ("The miner raised AUD 300m from investors.", "AUD 300m", 3e8, "AUD"),
        ("Exports reached ₩12 trillion in May.", "₩12 trillion", 12e12, "KRW"),
        ("The county raised KSh 5 million for roads.", "KSh 5 million", 5e6, "KES"),
        ("A Dubai fund added Dh5 million.", "Dh5 million", 5e6, "AED"),
    ],
)
def test_a_currency_by_its_own_symbol_or_code(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (value, unit)


def test_a_currency_code_that_is_also_a_word_is_read_only_in_capitals(analyzer):
    read = figures_read(analyzer, "Players try 3 times a week and rub 2 drops in.")
    assert all(unit not in ("TRY", "RUB") for _, unit, _ in read.values())


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Investors lost 5.2 lakh crore rupees in a week.", "5.2 lakh crore rupees", 5.2e12),
        ("The budget sets aside ₹1.2 lakh crore for roads.", "₹1.2 lakh crore", 1.2e12),
        ("The state will spend Rs 500 crore on schools.", "Rs 500 crore", 5e9),
    ],
)
def test_indian_scales(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][:2] == (value, "INR")


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("The central bank raised its key rate by 75 bps.", "75 bps", 75.0),
        ("The Fed cut rates by 50 basis points on Wednesday.", "50 basis points", 50.0),
    ],
)
def test_basis_points_are_a_unit_of_their_own(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][:2] == (value, "basis points")


def test_a_fraction_in_digits_is_a_part(analyzer):
    read = figures_read(analyzer, "Roughly 1/3 of donors agree; a 2/3 majority is needed.")
    assert read["Roughly 1/3"][0] == pytest.approx(1 / 3)
    assert read["2/3"][0] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    "text",
    [
        "The bookmaker made him the 5/4 favourite, with odds of 1/5 on his rival.",
        "He took the set 7-6 (7/5) and the tie on 8/9 January.",
    ],
)
def test_odds_tie_breaks_and_dates_in_digits_are_no_fractions(analyzer, text):
    read = figures_read(analyzer, text)
    assert not [figure for figure in read if "/" in figure]


def test_a_glyph_fraction_before_a_scale_is_scaled(analyzer):
    read = figures_read(analyzer, "Builders finished 1¼ million homes last year.")
    assert read["1¼ million homes"][:2] == (1.25e6, "homes")


def test_barrels_a_day_in_the_oil_trade_abbreviation(analyzer):
    read = figures_read(analyzer, "Output hit 1.2 million b/d in May.")
    assert read["1.2 million b/d"][:2] == (1.2e6, "barrels per day")


@pytest.mark.parametrize(
    "text",
    [
        "He won gold at the 2016 Summer Olympics.",
        "The 2012 Olympics cost the country dearly.",
        "She still drives a 2004 Honda Civic.",
    ],
)
def test_a_year_before_a_name_names_an_edition_not_a_count(analyzer, text):
    assert not [figure for figure in figures_read(analyzer, text) if figure[:2] in ("20",)]


def test_a_people_counted_by_a_number_like_a_year_is_still_a_count(analyzer):
    read = figures_read(analyzer, "Some 2000 Palestinians fled the town.")
    assert read["Some 2000 Palestinians"][:2] == (2000.0, "palestinians")


@pytest.mark.parametrize(
    ("text", "figure", "approx"),
    [
        ("Support stood at ~45% in the survey.", "~45%", "~"),
        ("Turnout was ≈ 60% in the city.", "≈ 60%", "~"),
        ("Only <5% were undecided.", "<5%", "<"),
        ("Backing was >50% among the young.", ">50%", ">"),
    ],
)
def test_a_symbol_before_a_figure_hedges_or_bounds_it(analyzer, text, figure, approx):
    assert figures_read(analyzer, text)[figure][2] == approx


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The fund's assets reached $3trn last year.", "$3trn", 3e12, "USD"),
        ("Growth was 5.5 p.c. in the year.", "5.5 p.c.", 5.5, "%"),
        ("Half-a-million people marched on Saturday.", "Half-a-million", 5e5, "people"),
    ],
)
def test_scales_and_shares_abbreviated_or_hyphened(analyzer, text, figure, value, unit):
    assert figures_read(analyzer, text)[figure][:2] == (value, unit)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A magnitude 5.8 earthquake struck the coast.", "5.8"),
        ("A magnitude-7.1 quake shook the city.", "7.1"),
        ("The quake measured 6.4 on the Richter scale.", "6.4 on the Richter scale"),
    ],
)
def test_an_earthquakes_magnitude_is_a_figure_with_its_unit(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][1] == "magnitude"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The phone packs a 5,000mAh battery.", "5,000mAh", "mAh"),
        ("Its camera has a 200MP sensor.", "200MP", "megapixels"),
        ("The chip draws 15W at full load.", "15W", "W"),
    ],
)
def test_units_read_only_glued_to_their_number(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_member_of_parliament_is_no_megapixel(analyzer):
    read = figures_read(analyzer, "The bill passed after 40 MPs voted with the two MP rebels.")
    assert "megapixels" not in {unit for _, unit, _ in read.values()}


def test_a_rate_per_a_number_of_things_keeps_its_base(analyzer):
    text = "The county recorded 45.6 cases per 100,000 residents last week."
    assert figures_read(analyzer, text)["45.6 cases per 100,000 residents"][1] == (
        "cases per 100,000 residents"
    )


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The engine makes 300 horsepower at full tilt.", "300 horsepower", "hp"),
        ("The saloon returns 40 mpg on the motorway.", "40 mpg", "mpg"),
        ("It has a 2.0-litre engine under the bonnet.", "2.0-litre", "litres"),
    ],
)
def test_the_motoring_pages_units(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_hp_in_capitals_is_the_company(analyzer):
    read = figures_read(analyzer, "The firm bought 40 HP printers for its offices.")
    assert read["40 HP printers"][1] == "printers"


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Temperatures reached 35C in the afternoon.", "35C", 35.0),
        ("Overnight it fell to minus 5C in the glens.", "minus 5C", -5.0),
        ("The thermometer read -12C at dawn.", "-12C", -12.0),
    ],
)
def test_degrees_celsius_glued_to_their_number(analyzer, text, figure, value):
    assert figures_read(analyzer, text)[figure][:2] == (value, "°C")


def test_a_name_with_a_number_and_a_letter_is_no_temperature(analyzer):
    read = figures_read(analyzer, "She swapped her iPhone 5C for a newer phone.")
    assert "°C" not in {unit for _, unit, _ in read.values()}


@pytest.mark.parametrize(
    "text",
    [
        "Radiocarbon 14C dating placed the bones in the Bronze Age.",
        "The plot in Fig. 3F shows the cells after treatment.",
    ],
)
def test_a_letter_glued_to_a_number_away_from_warmth_is_no_temperature(analyzer, text):
    read = figures_read(analyzer, text)
    assert not {unit for _, unit, _ in read.values()} & {"°C", "°F"}


def test_a_spread_in_percentage_pts_is_in_percentage_points(analyzer):
    read = figures_read(analyzer, "The spread widened 0.3 percentage pts in May.")
    assert read["0.3 percentage pts"][1] == "percentage points"


def test_a_magnitude_hyphened_is_the_same_unit_as_spaced(analyzer):
    read = figures_read(analyzer, "A 6.2-magnitude tremor followed the 7.1 magnitude quake.")
    assert read["6.2-magnitude"][1] == read["7.1 magnitude"][1] == "magnitude"


def test_crore_abbreviated(analyzer):
    read = figures_read(analyzer, "The firm will invest ₹1,200 cr in the plant.")
    assert read["₹1,200 cr"][:2] == (1.2e10, "INR")


def test_a_decimal_fold_is_its_factor(analyzer):
    read = figures_read(analyzer, "Fees rose 2.5-fold in a decade.")
    assert read["2.5-fold"][:2] == (2.5, "x")
