"""Held-out pairs of same-kind events, for :mod:`eval.narratives`: two stories of one kind
(one AllSides topic: two police shootings, two Senate votes, two storms) reported
within days of each other must stay two narratives.

``python -m eval.story_pairs STORIES -o PAIRS [--days N]``

Reads the articles :mod:`eval.story_clusters` writes (its text stays out of this
repository; that module says where to get the crawl) and keeps the stories that
can be paired with another story of the same AllSides topic first seen at most
``--days`` days apart (7 by default): per topic, stories in date order, each paired
with the next one still unpaired that is close enough. Each output line is an
article as before, with ``pair`` (the two stories' ids) added, in the same feed
order. Score the narratives by story, as for the roundups::

    python -m eval.story_clusters roundups.jsonl --part second -o stories-test.jsonl
    python -m eval.story_pairs stories-test.jsonl -o pairs-test.jsonl
    python -m eval.narratives pairs-test.jsonl --label story

B-cubed precision is the measure that matters here: a narrative that takes both
stories of a pair has mixed two events of one kind. Some pairs are one continuing
story that AllSides covered on two days (a committee announced, then voted): a
merge there is not wrong to a reader, so precision on this set has a ceiling
below 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

#: How far apart two stories of one topic may start to be paired.
PAIR_DAYS = 7


def pairs(records: list[dict[str, str]], days: int = PAIR_DAYS) -> dict[str, str]:
    """``{story: pair id}`` for the stories that pair with one of the same topic."""
    first: dict[str, str] = {}
    topic: dict[str, str] = {}
    for r in records:
        first[r["story"]] = min(first.get(r["story"], r["published"]), r["published"])
        topic[r["story"]] = r["topic"]
    by_topic: dict[str, list[str]] = {}
    for story in sorted(first, key=lambda s: (first[s], s)):
        if topic[story]:
            by_topic.setdefault(topic[story], []).append(story)
    paired: dict[str, str] = {}
    for stories in by_topic.values():
        for i, story in enumerate(stories):
            if story in paired:
                continue
            for other in stories[i + 1 :]:
                gap = date.fromisoformat(first[other]) - date.fromisoformat(first[story])
                if gap.days > days:
                    break
                if other not in paired:
                    paired[story] = paired[other] = f"{story}+{other}"
                    break
    return paired


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.story_pairs", description=__doc__)
    parser.add_argument("stories", type=Path, help="articles from eval.story_clusters")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--days", type=int, default=PAIR_DAYS)
    args = parser.parse_args()
    lines = args.stories.read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    paired = pairs(records, args.days)
    kept = [{**r, "pair": paired[r["story"]]} for r in records if r["story"] in paired]
    with args.output.open("w", encoding="utf-8") as out:
        for record in kept:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(kept)} articles, {len(set(paired.values()))} pairs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
