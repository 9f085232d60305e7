"""Points of a poll or a vote: "trails by 15 points among voters" is in percentage points.

News of polls and elections writes a gap between two shares as bare "points" ("leads by
15 points", "won the state by 2 points"): the shares are percentages, so the gap is in
percentage points. The same word counts a league table's or a stock index's points
("13 points behind Barcelona", "the Dow rose 20.54 points"), which keep their unit.
A sentence says which it is:

- it speaks of a poll or an election (voters, a poll, a primary, the vote, a ballot);
- or it gives shares in percent and the points are a margin ("by 6 points, 48% to 42%");

and it names no stock index ("the Dow ... 20 points, or 0.2%"), nor a survey of
confidence, whose points are an index's.

Examples
--------
>>> text = "She trails by about 15 points among non-college voters."
>>> poll_points(text, None, text.index("about"), text.index(" among"))
True
>>> text = "Real slipped to 13 points behind leaders Barcelona."
>>> poll_points(text, None, text.index("13"), text.index(" behind"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from extractors.figure_units import span_of
from extractors.records import QuantityKind

#: Words of polls and elections: points in their sentence are shares' points.
_POLL_WORDS = re.compile(
    r"\b(?:polls?|polling|polled|pollsters?|opinion\s+surveys?|voters?|electorate|electoral"
    r"|primar(?:y|ies)|caucus(?:es|goers)?|ballots?|the\s+vote|popular\s+vote|elections?"
    r"|approval\s+ratings?|favou?rability)\b",
    re.I,
)
#: Shares given in percent.
_PERCENT = re.compile(r"\d\s?(?:%|percent\b|per\s?cent\b)", re.I)
#: Before the points, a margin: "by 6 points", "a lead of 6 points".
_MARGIN_BEFORE = re.compile(
    r"\b(?:by|of|lead|leads|led|leading|trails?|trailing|trailed)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|less\s+than"
    r"|at\s+least|over|under)\s+)?$",
    re.I,
)
#: Sentences whose points are an index's or a league's, never a share's.
_OTHER_POINTS = re.compile(
    r"\b(?:index|indices|Dow|Nasdaq|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|S&P|Footsie|confidence"
    r"|league|table|match|game|goals?|penalty|penalties|try|tries|championship|title)\b",
    re.I,
)


class _Figure(Protocol):
    start: int
    end: int
    unit: str
    kind: QuantityKind


def poll_units(text: str, doc: Doc | None, found: Sequence[_Figure]) -> None:
    """Give the points of a poll or a vote their unit, percentage points."""
    for figure in found:
        points = figure.kind == "count" and figure.unit in ("points", "point")
        if points and poll_points(text, doc, figure.start, figure.end):
            figure.unit, figure.kind = "percentage points", "percent"


def poll_points(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the points at ``text[start:end]`` are percentage points of a poll or a vote."""
    sentence = _sentence(text, doc, start, end)
    if _OTHER_POINTS.search(sentence):
        return False
    if _POLL_WORDS.search(sentence):
        return True
    before = text[max(0, start - 30) : start]
    return bool(_PERCENT.search(sentence) and _MARGIN_BEFORE.search(before))


def _sentence(text: str, doc: Doc | None, start: int, end: int) -> str:
    """The sentence around a figure: the parse's, else the text between full stops."""
    span = span_of(doc, start, end)
    if span is not None:
        return span.sent.text
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = text.find(". ", end)
    return text[opening : stop if stop >= 0 else len(text)]
