"""Statement spans: one attribution before it becomes a record, and the offsets of its words.

Shared by :mod:`extractors.statements` (the sentence loop),
:mod:`extractors.statement_cues` (cue words) and
:mod:`extractors.statement_forms` (the other forms of attribution).
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.records import StatementKind, StatementVia
from extractors.speakers import Speaker, SpeakerContext

#: Share of a content inside quotation marks that makes it direct speech.
DIRECT_SHARE = 0.8
EDGE = " \t\n,;:.—–-"


@dataclass(slots=True)
class Found:
    """One attribution found in a sentence, before it becomes a Statement."""

    speaker: Speaker
    via: StatementVia
    kind: StatementKind
    cue: str
    content: tuple[int, int]
    cue_start: int


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without the surrounding white space, so that they give the words back."""
    raw = text[start:end]
    return start + len(raw) - len(raw.lstrip()), end - (len(raw) - len(raw.rstrip()))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def stripped(text: str, start: int, end: int) -> tuple[int, int]:
    """The content without edge punctuation (quotation marks kept) or a leading "that"."""
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    if text[start : start + 5].lower() == "that ":
        start += 5
    return start, end


def is_direct(content: tuple[int, int], context: SpeakerContext) -> bool:
    """Whether the content is quoted words: a quotation from mark to mark (its halves
    around the cue included), or mostly inside the marks."""
    if context.quotations is None:
        return False
    start, end = content
    first, last = context.quotations.at(start), context.quotations.at(end - 1)
    if first is not None and last is not None and first.start == start and last.end == end:
        return True
    inside = sum(
        min(end, q.end) - max(start, q.start) for q in context.quotations.within(start - 1, end)
    )
    if first is not None and first.start < start:
        inside += min(end, first.end) - start
    return inside >= DIRECT_SHARE * (end - start)


def touches_quote(content: tuple[int, int], context: SpeakerContext) -> bool:
    return bool(context.quotations and context.quotations.within(*content))
