"""Asides inside a sentence: the parts a time or a figure in them does not leave.

"GPT-4-class inference, which cost about $30 per million tokens in 2023, now
costs under $1": 2023 dates the $30 inside the relative clause, not the $1
outside it. An aside is a relative clause between commas (", which ...,"),
a bracket, or a pair of dashes.

>>> text = "Inference, which cost $30 in 2023, now costs under $1."
>>> in_another_aside(text, 0, len(text), text.index("2023"), text.index("$1"))
True
>>> in_another_aside(text, 0, len(text), text.index("2023"), text.index("$30"))
False
>>> without_asides(text)
'Inference now costs under $1.'
"""

from __future__ import annotations

import re

__all__ = ["ASIDE", "in_another_aside", "without_asides"]

#: An aside with the space before it: a relative clause between commas, a bracket,
#: a pair of dashes.
ASIDE = re.compile(
    r",\s+(?:which|who|whose|where|when)\b[^,;:()—–]*,"  # , which cost $30 in 2023,
    r"|\s*\([^()]*\)"  # (in 2023)
    r"|\s+[—–]\s+[^—–]*\s+[—–]"  # — from 61 percent in March —
)


def in_another_aside(text: str, start: int, end: int, inside: int, other: int) -> bool:
    """Whether offset ``inside`` of the sentence ``text[start:end]`` lies in an aside
    that offset ``other`` lies outside."""
    for match in ASIDE.finditer(text, start, end):
        if match.start() <= inside < match.end():
            return not match.start() <= other < match.end()
    return False


def without_asides(text: str) -> str:
    """``text`` with its asides left out, spaces folded."""
    return " ".join(ASIDE.sub("", text).split())
