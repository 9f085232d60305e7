"""Agreement between the two passes of the held-out time set.

    python -m eval.times_agreement [--split tdev|ttest|tfdev|tftest] [--list]

Passes: ``eval/gold/times-pass-a.jsonl`` and ``times-pass-b.jsonl`` (each line a
sentence's id and its expressions' spans, types and DATE values; no text). An
expression of one pass matches the first unmatched one of the other that it overlaps.
Printed: span F1 (overlap), exact extent among matched, same type among matched, and
same value among the matched pairs both passes call DATE. ``--list`` prints the ids of
the sentences where the passes differ in anything (what the adjudication read).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from eval.common import GOLD


def _passes(name: str) -> dict[str, list[dict[str, Any]]]:
    lines = (GOLD / f"times-{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return {item["id"]: item["times"] for item in map(json.loads, lines)}


def _pairs(
    first: list[dict[str, Any]], second: list[dict[str, Any]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    pairs, used = [], set()
    for a in first:
        for index, b in enumerate(second):
            if index not in used and a["span"][0] < b["span"][1] and b["span"][0] < a["span"][1]:
                pairs.append((a, b))
                used.add(index)
                break
    return pairs


def agreement(ids: set[str]) -> tuple[dict[str, float], list[str]]:
    """The agreement measures over the sentences ``ids``, and the ids that differ."""
    a, b = _passes("pass-a"), _passes("pass-b")
    matched = total_a = total_b = extent = kind = dates = value = 0
    differ = []
    for sid in sorted(ids):
        first, second = a.get(sid, []), b.get(sid, [])
        pairs = _pairs(first, second)
        total_a, total_b = total_a + len(first), total_b + len(second)
        matched += len(pairs)
        extent += sum(x["span"] == y["span"] for x, y in pairs)
        kind += sum(x["type"] == y["type"] for x, y in pairs)
        both = [(x, y) for x, y in pairs if x["type"] == y["type"] == "DATE"]
        dates += len(both)
        value += sum(x["value"] == y["value"] for x, y in both)
        same = len(pairs) == len(first) == len(second) and all(
            x["span"] == y["span"] and x["type"] == y["type"] and x["value"] == y["value"]
            for x, y in pairs
        )
        if not same:
            differ.append(sid)
    precision = matched / total_a if total_a else 1.0
    recall = matched / total_b if total_b else 1.0
    span = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    scores = {
        "span F1": span,
        "same extent": extent / matched if matched else 1.0,
        "same type": kind / matched if matched else 1.0,
        "same DATE value": value / dates if dates else 1.0,
    }
    return scores, differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("tdev", "ttest", "tfdev", "tftest"))
    parser.add_argument("--list", action="store_true", help="ids of sentences that differ")
    args = parser.parse_args(argv)
    lines = (GOLD / "times.jsonl").read_text(encoding="utf-8").splitlines()
    ids = {i["id"] for i in map(json.loads, lines) if args.split in (None, i["split"])}
    scores, differ = agreement(ids)
    print(f"{len(ids)} sentences; " + ", ".join(f"{k} {v:.3f}" for k, v in scores.items()))
    print(f"{len(differ)} sentences differ")
    if args.list:
        print(" ".join(differ))
    return 0


if __name__ == "__main__":
    sys.exit(main())
