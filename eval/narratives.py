"""How well narratives group documents: ``python -m eval.narratives [JSONL] --label FIELD``.

Ingests a JSON Lines corpus whose lines carry a gold grouping (``category``
on the BBC corpus, a story id on a cluster set) into a fresh store, in file
order as a feed would deliver it, then scores the narratives against it:

- **purity**: the share of documents (in narratives of two or more) whose
  narrative's majority label is their own; a narrative that mixes labels
  mixes unrelated stories;
- **B-cubed precision and recall** against the labels: precision is what
  matters with coarse labels such as BBC's five sections (a section holds many
  stories, so recall against it is low by design); on story clusters both do;
- **mixed**: the narratives whose documents do not all share one label,
  listed with their titles so that a reader can judge them.

Examples
--------
``python -m eval.narratives ../shared/corpus/bbc-news-2005.jsonl --label category``
``python -m eval.narratives stories.jsonl --label story`` (story clusters, held out:
see :mod:`eval.story_clusters` for its halves and :mod:`eval.story_pairs` for pairs of
same-kind events)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from kg.store import open_store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def labels_of(corpus: Path, field: str) -> dict[str, str]:
    """``{url or title: label}`` from the corpus (a line's URL, else its title, finds its
    document again; BBC lines have no URL and unique titles)."""
    found = {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            found[record.get("url") or record.get("title") or record["id"]] = str(record[field])
    return found


def _label(document: dict, gold: dict[str, str]) -> str:
    return gold.get(document.get("url") or "") or gold.get(document["title"] or "", "?")


def score(groups: list[list[str]]) -> dict[str, float]:
    """Purity and B-cubed precision/recall of groups of gold labels (one list per narrative)."""
    total = sum(len(g) for g in groups)
    in_groups = [g for g in groups if len(g) > 1]
    grouped = sum(len(g) for g in in_groups)
    pure = sum(Counter(g).most_common(1)[0][1] for g in in_groups)
    by_label = Counter(label for g in groups for label in g)
    precision = recall = 0.0
    for g in groups:
        counts = Counter(g)
        for label, n in counts.items():
            precision += n * n / len(g)
            recall += n * n / by_label[label]
    p = precision / total if total else 1.0
    r = recall / total if total else 1.0
    return {
        "documents": total,
        "narratives": len(groups),
        "in_narratives_of_2+": grouped,
        "purity": pure / grouped if grouped else 1.0,
        "bcubed_precision": p,
        "bcubed_recall": r,
        "bcubed_f1": 2 * p * r / (p + r) if p + r else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.narratives", description=__doc__)
    parser.add_argument(
        "corpus", nargs="?", type=Path, default=SHARED / "corpus" / "bbc-news-2005.jsonl"
    )
    parser.add_argument("--label", default="category", help="the field holding the gold group")
    parser.add_argument("--db", help="score this store instead of ingesting into a fresh one")
    parser.add_argument("--workers", default="2")
    parser.add_argument("--show", type=int, default=10, help="mixed narratives to list")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}; pass a JSON Lines file")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(Path(tmp) / "eval.db")
        if not args.db:
            subprocess.run(
                [sys.executable, "-m", "kg", "ingest", str(args.corpus), "--db", db,
                 "--workers", args.workers, "--silent"],
                check=True,
            )  # fmt: skip
        gold = labels_of(args.corpus, args.label)
        store = open_store(db)
        groups, mixed = [], []
        for narrative in store.narratives():
            documents = list(store.documents(narrative=narrative["id"]))
            titles = [d["title"] or d["id"] for d in documents]
            labels = [_label(d, gold) for d in documents]
            groups.append(labels)
            if len(set(labels)) > 1:
                mixed.append((narrative, titles, labels))
        result = score(groups)
        # The floor to beat: every document a story of its own.
        alone = score([[label] for g in groups for label in g])
        result["singletons_bcubed_recall"] = alone["bcubed_recall"]
        sizes = Counter(len(g) for g in groups)
        print(json.dumps(result, indent=2))
        print("sizes:", dict(sorted(sizes.items())))
        print(f"mixed narratives: {len(mixed)}")
        for narrative, titles, labels in sorted(mixed, key=lambda m: -len(m[1]))[: args.show]:
            names = ", ".join(e["name"] for e in narrative["entities"][:3])
            print(f"- {narrative['id']} ({names}): " + "; ".join(
                f"{t} [{lab}]" for t, lab in zip(titles[:6], labels[:6], strict=True)
            ))  # fmt: skip
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
