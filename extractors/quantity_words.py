"""The words of figures: numbers said in words and scales, and the units a number takes.

Shared by the tagger (:mod:`extractors.quantities`), its unit reader
(:mod:`extractors.quantity_units`) and its checks (:mod:`extractors.quantity_checks`).

>>> number_value("twenty-one"), number_value("1,250.5"), number_value("dozens")
(21.0, 1250.5, None)
>>> whole_of("5", "million")
'5000000'
"""

from __future__ import annotations

import re

from extractors.ratios import UNITS_WORDS

# -- numbers ---------------------------------------------------------------------------

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
    "trn": 1e12, "tr": 1e12,
    "t": 1e12, "hundred": 1e2, "dozen": 12.0, "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5,
    "lakhs": 1e5, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    "lakh crore": 1e12, "lakh crores": 1e12,
}  # fmt: skip
WORD_NUMBER = (
    r"\b(?:half\sa\sdozen|(?:a\s)?half-dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\sdozen|dozens"
    r"|a\shundred|hundreds|a\sthousand|thousands|a\smillion|millions|a\sbillion|billions)\b"
)

#: The words of :data:`WORD_NUMBER` (a number can open with any; "a" and "half" only
#: open one before a number).
_OPENING_WORDS = frozenset(re.findall(r"[a-z]+", re.sub(r"\\[sb]", " ", WORD_NUMBER)))
_WORD = re.compile(r"[A-Za-z]+")
_DIGIT_OR_SYMBOL = re.compile(r"[\d$€£¥₹₩₽₺₦₱₪]")
#: What makes "a" or "half" a number's first word: "a dozen", "half a dozen", "a half-dozen".
_SCALED_NEXT = re.compile(r"[\s-](?:a\s)?(?:half|dozen|hundred|thousand|million|billion)", re.I)


def number_starts(text: str) -> list[int]:
    """Where in ``text`` a number can start (a digit, a currency symbol or a number's
    first word), in order: every number :data:`WORD_NUMBER` or a figure's digits match
    starts at one of them. A pattern that opens with a number then need only be tried
    near these few places, not at every character.

    >>> text = "About half a dozen said 2.5bn; someone paid $40."
    >>> [text[i:i + 4] for i in number_starts(text)]
    ['half', 'a do', 'doze', '2.5b', '5bn;', '$40.', '40.', '0.']
    """
    found = [m.start() for m in _DIGIT_OR_SYMBOL.finditer(text)]
    for m in _WORD.finditer(text):
        word = m.group().lower()
        if word in _OPENING_WORDS and (
            word not in ("a", "half") or _SCALED_NEXT.match(text, m.end())
        ):
            found.append(m.start())
    return sorted(found)


#: Scale words after a number, as the tagger's pattern reads them.
# "two dozen states" is 24, "six hundred witnesses" 600: these scale the number before
# them as "million" does ("£22 billions" as "£22 billion" does).
# ("crore", "lakh": ten million and a hundred thousand, as Indian English counts)
SCALE_PATTERN = (
    r"(?:(?:m|b|tr)illions|thousand|million|billion|trillion|hundred|dozen|crores?"
    r"|lakh\s+crores?|lakhs?|cr|mln|mn|bln|bn|trn|tn|tr|[kmbt])"
)
WORD_SCALE = r"(?:thousand|million|billion|trillion|crore|lakh)"

#: A currency written before its sum, as the tagger's pattern reads it.
# ("dlrs": the wire services' dollars, "dlrs 2 million"; "R$", "NT$", "S$": Brazil's,
# Taiwan's, Singapore's dollars; ISO codes, but not "RUB" or "TRY", which are words too;
# "KSh", "Dh", "Tk": East Africa's shillings, the Gulf's dirhams, Bangladesh's taka)
CURRENCY_PREFIX = (
    r"(?:(?:US|HK|NT|NZ|[ACRSZ])\$\s?|[$€£¥₹₩₽₺₦₱₪][ \t]?|\b(?:USD|EUR|GBP|CNY|RMB|JPY|INR|CHF"
    r"|AUD|CAD|HKD|SGD|NZD|KRW|BRL|MXN|ZAR|SEK|NOK|DKK|SFr|RM|Rp|Rs\.?|dlrs?\.?"
    r"|(?-i:K[Ss]h|Sh|Dhs?|Tk))\s?)"
)


# -- units -----------------------------------------------------------------------------

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "rs": "INR", "inr": "INR",
    "a$": "AUD", "c$": "CAD", "hk$": "HKD", "chf": "CHF", "dlrs": "USD", "dlr": "USD",
    "r$": "BRL", "nt$": "TWD", "s$": "SGD", "nz$": "NZD", "z$": "ZWD", "rm": "MYR", "rp": "IDR",
    "sfr": "CHF", "ksh": "KES", "sh": "KES", "dh": "AED", "dhs": "AED", "tk": "BDT",
    "₩": "KRW", "₽": "RUB", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS",
}  # fmt: skip
#: ISO codes of currencies, written in capitals after a sum ("5 million USD") or before
#: it ("AUD 300m"); in capitals only, as some are words too ("TRY", "RUB").
ISO_CURRENCIES = frozenset(
    "USD EUR GBP JPY CNY INR CHF AUD CAD HKD SGD NZD KRW BRL MXN ZAR SEK NOK DKK RUB TRY "
    "TWD MYR IDR THB PHP PLN CZK HUF ILS AED SAR NGN KES EGP PKR BDT VND ARS CLP COP".split()
)
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupees": "INR", "rupee": "INR", "paise": "INR paise", "paisa": "INR paise",
    "francs": "CHF", "cents": "USD cents", "pence": "GBP pence",
    "p": "GBP pence", "won": "KRW", "rand": "ZAR", "roubles": "RUB", "rubles": "RUB",
    "rupiah": "IDR", "pesos": "MXN", "lira": "TRY", "shekels": "ILS", "naira": "NGN",
    "kronor": "SEK", "krona": "SEK", "reais": "BRL", "ringgit": "MYR", "baht": "THB",
    "rouble": "RUB", "ruble": "RUB", "peso": "MXN", "shekel": "ILS", "rial": "IRR",
    "rials": "IRR", "riyal": "SAR", "riyals": "SAR", "dirham": "AED", "dirhams": "AED",
    "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN", "forint": "HUF", "forints": "HUF",
    "koruna": "CZK", "hryvnia": "UAH", "hryvnias": "UAH", "taka": "BDT", "kwacha": "ZMW",
    "cedi": "GHS", "cedis": "GHS", "tenge": "KZT", "bolivars": "VEB", "dlrs": "USD",
    "shilling": "KES", "shillings": "KES", "kroner": "DKK", "krone": "DKK",
    "stg": "GBP", "cts": "USD cents",  # the wire services' sterling and cents
}  # fmt: skip
#: Dollars named by their country: "1.2bn Australian dollars", "65 Canadian cents".
DOLLAR_COUNTRIES = {"canadian": "CAD", "australian": "AUD", "us": "USD", "american": "USD",
                    "singapore": "SGD", "taiwan": "TWD", "zimbabwe": "ZWD"}  # fmt: skip
PHYSICAL_UNITS = {
    "gw": "GW", "mw": "MW", "kw": "kW", "tw": "TW", "gwh": "GWh", "mwh": "MWh", "kwh": "kWh",
    "twh": "TWh", "km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "miles": "miles",
    "mile": "miles", "kg": "kg", "kilograms": "kg", "tonnes": "tonnes", "tons": "tons",
    "metres": "m", "meters": "m", "feet": "ft", "ft": "ft", "mph": "mph", "km/h": "km/h",
    "degrees": "degrees",
    "°c": "°C", "°f": "°F", "barrels": "barrels", "litres": "litres", "liters": "litres",
    "hectares": "hectares", "acres": "acres", "gb": "GB", "tb": "TB", "mb": "MB", "pb": "PB",
    "ghz": "GHz", "nm": "nm", "watts": "W", "volts": "V", "calories": "calories",
    "bpd": "barrels per day", "inch": "in", "inches": "in", "cm": "cm", "mm": "mm",
    "centimetres": "cm", "millimetres": "mm", "metre": "m", "kilometre": "km", "tonne": "tonnes",
    "litre": "litres", "hectare": "hectares", "acre": "acres", "foot": "ft", "ton": "tons",
    "mg": "milligrams", "milligrams": "milligrams", "grams": "grams", "ml": "millilitres",
    "millilitres": "millilitres", "gallons": "gallons", "yards": "yards", "yard": "yards",
    "pints": "pints", "ounces": "ounces", "lb": "lb", "lbs": "lb", "kph": "km/h",
    "gigabytes": "GB", "gigabyte": "GB",
    "megabytes": "MB", "megabyte": "MB", "terabytes": "TB", "terabyte": "TB",
    "mbps": "Mbps", "kbps": "kbps", "gbps": "Gbps", "megapixels": "megapixels",
    "megapixel": "megapixels", "kilobit": "kilobits", "kilobits": "kilobits",
    "megabit": "megabits", "megabits": "megabits", "gigabit": "gigabits", "gigabits": "gigabits",
    "b/d": "barrels per day", "bbl/d": "barrels per day", "bbl": "barrels", "bbls": "barrels",
    "horsepower": "hp", "hp": "hp", "bhp": "bhp", "mpg": "mpg", "magnitude": "magnitude",
}  # fmt: skip
#: Units read only glued to their number ("15W", "200MP", "5,000mAh"): spaced, the words
#: are others ("one MP", a member of parliament).
GLUED_UNITS = {"w": "W", "mah": "mAh", "mp": "megapixels"}
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
    "behind across apiece clear too many much few worldwide respectively himself herself "
    "itself themselves myself yourself ourselves but we they he she you them "
    "still now alone together altogether already instead yet again".split()
)  # "one too many", "two million worldwide", "the 16 still in the hat": no noun
#: Nouns of a round mark a total passes, not things counted: "broke the 100,000 barrier".
MILESTONES = frozenset("barrier mark milestone threshold".split())
#: Counted words that say "people": "nine others", "three million unemployed".
PEOPLE_UNITS = frozenset(
    "others unemployed population homeless affected dead injured wounded strongs".split()
)
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
#: After the whole of "N of the M", a unit of its own makes M no whole ("one of the 800
#: metres favourites").
_OWN_UNIT_AFTER = (
    r"(?!\s*(?:%|percent|per cent|metres|meters|miles|km|kg|years|months|days|hours|minutes))"
)
#: "of the 12": the whole a count is a part of.
OF_THE = re.compile(  # "92 of the Lords' 750 peers", "two of a staggering 12 nominations",
    # "two of a total of 10 domains"
    rf"\s+of\s+(?:(?:the|its|their|his|her|our|a|an)\s+(?:[A-Z][\w.]*s['’]\s+)?"
    rf"|[A-Z][\w.]*(?:\s[A-Z][\w.]*){{0,3}}['’]s\s+)(?:total\s+of\s+)?(?:[a-z]+\s+)?"
    r"(?!(?:19|20)\d\d\b)"
    rf"(?P<whole>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?|{WORD_NUMBER})"  # "the UK's 1.6m"
    r"(?:\s(?P<scale>thousand|million|billion)|(?P<glued>m|bn)(?=\s))?\b" + _OWN_UNIT_AFTER,
    re.I,
)


#: A whole number and a half, written out: "four-and-a-half", "2 and a half".
_AND_A_HALF = re.compile(r"(?P<whole>.+?)[-\s]and[-\s]a[-\s]half")


def number_value(text: str) -> float | None:
    """A number's value, written in digits or in words; None for vague plurals."""
    lowered = text.lower().replace(",", "")
    try:
        return float(lowered)
    except ValueError:
        pass
    if lowered.startswith(("half a ", "half-", "a half-")):  # "half a dozen", "a half-dozen"
        whole = number_value(lowered.removeprefix("a ").removeprefix("half")[1:])
        return whole / 2 if whole is not None else None
    lowered = lowered.removeprefix("a ")
    if (whole_and := _AND_A_HALF.match(lowered)) and whole_and.end() == len(lowered):
        whole = number_value(whole_and.group("whole"))  # "four-and-a-half"
        return whole + 0.5 if whole is not None else None
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


#: "five of the last six years", "three of its past four games": a part of a run of
#: periods or contests, one fraction (OF_THE leaves a whole with a duration unit alone:
#: "one of the 800 metres favourites").
OF_THE_LAST = re.compile(
    rf"\s+of\s+(?:the|its|their|his|her|our)\s+(?:last|past|previous|first|next)\s+"
    rf"(?P<whole>\d+|{WORD_NUMBER})\s+(?:years|months|weeks|days|seasons|quarters)\b",
    re.I,
)


#: "6 of 10 Americans", "three of five judges": a part of a whole said with no determiner
#: (the whole's noun, after it, is what both count).
OF_BARE = re.compile(
    rf"\s+of\s+(?P<whole>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)|{WORD_NUMBER})\b" + _OWN_UNIT_AFTER,
    re.I,
)


def whole_of(text: str, scale: str | None = None) -> str:
    """The whole a part is "of", as digits: "the 5 million" -> "5000000"."""
    value = number_value(text)  # "3 million of the 5 million users": the whole scaled too
    value = value * SCALES[scale.lower()] if value is not None and scale else value
    return str(int(value)) if value is not None and value == int(value) else text
