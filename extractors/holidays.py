"""Named days of the calendar ("Christmas", "Thanksgiving", "Election Day") as dates.

Holidays fixed to a day of a month, to the nth weekday of a month, or to
Easter; the year is resolved by the time tagger like a year-less date. The
list is the days English-language news names without a date (HeidelTime keeps
a similar one).

Examples
--------
>>> holiday_date("Thanksgiving Day", 1999)
datetime.date(1999, 11, 25)
>>> holiday_date("Easter", 2000)
datetime.date(2000, 4, 23)
>>> holiday_date("Election Day", 1998)
datetime.date(1998, 11, 3)
>>> holiday_date("Christmas Eve", 2026)
datetime.date(2026, 12, 24)
"""

from __future__ import annotations

from datetime import date, timedelta

#: Holidays on a fixed day: (month, day).
FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "st patrick's day": (3, 17), "bastille day": (7, 14), "veterans day": (11, 11),
    "armistice day": (11, 11), "remembrance day": (11, 11),
}  # fmt: skip
#: Holidays on the nth weekday of a month (n = -1: the last): (month, weekday, n).
NTH_WEEKDAY = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3),
    "presidents day": (2, 0, 3), "mother's day": (5, 6, 2), "father's day": (6, 6, 3),
}  # fmt: skip
#: Days counted from Easter Sunday.
FROM_EASTER = {"easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2}
#: The alternation a pattern matches them with (longest first, apostrophes either way).
HOLIDAY_PATTERN = "|".join(
    sorted(
        (
            name.replace("'", "['’]").replace(" ", r"\s+")
            for name in (*FIXED, *NTH_WEEKDAY, *FROM_EASTER, "election day")
        ),
        key=len,
        reverse=True,
    )
)

#: A word each holiday's name holds (lower case), for a quick test before the pattern.
HOLIDAY_WORDS = (
    "christmas", "boxing", "year's", "year’s", "independence", "halloween", "valentine",
    "patrick", "bastille", "veterans", "armistice", "remembrance", "thanksgiving", "labor",
    "memorial", "luther", "presidents", "mother", "father", "easter", "friday", "election",
)  # fmt: skip


def holiday_date(name: str, year: int) -> date | None:
    """The day a holiday falls on in ``year``, or None for an unknown name."""
    key = " ".join(name.lower().replace("’", "'").split())
    if key in FIXED:
        month, day = FIXED[key]
        return date(year, month, day)
    if key in NTH_WEEKDAY:
        return _nth_weekday(year, *NTH_WEEKDAY[key])
    if key in FROM_EASTER:
        return _easter(year) + timedelta(days=FROM_EASTER[key])
    if key == "election day":  # the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus 1991)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday) // 433
    month = (h + weekday - 7 * m + 90) // 25
    day = (h + weekday - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)
