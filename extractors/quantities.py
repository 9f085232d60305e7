"""Quantities in news text: percentages, money, counts, multipliers, physical units.

A rule-based tagger in the spirit of CQE and quantulum: a number (digits,
words, fractions), an optional scale ("trillion", "bn", "8.21t"), an optional
range end ("80-90%", "10 to 20 times"), the approximation words before it
("about", "more than", "below") and the unit around it ("$", "%", "times",
"tokens", "per million tokens"). Everything is normalised: ``value`` (the
midpoint of a range), ``low``/``high``, ``unit``, ``kind`` and ``approx``.

What is *not* a quantity is as important: years and dates ("2026", "24
February"), version numbers and model names ("GLM-5", "V3.2", "Claude 4.6"),
footnote markers ("[1]"), ordinals, times of day and phone numbers.

Examples
--------
>>> [(q.value, q.unit, q.kind, q.approx) for q in find_quantities("about 45% of usage")]
[(45.0, '%', 'percent', '~')]
>>> q = find_quantities("it cost $0.30 per million tokens")[0]
>>> (q.value, q.unit, q.kind, q.text)
(0.3, 'USD per million tokens', 'currency', '$0.30 per million tokens')
>>> q = find_quantities("Chinese models are 10 to 20 times cheaper")[0]
>>> (q.low, q.high, q.value, q.kind)
(10.0, 20.0, 15.0, 'multiplier')
>>> find_quantities("GLM-5 and V3.2 shipped in 2025 [1]")
[]
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc

from extractors.figure_ages import age_bound, bare_age
from extractors.figure_approx import (
    ESTIMATED_OF,
    approximation,
    approximation_after,
    estimate_hedge,
    says_estimates,
    verb_bound,
)
from extractors.figure_conversions import (
    is_conversion,
    restated_groups,
    share_bracketed_rates,
    weights_in_pounds,
)
from extractors.figure_dates import date_spans, in_a_date
from extractors.figure_inherit import (
    ANOTHER_BEFORE,
    inherits_from,
    name_bare_counts,
    name_counts_added_to,
    name_each_rates,
    name_parts_of_whom,
    others_are_people,
)
from extractors.figure_parallel import in_a_list, share_frames
from extractors.figure_polls import poll_units
from extractors.figure_ranges import MAX_RANGE_RATIO, merge_ranges, range_end, ratio_to_one
from extractors.figure_rates import clause_rate
from extractors.figure_scales import glued_letter_is_no_scale, glued_unit
from extractors.figure_units import (
    bare_unit,
    counted_noun,
    counted_people,
    counted_phrase,
    counts_casualties,
    names_a_model,
    noun_after_adjective,
    number_of_noun,
    passer_noun,
    unit_is_a_verb,
    unit_is_no_noun,
)
from extractors.not_figures import SENTENCE_START, not_a_figure, not_a_part
from extractors.quantity_checks import (
    NAME_ENTITIES,
    clean_edges,
    described_one,
    lone_one,
    model_numbers,
    names_a_group,
    names_a_thing,
    repeats_a_count,
    worth_keeping,
    year_before_a_name,
    year_or_date,
)
from extractors.quantity_units import rate_after_phrase, rate_after_verb, read_unit, with_rate
from extractors.quantity_words import (
    CURRENCY_PREFIX,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    DURATION_UNITS,
    MILESTONES,
    MONTHS,
    NOT_UNITS,
    OF_BARE,
    OF_THE,
    OF_THE_LAST,
    PEOPLE_UNITS,
    PHYSICAL_UNITS,
    SCALE_PATTERN,
    SCALES,
    WORD_NUMBER,
    WORD_SCALE,
    number_starts,
    number_value,
    whole_of,
)
from extractors.ratios import (
    FRACTION_NOUN,
    exchange_base,
    fractions,
    period_after,
    period_before,
    period_of,
    priced_unit,
)
from extractors.records import Approx, Quantity, QuantityKind

#: Names other modules import from here; the vocabularies live in
#: :mod:`extractors.quantity_words`, the checks in :mod:`extractors.quantity_checks`.
__all__ = [
    "CURRENCY_SYMBOLS",
    "CURRENCY_WORDS",
    "DOLLAR_COUNTRIES",
    "DURATION_UNITS",
    "INHERIT_REACH",
    "MAX_RANGE_RATIO",
    "MONTHS",
    "NAME_ENTITIES",
    "NOT_UNITS",
    "PEOPLE_UNITS",
    "PHYSICAL_UNITS",
    "SCALES",
    "find_quantities",
]

# -- the pattern -----------------------------------------------------------------------

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_NUMBER = rf"(?:{_DIGITS})"
# Dashes join a range only when tight or spaced like a range ("80–90%", "80 - 90%");
# a spaced em dash separates clauses ("Sonnet 4.6 — 5.17T").
_RANGE_SEP = r"(?:-to-|[-–]|\s[-–]\s|\s+(?:to|and|or)\s+)"
_QUANTITY = re.compile(
    rf"""
    (?P<currency>{CURRENCY_PREFIX})?
    (?P<number>(?:{_NUMBER}|{WORD_NUMBER})(?:[-\s]and[-\s]a[-\s]half\b(?!-(?:dozen)))?)
    # ("four-and-a-half", "two and a half million": a whole and a half, one number)
    (?:(?:\s?|-(?={WORD_SCALE}))(?P<scale>{SCALE_PATTERN})(?![a-z&]|[-–]\d+\b(?!\s?{SCALE_PATTERN}\b)))?
    # (not "35 M&S goods", nor the name of "90,000 K-1 visas"; "5m-6m" stays a range)
    (?:
        (?P<range_sep>{_RANGE_SEP}-?)
        (?P<currency2>{CURRENCY_PREFIX})?
        (?P<number2>{_NUMBER}|{WORD_NUMBER})
        (?:\s?(?P<scale2>{SCALE_PATTERN})(?![a-z&]))?
    )?
    """,
    re.I | re.X,
)
#: After a share, "annual" and the noun it rates: "a 5 percent annual return".
_ANNUAL_AFTER = re.compile(r"\s+annual(?:ised|ized)?\s+[a-z]", re.I)
#: Before a share, a year's rate it is "of": "at an annual rate of 3.9%", "an annualised
#: rate of about 4%" (not "a rate of 4%", nor "annual growth to 2.3%").
_RATE_OF = re.compile(
    r"\b(?:annual|annuali[sz]ed|yearly)\s+rate\s+of\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)
#: A sum between a count and its noun: "one of three *$50,000* prizes".
_SUM_WITHIN = re.compile(r"[$£€¥]\s?\d")
#: A unit of time after a range: "12 to 18 *months*".
_PERIOD_NEXT = re.compile(rf"\s*(?:{'|'.join(DURATION_UNITS)})\b", re.I)

#: A fraction after a whole number: "5 1/2 hours", "3½ miles" (not "5 1/2-inch", a size).
_MIXED = re.compile(  # ("1¼ million homes": the scale after the fraction)
    r"(?:\s(?P<part>[13]/4|1/2|[12]/3)|(?P<glyph>[½¼¾⅓⅔]))(?![\d/])(?:\s(?P<scale>[mb]illion)\b)?"
)
_FRACTION_PARTS = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3}
_FRACTION_PARTS |= {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}

#: "a father of seven", "mother of three": a bare number after a parent counts children.
_PARENT_OF = re.compile(
    r"\b(?:father|mother|parent|mum|mom|dad|grandfather|grandmother)\s+of\s+$", re.I
)
#: Before the base of a fraction: "one in 13 of the 48 million cards" is the fraction and
#: the cards, not "13 of the 48 million".
_ONE_IN_BEFORE = re.compile(r"\b(?:one|a)\s+in\s+$", re.I)
#: A minus sign set off before a number: "a growth rate of -0.1%" (not "10-12%").
_MINUS_BEFORE = re.compile(r"(?:^|[\s(])[-−]$")
#: A sign said in words: "a net negative 6 points", "minus 40 degrees" (not the "plus or
#: minus" of a margin of error).
_NEGATIVE_BEFORE = re.compile(r"(?<!\bor )\b(?:negative|minus)\s+$", re.I)
#: After a signed figure, its other side: "a negative 42%-49% rating" is a rating's two
#: sides, not a negative.
_PAIR_AFTER = re.compile(r"\s*(?:%|percent)?\s*[-–]\s*\d")
#: "Two of Britain's unions", "nine of her meetings": a part of a group.
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|a|its|their|his|her|our|my|your|these|those|them|us|all|which|whom"
    r"|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}['’]s)\b"
)
#: Between a figure and the same amount said another way: "258 million a day, equating
#: to 94 billion a year", "8,000 a year - equivalent to 40 a day".
_RESTATED = re.compile(
    r"[,;–—-]\s*(?:equating|equivalent|amounting|which\s+(?:equates|amounts))\s+to\s+$", re.I
)
#: How far (in characters) a restatement may follow the figure it restates.
RESTATED_REACH = 60
#: What joins a figure to one that shares its unit: "X tokens ..., against Y".
_CONTRAST = re.compile(
    r"(?:^|\s)(?:against|versus|vs\.?|compared with|compared to|from|to|and|or|up from"
    r"|down from|rather than|instead of)"
    # "... from the previous year's 1,070 trillion": the earlier period's sum
    r"(?:\s+(?:the|its|their|a)\s+(?:previous|last|prior|same)\s+"
    r"(?:year|month|quarter|week|period|season)['’]s)?$"
)


#: After a bare number, a second joined to it with a unit that is no month: "27 and 29
#: years old" (not "27 and 28 May", a date).
_JOINED_TO_A_MEASURE = re.compile(rf"\s+(?:and|or|to)\s+\d{{1,3}}\s+(?!(?:{MONTHS})\b)[a-z]", re.I)
#: After a bare number, a list of numbers that ends in a share: "clear 7, 8, 10 percent"
#: (the tagger's dates).
_LISTED_BEFORE_A_SHARE = re.compile(
    r"(?:(?:\s*,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)\d{1,2}(?:\.\d+)?)+"
    r"\s*(?:%|percent\b|per\s+cent\b)",
    re.I,
)


#: A plain "dollars" a sentence has already named by its country: "return 1.7 billion
#: Canadian dollars ..., more than the 1.2 billion dollars it expects".
_PLAIN_DOLLARS = re.compile(r"\s?dollars?$", re.I)


def _dollars_named_before(text: str, found: list[_Match]) -> None:
    named: _Match | None = None  # the last sum in a country's dollars
    for figure in found:
        if figure.kind != "currency":
            continue
        words = text[figure.start : figure.end]
        plain = figure.unit == "USD" and _PLAIN_DOLLARS.search(words) and "$" not in words
        if plain and named is not None and "." not in text[named.end : figure.start]:
            figure.unit = named.unit  # "from 10 Canadian dollars per ton to 30 dollars"
        elif (base := figure.unit.split(" per ")[0]) in DOLLAR_COUNTRIES.values() and base != "USD":
            named = figure


def _in_a_share_list(text: str, start: int, end: int) -> bool:
    """A bare number in a list of three or more that ends in a share ("7, 8, 10 percent");
    not "Of the 12, 40% said" (one number, then a share)."""
    listed = _LISTED_BEFORE_A_SHARE.match(text, end)
    if listed is None:
        return False
    numbers = len(re.findall(r"\d+", listed.group()))
    return numbers >= 2 or re.search(r"\d\s*,\s*$", text[max(0, start - 8) : start]) is not None


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    low: float
    high: float
    unit: str
    kind: QuantityKind
    approx: Approx
    #: A bare number word kept only if a count before it gives it a noun ("won two").
    tentative: bool = False


def find_quantities(text: str, doc: Doc | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order; see the module docstring."""
    dates = date_spans(doc)
    starts = number_starts(text)
    found: list[_Match] = []
    position = 0
    while match := _next_quantity(text, position, starts):
        parsed = _parse(text, match, doc)
        # A match cut short ("from £5.5bn to £8.2bn" is two figures) is read on from its end;
        # a range of a time that says when ("over the next 12 to 18 months") is passed whole.
        position = parsed.end if parsed else match.end("number")
        if parsed is None and match.group("number2") and _PERIOD_NEXT.match(text, match.end()):
            position = match.end()
        if parsed is None or _overlaps_any(parsed, found):
            continue
        dated = in_a_date(parsed.start, parsed.end, parsed.kind, parsed.unit, dates, text)
        if (
            dated
            and parsed.kind == "number"
            and (
                _JOINED_TO_A_MEASURE.match(text, parsed.end)
                or _in_a_share_list(text, parsed.start, parsed.end)
            )
        ):
            dated = False  # "27 and 29 years old", "7, 8, 10 percent": one of a list
        if dated and not (found and in_a_list(text, found[-1], parsed)):
            continue  # a date's number; not "four votes for Jones, 31 for Smith"
        if not_a_figure(text, parsed.start, parsed.end, parsed.kind):
            continue
        if parsed.unit.startswith("of ") and not_a_part(text, parsed.start, parsed.end):
            continue  # "lost nine of their 14 matches": a side's record
        found.append(parsed)
    parts = [  # "two thirds of", "one in 10": the fraction, not "10"
        part
        for part in _fractions(text)
        if not (part.kind == "duration" and not_a_figure(text, part.start, part.end, part.kind))
        and not (part.kind == "ratio" and not_a_part(text, part.start, part.end))
    ]
    parts = _longest(parts)  # "one-half of 1 percent", not also its "half"
    found = [f for f in found if not _overlaps_any(f, parts)] + parts
    found.sort(key=lambda m: m.start)
    found = _suspended_ranges(text, _fronted_fractions(text, merge_ranges(text, found)))
    _inherit_units(text, found)
    poll_units(text, doc, found)  # "trails by 15 points among voters": percentage points
    name_bare_counts(text, doc, found)  # "while the four were in Cuba", "40 a day"
    name_counts_added_to(text, found)  # "placed 49 with plans to send another nine staffers"
    name_parts_of_whom(text, found)  # "five superdelegates, two of whom have pledged"
    name_each_rates(text, found)  # "30 of the aircraft, at $120m each": USD per aircraft
    share_frames(text, found)  # "46 to 40 percent", "Jones at 25 percent and Smith at 14"
    if any(m.kind == "number" and not m.unit for m in found):
        models = model_numbers(text)  # "the 757" of a "Boeing 757"
        found = [
            m for m in found if m.kind != "number" or m.unit or text[m.start : m.end] not in models
        ]
    estimates = says_estimates(text)
    for figure in found:
        if estimates:  # "By some estimates, ...", "..., estimates James Goodman"
            figure.approx = estimate_hedge(text, figure.start, figure.approx)
        if figure.unit == "DKK" and _NORWAY.search(
            text, max(0, figure.start - 300), figure.end + 300
        ):
            figure.unit = "NOK"  # "100,000 kroner (£8,000) to the music industry in Norway"
    return [_quantity(text, m) for m in found if m.unit or not m.tentative]


#: Nouns of a span of ages a range names: "the 18-35 age bracket".
_AGE_SPANS = frozenset({"age bracket", "age group", "age range", "age band"})
#: Norway named near a sum in kroner: the krone is Norway's, not Denmark's.
_NORWAY = re.compile(r"\bNorw(?:ay|egian)\b")


#: The longest currency before a number's first character ("dlrs. 5", "US$5").
_PREFIX_CHARS = 8


def _next_quantity(text: str, position: int, starts: list[int]) -> re.Match[str] | None:
    """The first match of :data:`_QUANTITY` from ``position``, as ``search`` finds it, tried
    only from just before the next place a number can start (a search from ``position``
    tries the long pattern at every character, a third of the tagger's time)."""
    k = bisect_left(starts, position)
    if k == len(starts):
        return None
    return _QUANTITY.search(text, max(position, starts[k] - _PREFIX_CHARS))


#: A sentence opened by a number's whole, "Of the 12 US regions it studied, 11 showed
#: growth": one fraction, as "11 of the 12 regions" is. (Without a number in the whole,
#: :func:`extractors.figure_units.fronted_whole` gives the bare count its noun.)
_FRONTED_FRACTION = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:Of|Among)\s+the\s+(?P<whole>\d[\d,]*)\s+[^,.;:\n]{1,80},\s*"
    r"(?:only\s+|just\s+)?(?P<part>\d[\d,]*)\b(?!\s*%)"
)


def _suspended_ranges(text: str, found: list[_Match]) -> list[_Match]:
    """ "18- to 24-year-old veterans": a number whose hyphen waits for the unit of the next
    one is the low end of one range with it."""
    kept: list[_Match] = []
    for figure in found:
        low = kept[-1] if kept else None
        joined = low is not None and re.fullmatch(
            r"-\s+(?:to|and|or)\s+", text[low.end : figure.start]
        )
        if low is not None and joined and not low.unit and figure.kind in ("age", "duration"):
            low.high, low.end = figure.high, figure.end
            low.unit, low.kind = figure.unit, figure.kind
            continue
        kept.append(figure)
    return kept


def _fronted_fractions(text: str, found: list[_Match]) -> list[_Match]:
    """The whole and its part of a fronted "Of the 12 ..., 11" as one count "of 12"."""
    for fronted in _FRONTED_FRACTION.finditer(text):
        whole = next((f for f in found if f.start == fronted.start("whole")), None)
        part = next((f for f in found if f.start == fronted.start("part")), None)
        if whole is None or part is None or not 0 < part.low < whole.low:
            continue
        part.start, part.unit, part.kind = fronted.start(), f"of {int(whole.low)}", "count"
        found = [f for f in found if f is not whole]
    return found


def _parse(text: str, match: re.Match[str], doc: Doc | None = None) -> _Match | None:
    """One match of the pattern as a figure (its value, unit, kind and hedge), or None."""
    start, end = match.start(), match.end()
    number_text = match.group("number")
    if not clean_edges(text, start, end, match):
        return None
    if (match.group("number2") or "").lower() == number_text.lower() and "-" in match[0]:
        return None  # "a one-to-one meeting", "drew 2-2": a manner or a score, no range
    low = number_value(number_text)
    if low is None:
        return None
    scale = SCALES[" ".join(match["scale"].lower().split())] if match["scale"] else 1.0
    if match.group("number2") and ratio_to_one(match):  # "won by nearly 3-to-1": 3 times
        approx, begin = approximation(text, start, doc)
        return _Match(begin, match.end("number2"), low, low, "x", "multiplier", approx)
    ends = range_end(match, low, scale) if match.group("number2") else None
    if ends is None:
        if match.group("number2") and re.match(r"\s*[-–—]", match.group("range_sep")):
            if re.match(r"\s[-–—]\s", match.group("range_sep")):  # "£50bn - 14% higher"
                alone = _QUANTITY.match(text, start, match.start("range_sep"))
                return _parse(text, alone, doc) if alone else None
            return None  # "2025-2026", "3-1": not a figure with a range
        low, high = low * scale, low * scale
        end = match.end("scale") if match.group("scale") else match.end("number")
        mixed = _MIXED.match(text, end) if scale == 1 and match.group("number").isdigit() else None
        if mixed:  # "about 5 1/2 hours", "3½ miles": a whole number and a fraction
            part = _FRACTION_PARTS[mixed.group("part") or mixed.group("glyph")]
            low, high, end = low + part, high + part, mixed.end()
            if mixed["scale"]:
                low, high = low * SCALES[mixed["scale"]], high * SCALES[mixed["scale"]]
    else:
        low, high = min(ends), max(ends)
    if _MINUS_BEFORE.search(text, max(0, start - 2), start) and not match.group("currency"):
        low, high, start = -high, -low, start - 1  # "a growth rate of -0.1%"
    elif (sign := _NEGATIVE_BEFORE.search(text, max(0, start - 20), start)) and not (
        _PAIR_AFTER.match(text, end)  # "a negative 42%-49% rating": a rating, its two sides
    ):
        low, high, start = -high, -low, sign.start()  # "a net negative 6 points"
    currency = match.group("currency")
    if ends is not None:  # "5-$10"; not "in 2004 to $200m", where the "$" is the next figure's
        currency = currency or match.group("currency2")
    stop = end  # where the number (or the range) ends
    unit, kind, end = read_unit(text, end, currency, match)
    if kind == "skip":
        return None
    if kind == "number" and year_or_date(text, match, low, scale, end):
        return None
    if glued := glued_unit(text, match):  # "the 200m champion", "a 7.5t lorry"
        approx, begin = approximation(text, start)
        low, high = low / scale, high / scale
        return _Match(begin, match.end("scale"), low, high, glued, "physical", approx)
    if kind == "number" and glued_letter_is_no_scale(match):
        return None  # "405B", "7B": model sizes, not figures
    people = counted_people(doc, match.start("number"), match.end())
    if people and kind == "number":
        unit, kind, end = people[0], "count", people[1]
    if lone_one(match, kind, unit, text, end) and not (people and people[2] and low != 1):
        return None  # "one lab", "One reading": an article, not a figure; not "Two Chinese were"
    if kind == "count" and described_one(doc, match):
        return None  # "one nasty package": "a", with nothing counted beside it
    if names_a_thing(text, match, doc) or year_before_a_name(text, match, doc):
        return None  # "BBC Radio 1", "Windows 95", "the 2012 Olympics"
    if kind == "count" and not match.group("scale") and names_a_model(doc, match.end(), low):
        return None  # "its new 777 plane": a model's name
    if kind == "count" and unit_is_a_verb(doc, match.end()):
        unit, kind, end = "", "number", match.end()  # "the big three hold 46.6%"
    elif kind == "count" and unit and " " not in unit and unit_is_no_noun(doc, match.end()):
        unit, kind, end = "", "number", match.end()  # "from about 2,000 presently"
    if kind == "number" and _PARENT_OF.search(text, max(0, start - 30), start):
        unit, kind = "children", "count"  # "a father of seven", "mother of three replied"
    if kind == "number" and bare_age(text, match.start("number"), end, low):
        unit, kind = "years", "age"  # "from the age of 17", "Mr Ebbers, 63, is accused"
    noun = counted_noun(doc, match.start("number"), match.end("number"))
    if kind == "number" and noun and noun != (match.group("scale") or "").lower():
        unit, kind = noun, "count"  # "5,808 Academy voters"; not the "t" of "8.21t"
    phrase = counted_phrase(doc, match.start("number"), match.end()) if kind == "count" else None
    if phrase is not None and phrase[1] >= match.end():
        unit, kind, end = with_rate(text, *phrase[:1], kind, phrase[1])  # "three drugs tests"
        if _NEXT_GUESS.match(text, stop):  # "three, four or five cars", "14 and 15 inch":
            unit, end = "", stop  # the next is a figure of its own, whose unit this shares
        elif _SUM_WITHIN.search(text, stop, phrase[1]):
            end = stop  # "three $50,000 prizes": the sum between is a figure of its own
    if kind == "count" and unit in _AGE_SPANS:
        unit, kind = "years", "age"  # "the 18-35 age bracket": a range of ages
    a_year = re.fullmatch(r"(?:1[89]|20)\d\d", number_text) is not None  # "2004 model year"
    if kind == "count" and unit in DURATION_UNITS and " " not in unit and not a_year:
        unit, kind = DURATION_UNITS[unit], "duration"  # "for 47 continuous years"
    guessed = _NEXT_GUESS.match(text, stop) is not None  # "200,000 or 250,000 refugees"
    adjective = noun_after_adjective(doc, stop) if kind == "count" and not guessed else None
    if adjective is not None and adjective[1] > end:
        unit, end = adjective  # "four previous parliamentary by-elections"
    if kind == "count" and unit in MILESTONES and text[max(0, start - 4) : start].lower() == "the ":
        # "broke the 100,000 barrier": a round mark a count passes, counted by its subject
        at = (match.start("number"), match.end())
        unit, end = bare_unit(doc, text, *at) or passer_noun(doc, *at) or "", match.end()
    volume = kind == "count" and scale >= 1000 and " per " not in unit
    if volume and (period := period_after(text, match.end())):
        unit = f"{unit} per {period}"  # "8.21t monthly tokens"; not "three weekly shows"
    if kind == "count" and unit and (every := rate_after_verb(text, end)):
        unit = f"{unit} per {every}"  # "258 million images are shared every day"
    elif (
        kind == "count"
        and unit
        and " per " not in unit
        and (every := clause_rate(doc, match.start("number"), match.end("number")))
    ):
        unit = f"{unit} per {every}"  # "15,000 couples go to court ... each year"
    if kind == "number" and _PARTITIVE.match(text, end):
        kind = "count"  # "Two of Britain's unions"
    if kind in ("count", "number") and unit == "" and (whole := _part_of_bare(text, end, low)):
        end, kind, unit = whole.end(), "count", f"of {whole_of(whole.group('whole'))}"
    tentative = False
    at = (match.start("number"), match.end())  # "brought to nine the number of people held",
    counted = kind == "number" and bool(  # "injured a dozen": a count said around it
        number_of_noun(doc, *at) or counts_casualties(doc, *at)
    )
    counted = counted or (kind == "number" and names_a_group(doc, match, low))
    if kind == "number" and not worth_keeping(text, match, abs(low), scale) and not counted:
        if not repeats_a_count(text, match, low):
            return None
        tentative = True  # "Mary Poppins won two": kept if a count before names its noun
    if kind == "number" and scale >= 1000:
        kind = "count"  # "159 million": a count of something said before
    if (
        kind == "count"
        and unit == ""
        and (whole := OF_THE.match(text, end))
        and not _ONE_IN_BEFORE.search(text, max(0, start - 8), start)  # "one in 13 of the"
    ):
        end = whole.end()  # "four of the five", "six of the top 10"
        unit = f"of {whole_of(whole.group('whole'), whole.group('scale') or whole['glued'])}"
    elif kind in ("count", "number") and unit == "" and (run := OF_THE_LAST.match(text, end)):
        # "five of the last six years": the run of years stays the time it is
        kind, unit = "count", f"of {whole_of(run.group('whole'))}"
    others = unit.lower() == "others" and not others_are_people(doc, text, start, end)
    if kind == "count" and unit.split(" ")[-1].lower().strip("-") in PEOPLE_UNITS:
        unit = "" if others else "people"  # "nine others" (of people), "a 6,000-strong crowd"
    if (
        kind in ("count", "number")
        and not unit
        and not others
        and (noun := bare_unit(doc, text, start, end))
    ):
        unit, kind = noun, "count"  # "seven of the detainees", "an audience of 6.3 million"
    if kind == "currency" and " per " not in unit and (base := exchange_base(text, start, unit)):
        unit = f"{unit} per {base}"  # "one euro worth $1.32": USD per EUR
    if kind == "currency" and " per " not in unit and (priced := priced_unit(text, start)):
        unit = f"{unit} per {priced}"  # "a barrel of crude ended down $1.33 to $42.12"
    if kind == "currency" and " per " not in unit and (period := period_of(text, start, end)):
        unit = f"{unit} per {period}"  # "an annual income of £775": GBP per year
    if kind == "percent" and _ANNUAL_AFTER.match(text, end):
        unit = f"{unit} per year"  # "a 5 percent annual return", "a 2 percent annual fee"
    elif kind == "percent" and _RATE_OF.search(text, max(0, start - 40), start):
        unit = f"{unit} per year"  # "grew at an annual rate of 3.9%"
    if kind == "count" and unit and " per " not in unit and (period := period_before(text, start)):
        unit = f"{unit} per {period}"  # "an annual target of 8,000 applications"
    rated = kind in ("currency", "physical", "count", "percent", "duration") and " per " not in unit
    bare = kind in ("currency", "percent")  # "11 percent growth per year", "$5bn profit a year"
    if rated and bool(unit) and (period := rate_after_phrase(text, end, bare)):
        unit = f"{unit} per {period}"  # "$1bn in bilateral trade each day": USD per day
    approx, start = approximation(text, start, doc)
    approx = approximation_after(text, end, approx)
    number_end = match.end("scale") if match.group("scale") else match.end("number")
    approx = approximation_after(text, number_end, approx)  # "10 or so images"
    approx = verb_bound(text, start, approx)  # "has exceeded 4.8 million"
    if kind == "age" and approx == "=" and (bound := age_bound(text, start)):
        approx, start = bound  # "under the age of 16"
    if approx == "=" and ESTIMATED_OF.search(text[max(0, start - 40) : start]):
        approx = "~"  # "an estimated debt of 6.5 billion reais"
    return _Match(start, end, low, high, unit, kind, approx, tentative)


def _part_of_bare(text: str, end: int, low: float) -> re.Match[str] | None:
    """ "6 of 10 Americans": a part of a larger whole; not "one of 20 students", whose
    "one" is no count (the guidelines' "one of the three ministers")."""
    whole = OF_BARE.match(text, end)
    if whole is None or low == 1:
        return None
    size = number_value(whole.group("whole"))
    return whole if size is not None and size > low else None


def _fractions(text: str) -> Iterator[_Match]:
    """Fractions and proportions ("two thirds of", "one in 10") as figures."""
    for begin, end, value, kind in fractions(text):
        approx, start = approximation(text, begin)
        kind, _, unit = kind.partition(":")  # "duration:seconds"
        unit, _, bound = unit.partition(":")  # "age:years:>": "the over-65s"
        if bound and text[begin].isupper() and not SENTENCE_START.search(text[:begin][-4:]):
            continue  # "England Under-21", "an Under-18 side": a team's name
        approx = cast(Approx, bound) if bound else approx
        unit = "x" if kind == "multiplier" else unit
        noun = FRACTION_NOUN.match(text[end : end + 40])
        if kind == "count" and noun and noun["money"]:
            kind, unit = "currency", CURRENCY_WORDS[noun["money"]]  # "half a billion dollars"
            end += noun.end()
        elif kind == "count" and noun:
            unit = noun["name"] or noun["n"]  # "half a million people", "... Sri Lankans"
        yield _Match(start, end, value, value, unit, kind, approx)  # type: ignore[arg-type]


#: How far back (in characters, inside one sentence) a bare count looks for its noun.
INHERIT_REACH = 120


def _inherit_units(text: str, found: list[_Match]) -> None:
    """A unit-less figure after one with a unit, joined by "against", "from", "to", "or"
    ("4.12 trillion tokens against 2.94 trillion"), takes the first one's unit (the
    converted sum's, not its conversion's: "77m euros ($100m), up from 38m")."""
    said_as = {id(f): group[0] for group in restated_groups(text, found) for f in group}
    for before, after in itertools.pairwise(found):
        gap = text[before.end : after.start].strip().lower()
        if len(gap) > 40 or any(mark in gap for mark in ".;:"):
            continue
        if (
            not after.unit
            and after.kind in ("number", "count")
            and before.unit
            and (
                before.kind in ("count", "currency", "physical", "age")  # "age of 21 ... to 18"
                or (before.kind == "duration" and not re.search(r"\b(?:and|or)$", gap))
            )  # "rose to 81 days from 53"
            and _CONTRAST.search(gap)
        ):
            first = said_as[id(before)]
            after.unit, after.kind = first.unit, first.kind
            base = first.unit.split(" per ")[0]
            rated, _, stop = with_rate(text, base, first.kind, after.end)
            if stop > after.end:  # "8,000 applications - equivalent to 40 a day": its own rate
                after.unit, after.end = rated, stop
        elif _same_rate(before, after) and (_CONTRAST.search(gap) or _RATE_CARRIED.search(gap)):
            after.unit = before.unit  # "$1.2871 against the euro, from $1.2974": USD per EUR
    # "14 and 15 inch screens": the first of two joined figures takes the unit said after
    for before, after in itertools.pairwise(found):
        joined = re.fullmatch(r"\s+(?:and|or)\s+", text[before.end : after.start]) or (
            re.fullmatch(r"\s+to\s+", text[before.end : after.start])
            and re.search(r"\bfrom\s+$", text[max(0, before.start - 8) : before.start])
        )  # "from two to four megapixels"
        if joined and not before.unit and before.kind in ("number", "count") and after.unit:
            before.unit, before.kind = after.unit, after.kind
        elif joined and before.unit and after.unit.partition(" per ")[0] == before.unit:
            before.unit = after.unit  # "from $5 to $7 a barrel": both a barrel's price
    _dollars_named_before(text, found)
    for figure in found:  # "clear 7, 8, 10 percent": a list of shares
        bare = figure.kind in ("number", "count") and not figure.unit
        if bare and _in_a_share_list(text, figure.start, figure.end):
            figure.unit, figure.kind = "%", "percent"
    weights_in_pounds(text, found)
    share_bracketed_rates(text, found)
    # "almost $1.6bn (£857m)", "an estimated 6.5bn reais ($2.3bn or £1.2bn)", "at least
    # 50,000 sq m (538,000 sq ft)": a conversion is as approximate as what it converts.
    for before, after in itertools.pairwise(found):
        gap = text[before.end : after.start]
        restated = bool(
            (len(gap) <= RESTATED_REACH and "." not in gap and _RESTATED.search(gap))
            # "almost a quarter (21%)": a part restated as a share
            or (before.kind == "ratio" and after.kind == "percent" and gap == " (")
        )
        if is_conversion(text, before, after) or restated:  # "about 258 million a day,
            after.approx = before.approx if after.approx == "=" else after.approx  # equating to"
    _repeated_counts(text, found)  # (before the nearest count: "in all 13" repeats one)
    # "the TGWU's 70,000": a bare count counts what the sentence's last counted figure did
    for index, after in enumerate(found):
        if after.unit or after.kind not in ("number", "count"):
            continue
        for before in reversed(found[:index]):
            if not inherits_from(text, before.end, after.start, INHERIT_REACH):
                break
            if before.kind == "count" and before.unit and not before.unit.startswith("of "):
                after.unit, after.kind = before.unit.split(" per ")[0], "count"
                after.unit, _, after.end = with_rate(text, after.unit, "count", after.end)
                break
            if before.kind == "physical" and ANOTHER_BEFORE.search(
                text, max(0, after.start - 12), after.start
            ):
                after.unit, after.kind = before.unit, "physical"  # "15 miles - another 11 to go"
                break
            if before.kind == "age" and re.search(r"\bat\s+$", text[: after.start][-4:]):
                after.unit, after.kind = "years", "age"  # "signed at the age of 15 ... at 18"
                break
    named: _Match | None = None  # "the number of MPs ... a reduction of around 120 from 659"
    for figure in found:
        if figure.unit or figure.kind not in ("number", "count"):
            continue
        counted = _number_of_before(text, figure.start)
        if counted is None and named is not None:
            one_sentence = not re.search(r"[.;:!?]", text[named.end : figure.start])
            counted = named.unit if one_sentence else None
        if counted:
            figure.unit, figure.kind, named = counted, "count", figure


#: How far back (in characters, inside one paragraph) a bare count looks for the count
#: it repeats.
REPEAT_REACH = 600
#: "all 13", "the four", "those 12": a bare number that points back at a count.
_POINTS_BACK = re.compile(r"\b(?:all|the|those|these|all\s+the|all\s+of\s+the)\s+$", re.I)


def _repeated_counts(text: str, found: list[_Match]) -> None:
    """ "In the 13 states where ... Trump did better in all 13": a bare number repeating a
    count of its paragraph counts what that count did, in its own sentence or after a word
    that points back ("the four", "all 13"), however far the parse put them apart."""
    for index, after in enumerate(found):
        if after.unit or after.kind not in ("number", "count") or after.low != after.high:
            continue
        points = _POINTS_BACK.search(text, max(0, after.start - 14), after.start) is not None
        for before in reversed(found[:index]):
            gap = text[before.end : after.start]
            if "\n\n" in gap or len(gap) > REPEAT_REACH:
                break
            same_sentence = not _SENTENCE_GAP.search(gap)
            if (
                (points or same_sentence)
                and before.kind == "count"
                and before.unit
                and (before.low == after.low)
            ):
                after.unit, after.kind = before.unit.split(" per ")[0], "count"
                break


#: A sentence's end between two figures (a colon does not end one: "its votes: one ... 13").
_SENTENCE_GAP = re.compile(r"[.;!?]\s")


#: Earlier in a bare count's sentence, "the number of" what it counts: "The precise
#: number of MPs to go would ... mean a reduction of around 120". (When the count hangs on
#: that number's own clause, :func:`extractors.figure_units.number_of_noun` reads it off
#: the parse; this reads the words, for a count in a later clause.)
_NUMBER_OF = re.compile(
    r"\bnumber\s+of\s+(?:[A-Za-z-]+\s+){0,2}?(?P<noun>[a-z][a-z-]*[a-rt-z]s|[A-Z]{2,}s)\b"
    r"(?P<rest>[^.;:!?]*)$"
)


def _number_of_before(text: str, start: int) -> str | None:
    found = _NUMBER_OF.search(text, max(0, start - 200), start)
    if found is None or re.search(r"\d", found.group("rest")):
        return None  # a figure between said what it counts (or another thing)
    return found.group("noun").lower()


#: Between a rate and a bare sum in its currency, words that carry the rate over: what was
#: expected ("33 cents a share, but analysts had expected 34 cents") or where a price closed
#: ("$53.09 a barrel before closing at $53.03").
_RATE_CARRIED = re.compile(
    r"\b(?:expected|forecast|predicted|estimated|pencilled\s+in"
    r"|(?:closing|closed|ending|ended|settling|settled|finishing|finished)\s+at)$"
)


def _same_rate(before: _Match, after: _Match) -> bool:
    """Two sums in one currency, the first a rate, the second said bare: "$60 a barrel,
    up from $55", "$1.29 to the euro, from $1.31"."""
    base, per, _ = before.unit.partition(" per ")
    return before.kind == after.kind == "currency" and bool(per) and after.unit == base


def _quantity(text: str, m: _Match) -> Quantity:
    """The record of a figure read: a range's value is its midpoint."""
    value = (m.low + m.high) / 2 if m.high != m.low else m.low
    return Quantity(
        value=value,
        low=m.low,
        high=m.high,
        unit=m.unit,
        kind=m.kind,
        approx=m.approx,
        text=text[m.start : m.end],
        start=m.start,
        end=m.end,
    )


#: After a number, the next of a list: "three, four or five cars", "14 and 15 inch".
_NEXT_GUESS = re.compile(rf"\s*(?:,|\s+or|\s+and)\s+(?:\d|{WORD_NUMBER})", re.I)


def _longest(parts: list[_Match]) -> list[_Match]:
    """Of figures that overlap, the longest (the first of equals)."""
    kept: list[_Match] = []
    for part in sorted(parts, key=lambda m: m.start - m.end):
        if not _overlaps_any(part, kept):
            kept.append(part)
    return kept


def _overlaps_any(m: _Match, found: list[_Match]) -> bool:
    """Whether a figure overlaps one already found."""
    return any(f.start < m.end and m.start < f.end for f in found)
