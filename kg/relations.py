"""How two claims about the same thing relate: they agree, or why they differ.

Given two figures with the same topic key (:mod:`extractors.topics`), the
relation is decided in this order, the first that fits:

``same_claim``
    the same document says it twice (a summary and the body): not a link.
``different_time``
    both are dated, the times do not overlap and the values differ: a trend;
    or one period holds the other and is many times longer (a year's earnings
    and a month's).
``different_date``
    the same figure (within rounding) dated differently by different
    documents: "61%" in February by one, "mid-2026" by another.
``corroborates``
    the same figure at an overlapping (or unstated) time.
``compatible``
    the values agree once rounding, ranges and "about" are allowed for
    ("about 45%" and "44.8%"; "80–90%" and "85%").
``different_definition``
    the metrics are not quite the same ("provider-level" against
    "model-level" share): the figures need not agree.
``revised``
    the same origin gave another figure later.
``contradiction``
    the same metric at the same time, and the values differ beyond what
    their precision allows.

Examples
--------
>>> a = {"value": 36.0, "low": 36.0, "high": 36.0, "approx": "=", "quantity_text": "36%",
...      "time_start": "2026-04-21", "time_end": "2026-04-30", "metric": "share of token volume",
...      "document_id": "d1", "origin": "openrouter", "published": None}
>>> b = dict(a, value=45.0, low=45.0, high=45.0, approx="~", quantity_text="about 45%",
...          time_start="2026-04-01", time_end="2026-04-30", document_id="d2", origin="wire")
>>> relation(a, b)
'contradiction'
>>> relation(a, dict(b, value=36.2, low=36.2, high=36.2))
'compatible'
>>> relation(a, dict(b, time_start="2026-01-01", time_end="2026-01-10"))
'different_time'
>>> relation(a, dict(b, time_start="2026-01-01", time_end="2026-12-31"))
'different_time'
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from extractors.topics import measured_terms, metric_head, metric_terms, subject_head
from kg.vocabulary import AGREEMENTS, DISAGREEMENTS, RELATIONS, TRENDS, Relation

__all__ = [
    "AGREEMENTS",
    "DISAGREEMENTS",
    "RELATIONS",
    "TRENDS",
    "Relation",
    "origin",
    "relation",
]

Row = dict[str, Any]
#: How much two metrics' terms must overlap (relative to the shorter) to be related.
RELATED_METRIC = 0.5
#: Times this close are one moment for figures counted differently.
ADJACENT_DAYS = 7
#: "about" allows this much either way, relative to the value.
ABOUT = 0.05


def relation(a: Row, b: Row) -> Relation | None:
    """The relation of two claims with the same topic key, or None when unrelated."""
    if a.get("series") and a.get("series") == b.get("series"):
        return "different_time"  # the two ends of one "from X to Y": a trend
    if _is_change(a) != _is_change(b):
        return None  # a level and a change ("to 5%", "by 5%") are different measures
    same_document = a["document_id"] == b["document_id"]
    if same_document and (_same_value(a, b) or a.get("sent_start") == b.get("sent_start")):
        return None  # one article repeating itself, or a change within one sentence
    if metric_head(a["metric"], a.get("kind", "")) != metric_head(b["metric"], b.get("kind", "")):
        return None  # a share and an increase are different measures, whatever they share
    a_terms = metric_terms(a["metric"], a.get("kind", ""))
    b_terms = metric_terms(b["metric"], b.get("kind", ""))
    if _overlap_coefficient(a_terms, b_terms) < RELATED_METRIC:
        return None
    a_measures = measured_terms(a["metric"], a.get("kind", ""))
    b_measures = measured_terms(b["metric"], b.get("kind", ""))
    if a_measures and b_measures and not a_measures & b_measures:
        return None  # a share of cost and a share of volume divide different things
    # One metric said more precisely than the other ("share" and "share of token
    # volume") is the same metric; each naming what the other lacks is another one.
    same_metric = a_terms <= b_terms or b_terms <= a_terms
    overlap = _overlap(a, b)
    # Changes compare with their direction: a rise of 5% and a fall of 5% differ.
    same = _same_value(a, b) and _signed(a) == _signed(b)
    if _weakly_dated(a) or _weakly_dated(b):
        # A figure dated only by its article's publication ("as reported") says nothing
        # about *when*: it can agree with another, but not disagree on time or value.
        if same:
            return "corroborates"
        if _compatible(a, b):
            return "compatible"
        if _undated_beside_dated(a, b) and _counts_differently(a, b, same_metric):
            # Whenever it is about, a figure that counts something else ("six labs"
            # against "Chinese models") differs by definition; an editor needs to see it.
            return "different_definition"
        return None
    if overlap is False and same and a["document_id"] != b["document_id"]:
        return "different_date"
    if not same_metric and not same and not _compatible(a, b) and _adjacent(a, b):
        # Figures counted differently a few days apart are no trend: late March's 7.5%
        # and April's 12.3% differ by how they count, not by what happened between.
        return "different_definition"
    if overlap is False or (not same and _nested_periods(a, b)):
        # (a month's $40.8m inside a year's $600m: sums over different periods, no clash)
        return "different_time"
    if same:
        return "corroborates"
    if _compatible(a, b):
        return "compatible"
    if _hedged(a, b):
        return None  # a forecast or an "if" does not contradict a reported figure
    if a.get("origin") and a.get("origin") == b.get("origin") and a["published"] != b["published"]:
        return "revised"
    return "contradiction"


def _is_change(row: Row) -> bool:
    return (row.get("change") or "level") != "level"


def _signed(row: Row) -> int:
    """-1 for a decrease, 1 otherwise: changes compare with their direction."""
    return -1 if row.get("change") == "decrease" else 1


def _hedged(a: Row, b: Row) -> bool:
    return bool({a.get("hedge"), b.get("hedge")} & {"projected", "conditional"})


def _weakly_dated(row: Row) -> bool:
    return row.get("time_basis") in ("as-reported", "earlier", "none", None) and "time_basis" in row


def _undated_beside_dated(a: Row, b: Row) -> bool:
    """One figure has no time at all and the other states one: two undated figures say
    too little about each other to be set side by side."""
    return [bool(a["time_start"]), bool(b["time_start"])].count(True) == 1


def _counts_differently(a: Row, b: Row, same_metric: bool) -> bool:
    """Whether two figures of one topic count different things: a subject with another
    head noun ("six Chinese labs" and "Chinese models") or a metric each qualifies
    differently ("provider-level market share" and "share of weekly volume")."""
    heads = {subject_head(a.get("subject")), subject_head(b.get("subject"))}
    return (len(heads) == 2 and "" not in heads) or not same_metric


def _overlap_coefficient(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


def _overlap(a: Row, b: Row) -> bool | None:
    """Whether the claims' times overlap; None when either is undated."""
    if not (a["time_start"] and b["time_start"]):
        return None
    return bool(a["time_start"] <= b["time_end"] and b["time_start"] <= a["time_end"])


#: How many times longer one period must be than the other to be another period.
NESTED_RATIO = 6


def _nested_periods(a: Row, b: Row) -> bool:
    """Whether one claim's period holds the other's and is many times longer (a year
    and a month of it, a month and a day): figures for different spans, not one."""
    if not (a["time_start"] and b["time_start"] and a["time_end"] and b["time_end"]):
        return False
    spans = [
        (date.fromisoformat(r["time_start"]), date.fromisoformat(r["time_end"])) for r in (a, b)
    ]
    (short_start, short_end), (long_start, long_end) = sorted(spans, key=lambda s: s[1] - s[0])
    inside = long_start <= short_start and short_end <= long_end
    short_days = (short_end - short_start).days + 1
    return inside and (long_end - long_start).days + 1 >= NESTED_RATIO * short_days


def _adjacent(a: Row, b: Row) -> bool:
    """Whether the claims' times overlap or lie within ADJACENT_DAYS of each other."""
    if not (a["time_start"] and b["time_start"]):
        return False
    first, second = sorted([a, b], key=lambda r: r["time_start"])
    gap = date.fromisoformat(second["time_start"]) - date.fromisoformat(first["time_end"])
    return gap.days <= ADJACENT_DAYS


def _same_value(a: Row, b: Row) -> bool:
    return bool(abs(a["value"] - b["value"]) <= 1e-9 * max(1.0, abs(a["value"])))


def _compatible(a: Row, b: Row) -> bool:
    """Whether the stated values can be the same number once precision is allowed for."""
    if _signed(a) != _signed(b):
        return False
    a_low, a_high = _bounds(a)
    b_low, b_high = _bounds(b)
    return a_low <= b_high and b_low <= a_high


def _bounds(row: Row) -> tuple[float, float]:
    low, high = float(row["low"]), float(row["high"])
    half_step = _half_step(row.get("quantity_text") or "")
    low, high = low - half_step * _scale(row), high + half_step * _scale(row)
    approx = row.get("approx") or "="
    if approx == "~":
        return low * (1 - ABOUT), high * (1 + ABOUT)
    if approx in (">", ">="):
        return low, float("inf")
    if approx in ("<", "<="):
        return float("-inf"), high
    return low, high


def _half_step(text: str) -> float:
    """Half the last stated digit: "36%" is 35.5-36.5, "37.1%" is 37.05-37.15."""
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", text)
    if number is None:
        return 0.5
    decimals = len(number.group(1) or "")
    return 0.5 * 10**-decimals


def _scale(row: Row) -> float:
    """The factor a stated number was multiplied by ("7.36 trillion")."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", row.get("quantity_text") or "")
    if number is None:
        return 1.0
    stated = float(number.group(0).replace(",", ""))
    return float(row["low"]) / stated if stated else 1.0


def origin(row: Row) -> str:
    """Who a figure ultimately comes from: the data it cites, its speaker, else its outlet.

    Several outlets repeating one cited figure are one origin, and so are copies of one
    story: a store gives a claim of a near-identical copy the outlet of the first of
    its copies as ``doc_origin`` (see :mod:`kg.store.identity`), which wins over the
    outlet that ran the copy.

    >>> origin({"doc_outlet": "Valley Post", "doc_origin": "Wire Service"})
    'wire service'
    """
    cited = row.get("cited")
    sources = json.loads(cited) if isinstance(cited, str) else (cited or [])
    first = sources[-1] if sources else None  # data sources come after the speaker
    outlet = row.get("doc_origin") or row.get("doc_outlet")
    name = first or row.get("attributed_to") or outlet or row.get("document_id")
    return str(name).lower()
