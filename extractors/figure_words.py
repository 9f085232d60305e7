"""Amounts said by a word and no numeral: "a week-long tour", "a quarter-point rise".

- a unit of time with "-long" is one of that unit, how long something lasts ("a
  week-long tour", "a year-long inquiry"); "a two-week-long" is read as "two-week";
- "quarter-point" and "half-point" are a quarter and a half of a percentage point, the
  steps interest rates move by ("a quarter-point rise", "cut by half a point" is read
  as a fraction elsewhere);
- a part of one percent is that part in percent: "one-half of 1 percent" is 0.5%, "a
  tenth of a percentage point" 0.1 of a point;
- a quarter or a half of a century is 25 or 50 years ("a quarter-century in Congress"),
  an age with "-old";
- "the over-65s", "under-threes" are ages bounded from above or below (kind
  "age:years:>"), not a decade.

Examples
--------
>>> list(word_amounts("on a week-long tour after a quarter-point rise"))
[(5, 14, 1.0, 'duration:weeks'), (28, 41, 0.25, 'percent:percentage points')]
>>> list(word_amounts("by one-half of 1 percent"))
[(3, 24, 0.5, 'percent:%')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "a week-long tour": not "two-week-long", whose number the tagger reads.
_LONG = re.compile(r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)-long\b", re.I)
_POINT = re.compile(r"\b(?P<part>quarter|half)[- ](?:percentage[- ])?points?\b", re.I)
#: Number words up to a hundred, as their values.
UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_PARTS = {"quarter": 0.25, "half": 0.5}
#: "a quarter-century in Congress", "the quarter-century-old brigade": a part of a hundred
#: years ("a half-century" is 50).
#: "the over-65s", "under-threes": a group of people by an age it bounds (not a team's name,
#: "England Under-21", nor the noun of a count, "9,000 under-18s").
_AGE_GROUP = re.compile(
    r"(?<![\d,]\s)(?<![\w-])(?P<bound>over|under)-(?P<age>\d{1,2}|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|sixteen|eighteen)(?:s|es)?\b"
    # (not a grade of sport: "the Six Nations under-21 tournament")
    r"(?!\s+(?:tournament|team|side|squad|international|championships?|cup|level|match|game))"
)
#: "zero percent support": a share of nothing (the number pattern reads no "zero", which
#: mostly names no amount: "zero tolerance", "Ground Zero").
_ZERO_SHARE = re.compile(r"\bzero\s?(?:%|percent\b|per\s?cent\b)", re.I)
_CENTURY = re.compile(r"\b(?:a\s+)?(?P<part>quarter|half)[- ]century\b(?P<old>-old)?", re.I)
#: "one-half of 1 percent", "a tenth of a percentage point": a part of one percent.
_PART_OF_ONE = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three)[- ])?(?P<part>half|third|quarter|fifth|tenth"
    r"|hundredth)s?\s+of\s+(?:a|one|1)\s?(?P<unit>%|percent\b|per\s?cent\b"
    r"|percentage\s+points?\b)",
    re.I,
)
#: "one hundredth of a second", "a quarter of an hour": a part of one unit, in that unit.
_PART_OF_A_UNIT = re.compile(
    r"\b(?:(?P<count>a|an|one|two|three)[- ])?(?P<part>half|third|quarter|tenth|hundredth"
    r"|thousandth)s?\s+of\s+(?:a|an|one)\s+(?P<unit>second|minute|hour|day|week|month|year|mile"
    r"|metre|inch|foot)\b",
    re.I,
)
_PART_KINDS = {
    "second": "duration:seconds", "minute": "duration:minutes", "hour": "duration:hours",
    "day": "duration:days", "week": "duration:weeks", "month": "duration:months",
    "year": "duration:years", "mile": "physical:miles", "metre": "physical:m",
    "inch": "physical:in", "foot": "physical:ft",
}  # fmt: skip
_PART_SIZES = {
    "half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "hundredth": 100,
    "thousandth": 1000,
}  # fmt: skip
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}


def word_amounts(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Start, end, value and kind (with its unit after a colon) of each amount."""
    if "-long" in text:
        for match in _LONG.finditer(text):
            yield match.start(), match.end(), 1.0, f"duration:{match.group('unit').lower()}s"
    if " of " in text:
        for match in _PART_OF_A_UNIT.finditer(text):
            count = _COUNTS[(match.group("count") or "one").lower()]
            value = count / _PART_SIZES[match.group("part").lower()]
            yield match.start(), match.end(), value, _PART_KINDS[match.group("unit").lower()]
        for match in _PART_OF_ONE.finditer(text):
            count = _COUNTS[(match.group("count") or "one").lower()]
            value = count / _PART_SIZES[match.group("part").lower()]
            unit = "percentage points" if "point" in match.group("unit").lower() else "%"
            yield match.start(), match.end(), value, f"percent:{unit}"
    if "zero" in text:
        for match in _ZERO_SHARE.finditer(text):
            yield match.start(), match.end(), 0.0, "percent:%"
    if "century" in text:
        for match in _CENTURY.finditer(text):
            kind = "age" if match.group("old") else "duration"
            years = _PARTS[match.group("part").lower()] * 100
            yield match.start(), match.end(), years, f"{kind}:years"
    if "over-" in text or "under-" in text:
        for match in _AGE_GROUP.finditer(text):
            age = match.group("age")
            value = float(UNITS_WORDS.get(age) or age)
            bound = ">" if match.group("bound") == "over" else "<"
            yield match.start(), match.end(), value, f"age:years:{bound}"
    if "point" in text:
        for match in _POINT.finditer(text):
            value = _PARTS[match.group("part").lower()]
            yield match.start(), match.end(), value, "percent:percentage points"
