"""Quantity extraction against hand-annotated real sentences.

    python -m eval.quantities [--split dev|test] [--errors]

Gold: ``eval/gold/quantities.jsonl`` (references to BBC 2005 and seed
sentences, see :mod:`eval.common`). A prediction *detects* a gold quantity
when their spans overlap; it is *value-correct* when it also has the same
value (relative tolerance 0.1%, so "a third" is 0.333). Value F1 counts a
detected quantity with a wrong value as both a false positive and a false
negative, as the CQE paper's value F1 does.

Annotation rules: percentages, money, counts of things ("three shows"),
physical and duration amounts, ages ("22-year-old"), multipliers, fractions
of a whole ("half the world's population") and "four of the five" are
quantities; years, dates, times of day, scores ("19-5"), ranks ("#1", "world
number one"), ordinals, names with numbers ("Radio 4", "Windows 95", "GLM-5")
and durations that are part of a time expression ("the first six months of
2005", "eighteen months earlier") are not.
"""

from __future__ import annotations

import argparse
import math
import sys

import spacy

from eval.common import Score, first_overlap, gold_items, locate, shared_available
from extractors.nlp import DEFAULT_MODEL
from extractors.quantities import find_quantities


def evaluate(split: str | None = None) -> dict[str, Score]:
    nlp = spacy.load(DEFAULT_MODEL)
    detection, value, kind = Score(), Score(), Score()
    for item, sentence in gold_items("quantities", split):
        gold = item["quantities"]
        spans = locate(sentence, [g["text"] for g in gold])
        predicted = find_quantities(sentence, nlp(sentence))
        matched: set[int] = set()
        for q in predicted:
            hit = first_overlap(spans, q.start, q.end, matched)
            if hit is None:
                detection.false_pos += 1
                value.false_pos += 1
                detection.errors.append(f"extra  {q.text!r} in {item['source']}: {sentence[:90]}")
                continue
            matched.add(hit)
            detection.true_pos += 1
            expected = gold[hit]
            if math.isclose(q.value, expected["value"], rel_tol=1e-3):
                value.true_pos += 1
            else:
                value.false_pos += 1
                value.false_neg += 1
                gold_text, gold_value = expected["text"], expected["value"]
                value.errors.append(
                    f"value  {q.text!r}={q.value:g}, gold {gold_text!r}={gold_value:g}"
                )
            if q.kind == expected["kind"]:
                kind.true_pos += 1
            else:
                kind.false_pos += 1
                kind.false_neg += 1
                kind.errors.append(f"kind   {q.text!r} {q.kind}, gold {expected['kind']}")
        for i, g in enumerate(gold):
            if i not in matched:
                detection.false_neg += 1
                value.false_neg += 1
                detection.errors.append(
                    f"missed {g['text']!r} in {item['source']}: {sentence[:90]}"
                )
    return {"detection": detection, "value": value, "kind (of detected)": kind}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.quantities", description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "heldout"))
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    if not shared_available():
        print("skipped: ../shared/corpus is not here (the gold refers to its texts)")
        return 0
    scores = evaluate(args.split)
    print(f"quantities, split: {args.split or 'all'}")
    for name, score in scores.items():
        print(score.row(name))
    if args.errors:
        for score in scores.values():
            for error in score.errors:
                print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
