"""Time expressions against hand-annotated real sentences.

    python -m eval.timex [--split dev|test] [--errors]

Gold: ``eval/gold/timex.jsonl`` (references to BBC 2005 and seed sentences,
see :mod:`eval.common`), each with the anchor (publication date) used to
resolve it. The tagger runs on the *whole article* with that anchor, as in
the pipeline, so anaphoric expressions ("one year prior") see what came
before; predictions inside the sentence are compared.

Detection counts overlapping spans. **Value accuracy** is the share of gold
expressions whose overlapping prediction has exactly the gold interval
(first and last day), the TempEval "value" measure for intervals.

BBC articles carry no date: their anchor is 2005-02-16 (a Wednesday in the
corpus' period), and relative expressions are annotated against it by their
meaning in the sentence ("on Monday" after "will be named" is the next
Monday). The seeds' anchors are dates the articles' contents imply.
"""

from __future__ import annotations

import argparse
import sys
from functools import cache

from eval.common import Score, article_text, gold_items, locate, shared_available
from extractors.records import TimeExpression
from extractors.timex import find_times
from extractors.timex_refs import VAGUE_GRANULARITIES

REFERENCES = VAGUE_GRANULARITIES | {"present"}


@cache
def _article_times(source: str, anchor: str) -> tuple[TimeExpression, ...]:
    # "now", "recently", "the future" (TimeML's *_REF) are references, not intervals:
    # this gold leaves them out.
    times = find_times(article_text(source), anchor=anchor)
    return tuple(t for t in times if t.granularity not in REFERENCES)


def evaluate(split: str | None = None) -> tuple[Score, Score, int, int]:
    detection, value = Score(), Score()
    exact = total = 0
    for item, sentence in gold_items("timex", split):
        gold = item["times"]
        spans = [
            (s + item["start"], e + item["start"])
            for s, e in locate(sentence, [g["text"] for g in gold])
        ]
        predicted = [
            t
            for t in _article_times(item["source"], item["anchor"])
            if item["start"] <= t.start_char and t.end_char <= item["end"]
        ]
        matched: dict[int, TimeExpression] = {}
        for t in predicted:
            hit = next(
                (
                    i
                    for i, (s, e) in enumerate(spans)
                    if i not in matched and s < t.end_char and t.start_char < e
                ),
                None,
            )
            if hit is None:
                detection.false_pos += 1
                value.false_pos += 1
                detection.errors.append(f"extra  {t.text!r} {t.start}..{t.end} in {item['source']}")
                continue
            matched[hit] = t
            detection.true_pos += 1
        for i, g in enumerate(gold):
            total += 1
            t = matched.get(i)
            if t is None:
                detection.false_neg += 1
                value.false_neg += 1
                detection.errors.append(
                    f"missed {g['text']!r} in {item['source']}: {sentence[:80]}"
                )
            elif (t.start, t.end) == (g["start"], g["end"]):
                exact += 1
                value.true_pos += 1
            else:
                value.false_pos += 1
                value.false_neg += 1
                value.errors.append(
                    f"value  {t.text!r} {t.start}..{t.end} ({t.granularity}),"
                    f" gold {g['start']}..{g['end']} ({g['granularity']})"
                )
    return detection, value, exact, total


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.timex", description=__doc__)
    parser.add_argument("--split", choices=("dev", "test", "heldout"))
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    if not shared_available():
        print("skipped: ../shared/corpus is not here (the gold refers to its texts)")
        return 0
    detection, value, exact, total = evaluate(args.split)
    print(f"time expressions, split: {args.split or 'all'}")
    print(detection.row("detection"))
    print(value.row("value"))
    print(f"{'value accuracy':<22} {exact / total if total else 0:.3f}  ({exact} of {total} gold)")
    if args.errors:
        for error in detection.errors + value.errors:
            print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
