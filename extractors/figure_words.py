"""Amounts said by a word and no numeral: "a week-long tour", "a quarter-point rise".

- a unit of time with "-long" is one of that unit, how long something lasts ("a
  week-long tour", "a year-long inquiry"); "a two-week-long" is read as "two-week";
- "quarter-point" and "half-point" are a quarter and a half of a percentage point, the
  steps interest rates move by ("a quarter-point rise", "cut by half a point" is read
  as a fraction elsewhere).

Examples
--------
>>> list(word_amounts("on a week-long tour after a quarter-point rise"))
[(5, 14, 1.0, 'duration:weeks'), (28, 41, 0.25, 'percent:percentage points')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: "a week-long tour": not "two-week-long", whose number the tagger reads.
_LONG = re.compile(r"(?<![\w-])(?P<unit>hour|day|week|month|year|decade)-long\b", re.I)
_POINT = re.compile(r"\b(?P<part>quarter|half)[- ](?:percentage[- ])?points?\b", re.I)
_PARTS = {"quarter": 0.25, "half": 0.5}


def word_amounts(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Start, end, value and kind (with its unit after a colon) of each amount."""
    if "-long" in text:
        for match in _LONG.finditer(text):
            yield match.start(), match.end(), 1.0, f"duration:{match.group('unit').lower()}s"
    if "point" in text:
        for match in _POINT.finditer(text):
            value = _PARTS[match.group("part").lower()]
            yield match.start(), match.end(), value, "percent:percentage points"
