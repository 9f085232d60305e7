"""Time expressions: intervals, granularities and anchors, on our own sentences."""

from __future__ import annotations

import pytest

from extractors.timex import find_times

ANCHOR = "2026-05-13"  # a Wednesday


def times(text, anchor=ANCHOR):
    found = find_times(text, anchor=anchor)
    for t in found:
        assert text[t.start_char : t.end_char] == t.text
    return [(t.text, t.start, t.end, t.granularity) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Usage peaked in late April 2026.",
            ("late April 2026", "2026-04-21", "2026-04-30", "part-of-month"),
        ),
        (
            "It was quiet in early January.",
            ("early January", "2026-01-01", "2026-01-10", "part-of-month"),
        ),
        (
            "Targets for mid-2026 were met.",
            ("mid-2026", "2026-05-01", "2026-08-31", "part-of-year"),
        ),
        (
            "In the week ending February 24, 2026, it led.",
            ("the week ending February 24, 2026", "2026-02-18", "2026-02-24", "week"),
        ),
        (
            "During the week of February 9–15, 2026 it led.",
            ("the week of February 9–15, 2026", "2026-02-09", "2026-02-15", "week"),
        ),
        ("Results for Q1 2026 are due.", ("Q1 2026", "2026-01-01", "2026-03-31", "quarter")),
        (
            "In the first quarter of 2026 it grew.",
            ("the first quarter of 2026", "2026-01-01", "2026-03-31", "quarter"),
        ),
        ("Sales in H2 2025 fell.", ("H2 2025", "2025-07-01", "2025-12-31", "half")),
        ("It launched in 2025.", ("2025", "2025-01-01", "2025-12-31", "year")),
        ("Prices fell last week.", ("last week", "2026-05-04", "2026-05-10", "week")),
        ("It was cut by late March.", ("late March", "2026-03-21", "2026-03-31", "part-of-month")),
        ("It rained in August.", ("August", "2025-08-01", "2025-08-31", "month")),
        ("It starts in June.", ("June", "2026-06-01", "2026-06-30", "month")),
        ("They met on Tuesday.", ("Tuesday", "2026-05-12", "2026-05-12", "day")),
        ("They will meet on Tuesday.", ("Tuesday", "2026-05-19", "2026-05-19", "day")),
        ("Sales rose three years ago.", ("three years ago", "2023-01-01", "2023-12-31", "year")),
        (
            "It changed late last month.",
            ("late last month", "2026-04-21", "2026-04-30", "part-of-month"),
        ),
        ("Growth slowed in the 1990s.", ("the 1990s", "1990-01-01", "1999-12-31", "decade")),
        ("Plans from 2024-26 stand.", ("2024-26", "2024-01-01", "2026-12-31", "range")),
        (
            "The plan is done by the end of the year.",
            ("the end of the year", "2026-09-01", "2026-12-31", "part-of-year"),
        ),
    ],
)
def test_expressions(text, expected):
    assert times(text) == [expected]


def test_anaphoric_shift_counts_from_the_last_time_mentioned():
    text = "In the week ending February 24, 2026, it led. One year prior, it trailed."
    week, prior = find_times(text, anchor=ANCHOR)
    assert (prior.start, prior.end, prior.granularity) == ("2025-02-01", "2025-02-28", "month")
    assert prior.anchor == week.start


def test_year_less_months_share_the_year_of_their_pair():
    assert times("It rose from 10% in January to 36% by late April 2026.", anchor=None) == [
        ("January", "2026-01-01", "2026-01-31", "month"),
        ("late April 2026", "2026-04-21", "2026-04-30", "part-of-month"),
    ]


def test_relative_expressions_need_an_anchor():
    assert times("It fell last week and in June.", anchor=None) == []


def test_absolute_ones_record_no_anchor():
    [t] = find_times("It fell in April 2026.", anchor=ANCHOR)
    assert t.anchor is None


@pytest.mark.parametrize(
    "text",
    [
        "Prices may rise and troops march on.",
        "It processed 2025 tokens for $2026.",
        "GLM-5 and V3.2 were tested for three years.",
        "Call 10:30.",
        "The awards will be shown at 2010 GMT.",  # a time of day, not the year 2010
    ],
)
def test_not_time_expressions(text):
    assert times(text) == []


def test_gold_set_value_accuracy(shared_dir):
    from eval.timex import evaluate

    _, _, exact, total = evaluate()
    assert exact / total >= 0.85, f"{exact} of {total}"


def test_the_same_period_is_the_span_of_the_sentence_before():
    text = (
        "Models rose from 10% in January to 36% by late April 2026. "
        "Rivals fell from 70% to 40% over the same period."
    )
    *_, same = find_times(text, anchor=None)
    assert (same.text, same.start, same.end) == ("over the same period", "2026-01-01", "2026-04-30")


def test_every_holiday_is_read_past_the_quick_word_test():
    """The tagger skips the holiday pattern on a text without any of HOLIDAY_WORDS: each
    holiday's name must hold one, or it would never be read."""
    from extractors.holidays import FIXED, FROM_EASTER, HOLIDAY_WORDS, NTH_WEEKDAY

    for name in (*FIXED, *NTH_WEEKDAY, *FROM_EASTER, "election day"):
        assert any(word.replace("’", "'") in name for word in HOLIDAY_WORDS), name


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("We met on Boxing Day.", "2025-12-26"),
        ("Turnout on Election Day was high.", "2025-11-04"),
        ("Sales rose in the late 1990s.", "1990-01-01"),
        ("He left three weeks ago.", "2026-02-16"),
    ],
)
def test_rules_behind_a_word_test_still_read_their_words(text, start):
    [found] = find_times(text, anchor="2026-03-11")
    assert found.start == start


def _parsed_times(analyzer, text, anchor=ANCHOR):
    doc = analyzer.nlp(text)
    return [(t.text, t.start) for t in find_times(text, anchor=anchor, doc=doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A condition about what is still to come looks ahead, whatever its verb's form.
        ("Ties would sour if he won the election on Nov. 8.", ("Nov. 8", "2026-11-08")),
        ("If she wins in March, she would take office at once.", ("March", "2027-03-01")),
        ("He will step down when his term ends in April.", ("April", "2027-04-01")),
        # A condition or a time told as past stays past.
        ("If he had won in April, he would have stayed.", ("April", "2026-04-01")),
        ("When prices rose in April, sales fell.", ("April", "2026-04-01")),
        # "for comment" asks nothing of the future.
        ("Aides could not be reached for comment Saturday.", ("Saturday", "2026-05-09")),
        ("The vote is set for Saturday.", ("Saturday", "2026-05-16")),
    ],
)
def test_a_clause_says_which_way_a_bare_date_lies(analyzer, text, expected):
    assert _parsed_times(analyzer, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was elected in 2004, the same year he retired.", "2004-01-01"),
        ("The order came on Friday. The rally was held the same day.", "2026-05-08"),
        ("Loans fell in January from the same month in 2024.", "2024-01-01"),
    ],
)
def test_the_same_day_month_or_year_is_the_one_told_before(text, expected):
    assert times(text)[-1][1] == expected


def test_the_same_day_needs_a_day_told_before():
    assert [t[0] for t in times("She was elected in 2004 and left the same day.")] == ["2004"]


@pytest.mark.parametrize("noun", ["claim", "film", "program", "team"])
def test_a_year_before_a_noun_ending_in_m_is_a_year(noun):
    assert times(f"They settled a 1981 {noun} over payments.") == [
        ("1981", "1981-01-01", "1981-12-31", "year")
    ]


def test_a_sum_in_millions_written_like_a_year_is_no_year():
    assert times("Losses reached 2010m and then 2000 million.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Both days of a range said on one month (TimeML marks both).
        ("The poll ran from May 19 to 25, with 900 voters.", ["2026-05-19", "2026-05-25"]),
        ("Talks were held March 17-20.", ["2026-03-17", "2026-03-20"]),
        ("On 20 and 21 January 2026 they met.", ["2026-01-20", "2026-01-21"]),
        # A number after a day that counts something is no day.
        ("Prices rose on May 19 to 25 percent.", ["2026-05-19"]),
        # The Sunday of a title is no day; the Sunday of a mass is.
        ("Documents seen by the Sunday Politics show it.", []),
        ("She spoke at Sunday Mass.", ["2026-05-10"]),
        # A fiscal year is written as the year it ends in.
        ("FY19 saw inflows fall.", ["2019-01-01"]),
        ("Exports rose in FY2025-26.", ["2026-01-01"]),
    ],
)
def test_ranges_seasons_names_and_fiscal_years(text, expected):
    assert [t[1] for t in times(text)] == expected


def test_an_effective_date_looks_ahead():
    found = times("He was granted parole on Friday, effective from Jan. 5.", anchor="2026-11-24")
    assert found[-1][:2] == ("Jan. 5", "2027-01-05")


def test_this_past_season_is_the_last_one():
    assert times("Sales rose this past spring.", anchor="2026-11-24")[0][1] == "2026-03-01"


def test_a_range_past_its_month_keeps_the_day_it_has():
    assert [t[1] for t in times("The fair ran February 27-31.")] == ["2026-02-27"]


@pytest.mark.parametrize(
    ("text", "year"),
    [("FY99 was hard.", "1999"), ("In FY1999-00 it grew.", "2000"), ("FY99-00 ended.", "2000")],
)
def test_a_fiscal_year_of_the_last_century(text, year):
    assert times(text)[0][1] == f"{year}-01-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Its revenue fell in 2018-19.", ("2018-19", "2018-01-01", "2019-12-31", "split-year")),
        ("He left in the 1999-00 season.", ("1999-00", "1999-01-01", "2000-12-31", "split-year")),
        ("Output grew over 2010-12.", ("2010-12", "2010-01-01", "2012-12-31", "range")),
        ("Output grew over 2018-2019.", ("2018-2019", "2018-01-01", "2019-12-31", "range")),
    ],
)
def test_a_fiscal_or_sporting_year_spans_its_two_calendar_years(text, expected):
    assert times(text) == [expected]


def test_a_split_year_is_written_as_said_and_valued_as_the_year_it_ends_in():
    from eval.timeml import timeml_value
    from queries.timeline import describe_time

    (split,) = find_times("Its revenue fell in 2018-19.", anchor=ANCHOR)
    time = {"start": split.start, "end": split.end, "granularity": split.granularity}
    assert describe_time(time) == "2018-19"
    assert timeml_value(split.start, split.end, split.granularity) == "2019"


@pytest.mark.parametrize(
    ("anchor", "text", "expected"),
    [
        # a Wednesday: the last weekend is the one before it, "this weekend" the next
        ("2016-01-20", "Talks stalled over the weekend.", ("2016-01-16", "2016-01-17")),
        ("2016-01-20", "It rained last weekend.", ("2016-01-16", "2016-01-17")),
        ("2016-01-20", "It will snow this weekend.", ("2016-01-23", "2016-01-24")),
        ("2016-01-20", "The vote will be held at the weekend.", ("2016-01-23", "2016-01-24")),
        # a Sunday: this weekend is under way, the last one a week before
        ("2016-01-17", "Crowds gathered this weekend.", ("2016-01-16", "2016-01-17")),
        ("2016-01-17", "It rained last weekend.", ("2016-01-09", "2016-01-10")),
        ("2016-01-17", "It will snow next weekend.", ("2016-01-23", "2016-01-24")),
    ],
)
def test_a_weekend_is_its_saturday_and_sunday(anchor, text, expected):
    (weekend,) = find_times(text, anchor=anchor)
    assert (weekend.start, weekend.end, weekend.granularity) == (*expected, "weekend")


def test_the_same_weekend_is_the_weekend_of_the_day_told():
    found = times("On Friday, January 15, 2016 he spoke; the same weekend she left.")
    assert found[-1] == ("the same weekend", "2016-01-16", "2016-01-17", "weekend")


def test_weekends_said_in_general_are_no_date():
    assert times("Shops open at weekends, and on a weekend or two.") == []


def test_a_schedule_said_in_the_present_looks_ahead(analyzer):
    text = "The vote is due in September. Analysts expected December's figure to be strong."
    found = dict(_parsed_times(analyzer, text, anchor="2026-07-10"))
    assert found == {"September": "2026-09-01", "December": "2025-12-01"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He left on Oct. 23, 1998. Earlier that day, she spoke.",
            ("Earlier that day", "1998-10-23", "1998-10-23", "day"),
        ),
        (
            "Jobless claims fell in January 2005, and 14,000 jobs were created that month.",
            ("that month", "2005-01-01", "2005-01-31", "month"),
        ),
        (
            "It began in 1968, when Nixon used Johnson's 1964 Civil Rights Act; Wallace ran"
            " that year.",  # a year inside a name is not the time told
            ("that year", "1968-01-01", "1968-12-31", "year"),
        ),
        (
            "It raised its 2004 dividend to 70 cents from 55 cents a year earlier.",
            ("a year earlier", "2003-01-01", "2003-12-31"),
        ),
    ],
)
def test_that_day_month_or_year_is_the_one_told_before(text, expected):
    assert times(text)[-1][: len(expected)] == expected


@pytest.mark.parametrize(
    ("start", "end", "label"),
    [
        ("2016-01-16", "2016-01-17", "weekend of 16–17 Jan 2016"),
        ("2016-04-30", "2016-05-01", "weekend of 30 Apr – 1 May 2016"),
        ("2016-12-31", "2017-01-01", "weekend of 31 Dec 2016 – 1 Jan 2017"),
    ],
)
def test_a_weekend_is_written_with_both_its_days(start, end, label):
    from queries.timeline import describe_time

    assert describe_time({"start": start, "end": end, "granularity": "weekend"}) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales in 2025/26 rose.", ("2025/26", "2025-01-01", "2026-12-31", "split-year")),
        ("The file is dated 2026/03/12.", ("2026/03/12", "2026-03-12", "2026-03-12", "day")),
        ("It closed on 3/15/2026.", ("3/15/2026", "2026-03-15", "2026-03-15", "day")),
        ("It closed on 15/03/2026.", ("15/03/2026", "2026-03-15", "2026-03-15", "day")),
        # both readings are dates: the one nearer the document's date (May 13)
        ("It closed on 05/04/2026.", ("05/04/2026", "2026-05-04", "2026-05-04", "day")),
        ("It closed on 12/05/2026.", ("12/05/2026", "2026-05-12", "2026-05-12", "day")),
    ],
)
def test_dates_written_in_numbers(text, expected):
    assert times(text) == [expected]


def test_a_date_in_numbers_that_reads_both_ways_needs_the_documents_date():
    assert times("It closed on 05/04/2026.", anchor=None) == []
