"""The unit after a number: "%", "$ ... per barrel", "times", "-year-old", a counted noun.

:func:`read_unit` reads the surface right after a number (and the currency before
it) and says what unit the figure has, what kind of quantity it is and where it
ends; :func:`with_rate` keeps a rate attached ("$5 a month", "$1.29 to the euro").

>>> with_rate("£30 a month", "GBP", "currency", 3)
('GBP per month', 'currency', 11)
"""

from __future__ import annotations

import re
from typing import Literal

from extractors.figure_units import ahead
from extractors.not_figures import ELAPSED_BEFORE
from extractors.quantity_words import (
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DOLLAR_COUNTRIES,
    DURATION_UNITS,
    GLUED_UNITS,
    ISO_CURRENCIES,
    MONTHS,
    NOT_UNITS,
    OF_THE,
    PHYSICAL_UNITS,
)
from extractors.ratios import PERIODS
from extractors.records import QuantityKind

_PERCENT_AFTER = re.compile(
    # ("pct", "pct points": the wire services' percent and percentage points; basis points,
    # hundredths of a percentage point)
    r"\s?(?P<pct>%|percent(?:age points?)?\b|per\s?cent\b|pc\b|pp\b|percentage points?\b"
    r"|pct(?:\s(?:points?|pts)\b)?|percentage pts\b|basis[\s-]points?\b|bps?\b|p\.\s?c\.)",
    re.I,
)
_HYPHEN_TIMES = (  # "10-times faster": before a comparative; not "a three-times winner"
    r"-(?=times\s+(?:more|less|as|fast|slow|high|low|big|small|cheap|larg|great|long|short"
    r"|strong|quick|heavi|light|bett|wors)[a-z]*\b)"
)
_MULTIPLIER_AFTER = re.compile(
    rf"(?:\s?(?P<x>x)\b|(?:\s|{_HYPHEN_TIMES})(?P<times>times)\b|-?(?P<fold>fold)\b)", re.I
)
_RATE_AFTER = re.compile(
    r"[ \t](?P<rate>(?:per|a|an|each|every|for[ \t]each|for[ \t]every)[ \t]"
    r"(?:(?<=each[ \t])(?-i:[A-Z])[A-Za-z]+[ \t])?"  # "$76 for each Guidant share"
    r"(?:(?:million|thousand|billion|\d[\d,]*|1m|1k)[ \t])?"
    r"(?:[a-z]+(?:[ \t](?:tokens|words|users|queries|requests))?))\b",
    re.I,
)
# Units sit on the number's own line: "7.36T" above a "Chinese tokens" label is not one.
_WORD_AFTER = re.compile(r"[ \t](?:(?P<adj>[a-z][a-z-]*)[ \t])?(?P<word>[a-z][a-z/°-]*)", re.I)
#: "$1.29 to the euro": an exchange rate, the price of one unit of another currency.
_EXCHANGE_AFTER = re.compile(
    r"\s+(?:(?:to|against|per)\s+(?:the|one|a|an)|per)\s+(?:US\s+|American\s+)?"
    r"(?P<per>euro|dollar|pound|yen|yuan)\b",
    re.I,
)
_RATE_UNITS = frozenset(
    "token tokens day week month year hour minute second share user person capita head "
    "query request word kwh unit mile km litre barrel tonne ton annum people inch night "
    "vote episode household student pupil passenger patient child employee worker visitor "
    "ticket copy game bottle gallon ounce acre kilo kilogram".split()
)


#: A unit as read after a number: the unit, the kind of quantity, and where the
#: quantity ends; the kind is "skip" when the number is no figure ("three years ago").
UnitReading = tuple[str, QuantityKind | Literal["skip"], int]


#: The US named with stops or in full before its dollars or cents (a plain "US dollars" is
#: read with the other dollars named by their country).
_US_DOLLARS_AFTER = re.compile(r"\s+(?:U\.S\.|United\s+States)\s+(?P<money>dollars?|cents?)\b")


def read_unit(text: str, end: int, currency: str | None, match: re.Match[str]) -> UnitReading:
    """The unit and kind after the number ending at ``end`` (``match`` is the number's
    match of the tagger's pattern), and where the quantity ends."""
    rest = ahead(text, end)
    or_so = re.match(r"\s+or\s+(?:so|thereabouts|more|fewer|less)\b", rest)
    if or_so and not currency:  # "10 or so images", "two or more years": the unit after it
        unit, kind, stop = read_unit(text, end + or_so.end(), currency, match)
        if kind != "number":
            return unit, kind, stop
    if currency:
        unit = CURRENCY_SYMBOLS.get(currency.strip().lower().rstrip("."), currency.strip())
        return with_rate(text, unit, "currency", end)
    if american := _US_DOLLARS_AFTER.match(rest):  # "2 million U.S. dollars", "19 United
        cents = american["money"].lower().startswith("c")  # States cents"
        return with_rate(text, "USD cents" if cents else "USD", "currency", end + american.end())
    if _MAGNITUDE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return "magnitude", "physical", end  # "a magnitude 5.8 earthquake", "magnitude-7.1"
    if richter := _RICHTER_AFTER.match(rest):
        return "magnitude", "physical", end + richter.end()  # "6.4 on the Richter scale"
    pct = _PERCENT_AFTER.match(rest)
    if pct:
        word = pct.group("pct").lower()
        if word.startswith("b"):  # "bps", "basis points"
            unit = "basis points"
        elif word == "pp" or "point" in word or "pts" in word:  # "pct pts", "percentage pts"
            unit = "percentage points"
        else:
            unit = "%"
        return with_rate(text, unit, "percent", end + pct.end())  # "25% a year"
    mult = _MULTIPLIER_AFTER.match(rest)
    if mult:
        grown = _GROWN_BEFORE.search(text, max(0, match.start() - 40), match.start()) and (
            re.match(r"\s*[,.;:]", text[end + mult.end() :])  # not "expanded three times before"
        )
        if mult.group("times") and _OCCASIONS_AFTER.match(text, end + mult.end()) and not grown:
            # "rates went up five times": occasions; "six to 10 times a year": a rate of them
            return with_rate(text, "times", "count", end + mult.end())
        return "x", "multiplier", end + mult.end()
    glued = re.match(r"[a-z°/]+\b", rest, re.I)
    if glued and glued.group(0) in ("Mb", "Kb", "Gb"):  # "2Mb services": bits, not bytes
        unit = {"Mb": "megabits", "Kb": "kilobits", "Gb": "gigabits"}[glued.group(0)]
        return unit, "physical", end + glued.end()
    if degrees := glued_degrees(text, match.start(), end):  # "35C"; not "iPhone 5C"
        return degrees, "physical", end + 1
    if glued and glued.group(0).lower() in GLUED_UNITS:  # "15W", "200MP"
        return GLUED_UNITS[glued.group(0).lower()], "physical", end + glued.end()
    if glued and glued.group(0).lower() in PHYSICAL_UNITS:
        return with_rate(
            text, PHYSICAL_UNITS[glued.group(0).lower()], "physical", end + glued.end()
        )
    if glued and glued.group(0) == "in" and re.match(r"in\s*\(\s*\d", rest):
        return "in", "physical", end + glued.end()  # "42in (106cm)": inches, restated
    if glued and glued.group(0) == "p":  # "50p", "a 2p rise": pence
        return with_rate(text, CURRENCY_WORDS["p"], "currency", end + glued.end())
    if glued and glued.group(0).lower() in DURATION_UNITS and glued.start() == 0:
        return DURATION_UNITS[glued.group(0).lower()], "duration", end + glued.end()  # "22secs"
    hyphenated = _HYPHEN_UNIT.match(rest)
    if hyphenated:
        return _hyphen_unit(hyphenated, end)
    word = _WORD_AFTER.match(rest)
    if word:
        return _word_unit(text, end, word, match)
    return "", "number", end


#: A name's word right before a number ("iPhone 5C", "Room 4F"; not "Sunday's 35C").
_NAME_BEFORE = re.compile(r"\b\w*[A-Z]\w*(?<!'s)(?<!’s)\s$")
#: Words of warmth near a number glued to "C" or "F" that make it degrees.
_WARMTH = re.compile(
    r"\b(?:temperatures?|degrees?|warm\w*|cold\w*|heat\w*|hot(?:ter|test)?|cool\w*|chill\w*"
    r"|freez\w*|frost\w*|thermometers?|weather|forecasts?|minus|celsius|fahrenheit)\b",
    re.I,
)


def glued_degrees(text: str, start: int, end: int) -> str | None:
    """ "°C" or "°F" for a number at ``start:end`` glued to "C" or "F" where the words around
    speak of warmth ("Temperatures reached 35C", "minus 5C"); not a name ("iPhone 5C"), a
    figure's panel ("Fig. 1C") or an isotope ("14C dating").

    >>> glued_degrees("Temperatures reached 35C.", 21, 23), glued_degrees("see Fig. 1C", 9, 10)
    ('°C', None)
    """
    letter = text[end : end + 1]
    if letter not in ("C", "F") or text[end + 1 : end + 2].isalnum():
        return None
    if _NAME_BEFORE.search(text, max(0, start - 40), start):
        return None
    return f"°{letter}" if _WARMTH.search(text, max(0, start - 80), end + 40) else None


#: An earthquake's magnitude, named before its number or by its scale after it.
_MAGNITUDE_BEFORE = re.compile(r"\bmagnitude[ \t-]$", re.I)
_RICHTER_AFTER = re.compile(r"\s+on\s+the\s+Richter(?:\s+scale)?\b", re.I)


#: Before "N times", a verb of growth that makes it a factor: "speed has leaped 500,000
#: times.", "sales grew tenfold" (not "rates went up five times", occasions).
_GROWN_BEFORE = re.compile(
    r"\b(?:leap(?:t|ed|s)?|grow(?:n|s)?|grew|multipl(?:ied|ies|y)|increas(?:ed|es|e)"
    r"|expand(?:ed|s)?|soar(?:ed|s)?)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+|almost\s+"
    r"|more\s+than\s+|over\s+)?$",
    re.I,
)
#: After "N times", what makes it a count of occasions ("went up five times from",
#: "cancelled seven times, which") rather than a multiplier ("eight times higher").
_OCCASIONS_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:a|an)\b(?!\s+[\w-]+['’]s\b)"  # (not "three times a worker's pay")
    r"|(?:from|in|per|since|before|after|during|this|last|each|every"
    r"|between|over"
    r"|already|now|and|or|but|when|while|to|by|at|on|for|with|since|so far|running)\b)",
    re.I,
)
#: Before a duration, words that make it a stretch of the calendar (a time expression).
_TIME_SPAN_BEFORE = re.compile(
    r"\bthe\s+(?:last|past|first|next|previous|coming|following|final|latest)\s+$", re.I
)
_HYPHEN_UNIT = re.compile(  # an age may lose its first hyphen: "an eleven year-old girl"
    r"(?:-|\s(?=(?:year|month|week|day)s?-olds?\b))(?P<square>(?:square|cubic)-)?"
    r"(?P<unit>year|decade|month|week|day|hour|minute|second|metre|meter|mile|kilometre|kilometer"
    r"|km|foot|feet|inch|storey|story|seat|page|man|member|strong|acre|tonne|ton|point|mph|parameter"
    r"|date|hole|cent|litre|liter|magnitude)s?"
    r"(?P<old>-olds?)?\b",
    re.I,
)


def _hyphen_unit(match: re.Match[str], end: int) -> UnitReading:
    """ "48-year-old", "three-metre", "a 200-page report"."""
    unit = match.group("unit").lower()
    stop = end + match.end()
    if match.group("old"):  # "48-year-old"; "a 6-month-old son" is an age in months
        return DURATION_UNITS.get(unit, "years"), "age", stop
    if unit in DURATION_UNITS:
        return DURATION_UNITS[unit], "duration", stop
    if unit == "cent":  # "a 5-cent dividend"
        return CURRENCY_WORDS["cents"], "currency", stop
    physical = {"metre": "m", "meter": "m", "mile": "miles", "kilometre": "km", "kilometer": "km",
                "km": "km", "foot": "ft", "feet": "ft", "inch": "in", "acre": "acres",
                "tonne": "tonnes", "ton": "tonnes", "mph": "mph", "litre": "litres",
                "liter": "litres", "magnitude": "magnitude"}  # fmt: skip
    if unit in physical and match.group("square"):  # "a 10,000-square-foot store"
        return f"{match.group('square')[:-1].lower()} {physical[unit]}", "physical", stop
    if unit in physical:
        return physical[unit], "physical", stop
    return unit + "s", "count", stop


#: Dollars and their cents, as a country names them ("300 mln Australian dlrs").
_DOLLARS = frozenset({"dollar", "cent", "dlr", "ct"})


#: A currency word shared by several countries, named by who issues it: "1bn CFA francs"
#: are Central Africa's, "20bn Pakistani rupees" Pakistan's (dollars: DOLLAR_COUNTRIES).
_NATIONAL_CURRENCIES = {
    ("cfa", "franc"): "XAF", ("swiss", "franc"): "CHF", ("congolese", "franc"): "CDF",
    ("rwandan", "franc"): "RWF", ("pakistani", "rupee"): "PKR", ("nepalese", "rupee"): "NPR",
    ("sri", "rupee"): "LKR", ("argentine", "peso"): "ARS", ("philippine", "peso"): "PHP",
    ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP", ("cuban", "peso"): "CUP",
    ("danish", "krone"): "DKK", ("norwegian", "krone"): "NOK", ("kenyan", "shilling"): "KES",
    ("ugandan", "shilling"): "UGX", ("tanzanian", "shilling"): "TZS",
    ("somali", "shilling"): "SOS",
}  # fmt: skip


def _word_unit(text: str, end: int, word: re.Match[str], match: re.Match[str]) -> UnitReading:
    """A unit word after the number: currency, physical, duration, or a counted noun."""
    has_adj = word.group("adj") is not None
    first = (word.group("adj") if has_adj else word.group("word")).lower()
    first_end = end + (word.end("adj") if has_adj else word.end("word"))
    if has_adj and word.group("word").lower() in ("cents", "cent") and first in CURRENCY_WORDS:
        unit = CURRENCY_WORDS[first][:3] + " cents"
        return with_rate(text, unit, "currency", end + word.end("word"))  # "40 euro cents"
    if first.endswith("-worth") and first.removesuffix("-worth") in CURRENCY_WORDS:
        return with_rate(text, CURRENCY_WORDS[first.removesuffix("-worth")], "currency", first_end)
    if (money := first.partition("-per-")[0].partition("-a-")[0]) in CURRENCY_WORDS:
        rate = first[len(money) :]  # "530 pence-per-share", "530 pence-a-share"
        unit = CURRENCY_WORDS[money] + rate.replace("-a-", " per ").replace("-", " ")
        return with_rate(text, unit, "currency", first_end)
    second = word.group("word").lower()
    if (word.group("adj") or word.group("word")) in ISO_CURRENCIES:  # "5 million USD"
        return with_rate(text, first.upper(), "currency", first_end)
    if first.endswith("-") and text[first_end : first_end + 1].isspace():
        return "", "number", end  # "1,500 coal- and gas-fired plants": the parse finds the noun
    if has_adj and first in ("next", "last", "this") and second in DURATION_UNITS:
        return "", "number", end  # "she might be 33 next month": a time after the number
    if has_adj and second.rstrip("s") in _DOLLARS and first in DOLLAR_COUNTRIES:
        unit = DOLLAR_COUNTRIES[first] + (" cents" if second.startswith("c") else "")
        return with_rate(text, unit, "currency", end + word.end("word"))  # "65 Canadian cents"
    written = word.group("adj") if has_adj else word.group("word")
    if first in PHYSICAL_UNITS and written not in ("FT", "HP"):  # the Financial Times, HP
        return with_rate(text, PHYSICAL_UNITS[first], "physical", first_end)
    national = (first, "krone" if second == "kroner" else second.removesuffix("s"))
    if (
        has_adj
        and second in CURRENCY_WORDS
        and (word["adj"][0].isupper() or national in _NATIONAL_CURRENCIES)
    ):
        unit = _NATIONAL_CURRENCIES.get(national, CURRENCY_WORDS[second])
        return with_rate(text, unit, "currency", end + word.end("word"))  # "745bn Indian rupees"
    if first in ("square", "cubic") and has_adj and word.group("word").lower() in PHYSICAL_UNITS:
        unit = f"{first} {PHYSICAL_UNITS[word.group('word').lower()]}"
        return with_rate(text, unit, "physical", end + word.end("word"))
    if first == "second" and re.match(_SECOND_AS_ORDINAL, ahead(text, first_end), re.I):
        return "", "number", end  # "six second-hand planes", "the second half"
    old = re.match(r"\s+old\b", text[first_end:])
    if first in ("years", "year", "months", "month", "weeks", "week") and old:
        return DURATION_UNITS[first], "age", first_end + old.end()  # "29 years old"
    if first in DURATION_UNITS:
        if re.match(r"\s+(?:ago|earlier|later|prior|from now)\b", ahead(text, first_end), re.I):
            return "", "skip", end  # a time expression ("three years ago"), not a figure
        before = text[max(0, end - 40) : match.start()]
        lasting = re.search(r"\bfor\s+$", before, re.I)  # "on crutches for six weeks until"
        if (_TIME_SPAN_BEFORE.search(before) and not ELAPSED_BEFORE.search(before)) or re.match(
            r"\s+(?:from\s+\S+\s+to|to\s+(?:the\s+end|[A-Z])|ended|ending"
            + (")" if lasting else "|until)")
            + r"\b",
            ahead(text, first_end),
        ):
            return "", "skip", end  # "the last eight years", "the three months to December"
        return with_rate(text, DURATION_UNITS[first], "duration", first_end)  # "hours a week"
    if first == "of" and OF_THE.match(text, end):
        return "", "count", end  # "four of the five"
    if first == "each":
        return "", "count", end  # "with five each": a count of what was counted before
    if first in NOT_UNITS or first in ("am", "pm"):
        return "", "number", end
    if re.fullmatch(rf"(?:{MONTHS})\.?", first, re.I) and match.group("number")[0].isdigit():
        return "", "skip", end  # "24 February"; not "the three November Tests"
    if shouted(match.group("number"), word.group("adj") or word.group("word")):
        return with_rate(text, first, "count", first_end)  # "ELEVEN POLICE KILLED": a headline
    if word.group("word")[0].isupper() and not has_adj:
        return "", "number", end  # a name follows ("5 Downing Street"): no unit
    if has_adj and word.group("word").lower() not in NOT_UNITS:
        # "four million registered users": the counted noun is the second word
        return with_rate(text, word.group("word").lower(), "count", end + word.end("word"))
    return with_rate(text, first, "count", first_end)


def shouted(number: str, word: str) -> bool:
    """A number word and the word after it both in capitals: a headline set in capitals
    ("ELEVEN POLICE KILLED"), where capitals say nothing of a name."""
    return len(number) > 2 and number.isalpha() and number.isupper() and word.isupper()


#: After "second": words that make it the ordinal ("second hand"), not the unit of time.
_SECOND_AS_ORDINAL = r"[\s-]+(?:hand|half|place|round|leg|quarter|tier|largest|biggest)\b"


#: A rate said after the noun phrase of a sum: "$1bn in bilateral trade each day", "£2m of
#: investment a year" (not "$5m in sales a year earlier", a time).
_RATE_AFTER_PHRASE = re.compile(
    r"\s+(?:(?P<of>in|of|worth\s+of)\s+(?:(?!(?:and|or|but|is|was|are|were|to|that|which|the"
    r"|a|an)\b)[a-z][a-z-]*\s+){1,3}|(?P<noun>[a-z]+)\s+)"
    r"(?:each|every|a|per)\s+(?P<per>day|week|month|year|hour|annum)\b"
    r"(?!\s+(?:earlier|ago|later|before|previously|after)\b)"
)


def rate_after_phrase(text: str, end: int, noun: bool = False) -> str | None:
    """The period of a rate said after a sum's noun phrase ("$1bn in trade each day": day);
    with ``noun``, also after a single noun ("11 percent growth per year": year), not a
    function word ("fell 17.5% in a year", "$5m or more a year")."""
    found = _RATE_AFTER_PHRASE.match(ahead(text, end))
    if found is None or (found["noun"] and (not noun or found["noun"] in NOT_UNITS)):
        return None
    return found["per"].replace("annum", "year")


#: A rate said after the verb of a count: "images are saved and shared every day".
_EVERY_AFTER_VERB = re.compile(
    r"\s+(?:(?:are|were|is|was)(?:\s+being)?|get|got|being)\s+"
    r"(?:[a-z]+ed|made|sold|sent|given|taken|seen)"
    r"(?:\s+(?:and|or)\s+[a-z]+ed)?(?:\s+online)?\s+"
    r"(?:(?:every|each|a|per)\s+(?P<per>day|week|month|year|hour)"
    r"|(?P<adverb>annually|yearly|monthly|weekly|daily|hourly))\b"  # "are awarded annually"
)


def rate_after_verb(text: str, end: int) -> str | None:
    """The period of a rate said after a count's verb ("are shared every day": day; "are
    awarded annually": year)."""
    found = _EVERY_AFTER_VERB.match(text, end)
    if found is None:
        return None
    return found["per"] or PERIODS[found["adverb"]]


#: A rate of time right after a bare number: "smokers who get through 40 a day".
RATE_NEXT = re.compile(
    r"[ \t](?:a|an|per|each|every)[ \t](?:day|week|month|year|hour|minute|second)\b"
    r"(?!\s+(?:earlier|ago|later|before|previously)\b)",
    re.I,
)
#: A rate hyphened to its sum: "a £100,000-a-year job", "a £5-a-day habit".
_HYPHEN_RATE = re.compile(
    r"-(?:a|an|per)-(?P<per>year|month|week|day|hour|night|head|share|barrel)\b", re.I
)
#: A plural noun a rate's number counts: "per 100,000 *residents*" (not "per 1,000 cubic").
_PLURAL = re.compile(r"[a-z]{3,}(?<!ss)s")
#: Periods a rate may be "a" of, which a word after can make a time ("a year earlier").
_PERIOD_WORDS = frozenset("year month week day hour night quarter annum".split())
#: After "a year", "a month": words that make it a time ("a year earlier"), not a rate.
_WHEN_AFTER_RATE = re.compile(r"\s+(?:earlier|ago|later|before|previously)\b", re.I)


def with_rate(text: str, unit: str, kind: QuantityKind, end: int) -> tuple[str, QuantityKind, int]:
    """Keep a rate attached: "$0.30 per million tokens", "$5 a month", "$1.29 to the euro"."""
    exchange = _EXCHANGE_AFTER.match(text, end)
    if exchange and kind == "currency":
        return f"{unit} per {CURRENCY_WORDS[exchange.group('per').lower()]}", kind, end
    hyphened = _HYPHEN_RATE.match(text, end)
    if hyphened:  # "the £100,000-a-year job"
        return f"{unit} per {hyphened.group('per').lower()}", kind, hyphened.end()
    rate = _RATE_AFTER.match(text, end)
    said = rate.group("rate").split()[-1].lower().rstrip("s") if rate else ""
    if rate and said in _PERIOD_WORDS and _WHEN_AFTER_RATE.match(text, rate.end()):
        rate = None  # "£125m a year earlier": a time, not a rate ("$61 a barrel before": a rate)
    if rate:
        words = rate.group("rate").split()
        last = words[-1].lower()
        named = (  # "per episode", "per remittance"; not "per LSE share", "per 1,000 cubic"
            len(words) == 2 and words[0].lower() == "per" and words[1].islower()
        ) and last not in NOT_UNITS
        # "45.6 cases per 100,000 residents": a rate of a number of them
        named = named or (len(words) == 3 and words[0] == "per" and _PLURAL.fullmatch(last))
        if named or last.rstrip("s") in _RATE_UNITS or last in _RATE_UNITS:
            said = words[-1:] if words[0].lower() == "for" else words[1:]  # "for each X share"
            per = " ".join(["per", *said]).replace("annum", "year")  # "per annum"
            return f"{unit} {per}".strip(), kind, rate.end()
    if unit and " per " not in unit and _ANNUALLY_AFTER.match(text, end):
        return f"{unit} per year", kind, end  # "7.5 million tonnes of LPG annually"
    if unit and " per " not in unit and (periodic := _PERIODIC_AFTER.match(text, end)):
        return f"{unit} per {PERIODS[periodic['adverb']]}", kind, end  # "flights daily"
    return unit, kind, end


#: After a figure's unit (and what it is of): "annually" makes it a rate per year.
_ANNUALLY_AFTER = re.compile(
    # "of LPG annually", "spent annually", "500m euros in annual savings", "$50,000 or more
    # annually"
    r"(?:\s+or\s+(?:more|less|so))?(?:\s+of\s+[A-Za-z-]+|\s+[a-z]+)?\s+annually\b"
    r"|\s+in\s+annual\s+[a-z]"
)
#: After a count's noun, an adverb of its period: "runs 271 scheduled flights daily".
_PERIODIC_AFTER = re.compile(
    r"\s+(?P<adverb>daily|weekly|monthly|yearly|hourly)\b(?!\s+(?:basis|average|rate)\b)"
)
