"""Figures: values and units of general news read on other outlets (dozens and hundreds,
times of day, idioms with a number, durations that say when, poll margins, units shared
by paired figures, rates after the noun phrase).

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed


def _figures(analyzer, text):
    return [(q.text, q.low, q.high, q.unit) for q in analysed(analyzer, text).quantities]


# -- scale words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a number word times "dozen" or "hundred" is the product
        (
            "The band recorded two dozen ballads over the winter.",
            ("two dozen ballads", 24.0, 24.0, "ballads"),
        ),
        (
            "Mayors in more than three dozen towns refused the grant.",
            ("more than three dozen towns", 36.0, 36.0, "towns"),
        ),
        (
            "The inquiry heard from some four hundred residents.",
            ("some four hundred residents", 400.0, 400.0, "residents"),
        ),
        # half a dozen is six
        (
            "The studio employs half a dozen animators.",
            ("half a dozen animators", 6.0, 6.0, "animators"),
        ),
    ],
)
def test_a_number_word_times_a_scale_word(analyzer, text, figure):
    assert figure in _figures(analyzer, text)


def test_vague_dozens_are_still_no_figure(analyzer):
    text = "Dozens of fans and a few dozen reporters waited at the gate."
    assert _figures(analyzer, text) == []


# -- numbers that are no figure ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a time of day: the "p" of "p.m." is no pence
        "The second hearing opens at 10 p.m. local time.",
        "The vote closes at 8 P.M. Eastern.",
        # "at one point", "at one stage": a moment in a story
        "At one point on Friday, the senator walked out of the room.",
        "The queue at one stage stretched round the block.",
        # idioms with a number: a boxer's combination, one more than wanted
        "The striker and the winger worked a neat one-two near the box.",
        "For the coach, the fourth defeat was one too many.",
    ],
)
def test_a_time_of_day_or_an_idiom_is_no_figure(analyzer, text):
    assert _figures(analyzer, text) == []


def test_one_point_of_a_margin_is_still_a_figure(analyzer):
    text = "The share index rose one point on Monday."
    assert [f[0] for f in _figures(analyzer, text)] == ["one point"]


@pytest.mark.parametrize(
    "text",
    [
        # a preposition of time and a determiner: a stretch of time that says when
        "The rate fell to 5 percent over a period of three years.",
        "The mayor opened two libraries during his six years in office.",
        "Over the 15 years that followed, the town grew.",
        # a hyphened duration naming a period
        "Staff sent 30 letters during a 20-minute period.",
        # a slice of a dated series
        "Turnout rose in the first 9 contests of 2012.",
    ],
)
def test_a_duration_that_says_when_is_no_figure(analyzer, text):
    durations = [f for f in _figures(analyzer, text) if f[3] in ("years", "minutes", "contests")]
    assert durations == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("He was jailed for nine months.", "nine months"),
        ("The club offered him a four-year contract.", "four-year"),
        ("They have been married for 40 years.", "40 years"),
        ("The pitcher retired after a 15-year career.", "15-year"),
        ("During his 35 minute speech he spoke of jobs.", "35 minute"),
    ],
)
def test_a_duration_that_is_an_amount_stays(analyzer, text, figure):
    assert figure in [f[0] for f in _figures(analyzer, text)]


# -- points of a poll ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # points in a sentence about polls or voters are percentage points
        (
            "The governor trails his rival by about 9 points among older voters.",
            "about 9 points",
            "percentage points",
        ),
        ("The senator won the state by 4 points in the primary.", "4 points", "percentage points"),
        # a margin beside shares in percent
        ("Jones leads Smith by 6 points, 45% to 39%.", "6 points", "percentage points"),
        # a league's and an index's points keep theirs
        ("Celtic are now 7 points behind the league leaders.", "7 points", "points"),
        ("The Dow index rose 31 points, or 0.3%, by noon.", "31 points", "points"),
    ],
)
def test_points_of_a_poll_are_percentage_points(analyzer, text, figure, unit):
    [found] = [f for f in _figures(analyzer, text) if f[0] == figure]
    assert found[3] == unit


# -- units shared by figures said in one frame -------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a descending pair "N to M unit" is a match-up: both sides in the unit
        ("A new survey has Jones beating Smith 48 to 41 percent.", "48", "%"),
        # the same preposition before both, a name between
        ("The poll put Jones at 31 percent and Smith at 12.", "12", "%"),
        # the same preposition after both
        ("The delegates cast nine votes for Jones, 23 for Smith.", "23", "votes"),
        # a number a verb of harm takes counts people, and the next in its frame too
        ("The floods killed 40 in the north and 15 in the south last spring.", "40", "people"),
        ("The floods killed 40 in the north and 15 in the south last spring.", "15", "people"),
        # a ratio "eight to one" is no match-up
        ("The judges ruled by an eight to one majority.", "eight", ""),
        # a margin named as so many to one is a multiplier, as "by two to one" is
        ("Critics outnumbered fans - a 4 to 1 margin.", "4 to 1", "x"),
        ("Voters backed the levy by a 2-to-1 margin.", "2-to-1", "x"),
    ],
)
def test_a_bare_number_takes_the_unit_of_its_frame(analyzer, text, figure, unit):
    [found] = [f for f in _figures(analyzer, text) if f[0] == figure]
    assert found[3] == unit


# -- a rate after the noun phrase ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The two ports handle $3 billion in container trade each week.",
            "$3 billion",
            "USD per week",
        ),
        ("The field pumps 90,000 barrels of crude a day.", "90,000 barrels", "barrels per day"),
        # a share or a sum with a noun before its rate
        ("Exports grew, averaging 6 percent growth per year.", "6 percent", "% per year"),
        ("The mill turns a $2bn profit a year.", "$2bn", "USD per year"),
        # a time, not a rate; a preposition is no noun of a rate
        ("It made $4m in sales a year earlier.", "$4m", "USD"),
        ("The roll shrank by 9% in a year.", "9%", "%"),
    ],
)
def test_a_rate_after_the_noun_phrase_of_a_figure(analyzer, text, figure, unit):
    [found] = [f for f in _figures(analyzer, text) if f[0] == figure]
    assert found[3] == unit


# -- ranges, ratios and parts of a percent ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # "by" alone does not make "N to M" a change: a range
        ("Each draft was read by 10 to 12 aides.", ("10 to 12 aides", 10.0, 12.0, "aides")),
        # a margin said as so many to one is a multiplier
        ("The measure passed by nearly 4-to-1 in the county.", ("nearly 4-to-1", 4.0, 4.0, "x")),
        ("Members backed the deal by three to one.", ("three to one", 3.0, 3.0, "x")),
        # a part of one percent
        (
            "The firm lost less than a half of 1 percent.",
            ("less than a half of 1 percent", 0.5, 0.5, "%"),
        ),
        (
            "Rates may rise by a quarter of a percentage point.",
            ("a quarter of a percentage point", 0.25, 0.25, "percentage points"),
        ),
    ],
)
def test_ranges_ratios_and_parts_of_a_percent(analyzer, text, figure):
    assert figure in _figures(analyzer, text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a change by a sum to a level stays two figures
        ("Spending will rise by $12bn to $300bn.", ["$12bn", "$300bn"]),
        # a score is no ratio
        ("The board voted 5-1 for the plan.", []),
        # a duration with a smaller unit added, then "after": a time
        ("The vote comes two weeks and a day after the debate.", []),
        # a nickname in quotes does not count the noun outside them
        ("She joined the so-called “gang of eight” negotiators.", []),
    ],
)
def test_changes_scores_times_and_nicknames(analyzer, text, figures):
    assert [f[0] for f in _figures(analyzer, text)] == figures


# -- ages, ranks and league totals ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The scheme pays for pupils under age 12.", ("under age 12", 12.0, 12.0, "years")),
        ("Nobody over the age of 70 may stand.", ("over the age of 70", 70.0, 70.0, "years")),
        ("He scored twice, having left school at 15.", ("15", 15.0, 15.0, "years")),
    ],
)
def test_ages_said_after_an_age_noun_or_a_life_event(analyzer, text, figure):
    assert figure in _figures(analyzer, text)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a place in a ranking
        ("The Swiss player has climbed to 85 in the world this year.", []),
        # a league table's total
        ("The two clubs are level on seven points from four games.", ["two clubs"]),
        # a gap in a table stays a figure
        ("The leaders are now 6 points clear of the pack.", ["6 points"]),
    ],
)
def test_ranks_and_league_totals_are_no_figures(analyzer, text, figures):
    assert [f[0] for f in _figures(analyzer, text)] == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # plays within a match, as goals within a match, are no figures
        ("The wing was denied two tries in the 20-13 defeat.", []),
        ("Smith missed three kickable penalties before half-time.", []),
        ("He had missed four shots at goal when the whistle went.", []),
        ("She came back from two sets down to win.", []),
        # a season's total, the format of a match and shots fired stay
        ("He has scored 14 goals in 20 league games this season.",
         ["14 goals", "20 league games"]),
        ("Women play three sets while men play five.", ["three sets", "five"]),
        ("Police fired 41 shots at the car.", ["41 shots"]),
        ("The regulator imposed three penalties on the bank.", ["three penalties"]),
    ],
)  # fmt: skip
def test_plays_within_a_match_are_no_figures(analyzer, text, figures):
    assert [f[0] for f in _figures(analyzer, text)] == figures


def test_a_bare_count_before_another_of_its_kind_counts_that_kind(analyzer):
    text = "The agency has already placed 35 with plans to send another eight nurses to the city."
    [found] = [f for f in _figures(analyzer, text) if f[0] == "35"]
    assert found[3] == "nurses"


def test_a_number_set_off_after_a_plural_noun_counts_it(analyzer):
    text = "The Greens won the most wards -- 41 -- in the city vote."
    [found] = [f for f in _figures(analyzer, text) if f[0] == "41"]
    assert found[3] == "wards"


@pytest.mark.parametrize(
    "text",
    [
        "The virus hops from one laptop to another over the network.",
        "Sound reaches one ear before the other.",
    ],
)
def test_one_of_a_pair_set_against_the_other_is_no_count(analyzer, text):
    assert _figures(analyzer, text) == []


def test_a_headline_in_capitals_counts(analyzer):
    text = "TWELVE MINERS RESCUED AFTER FLOOD."
    assert ("TWELVE MINERS", 12.0, 12.0, "miners") in _figures(analyzer, text)


def test_half_of_those_who_is_a_fraction(analyzer):
    text = "More than half those who met the minister gave money to the harbour fund."
    assert [(q.text, q.low) for q in analysed(analyzer, text).quantities] == [
        ("More than half", 0.5)
    ]
