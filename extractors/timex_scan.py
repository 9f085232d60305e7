"""Where a time rule's pattern is looked for: only around the words it needs.

A rule of :mod:`extractors.timex_rules` cannot match without one of its words (a month's
name, "week", "ago"), and every match holds one. Scanning the stretches around those
words finds what a scan of the whole article finds, at half the cost.
"""

from __future__ import annotations

import re

__all__ = ["LOOKAHEAD", "REACH", "matches_near"]

#: How far from the word it needs a rule's match may reach (four times the longest
#: match in 2,662 news articles), and how far past a match's end a rule may look ahead.
REACH = 120
LOOKAHEAD = 60


def matches_near(
    pattern: re.Pattern[str], text: str, lower: str, needs: tuple[str, ...]
) -> list[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, scanned only around the words it needs.

    Every match holds one of those words, so the stretches within :data:`REACH` of them
    hold every match; scanning them alone, not the whole article, halves the cost of the
    time rules. A stretch ends early (a rule's lookahead past it would see the text end),
    so a match that comes within :data:`LOOKAHEAD` of a stretch's end could be one the
    whole text would not give: then the whole text is scanned, as before.

    >>> rule = re.compile(r"(?:next|last) week(?! of)", re.I)
    >>> text = "Sales fell. " * 40 + "They rise next week of May, said a man last week."
    >>> [m.start() for m in matches_near(rule, text, text.lower(), ("week",))]
    [519]
    """
    length = len(text)
    stretches: list[list[int]] = []
    for at in sorted(i for word in needs for i in _occurrences(lower, word)):
        start, end = max(0, at - REACH), min(length, at + REACH + LOOKAHEAD)
        while end < length and text[end - 1].isspace():
            end += 1  # ("March\n\n\n...5": a lookahead's "\s*" sees what ends its run)
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    found: list[re.Match[str]] = []
    for start, end in stretches:
        for match in pattern.finditer(text, start, end):
            if end < length and match.end() > end - LOOKAHEAD:
                return list(pattern.finditer(text))  # near a stretch's end: read it all
            found.append(match)
    return found


def _occurrences(lower: str, word: str) -> list[int]:
    found = []
    at = lower.find(word)
    while at >= 0:
        found.append(at)
        at = lower.find(word, at + 1)
    return found
