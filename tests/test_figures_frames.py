"""Figure claims on news nobody tuned for: change or level, series, what a figure
measures, page furniture, and times resolved by the tense of their sentence.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from extractors.timex import find_times
from tests.figure_cases import by_figure, claims_of

# -- change or level ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "change", "direction"),
    [
        ("Ferry bookings jumped 14% last month.", "14%", "increase", "up"),
        (
            "The bakery reported a 6.5 percent increase in bread sales.",
            "6.5 percent",
            "increase",
            "up",
        ),
        ("Ticket prices fell by 3% in January.", "3%", "decrease", "down"),
        ("Rents were up 4% on a year earlier.", "4%", "increase", "up"),
        ("The index closed 2% lower.", "2%", "decrease", "down"),
        ("The council's reserves slipped to £40m.", "£40m", "level", "down"),
        ("The lake held 45% of its capacity.", "45%", "level", None),
        ("Retail makes up 14% of the economy.", "14%", "level", None),
        # an alternative or a conjunct of a movement moves the same way
        ("Shares in the ferry firm lost 40 cents or 12% on Monday.", "12%", "decrease", "down"),
        ("Prices rose by 3% and 1.2% in the two towns.", "1.2%", "increase", "up"),
        ("The town's population doubled in a decade.", "doubled", "increase", "up"),
    ],
)
def test_change_or_level(analyzer, text, figure, change, direction):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert (claim.change, claim.direction) == (change, direction)
    if change != "level" or direction:
        assert claim.change_cue


def test_a_movement_noun_measures_its_complement(analyzer):
    claims = claims_of(analyzer, "The ferry firm reported a 9% increase in its revenues.")
    assert "revenues" in (by_figure(claims, "9%").metric or "")


def test_figures_told_for_places_take_the_place_as_subject(analyzer):
    claims = claims_of(analyzer, "Bread costs £2 in Wales and $3 in Ohio, the bakers said.")
    assert (by_figure(claims, "£2").subject, by_figure(claims, "$3").subject) == ("Wales", "Ohio")


def test_a_sum_in_another_currency_measures_what_the_sum_measures(analyzer):
    claims = claims_of(analyzer, "The ferry firm made a profit of £75m ($141m) last year.")
    pounds, dollars = by_figure(claims, "£75m"), by_figure(claims, "$141m")
    assert (dollars.subject, dollars.metric) == (pounds.subject, pounds.metric)


def test_from_to_is_one_series_of_two_levels(analyzer):
    text = "The canal's share of freight dropped from 30% in 2019 to 18% in 2024."
    claims = claims_of(analyzer, text)
    first, last = by_figure(claims, "30%"), by_figure(claims, "18%")
    assert first.series and first.series == last.series
    assert (first.change, last.change, last.direction) == ("level", "level", "down")
    assert first.time.start == "2019-01-01" and last.time.start == "2024-01-01"


def test_a_change_from_with_no_end_is_no_series(analyzer):
    claims = claims_of(analyzer, "Wind supplied 41% of power, up from 35% in 2023.")
    assert all(c.series is None for c in claims)


# -- what a figure measures -----------------------------------------------------------------


def test_counts_of_people_take_the_event_verb(analyzer):
    claim = by_figure(claims_of(analyzer, "Officials said nine people were wounded."), "people")
    assert (claim.subject, claim.metric) == ("people", "injured")


def test_a_contrast_gives_each_figure_its_subject(analyzer):
    text = "Rail carried 3.1 million passengers against 1.2 million for British coach firms."
    claim = by_figure(claims_of(analyzer, text), "1.2 million")
    assert claim.subject == "British coach firms"


def test_the_noun_a_figure_is_of(analyzer):
    claim = by_figure(claims_of(analyzer, "The final drew an audience of 8.2 million."), "million")
    assert "audience" in claim.metric


# -- page furniture ----------------------------------------------------------------------------


def test_player_controls_and_credits_make_no_claims(analyzer):
    text = (
        "Twelve people were hurt in the crash on Monday.\n"
        "Crash scene | 2:45 12 CLOSE Skip\n"
        "Embed x Share Video of 3 trucks\n"
        "Photo: Ann Lee/Getty Images 2026"
    )
    claims = claims_of(analyzer, text)
    assert [c.quantity.text for c in claims if c.quantity] == ["Twelve people"]


def test_context_dates_stop_at_a_heading(analyzer):
    text = "Sales rose in March 2026, the firm said.\n\nOutlook\nMargins were 12%."
    claim = by_figure(claims_of(analyzer, text, published="2026-05-02"), "12%")
    assert claim.time_basis == "as-reported"


# -- not figures -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The album reached the top 10 in four countries.",
        "She won the 400m final in Rome.",
        "He took the match 6-4 3-6 7-5.",
        "Sales tripled in three months.",
    ],
)
def test_numbers_that_are_not_those_figures(analyzer, text):
    texts = [c.quantity.text for c in claims_of(analyzer, text) if c.quantity]
    assert not any(t in ("10", "400m", "6-4", "3-6", "three months") for t in texts)


# -- times by tense ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister will visit the plant on Friday.", "2026-03-13"),
        ("The minister visited the plant on Friday.", "2026-03-06"),
        ("The talks resume on Friday.", "2026-03-13"),
        ("Voting is scheduled for Thursday.", "2026-03-12"),
    ],
)
def test_a_weekday_follows_the_tense_of_its_clause(bare_nlp, text, expected):
    # 11 March 2026 is a Wednesday.
    [time] = find_times(text, anchor="2026-03-11", doc=bare_nlp(text))
    assert time.start == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Rainfall peaked in mid june.", "2025-06-11", "2025-06-20"),
        ("The results came earlier this month.", "2026-03-01", "2026-03-11"),
        ("The market will close at Christmas.", "2026-12-25", "2026-12-25"),
        ("The market closed at Christmas.", "2025-12-25", "2025-12-25"),
    ],
)
def test_relative_lower_case_and_holiday_times(bare_nlp, text, start, end):
    [time] = find_times(text, anchor="2026-03-11", doc=bare_nlp(text))
    assert (time.start, time.end) == (start, end)


def test_now_is_the_document_day():
    [time] = find_times("Prices are now 5% higher.", anchor="2026-03-11")
    assert (time.start, time.granularity) == ("2026-03-11", "present")


# -- the seeds (../shared) ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_claims(analyzer, seeds_dir):
    from extractors.sources import read_path

    claims = []
    for path in sorted(seeds_dir.glob("*.txt")):
        [src] = read_path(path)
        claims.extend(analyzer.analyse(src).claims)
    return claims


def test_seed_done_when(seed_claims):
    figures = [c for c in seed_claims if c.quantity]
    [american] = [c for c in figures if c.quantity.text == "2.94 trillion"]
    assert american.subject == "American providers"
    start, end = (next(c for c in figures if c.quantity.text == f) for f in ("70%", "40%"))
    assert start.series and start.series == end.series
    assert start.time.start[:7] == "2026-01" and end.time.text.startswith("late April")
    for figure in ("56.9 percent", "as much as 48 percent"):
        assert next(c for c in figures if c.quantity.text == figure).change == "increase"
    sixty_one = [c for c in figures if c.quantity.text in ("61%", "61 percent")]
    assert sixty_one and all(c.change == "level" for c in sixty_one)
