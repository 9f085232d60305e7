"""A figure restated in another unit: "$1.6bn (£857m)", "400m euros ($495m; £275m)".

News gives a sum in a second currency, or a size in a second system ("50,000 sq m
(538,000 sq ft)"), right after the first one, in brackets or after "or", ";" or "/".
The restatement is the same amount: it is as approximate as what it converts, and it
measures and moves as that does. One rule says which figure is a conversion of the one
before; :mod:`extractors.quantities` copies the hedge, :func:`share_conversions` the frame.

Examples
--------
>>> from extractors.records import Claim, Quantity
>>> text = "Profit rose to about $1.6bn (£857m) in 2004."
>>> def claim(start, end, unit, subject, metric):
...     q = Quantity(1.0, 1.0, 1.0, unit, "currency", "=", text[start:end], start, end)
...     return Claim(text, 0, len(text), start, end, subject=subject, metric=metric, quantity=q)
>>> first, then = claim(21, 27, "USD", "Profit", "profit"), claim(29, 34, "GBP", None, None)
>>> is_conversion(text, first.quantity, then.quantity)
True
>>> share_conversions([first, then], text)
>>> then.subject, then.metric
('Profit', 'profit')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, Protocol

from extractors.records import Claim

#: Between a figure and its restatement: "$1.6bn (£857m)", "5.65bn euros ($7.4bn; £3.9bn)",
#: "6.5 billion reais ($2.3bn or £1.2bn)", "£5m / $9m", "400m euro, about $495m".
CONVERSION_GAP = re.compile(
    r"\s*(?:[(;,/]|\bor\b)\s*(?:(?:about|around|roughly|some|nearly|almost)\s+)?", re.I
)


class _Figure(Protocol):
    start: int
    end: int
    unit: str
    kind: Any  # a QuantityKind


def is_conversion(text: str, first: _Figure, then: _Figure) -> bool:
    """``then`` restates ``first`` in another currency, or a size in other units within
    brackets; "$5bn, $6bn" (one currency) is a list, not a conversion."""
    if first.kind != then.kind or first.kind not in ("currency", "physical"):
        return False
    if first.kind == "currency" and first.unit.split(" ")[0] == then.unit.split(" ")[0]:
        return False  # one currency: "$5bn ($3bn of it in cash)"
    if first.unit == then.unit:
        return False
    gap = text[first.end : then.start]
    if first.kind == "physical" and "(" not in gap:
        return False  # "10km, 20 miles": sizes in a list; a size restated sits in brackets
    return CONVERSION_GAP.fullmatch(gap) is not None


#: After the brackets of a restatement, a rate all of them share: "1bn CFA francs ($2m;
#: £1m) a month" (not "a year earlier", a time).
_RATE_AFTER_BRACKETS = re.compile(
    r"\s*\)\s+(?:a|an|per|each|every)\s+(?P<per>day|week|month|year|night)\b"
    r"(?!\s+(?:earlier|ago|later|before|previously|after)\b)",
    re.I,
)
#: A mass restated in brackets: "700 pounds (320kg)" weighs, it is no sum of money.
_MASS_UNITS = frozenset({"kg", "tonnes", "tons", "grams", "milligrams"})


def restated_groups(text: str, figures: Sequence[_Figure]) -> list[list[_Figure]]:
    """Each figure with the restatements that follow it, in text order."""
    groups: list[list[_Figure]] = []
    for figure in figures:
        if groups and is_conversion(text, groups[-1][-1], figure):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups


def weights_in_pounds(text: str, figures: Sequence[_Figure]) -> None:
    """ "700 pounds (320kg)", "weighs 236 pounds": pounds restated as a mass, or said after a
    verb of weighing, weigh; they are no sum of money."""
    for first, then in itertools.pairwise(figures):
        said = text[first.start : first.end].lower()
        weighed = first.unit == "GBP" and then.unit in _MASS_UNITS
        bracketed = re.fullmatch(r"\s*\(\s*", text[first.end : then.start]) is not None
        if weighed and bracketed and said.endswith(("pounds", "pound")):
            first.unit, first.kind = "lb", "physical"
    for figure in figures:
        said = text[figure.start : figure.end].lower()
        in_pounds = figure.unit == "GBP" and said.endswith(("pounds", "pound"))
        if in_pounds and _WEIGHING_BEFORE.search(text, max(0, figure.start - 30), figure.start):
            figure.unit, figure.kind = "lb", "physical"


#: A verb or noun of weight before a figure in pounds: "weighs 236 pounds".
_WEIGHING_BEFORE = re.compile(
    r"\b(?:weigh|weighs|weighed|weighing|weight\s+of)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|more\s+than\s+|over\s+)?$",
    re.I,
)


def share_bracketed_rates(text: str, figures: Sequence[_Figure]) -> None:
    """A rate said after a restatement's closing bracket is every restated figure's ("1bn
    CFA francs ($2m; £1m) a month"), and so is the converted sum's own ("monthly fees of up
    to 400 yuan ($48; £26)")."""
    for group in restated_groups(text, figures):
        rate = _RATE_AFTER_BRACKETS.match(text, group[-1].end) if len(group) > 1 else None
        per = rate["per"].lower() if rate else group[0].unit.partition(" per ")[2]
        if not per or len(group) < 2:
            continue
        for figure in group:
            if " per " not in figure.unit:
                figure.unit = f"{figure.unit} per {per}"


def share_conversions(claims: Sequence[Claim], text: str) -> None:
    """A sum restated in another currency measures, and moves, as the sum it converts: it
    takes that one's subject, metric, scope and change."""
    figures = [c for c in claims if c.quantity is not None]
    for first, then in itertools.pairwise(figures):
        one, other = first.quantity, then.quantity
        assert one is not None and other is not None
        if first.sent_start != then.sent_start or one.kind != "currency":
            continue  # a size restated keeps its own parse: its frame is read as well
        if not is_conversion(text, one, other):
            continue
        then.subject, then.subject_entity, then.metric = (
            first.subject,
            first.subject_entity,
            first.metric,
        )
        then.scope, then.change, then.direction, then.change_cue = (
            list(first.scope),
            first.change,
            first.direction,
            first.change_cue,
        )
