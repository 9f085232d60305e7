"""Quotations: where quoted words begin and end, over as many sentences as they run.

A quotation opens at an opening mark and ends at its closing mark, however
many full stops lie between ("“We will win. We always do,” she said." is one
quotation). Curly marks say which way they face; straight ones alternate
within a paragraph. A quotation left open at the end of its paragraph ends
there (news opens each paragraph of a long quotation anew and closes only
the last). A split quotation ('"X," she said, "Y."') is two quotations here;
:mod:`extractors.statements` joins them around their cue.

Examples
--------
>>> text = '“We will win. We always do,” she said. He said "not yet" and "no".'
>>> [text[q.start:q.end] for q in find_quotations(text)]
['“We will win. We always do,”', '"not yet"']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_OPEN = "“"
_CLOSE = "”"
_STRAIGHT = '"'
#: Two apostrophes stand for a straight mark in some newswire text.
_MARKS = re.compile(r"''|[“”\"\n]")
#: A single quoted word is a scare quote ("harness" depth), not someone's words.
MIN_WORDS = 2


@dataclass(slots=True, frozen=True)
class Quotation:
    """Quoted words ``[start, end)``, their marks included."""

    start: int
    end: int

    def holds(self, position: int) -> bool:
        return self.start <= position < self.end


def find_quotations(text: str, *, min_words: int = MIN_WORDS) -> list[Quotation]:
    """The quotations of a text, in order, each of at least ``min_words`` words.

    Parameters
    ----------
    text
        The document's text.
    min_words
        Quotations with fewer words are scare quotes and titles, left out.

    Returns
    -------
    list of Quotation
        With their marks; an unclosed one ends at its paragraph's end.
    """
    found = []
    opened: int | None = None
    for match in _MARKS.finditer(text):
        mark, at = match.group(0), match.start()
        if mark == "''":
            mark = _STRAIGHT
        if mark == "\n":
            if opened is not None:
                found.append(Quotation(opened, _strip_end(text, at)))
                opened = None
        elif opened is None:
            if mark != _CLOSE:
                opened = at
        elif mark != _OPEN:
            found.append(Quotation(opened, match.end()))
            opened = None
        else:
            opened = at  # two opening marks: the first was a stray
    if opened is not None:
        found.append(Quotation(opened, _strip_end(text, len(text))))
    return [q for q in found if len(text[q.start : q.end].split()) >= min_words]


def _strip_end(text: str, end: int) -> int:
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


class QuotationIndex:
    """The quotations of a text, looked up by position.

    Examples
    --------
    >>> index = QuotationIndex('He said "we will win this one" today.')
    >>> index.at(12).start, index.at(3)
    (8, None)
    """

    def __init__(self, text: str) -> None:
        self.quotations = find_quotations(text)
        self._starts = [q.start for q in self.quotations]

    def at(self, position: int) -> Quotation | None:
        """The quotation holding ``position``, else None."""
        i = bisect_right(self._starts, position) - 1
        if i >= 0 and self.quotations[i].holds(position):
            return self.quotations[i]
        return None

    def within(self, start: int, end: int) -> list[Quotation]:
        """The quotations that begin in ``[start, end)``."""
        lo = bisect_right(self._starts, start - 1)
        hi = bisect_right(self._starts, end - 1)
        return self.quotations[lo:hi]
