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

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc

from extractors.records import TimeExpression

MONTH_NAMES = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifteen": 15,
    "twenty": 20, "thirty": 30, "several": 3, "a few": 3, "few": 3, "couple of": 2,
    "a couple of": 2,
}  # fmt: skip
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}  # fmt: skip
#: Days of a month that "early", "mid" and "late" cover (late runs to the month's end).
PART_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
#: Months of a year that "early", "mid" and "late" cover.
PART_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
           "winter": (12, 2)}  # fmt: skip

# Month names must be capitalised: "may" and "march" are also verbs.
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?"
    r"|Dec\.?)(?![a-z])"
)
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
#: Month names in any case; only used where a year follows ("by april 2026"), which
#: makes "may" and "march" unambiguous.
_ANY_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?P<part>early|mid|late|the (?:end|beginning|start|middle) of)"
_NUM = r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve" \
       r"|fifteen|eighteen|twenty|thirty|several|a few|a couple of)"  # fmt: skip
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|decades?|quarters?)"
_NOT_AFTER_YEAR = (
    r"(?!\s*(?:%|percent|per cent|tokens?|users?|people|jobs|units|dollars|euros|pounds"
    r"|[a-z]*bn\b|[a-z]*m\b|GW|MW|km|kg)|[\d.,]\d|-\d{1,2}\b(?!\d))"
)


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    first: date
    last: date
    granularity: str
    anchor: date | None


#: What a handler makes of a match: first day, last day, granularity, and the
#: reference date it was resolved against (None when it was absolute).
Resolved = tuple[date, date, str, date | None] | None
Handler = Callable[[re.Match[str], "_Context"], Resolved]


@dataclass(slots=True)
class _Context:
    anchor: date | None
    previous: _Found | None
    sentence_year: int | None
    future: bool = False
    #: The year of the last absolute date in the text: year-less months take it
    #: when there is no anchor (HeidelTime's strategy for narratives).
    last_year: int | None = None
    #: The span the last sentence with times covered, for "over the same period".
    period: tuple[date, date] | None = None


def find_times(
    text: str, anchor: str | None = None, doc: Doc | None = None
) -> list[TimeExpression]:
    """Every time expression in ``text``, in order; see the module docstring.

    ``doc`` is accepted for the pipeline's uniform call and not needed.
    """
    anchor_day = _anchor(anchor)
    candidates = sorted(_candidates(text), key=lambda c: (c[0].start(), -(c[0].end())))
    chosen: list[tuple[re.Match[str], Handler]] = []
    for match, handler in candidates:
        if chosen and match.start() < chosen[-1][0].end():
            continue  # the longest match at the earliest place wins
        chosen.append((match, handler))
    found: list[_Found] = []
    for match, handler in chosen:
        context = _Context(
            anchor_day,
            _reference(text, found),
            _sentence_year(text, match.start()),
            _looks_ahead(text, match.start()),
            _last_year(found),
            _last_period(text, found),
        )
        result = handler(match, context)
        if result is None:
            continue
        first, last, granularity, reference = result
        start, end = _trim(text, match.start("t"), match.end("t"))
        found.append(_Found(start, end, first, last, granularity, reference))
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
    after = re.search(rf"(?<![\w$€£.,-])({_YEAR})\b", text[position:end])
    if after and _paired(text[position : position + after.start()]):
        return int(after.group(1))
    before = list(re.finditer(rf"(?<![\w$€£.,-])({_YEAR})\b", text[start:position]))
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
_FUTURE_JUST_BEFORE = re.compile(r"\b(?:for|until|till|ahead of)\s+(?:\w+\s+)?$", re.I)


def _looks_ahead(text: str, position: int) -> bool:
    """Whether the clause before the expression speaks of the future."""
    start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position), position - 80)
    clause = re.split(r"[;,]\s", text[start + 1 : position])[-1]
    return bool(_FUTURE_CUES.search(clause) or _FUTURE_JUST_BEFORE.search(clause))


def _last_period(text: str, found: list[_Found]) -> tuple[date, date] | None:
    """From the first to the last day of the time expressions of the latest sentence
    that has them: "from 10% in January to 36% by late April" spans January to April."""
    if not found:
        return None
    last = found[-1]
    sentence_start = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
    same_sentence = [f for f in found if f.start > sentence_start]
    return min(f.first for f in same_sentence), max(f.last for f in same_sentence)


def _last_year(found: list[_Found]) -> int | None:
    absolute = [f for f in found if f.anchor is None and f.granularity != "decade"]
    return absolute[-1].last.year if absolute else None


def _reference(text: str, found: list[_Found]) -> _Found | None:
    """What an anaphoric expression ("one year prior") counts from: the last time
    expression, or the span of the last two when coordinated ("February and March")."""
    if not found:
        return None
    last = found[-1]
    if len(found) > 1:
        before = found[-2]
        joiner = text[before.end : last.start]
        if re.fullmatch(r"\s*(?:and|or|to|-|–|through|until)\s*", joiner):
            return _Found(
                before.start,
                last.end,
                min(before.first, last.first),
                max(before.last, last.last),
                last.granularity,
                last.anchor,
            )
    return last


# -- intervals --------------------------------------------------------------------------


def _month_days(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _months(year: int, first: int, last: int) -> tuple[date, date]:
    if first > last:  # winter: December to February
        return date(year - 1, first, 1), _month_days(year, last)[1]
    return date(year, first, 1), _month_days(year, last)[1]


def _month_number(name: str) -> int:
    return MONTH_NAMES[name.lower().rstrip(".")]


def _year_for_month(month: int, context: _Context, day: int = 1) -> tuple[int, date | None] | None:
    """The year of a year-less month: the sentence's, else the anchor's rule."""
    if context.sentence_year:
        return context.sentence_year, None
    if context.anchor is None:
        return (context.last_year, None) if context.last_year else None
    year = context.anchor.year
    if context.future:
        # "will launch on 11 March": the next such day on or after the anchor.
        if date(year, month, min(day, 28)) < context.anchor - timedelta(days=7):
            year += 1
        return year, context.anchor
    # News looks back: take the latest such month starting by a month after the anchor.
    if date(year, month, min(day, 28)) > context.anchor + timedelta(days=31):
        year -= 1
    return year, context.anchor


def _number(text: str) -> int:
    lowered = text.lower()
    return int(lowered) if lowered.isdigit() else NUMBER_WORDS.get(lowered, 1)


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


# -- handlers: one per kind of expression -----------------------------------------------


def _iso(m: re.Match[str], c: _Context) -> Resolved:
    try:
        day = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    return day, day, "day", None


def _full_date(m: re.Match[str], c: _Context) -> Resolved:
    month = _month_number(m["month"])
    day_number = int(re.sub(r"\D", "", m["day"]))
    anchored: date | None = None
    if m["year"]:
        year = int(m["year"])
    else:
        resolved = _year_for_month(month, c, day_number)
        if resolved is None:
            return None
        year, anchored = resolved
    try:
        day = date(year, month, day_number)
    except ValueError:
        return None
    return day, day, "day", anchored


def _week_ending(m: re.Match[str], c: _Context) -> Resolved:
    ended = _full_date(m, c)
    if ended is None:
        return None
    last = ended[0]
    return last - timedelta(days=6), last, "week", ended[3]


def _week_of(m: re.Match[str], c: _Context) -> Resolved:
    began = _full_date(m, c)
    if began is None:
        return None
    first = began[0]
    if m["day2"]:
        try:
            last = first.replace(day=int(re.sub(r"\D", "", m["day2"])))
        except ValueError:
            return None
    else:
        last = first + timedelta(days=6)
    return first, last, "week", began[3]


def _part_of_month(m: re.Match[str], c: _Context) -> Resolved:
    month = _month_number(m["month"])
    resolved = (int(m["year"]), None) if m["year"] else _year_for_month(month, c)
    if resolved is None:
        return None
    year, anchored = resolved
    part = _part_key(m["part"])
    first_day, last_day = PART_OF_MONTH[part]
    month_first, month_last = _month_days(year, month)
    return (
        month_first.replace(day=first_day),
        month_last if part == "late" else month_first.replace(day=last_day),
        "part-of-month",
        anchored,
    )


def _part_key(part: str) -> str:
    lowered = part.lower()
    if "end" in lowered:
        return "late"
    if "beginning" in lowered or "start" in lowered:
        return "early"
    if "middle" in lowered:
        return "mid"
    return lowered


def _month(m: re.Match[str], c: _Context) -> Resolved:
    month = _month_number(m["month"])
    resolved = (int(m["year"]), None) if m["year"] else _year_for_month(month, c)
    if resolved is None:
        return None
    first, last = _month_days(resolved[0], month)
    return first, last, "month", resolved[1]


def _quarter(m: re.Match[str], c: _Context) -> Resolved:
    number = int(m["q"]) if m["q"] else ORDINALS[m["qword"].lower()]
    year, anchored = _explicit_or_anchor_year(m, c)
    if year is None:
        return None
    first, last = _months(year, 3 * number - 2, 3 * number)
    return first, last, "quarter", anchored


def _half(m: re.Match[str], c: _Context) -> Resolved:
    number = int(m["h"]) if m["h"] else ORDINALS[m["hword"].lower()]
    year, anchored = _explicit_or_anchor_year(m, c)
    if year is None or number not in (1, 2):
        return None
    first, last = _months(year, 1 if number == 1 else 7, 6 if number == 1 else 12)
    return first, last, "half", anchored


def _explicit_or_anchor_year(m: re.Match[str], c: _Context) -> tuple[int | None, date | None]:
    if m["year"]:
        year = int(m["year"].lstrip("'"))
        return (year + 2000 if year < 100 else year), None
    if c.sentence_year:
        return c.sentence_year, None
    return (c.anchor.year, c.anchor) if c.anchor else (None, None)


def _part_of_year(m: re.Match[str], c: _Context) -> Resolved:
    first_month, last_month = PART_OF_YEAR[_part_key(m["part"])]
    first, last = _months(int(m["year"]), first_month, last_month)
    return first, last, "part-of-year", None


def _season(m: re.Match[str], c: _Context) -> Resolved:
    first_month, last_month = SEASONS[m["season"].lower()]
    anchored: date | None = None
    if m["year"]:
        year = int(m["year"])
    elif c.anchor:
        year, anchored = c.anchor.year, c.anchor
        rel = (m["rel"] or "").lower()
        this_years = _months(year, first_month, last_month)
        if rel == "last" and this_years[1] >= c.anchor:
            year -= 1  # in February, "last summer" is last year's
        elif rel == "next" and this_years[0] <= c.anchor:
            year += 1  # in February, "next summer" is this year's; in July, next year's
    else:
        return None
    if first_month > last_month and not m["year"]:
        year += 1 if c.anchor and c.anchor.month == 12 else 0
    first, last = _months(year, first_month, last_month)
    return first, last, "season", anchored


def _relative_month(m: re.Match[str], c: _Context) -> Resolved:
    """ "last December": the latest December before the anchor; "next March" the first after."""
    if c.anchor is None:
        return None
    month, rel = _month_number(m["month"]), m["rel"].lower()
    year = c.anchor.year
    if rel == "last" and month >= c.anchor.month:
        year -= 1
    elif rel == "next" and month <= c.anchor.month:
        year += 1
    first, last = _month_days(year, month)
    return first, last, "month", c.anchor


def _part_of_relative_month(m: re.Match[str], c: _Context) -> Resolved:
    """ "late last month", "early next month"."""
    if c.anchor is None:
        return None
    step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
    month = _shift_months(c.anchor.replace(day=1), step)
    part = _part_key(m["part"])
    first_day, last_day = PART_OF_MONTH[part]
    month_last = _month_days(month.year, month.month)[1]
    last = month_last if part == "late" else month.replace(day=last_day)
    return month.replace(day=first_day), last, "part-of-month", c.anchor


def _year_span(m: re.Match[str], c: _Context) -> Resolved:
    """ "between 2005 and 2007", "from 2019 to 2023"."""
    first, last = int(m["year"]), int(m["year2"])
    if not first < last <= first + 50:
        return None
    return date(first, 1, 1), date(last, 12, 31), "range", None


def _decade(m: re.Match[str], c: _Context) -> Resolved:
    start = int(m["decade"])
    return date(start, 1, 1), date(start + 9, 12, 31), "decade", None


def _year(m: re.Match[str], c: _Context) -> Resolved:
    year = int(m["year"])
    if m["year2"]:
        second = int(m["year2"])
        second = second + (year // 100) * 100 if second < 100 else second
        if second <= year or second - year > 20:
            return None
        return date(year, 1, 1), date(second, 12, 31), "range", None
    return date(year, 1, 1), date(year, 12, 31), "year", None


def _deictic_day(m: re.Match[str], c: _Context) -> Resolved:
    if c.anchor is None:
        return None
    word = m["word"].lower()
    day = c.anchor + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[word])
    return day, day, "day", c.anchor


def _weekday(m: re.Match[str], c: _Context) -> Resolved:
    if c.anchor is None:
        return None
    target = WEEKDAYS[m["weekday"].lower()]
    back = (c.anchor.weekday() - target) % 7
    rel = (m["rel"] or "").lower()
    if rel == "last" and back == 0:
        back = 7
    if rel == "next" or (not rel and c.future):
        ahead = (target - c.anchor.weekday()) % 7 or (7 if rel else 0)
        day = c.anchor + timedelta(days=ahead)
    else:
        day = c.anchor - timedelta(days=back)
    return day, day, "day", c.anchor


def _this_last_next(m: re.Match[str], c: _Context) -> Resolved:
    if c.anchor is None:
        return None
    rel, unit = m["rel"].lower(), m["unit"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1,
            "coming": 1}[rel]  # fmt: skip
    a = c.anchor
    if unit == "week":
        monday = a - timedelta(days=a.weekday()) + timedelta(weeks=step)
        return monday, monday + timedelta(days=6), "week", a
    if unit == "month":
        first = _shift_months(a.replace(day=1), step)
        return *_month_days(first.year, first.month), "month", a
    if unit == "quarter":
        first = _shift_months(date(a.year, 3 * ((a.month - 1) // 3) + 1, 1), 3 * step)
        return first, _month_days(*_shift_months(first, 2).timetuple()[:2])[1], "quarter", a
    year = a.year + step
    return date(year, 1, 1), date(year, 12, 31), "year", a


def _ago(m: re.Match[str], c: _Context) -> Resolved:
    """ "three years ago" (from the publication date); "one year prior" (from the last time)."""
    n, unit = _number(m["n"]), m["unit"].lower().rstrip("s")
    direction = 1 if m["dir"].lower() in ("later", "after", "on", "from now") else -1
    anaphoric = m["dir"].lower() not in ("ago", "from now")
    reference: tuple[date, date] | None = None
    if anaphoric and c.previous is not None:
        reference = (c.previous.first, c.previous.last)
    elif c.anchor is not None:
        reference = (c.anchor, c.anchor)
    if reference is None:
        return None
    used = reference[0]
    if unit == "day":
        day = reference[1] + timedelta(days=direction * n)
        return day, day, "day", used
    if unit == "week":
        day = reference[1] + timedelta(weeks=direction * n)
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6), "week", used
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n * direction
    moved = _shift_months(reference[0].replace(day=1), months)
    if unit in ("year", "decade") and not anaphoric:
        # "three years ago" names a year, not the month three years before today.
        return date(moved.year, 1, 1), date(moved.year, 12, 31), "year", used
    # The reference's months, moved: "one year prior" to a week in February 2026 is
    # February 2025 (a month: the text says no more precisely than that).
    last = _shift_months(reference[1].replace(day=1), months)
    return moved, _month_days(last.year, last.month)[1], "month", used


def _part_of_this_year(m: re.Match[str], c: _Context) -> Resolved:
    """ "before the end of the year", "at the start of next year"."""
    if c.anchor is None:
        return None
    year = c.anchor.year + {"next": 1, "last": -1}.get(m["rel"].lower(), 0)
    first_month, last_month = PART_OF_YEAR[_part_key(m["part"])]
    first, last = _months(year, first_month, last_month)
    return first, last, "part-of-year", c.anchor


def _earlier_later(m: re.Match[str], c: _Context) -> Resolved:
    """ "earlier this year" runs from its start to the anchor; "later this month" after it."""
    if c.anchor is None:
        return None
    a = c.anchor
    if m["unit"].lower() == "year":
        first, last = date(a.year, 1, 1), date(a.year, 12, 31)
    else:
        first, last = _month_days(a.year, a.month)
    if m["when"].lower() == "earlier":
        return first, a, "range", a
    return a, last, "range", a


def _months_of_year(m: re.Match[str], c: _Context) -> Resolved:
    """ "the final three months of 2004" is its fourth quarter."""
    n = _number(m["n"])
    year = int(m["year"])
    if m["edge"].lower() == "first":
        first, last = _months(year, 1, n)
    else:
        first, last = _months(year, 13 - n, 12)
    return first, last, {3: "quarter", 6: "half"}.get(n, "range"), None


def _same_period(m: re.Match[str], c: _Context) -> Resolved:
    """ "over the same period": the span the last sentence with times covered."""
    if c.period is None:
        return None
    first, last = c.period
    return first, last, "range", first


def _following(m: re.Match[str], c: _Context) -> Resolved:
    """ "the following two weeks": after the last time mentioned (else the anchor)."""
    n = _number(m["n"]) if m["n"] else 1
    unit = m["unit"].lower().rstrip("s")
    if c.previous is not None:
        start, used = c.previous.last + timedelta(days=1), c.previous.first
    elif c.anchor is not None:
        start, used = c.anchor + timedelta(days=1), c.anchor
    else:
        return None
    if unit in ("day", "week"):
        days = n * (7 if unit == "week" else 1)
        return start, start + timedelta(days=days - 1), "range", used
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * n
    return start, _shift_months(start, months) - timedelta(days=1), "range", used


def _past_n(m: re.Match[str], c: _Context) -> Resolved:
    """ "the past two years": from that long before the publication date up to it."""
    if c.anchor is None:
        return None
    n, unit = _number(m["n"]) if m["n"] else 1, m["unit"].lower().rstrip("s")
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}.get(unit)
    if months is None:
        days = n * (7 if unit == "week" else 1)
        return c.anchor - timedelta(days=days), c.anchor, "range", c.anchor
    return _shift_months(c.anchor, -months * n), c.anchor, "range", c.anchor


# -- the patterns -----------------------------------------------------------------------

_DATE_TAIL = rf"(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
_DATE_TAIL_DMY = rf"(?P<day>{_DAY})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?"

PATTERNS: list[tuple[str, Handler]] = [
    (rf"(?P<t>\b(?P<y>{_YEAR})-(?P<mo>[01]\d)-(?P<d>[0-3]\d))\b", _iso),
    (
        rf"(?P<t>(?:the\s+)?week\s+(?:ending|ended|to|through)\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?:{_DATE_TAIL}))",
        _week_ending,
    ),
    (
        rf"(?P<t>(?:the\s+)?week\s+(?:ending|ended|to|through)\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?:{_DATE_TAIL_DMY}))",
        _week_ending,
    ),
    (
        rf"(?P<t>(?:the\s+)?week\s+of\s+(?P<month>{_MONTH})\s+(?P<day>{_DAY})"
        rf"(?:\s*[-–]\s*(?P<day2>{_DAY}))?(?:,?\s+(?P<year>{_YEAR}))?)",
        _week_of,
    ),
    (rf"(?P<t>(?:{_WEEKDAY},?\s+)?{_DATE_TAIL})\b", _full_date),
    (rf"(?P<t>(?:{_WEEKDAY},?\s+)?{_DATE_TAIL_DMY})\b", _full_date),
    (rf"(?P<t>{_PART}[- ]?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?)", _part_of_month),
    (rf"(?P<t>{_PART}[- ]?(?P<month>{_ANY_MONTH})(?:,?\s+(?P<year>{_YEAR}))?)\b", _part_of_month),
    (rf"(?P<t>{_PART}\s+(?P<rel>the|this|next|last)\s+year)\b", _part_of_this_year),
    (rf"(?P<t>{_PART}\s+(?P<rel>this|next|last)\s+month)\b", _part_of_relative_month),
    (rf"(?P<t>\b(?P<rel>last|next)\s+(?P<month>{_MONTH}))", _relative_month),
    (
        rf"(?P<t>\b(?:between|from)\s+(?P<year>{_YEAR})\s+(?:and|to|until)\s+(?P<year2>{_YEAR}))\b",
        _year_span,
    ),
    (r"(?P<t>\b(?P<when>earlier|later)\s+this\s+(?P<unit>year|month))\b", _earlier_later),
    (
        rf"(?P<t>\bthe\s+(?P<edge>first|last|final)\s+(?P<n>three|six|nine|3|6|9)\s+months\s+of"
        rf"\s+(?P<year>{_YEAR}))\b",
        _months_of_year,
    ),
    (rf"(?P<t>\bthe\s+(?:following|next|subsequent)\s+(?:{_NUM}\s+)?{_UNIT})\b", _following),
    (
        r"(?P<t>\b(?:over|in|during|for|across)\s+the\s+same\s+(?:period|time|span|months"
        r"|weeks|stretch|window))\b",
        _same_period,
    ),
    (rf"(?P<t>\b(?P<month>{_ANY_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR}))\b", _month),
    (rf"(?P<t>(?P<month>{_MONTH})(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?)\b(?!\s*\d)", _month),
    (
        rf"(?P<t>\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qword>first|second|third|fourth|final|last"
        rf"|1st|2nd|3rd|4th)\s+quarter)(?:\s+(?:of\s+)?(?P<year>{_YEAR}|'?\d\d\b))?)",
        _quarter,
    ),
    (
        rf"(?P<t>\b(?:H(?P<h>[12])|(?:the\s+)?(?P<hword>first|second)\s+half)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?)",
        _half,
    ),
    (rf"(?P<t>{_PART}[- ]?(?P<year>{_YEAR}))\b", _part_of_year),
    (
        rf"(?P<t>(?:(?P<rel>this|last|next)\s+)?(?P<season>spring|summer|autumn|fall|winter)"
        rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?)\b",
        _season,
    ),
    (r"(?P<t>\bthe\s+(?P<decade>(?:1[89]|20)\d0)s)\b", _decade),
    (
        rf"(?P<t>(?<![\w$€£.,/-])(?P<year>{_YEAR})(?:\s*[-–]\s*(?P<year2>{_YEAR}|\d\d))?)\b{_NOT_AFTER_YEAR}",
        _year,
    ),
    (r"(?P<t>\b(?P<word>yesterday|today|tomorrow))\b", _deictic_day),
    (rf"(?P<t>(?:(?P<rel>last|next|this)\s+)?(?P<weekday>{_WEEKDAY}))\b", _weekday),
    (
        r"(?P<t>\b(?P<rel>last|this|next|past|previous|current|coming)\s+"
        r"(?P<unit>week|month|quarter|year))\b",
        _this_last_next,
    ),
    (
        rf"(?P<t>\b{_NUM}\s+{_UNIT}\s+(?P<dir>ago|earlier|prior|before|later|after|from now))\b",
        _ago,
    ),
    (rf"(?P<t>\b(?:the\s+|over\s+the\s+)?(?:past|last)\s+(?:{_NUM}\s+)?{_UNIT})\b", _past_n),
]

# Case-insensitive, except month and weekday names ("may" and "march" are verbs).
_COMPILED = [(re.compile(pattern, re.I), handler) for pattern, handler in PATTERNS]


def _candidates(text: str) -> list[tuple[re.Match[str], Handler]]:
    found: list[tuple[re.Match[str], Handler]] = []
    for pattern, handler in _COMPILED:
        found.extend((m, handler) for m in pattern.finditer(text))
    return found
