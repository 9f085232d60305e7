"""Held-out story clusters for :mod:`eval.narratives`, from AllSides headline roundups.

An AllSides "headline roundup" is one news event for which the site's editors
picked one article each from a left-, a centre- and a right-rated outlet: a
human grouping of real articles from different outlets. The crawl published
with the NeuS paper (Lee et al., NAACL 2022) holds 505 of them, April to
October 2021, with each article's headline and its lead paragraphs (not the
full text). Its text is third-party content with no data licence: it stays
out of this repository. Bring the repository with the search tool's
``fetch`` (``github:HLTCHKUST/framing-bias-metric``), then::

    COMMIT=1586f55a9011853224ca4d0cee164c46f6137557
    RAW=data/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl
    git --git-dir=/work/.mirror/HLTCHKUST+framing-bias-metric/repo show $COMMIT:$RAW \\
        > roundups.jsonl
    python -m eval.story_clusters roundups.jsonl -o stories.jsonl
    python -m eval.narratives stories.jsonl --label story   # each roundup a story
    python -m eval.narratives stories.jsonl --label topic   # AllSides' coarser topics

Tune on the first half of the roundups by date and report on the second, untouched
(``--part first`` or ``--part second``; a roundup is in one half with all its
articles; the halves split at the middle roundup in date order)::

    python -m eval.story_clusters roundups.jsonl --part first -o stories-tune.jsonl
    python -m eval.story_clusters roundups.jsonl --part second -o stories-test.jsonl

The crawl gives a roundup's three articles the roundup's day; outlets really
publish over a day or two. ``--spread-days 1`` moves each article's day by -1, 0
or +1 (chosen by a hash of its URL, so the same every run) before the feed
order is made: the same stories, told on days as outlets tell them.

Each output line is one article: ``id``, ``title``, ``text``, ``outlet``,
``published`` (the roundup's day: the crawl has no per-article time), ``url``,
``story`` (the roundup) and ``topic``. The lines come in the order a feed
would bring them: by day, and within a day in a fixed order that does not
depend on the story (a hash of the URL), so a story's articles are not
adjacent by construction. An article already used by an earlier roundup is
left out of later ones, so that every article has one story.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

SIDES = ("left", "center", "right")


def articles(roundups: list[dict[str, Any]]) -> Iterator[dict[str, str]]:
    """One record per article of each dated roundup, in roundup order."""
    used: set[str] = set()
    for roundup in sorted(
        (r for r in roundups if r.get("date")), key=lambda r: (r["date"], r["id"])
    ):
        story = f"allsides-{roundup['id']}"
        for side in SIDES:
            article = (roundup.get("news") or {}).get(side) or {}
            title = _clean(article.get("newsTitle"))
            text = "\n\n".join(p for p in map(_clean, article.get("newBody") or []) if p)
            url = (article.get("newsLink") or "").strip()
            if not (title or text) or (url and url in used):
                continue
            used.add(url)
            yield {
                "id": f"{story}-{side}",
                "title": title,
                "text": text,
                "outlet": _clean(article.get("newsSource")),
                "published": roundup["date"][:10],
                "url": url,
                "story": story,
                "topic": _clean(roundup.get("topic")),
            }


def part(records: list[dict[str, str]], which: str) -> list[dict[str, str]]:
    """The records of the ``first`` or ``second`` half of the stories by day (``all``: all)."""
    if which == "all":
        return records
    days: dict[str, str] = {}
    for r in records:
        days[r["story"]] = min(days.get(r["story"], r["published"]), r["published"])
    stories = sorted(days, key=lambda s: (days[s], s))
    half = set(stories[: len(stories) // 2])
    return [r for r in records if (r["story"] in half) == (which == "first")]


def spread(records: list[dict[str, str]], days: int) -> list[dict[str, str]]:
    """Each record's day moved by -``days`` to +``days``, chosen by a hash of its URL."""
    if days <= 0:
        return records
    moved = []
    for r in records:
        digest = hashlib.sha1(("spread:" + (r["url"] or r["id"])).encode()).digest()
        shift = digest[0] % (2 * days + 1) - days
        day = date.fromisoformat(r["published"][:10]) + timedelta(days=shift)
        moved.append({**r, "published": day.isoformat() + r["published"][10:]})
    return moved


def feed_order(records: list[dict[str, str]]) -> list[dict[str, str]]:
    """By day, then by a hash of the URL: an order that knows nothing of the stories."""
    return sorted(
        records,
        key=lambda r: (r["published"], hashlib.sha1((r["url"] or r["id"]).encode()).hexdigest()),
    )


def _clean(text: str | None) -> str:
    return " ".join((text or "").replace("\u00a0", " ").split())


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.story_clusters", description=__doc__)
    parser.add_argument("roundups", type=Path, help="the crawl's roundups, one JSON per line")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument(
        "--part", choices=("all", "first", "second"), default="all",
        help="the first half of the roundups by day (to tune on), or the second (to report)",
    )  # fmt: skip
    parser.add_argument(
        "--spread-days", type=int, default=0,
        help="move each article's day by up to this many days either way (0: the crawl's day)",
    )  # fmt: skip
    args = parser.parse_args()
    lines = args.roundups.read_text(encoding="utf-8").splitlines()
    found = list(articles([json.loads(line) for line in lines if line.strip()]))
    records = feed_order(spread(part(found, args.part), args.spread_days))
    with args.output.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    stories = {r["story"] for r in records}
    outlets = {r["outlet"] for r in records}
    print(
        f"{len(records)} articles, {len(stories)} stories, {len(outlets)} outlets", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
