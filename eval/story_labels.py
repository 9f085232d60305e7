"""Whether story labels read like the headline a person wrote:
``python -m eval.story_labels STORE CORPUS ROUNDUPS [--show N]``.

Each AllSides headline roundup (see :mod:`eval.story_clusters`) has a headline
its editors wrote for the event ("Former Secretary of State Colin Powell Dies at
84"): the ``issue`` field of the raw roundups file. For every narrative of two
or more documents in an ingested ``STORE`` whose documents mostly (more than
half) belong to one roundup, its label, as ``kg narratives`` shows it, is
compared with that headline:

- **content-word F1**: the words of label and headline, lower-cased, with a light
  plural fold ("cases" and "case" are one word) and stopwords left out, matched
  as sets; averaged over the narratives;
- **mean label length** in words;
- **single-entity share**: labels that are exactly one entity name of the story
  ("Supreme Court", "Colin Powell"): who is in the story, not what happened.

The worst ``--show N`` are printed, label against headline.

``CORPUS`` is the JSON Lines file that was ingested (its ``story`` field,
"allsides-<roundup id>", and its ``url`` or ``title`` find the documents again);
``ROUNDUPS`` is the raw crawl it was made from. The store is only read.

Examples
--------
>>> round(word_f1("Colin Powell dies", "Former Secretary of State Colin Powell Dies at 84"), 3)
0.6
>>> content_words("Supreme Court Sides with Police in Qualified Immunity Cases")
['supreme', 'court', 'side', 'police', 'qualified', 'immunity', 'case']
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from statistics import mean

from eval.narratives import labels_of
from kg.store import open_store
from queries.narratives import list_narratives

#: Words that say nothing of what happened, left out before matching.
STOPWORDS = frozenset(
    """a an the and or but nor of in on at to for from by with as is are was were be been
    being has have had do does did it its this that these those their his her our your my
    we you they he she i not no so than then there here about into over after before up
    down out off will would could should may might can shall just more most very how what
    why who whom when where which while amid via vs per if over under again also all any
    both each few other some such only own same too s t""".split()
)
#: An editor's prefix that says what kind of page it is, not what happened.
_KIND = re.compile(r"^\s*(?:perspectives?|opinion|analysis|explainer)\s*:\s*", re.IGNORECASE)
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


def fold(word: str) -> str:
    """A light plural and possessive fold.

    >>> [fold(w) for w in ["cases", "policies", "biden's", "press", "us", "claims"]]
    ['case', 'policy', 'biden', 'press', 'us', 'claim']
    """
    word = re.sub(r"['’]s?$", "", word)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(text: str) -> list[str]:
    """The folded content words of a label or headline, in order, each once."""
    words = [fold(w) for w in _TOKEN.findall(_KIND.sub("", text).casefold())]
    return list(dict.fromkeys(w for w in words if w and w not in STOPWORDS))


def word_f1(label: str, headline: str) -> float:
    """F1 of the label's content words against the headline's.

    >>> word_f1("White House", "Supreme Court Sides with Police")
    0.0
    >>> round(word_f1("jobless claims fall", "Weekly Jobless Claims Fall to Lowest Level"), 3)
    0.667
    """
    found, gold = set(content_words(label)), set(content_words(headline))
    common = len(found & gold)
    if not common:
        return 0.0
    precision, recall = common / len(found), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def single_entity(label: str, entities: list[str]) -> bool:
    """Whether the label is exactly one of the story's entity names.

    >>> single_entity("Colin Powell", ["Colin Powell", "Pentagon"])
    True
    >>> single_entity("Colin Powell dies", ["Colin Powell"])
    False
    """
    folded = label.casefold().strip()
    return any(folded == e.casefold().strip() for e in entities)


def headlines(roundups: Path) -> dict[str, str]:
    """``{"allsides-<id>": headline}`` from the raw roundups file."""
    found = {}
    with roundups.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("issue"):
                found[f"allsides-{record['id']}"] = str(record["issue"])
    return found


def _story(documents: list[dict], gold: dict[str, str]) -> str | None:
    """The gold story most of the documents belong to, if more than half do."""
    stories = Counter(
        gold.get(d.get("url") or "") or gold.get(d.get("title") or "", "?") for d in documents
    )
    story, n = stories.most_common(1)[0]
    return story if story != "?" and 2 * n > len(documents) else None


def evaluate(store_path: str, corpus: Path, roundups: Path) -> list[dict]:
    """One row per scored narrative: its label, the headline and their scores."""
    gold = labels_of(corpus, "story")
    written = headlines(roundups)
    store = open_store(store_path)
    rows = []
    try:
        for narrative in list_narratives(store, min_documents=2):
            documents = list(store.documents(narrative=narrative["id"]))
            story = _story(documents, gold)
            if story is None or story not in written:
                continue
            label, headline = narrative["label"], written[story]
            names = [e["name"] for e in narrative["entities"]]
            rows.append(
                {
                    "id": narrative["id"],
                    "story": story,
                    "documents": len(documents),
                    "label": label,
                    "headline": headline,
                    "f1": word_f1(label, headline),
                    "words": len(label.split()),
                    "single_entity": single_entity(label, names),
                }
            )
    finally:
        store.close()
    return rows


def summary(rows: list[dict]) -> dict[str, float]:
    """Mean F1, mean label length and single-entity share over the scored narratives.

    >>> summary([{"f1": 0.5, "words": 2, "single_entity": True},
    ...          {"f1": 1.0, "words": 4, "single_entity": False}])
    {'narratives': 2, 'word_f1': 0.75, 'label_words': 3.0, 'single_entity_share': 0.5}
    """
    if not rows:
        return {"narratives": 0, "word_f1": 0.0, "label_words": 0.0, "single_entity_share": 0.0}
    return {
        "narratives": len(rows),
        "word_f1": round(mean(r["f1"] for r in rows), 4),
        "label_words": round(float(mean(r["words"] for r in rows)), 2),
        "single_entity_share": round(mean(float(r["single_entity"]) for r in rows), 4),
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.story_labels", description=__doc__)
    parser.add_argument("store", help="an ingested store (only read)")
    parser.add_argument("corpus", type=Path, help="the JSON Lines corpus it was ingested from")
    parser.add_argument("roundups", type=Path, help="the raw AllSides roundups file")
    parser.add_argument("--show", type=int, default=10, help="worst labels to list")
    parser.add_argument("--json", action="store_true", help="print every row as JSON")
    args = parser.parse_args()
    rows = evaluate(args.store, args.corpus, args.roundups)
    if args.json:
        print(json.dumps(rows, indent=1))
    print(json.dumps(summary(rows), indent=2))
    worst = sorted(rows, key=lambda r: (r["f1"], r["story"]))[: args.show]
    for row in worst:
        print(f"- {row['f1']:.2f} {row['label']!r}  <>  {row['headline']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
