"""The calendar the time rules count with: names of months, weekdays and seasons, number
words, and the arithmetic of months (:mod:`extractors.timex_rules` uses them).

Examples
--------
>>> month_days(2024, 2)
(datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
>>> months_span(2026, 12, 2)  # a winter
(datetime.date(2025, 12, 1), datetime.date(2026, 2, 28))
"""

from __future__ import annotations

import calendar
from datetime import date

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
FULL_MONTHS = frozenset(calendar.month_name[1:]).union(m.lower() for m in calendar.month_name[1:])
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifteen": 15,
    "twenty": 20, "thirty": 30, "several": 3, "a few": 3, "few": 3, "couple of": 2,
    "a couple of": 2,
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}  # fmt: skip
#: Days of a month that "early", "mid" and "late" cover (late runs to the month's end).
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
#: Months of a year that "early", "mid" and "late" cover.
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}  # fmt: skip


def month_days(year: int, month: int) -> tuple[date, date]:
    """The first and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, first: int, last: int) -> tuple[date, date]:
    """From the first day of one month to the last of another, a winter across its New Year."""
    if first > last:  # winter: December to February
        return date(year - 1, first, 1), month_days(year, last)[1]
    return date(year, first, 1), month_days(year, last)[1]


def month_number(name: str) -> int:
    """A month's number from its name, however short ("Sept.")."""
    return MONTH_NAMES[name.lower().rstrip(".")]


def number_value(text: str) -> int:
    """A count written in digits or words ("three", "a couple of"); 1 when unknown."""
    lowered = text.lower()
    return int(lowered) if lowered.isdigit() else NUMBER_WORDS.get(lowered, 1)


def shift_months(day: date, months: int) -> date:
    """The same day so many months later (or earlier), kept inside a shorter month.

    >>> shift_months(date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
