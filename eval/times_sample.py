"""Draw the sentences of the held-out time set: ``python -m eval.times_sample [--feeds]``.

TimeML's AQUAINT articles (``eval.timeml``) are what the time rules were tuned on, so
they cannot tell whether the rules hold on news they were not written for. This set
takes PolNeAR articles (US political news of 2015-16, seven outlets, dated by their
file names), which no time rule was fitted to: a random draw of its train articles,
and in each every sentence with a cue of time (a digit, a month or weekday name, or a
word of time such as "ago", "week", "recently", "now"). A sentence without any cue
is taken to hold no DATE.

Printed: one JSON line per sentence, ``{"id", "source", "start", "end", "created",
"split"}`` with offsets into the article (never its text). Articles alternate between
``tdev`` (for tuning) and ``ttest`` (blind: scored, never tuned on). ``--feeds`` prints
the feed splits instead: the sentences with a cue of time in the entry summaries of
the captured feeds of English-language outlets (``../shared/feeds``), each dated by its
entry's publication date, the entries alternating between ``tfdev`` and ``tftest``
(blind). Annotation:
``eval/times_guidelines.md``; gold: ``eval/gold/times.jsonl``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from spacy.language import Language

from eval.common import SHARED

POLNEAR_TRAIN = SHARED / "dev" / "polnear" / "train" / "text"
#: Articles drawn, and the seed of the draw.
ARTICLES, SEED = 24, 20261203
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WORDS = (
    "today|tonight|yesterday|tomorrow|now|currently|recently|lately|ago|weeks?|weekends?"
    "|months?|years?|decades?|century|centuries|quarters?|spring|summer|fall|autumn|winter"
    "|mornings?|afternoons?|evenings?|nights?|days?|earlier|later|soon|once|formerly|past"
    "|future|present|era|period|seasons?|christmas|thanksgiving|easter|eve|holidays?"
    "|midnight|noon|hours?|minutes?|annual|annually|daily|weekly|monthly|yearly"
)
CUE = re.compile(rf"\d|\b(?:{_MONTHS})\b|\b(?:{_WEEKDAYS})\b|\b(?:{_WORDS})\b", re.I)
_DATED = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def created(path: Path) -> str:
    """The article's date, from its file name: ``politico_2016-03-07_how-....txt``."""
    found = _DATED.search(path.name)
    if found is None:
        raise ValueError(f"no date in {path.name}")
    return found.group(1)


def _cue_sentences(nlp: Language, text: str) -> Iterator[tuple[int, int]]:
    """The character spans of the sentences of ``text`` that hold a cue of time."""
    for sent in nlp(text).sents:
        words = text[sent.start_char : sent.end_char]
        if words.strip() and CUE.search(words):
            yield sent.start_char, sent.end_char


def _pipeline() -> Language:
    from extractors.catalog import EntityCatalog
    from extractors.nlp import DEFAULT_MODEL, load_pipeline

    return load_pipeline(DEFAULT_MODEL, EntityCatalog.load(None))


def _item(
    number: int, source: str, span: tuple[int, int], day: str, split: str
) -> dict[str, object]:
    return {"id": f"t{number:04d}", "source": source, "start": span[0], "end": span[1],
            "created": day, "split": split}  # fmt: skip


def draw() -> Iterator[dict[str, object]]:
    """The PolNeAR splits: the cue sentences of a seeded draw of train articles, the
    articles alternating between ``tdev`` and ``ttest``."""
    nlp = _pipeline()
    paths = sorted(POLNEAR_TRAIN.glob("*.txt"))
    chosen = random.Random(SEED).sample(paths, ARTICLES)
    number = 0
    for index, path in enumerate(chosen):
        split = "tdev" if index % 2 == 0 else "ttest"
        text = path.read_text(encoding="utf-8")
        for span in _cue_sentences(nlp, text):
            yield _item(number, f"polnear:train/{path.name}", span, created(path), split)
            number += 1


#: Captured feeds of English-language news whose entries' summaries make the feed splits.
ENGLISH_FEEDS = ("bbc.xml", "guardian.rss", "japantimes.xml", "livemint.xml", "npr.xml",
                 "nytimes.xml")  # fmt: skip


def draw_feeds(first: int) -> Iterator[dict[str, object]]:
    """The feed splits: every sentence with a cue of time in the summaries of the captured
    feeds of today's outlets, each dated by its entry's publication date; the entries
    alternate between ``tfdev`` (for tuning) and ``tftest`` (blind)."""
    import feedparser

    from eval.common import feed_summaries

    nlp = _pipeline()
    number, entries_taken = first, 0
    for file in ENGLISH_FEEDS:
        entries = feedparser.parse(str(SHARED / "feeds" / file)).entries
        for index, (entry, text) in enumerate(zip(entries, feed_summaries(file), strict=True)):
            published = entry.get("published_parsed") or entry.get("updated_parsed")
            if published is None:
                continue
            split = "tfdev" if entries_taken % 2 == 0 else "tftest"
            day = "{:04d}-{:02d}-{:02d}".format(*published[:3])
            spans = list(_cue_sentences(nlp, text))
            for span in spans:
                yield _item(number, f"feed:{file}#{index}", span, day, split)
                number += 1
            entries_taken += bool(spans)


def main() -> int:
    if not POLNEAR_TRAIN.is_dir():
        print(f"skipped: no PolNeAR articles at {POLNEAR_TRAIN}")
        return 0
    items = list(draw())
    if "--feeds" in sys.argv[1:]:  # (its ids follow the PolNeAR splits')
        items = list(draw_feeds(len(items)))
    for item in items:
        print(json.dumps(item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
