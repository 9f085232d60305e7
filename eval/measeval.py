"""What a figure measures, checked a second way: MeasEval (SemEval-2021 Task 8).

    python -m eval.measeval [--split train|trial|all] [--baseline] [--errors]

MeasEval annotates 298 paragraphs of scientific articles (``../shared/dev/measeval``):
each quantity, the entity it measures ("5318 participants") and the property measured
("mean age"). It is not news, but it is the largest public set that says what a figure
measures, so it checks kg's claim frame on prose the rules were never written for. kg
reads each paragraph as it reads an article; a kg figure *matches* a MeasEval quantity
when their spans overlap. Three scores:

``quantity``
    the spans. MeasEval counts numbers kg's guidelines leave out (years, a list's items,
    "the 2nd"), so its recall here is not the figure recall of :mod:`eval.figures`.
``measured``
    a matched figure is right when its measured words (its claim's subject and metric)
    share a content word with the quantity's entity or property, as ``value+measured``
    of :mod:`eval.figures` compares them; P/R/F1 over every figure and every quantity.
``measured, of matched``
    the same over the quantities kg found: how often the frame is right where the figure
    was read, which the span conventions above do not touch.

``--baseline`` runs CQE (its referred concepts) on the same paragraphs. kg's rules were
never tuned on this corpus: both splits are read as they come.

>>> gold_quantities("S0006322312001096-1136", "train")[2].measured
['Whitehall II study']
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eval.common import SHARED, Score, first_overlap
from eval.figures import (
    Predicted,
    _pipeline,
    cqe_figures,
    figures_in,
    measured_words,
    shares_a_word,
)

MEASEVAL = SHARED / "dev" / "measeval"
SPLITS = ("train", "trial")
SCORES = ("quantity", "measured", "measured, of matched")


@dataclass(slots=True)
class GoldQuantity:
    """One MeasEval quantity: its span, and the words of what it measures."""

    start: int
    end: int
    text: str
    measured: list[str] = field(default_factory=list)


def _text_dir(split: str) -> Path:
    folder = MEASEVAL / split
    return folder / "text" if (folder / "text").is_dir() else folder / "txt"


def documents(split: str) -> list[str]:
    """The paragraph ids of a split, in order."""
    return sorted(p.stem for p in (MEASEVAL / split / "tsv").glob("*.tsv"))


def paragraph(doc_id: str, split: str) -> str:
    return (_text_dir(split) / f"{doc_id}.txt").read_text(encoding="utf-8")


@cache
def gold_quantities(doc_id: str, split: str) -> list[GoldQuantity]:
    """Each quantity of a paragraph with the entity and property it measures (MeasEval
    links them by annotation set: a property to its quantity, an entity to either)."""
    path = MEASEVAL / split / "tsv" / f"{doc_id}.tsv"
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    by_set: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        by_set[row["annotSet"]].append(row)
    found = []
    for linked in by_set.values():
        for row in linked:
            if row["annotType"] != "Quantity":
                continue
            measured = [
                other["text"]
                for other in linked
                if other["annotType"] in ("MeasuredEntity", "MeasuredProperty")
            ]
            start, end = int(row["startOffset"]), int(row["endOffset"])
            found.append(GoldQuantity(start, end, row["text"], measured))
    return sorted(found, key=lambda q: q.start)


def kg_read(text: str) -> list[Predicted]:
    """kg's figures in a paragraph, with what each measures."""
    doc = _pipeline()(text)
    return [
        Predicted(q.start, q.end, q.low, q.high, q.unit, measured=measured_words(q, claim))
        for q, claim in figures_in(doc)
    ]


TAGGERS = {"kg": kg_read, "CQE": cqe_figures}


def evaluate(split: str, tagger: str = "kg") -> dict[str, Score]:
    """The three scores of a tagger over a split's paragraphs."""
    scores = {name: Score() for name in SCORES}
    splits = SPLITS if split == "all" else (split,)
    for part in splits:
        for doc_id in documents(part):
            text = paragraph(doc_id, part)
            _score_paragraph(text, gold_quantities(doc_id, part), TAGGERS[tagger](text), scores)
    return scores


def _score_paragraph(
    text: str, gold: list[GoldQuantity], found: list[Predicted], scores: dict[str, Score]
) -> None:
    quantity, measured, of_matched = (scores[name] for name in SCORES)
    spans = [(g.start, g.end) for g in gold]
    matched: set[int] = set()
    for p in found:
        hit = first_overlap(spans, p.start, p.end, matched)
        if hit is None:
            quantity.false_pos += 1
            measured.false_pos += 1
            quantity.errors.append(f"extra     {text[p.start : p.end]!r}")
            continue
        matched.add(hit)
        quantity.true_pos += 1
        g = gold[hit]
        right = not g.measured or any(shares_a_word(p.measured, words) for words in g.measured)
        for score in (measured, of_matched):
            if right:
                score.true_pos += 1
            else:
                score.false_pos += 1
                score.false_neg += 1
        if not right:
            measured.errors.append(
                f"measured  {g.text!r}: {p.measured!r}, gold {' / '.join(g.measured)!r}"
            )
    for i, g in enumerate(gold):
        if i not in matched:
            quantity.false_neg += 1
            measured.false_neg += 1
            quantity.errors.append(f"missed    {g.text!r}")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.measeval", description=__doc__)
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--baseline", action="store_true", help="also run CQE")
    parser.add_argument("--errors", action="store_true", help="list every error")
    args = parser.parse_args()
    if not MEASEVAL.is_dir():
        print("skipped: ../shared/dev/measeval is not here")
        return 0
    splits = SPLITS if args.split == "all" else (args.split,)
    count = sum(len(gold_quantities(d, s)) for s in splits for d in documents(s))
    paragraphs = sum(len(documents(s)) for s in splits)
    print(f"MeasEval, {args.split}: {paragraphs} paragraphs, {count} quantities")
    taggers = ("kg", "CQE") if args.baseline else ("kg",)
    for tagger in taggers:
        try:
            scores = evaluate(args.split, tagger)
        except ImportError:
            print(f"{tagger}: not installed (make eval-baselines)")
            continue
        for name, score in scores.items():
            print(score.row(f"{tagger} {name}"))
        if args.errors and tagger == "kg":
            for score in scores.values():
                for error in score.errors:
                    print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
