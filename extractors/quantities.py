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
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Doc, Token

from extractors.figure_ages import bare_age
from extractors.figure_approx import (
    ESTIMATED_OF,
    approximation,
    approximation_after,
    verb_bound,
)
from extractors.figure_conversions import is_conversion
from extractors.figure_dates import date_spans, in_a_date
from extractors.figure_inherit import bare_noun, inherits_from
from extractors.figure_ranges import merge_ranges
from extractors.figure_scales import glued_letter_is_no_scale, glued_unit
from extractors.figure_units import (
    ahead,
    bare_unit,
    counted_noun,
    counted_phrase,
    exchange_base,
    noun_after_adjective,
    unit_is_a_verb,
)
from extractors.not_figures import ELAPSED_BEFORE, SENTENCE_START, not_a_figure, titles_a_name
from extractors.ratios import FRACTION_NOUN, UNITS_WORDS, fractions, period_after, period_of
from extractors.records import Approx, Quantity, QuantityKind

# -- numbers ---------------------------------------------------------------------------

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "tr": 1e12,
    "t": 1e12, "hundred": 1e2,
}  # fmt: skip
_WORD_NUMBER = (
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four"
    r"|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\sdozen|dozens"
    r"|a\shundred|hundreds|a\sthousand|thousands|a\smillion|millions|a\sbillion|billions)\b"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"(?:thousand|million|billion|trillion|mln|mn|bn|tn|tr|[kmbt])"
_WORD_SCALE = r"(?:thousand|million|billion|trillion)"

# -- units -----------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "rs": "INR", "inr": "INR",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "chf": "CHF",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "francs": "CHF", "cents": "USD cents", "pence": "GBP pence",
    "p": "GBP pence", "won": "KRW", "rand": "ZAR", "roubles": "RUB", "rubles": "RUB",
    "rupiah": "IDR", "pesos": "MXN", "lira": "TRY", "shekels": "ILS", "naira": "NGN",
    "kronor": "SEK", "krona": "SEK", "reais": "BRL", "ringgit": "MYR", "baht": "THB",
}  # fmt: skip
#: Dollars named by their country: "1.2bn Australian dollars", "65 Canadian cents".
DOLLAR_COUNTRIES = {"canadian": "CAD", "australian": "AUD", "us": "USD", "american": "USD",
                    "singapore": "SGD", "taiwan": "TWD", "zimbabwe": "ZWD"}  # fmt: skip
PHYSICAL_UNITS = {
    "gw": "GW", "mw": "MW", "kw": "kW", "tw": "TW", "gwh": "GWh", "mwh": "MWh", "kwh": "kWh",
    "twh": "TWh", "km": "km", "kilometres": "km", "kilometers": "km", "miles": "miles",
    "mile": "miles", "kg": "kg", "kilograms": "kg", "tonnes": "tonnes", "tons": "tonnes",
    "metres": "m", "meters": "m", "feet": "ft", "mph": "mph", "km/h": "km/h", "degrees": "degrees",
    "°c": "°C", "°f": "°F", "barrels": "barrels", "litres": "litres", "liters": "litres",
    "hectares": "hectares", "acres": "acres", "gb": "GB", "tb": "TB", "mb": "MB", "pb": "PB",
    "ghz": "GHz", "nm": "nm", "watts": "W", "volts": "V", "calories": "calories",
    "bpd": "barrels per day", "inch": "in", "inches": "in", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "millimetres": "mm", "metre": "m", "kilometre": "km", "tonne": "tonnes",
    "litre": "litres", "hectare": "hectares", "acre": "acres", "foot": "ft",
    "mg": "milligrams", "milligrams": "milligrams", "grams": "grams", "ml": "millilitres",
    "millilitres": "millilitres", "gallons": "gallons", "yards": "yards", "yard": "yards",
    "pints": "pints", "ounces": "ounces",
}  # fmt: skip
DURATION_UNITS = {
    "seconds": "seconds", "second": "seconds", "minutes": "minutes", "minute": "minutes",
    "hours": "hours", "hour": "hours", "days": "days", "day": "days", "weeks": "weeks",
    "week": "weeks", "months": "months", "month": "months", "years": "years", "year": "years",
    "decades": "decades", "decade": "decades", "secs": "seconds", "sec": "seconds",
    "mins": "minutes", "hrs": "hours", "yrs": "years",
}  # fmt: skip
#: Words after a number that are not its unit (the next word of the sentence).
NOT_UNITS = frozenset(
    "the a an and or of to in on at by for from with than as is are was were be been has have "
    "had will would could should may might per percent cent times fold x it its their this "
    "that these those which who when where while after before since until about over under "
    "more less up down out into onto during between among against vs versus so far ahead "
    "behind across apiece clear".split()
)
#: Counted words that say "people": "nine others", "three million unemployed".
PEOPLE_UNITS = frozenset(
    "others unemployed population homeless affected dead injured wounded strongs".split()
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)

# -- the pattern -----------------------------------------------------------------------

_NUMBER = rf"(?:{_DIGITS})"
_CURRENCY_PREFIX = r"(?:US\$|HK\$|A\$|C\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CNY|RMB|JPY|INR|CHF|Rs\.?)\s?)"
# Dashes join a range only when tight or spaced like a range ("80–90%", "80 - 90%");
# a spaced em dash separates clauses ("Sonnet 4.6 — 5.17T").
_RANGE_SEP = r"(?:-to-|[-–]|\s[-–]\s|\s+(?:to|and|or)\s+)"
_QUANTITY = re.compile(
    rf"""
    (?P<currency>{_CURRENCY_PREFIX})?
    (?P<number>{_NUMBER}|{_WORD_NUMBER})
    (?:(?:\s?|-(?={_WORD_SCALE}))(?P<scale>{_SCALE})(?![a-z]))?
    (?:
        (?P<range_sep>{_RANGE_SEP}-?)
        (?P<currency2>{_CURRENCY_PREFIX})?
        (?P<number2>{_NUMBER}|{_WORD_NUMBER})
        (?:\s?(?P<scale2>{_SCALE})(?![a-z]))?
    )?
    """,
    re.I | re.X,
)
_PERCENT_AFTER = re.compile(
    r"\s?(?P<pct>%|percent(?:age points?)?\b|per\s?cent\b|pc\b|pp\b|percentage points?\b)", re.I
)
_HYPHEN_TIMES = (  # "10-times faster": before a comparative; not "a three-times winner"
    r"-(?=times\s+(?:more|less|as|fast|slow|high|low|big|small|cheap|larg|great|long|short"
    r"|strong|quick|heavi|light|bett|wors)[a-z]*\b)"
)
_MULTIPLIER_AFTER = re.compile(
    rf"(?:\s?(?P<x>x)\b|(?:\s|{_HYPHEN_TIMES})(?P<times>times)\b|-?(?P<fold>fold)\b)", re.I
)
_RATE_AFTER = re.compile(
    r"[ \t](?P<rate>(?:per|a|an|each|every)[ \t]"
    r"(?:(?:million|thousand|billion|\d[\d,]*|1m|1k)[ \t])?"
    r"(?:[a-z]+(?:[ \t](?:tokens|words|users|queries|requests))?))\b",
    re.I,
)
# Units sit on the number's own line: "7.36T" above a "Chinese tokens" label is not one.
_WORD_AFTER = re.compile(r"[ \t](?:(?P<adj>[a-z][a-z-]*)[ \t])?(?P<word>[a-z][a-z/°-]*)", re.I)
_OF_THE = re.compile(  # "92 of the Lords' 750 peers", "two of a staggering 12 nominations"
    rf"\s+of\s+(?:(?:the|its|their|his|her|our|a|an)\s+(?:[A-Z][\w.]*s['’]\s+)?"
    rf"|[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}['’]s\s+)(?:[a-z]+\s+)?(?!(?:19|20)\d\d\b)"
    rf"(?P<whole>\d+|{_WORD_NUMBER})(?:\s(?P<scale>thousand|million|billion))?\b"
    # "one of the 800 metres favourites": the second number has its own unit
    r"(?!\s*(?:%|percent|per cent|metres|meters|miles|km|kg|years|months|days|hours|minutes))",
    re.I,
)
#: "Two of Britain's unions", "nine of her meetings": a part of a group.
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|a|its|their|his|her|our|my|your|these|those|them|us|all"
    r"|[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}['’]s)\b"
)
#: What joins a figure to one that shares its unit: "X tokens ..., against Y".
_CONTRAST = re.compile(
    r"(?:^|\s)(?:against|versus|vs\.?|compared with|compared to|from|to|and|or|up from"
    r"|down from|rather than|instead of)$"
)
#: "$1.29 to the euro": an exchange rate, the price of one unit of another currency.
_EXCHANGE_AFTER = re.compile(
    r"\s+(?:to|against|per)\s+(?:the|one|a|an)\s+(?P<per>euro|dollar|pound|yen|yuan)\b", re.I
)
_RATE_UNITS = frozenset(
    "token tokens day week month year hour minute second share user person capita head "
    "query request word kwh unit mile km litre barrel tonne ton annum people inch".split()
)


#: A unit as read after a number: the unit, the kind of quantity, and where the
#: quantity ends; the kind is "skip" when the number is no figure ("three years ago").
_UnitReading = tuple[str, QuantityKind | Literal["skip"], int]


@dataclass(slots=True)
class _Match:
    start: int
    end: int
    low: float
    high: float
    unit: str
    kind: QuantityKind
    approx: Approx


def find_quantities(text: str, doc: Doc | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order; see the module docstring."""
    dates = date_spans(doc)
    found: list[_Match] = []
    position = 0
    while match := _QUANTITY.search(text, position):
        parsed = _parse(text, match, doc)
        # A match cut short ("from £5.5bn to £8.2bn" is two figures) is read on from its end.
        position = parsed.end if parsed else match.end("number")
        if (
            parsed is None
            or in_a_date(parsed.start, parsed.end, parsed.kind, parsed.unit, dates, text)
            or _overlaps_any(parsed, found)
        ):
            continue
        if not_a_figure(text, parsed.start, parsed.end, parsed.kind):
            continue
        found.append(parsed)
    parts = [  # "two thirds of", "one in 10": the fraction, not "10"
        part
        for part in _fractions(text)
        if part.kind != "duration" or not not_a_figure(text, part.start, part.end, part.kind)
    ]
    found = [f for f in found if not _overlaps_any(f, parts)] + parts
    found.sort(key=lambda m: m.start)
    found = merge_ranges(text, found)
    _inherit_units(text, found)
    for m in found:  # "while the four were in Cuba": people; "voted by 229 to 206": votes
        if not m.unit and m.kind in ("number", "count") and (noun := bare_noun(text, doc, m)):
            m.unit, m.kind = noun, "count"
    return [_quantity(text, m) for m in found]


def _parse(text: str, match: re.Match[str], doc: Doc | None = None) -> _Match | None:
    start, end = match.start(), match.end()
    number_text = match.group("number")
    if not _clean_edges(text, start, end, match):
        return None
    if (match.group("number2") or "").lower() == number_text.lower() and "-" in match[0]:
        return None  # "a one-to-one meeting", "drew 2-2": a manner or a score, no range
    low = _number(number_text)
    if low is None:
        return None
    scale = SCALES[match.group("scale").lower()] if match.group("scale") else 1.0
    ends = _range_end(match, low, scale) if match.group("number2") else None
    if ends is None:
        if match.group("number2") and re.match(r"\s*[-–—]", match.group("range_sep")):
            return None  # "2025-2026", "3-1": not a figure with a range
        low, high = low * scale, low * scale
        end = match.end("scale") if match.group("scale") else match.end("number")
    else:
        low, high = min(ends), max(ends)
    currency = match.group("currency")
    if ends is not None:  # "5-$10"; not "in 2004 to $200m", where the "$" is the next figure's
        currency = currency or match.group("currency2")
    stop = end  # where the number (or the range) ends
    unit, kind, end = _unit(text, end, currency, match)
    if kind == "skip":
        return None
    if kind == "number" and _looks_like_a_year_or_date(text, match, low, scale, end):
        return None
    if glued := glued_unit(text, match):  # "the 200m champion", "a 7.5t lorry"
        approx, begin = approximation(text, start)
        low, high = low / scale, high / scale
        return _Match(begin, match.end("scale"), low, high, glued, "physical", approx)
    if kind == "number" and glued_letter_is_no_scale(match):
        return None  # "405B", "7B": model sizes, not figures
    if _lone_one(match, kind, unit, text, end):
        return None  # "one lab", "One reading": an article, not a figure
    if _names_a_thing(text, match, doc):
        return None  # "BBC Radio 1", "Windows 95"
    if kind == "count" and unit_is_a_verb(doc, match.end()):
        unit, kind, end = "", "number", match.end()  # "the big three hold 46.6%"
    if kind == "number" and bare_age(text, match.start("number"), end, low):
        unit, kind = "years", "age"  # "from the age of 17", "Mr Ebbers, 63, is accused"
    noun = counted_noun(doc, match.start("number"), match.end("number"))
    if kind == "number" and noun and noun != (match.group("scale") or "").lower():
        unit, kind = noun, "count"  # "5,808 Academy voters"; not the "t" of "8.21t"
    phrase = counted_phrase(doc, match.start("number"), match.end()) if kind == "count" else None
    if phrase is not None and phrase[1] >= match.end():
        unit, kind, end = _with_rate(text, *phrase[:1], kind, phrase[1])  # "three drugs tests"
        if _NEXT_GUESS.match(text, stop):  # "three, four or five cars", "14 and 15 inch":
            unit, end = "", stop  # the next is a figure of its own, whose unit this shares
    adjective = noun_after_adjective(doc, match.end()) if kind == "count" else None
    if adjective is not None and adjective[1] > end:
        unit, end = adjective  # "four previous parliamentary by-elections"
    volume = kind == "count" and scale >= 1000 and " per " not in unit
    if volume and (period := period_after(text, match.end())):
        unit = f"{unit} per {period}"  # "8.21t monthly tokens"; not "three weekly shows"
    if kind == "count" and unit and (every := _EVERY_AFTER_VERB.match(text, end)):
        unit = f"{unit} per {every.group('per')}"  # "258 million images are shared every day"
    if kind == "number" and _PARTITIVE.match(text, end):
        kind = "count"  # "Two of Britain's unions"
    if kind == "number" and not _worth_keeping(text, match, low, scale):
        return None
    if kind == "number" and scale >= 1000:
        kind = "count"  # "159 million": a count of something said before
    if kind == "count" and unit == "" and (whole := _OF_THE.match(text, end)):
        end = whole.end()  # "four of the five", "six of the top 10"
        unit = f"of {_whole(whole.group('whole'), whole.group('scale'))}"
    if kind == "count" and unit.split(" ")[-1].lower().strip("-") in PEOPLE_UNITS:
        unit = "people"  # "nine others", "a 6,000-strong community"
    if kind in ("count", "number") and not unit and (noun := bare_unit(doc, text, start, end)):
        unit, kind = noun, "count"  # "seven of the detainees", "an audience of 6.3 million"
    if kind == "currency" and " per " not in unit and (base := exchange_base(text, start, unit)):
        unit = f"{unit} per {base}"  # "one euro worth $1.32": USD per EUR
    if kind == "currency" and " per " not in unit and (period := period_of(text, start, end)):
        unit = f"{unit} per {period}"  # "an annual income of £775": GBP per year
    approx, start = approximation(text, start, doc)
    approx = approximation_after(text, end, approx)
    number_end = match.end("scale") if match.group("scale") else match.end("number")
    approx = approximation_after(text, number_end, approx)  # "10 or so images"
    approx = verb_bound(text, start, approx)  # "has exceeded 4.8 million"
    if approx == "=" and ESTIMATED_OF.search(text[max(0, start - 40) : start]):
        approx = "~"  # "an estimated debt of 6.5 billion reais"
    return _Match(start, end, low, high, unit, kind, approx)


def _clean_edges(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Refuse numbers glued to words: model names, versions, codes, footnotes, times."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    number_start = match.start("number")
    if number_start == start and before[-1:].isalpha():
        return False  # "Qwen3", "V3.2", "K2"
    in_compound = before[-1:] == "-" and before[-2:-1].islower() and after[:1] == "%"
    if (
        before[-1:] in ("-", "_", ".", "/", "#", "[", ":", "@")
        and before[-2:-1].isalnum()
        and not in_compound  # "an 80%-of-capability-at-30%-of-cost pitch"
    ):
        return False  # "GLM-5", "v.3", "1/2", "#1"
    if before[-1:] in ("[", "#") or (after[:1] == "]" and before[-1:] == "["):
        return False  # footnote markers, "#1"
    if after[:1] == "]":
        return False
    if re.match(r"(?:st|nd|rd|th)\b", text[end : end + 3], re.I):
        return False  # ordinals
    if re.match(r"[a-z]", after, re.I) and not match.group("scale"):
        tail = re.match(r"[a-z]+", ahead(text, end), re.I)
        glued_ok: tuple[str, ...] = ("x", "pc", "pp", "fold", "bn", "mn", "k", "m", "st", "p")
        glued_ok += ("nd", "rd", "th", "secs", "sec", "mins", "min", "hrs", "yrs", "s")
        if tail and tail.group(0).lower() not in glued_ok + tuple(PHYSICAL_UNITS):
            return False  # "4o", "3B" model sizes, "10am"
    if re.match(r"/\d", after):
        return False  # "24/7", "6/4 favourite": a slogan or odds, not a figure
    if re.match(r":\d", after) or re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.)\b", ahead(text, end), re.I):
        return False  # times of day
    if re.search(r"(?:\bNo\.|\bno\.|\bnumber|#)\s?$", text[max(0, start - 8) : start]):
        return False  # ranks: "No. 1"
    if re.fullmatch(r"0\d+", match.group("number")):
        return False  # "007", "0800": a code, not a figure
    if before[-1:] in ("+", "=") or re.match(r"\s?[+=]\s?\d", after + text[end + 2 : end + 4]):
        return False  # "2+2=5": sums on a blackboard
    if re.match(r"[-.]\d", text[match.end() : match.end() + 2]):
        return False  # phone numbers, IPs, dates: "555-123-4567", "2026-04-30"
    return not (re.match(r"[-.]\d", after) and match.group("range_sep") is None)


def _number(text: str) -> float | None:
    lowered = text.lower().replace(",", "")
    try:
        return float(lowered)
    except ValueError:
        pass
    lowered = lowered.removeprefix("a ")
    if lowered in ("dozens", "hundreds", "thousands", "millions", "billions"):
        return None  # vague plurals are not figures
    if lowered in ("thousand", "million", "billion"):
        return SCALES[lowered]
    total = 0.0
    for part in re.split(r"[- ]", lowered):
        if part not in UNITS_WORDS:
            return None
        value = UNITS_WORDS[part]
        total = total * value if part == "hundred" and total else total + value
    return total


#: Words before "X to Y" that make it a change rather than a range.
_CHANGE_BEFORE = (
    r"\b(?:from|rose|fell|grew|increased|decreased|climbed|dropped|jumped|slipped|cut|raised"
    r"|rising|falling|up|down|by|added|adding|gained|gaining|lost|losing|shed|shedding"
    r"|surged|soared|plunged|sank|slid|tumbled|trimmed|boosted|lifted|narrowed|widened)"
    r"\s+(?:\S+\s+){0,4}$"
)
#: Ranges span less than this factor ("10-to-100x" is 10); beyond, it is two figures.
MAX_RANGE_RATIO = 200


def _range_end(match: re.Match[str], low: float, scale: float) -> tuple[float, float] | None:
    """Both ends of a range, scaled ("10-20 billion": the scale applies to both), or None
    when the second number is not a range end ("2024-25", a score "3-1", "5 and 6")."""
    sep = match.group("range_sep").strip().lower()
    high = _number(match.group("number2"))
    if high is None:
        return None
    scale2 = SCALES[match.group("scale2").lower()] if match.group("scale2") else scale
    if not match.group("scale") and low <= high:
        scale = scale2  # "10-20 billion"; not "17,000 to 4.48 million"
    before = match.string[max(0, match.start() - 30) : match.start()]
    between = r"\bbetween\s+[\"“‘']?(?:[a-z$£€]*\s*|(?:[a-z]+\s+){1,3})$"  # "Between 15,000 and"
    if sep == "and" and not re.search(between, before, re.I):
        return None
    if sep == "or" and match.group("currency2") and re.search(r"\d\w*,\s+$", before):
        return None  # "£30m, £40m or £50m": the last two of a list of sums, not a range
    if sep == "to" and re.search(_CHANGE_BEFORE, before, re.I):
        return None  # "from £5.5bn to £8.2bn", "rose 17,000 to 4.48m": a change, two figures
    if low * scale and high * scale2 / (low * scale) > MAX_RANGE_RATIO:
        return None
    if high * scale2 < low * scale:
        return None
    return low * scale, high * scale2


def _unit(text: str, end: int, currency: str | None, match: re.Match[str]) -> _UnitReading:
    """The unit and kind after the number, and where the quantity ends."""
    rest = ahead(text, end)
    or_so = re.match(r"\s+or\s+(?:so|thereabouts)\b", rest)
    if or_so and not currency:  # "10 or so images": the unit after the hedge
        unit, kind, stop = _unit(text, end + or_so.end(), currency, match)
        if kind != "number":
            return unit, kind, stop
    if currency:
        unit = CURRENCY_SYMBOLS.get(currency.strip().lower().rstrip("."), currency.strip())
        return _with_rate(text, unit, "currency", end)
    pct = _PERCENT_AFTER.match(rest)
    if pct:
        word = pct.group("pct").lower()
        unit = "percentage points" if "point" in word or word == "pp" else "%"
        return _with_rate(text, unit, "percent", end + pct.end())  # "25% a year"
    mult = _MULTIPLIER_AFTER.match(rest)
    if mult:
        if mult.group("times") and _OCCASIONS_AFTER.match(text, end + mult.end()):
            return "times", "count", end + mult.end()  # "rates went up five times": occasions
        return "x", "multiplier", end + mult.end()
    glued = re.match(r"[a-z°/]+\b", rest, re.I)
    if glued and glued.group(0).lower() in PHYSICAL_UNITS:
        return _with_rate(
            text, PHYSICAL_UNITS[glued.group(0).lower()], "physical", end + glued.end()
        )
    if glued and glued.group(0) == "p":  # "50p", "a 2p rise": pence
        return _with_rate(text, CURRENCY_WORDS["p"], "currency", end + glued.end())
    if glued and glued.group(0).lower() in DURATION_UNITS and glued.start() == 0:
        return DURATION_UNITS[glued.group(0).lower()], "duration", end + glued.end()  # "22secs"
    hyphenated = _HYPHEN_UNIT.match(rest)
    if hyphenated:
        return _hyphen_unit(hyphenated, end)
    word = _WORD_AFTER.match(rest)
    if word:
        return _word_unit(text, end, word, match)
    return "", "number", end


#: After "N times", what makes it a count of occasions ("went up five times from",
#: "cancelled seven times, which") rather than a multiplier ("eight times higher").
_OCCASIONS_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:from|in|a|an|per|since|before|after|during|this|last|each|every"
    r"|between|over"
    r"|already|now|and|or|but|when|while|to|by|at|on|for|with|since|so far|running)\b)",
    re.I,
)
#: Before a duration, words that make it a stretch of the calendar (a time expression).
_TIME_SPAN_BEFORE = re.compile(
    r"\bthe\s+(?:last|past|first|next|previous|coming|following|final|latest)\s+$", re.I
)
_HYPHEN_UNIT = re.compile(  # an age may lose its first hyphen: "an eleven year-old girl"
    r"(?:-|\s(?=(?:year|month|week|day)s?-olds?\b))"
    r"(?P<unit>year|month|week|day|hour|minute|second|metre|meter|mile|kilometre|kilometer"
    r"|km|foot|feet|inch|storey|story|seat|page|man|member|strong|acre|tonne|ton|point|mph|parameter)s?"
    r"(?P<old>-olds?)?\b",
    re.I,
)


def _hyphen_unit(match: re.Match[str], end: int) -> _UnitReading:
    """ "48-year-old", "three-metre", "a 200-page report"."""
    unit = match.group("unit").lower()
    stop = end + match.end()
    if match.group("old"):
        return "years", "age", stop
    if unit in DURATION_UNITS:
        return DURATION_UNITS[unit], "duration", stop
    physical = {"metre": "m", "meter": "m", "mile": "miles", "kilometre": "km", "kilometer": "km",
                "km": "km", "foot": "ft", "feet": "ft", "inch": "in", "acre": "acres",
                "tonne": "tonnes", "ton": "tonnes", "mph": "mph"}  # fmt: skip
    if unit in physical:
        return physical[unit], "physical", stop
    return unit + "s", "count", stop


def _word_unit(text: str, end: int, word: re.Match[str], match: re.Match[str]) -> _UnitReading:
    """A unit word after the number: currency, physical, duration, or a counted noun."""
    has_adj = word.group("adj") is not None
    first = (word.group("adj") if has_adj else word.group("word")).lower()
    first_end = end + (word.end("adj") if has_adj else word.end("word"))
    if has_adj and word.group("word").lower() in ("cents", "cent") and first in CURRENCY_WORDS:
        unit = CURRENCY_WORDS[first][:3] + " cents"
        return _with_rate(text, unit, "currency", end + word.end("word"))  # "40 euro cents"
    if (money := first.partition("-per-")[0]) in CURRENCY_WORDS:  # "530 pence-per-share"
        unit = CURRENCY_WORDS[money] + first[len(money) :].replace("-", " ")
        return _with_rate(text, unit, "currency", first_end)
    second = word.group("word").lower()
    if has_adj and second.rstrip("s") in ("dollar", "cent") and first in DOLLAR_COUNTRIES:
        unit = DOLLAR_COUNTRIES[first] + (" cents" if second.startswith("cent") else "")
        return _with_rate(text, unit, "currency", end + word.end("word"))  # "65 Canadian cents"
    if first in PHYSICAL_UNITS:
        return _with_rate(text, PHYSICAL_UNITS[first], "physical", first_end)
    if first in ("square", "cubic") and has_adj and word.group("word").lower() in PHYSICAL_UNITS:
        unit = f"{first} {PHYSICAL_UNITS[word.group('word').lower()]}"
        return _with_rate(text, unit, "physical", end + word.end("word"))
    if first == "second" and re.match(_SECOND_AS_ORDINAL, ahead(text, first_end), re.I):
        return "", "number", end  # "six second-hand planes", "the second half"
    if first in DURATION_UNITS:
        if re.match(r"\s+(?:ago|earlier|later|prior|from now)\b", ahead(text, first_end), re.I):
            return "", "skip", end  # a time expression ("three years ago"), not a figure
        before = text[max(0, end - 40) : match.start()]
        if (_TIME_SPAN_BEFORE.search(before) and not ELAPSED_BEFORE.search(before)) or re.match(
            r"\s+(?:from\s+\S+\s+to|to\s+(?:the\s+end|[A-Z])|ended|ending|until)\b",
            ahead(text, first_end),
        ):
            return "", "skip", end  # "the last eight years", "the three months to December"
        return DURATION_UNITS[first], "duration", first_end
    if first == "of" and _OF_THE.match(text, end):
        return "", "count", end  # "four of the five"
    if first in NOT_UNITS or first in ("am", "pm"):
        return "", "number", end
    if re.fullmatch(rf"(?:{MONTHS})\.?", first, re.I) and match.group("number")[0].isdigit():
        return "", "skip", end  # "24 February"; not "the three November Tests"
    if word.group("word")[0].isupper() and not has_adj:
        return "", "number", end  # a name follows ("5 Downing Street"): no unit
    if has_adj and word.group("word").lower() not in NOT_UNITS:
        # "four million registered users": the counted noun is the second word
        return _with_rate(text, word.group("word").lower(), "count", end + word.end("word"))
    return _with_rate(text, first, "count", first_end)


#: After "second": words that make it the ordinal ("second hand"), not the unit of time.
_SECOND_AS_ORDINAL = r"[\s-]+(?:hand|half|place|round|leg|quarter|tier|largest|biggest)\b"
#: A rate said after the verb of a count: "images are saved and shared every day".
_EVERY_AFTER_VERB = re.compile(
    r"\s+(?:are|were|is|was|get|got)\s+[a-z]+ed(?:\s+(?:and|or)\s+[a-z]+ed)?\s+"
    r"(?:every|each|a|per)\s+(?P<per>day|week|month|year)\b"
)


#: After "a year", "a month": words that make it a time ("a year earlier"), not a rate.
_WHEN_AFTER_RATE = re.compile(r"\s+(?:earlier|ago|later|before|previously)\b", re.I)


def _with_rate(text: str, unit: str, kind: QuantityKind, end: int) -> tuple[str, QuantityKind, int]:
    """Keep a rate attached: "$0.30 per million tokens", "$5 a month", "$1.29 to the euro"."""
    exchange = _EXCHANGE_AFTER.match(text, end)
    if exchange and kind == "currency":
        return f"{unit} per {CURRENCY_WORDS[exchange.group('per').lower()]}", kind, end
    rate = _RATE_AFTER.match(text, end)
    if rate and _WHEN_AFTER_RATE.match(text, rate.end()):
        rate = None  # "£125m a year earlier": a time, not a rate
    if rate:
        words = rate.group("rate").split()
        if words[-1].lower().rstrip("s") in _RATE_UNITS or words[-1].lower() in _RATE_UNITS:
            per = " ".join(["per", *words[1:]]).replace("annum", "year")  # "per annum"
            return f"{unit} {per}".strip(), kind, rate.end()
    return unit, kind, end


def _looks_like_a_year_or_date(
    text: str, match: re.Match[str], value: float, scale: float, end: int
) -> bool:
    number = match.group("number")
    if scale == 1 and re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", number):
        return True  # a bare four-digit year
    window = text[max(0, match.start() - 12) : end + 12].lower()
    if scale == 1 and value <= 31 and re.search(rf"\b(?:{MONTHS})\b", window):
        return True  # a day of a month
    return bool(re.match(r"s\b", text[end : end + 2]))  # "the 1990s"


#: Capitalised words before a number that hedge it rather than name it.
_HEDGE_WORDS = frozenset(
    "about around roughly nearly almost some over under just only approximately up".split()
)
#: Entity types whose numbers are part of a name, not a figure.
NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON"})


def _names_a_thing(text: str, match: re.Match[str], doc: Doc | None) -> bool:
    """A small whole number right after a capitalised word names something."""
    if match.group("currency") or match.group("scale") or match.group("number2"):
        return False
    number = match.group("number")
    if not re.fullmatch(r"\d{1,3}(?:\.\d+)?", number):
        return False  # "Claude 4.6", "Radio 4"; not "Apple 2,000" (no such prose anyway)
    previous = re.search(r"([A-Z][\w]*)\s$", text[max(0, match.start() - 30) : match.start()])
    if previous is None or previous.group(1) in ("The", "A", "An", "In", "On", "By", "About"):
        return False
    if previous.group(1).lower() in _HEDGE_WORDS:
        return False  # "Roughly 80%", "Nearly 300": a hedge opening the sentence
    if doc is not None:
        span = doc.char_span(match.start("number"), match.end("number"), alignment_mode="expand")
        if span is not None and len(span) and span[0].ent_type_ in NAME_ENTITIES:
            return True
        return (
            span is not None
            and len(span) > 0
            and span[0].ent_type_ in ("", "CARDINAL")
            and span[0].i > 0
            and _name_like(doc[span[0].i - 1])
        )
    return True


def _name_like(token: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence ("Fable 5", tagged ADJ)."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)


_ONE_COUNTS_AFTER = (
    r"\b(?:only|just|exactly|than|least|most|over|under|about|nearly|almost|barely|single)\s+$"
)


#: "a crucial one", "the only one": an article and an adjective before a pronoun "one".
_ONE_AS_PRONOUN = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+$")
#: How far back a sentence's opening is looked for: a window, never all the text before.
_OPENING_REACH = 80
_OWNED_AFTER = re.compile(r"\s+(?:his|her|their|its|our|my|your)\b")
_VERB_AFTER = re.compile(r"\s+(?:were|are|was|is|have|had|will|would|could|can)\b")
#: Nouns after "one" that make a manner or a side, not a count ("one way", "one side").
_ONE_IDIOMS = frozenset("way side hand thing direction place spot position day time".split())


def _lone_one(match: re.Match[str], kind: QuantityKind, unit: str, text: str, end: int) -> bool:
    """ "one" counts nothing unless scaled ("one million"), and never in "one of the three";
    a capitalised number word before a capitalised word is a title ("Three Tiers")."""
    word = match.group("number")
    if word.isdigit() or match.group("scale") or match.group("number2"):
        return False
    if word.lower() == "one" and kind in ("count", "number") and not _OF_THE.match(text, end):
        # "only one goal", "more than one", "one Chilean", "one tool" count; a sentence's
        # opening "One reading", "one way", "one direction" do not.
        if re.search(_ONE_COUNTS_AFTER, text[max(0, match.start() - 14) : match.start()]):
            return False
        if _ONE_AS_PRONOUN.search(text, max(0, match.start() - 24), match.start()) and re.match(
            r"\s*(?:[,.;:]|(?:because|that|which|who|and|but|is|was)\b)", ahead(text, match.end())
        ):
            return True  # "a crucial one because", "the big one, which": a pronoun
        before = max(0, match.start() - _OPENING_REACH)  # "^" holds only at the text's start
        opening = SENTENCE_START.search(text, before, match.start())
        owned = _OWNED_AFTER.match(text, match.end("number"))
        return kind == "number" or bool(opening or owned) or unit.lower() in _ONE_IDIOMS
    if word.lower() == "one" and _OF_THE.match(text, end):
        return True  # "one of the three ministers": the three are counted, not the one
    return word[0].isupper() and titles_a_name(ahead(text, match.end("number")))


def _whole(text: str, scale: str | None = None) -> str:
    value = _number(text)  # "3 million of the 5 million users": the whole scaled too
    value = value * SCALES[scale.lower()] if value is not None and scale else value
    return str(int(value)) if value is not None and value == int(value) else text


#: Words after which a bare decimal is a value ("fell to 61.2", "was 3.5").
_FIGURE_BEFORE = re.compile(
    r"\b(?:to|from|at|of|by|was|is|were|are|be|been|reached|hit|stood|rose|fell|dropped"
    r"|climbed|averaged|scored|measured|about|around|nearly|than)\s+$",
    re.I,
)


#: A bare number as a comparison's second term or a part of a count just said ("10 cores,
#: compared with two for rivals", "26 plants, including two in Hebei"): a count.
_SECOND_TERM = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|including)\s+$", re.I)


def _worth_keeping(text: str, match: re.Match[str], value: float, scale: float) -> bool:
    """A bare number with no unit: keep scaled ones, decimals ("the index dropped to 61.2")
    and "four of the five"."""
    if match.group("number2") is not None or scale != 1:
        return True
    if re.match(r"\s+(?:ahead|behind|clear)\b", ahead(text, match.end())):
        return True  # "four ahead of Yelling": a margin
    if re.fullmatch(r"\d+\.\d+|\d{1,3}(?:,\d{3})+\.\d+", match.group("number")):
        # "the index fell to 61.2" is a figure; "sonnet 4.6" and "(2026.02)" are not.
        if re.fullmatch(r"(?:19|20)\d\d\.\d\d", match.group("number")):
            return False
        return bool(_FIGURE_BEFORE.search(text[max(0, match.start() - 16) : match.start()]))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*", match.group("number")) and value >= 2:
        # "with 17 at its offices", "Unison's 70,000": a count whose noun was said before
        return not re.match(r"\s*(?:[-–/:.]\d|[A-Z])", text[match.end() : match.end() + 3])
    second = _SECOND_TERM.search(text, max(0, match.start() - 20), match.start())
    if _VERB_AFTER.match(text, match.end()) or second:
        return value >= 2  # "Two were dressed as dandies", "compared with two for rivals"
    if re.search(r"\b(?:only|just|exactly)\s+$", text[max(0, match.start() - 9) : match.start()]):
        # "only one showed the wings": a count limited, its noun said before; not the
        # pronoun of "only one of which", "just one of many"
        return not re.match(r"\s+of\b", ahead(text, match.end()))
    return bool(_OF_THE.match(text, match.end()))


def _fractions(text: str) -> Iterator[_Match]:
    for begin, end, value, kind in fractions(text):
        approx, start = approximation(text, begin)
        kind, _, unit = kind.partition(":")  # "duration:seconds"
        unit = "x" if kind == "multiplier" else unit
        noun = FRACTION_NOUN.match(text[end : end + 40])
        if kind == "count" and noun:
            unit = noun["name"] or noun["n"]  # "half a million people", "... Sri Lankans"
        yield _Match(start, end, value, value, unit, kind, approx)  # type: ignore[arg-type]


#: How far back (in characters, inside one sentence) a bare count looks for its noun.
INHERIT_REACH = 120


def _inherit_units(text: str, found: list[_Match]) -> None:
    """A unit-less figure after one with a unit, joined by "against", "from", "to", "or"
    ("4.12 trillion tokens against 2.94 trillion"), takes the first one's unit."""
    for before, after in itertools.pairwise(found):
        gap = text[before.end : after.start].strip().lower()
        if len(gap) > 40 or any(mark in gap for mark in ".;:"):
            continue
        if (
            not after.unit
            and after.kind in ("number", "count")
            and before.unit
            and before.kind in ("count", "currency", "physical")
            and _CONTRAST.search(gap)
        ):
            after.unit, after.kind = before.unit, before.kind
    # "14 and 15 inch screens": the first of two joined figures takes the unit said after
    for before, after in itertools.pairwise(found):
        joined = re.fullmatch(r"\s+(?:and|or)\s+", text[before.end : after.start]) or (
            re.fullmatch(r"\s+to\s+", text[before.end : after.start])
            and re.search(r"\bfrom\s+$", text[max(0, before.start - 8) : before.start])
        )  # "from two to four megapixels"
        if joined and not before.unit and before.kind in ("number", "count") and after.unit:
            before.unit, before.kind = after.unit, after.kind
    # "almost $1.6bn (£857m)", "an estimated 6.5bn reais ($2.3bn or £1.2bn)", "at least
    # 50,000 sq m (538,000 sq ft)": a conversion is as approximate as what it converts.
    for before, after in itertools.pairwise(found):
        if is_conversion(text, before, after):
            after.approx = before.approx if after.approx == "=" else after.approx
    # "the TGWU's 70,000": a bare count counts what the sentence's last counted figure did
    for index, after in enumerate(found):
        if after.unit or after.kind not in ("number", "count"):
            continue
        for before in reversed(found[:index]):
            if not inherits_from(text, before.end, after.start, INHERIT_REACH):
                break
            if before.kind == "count" and before.unit and not before.unit.startswith("of "):
                after.unit, after.kind = before.unit.split(" per ")[0], "count"
                after.unit, _, after.end = _with_rate(text, after.unit, "count", after.end)
                break
            if before.kind == "age" and re.search(r"\bat\s+$", text[: after.start][-4:]):
                after.unit, after.kind = "years", "age"  # "signed at the age of 15 ... at 18"
                break


def _quantity(text: str, m: _Match) -> Quantity:
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
_NEXT_GUESS = re.compile(rf"\s*(?:,|\s+or|\s+and)\s+(?:\d|{_WORD_NUMBER})", re.I)


def _overlaps_any(m: _Match, found: list[_Match]) -> bool:
    return any(f.start < m.end and m.start < f.end for f in found)
