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
