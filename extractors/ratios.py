"""Fractions and ratios written in words: parts of a whole, as the gold writes them.

- "a quarter of", "two-thirds of", "half the": a fraction of a whole;
- "one in ten", "one in every five", "3 in 10", "117 million out of 833 million": a ratio,
  value numerator/denominator;
- "a quarter of a million": a fraction of a scale word is a count (250,000);
- "doubled", "halved", "grew tenfold", "would nearly double", "twice": a multiplier in words;
- "22 minutes 45 seconds": one duration, in its smaller unit (kind "duration:seconds");
- an exchange rate's base: "one euro worth $1.32" (USD per EUR), "the dollar ... buying
  105.6 yen" (JPY per USD);

>>> text = "One in 10 adults, more than two thirds of staff, a quarter of a million people."
>>> [(text[s:e], round(v, 3), kind) for s, e, v, kind in fractions(text)][:2]
[('two thirds', 0.667, 'ratio'), ('a quarter of a million', 250000.0, 'count')]
>>> [(text[s:e], round(v, 3), kind) for s, e, v, kind in fractions(text)][2:]
[('One in 10', 0.1, 'ratio')]
>>> exchange_base("with one euro worth $1.32", 20, "USD")
'EUR'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.figure_words import UNITS_WORDS, word_amounts

FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5, "a third": 1 / 3, "one third": 1 / 3,
    "one-third": 1 / 3, "two thirds": 2 / 3, "two-thirds": 2 / 3, "a quarter": 0.25,
    "one quarter": 0.25, "three quarters": 0.75, "three-quarters": 0.75,
}  # fmt: skip
DENOMINATORS = {"fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                "twentieth": 20, "hundredth": 100, "half": 2}  # fmt: skip
_FRACTION = re.compile(
    r"\b(?P<frac>(?:one|two|three|four|five|a)[- ](?:fifth|sixth|seventh|eighth|ninth|tenth"
    r"|twentieth|hundredth)s?"
    r"|two[- ]thirds|three[- ]quarters|one[- ]third|a third|one[- ]quarter|a quarter"
    r"|(?<![\w-])(?<!first\s)(?<!second\s)half)(?=\s+(?:of|the|its|their|all|those|these)\b"
    # "less than a quarter are maintained", "nearly a quarter said they struggled": the
    # whole was said before, a verb follows
    r"|\s+(?:are|were|have|had|said|say|says|think|thought|believed?|believes|felt|feel|want"
    r"|wanted|agreed?|agrees|backed|supported|opposed|voted|expected?|expects|admitted"
    r"|reported|would|will|could|can|may|might|should|do|did)\b"
    r"|\s+[-–—]\s"  # "nearly two thirds - 65% - of the 1,000 people"
    r"|\s+\([^()]{1,12}\)\s+of\b)"  # "almost a quarter (21%) of those polled"
    r"(?P<scale>\s+of\s+an?\s+(?P<word>million|billion|thousand)\b)?"
    # ("half-a-million": hyphened as a modifier is)
    r"|\b(?P<part>half|a[\s-]+quarter|three[\s-]+quarters)"
    r"(?P<of>[\s-]+an?[\s-]+(?P<big>million|billion|trillion)\b)(?!-)",
)
#: A fraction that ends its phrase, after the word that says it is an amount: "changed to
#: one-sixth,", "by about a third.", "to two-thirds in 1999" (not "a third, later").
_FRACTION_ALONE = re.compile(
    r"\b(?:to|from|by|than|about|around|nearly|almost|roughly|just|only|some|over|under"
    r"|be|is|was|were|for)\s+"  # "the maximum reduction would be one sixth,", "for a third,"
    r"(?P<frac>(?:one|two|three|four|five|a)[- ](?:third|quarter|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|twentieth|hundredth)s?)"
    r"(?=\s*[,.;:)!?](?!\d)|\s*$|\s+(?:in|by|since|from|last|this|over|during)\b)"
)
#: "a one third reduction", "a two-thirds majority": a fraction said as a noun's modifier.
_FRACTION_BEFORE_NOUN = re.compile(
    r"\b(?P<frac>(?:one|two)[- ]thirds?|(?:one|three)[- ]quarters?)"
    r"(?=\s+(?!of\b|the\b|its\b|their\b|all\b)[a-z]{3,})"
)
#: "22 minutes 45 seconds", "2 hours 5 minutes": one duration in its smaller unit.
_CLOCK = re.compile(
    r"\b(?P<big>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*"  # "one minute 53"
    r"(?P<bigunit>hours?|hrs?|minutes?|mins?),?\s+(?:and\s+)?"  # "eight minutes, 49.87"
    r"(?P<small>\d{1,2}(?:\.\d+)?)\s*(?P<unit>minutes?|mins?|seconds?|secs?)\b"
    # "two hours, 23 minutes and 10 seconds": the seconds after the minutes
    r"(?:,?\s+(?:and\s+)?(?P<tiny>\d{1,2}(?:\.\d+)?)\s*(?:seconds?|secs?)\b)?",
)
#: "6ft 4in", "6 feet 2 inches", "6'3\"": a height in feet and inches, one length in inches.
_FEET_INCHES = re.compile(
    r"(?<![\d.])(?P<feet>[4-8])\s?(?:ft|feet|foot|'|’)(?:,\s?|\s(?:and\s)?|)(?P<inches>1[01]|\d)"
    r"\s?(?:in\b|ins\b|inches\b|\"|”|″)"
)
#: "half a percentage point", "a quarter of a point": a fraction of a point of a rate.
_PART_OF_A_POINT = re.compile(
    r"\b(?P<part>half|a\s+quarter\s+of|three\s+quarters\s+of)\s+a\s+"
    r"(?P<unit>percentage\s+point|point)\b"
)
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|\d{1,2}"
_WHOLE = r"two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|\d{1,4}(?:,\d{3})?"
#: "one in ten", "one in every five", "one of every nine", "3 in 10": not "1 in 2005" (a
#: year), "one in 10 minutes".
_ONE_IN = re.compile(
    rf"\b(?P<top>{_SMALL})(?:\s+times)?\s+(?:in|out\s+of|of(?=\s+every))\s+(?:every\s+)?"
    rf"(?P<whole>{_WHOLE})\b"
    r"(?![.,]?\d)(?!\s+(?:minutes|hours|days|weeks|months|years|seconds|games|matches)\b)",
)
#: A fraction in digits, as a part of something ("1/3 of voters", "a 2/3 majority"); not
#: betting odds ("5/4 favourite", "odds of 1/5"), dates ("8/9 January") or tie-breaks.
_DIGIT_FRACTION = re.compile(
    r"(?<![\w/.,:-])(?P<top>[1-9])/(?P<whole>[2-9]|10)(?![\w/.,-])"
    r"(?=\s+(?:of\s+(?!\d)|majority\b|share\b))"
)
#: "18 times out of the last 20 years": how often, as a part of the occasions.
_TIMES_OUT_OF = re.compile(
    rf"\b(?P<top>{_SMALL})\s+times\s+out\s+of\s+(?:the\s+(?:last|past)\s+)?(?P<whole>{_WHOLE})\b"
)
#: "64 respondents out of 146", "13 players out of a squad of 31": a part named by its
#: noun, out of a whole (with the noun of the whole, or none).
_NOUN_OUT_OF = re.compile(
    rf"\b(?P<top>{_SMALL}|\d{{1,3}}(?:,\d{{3}})*)\s+(?P<noun>[a-z]+(?:\s[a-z]+)?)\s+out\s+of\s+"
    rf"(?:(?:a|an|the|its|their)\s+(?:[a-z]+\s+){{1,2}}of\s+)?(?P<whole>{_WHOLE})\b"
    r"(?![.,]?\d)(?!\s+(?:minutes|hours|days|weeks|months|years|seconds)\b)",
)
#: "one household in three", "one pupil in every five": the part named by its noun.
_ONE_NOUN_IN = re.compile(
    r"\bone\s+(?P<noun>[a-z]+)\s+in\s+(?:every\s+)?"
    r"(?P<whole>two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|\d{1,3})\b"
    r"(?![.,]?\d)(?!\s+(?:minutes|hours|days|weeks|months|years|seconds|games|matches)\b)",
)
_SCALE_WORDS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: "117 million out of 833 million": a part of a whole, both ends scaled.
_OUT_OF_SCALED = re.compile(
    r"\b(?P<top>\d[\d,]*(?:\.\d+)?)\s(?P<scale>thousand|million|billion)\s+out\s+of\s+"
    r"(?P<whole>\d[\d,]*(?:\.\d+)?)\s(?P<scale2>thousand|million|billion)\b"
)
#: A movement by a factor, said as a verb ("has doubled") or "-fold"; the base form only
#: after a word that makes it a verb ("would nearly double"), never "double-digit".
_MULTIPLIER = re.compile(
    r"\b(?:(?P<past>doubled|doubling|tripled|tripling|trebled|quadrupled|halved|halving)"
    r"(?!\s+(?:as|up|back|over)\b)"
    r"|(?:(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bcould\s)"
    r"|(?<=\bmay\s)|(?<=\bmight\s)|(?<=\babout\s)|(?<=\broughly\s)|(?<=\bthan\s)"
    r"|(?<=\bto\s))(?P<base>double|triple|halve)\b(?!-)"
    r"|(?P<fold>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+(?:\.\d+)?)-?fold\b"
    # "twice what it had estimated", "was twice penalised"; not "twice a week" (a rate)
    # (nor "think twice", an idiom)
    r"|(?<!think\s)(?<!thinks\s)(?<!thought\s)(?P<twice>twice)\b"
    r"(?!\s+(?:a|an|per|each|every|over)\b))",
)
#: "twice" before a past participle counts occasions ("was twice penalised", "has twice
#: been jailed"), not a factor ("twice what it had estimated").
_OCCASIONS_AFTER = re.compile(r"\s+(?:been\s+)?[a-z]{3,}ed\b")
#: After "twice", what it is a factor of: "twice what it had estimated", "twice as many",
#: "twice the size", "twice that of"; with none ("was convicted at least twice from 1991",
#: "found guilty twice of"), it counts occasions.
_FACTOR_AFTER = re.compile(
    r"\s*(?:(?:as|the|that|what|its|their|his|her|our|those|than|more|less"
    r"|larger|bigger|higher|faster|greater|longer)\b"
    # "twice this amount"; not "twice this season": when the occasions came
    r"|(?:this|these)\b(?!\s+(?:season|year|week|month|term|summer|winter"
    r"|spring|autumn|century|decade|morning|afternoon|evening|weekend)s?\b)|[$£€¥\d])"
)
#: "cut GM's stake in half": a cut to half, as "halved" is.
_IN_HALF = re.compile(
    r"\b(?:cut|cuts|cutting|slash(?:es|ed|ing)?|reduc(?:e|es|ed|ing)|chopp(?:ed|ing)"
    r"|slic(?:e|es|ed|ing))\b[^.;:!?]{0,40}?\b(?P<half>in\s+half)\b"
)
_FACTORS = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5, "twic": 2.0}


#: After a fraction, a measure of something else it is that fraction of: "half the size of
#: Wales", "a third the price of a new one", "half their 1960 levels" (a multiplier, as
#: "twice the size" is; "half of the staff" is a part of a whole).
_THE_SIZE_OF = re.compile(
    # ("about one-third of the price of a new handset"; not "half of the population of")
    r"\s+(?:of\s+the\s+(?=(?:size|price|cost|value|height|length|width|weight|speed)\s)|the\s+)"
    r"(?:size|number|amount|level|rate|price|cost|value|height|length|width|"
    r"weight|speed|population|area|volume|age)\s+(?:of|at|in)\b"
    # an owner's own measure, then or elsewhere: "aid budgets are half their 1960 levels"
    r"|\s+(?:its|their|his|her|our|your|my)\s+(?:(?:\d{4}|[a-z]+)\s+)?"
    r"(?:size|level|rate|price|cost|value|height|length|width|weight|speed|pace|volume|peak)s?"
    r"\b(?!\s+of\b)"
)


def _number(word: str) -> float:
    word = word.lower().replace(",", "")
    if word.isdigit():
        return float(word)
    return 100.0 if word == "a hundred" else float(UNITS_WORDS.get(word, 0))


def fraction_value(phrase: str) -> float:
    """ "one twentieth" -> 0.05, "three fifths" -> 0.6."""
    numerator, _, denominator = phrase.partition(" ")
    top = 1 if numerator == "a" else UNITS_WORDS.get(numerator, 1)
    return top / DENOMINATORS.get(denominator.rstrip("s"), 2) if denominator else 0.5


#: A time taken, in minutes and seconds to the hundredth ("won in 8:14.28", "a best of
#: 1:48.32"): the fraction of a second is what no time of day has; read in seconds, its
#: smallest unit.
_RACE_TIME = re.compile(
    r"(?<![\d:.])(?:(?P<min>\d{1,2}):(?P<sec>[0-5]\d\.\d{1,3})"
    # in hours, minutes and seconds after a word of racing: "a record of 2:17:18"
    r"|(?:(?<=record\sof\s)|(?<=time\sof\s)|(?<=best\sof\s))(?P<hours>\d):(?P<min2>[0-5]\d):(?P<sec2>[0-5]\d))"
    r"(?![\d:])"
)


def fractions(text: str) -> Iterator[tuple[int, int, float, str]]:
    """Each fraction, ratio or multiplier in ``text``: start, end, value and kind (ratio,
    count or multiplier)."""
    low = text.lower()  # the patterns are lower case: cheaper than re.I
    if len(low) != len(text):  # a letter that lowers to two ("İ"): keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    text = low
    words = ("doubl", "tripl", "trebl", "quadrupl", "halv", "fold", "twice")
    found = _MULTIPLIER.finditer(text) if any(w in text for w in words) else ()
    for match in found:
        if match.group("fold"):
            value = _number(match.group("fold")) or (100.0 if "hundred" in match[0] else 0.0)
        else:
            word = match.group("past") or match.group("base") or match.group("twice")
            value = _FACTORS[word.lower()[:4]]
        twice = match.group("twice") is not None
        occasions = twice and (
            _OCCASIONS_AFTER.match(text, match.end()) or not _FACTOR_AFTER.match(text, match.end())
        )
        if value and occasions:
            yield match.start(), match.end(), value, "count:times"  # "was twice penalised"
        elif value:
            yield match.start(), match.end(), value, "multiplier"
    for match in _IN_HALF.finditer(text) if "in half" in text else ():
        yield match.start("half"), match.end("half"), 0.5, "multiplier"  # "cut ... in half"
    for match in _CLOCK.finditer(text) if "min" in text or "hour" in text else ():
        big, small = match.group("bigunit")[0].lower(), match.group("unit")[0].lower()
        if (big, small) == ("h", "m") and match.group("tiny"):
            value = _number(match.group("big")) * 3600 + float(match.group("small")) * 60
            yield match.start(), match.end(), value + float(match.group("tiny")), "duration:seconds"
        elif (big, small) in (("h", "m"), ("m", "s")):
            value = _number(match.group("big")) * 60 + float(match.group("small"))
            unit = "seconds" if big == "m" else "minutes"
            yield match.start(), match.end(), value, f"duration:{unit}"
    for match in _FEET_INCHES.finditer(text) if re.search(r"\d\s?(?:ft|fe|fo|'|’)", text) else ():
        inches = int(match.group("feet")) * 12 + int(match.group("inches"))
        yield match.start(), match.end(), float(inches), "physical:in"  # "6ft 4in": 76 in
    for match in _PART_OF_A_POINT.finditer(text) if "point" in text else ():
        value = {"h": 0.5, "a": 0.25, "t": 0.75}[match.group("part")[0]]
        # read as "0.5 percentage points" and "0.5 points" are
        kind = "percent:percentage points" if match["unit"].startswith("per") else "count:points"
        yield match.start(), match.end(), value, kind  # "half a percentage point"
    yield from word_amounts(text)  # "a week-long tour", "a quarter-point rise"
    for match in _RACE_TIME.finditer(text) if ":" in text else ():  # "won in 8:14.28"
        minutes, secs = match.group("min") or match.group("min2"), match["sec"] or match["sec2"]
        seconds = float(minutes) * 60 + float(secs)
        if match.group("hours"):  # "a record of 2:17:18"
            seconds += float(match.group("hours")) * 3600
        yield match.start(), match.end(), seconds, "duration:seconds"  # its smallest unit
    for match in _FRACTION.finditer(text):
        if match.group("part"):  # "half a million": a count
            part = FRACTIONS[" ".join(match["part"].lower().replace("-", " ").split())]
            yield match.start(), match.end(), part * _SCALE_WORDS[match["big"].lower()], "count"
            continue
        phrase = match.group("frac").lower().replace("-", " ")
        value = FRACTIONS.get(phrase) or fraction_value(phrase)
        if match.group("scale"):  # "a quarter of a million": a count
            yield match.start(), match.end(), value * _SCALE_WORDS[match["word"].lower()], "count"
        elif _THE_SIZE_OF.match(text, match.end("frac")):  # "half the size of Wales"
            yield match.start(), match.end("frac"), value, "multiplier"
        else:
            yield match.start(), match.end("frac"), value, "ratio"
    for match in _FRACTION_ALONE.finditer(text) if "-" in text or " " in text else ():
        phrase = match.group("frac").lower().replace("-", " ")
        value = FRACTIONS.get(phrase) or fraction_value(phrase)
        yield match.start("frac"), match.end("frac"), value, "ratio"  # "cut to one-sixth."
    for match in _FRACTION_BEFORE_NOUN.finditer(text) if "thir" in text or "quart" in text else ():
        phrase = match.group("frac").replace("-", " ")
        phrase = phrase if phrase in FRACTIONS else phrase.rstrip("s") + "s"
        value = FRACTIONS.get(phrase, FRACTIONS.get(phrase.rstrip("s"), 0.0))
        if value:
            yield match.start(), match.end(), value, "ratio"
    for match in _OUT_OF_SCALED.finditer(text) if " out of " in text else ():
        top = float(match["top"].replace(",", "")) * _SCALE_WORDS[match["scale"]]
        whole = float(match["whole"].replace(",", "")) * _SCALE_WORDS[match["scale2"]]
        if 0 < top < whole:
            yield match.start(), match.end(), top / whole, "ratio"
    for match in _NOUN_OUT_OF.finditer(text) if " out of " in text else ():
        top, whole = _number(match.group("top")), _number(match.group("whole"))
        if 0 < top < whole:  # "64 respondents out of 146": one fraction
            yield match.start(), match.end(), top / whole, "ratio"
    for match in _ONE_NOUN_IN.finditer(text) if "one " in text else ():
        whole = _number(match.group("whole"))
        if whole > 1:  # "one household in three": a third of households
            yield match.start(), match.end(), 1 / whole, "ratio"
    for match in _TIMES_OUT_OF.finditer(text) if " times out of " in text else ():
        top, whole = _number(match.group("top")), _number(match.group("whole"))
        if 0 < top < whole:  # "won 18 times out of the last 20 years"
            yield match.start(), match.end("whole"), top / whole, "ratio"
    for match in _DIGIT_FRACTION.finditer(text) if "/" in text else ():
        top, whole = int(match["top"]), int(match["whole"])
        if top < whole:  # "1/3 of donors": a third
            yield match.start(), match.end(), top / whole, "ratio"
    for match in _ONE_IN.finditer(text):
        top, whole = _number(match.group("top")), _number(match.group("whole"))
        year = re.fullmatch(r"(?:19|20)\d\d", match.group("whole"))  # "1 in 2005"; not "of 20"
        if 0 < top < whole and whole <= 1000 and not year:
            yield match.start(), match.end(), top / whole, "ratio"


#: The noun a scaled fraction counts: "half a million *people*", "a quarter of a million
#: *Sri Lankans*" (a people's name, capitalised, of one or two words).
FRACTION_NOUN = re.compile(
    r"\s+(?:(?P<name>(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s)\b|(?P<money>dollars|euros|pounds|yen|yuan)\b"
    r"|(?:[a-z-]+\s+)?(?!(?:this|thus|was|has|his|its|is|as|us|less|unless|across|whereas)\b)"
    r"(?P<n>[a-z]+s|people)\b)"
)

#: Words of a period, adjectives and adverbs: "annual", "annually", "monthly".
PERIODS = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month",
           "weekly": "week", "daily": "day", "hourly": "hour"}  # fmt: skip
_PERIOD_AFTER = re.compile(r"\s+(?P<word>annual|yearly|monthly|weekly|daily|hourly)\b", re.I)
#: Accounts a period's adjective names the total of, not a rate: "annual sales of $32bn".
_PERIOD_TOTAL = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:sales|turnover|revenues?|profits?|earnings|losses|output|budget"
    r"|savings)\b",
    re.I,
)
_PERIOD_BEFORE = re.compile(
    # "an annual target of 8,000", "an annual income just over £9,000"
    r"\b(?P<word>annual|yearly|monthly|weekly|daily|hourly)\s+(?:(?:[a-z-]+\s+){1,2}of|[a-z-]+)\s+"
    r"(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+"
    r"|(?:just\s+)?(?:over|under|below|above)\s+)?$",
    re.I,
)


def period_after(text: str, at: int) -> str | None:
    """The period an adjective right after a number says: "8.21t monthly tokens" -> month.

    >>> period_after("8.21t monthly tokens", 5), period_after("8.21t tokens", 5)
    ('month', None)
    """
    found = _PERIOD_AFTER.match(text, at)
    return PERIODS[found.group("word").lower()] if found else None


#: A price's unit said before it, in its own clause: "a barrel of light crude ended
#: Monday down $1.33 to $42.12" (both per barrel).
_PRICED_UNIT = re.compile(
    r"\b(?:a|one|each|per)\s+(?P<unit>barrel|gallon|litre|tonne|ounce)\s+of\s+"
    r"(?:(?![.;:,]\s|\band\b|\bwhile\b|\bbut\b)[^\n]){0,60}$",
    re.I,
)


def priced_unit(text: str, start: int) -> str | None:
    """The unit a price is for when its clause opens with it ("a barrel of crude rose to
    $42") -> "barrel"; None when the clause names none.

    >>> priced_unit("A barrel of US crude ended down $1.33", 32), priced_unit("It cost $5", 8)
    ('barrel', None)
    """
    found = _PRICED_UNIT.search(text, max(0, start - 90), start)
    return found.group("unit").lower() if found else None


def period_of(text: str, start: int, end: int) -> str | None:
    """The period a sum is paid or counted over, said by an adjective: "£39.99 monthly price
    tag", "an annual income of £775" -> month, year.

    >>> period_of("an annual income of £775", 20, 24), period_of("£5 monthly fee", 0, 2)
    ('year', 'month')
    """
    return period_after(text, end) or period_before(text, start)


def period_before(text: str, start: int) -> str | None:
    """The period an adjective of the noun a figure is "of" says: "an annual target of
    8,000 applications", "an annual rate of 1.6%" -> year; a year's total told for its year
    ("annual sales of $32bn") is no rate.

    >>> period_before("an annual rate of 1.6%", 18), period_before("annual sales of 5m", 16)
    ('year', None)
    """
    before = text[max(0, start - 40) : start]
    found = _PERIOD_BEFORE.search(before)
    if found is None or _PERIOD_TOTAL.match(before, found.end("word")):
        return None  # "annual sales of $32bn": a year's total, told for its year
    if _NAMED.match(before, found.start("word")):
        return None  # "a Daily Telegraph poll of 1,313 people": a name
    return PERIODS[found.group("word").lower()]


#: A capitalised word before another: a name ("Daily Telegraph", "Weekly Standard").
_NAMED = re.compile(r"[A-Z][a-z]+\s+[A-Z]")


#: Currencies a rate may be the price of, by name.
_CURRENCY_NAMES = {
    "euro": "EUR", "dollar": "USD", "pound": "GBP", "yen": "JPY", "yuan": "CNY",
    "sterling": "GBP", "greenback": "USD", "franc": "CHF",
}  # fmt: skip
_RATE_VERB = re.compile(
    r"\b(?:worth|buying|buys|bought|fetching|fetched|fetches|trading\s+at|traded\s+at|at)\s+"
    r"(?:just\s+|only\s+)?(?:(?:above|below|over|under|about|around|nearly|almost)\s+)?$",
    re.I,
)
_BASE_CURRENCY = re.compile(
    r"\b(?:one|a|the)\s+(?P<name>euro|dollar|pound|yen|yuan|sterling|franc)\b"
)


def exchange_base(text: str, start: int, code: str) -> str | None:
    """The currency a rate is the price of: "one euro worth $1.32" -> EUR."""
    before = text[max(0, start - 90) : start]
    if not _RATE_VERB.search(before):
        return None
    clause = re.split(r"[.;:!?]\s", before)[-1]
    names = [  # not "to the euro", "against the pound": the other side of a rate
        n
        for n in _BASE_CURRENCY.finditer(clause.lower())
        if not re.search(r"\b(?:to|against|versus)\s+$", clause[: n.start()].lower())
    ]
    if not names or len(clause) - names[-1].end() > 70:
        return None
    base = _CURRENCY_NAMES[names[-1].group("name")]
    return base if base != code[:3] else None
