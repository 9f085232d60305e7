"""The two ends of a "from X to Y": one movement, two levels, one series.

"Their share dropped from 70% to 40% over the same period" states two levels
of one measure: 70% at the start of the period and 40% at its end. They are a
trend, never a contradiction, so the two claims share a ``series`` id, and
when the sentence dates them with one span ("over the same period", "between
January and April"), the first takes the time expression that opens the span
and the second the one that closes it.

Examples
--------
>>> from extractors.records import Claim, Quantity
>>> text = "Share fell from 70% to 40% this year."
>>> def claim(start, end, value):
...     q = Quantity(value, value, value, "%", "percent", "=", text[start:end], start, end)
...     return Claim(text, 0, len(text), start, end, quantity=q, metric="share")
>>> first, last = claim(16, 19, 70.0), claim(23, 26, 40.0)
>>> link_series([first, last], [])
>>> first.series == last.series != None, last.direction, last.change
(True, 'down', 'level')
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from extractors.records import Claim, TimeExpression

#: The words between the two ends: "from 70% *to* 40%", "from 10% in January *to* 36%".
_BETWEEN = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:in|at|on|by|during)\s+[^,;.]{1,30}\s+)?(?:to|-|–)\s*$"
)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: How far apart the two ends may be, in characters.
MAX_GAP = 60


def link_series(claims: list[Claim], times: Sequence[TimeExpression]) -> None:
    """Give each "from X to Y" pair of a sentence's claims one series id and its two times."""
    for first, last in _pairs(claims):
        assert first.quantity is not None and last.quantity is not None
        identity = f"{first.sentence}|{first.start - first.sent_start}|{first.quantity.text}"
        first.series = last.series = "s" + hashlib.sha1(identity.encode()).hexdigest()[:12]
        first.change, last.change = "level", "level"
        if last.direction is None and first.quantity.value != last.quantity.value:
            last.direction = "up" if last.quantity.value > first.quantity.value else "down"
        first.direction = None
        _split_period(first, last, times)
    for claim in claims:
        if claim.series == "from":
            claim.series = None  # a "from" with no "to" after it


def _pairs(claims: list[Claim]) -> list[tuple[Claim, Claim]]:
    figures = [c for c in claims if c.quantity is not None]
    pairs = []
    for first, last in itertools.pairwise(figures):
        assert first.quantity is not None and last.quantity is not None
        both_units = bool(first.quantity.unit and last.quantity.unit)
        if both_units and first.quantity.unit != last.quantity.unit:
            continue  # "from $5bn to 3%" are two measures
        sentence = first.sentence
        offset = first.sent_start
        before = sentence[max(0, first.start - offset - 12) : first.start - offset]
        between = sentence[first.end - offset : last.start - offset]
        starts = first.series == "from" or bool(_FROM_BEFORE.search(before))
        if starts and len(between) <= MAX_GAP and _BETWEEN.match(between):
            pairs.append((first, last))
    return pairs


def _split_period(first: Claim, last: Claim, times: Sequence[TimeExpression]) -> None:
    """One span dates both ends: the start's time opens it, the end's time closes it."""
    span = first.time
    if span is None or last.time is None or first.time_basis == "as-reported":
        return
    if (span.start, span.end) != (last.time.start, last.time.end) or span.granularity != "range":
        return  # one month or one week dates both ends: nothing says where each falls
    opening = [t for t in times if t.start == span.start and t.end < span.end]
    closing = [t for t in times if t.end == span.end and t.start > span.start]
    if opening and closing:
        first.time, last.time = _nearest(opening, first), _nearest(closing, last)
    else:  # no expressions to lend their words: the span's first and last days
        first.time = replace(span, end=span.start, granularity="day")
        last.time = replace(span, start=span.end, granularity="day")


def _nearest(candidates: list[TimeExpression], claim: Claim) -> TimeExpression:
    before = [t for t in candidates if t.start_char <= claim.start]
    return before[-1] if before else candidates[0]
