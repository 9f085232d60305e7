"""Time expressions, normalised to inclusive intervals with a granularity.

Rules in the style of HeidelTime: each pattern knows the interval it means
("late April 2026" is the 21st to the 30th, granularity "part-of-month"), so
nothing is lost to a single point in time. Expressions that need a reference
are resolved against one, and say which (``anchor``):

- deictic ones ("last week", "yesterday", "on Tuesday", "in June", "three years
  ago") against the document's publication date;
- anaphoric ones ("one year prior", "eighteen months earlier", "a year later")
  against the last time expression before them in the text, as a reader does,
  else the publication date.

Year-less months take the year of an explicit date earlier in the same
sentence, else the latest one that starts no later than a month after the
anchor (news mostly reports the past).

Examples
--------
>>> [(t.start, t.end, t.granularity) for t in find_times("by late April 2026")]
[('2026-04-21', '2026-04-30', 'part-of-month')]
>>> t = find_times("In the week ending February 24, 2026, it rose.")[0]
>>> (t.text, t.start, t.end, t.granularity)
('the week ending February 24, 2026', '2026-02-18', '2026-02-24', 'week')
>>> [(t.start, t.end) for t in find_times("mid-2026")]
[('2026-05-01', '2026-08-31')]
>>> t = find_times("up from 10% in early January", anchor="2026-05-04")[0]
>>> (t.start, t.end, t.anchor)
('2026-01-01', '2026-01-10', '2026-05-04')
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from extractors.records import TimeExpression
from extractors.tense import expression_tense
from extractors.timex_refs import VAGUE_GRANULARITIES, reference_candidates
from extractors.timex_rules import YEAR_PATTERN, Context, Found, Handler, candidates


def find_times(
    text: str, anchor: str | None = None, doc: Doc | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text``, in order; see the module docstring.

    With ``doc`` (the parse of ``text``), a bare weekday or a year-less month is
    resolved by the tense of its clause (:mod:`extractors.tense`); without it, by
    the words before it ("will", "next", "due to").
    """
    anchor_day = _anchor(anchor)
    matches = sorted(
        candidates(text) + reference_candidates(text), key=lambda c: (c[0].start(), -(c[0].end()))
    )
    chosen: list[tuple[re.Match[str], Handler]] = []
    for match, handler in matches:
        if chosen and match.start() < chosen[-1][0].end():
            continue  # the longest match at the earliest place wins
        chosen.append((match, handler))
    found: list[Found] = []
    dated: list[Found] = []  # (not "recently" nor "the future")
    told: list[Found] = []  # (nor "his 1969 book")
    for match, handler in chosen:
        tense = expression_tense(doc, match.start("t"), match.end("t")) if doc else None
        context = Context(
            anchor=anchor_day,
            # "a year later" counts from a date told, not from "recently" nor "his 1969 book"
            previous=_reference(text, told),
            sentence_year=_sentence_year(text, match.start()),
            future=tense == "future" or _looks_ahead(text, match.start(), tense),
            tense=tense,
            last_year=_last_year(dated),
            period=_last_period(text, dated),
        )
        result = handler(match, context)
        if result is None:
            continue
        first, last, granularity, reference = result
        start, end = _trim(text, match.start("t"), match.end("t"))
        found.append(Found(start, end, first, last, granularity, reference))
        if granularity not in VAGUE_GRANULARITIES:
            dated.append(found[-1])
            if not _names_a_thing(text, found[-1]):
                told.append(found[-1])
    found = _other_ends(text, found)
    return [
        TimeExpression(
            start=f.first.isoformat(),
            end=f.last.isoformat(),
            granularity=f.granularity,
            text=text[f.start : f.end],
            start_char=f.start,
            end_char=f.end,
            anchor=f.anchor.isoformat() if f.anchor else None,
        )
        for f in found
    ]


#: The other day of a range said on one month: "from May 19 *to 25*", "March 17-20".
_DAY_AFTER = re.compile(
    r"\s*(?:-|–|to|through|and)\s*(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?![.,:]\d|\s*(?:%|percent|per\b|[a-z]))"
)
#: ... and the first day, when the month follows the second: "on *20 and* 21 January".
_DAY_BEFORE = re.compile(
    r"(?<![\d,.$£€])(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*$"
)


def _other_ends(text: str, found: list[Found]) -> list[Found]:
    """The found days with the other day of each range said on their month: "from May 19
    to 25" is May 19 and May 25, "on 20 and 21 January 2018" January 20 and 21 (TimeML
    marks both). A number that counts something ("May 19 to 25 people") is no day."""
    extra = []
    for f in found:
        if f.granularity != "day":
            continue
        after = _DAY_AFTER.match(text, f.end)
        if after and int(after["day"]) > f.first.day:
            extra += _on_the_month(f, after)
        before = _DAY_BEFORE.search(text, max(0, f.start - 12), f.start)
        if before and int(before["day"]) < f.first.day and text[f.start].isdigit():
            extra += _on_the_month(f, before)
    taken = [(f.start, f.end) for f in found]
    extra = [e for e in extra if not any(a < e.end and e.start < b for a, b in taken)]
    return sorted([*found, *extra], key=lambda f: f.start)


def _on_the_month(found: Found, other: re.Match[str]) -> list[Found]:
    """The other day of ``found``'s range, on its month; none when the month has no such
    day ("February 27-31" is a typo, not a date)."""
    try:
        day = found.first.replace(day=int(other["day"]))
    except ValueError:
        return []
    return [Found(other.start("day"), other.end("day"), day, day, "day", found.anchor)]


def _anchor(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


def _sentence_year(text: str, position: int) -> int | None:
    """The year of a date the expression is paired with in its sentence: "from January
    to late April 2026", "between March and May 2025" (not any year the sentence names:
    "formed in 1977, they tour on 28 March" is this year's March)."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1
    ends = [i for i in (text.find(". ", position), text.find("\n", position)) if i >= 0]
    end = min(ends) if ends else len(text)
    after = re.search(rf"(?<![\w$€£.,-])({YEAR_PATTERN})\b", text[position:end])
    if after and _paired(text[position : position + after.start()]):
        return int(after.group(1))
    before = list(re.finditer(rf"(?<![\w$€£.,-])({YEAR_PATTERN})\b", text[start:position]))
    if before and _paired(text[start + before[-1].end() : position]):
        return int(before[-1].group(1))
    return None


def _paired(gap: str) -> bool:
    """A short stretch that joins two dates: "January to late April", "March and May"."""
    return len(gap) <= PAIRED_GAP and bool(_PAIRED.search(gap))


#: How far apart two dates may be and still share a year ("from January ... to late April").
PAIRED_GAP = 40
#: Words that pair two dates into one span, so they share a year.
_PAIRED = re.compile(r"\b(?:to|until|till|through|and|or|from|between)\b|[-–]")
#: Words in the clause before a day or month that say it looks ahead ("will launch on
#: 11 March"), and prepositions that do so only right before it ("for Saturday's trip").
_FUTURE_CUES = re.compile(
    r"\b(?:will|shall|'ll|is set to|are set to|set to|is due to|are due to|due to|expected to"
    r"|plans? to|hopes? to|aims? to|to be|upcoming|next|scheduled|begins?|starts?|opens?)\b",
    re.I,
)
#: A full stop that ends a sentence, not an abbreviation's ("9 a.m. Tuesday").
_SENTENCE_STOP = re.compile(r"(?<!\.[a-z])(?<!\b[A-Za-z])[.!?]\s")
#: "set for Tuesday", "talks for Friday"; not "could not be reached for comment Saturday".
_FUTURE_JUST_BEFORE = re.compile(r"\bfor\s+(?!comment\b)(?:\w+\s+)?$", re.I)
#: A schedule said in the present: "the vote is due in September", "are expected by March".
_SCHEDULED_JUST_BEFORE = re.compile(
    r"\b(?:due|scheduled|slated|expected|planned)\s+(?:in|on|for|by|at|next|this)?\s*$", re.I
)
#: A deadline looks ahead whatever the tense: "postponed until 9 a.m. Tuesday", "granted
#: parole on Friday effective from Jan. 5".
_DEADLINE_JUST_BEFORE = re.compile(
    r"\b(?:until|till|ahead of|as (?:early|soon) as|effective(?:\s+from|\s+on)?)\s+(?:\w+\s+)?"
    r"(?:\d+(?::\d\d)?\s+[ap]\.?m\.?\s+(?:[A-Z]{3}\s+)?)?$",
    re.I,
)


def _looks_ahead(text: str, position: int, tense: str | None = None) -> bool:
    """Whether the clause before the expression speaks of the future: a deadline
    ("until Tuesday") always does; future words do when the parse gave no tense."""
    window = max(0, position - 80)
    stops = [m.end() for m in _SENTENCE_STOP.finditer(text, window, position)]
    start = max([window, text.rfind("\n", 0, position) + 1, *stops])
    clause = re.split(r"[;,]\s", text[start:position])[-1]
    if _DEADLINE_JUST_BEFORE.search(clause):
        return True
    if tense == "past":
        return False  # "posted results for December"
    if tense == "present" and _SCHEDULED_JUST_BEFORE.search(clause):
        return True
    return bool(_FUTURE_JUST_BEFORE.search(clause)) or (
        tense is None and bool(_FUTURE_CUES.search(clause))
    )


def _last_period(text: str, found: list[Found]) -> tuple[date, date] | None:
    """From the first to the last day of the time expressions of the latest sentence
    that has them: "from 10% in January to 36% by late April" spans January to April."""
    if not found:
        return None
    last = found[-1]
    sentence_start = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
    same_sentence = [f for f in found if f.start > sentence_start]
    return min(f.first for f in same_sentence), max(f.last for f in same_sentence)


def _last_year(found: list[Found]) -> int | None:
    absolute = [f for f in found if f.anchor is None and f.granularity != "decade"]
    return absolute[-1].last.year if absolute else None


#: A determiner or a possessive before a year, and a capitalised word after it: the year
#: is part of a name ("Lyndon Johnson's 1964 Civil Rights Act", "the 2012 Olympics").
_THING_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that)|['’]s)\s+$", re.I)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _names_a_thing(text: str, found: Found) -> bool:
    """Whether a year is part of a name, not a time told: no anaphoric time ("that year",
    "a year later") counts from it. "its 2004 dividend" still dates what follows."""
    if found.granularity != "year":
        return False
    before = text[max(0, found.start - 12) : found.start]
    return bool(_THING_BEFORE.search(before) and _NAME_AFTER.match(text, found.end))


def _reference(text: str, found: list[Found]) -> Found | None:
    """What an anaphoric expression ("one year prior") counts from: the last time
    expression, or the span of the last two when coordinated ("February and March")."""
    if not found:
        return None
    last = found[-1]
    if len(found) > 1:
        before = found[-2]
        joiner = text[before.end : last.start]
        if re.fullmatch(r"\s*(?:and|or|to|-|–|through|until)\s*", joiner):
            return Found(
                before.start,
                last.end,
                min(before.first, last.first),
                max(before.last, last.last),
                last.granularity,
                last.anchor,
            )
    return last
