"""A bare number said in the frame of a figure beside it takes that figure's unit.

News drops a unit it has just said when a second figure repeats the first one's frame:

- a descending pair "N to M unit" is a match-up, each side a share ("beat Smith 46 to
  40 percent"): the first takes the unit said after the second (an ascending pair is a
  range, read whole by the tagger);
- the same preposition before both figures, a name between ("Jones at 25 percent and
  Smith at 14"), or after both ("four votes for Jones, 31 for Smith", "killed 130 in
  Paris and 32 in Brussels"): a list of like figures, the second in the first's unit.

Examples
--------
>>> def frame(text, first, second):
...     one, two = text.index(first), text.index(second)
...     return parallel_frame(text, one, one + len(first), two, two + len(second))
>>> frame("Jones at 25 percent and Smith at 14.", "25 percent", "14")
True
>>> frame("It sold 20 cars in May and 3 in June.", "20 cars", "3")
True
>>> frame("It sold 20 cars in May to 3 dealers.", "20 cars", "3")
False
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from extractors.records import QuantityKind

#: Prepositions that open a frame two figures of a list may share.
_FRAME_WORDS = r"at|on|with|for|in|among|from"
#: The approximation words that may stand between a preposition and its figure.
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|only|more\s+than|less\s+than"
_HEDGE += r"|at\s+least|over|under)\s+)?"
#: Before the first figure: its preposition ("at 25 percent").
_FRAME_BEFORE = re.compile(rf"\b(?P<word>{_FRAME_WORDS})\s+{_HEDGE}$", re.I)
#: Between the figures of a list: a comma or "and", then the second one's holder, a
#: name or a noun phrase of up to four words, and the same preposition ("and Smith at").
_NAMED_GAP = re.compile(
    rf"^\s*(?:,\s*(?:and\s+|while\s+)?|\s+and\s+|\s+while\s+|;\s*)"
    rf"(?:[\w.'’-]+\s+){{1,4}}(?P<word>{_FRAME_WORDS})\s+{_HEDGE}$",
    re.I,
)
#: After a figure: its preposition ("130 in Paris", "31 for Smith").
_FRAME_AFTER = re.compile(rf"\s+(?P<word>{_FRAME_WORDS})\s+\S", re.I)
#: Between the figures of a list whose preposition follows each ("in Paris last
#: November and 32"): a comma or "and" just before the second, no clause break.
_LIST_GAP = re.compile(r"^[^.;:!?()\"“”]{0,60}(?:,|\s+and|,\s+and)\s+$")
#: How far a list's second figure may stand from its first.
PARALLEL_REACH = 80


def parallel_frame(text: str, first_start: int, first_end: int, start: int, end: int) -> bool:
    """Whether the figure at ``start:end`` repeats the frame of the one at
    ``first_start:first_end`` (the end of its number and unit), as one of a list."""
    gap = text[first_end:start]
    if len(gap) > PARALLEL_REACH or "\n" in gap:
        return False
    named = _NAMED_GAP.match(gap)
    before = _FRAME_BEFORE.search(text, max(0, first_start - 30), first_start)
    if named and before and named["word"].lower() == before["word"].lower():
        return True  # "Jones at 25 percent and Smith at 14"
    after_first, after_second = _FRAME_AFTER.match(text, first_end), _FRAME_AFTER.match(text, end)
    return bool(
        after_first
        and after_second
        and after_first["word"].lower() == after_second["word"].lower()
        and _LIST_GAP.match(gap)
    )  # "four votes for Jones, 31 for Smith"


def descending_pair(
    text: str, first: tuple[int, int], start: int, low: float, second: float
) -> bool:
    """Whether a bare number (at ``first``) and the figure after it are a match-up's pair,
    "46 to 40 percent": joined by "to" alone, the first the larger; not a change and a
    level ("cut by 5 to 1%": the 5 may be points)."""
    if _BY_BEFORE.search(text, max(0, first[0] - 30), first[0]):
        return False
    return bool(re.fullmatch(r"\s+to\s+", text[first[1] : start])) and low > second


#: Before a number: "by", a change's size.
_BY_BEFORE = re.compile(r"\bby\s+(?:\S+\s+){0,2}$", re.I)


class _Figure(Protocol):
    start: int
    end: int
    low: float
    unit: str
    kind: QuantityKind


#: Kinds of figure whose unit a bare number said in the same frame shares.
_SHARED_KINDS = ("percent", "count", "currency", "physical", "age")


def in_a_list(text: str, before: _Figure, after: _Figure) -> bool:
    """Whether a bare number repeats the frame of the figure before it, which has a unit."""
    return (
        not after.unit
        and after.kind in ("number", "count")
        and before.kind in _SHARED_KINDS
        and bool(before.unit)
        and not before.unit.startswith("of ")  # "four of the five": a fraction
        and parallel_frame(text, before.start, before.end, after.start, after.end)
    )


def share_frames(text: str, found: Sequence[_Figure]) -> None:
    """Give each bare number the unit of the figure whose frame it repeats (see the module)."""
    for before, after in itertools.pairwise(found):
        if _a_match_up(text, before, after):
            before.unit, before.kind = after.unit, after.kind
    for before, after in itertools.pairwise(found):
        if in_a_list(text, before, after):
            after.unit, after.kind = before.unit.split(" per ")[0], before.kind


def _a_match_up(text: str, before: _Figure, after: _Figure) -> bool:
    """A bare number and a figure with a unit, a descending pair of a match-up; not "an
    eight to one majority", a ratio (one of a count is no side of a match-up)."""
    if before.unit or before.kind not in ("number", "count") or not after.unit:
        return False
    if after.kind not in _SHARED_KINDS or (after.kind == "count" and after.low < 2):
        return False
    return descending_pair(text, (before.start, before.end), after.start, before.low, after.low)
