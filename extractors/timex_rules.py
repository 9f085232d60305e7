"""The rules of the time tagger: one pattern and one handler per kind of expression.

Each handler turns a match into an inclusive interval of days, a granularity
and the reference date it was resolved against (None when the expression was
absolute); :mod:`extractors.timex` runs them over a text and chooses among
overlapping matches. :class:`Context` holds what a handler may need beyond its
match: the anchor (publication date), the tense of the expression's clause,
the last time expression and the year of a date the sentence pairs it with.

Examples
--------
>>> from datetime import date
>>> c = Context(anchor=date(2016, 1, 20), previous=None, sentence_year=None)
>>> [(m["t"], handler(m, c)[2]) for m, handler in candidates("It rained last weekend.")]
[('last weekend', 'weekend')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from extractors.holidays import HOLIDAY_PATTERN, HOLIDAY_WORDS, holiday_date
from extractors.timex_calendar import (
    FULL_MONTHS,
    ORDINALS,
    PART_OF_MONTH,
    PART_OF_YEAR,
    SEASONS,
    WEEKDAYS,
    month_days,
    month_number,
    months_span,
    number_value,
    shift_months,
)
from extractors.timex_scan import matches_near

# Month names must be capitalised: "may" and "march" are also verbs.
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)(?![a-z])"
)
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
#: A four-digit year of news (1800-2199).
YEAR_PATTERN = _YEAR
#: Month names in any case; only used where a year follows ("by april 2026"), which
#: makes "may" and "march" unambiguous.
_ANY_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>early|mid|late|the (?:end|beginning|start|middle) of)"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve" \
       r"|fifteen|eighteen|twenty|thirty|several|a few|a couple of)"  # fmt: skip
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|quarters?)"
#: What may not follow a year: a unit or a scale ("2010m", "2000 million"; not "a 1981
#: claim", whose noun only ends in "m").
_NOT_AFTER_YEAR = (
    r"(?!\s*(?:%|percent|per cent|tokens?|users?|people|jobs|units|dollars|euros|pounds"
    r"|bn\b|mn\b|m\b|million|billion|thousand|GW|MW|km|kg|GMT\b|BST\b|UTC\b|hrs\b"
    r"|hours\b)|[\d.,]\d"
    r"|-\d{1,2}\b(?!\d))"  # "at 2010 GMT" is a time of day
)


@dataclass(slots=True)
class Found:
    start: int
    end: int
    first: date
    last: date
    granularity: str
    anchor: date | None


#: What a handler makes of a match: first day, last day, granularity, and the
#: reference date it was resolved against (None when it was absolute).
Resolved = tuple[date, date, str, date | None] | None
Handler = Callable[[re.Match[str], "Context"], Resolved]


@dataclass(slots=True)
class Context:
    anchor: date | None
    previous: Found | None
    sentence_year: int | None
    future: bool = False
    #: The tense of the expression's clause ("past", "present", "future"), when a
    #: parse was given; "future" also sets ``future``.
    tense: str | None = None
    #: The year of the last absolute date in the text: year-less months take it
    #: when there is no anchor (HeidelTime's strategy for narratives).
    last_year: int | None = None
    #: The span the last sentence with times covered, for "over the same period".
    period: tuple[date, date] | None = None


# -- intervals --------------------------------------------------------------------------


def _year_for_month(month: int, context: Context, day: int = 1) -> tuple[int, date | None] | None:
    """The year of a year-less month: the sentence's, else the anchor's rule."""
    if context.sentence_year:
        return context.sentence_year, None
    if context.anchor is None:
        return (context.last_year, None) if context.last_year else None
    year = context.anchor.year
    if context.future:
        # "will launch on 11 March": the next such day on or after the anchor.
        if date(year, month, min(day, 28)) < context.anchor - timedelta(days=7):
            year += 1
        return year, context.anchor
    # News looks back: take the latest such month starting by a month after the anchor.
    if date(year, month, min(day, 28)) > context.anchor + timedelta(days=31):
        year -= 1
    return year, context.anchor


# -- handlers: one per kind of expression -----------------------------------------------


def _iso(m: re.Match[str], c: Context) -> Resolved:
    day = _day_or_none(int(m["y"]), int(m["mo"]), int(m["d"]))
    return (day, day, "day", None) if day else None


def _numeric_date(m: re.Match[str], c: Context) -> Resolved:
    """ "12/03/2024", "3/15/2024": day and month in either order; where both readings are
    dates, the one nearer the document's date (none without one: a guess is no date)."""
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    readings = (_day_or_none(year, first, second), _day_or_none(year, second, first))
    days = {d for d in readings if d is not None}  # (one when both orders agree: "06/06")
    if not days:
        return None
    if len(days) == 1:
        day = days.pop()
        return day, day, "day", None
    anchor = c.anchor
    if anchor is None:  # both orders are dates, and nothing to choose by
        return None
    day = min(days, key=lambda d: abs(d - anchor))
    return day, day, "day", anchor


def _day_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_date(m: re.Match[str], c: Context) -> Resolved:
    month = month_number(m["month"])
    day_number = int(re.sub(r"\D", "", m["day"]))
    anchored: date | None = None
    if m["year"]:
        year = int(m["year"])
    else:
        resolved = _year_for_month(month, c, day_number)
        if resolved is None:
            return None
        year, anchored = resolved
    try:
        day = date(year, month, day_number)
    except ValueError:
        return None
    return day, day, "day", anchored


def _week_ending(m: re.Match[str], c: Context) -> Resolved:
    ended = _full_date(m, c)
    if ended is None:
        return None
    last = ended[0]
    return last - timedelta(days=6), last, "week", ended[3]


def _week_of(m: re.Match[str], c: Context) -> Resolved:
    began = _full_date(m, c)
    if began is None:
        return None
    first = began[0]
    if m["day2"]:
        try:
            last = first.replace(day=int(re.sub(r"\D", "", m["day2"])))
        except ValueError:
            return None
    else:
        last = first + timedelta(days=6)
    return first, last, "week", began[3]


def _part_of_month(m: re.Match[str], c: Context) -> Resolved:
    month = month_number(m["month"])
    resolved = (int(m["year"]), None) if m["year"] else _year_for_month(month, c)
    if resolved is None:
        return None
    year, anchored = resolved
    part = _part_key(m["part"])
    first_day, last_day = PART_OF_MONTH[part]
    month_first, month_last = month_days(year, month)
    return (
        month_first.replace(day=first_day),
        month_last if part == "late" else month_first.replace(day=last_day),
        "part-of-month",
        anchored,
    )


def _part_key(part: str) -> str:
    lowered = part.lower()
    if "end" in lowered:
        return "late"
    if "beginning" in lowered or "start" in lowered:
        return "early"
    if "middle" in lowered:
        return "mid"
    return lowered


def _month(m: re.Match[str], c: Context) -> Resolved:
    name = m["month"]
    if not m["year"] and not name.endswith(".") and name.lower() not in FULL_MONTHS:
        return None  # a bare "Jan" is a name ("Jan Kavan"); "Jan." or "Jan 2026" a month
    month = month_number(name)
    resolved = (int(m["year"]), None) if m["year"] else _year_for_month(month, c)
    if resolved is None:
        return None
    first, last = month_days(resolved[0], month)
    return first, last, "month", resolved[1]


def _quarter(m: re.Match[str], c: Context) -> Resolved:
    number = int(m["q"]) if m["q"] else ORDINALS[m["qword"].lower()]
    year, anchored = _explicit_or_anchor_year(m, c)
    if year is None:
        return None
    first, last = months_span(year, 3 * number - 2, 3 * number)
    return first, last, "quarter", anchored


def _half(m: re.Match[str], c: Context) -> Resolved:
    number = int(m["h"]) if m["h"] else ORDINALS[m["hword"].lower()]
    year, anchored = _explicit_or_anchor_year(m, c)
    if year is None or number not in (1, 2):
        return None
    first, last = months_span(year, 1 if number == 1 else 7, 6 if number == 1 else 12)
    return first, last, "half", anchored


def _explicit_or_anchor_year(m: re.Match[str], c: Context) -> tuple[int | None, date | None]:
    if m["year"]:
        year = int(m["year"].lstrip("'"))
        return (year + 2000 if year < 100 else year), None
    if c.sentence_year:
        return c.sentence_year, None
    return (c.anchor.year, c.anchor) if c.anchor else (None, None)


def _part_of_year(m: re.Match[str], c: Context) -> Resolved:
    first_month, last_month = PART_OF_YEAR[_part_key(m["part"])]
    first, last = months_span(int(m["year"]), first_month, last_month)
    return first, last, "part-of-year", None


#: What introduces a season named without a year ("in the fall", "last spring"); "fall"
#: and "spring" are also verbs and nouns, and "Spring of Life" is a name.
_SEASON_BEFORE = re.compile(
    r"\b(?:in|during|the|this|last|next|by|until|since|early|late|mid|over|through|each"
    r"|every|that|their|his|her|its|our)[\s-]+$",
    re.I,
)


def _season(m: re.Match[str], c: Context) -> Resolved:
    if not m["year"] and not m["rel"]:
        before = m.string[max(0, m.start() - 12) : m.start()]
        if not _SEASON_BEFORE.search(before) or re.match(r"\s+of\s+[A-Z]", m.string[m.end() :]):
            return None
    first_month, last_month = SEASONS[m["season"].lower()]
    anchored: date | None = None
    if m["year"]:
        year = int(m["year"])
    elif c.anchor:
        year, anchored = c.anchor.year, c.anchor
        rel = " ".join((m["rel"] or "").lower().split())
        rel = "last" if rel in ("this past", "past") else rel  # "this past spring": the last
        this_years = months_span(year, first_month, last_month)
        if rel == "last" and this_years[1] >= c.anchor:
            year -= 1  # in February, "last summer" is last year's
        elif rel == "next" and this_years[0] <= c.anchor:
            year += 1  # in February, "next summer" is this year's; in July, next year's
    else:
        return None
    if first_month > last_month and not m["year"]:
        year += 1 if c.anchor and c.anchor.month == 12 else 0
    first, last = months_span(year, first_month, last_month)
    return first, last, "season", anchored


def _relative_month(m: re.Match[str], c: Context) -> Resolved:
    """ "last December": the latest December before the anchor; "next March" the first after."""
    if c.anchor is None:
        return None
    month, rel = month_number(m["month"]), m["rel"].lower()
    year = c.anchor.year
    if rel == "last" and month >= c.anchor.month:
        year -= 1
    elif rel == "next" and month <= c.anchor.month:
        year += 1
    first, last = month_days(year, month)
    return first, last, "month", c.anchor


def _part_of_relative_month(m: re.Match[str], c: Context) -> Resolved:
    """ "late last month", "early next month"."""
    if c.anchor is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = shift_months(c.anchor.replace(day=1), step)
    part = _part_key(m["part"])
    first_day, last_day = PART_OF_MONTH[part]
    month_last = month_days(month.year, month.month)[1]
    last = month_last if part == "late" else month.replace(day=last_day)
    return month.replace(day=first_day), last, "part-of-month", c.anchor


def _year_span(m: re.Match[str], c: Context) -> Resolved:
    """ "between 2005 and 2007", "from 2019 to 2023"."""
    first, last = int(m["year"]), int(m["year2"])
    if not first < last <= first + 50:
        return None
    return date(first, 1, 1), date(last, 12, 31), "range", None


def _decade(m: re.Match[str], c: Context) -> Resolved:
    start = int(m["decade"])
    return date(start, 1, 1), date(start + 9, 12, 31), "decade", None


def _year(m: re.Match[str], c: Context) -> Resolved:
    year = int(m["year"])
    if m["year2"]:
        second = int(m["year2"])
        if second < 100:
            second += (year // 100) * 100
            second += 100 if second <= year else 0  # "1999-00": 2000
        if second <= year or second - year > 20:
            return None
        # "2018-19": a fiscal or sporting year across two calendar years, not two years
        split = second == year + 1 and len(m["year2"]) == 2
        return date(year, 1, 1), date(second, 12, 31), "split-year" if split else "range", None
    return date(year, 1, 1), date(year, 12, 31), "year", None


def _fiscal_year(m: re.Match[str], c: Context) -> Resolved:
    """ "FY19", "FY2018-19": a fiscal year, written (as TimeML writes it) as the calendar
    year it ends in; its months differ by country, so the year is all that is said."""
    written = m["fy2"] or m["fy"]
    if len(written) == 4:
        year = int(written)
    elif m["fy2"] and len(m["fy"]) == 4:
        year = int(m["fy"][:2]) * 100 + int(written)  # "FY1998-99": 1999
        year += 100 if year < int(m["fy"]) else 0  # "FY1999-00": 2000
    else:
        year = int(written) + (2000 if int(written) < 50 else 1900)  # "FY19", "FY99"
    return date(year, 1, 1), date(year, 12, 31), "year", None


def _present(m: re.Match[str], c: Context) -> Resolved:
    """ "now": the document's own day, as TimeML's PRESENT_REF (granularity "present")."""
    if c.anchor is None:
        return None
    return c.anchor, c.anchor, "present", c.anchor


def _holiday(m: re.Match[str], c: Context) -> Resolved:
    """ "Thanksgiving", "last Christmas", "Easter 2026": resolved like a year-less date."""
    if m["year"]:
        day = holiday_date(m["holiday"], int(m["year"]))
        return (day, day, "day", None) if day else None
    if c.anchor is None:
        return None
    this_year = holiday_date(m["holiday"], c.anchor.year)
    if this_year is None:
        return None
    rel = (m["rel"] or "").lower()
    year = c.anchor.year
    ahead = c.future or c.tense == "present"  # "the fair closes at Christmas": a schedule
    if rel == "last" or (not rel and not ahead and this_year > c.anchor + timedelta(days=7)):
        year -= 1 if this_year >= c.anchor else 0
    elif (rel == "next" or ahead) and this_year < c.anchor:
        year += 1
    day = holiday_date(m["holiday"], year)
    return (day, day, "day", c.anchor) if day else None


def _deictic_day(m: re.Match[str], c: Context) -> Resolved:
    if c.anchor is None:
        return None
    word = m["word"].lower()
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word.split()[0]]
    day = c.anchor + timedelta(days=offset)
    return day, day, "day", c.anchor


#: After "the" and a weekday, a capitalised word that makes it a name ("the Sunday
#: Politics", "the Sunday Times"), unless it is a month or a part of the day ("this
#: morning's Sunday Mass" is a day).
_NAMED_AFTER_WEEKDAY = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon"
    r"|Evening|Night)\b)[A-Z][a-z]"
)


def _weekday(m: re.Match[str], c: Context) -> Resolved:
    the = re.search(r"\bthe\s+$", m.string[max(0, m.start("t") - 5) : m.start("t")], re.I)
    if c.anchor is None or (the and _NAMED_AFTER_WEEKDAY.match(m.string, m.end("t"))):
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    back = (c.anchor.weekday() - target) % 7
    rel = (m["rel"] or "").lower()
    if rel == "last" and back == 0:
        back = 7
    # A schedule in the present ("the talks resume Tuesday") looks ahead, as HeidelTime reads it.
    if rel == "next" or (not rel and (c.future or c.tense == "present")):
        ahead = (target - c.anchor.weekday()) % 7 or (7 if rel else 0)
        day = c.anchor + timedelta(days=ahead)
    else:
        day = c.anchor - timedelta(days=back)
    return day, day, "day", c.anchor


#: Monday is 0: a weekend is Saturday (5) and Sunday.
_SATURDAY = 5


def _weekend(m: re.Match[str], c: Context) -> Resolved:
    """ "last weekend", "this weekend", "over the weekend": its Saturday and Sunday. A bare
    "the weekend" is the last one in a report of the past, the coming one in a schedule;
    on a Saturday or Sunday "this weekend" is the one under way."""
    if c.anchor is None:
        return None
    rel = (m["rel"] or "").lower()
    since = (c.anchor.weekday() - _SATURDAY) % 7  # days since the last Saturday
    saturday = c.anchor - timedelta(days=since)
    under_way = since <= 1  # the anchor is that Saturday or the Sunday after it
    week = timedelta(days=7)
    if rel in ("this", "coming", "next") or (not rel and (c.future or c.tense == "present")):
        saturday += week if rel == "next" or not under_way else timedelta(0)
    elif rel and under_way:
        saturday -= week  # on a Sunday, "last weekend" is the one before this one
    return saturday, saturday + timedelta(days=1), "weekend", c.anchor


def _this_last_next(m: re.Match[str], c: Context) -> Resolved:
    if c.anchor is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
            "coming": 1}[rel]  # fmt: skip
    a = c.anchor
    if unit == "week":
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week", a
    if unit == "month":
        first = shift_months(a.replace(day=1), step)
        return *month_days(first.year, first.month), "month", a
    if unit == "quarter":
        first = shift_months(date(a.year, 3 * ((a.month - 1) // 3) + 1, 1), 3 * step)
        return first, month_days(*shift_months(first, 2).timetuple()[:2])[1], "quarter", a
    year = a.year + step
    return date(year, 1, 1), date(year, 12, 31), "year", a


def _ago(m: re.Match[str], c: Context) -> Resolved:
    """ "three years ago" (from the publication date); "one year prior" (from the last time)."""
    n, unit = number_value(m["n"]), m["unit"].lower().rstrip("s")
    direction = 1 if m["dir"].lower() in ("later", "after", "on", "from now") else -1
    anaphoric = m["dir"].lower() not in ("ago", "from now")
    reference: tuple[date, date] | None = None
    if anaphoric and c.previous is not None:
        reference = (c.previous.first, c.previous.last)
    elif c.anchor is not None:
        reference = (c.anchor, c.anchor)
    if reference is None:
        return None
    used = reference[0]
    if unit == "day":
        day = reference[1] + timedelta(days=direction * n)
        return day, day, "day", used
    if unit == "week":
        day = reference[1] + timedelta(weeks=direction * n)
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week", used
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n * direction
    moved = shift_months(reference[0].replace(day=1), months)
    if unit in ("year", "decade") and not anaphoric:
        # "three years ago" names a year, not the month three years before today.
        return date(moved.year, 1, 1), date(moved.year, 12, 31), "year", used
    # The reference's months, moved: "one year prior" to a week in February 2026 is
    # February 2025 (a month: the text says no more precisely than that).
    last = shift_months(reference[1].replace(day=1), months)
    return moved, month_days(last.year, last.month)[1], "month", used


def _part_of_this_year(m: re.Match[str], c: Context) -> Resolved:
    """ "before the end of the year", "at the start of next year"."""
    if c.anchor is None:
        return None
    year = c.anchor.year + {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    first_month, last_month = PART_OF_YEAR[_part_key(m["part"])]
    first, last = months_span(year, first_month, last_month)
    return first, last, "part-of-year", c.anchor


def _earlier_later(m: re.Match[str], c: Context) -> Resolved:
    """ "earlier this year" runs from its start to the anchor; "later this month" after it."""
    if c.anchor is None:
        return None
    a = c.anchor
    if m["unit"].lower() == "year":
        first, last = date(a.year, 1, 1), date(a.year, 12, 31)
    else:
        first, last = month_days(a.year, a.month)
    # A part of the year (or month): TimeML writes "earlier this year" as the year.
    granularity = "part-of-year" if m["unit"].lower() == "year" else "part-of-month"
    if m["when"].lower() == "earlier":
        return first, a, granularity, a
    return a, last, granularity, a


def _months_of_year(m: re.Match[str], c: Context) -> Resolved:
    """ "the final three months of 2004" is its fourth quarter."""
    n = number_value(m["n"])
    year = int(m["year"])
    if m["edge"].lower() == "first":
        first, last = months_span(year, 1, n)
    else:
        first, last = months_span(year, 13 - n, 12)
    return first, last, {3: "quarter", 6: "half"}.get(n, "range"), None


def _same_period(m: re.Match[str], c: Context) -> Resolved:
    """ "over the same period": the span the last sentence with times covered."""
    if c.period is None:
        return None
    first, last = c.period
    return first, last, "range", first


#: The units "the same day/week/month/year" may take from the time told before, with the
#: granularities fine enough to give them.
_SAME_UNIT_FROM = {
    "day": ("day",),
    "weekend": ("day", "weekend"),
    "week": ("day", "week"),
    "month": ("day", "week", "month", "part-of-month"),
    "year": ("day", "week", "month", "part-of-month", "quarter", "half", "season", "year"),
}


def _same_unit(m: re.Match[str], c: Context) -> Resolved:
    """ "in 2004, the same year ...", "came the same day that ...": the day, week, month or
    year of the last time told, when that time is that precise; else nothing. "the same
    month in 2004", "the same month last year": that month of the year named."""
    unit, previous = m["unit"].lower(), c.previous
    if previous is None or previous.granularity not in _SAME_UNIT_FROM[unit]:
        return None
    day = previous.first
    if m["year"]:  # "48,000 fewer than for the same month in 2004": that month, that year
        year = day.year - 1 if m["year"] == "year" else int(m["year"])
        if unit == "week" or (day.month, day.day) == (2, 29):
            return None
        day = day.replace(year=year)
    told = None if m["year"] and m["year"] != "year" else day  # (a year named: absolute)
    if unit == "day":
        return day, day, "day", told
    if unit == "weekend":  # the weekend of that week: a Friday's is the one after it
        saturday = day + timedelta(days=_SATURDAY - min(day.weekday(), _SATURDAY))
        return saturday, saturday + timedelta(days=1), "weekend", told
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week", told
    if unit == "month":
        return *month_days(day.year, day.month), "month", told
    if previous.last.year != day.year and not m["year"]:
        return None
    return date(day.year, 1, 1), date(day.year, 12, 31), "year", told


def _following(m: re.Match[str], c: Context) -> Resolved:
    """ "the following two weeks": after the last time mentioned (else the anchor)."""
    n = number_value(m["n"]) if m["n"] else 1
    unit = m["unit"].lower().rstrip("s")
    if c.previous is not None:
        start, used = c.previous.last + timedelta(days=1), c.previous.first
    elif c.anchor is not None:
        start, used = c.anchor + timedelta(days=1), c.anchor
    else:
        return None
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        return start, start + timedelta(days=days - 1), "range", used
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n
    return start, shift_months(start, months) - timedelta(days=1), "range", used


def _past_n(m: re.Match[str], c: Context) -> Resolved:
    """ "the past two years": from that long before the publication date up to it."""
    if c.anchor is None:
        return None
    n, unit = number_value(m["n"]) if m["n"] else 1, m["unit"].lower().rstrip("s")
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months is None:
        days = n * (7 if unit == "week" else 1)
        return c.anchor - timedelta(days=days), c.anchor, "range", c.anchor
    return shift_months(c.anchor, -months * n), c.anchor, "range", c.anchor


# -- the patterns -----------------------------------------------------------------------

_DATE_TAIL = rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
_DATE_TAIL_DMY = rf"(?P<day>{_DAY})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"

PATTERNS: list[tuple[str, Handler]] = [
    (rf"(?P<t>\b(?P<y>{_YEAR})(?P<sep>[-/])(?P<mo>[01]\d)(?P=sep)(?P<d>[0-3]\d))\b", _iso),
    (rf"(?P<t>(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>{_YEAR}))\b", _numeric_date),
    (
        rf"(?P<t>(?:the\s+)?week\s+(?:ending|ended|to|through)\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?:{_DATE_TAIL}))",
        _week_ending,
    ),
    (
        rf"(?P<t>(?:the\s+)?week\s+(?:ending|ended|to|through)\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?:{_DATE_TAIL_DMY}))",
        _week_ending,
    ),
    (
        rf"(?P<t>(?:the\s+)?week\s+of\s+(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
        rf"(?:\s*[-–]\s*(?P<day2>{_DAY}))?(?:,?\s+(?P<year>{_YEAR}))?)",
        _week_of,
    ),
    (rf"(?P<t>(?:{_WEEKDAY},?\s+)?{_DATE_TAIL})\b", _full_date),
    (rf"(?P<t>(?:{_WEEKDAY},?\s+)?{_DATE_TAIL_DMY})\b", _full_date),
    (rf"(?P<t>{_PART}[- ]?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?)", _part_of_month),
    (rf"(?P<t>{_PART}[- ]?(?P<month>{_ANY_MONTH})(?:,?\s+(?P<year>{_YEAR}))?)\b", _part_of_month),
    (rf"(?P<t>{_PART}\s+(?P<rel>the|this|next|last)\s+year)\b", _part_of_this_year),
    (rf"(?P<t>{_PART}\s+(?P<rel>this|next|last)\s+month)\b", _part_of_relative_month),
    (rf"(?P<t>\b(?P<rel>last|next)\s+(?P<month>{_MONTH}))(?!\s*\d)", _relative_month),
    # A lower-case month after a preposition ("in june", "by mid-june" is above); "may"
    # and "march" stay out: they are verbs far more often.
    (
        r"\b(?:in|since|by|until|till|from|during|through|of|last|next)\s+"
        r"(?P<t>(?P<month>january|february|april|june|july|august|september|october|november"
        rf"|december)(?:,?\s+(?P<year>{_YEAR}))?)\b(?!\s*\d)",
        _month,
    ),
    (
        rf"(?P<t>\b(?:between|from)\s+(?P<year>{_YEAR})\s+(?:and|to|until)\s+(?P<year2>{_YEAR}))\b",
        _year_span,
    ),
    (r"(?P<t>\b(?P<when>earlier|later)\s+this\s+(?P<unit>year|month))\b", _earlier_later),
    (
        rf"(?P<t>\bthe\s+(?P<edge>first|last|final)\s+(?P<n>three|six|nine|3|6|9)\s+months\s+of"
        rf"\s+(?P<year>{_YEAR}))\b",
        _months_of_year,
    ),
    (rf"(?P<t>\bthe\s+(?:following|next|subsequent)\s+(?:{_NUM}\s+)?{_UNIT})\b", _following),
    (
        r"(?P<t>\b(?:(?:earlier|later)\s+)?(?:(?:the|that)\s+(?:very\s+)?same|that)\s+"
        r"(?P<unit>day|weekend|week|month|year)"
        rf"(?:\s+(?:in|of|last)\s+(?P<year>{_YEAR}|year))?)\b",
        _same_unit,
    ),
    (
        r"(?P<t>\b(?:over|in|during|for|across)\s+the\s+same\s+(?:period|time|span|months"
        r"|weeks|stretch|window))\b",
        _same_period,
    ),
    (rf"(?P<t>\b(?P<month>{_ANY_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR}))\b", _month),
    (rf"(?P<t>(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?)\b(?!\s*\d)", _month),
    (
        rf"(?P<t>\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qword>first|second|third|fourth|final|last"
        rf"|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}|'?\d\d\b))?)",
        _quarter,
    ),
    (
        rf"(?P<t>\b(?:H(?P<h>[12])|(?:the\s+)?(?P<hword>first|second)\s+half)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?)",
        _half,
    ),
    (rf"(?P<t>{_PART}[- ]?(?P<year>{_YEAR}))\b", _part_of_year),
    (
        rf"(?P<t>(?:(?P<rel>this\s+past|this|last|next|past)\s+)?"
        rf"(?P<season>spring|summer|autumn|fall|winter)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?)\b",
        _season,
    ),
    (r"(?P<t>(?:\bthe\s+)?(?<![\w'’-])(?P<decade>(?:1[89]|20)\d0)['’]?s)\b", _decade),
    (rf"(?P<t>{_PART}[- ](?P<decade>(?:1[89]|20)\d0)['’]?s)\b", _decade),
    (
        rf"(?P<t>\b(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{HOLIDAY_PATTERN})"
        rf"(?:\s+(?P<year>{_YEAR}))?)\b",
        _holiday,
    ),
    # "now" is the document's day; "for now", "until now", "from now on" are other idioms,
    # and a capital "Now," opens a sentence as a discourse marker.
    (
        r"(?<!\bfor\s)(?<!\buntil\s)(?<!\bfrom\s)(?<!\btill\s)(?P<t>\b(?-i:now))\b(?!\s+that\b)",
        _present,
    ),
    (
        rf"(?P<t>(?<![\w$€£.,/-])(?P<year>{_YEAR})(?:(?:\s*[-–]\s*|/(?=\d\d(?:\d\d)?\b(?!/)))(?P<year2>{_YEAR}|\d\d))?)\b{_NOT_AFTER_YEAR}",
        _year,
    ),
    (r"(?P<t>\b(?P<word>yesterday|today|tomorrow|tonight))\b", _deictic_day),
    (r"(?P<t>\b(?-i:FY)\s?'?(?P<fy>\d{4}|\d{2})(?:[-–/](?P<fy2>\d{4}|\d{2}))?)\b", _fiscal_year),
    (rf"(?P<t>(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{_WEEKDAY}))\b", _weekday),
    (
        r"(?P<t>\b(?P<rel>last|this|next|past|previous|current|coming)\s+"
        r"(?P<unit>week|month|quarter|year))\b",
        _this_last_next,
    ),
    (r"(?P<t>\b(?:(?P<rel>last|this|next|past|previous|coming)|the)\s+weekend)\b", _weekend),
    (
        # not the end of a longer number ("10,000 years ago" is no year of the calendar)
        rf"(?P<t>(?<![\d,.])\b{_NUM}\s+{_UNIT}\s+"
        rf"(?P<dir>ago|earlier|prior|before|later|after|from now))\b",
        _ago,
    ),
    (rf"(?P<t>\b(?:the\s+|over\s+the\s+)?(?:past|last)\s+(?:{_NUM}\s+)?{_UNIT})\b", _past_n),
]

# Case-insensitive, except month and weekday names ("may" and "march" are verbs).
_COMPILED = [(re.compile(pattern, re.I), handler) for pattern, handler in PATTERNS]


#: The words :data:`_PART` opens with ("early", "mid", "the end of", ...).
_PART_WORDS = ("early", "mid", "late", "end", "beginning", "start")
#: Month names as short as they are written ("Sept.", "Jan"): a month rule's words.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: Words without one of which a rule cannot match (in lower case): a substring test
#: skips the rule's regular expression on the many texts that lack them all.
_NEEDS: dict[Handler, tuple[str, ...]] = {
    _season: ("spring", "summer", "autumn", "fall", "winter"),
    _holiday: HOLIDAY_WORDS,
    _present: ("now",),
    _weekday: ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    _deictic_day: ("yesterday", "today", "tomorrow", "tonight"),
    _quarter: ("quarter", "q1", "q2", "q3", "q4"),
    _half: ("half", "h1", "h2"),
    _earlier_later: ("earlier", "later"),
    _same_period: ("same",),
    _same_unit: ("same", "that"),
    _fiscal_year: ("fy",),
    _months_of_year: ("months",),
    _year_span: ("between", "from"),
    _week_ending: ("week",),
    _weekend: ("weekend",),
    _week_of: ("week",),
    _part_of_month: _PART_WORDS,
    _part_of_year: _PART_WORDS,
    _part_of_this_year: _PART_WORDS,
    _part_of_relative_month: _PART_WORDS,
    _decade: ("0s", "0's", "0’s"),
    _ago: ("ago", "earlier", "prior", "before", "later", "after", "from now"),
    _past_n: ("past", "last"),
    _following: ("following", "next", "subsequent"),
    _relative_month: ("last", "next"),
    _month: _MONTH_WORDS,
    _full_date: _MONTH_WORDS,
}  # fmt: skip


def candidates(text: str) -> list[tuple[re.Match[str], Handler]]:
    found: list[tuple[re.Match[str], Handler]] = []
    lower = text.lower()
    for pattern, handler in _COMPILED:
        needs = _NEEDS.get(handler)
        if needs is None:
            found.extend((m, handler) for m in pattern.finditer(text))
        elif any(word in lower for word in needs):
            found.extend((m, handler) for m in matches_near(pattern, text, lower, needs))
    return found
