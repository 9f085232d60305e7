"""Stories on general news feeds: ``python -m eval.feed_stories [--db STORE]``.

The story sets of :mod:`eval.narratives` are political roundups: a few stories a
day, each told by three outlets. A newsroom's feeds are another mix: dozens of
unrelated items a day from one outlet, short (a title and a sentence or two), with
the feed's own furniture ("Continue reading...", image credits). Two of them
sharing "NBA", "Oscar" or "Getty Images" are not one story.

This ingests seven real captured feeds of ``../shared/feeds/`` (BBC, Guardian,
Herald Sun, Japan Times, Livemint, NPR, New York Times: 168 items) into a fresh
store, in that order, and scores the narratives with B-cubed precision and
recall against ``eval/gold/feed_stories.jsonl``: the eleven stories told by more
than one item (by URL; every other item is a story of its own), grouped by
reading the items before any rule was tuned on this set. Most items stand alone,
so precision is what this set tells: how often unrelated news is joined.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from eval.narratives import SHARED, score
from kg.store import open_store

FEEDS = ("bbc.xml", "guardian.rss", "heraldsun.rss", "japantimes.xml", "livemint.xml",
         "npr.xml", "nytimes.xml")  # fmt: skip
GOLD = Path(__file__).resolve().parent / "gold" / "feed_stories.jsonl"


def gold_stories() -> dict[str, str]:
    """``{url: story}`` for the items of stories told more than once."""
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    return {r["url"]: r["story"] for r in map(json.loads, lines)}


def ingest(db: str) -> None:
    for name in FEEDS:
        subprocess.run(
            [sys.executable, "-m", "kg", "ingest", str(SHARED / "feeds" / name), "--db", db,
             "--silent"],
            check=True,
        )  # fmt: skip


def evaluate(db: str) -> tuple[dict[str, float], list[list[str]]]:
    """The scores, and the titles of each narrative that joins items of two stories."""
    gold = gold_stories()
    store = open_store(db)
    try:
        groups, mixed = [], []
        for narrative in store.narratives():
            documents = list(store.documents(narrative=narrative["id"]))
            labels = [gold.get(d["url"] or "", str(d["url"] or d["id"])) for d in documents]
            groups.append(labels)
            if len(set(labels)) > 1:
                mixed.append([d["title"] or d["id"] for d in documents])
    finally:
        store.close()
    return score(groups), mixed


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.feed_stories", description=__doc__)
    parser.add_argument("--db", help="score this store (the feeds ingested) instead")
    args = parser.parse_args()
    if not (SHARED / "feeds").is_dir():
        print(f"no feeds at {SHARED / 'feeds'}")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "feeds.db")
        if not args.db:
            ingest(db)
        result, mixed = evaluate(db)
    print(json.dumps(result, indent=2))
    print(f"narratives joining two stories: {len(mixed)}")
    for titles in mixed:
        print("- " + " | ".join(t[:60] for t in titles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
