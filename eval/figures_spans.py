"""An annotator's figures, written as words, turned into the gold's offsets.

    python -m eval.figures_spans ANNOTATION SENTENCES > PASS

Annotators write what they read (``eval/figures_guidelines.md``): each
figure's ``text``, ``measured`` and ``time`` as words copied from the
sentence. The gold (``eval/gold/figures.jsonl`` and its passes) holds
``[start, end)`` offsets into the sentence instead, so that no article text
is kept in the repo. ``SENTENCES`` is the draw the annotation was made on
(``python -m eval.figures_sample --news`` and the like: source, offsets, id,
split).

A figure's words are looked for from the end of the figure before it (text
order); its measured thing and time, nearest to the figure.

>>> locate_near("up 5% and 5% more", "5%", 9)
[10, 12]
>>> locate_near("sales rose; sales fell 2%", "sales", 22)
[12, 17]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from eval.common import article_text


def locate_near(sentence: str, words: str | None, near: int) -> list[int] | None:
    """The occurrence of ``words`` in ``sentence`` nearest to offset ``near``."""
    if not words:
        return None
    starts = []
    at = sentence.find(words)
    while at >= 0:
        starts.append(at)
        at = sentence.find(words, at + 1)
    if not starts:
        raise ValueError(f"{words!r} is not in the sentence {sentence[:60]!r}...")
    start = min(starts, key=lambda s: (abs(s - near), s))
    return [start, start + len(words)]


def with_offsets(sentence: str, figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures in the gold's shape: spans instead of words."""
    placed, after = [], 0
    for figure in figures:
        start = sentence.find(figure["text"], after)
        if start < 0:
            start = sentence.find(figure["text"])  # written out of order
        span = locate_near(sentence, figure["text"], start)
        assert span is not None
        after = span[1]
        fields = {k: v for k, v in figure.items() if k not in ("text", "measured", "time")}
        placed.append(
            {"span": span}
            | fields
            | {
                "measured": locate_near(sentence, figure["measured"], span[0]),
                "time": locate_near(sentence, figure["time"], span[0]),
            }
        )
    return placed


def convert(annotation: Path, draw: Path) -> list[dict[str, Any]]:
    drawn = {item["id"]: item for item in map(json.loads, draw.read_text().splitlines())}
    lines = []
    for answer in map(json.loads, annotation.read_text(encoding="utf-8").splitlines()):
        item = drawn[answer["id"]]
        sentence = article_text(item["source"])[item["start"] : item["end"]]
        lines.append(
            {"id": item["id"], "source": item["source"], "start": item["start"]}
            | {"end": item["end"], "split": item["split"]}
            | {"figures": with_offsets(sentence, answer["figures"])}
        )
    return lines


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.split("\n\n")[1])
    for line in convert(Path(sys.argv[1]), Path(sys.argv[2])):
        print(json.dumps(line, ensure_ascii=False))
