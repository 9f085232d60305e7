"""When a claim holds: the time of its sentence, of its paragraph, or the day reported.

The nearest time expression of the figure's own sentence (outside another aside);
else an absolute one stated earlier in its paragraph, never across a heading, a list
item, a caption or a blank line; else the publication date, marked "as-reported".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from extractors.asides import in_another_aside
from extractors.furniture import is_furniture
from extractors.records import Claim, TimeBasis, TimeExpression

#: Granularities precise enough to date the figures that follow them in a text.
CONTEXT_GRANULARITIES = frozenset(
    {"day", "week", "month", "part-of-month", "quarter", "half", "part-of-year", "season"}
)


def context_times(times: Sequence[TimeExpression], claim: Claim) -> list[TimeExpression]:
    """Absolute time expressions before the claim's sentence, nearest last.

    An article that says "by April 2026, the data shows ..." dates the figures
    it then gives; these are the candidates for a claim with no time of its own.
    """
    return [
        t
        for t in times
        if t.end_char <= claim.sent_start
        and t.anchor is None
        and t.granularity in CONTEXT_GRANULARITIES
    ]


def date_claim(
    claim: Claim,
    times: list[TimeExpression],
    published: str | None,
    used: set[int],
    earlier: list[TimeExpression],
    text: str,
) -> None:
    """Give the claim a time: the nearest of its sentence; else one stated earlier in
    its paragraph (never across a heading, a list, a caption or a blank line); else the
    publication date ("as-reported"); else none."""
    candidates = [
        (i, t)
        for i, t in enumerate(times)
        if (t.end_char <= claim.start or t.start_char >= claim.end)
        and not in_another_aside(text, claim.sent_start, claim.sent_end, t.start_char, claim.start)
    ]
    if candidates:
        index, time = min(candidates, key=lambda pair: _distance(claim, pair[1]))
        claim.time, claim.time_basis = time, "stated"
        used.add(index)
        return
    in_paragraph = [t for t in earlier if same_block(text, t.start_char, claim.sent_start)]
    if in_paragraph:
        claim.time, claim.time_basis = in_paragraph[-1], "context"
    elif published:
        claim.time, claim.time_basis = _as_reported(published)
    else:
        claim.time, claim.time_basis = None, "none"


#: A line that is a list item ("- ", "• ", "1. ") or a heading (short, no closing stop).
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪–]|\d{1,2}[.)])\s")
_CLOSED = re.compile(r"[.!?:;\"”’)\]]\s*$")
#: Headings and captions are short lines; longer ones without a full stop are prose.
MAX_HEADING = 120


def same_block(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` stays in one paragraph: no blank line, and no line of it
    (nor the one it starts in) a heading, a list item or page furniture.

    >>> same_block("By April, sales rose. They hit 5%.", 3, 22)
    True
    >>> same_block("Sales in April\nPrices rose 5%.", 9, 15)
    False
    """
    if "\n\n" in text[start:end]:
        return False
    first = text.rfind("\n", 0, start) + 1
    for line in text[first:end].split("\n")[:-1] or []:
        if _LIST_ITEM.match(line) or is_furniture(line):
            return False
        if len(line) <= MAX_HEADING and not _CLOSED.search(line):
            return False
    last_line = text[first:end].split("\n")[-1]
    return not (_LIST_ITEM.match(last_line) and "\n" in text[first:end])


def _distance(claim: Claim, time: TimeExpression) -> int:
    """How many characters lie between a claim's figure and a time of its sentence."""
    if time.end_char <= claim.start:
        return claim.start - time.end_char
    # A time after the figure binds a little tighter ("36% by late April").
    return max(0, time.start_char - claim.end - 1)


def _as_reported(published: str | None) -> tuple[TimeExpression | None, TimeBasis]:
    """The publication day as a claim's time, marked "as-reported"."""
    if not published:
        return None, "none"
    day = published[:10]
    return TimeExpression(day, day, "day", "", -1, -1, anchor=day), "as-reported"
