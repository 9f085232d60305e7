"""Numbers the parser put inside a DATE or TIME: a date's number is no figure.

"two years" is a duration the tagger reads itself, and "10% in 2025" keeps its percent:
only a unit-less number or a count yields to a DATE span. A count's unit may hold a
word the parser calls a date ("8.21t *monthly* tokens", "3,000 visitors *each day*"):
the count stays, unless the date is where its number or its unit came from ("in the
*three months*", "win two *tomorrow*"). A "date" that is a number and a period ("40 a
day") is a rate, no date.

Examples
--------
>>> text = "It served 8.21t monthly tokens."
>>> in_a_date(10, 30, "count", "tokens", [(16, 23)], text)
False
>>> in_a_date(0, 22, "count", "tomorrow", [(14, 22)], "He hopes to win two tomorrow")
True
>>> in_a_date(0, 26, "count", "directors", [(0, 8)], "Eighteen former directors")
False
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.nlp import doc_text
from extractors.quantity_words import DURATION_UNITS, MONTHS

#: A number, in digits or in words, inside a date's span.
_NUMERAL = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|dozens|hundreds"
    r"|thousands|millions|billions)\b",
    re.I,
)


#: A "date" that is only number words: the small model tags a sentence's opening
#: "Eighteen" so, and "between eight and ten"; with a counted noun after it ("Eighteen
#: former directors", "between eight and ten content sellers", "two and a half million cars")
#: it is a count. Digits are left to the date ("1700 local time" is a time).
_NUMBER_WORDS = _NUMERAL.pattern.removeprefix("\\d|")
_BARE_NUMBER = re.compile(rf"(?:{_NUMBER_WORDS}|between|and|or|to|a|half|[\s-])+", re.I)


#: A "date" that is a run of things counted after it: "each of the last 10 polls", "his
#: first two races" (no period named, so the counted noun says what runs).
_RUN_OF = re.compile(
    rf"(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:last|past|next|first|previous|final)\s+"
    rf"(?:\d+|{_NUMBER_WORDS})",
    re.I,
)


#: A "date" that is a bare number and a period: a rate ("40 a day"), no date at all.
_RATE = re.compile(
    rf"(?:[\d.,]+|{_NUMBER_WORDS})\s+(?:a|an|per|each|every)\s+"
    r"(?:day|week|month|year|hour|minute|second)",
    re.I,
)


#: Thousands grouped by commas ("1,856,683"): a count, never a date's number.
_GROUPED = re.compile(r"\d,\d{3}")


#: A number the parser took into the relative date after it ("fell ... to *81 last year*",
#: "they're at *78 now*"):
#: the level reached, then when.
_LEVEL_THEN_WHEN = re.compile(
    rf"(?:[\d.,]+|{_NUMBER_WORDS})\s+"
    r"(?=(?:last|this|next|previous|earlier|later|now|today)\b)",
    re.I,
)


def date_spans(doc: Doc | None) -> list[tuple[int, int]]:
    """Character spans the parser tagged DATE or TIME (a number before "last year" left
    out of its date)."""
    if doc is None:
        return []
    spans = []
    for e in doc.ents:
        if e.label_ not in ("DATE", "TIME") or _RATE.fullmatch(e.text) or _GROUPED.search(e.text):
            continue
        level = _LEVEL_THEN_WHEN.match(e.text)
        if e.text.isdigit() and _NOW_AFTER.match(doc_text(doc), e.end_char):
            continue  # "they're at 78 now": a level, then when
        end = e.end_char
        counted = _COUNT_AFTER_A_DAY.search(e.text)
        if counted and _plural_noun_follows(doc, e.end):
            end = e.start_char + counted.start(1)  # "on Friday 15 protesters were arrested"
        spans.append((e.start_char + (level.end() if level else 0), end))
    return spans


#: A date that ends in a weekday or a year and then a bare number: with a plural noun after
#: it, the number counts the noun ("Friday 15 protesters", "Since 1997 10 overseas posts").
_COUNT_AFTER_A_DAY = re.compile(r"(?:day|(?:19|20)\d\d)\s+(\d{1,3})$")


def _plural_noun_follows(doc: Doc, at: int) -> bool:
    """A plural noun opens the words at token ``at``, after modifiers ("overseas posts")."""
    for token in doc[at : at + 3]:
        if token.tag_ == "NNS":
            return True
        if token.pos_ not in ("ADJ", "ADV", "NOUN", "PROPN"):
            return False
    return False


#: After a bare number the parser called a date: "now", so a level ("at 78 now").
_NOW_AFTER = re.compile(r"\s+(?:now|today|currently)\b", re.I)


def in_a_date(
    start: int, end: int, kind: str, unit: str, spans: list[tuple[int, int]], text: str
) -> bool:
    """Whether the figure at ``text[start:end]`` is a date's number; see the module."""
    if kind not in ("number", "count"):
        return False
    head = unit.split(" per ")[0].split()[-1].lower() if unit else ""
    if head and "-" in text[start:end] and head not in DURATION_UNITS:
        return False  # "the 82-date tour", which the tagger may take for a date: a count
    if head and head not in DURATION_UNITS and _past_a_season(start, end, spans, text):
        return False  # "20 summer analysts": a count the tagger read as "20 summer"
    if not unit and _next_day(start, end, spans, text):
        return True  # "a hearing scheduled for February 16 and 17"
    return any(
        s < end
        and start < e
        and not (head and (_BARE_NUMBER.fullmatch(text[s:e]) or _RUN_OF.fullmatch(text[s:e])))
        and (not head or head in text[s:e].lower() or _NUMERAL.search(text, max(s, start), e))
        for s, e in spans
    )


#: Words that make a span a calendar date: a month, a weekday, a year.
_CALENDAR = re.compile(
    rf"\b(?:{MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{{4}}", re.I
)


def _past_a_season(start: int, end: int, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether every date span over the figure ends before its noun and names no month,
    weekday or year: the tagger read a season or a word as a date ("20 summer")."""
    over = [(s, e) for s, e in spans if s < end and start < e]
    return bool(over) and all(e < end and not _CALENDAR.search(text[s:e]) for s, e in over)


#: Between a date that ends on its day and a second day: "February 16 and 17".
_DAYS_JOINED = re.compile(r"\s*(?:and|or|to|-|–)\s*$")


def _next_day(start: int, end: int, spans: list[tuple[int, int]], text: str) -> bool:
    """The number is a second day of the date just before it ("February 16 and 17").

    >>> _next_day(29, 31, [(13, 24)], "A hearing on February 16 and 17 will rule.")
    True
    """
    day = text[start:end]
    if not day.isdigit() or not 1 <= int(day) <= 31:
        return False
    return any(
        e <= start
        and _MONTH_DAY.search(text, s, e) is not None
        and _DAYS_JOINED.fullmatch(text, e, start) is not None
        for s, e in spans
    )


#: A date that ends on a day of a named month: "February 16" (not "in 2004").
_MONTH_DAY = re.compile(rf"\b(?:{MONTHS})\.?\s+\d{{1,2}}$", re.I)
