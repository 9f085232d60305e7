"""What the evaluations share: finding the gold sentences' texts, and scoring.

Gold files hold references, never text: ``source`` is ``bbc:<line>`` (a line
of ``../shared/corpus/bbc-news-2005.jsonl``) or ``seed:<file>`` (a file of
``../shared/corpus/seeds/``) or ``polnear:<split>/<file>`` (a PolNeAR
article of ``../shared/dev/polnear/``) or ``timeml:<article>`` (a TempEval-3
AQUAINT article) or ``feed:<file>#<n>`` (the summary of a captured feed's n-th
entry), with the sentence's character offsets in that article's text. The
texts are read here, at run time.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = Path(__file__).resolve().parent / "gold"


@cache
def parse_key() -> str:
    """A short key of how texts are parsed (the model's version and how
    :mod:`extractors.nlp` sets the pipeline up): parses cached under another key were
    made another way and are parsed again.

    >>> len(parse_key())
    10
    """
    from extractors.nlp import DEFAULT_MODEL, model_version

    setup = (REPO / "extractors" / "nlp.py").read_bytes()
    return hashlib.sha1(setup + model_version(DEFAULT_MODEL).encode()).hexdigest()[:10]


def shared_available() -> bool:
    return (SHARED / "corpus").is_dir()


@cache
def _bbc_lines() -> list[str]:
    path = SHARED / "corpus" / "bbc-news-2005.jsonl"
    return path.read_text(encoding="utf-8").splitlines()


@cache
def feed_summaries(file: str) -> list[str]:
    """The plain text of each entry's summary in a captured feed of ``../shared/feeds``
    (its markup stripped, its entities read, its spaces made single)."""
    import feedparser

    parsed = feedparser.parse(str(SHARED / "feeds" / file))
    texts = []
    for entry in parsed.entries:
        words = html.unescape(re.sub(r"<[^>]+>", " ", entry.get("summary", "") or ""))
        texts.append(" ".join(words.split()))
    return texts


def article_text(source: str) -> str:
    kind, _, name = source.partition(":")
    if kind == "bbc":
        return str(json.loads(_bbc_lines()[int(name)])["text"])
    if kind == "seed":
        return (SHARED / "corpus" / "seeds" / name).read_text(encoding="utf-8")
    if kind == "polnear":  # "polnear:train/<file>": a PolNeAR article's text
        split, _, file = name.partition("/")
        return (SHARED / "dev" / "polnear" / split / "text" / file).read_text(encoding="utf-8")
    if kind == "feed":  # "feed:<file>#<n>": the summary of a captured feed's n-th entry
        file, _, entry = name.partition("#")
        return feed_summaries(file)[int(entry)]
    if kind == "timeml":  # "timeml:<file stem>": a TempEval-3 AQUAINT article, markup stripped
        from eval.timeml import CORPUS, timeml_text

        return timeml_text(CORPUS / f"{name}.tml")
    raise ValueError(f"unknown gold source {source!r}")


def gold_items(name: str, split: str | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    """Each gold line of ``gold/NAME.jsonl`` with its sentence's text."""
    for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if split and item.get("split") != split:
            continue
        yield item, article_text(item["source"])[item["start"] : item["end"]]


def first_overlap(
    spans: list[tuple[int, int]], start: int, end: int, taken: set[int]
) -> int | None:
    """The index of the first span not yet ``taken`` that ``start:end`` overlaps (the
    scorers' match of a prediction to a gold item), else None.

    >>> first_overlap([(0, 4), (6, 9)], 3, 7, {0})
    1
    """
    return next(
        (i for i, (s, e) in enumerate(spans) if i not in taken and s < end and start < e), None
    )


def locate(sentence: str, texts: list[str]) -> list[tuple[int, int]]:
    """Spans of gold strings in a sentence, in order, each after the one before."""
    spans, cursor = [], 0
    for text in texts:
        start = sentence.find(text, cursor)
        if start < 0:
            start = sentence.find(text)
        spans.append((start, start + len(text)))
        cursor = start + 1
    return spans


@dataclass
class Score:
    """Counts for precision, recall and F1."""

    true_pos: int = 0
    false_pos: int = 0
    false_neg: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_pos + self.false_pos
        return self.true_pos / found if found else 1.0

    @property
    def recall(self) -> float:
        gold = self.true_pos + self.false_neg
        return self.true_pos / gold if gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def row(self, name: str) -> str:
        return (
            f"{name:<22} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
            f"  (tp {self.true_pos}, fp {self.false_pos}, fn {self.false_neg})"
        )
