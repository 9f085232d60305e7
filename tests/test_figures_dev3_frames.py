"""Figures: frames and classes of the shapes US political news writes them in.

Match-ups told "N to M" after a comparison of two sides ("leads Jones 48 percent to 40
percent"); movements the clause tells away from the figure ("widened her lead ... by about
4,000 votes", "9 percent growth", "wiping out $40 billion") and a count's "up" that is
none ("19 Senate seats up in November"); a "who" clause's later verb, a share "on" a
name, a share that agrees, and a figure a "who" clause describes ("compared with 12
who back Ortiz"), and a level an absolute "with" phrase puts on its noun ("with inflation at
2.4%").

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure

# -- match-ups -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second", "sides"),
    [
        ("In the new survey, Smith leads Jones 48 percent to 40 percent in Ohio.",
         "48 percent", "40 percent", ("Smith", "Jones")),
        ("The poll has Mayor Lopez beating Brown by 9 points, 51 percent to 42 percent.",
         "51 percent", "42 percent", ("Mayor Lopez", "Brown")),
        ("A fresh poll showed Garcia moving ahead of Miller in Utah, 35%-28%.",
         "35%", "28%", ("Garcia", "Miller")),
        ("The latest Harmon Research poll shows Lee leading Park 44 percent to 37 percent.",
         "44 percent", "37 percent", ("Lee", "Park")),
        ("Senator Green is trailing Carter 31 percent to 44 percent among older voters.",
         "31 percent", "44 percent", ("Senator Green", "Carter")),
    ],
)  # fmt: skip
def test_a_matchup_pair_gives_each_side_its_figure(analyzer, text, first, second, sides):
    claims = analysed(analyzer, text).claims
    one, other = by_figure(claims, first), by_figure(claims, second)
    assert (one.subject, other.subject) == sides
    assert one.metric == other.metric == "share"


def test_a_matchup_against_a_pronoun_leaves_its_figure_unnamed(analyzer):
    claims = analysed(analyzer, "In the runoff, Ortiz beat him 57% to 38% across the city.").claims
    ortiz, other = by_figure(claims, "57%"), by_figure(claims, "38%")
    assert (ortiz.subject, other.subject, other.metric) == ("Ortiz", None, "share")


@pytest.mark.parametrize(
    "text",
    [
        "Support for Smith rose from 38 percent to 45 percent, ahead of the vote.",
        "Smith leads Jones 40 percent to 48 percent on taxes, an odd reading.",
    ],
)
def test_a_series_or_a_pair_against_its_verb_is_no_matchup(analyzer, text):
    claims = analysed(analyzer, text).claims
    assert "Jones" not in {c.subject for c in claims if c.quantity is not None}
    assert all(c.metric != "share" for c in claims if c.quantity is not None)


# -- movements -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("The island's economy grew fast, averaging almost 9 percent growth per year.",
         "almost 9 percent", "increase"),
        ("Output beat the 2.1% annual growth seen in the spring.", "2.1%", "increase"),
        ("Analysts expect growth of 2.1% in the region next year.", "2.1%", "level"),
        ("The bank kept its 2.5% growth forecast for the year.", "2.5%", "level"),
        ("The mayor widened her lead over the council in the northern wards by about "
         "4,000 votes.", "about 4,000 votes", "increase"),
        ("The club will trim its wage bill for the coming season by a hefty £3m.", "£3m",
         "decrease"),
        ("The warning sent the index lower, wiping out $40 billion in market value.",
         "$40 billion", "decrease"),
        ("The profit warning knocked 12% off the retailer's shares.", "12%", "decrease"),
    ],
)  # fmt: skip
def test_movements_the_clause_reads_far_from_the_figure(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Democrats have 19 Senate seats up in November, the party said.", "19 Senate seats",
         "level"),
        ("The plant made 5,000 cars up on last year, the firm said.", "5,000 cars",
         "increase"),
        ("The visitors lost by three points after a late penalty.", "three points", "level"),
    ],
)  # fmt: skip
def test_a_count_up_or_a_defeats_margin_is_no_movement(analyzer, text, figure, change):
    assert by_figure(analysed(analyzer, text).claims, figure).change == change


# -- who a figure is about ---------------------------------------------------------------


def test_a_who_clause_second_verb_is_about_the_named_one(analyzer):
    text = (
        "Maria Lopez, who grew up in Texas and has campaigned there for months but is "
        "in second place with 31 percent."
    )
    assert by_figure(analysed(analyzer, text).claims, "31 percent").subject == "Maria Lopez"


def test_a_share_on_a_name_is_that_names(analyzer):
    text = "The Greens have 38%, ahead of the Liberal Democrats on 21% in the new survey."
    assert by_figure(analysed(analyzer, text).claims, "21%").subject == "Liberal Democrats"


@pytest.mark.parametrize(
    ("text", "figure", "stance"),
    [
        ("Asked about the plan, 41% of members strongly agree that it should go ahead.", "41%",
         "agree"),
        ("Most liked the plan, but 22% strongly disagree.", "22%", "disagree"),
    ],
)  # fmt: skip
def test_a_share_that_agrees_measures_the_agreeing(analyzer, text, figure, stance):
    assert stance in by_figure(analysed(analyzer, text).claims, figure).metric.split()


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("The mayor is backed by 31 councillors compared with 12 who back Ortiz, the paper "
         "said.", "12", "back Ortiz"),
        ("In the survey 40% of staff want change compared with 35% who oppose the merger.",
         "35%", "oppose merger"),
    ],
)  # fmt: skip
def test_a_figure_a_who_clause_describes_measures_that_clause(analyzer, text, figure, metric):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert metric in claim.metric
    assert claim.subject is None


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("With inflation at 2.4% and unemployment near 6%, the board left rates alone.",
         "2.4%", "inflation"),
        ("With inflation at 2.4% and unemployment near 6%, the board left rates alone.",
         "near 6%", "unemployment"),
        ("The seller has had 12 offers, with the top offer currently at $450.", "$450",
         "top offer"),
    ],
)  # fmt: skip
def test_a_level_in_a_with_phrase_measures_its_noun(analyzer, text, figure, metric):
    assert by_figure(analysed(analyzer, text).claims, figure).metric == metric


def test_a_with_phrase_of_figure_keeps_the_clauses_frame(analyzer):
    text = "The retailer, with debts of more than £40m, was sold on Monday."
    assert by_figure(analysed(analyzer, text).claims, "more than £40m").subject == "retailer"


@pytest.mark.parametrize(
    ("text", "figure", "owner"),
    [
        ("Ortiz won 55 percent of the vote to Brown's 41 percent.", "41 percent", "Brown"),
        ("Pay rose 3.1% in the year, up from March's 2.9%, the office said.", "2.9%", None),
    ],
)  # fmt: skip
def test_a_share_a_name_owns_is_that_names_but_a_months_is_not(analyzer, text, figure, owner):
    subject = by_figure(analysed(analyzer, text).claims, figure).subject
    assert subject == owner if owner else subject != "March"
