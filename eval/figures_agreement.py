"""How far two independent annotation passes of the figures gold set agree.

    python -m eval.figures_agreement [--split S] [PASS_A PASS_B]

Each pass is a file of the gold's shape (``eval/gold/figures.jsonl``: one
line per sentence, spans as offsets into the sentence). Figures of the two
passes are paired when their spans overlap. Printed: span agreement as F1
(pass B scored against pass A, the usual inter-annotator measure for spans),
and for paired figures the share with the same value, unit, change, approx
and an overlapping measured thing and time.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from eval.common import GOLD

FIELDS = ("value", "unit", "change", "approx", "measured", "time")


def load(path: Path, split: str | None = None) -> dict[str, list[dict[str, Any]]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    items = map(json.loads, lines)
    return {i["id"]: i["figures"] for i in items if split in (None, i.get("split"))}


def overlaps(a: Sequence[int] | None, b: Sequence[int] | None) -> bool:
    """Whether two ``[start, end)`` spans share a character (two nulls agree too).

    >>> overlaps([0, 4], [3, 9]), overlaps([0, 3], [3, 9]), overlaps(None, None)
    (True, False, True)
    """
    if a is None or b is None:
        return a is None and b is None
    return a[0] < b[1] and b[0] < a[1]


def pairs(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Figures of two passes over one sentence, paired by overlapping span, in order."""
    paired, used = [], set()
    for a in first:
        for i, b in enumerate(second):
            if i not in used and overlaps(a["span"], b["span"]):
                paired.append((a, b))
                used.add(i)
                break
    return paired


def same(field: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    if field == "value":
        return math.isclose(a["value"], b["value"], rel_tol=1e-3) and (
            (a.get("high") is None) == (b.get("high") is None)
        )
    if field in ("measured", "time"):
        return overlaps(a.get(field), b.get(field))
    return bool(a.get(field) == b.get(field))


def agreement(a_pass: dict[str, list[Any]], b_pass: dict[str, list[Any]]) -> dict[str, float]:
    ids = sorted(set(a_pass) & set(b_pass))
    n_a = sum(len(a_pass[i]) for i in ids)
    n_b = sum(len(b_pass[i]) for i in ids)
    matched = [p for i in ids for p in pairs(a_pass[i], b_pass[i])]
    result = {
        "sentences": float(len(ids)),
        "figures A": float(n_a),
        "figures B": float(n_b),
        "span F1": 2 * len(matched) / (n_a + n_b) if n_a + n_b else 1.0,
    }
    for field in FIELDS:
        agreeing = sum(same(field, a, b) for a, b in matched)
        result[f"same {field}"] = agreeing / len(matched) if matched else 1.0
    return result


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.figures_agreement", description=__doc__)
    parser.add_argument("first", nargs="?", type=Path, default=GOLD / "figures-pass-a.jsonl")
    parser.add_argument("second", nargs="?", type=Path, default=GOLD / "figures-pass-b.jsonl")
    parser.add_argument("--split", help="only this split's sentences (dev, test or dev3)")
    args = parser.parse_args()
    both = load(args.first, args.split), load(args.second, args.split)
    for name, number in agreement(*both).items():
        counted = name in ("sentences", "figures A", "figures B")
        shown = f"{number:.0f}" if counted else f"{number:.3f}"
        print(f"{name:<14} {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
