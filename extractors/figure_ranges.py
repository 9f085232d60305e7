"""Ranges said as two figures: "between 3% and 3.5%", "three, four or five players".

The tagger reads "10-12%" and "between 5 and 7 million" as one figure; a range whose
two ends each carry their unit ("between 3% and 3.5%"), or a list of guesses ("four,
five or probably six sides"), comes out of it as two or three figures. They are one
figure, from the lowest to the highest.

:func:`range_end` reads the second end of a range the tagger's pattern matched, or
says it is none ("from £5.5bn to £8.2bn" is a change, "2024-25" a season).
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

from extractors.change import DOWN_LEMMAS, UP_LEMMAS
from extractors.quantity_words import SCALES, number_value

_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten)"
_GUESS_SEP = r"(?:\s*,\s*|\s+or\s+(?:probably\s+|maybe\s+|perhaps\s+|even\s+)?)"
#: Between the ends of a list of guesses: "four, five or (probably) six", with the middle
#: guesses when they were not read as figures of their own.
_GUESS_GAP = re.compile(rf"{_GUESS_SEP}(?:{_SMALL}{_GUESS_SEP})*", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
#: Words before "X to Y" that make it two sides, not a range: a poll's lead, a vote.
_SIDES_BEFORE = re.compile(
    r"\b(?:lead\w*|led|trail\w*|beat\w*|ahead|behind|edg\w*|margin|approv\w*|favou?r\w*"
    r"|poll\w*|vot\w*|survey\w*|against|versus|vs)\b",
    re.I,
)
#: After "X to Y": the time the change took, which makes the two a trend's ends.
_OVER_A_TIME = re.compile(
    r"[^.;:!?\n]{0,25}?\b(?:in|over|within|since|by)\s+(?:\w+\s+){0,2}"
    r"(?:days?|weeks?|months?|years?|decades?|quarters?|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d{4})\b",
    re.I,
)
#: The movement lexicon's stems, each with its inflections ("rise" -> "rises", "rising"),
#: and the irregular past forms the stems miss.
_MOVING = "|".join(sorted({w.removesuffix("e") for w in UP_LEMMAS | DOWN_LEMMAS}, key=len))
_FROM_OR_MOVED = re.compile(
    rf"\b(?:from|(?:{_MOVING})\w*|rose|risen|fallen|grew|grown|lost|sank|sunk)\s+"
    r"(?:by\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$",
    re.I,
)


class _Figure(Protocol):
    start: int
    end: int
    low: float
    high: float
    unit: str
    kind: Any  # a QuantityKind


F = TypeVar("F", bound=_Figure)


def merge_ranges(text: str, found: list[F]) -> list[F]:
    """The figures of ``found`` with each range said as two or three joined into one.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Fig:
    ...     start: int; end: int; low: float; high: float; unit: str; kind: str
    >>> text = "growth of between 3% and 3.5% next year"
    >>> [(f.low, f.high) for f in merge_ranges(text, [Fig(18, 20, 3, 3, "%", "percent"),
    ...                                              Fig(25, 29, 3.5, 3.5, "%", "percent")])]
    [(3, 3.5)]
    """
    merged: list[F] = []
    restating: F | None = None  # a low end's restatement, waiting for the high end's
    for figure in found:
        last = merged[-1] if merged else None
        if len(merged) > 1 and _around_a_restatement(text, merged[-2], merged[-1], figure):
            merged[-2].high, merged[-2].end = figure.high, figure.end  # "between $30,000
            restating = merged[-1]  # (£16,000) and $50,000 (£27,000)": two ranges
            if " per " in figure.unit:  # "... and $150,000 a year": the rate is both ends'
                merged[-2].unit = figure.unit
                restating.unit = f"{_base(restating.unit)} per {figure.unit.partition(' per ')[2]}"
            continue
        if restating is not None and _restates_the_high_end(text, merged[-2], restating, figure):
            restating.high, restating = figure.high, None
            continue
        restating = None
        if last is not None and (high := _longer_end(text, last, figure)) is not None:
            last.high, last.end = high, figure.end  # "16 months to four years": 16-48 months
            continue
        if last is not None and _joins(text, last, figure, merged):
            last.high, last.end = max(last.high, figure.high), figure.end
            last.unit = last.unit or figure.unit
            last.kind = figure.kind if last.kind == "number" else last.kind
            continue
        merged.append(figure)
    return merged


#: Between a range's low end, restated in brackets, and its high end: "(£16,000) and".
_AFTER_A_RESTATEMENT = re.compile(r"\s*\)\s*and\s+")


def _around_a_restatement(text: str, low: _Figure, restated: _Figure, high: _Figure) -> bool:
    """ "between $30,000 (£16,000) and $50,000": a range whose low end is restated."""
    return (
        _base(low.unit) == _base(high.unit) != _base(restated.unit)
        and low.kind == high.kind
        and high.low > low.high
        and re.fullmatch(r"\s*\(\s*", text[low.end : restated.start]) is not None
        and _AFTER_A_RESTATEMENT.fullmatch(text[restated.end : high.start]) is not None
        and _BETWEEN_BEFORE.search(text[max(0, low.start - 12) : low.start]) is not None
    )


def _base(unit: str) -> str:
    return unit.partition(" per ")[0]


def _restates_the_high_end(text: str, ranged: _Figure, low: _Figure, high: _Figure) -> bool:
    """ "(£27,000)" after "between $30,000 (£16,000) and $50,000": the second range's end."""
    return (
        high.unit == low.unit
        and high.low > low.high
        and re.fullmatch(r"\s*\(\s*", text[ranged.end : high.start]) is not None
    )


def _joins(text: str, first: _Figure, then: _Figure, merged: list[F]) -> bool:
    gap = text[first.end : then.start]
    if then.low <= first.high or (first.unit and then.unit and first.unit != then.unit):
        return False
    before = text[max(0, first.start - 12) : first.start]
    if gap.strip() == "and" and first.unit == then.unit and _BETWEEN_BEFORE.search(before):
        return True  # "between 3% and 3.5%"
    if gap in ("-", "–") and first.unit == then.unit and first.kind in ("percent", "currency"):
        # "an 8%-10% rise", "$5-$10"; not "a negative 42%-49% rating" (against, for)
        return not re.search(r"\b(?:negative|positive|net)\s+$", before, re.I)
    if gap.strip() == "to" and first.unit == then.unit and first.kind in ("percent", "currency"):
        # "about 3% to 5% of its sales": one guess; not "from 3% to 5%" (two ends of a
        # trend) nor "rose 3% to 5%" (a movement, then the level it reached)
        near = first.high > 0 and then.low <= 5 * first.high  # not "16.75p to 293.5p"
        lead = text[max(0, first.start - 60) : first.start]
        bracketed = lead.endswith("(")  # "(37 percent to 43 percent)": for and against
        return (
            near
            and not bracketed
            and not _FROM_OR_MOVED.search(lead)
            and not _SIDES_BEFORE.search(lead)
            and not _OVER_A_TIME.match(text, then.end)  # "12% to 40% of sales in five months"
        )
    if not _GUESS_GAP.fullmatch(gap) or first.kind not in ("number", "count"):
        return False
    words = _SMALL
    small = re.fullmatch(words, text[first.start : first.end], re.I)
    # a list of number words that guesses: "four, five or six" (not "3, 5 and 10 km")
    return (
        bool(small)
        and bool(re.match(words, text[then.start : then.end], re.I))
        and (then.high - first.low <= 3)
    )


#: How many of the smaller duration unit make one of the larger: exact conversions only.
_IN_SMALLER = {
    ("minutes", "hours"): 60, ("seconds", "minutes"): 60, ("hours", "days"): 24,
    ("days", "weeks"): 7, ("months", "years"): 12, ("weeks", "years"): 52,
    ("years", "decades"): 10,
}  # fmt: skip


def _longer_end(text: str, first: _Figure, then: _Figure) -> float | None:
    """The high end, in the first figure's unit, of a duration range whose two ends have
    their own units ("a sentence of 16 months to four years"), else None.

    >>> from dataclasses import dataclass
    >>> @dataclass
    ... class Fig:
    ...     start: int; end: int; low: float; high: float; unit: str; kind: str
    >>> text = "a sentence of 16 months to four years"
    >>> _longer_end(text, Fig(14, 23, 16, 16, "months", "duration"),
    ...             Fig(27, 37, 4, 4, "years", "duration"))
    48
    """
    if first.kind != "duration" or then.kind != "duration":
        return None
    factor = _IN_SMALLER.get((first.unit, then.unit))
    gap = text[first.end : then.start]
    before = text[max(0, first.start - 12) : first.start]
    between = gap.strip() == "and" and _BETWEEN_BEFORE.search(before)  # "between X and Y"
    if factor is None or not (between or re.fullmatch(r"\s+(?:to|-|–)\s+", gap)):
        return None
    if re.search(r"\bfrom\s+$", before, re.I):
        return None  # "from six months to two years": a change of length, two figures
    high = then.high * factor
    return high if high > first.high else None


#: Words before "X to Y" that make it a change rather than a range; not "by" alone
#: ("vetted by 15 to 20 people" is a range; "rose by 5 to 10" has its verb).
_CHANGE_BEFORE = (
    r"\b(?:from|rose|fell|grew|increased|decreased|climbed|dropped|jumped|slipped|cut|raised"
    r"|rising|falling|up|down|added|adding|gained|gaining|lost|losing|shed|shedding"
    r"|surged|soared|plunged|sank|slid|tumbled|trimmed|boosted|lifted|narrowed|widened)"
    r"\s+(?:\S+\s+){0,4}$"
)
#: Before "from X to Y", words that make it the spread of one figure, not a change:
#: "estimates range from 100,000 to 250,000", "cost anywhere from $20m to $40m".
_SPREAD_BEFORE = r"\b(?:ranges?|ranged|ranging|anywhere|vary|varies|varied|varying)\s+from\s+$"
#: Ranges span less than this factor ("10-to-100x" is 10); beyond, it is two figures.
MAX_RANGE_RATIO = 200


#: "by two to one", "by nearly 3-to-1": a margin said as so many to one, a multiplier.
_TO_ONE_BEFORE = re.compile(
    r"\bby\s+(?:(?:nearly|almost|about|around|roughly|more\s+than|over|some|close\s+to)\s+)?$",
    re.I,
)

#: A verb of outdoing before "N-1" in its clause: "groups outspending their rivals 5-1".
_OUTDONE_BEFORE = re.compile(
    r"\bout(?:spen[dt]|spending|number|poll|rais|sell|sold)\w*\b[^.;,]*$", re.I
)

#: "a 3 to 1 margin", "by a 2-to-1 margin": a margin named as a ratio (not "an eight to
#: one majority", which counts the votes on each side).
_MARGIN_AFTER_ONE = re.compile(r"\s+(?:margin|ratio)\b", re.I)
#: A unit after the "one": "by 5 to 1%" is a change and a level, no ratio.
_UNIT_AFTER_ONE = re.compile(r"\s?(?:%|per\s?cent\b|percent|points?\b|[.,]\d)", re.I)


def ratio_to_one(match: re.Match[str]) -> bool:
    """Whether a matched "N to one" after "by", or before "margin", is a margin as a
    multiplier (N times), not a range or a score: "won by two to one", "a 3 to 1 margin";
    not "voted 6-1", "an eight to one majority"; "N-1" only after "by" or a verb of
    outdoing ("say so by 2-1", "outspending them 5-1"), else a score ("won 2-1")."""
    sep = (match.group("range_sep") or "").strip().lower()
    if sep not in ("to", "-to-", "-", "–") or match.group("scale") or match.group("currency"):
        return False
    one = number_value(match.group("number2") or "") == 1
    unit = _UNIT_AFTER_ONE.match(match.string, match.end("number2"))  # "by 5 to 1%": a change
    margin = _MARGIN_AFTER_ONE.match(match.string, match.end("number2"))
    by = _TO_ONE_BEFORE.search(match.string, 0, match.start())
    if sep in ("-", "–"):  # "2-1" is a score unless a ratio's words say otherwise:
        outdone = _OUTDONE_BEFORE.search(match.string, max(0, match.start() - 50), match.start())
        return one and not unit and bool(by or outdone)  # "by nearly 2-1", "outspending 5-1"
    return one and not unit and bool(by or margin)


def range_end(match: re.Match[str], low: float, scale: float) -> tuple[float, float] | None:
    """Both ends of a range, scaled ("10-20 billion": the scale applies to both), or None
    when the second number is not a range end ("2024-25", a score "3-1", "5 and 6")."""
    sep = match.group("range_sep").strip().lower()
    high = number_value(match.group("number2"))
    if high is None:
        return None
    scale2 = SCALES[match.group("scale2").lower()] if match.group("scale2") else scale
    if not match.group("scale") and low <= high:
        scale = scale2  # "10-20 billion"; not "17,000 to 4.48 million"
    before = match.string[max(0, match.start() - 30) : match.start()]
    between = r"\bbetween\s+[\"“‘']?(?:[a-z$£€]*\s*|(?:[a-z]+\s+){1,3})$"  # "Between 15,000 and"
    if sep == "and" and not re.search(between, before, re.I):
        return None
    if sep == "or" and re.search(r"\d\w*,\s+$", before):
        return None  # "£30m, £40m or £50m", "100,000, 200,000 or 250,000": a list, not a range
    spread = re.search(_SPREAD_BEFORE, before, re.I)  # "ranges from 100,000 to 250,000"
    if sep == "to" and re.search(_CHANGE_BEFORE, before, re.I) and not spread:
        return None  # "from £5.5bn to £8.2bn", "rose 17,000 to 4.48m": a change, two figures
    marked = match.group("currency2") or match.group("scale")  # each end a sum of its own
    if sep == "to" and marked and re.search(r"\bby\s+(?:\S+\s+){0,4}$", before, re.I):
        return None  # "see the budget rise by $19bn to $419.3bn": a change and a level
    if low * scale and high * scale2 / (low * scale) > MAX_RANGE_RATIO:
        return None
    if high * scale2 < low * scale:
        return None
    return low * scale, high * scale2
