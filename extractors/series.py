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
from collections.abc import Callable, Sequence
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


#: "£339 in the UK and $499 in the US": the place or group a figure is told for.
_FOR_AFTER = re.compile(
    r"\s+(?:in|for|at)\s+(?:the\s+|its\s+|their\s+)?(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Q[1-4]"
    r"|H[12]|Christmas|Easter)"
)


def contrast_places(claims: Sequence[Claim], text: str) -> None:
    """Figures of one sentence told each "in" or "for" its own place or group ("1.5% in
    Germany and 2.2% in France") measure that place: it is each one's subject."""

    def place(claim: Claim, end: int) -> str | None:
        found = _FOR_AFTER.match(text, end)
        return found.group("place") if found and not _CALENDAR.match(found.group("place")) else None

    _each_its_own(claims, place)


def _each_its_own(claims: Sequence[Claim], told_for: Callable[[Claim, int], str | None]) -> None:
    """Where two figures of a sentence or more are each told for a different group
    (``told_for``: the group a figure's words after it name, or None), each group is
    its figure's subject; one such phrase alone may be a place or a manner."""
    figures = [c for c in claims if c.quantity is not None]
    for _, group in itertools.groupby(figures, key=lambda c: c.sent_start):
        told = []
        for claim in group:
            assert claim.quantity is not None
            phrase = told_for(claim, claim.quantity.end)
            if phrase:
                told.append((claim, phrase))
        if len({phrase for _, phrase in told}) >= 2:
            for claim, phrase in told:
                claim.subject, claim.subject_entity = phrase, None


#: "3,400 from business operations and 2,600 across legal, advertising": the group a
#: figure of a list is told for, in lower case (names are :data:`_FOR_AFTER`'s).
_GROUP_AFTER = re.compile(
    r"\s+(?:in|for|from|across|at|among|within)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?P<group>[a-z][a-z-]+(?:\s+(?!(?:and|or|but|while)\b)[a-z][a-z-]+){0,3})"
)
#: Words that make a group phrase a time or a vague place ("in the past year", "for now").
_NOT_GROUPS = frozenset(
    "year years month months week weeks day days quarter period time past last next first "
    "all total each which that this those these now the its their his her our a an".split()
)


def contrast_groups(claims: Sequence[Claim], text: str) -> None:
    """Figures of one sentence told each for its own group of a list ("3,400 from business
    operations and 2,600 across legal") measure that group: it is each one's subject.

    Only when two figures or more name different groups: one such phrase alone may be
    a place or a manner, not a contrast."""

    def group(claim: Claim, end: int) -> str | None:
        found = _GROUP_AFTER.match(text, end)
        words = found.group("group").split() if found else []
        return found.group("group") if found and not _NOT_GROUPS.intersection(words) else None

    _each_its_own(claims, group)


#: A figure set off between dashes right after another ("only 2% of MPs - 13 out of 659 -
#: are", "One in 10 adults - 22 million people - own"): the words between the two
#: figures are the first one's own (no clause), and a dash closes the second.
_APPOSED_BEFORE = re.compile(r"[ \w'’]{0,40}?\s[-–—]\s")
_APPOSED_AFTER = re.compile(r"\s[-–—](?:\s|$)")


def share_restatements(claims: Sequence[Claim], text: str) -> None:
    """A figure restated between dashes in another form measures what the figure it
    restates does: it takes that figure's subject and metric."""
    figures = [c for c in claims if c.quantity is not None]
    for first, then in itertools.pairwise(figures):
        one, other = first.quantity, then.quantity
        assert one is not None and other is not None
        if first.sent_start != then.sent_start or not (first.subject or first.metric):
            continue
        if _APPOSED_BEFORE.fullmatch(text, one.end, other.start) and _APPOSED_AFTER.match(
            text, other.end
        ):
            then.subject, then.subject_entity, then.metric = (
                first.subject, first.subject_entity, first.metric
            )  # fmt: skip
