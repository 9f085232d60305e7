"""Replay narrative placement over a stored corpus in memory, to tune its numbers fast.

``python -m eval.story_replay STORE CORPUS --label story [--set NAME=VALUE ...]``

Ingesting a corpus (spaCy, claims, statements) takes minutes; placing its
documents takes a second. This reads each document's day, title, lead and
entities once from a store that ingested the corpus (``kg ingest CORPUS --db
STORE``), then runs :func:`kg.placement.place` over them in the corpus's order
(the order a feed brings them) against primitives kept in dicts, counting
entities and words as they arrive as a store does, and scores the narratives
against the corpus's gold grouping as :mod:`eval.narratives` does. ``--set``
overrides a number of :mod:`kg.narratives` for the run (``--set TEXT_SCORE=0.3``).
The numbers to report come from :mod:`eval.narratives`, which ingests for real.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from collections.abc import Collection, Sequence
from pathlib import Path

from eval.narratives import score
from kg import narratives as rules
from kg import placement
from kg.narratives import Candidate
from kg.placement import LEAD_CHARS, DocumentEntities


class MemoryTables:
    """Every primitive of :class:`kg.placement.NarrativeTables`, over dicts.

    Documents become visible (``arrive``) one at a time, as a feed writes them,
    and their entities are counted in the store when they do.
    """

    def __init__(self, documents: dict[str, dict]) -> None:
        self.stored = documents
        self.arrived: list[str] = []
        self.entity_df: Counter[str] = Counter()
        self.term_df: Counter[str] = Counter()
        self.terms: dict[str, frozenset[str]] = {}
        self.narrative_of: dict[str, str] = {}
        self.rows: dict[str, dict] = {}
        self.profile: dict[str, Counter[str]] = defaultdict(Counter)
        self.words: dict[str, Counter[str]] = defaultdict(Counter)
        self.by_entity: dict[str, set[str]] = defaultdict(set)
        self.by_term: dict[str, set[str]] = defaultdict(set)

    def arrive(self, document_id: str) -> None:
        self.arrived.append(document_id)
        self.entity_df.update(self.stored[document_id]["mentions"].keys())

    # -- the primitives ------------------------------------------------------------------
    def document_entities(self, document_id: str) -> DocumentEntities:
        d = self.stored[document_id]
        mentions = d["mentions"]
        return DocumentEntities(
            d["seen"], mentions, {k: self.entity_df[k] for k in mentions}, d["types"],
            d["title"], (d["text"] or "")[:LEAD_CHARS], d["dated"],
        )  # fmt: skip

    def document_count(self) -> int:
        return len(self.arrived)

    def _recent(self, index: dict[str, set[str]], counts: dict[str, Counter[str]],
                keys: Sequence[str], since: str, limit: int,
                until: str = "\uffff") -> set[str]:  # fmt: skip
        found: set[str] = set()
        for key in keys:
            ids = [
                n for n in index.get(key, ()) if self.rows[n]["last_seen"] is not None
                and since <= self.rows[n]["last_seen"] <= until
            ]  # fmt: skip
            ids.sort(key=lambda n: (-counts[n][key], n))
            found.update(ids[:limit])
        return found

    def narratives_featuring(self, keys: Sequence[str], since: str, limit: int) -> set[str]:
        return self._recent(self.by_entity, self.profile, keys, since, limit)

    def narratives_using(
        self, terms: Sequence[str], since: str, until: str, limit: int
    ) -> set[str]:
        return self._recent(self.by_term, self.words, terms, since, limit, until)

    def live_narratives(
        self, ids: Sequence[str], keys: Sequence[str], terms: Sequence[str] = ()
    ) -> list[Candidate]:
        out = []
        for n in ids:
            row = self.rows.get(n)
            if row is None or row["merged_into"] is not None:
                continue
            ents = {k: self.profile[n][k] for k in keys if self.profile[n][k] > 0}
            words = {k: self.words[n][k] for k in terms if self.words[n][k] > 0}
            out.append(
                Candidate(n, row["documents"], (row["first_seen"], row["last_seen"]), ents, words)
            )
        return out

    def narrative_places(
        self, ids: Sequence[str], types: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for n in ids:
            members = [d for d, m in self.narrative_of.items() if m == n]
            for d in members:
                doc = self.stored[d]
                for k in doc["mentions"]:
                    if doc["types"].get(k) in types:
                        out.setdefault(n, {})[k] = self.entity_df[k]
        return out

    def document_terms(self, document_id: str) -> frozenset[str]:
        return self.terms.get(document_id, frozenset())

    def set_document_terms(self, document_id: str, terms: Collection[str]) -> None:
        self.terms[document_id] = frozenset(terms)

    def count_terms(self, terms: Collection[str], step: int) -> None:
        for t in terms:
            self.term_df[t] += step

    def term_counts(self, terms: Collection[str]) -> dict[str, int]:
        return {t: self.term_df[t] for t in terms if self.term_df[t] > 0}

    def count_narrative_terms(self, narrative: str, terms: Collection[str], step: int) -> None:
        self._count(self.words, self.by_term, narrative, terms, step)

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        self._count(self.profile, self.by_entity, narrative, keys, step)

    @staticmethod
    def _count(counts: dict[str, Counter[str]], index: dict[str, set[str]], narrative: str,
               keys: Collection[str], step: int) -> None:  # fmt: skip
        for k in keys:
            counts[narrative][k] += step
            if counts[narrative][k] > 0:
                index[k].add(narrative)
            else:
                del counts[narrative][k]
                index[k].discard(narrative)

    def add_document(self, document_id: str, narrative: str) -> None:
        self.rows.setdefault(
            narrative,
            {"documents": 0, "first_seen": None, "last_seen": None, "merged_into": None},
        )
        self.narrative_of[document_id] = narrative
        self.rows[narrative]["documents"] += 1

    def refresh_seen(self, narrative: str) -> None:
        days = [
            self.stored[d]["seen"]
            for d, n in self.narrative_of.items()
            if n == narrative and self.stored[d]["seen"]
        ]
        row = self.rows[narrative]
        row["first_seen"], row["last_seen"] = (min(days), max(days)) if days else (None, None)

    def absorb(self, source: str, target: str) -> None:
        for d, n in list(self.narrative_of.items()):
            if n == source:
                self.narrative_of[d] = target
        for counts, index in ((self.profile, self.by_entity), (self.words, self.by_term)):
            for k, v in list(counts[source].items()):
                self._count(counts, index, target, [k], v)
                self._count(counts, index, source, [k], -v)
        self.rows[target]["documents"] += self.rows[source]["documents"]
        for row_id, row in self.rows.items():
            if row_id == source or row["merged_into"] == source:
                row["merged_into"], row["documents"] = target, 0

    def clear(self) -> None:
        raise NotImplementedError

    def documents_in_seen_order(self) -> list[str]:
        raise NotImplementedError

    def document_narrative(self, document_id: str) -> str | None:
        return self.narrative_of.get(document_id)


def load(store: Path, corpus: Path, label: str) -> tuple[list[str], dict[str, dict], dict]:
    """The corpus's documents as the store holds them, in the corpus's order, and labels."""
    conn = sqlite3.connect(store)
    by_url: dict[str, str] = {}
    documents: dict[str, dict] = {}
    for doc_id, url, title, text, seen, dated in conn.execute(
        "SELECT id, url, title, substr(text, 1, ?), seen, published IS NOT NULL FROM documents",
        (LEAD_CHARS,),
    ):
        documents[doc_id] = {"title": title, "text": text, "seen": seen, "mentions": {},
                             "types": {}, "dated": bool(dated)}  # fmt: skip
        by_url[url or title] = doc_id
    for doc_id, key, n, kind in conn.execute(
        "SELECT de.document_id, e.key, de.n, e.type FROM document_entities de"
        " JOIN entities e ON e.id = de.entity_id"
    ):
        documents[doc_id]["mentions"][key] = n
        documents[doc_id]["types"][key] = kind
    order, gold = [], {}
    with corpus.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            doc_id = by_url.get(record.get("url") or record.get("title"))
            if doc_id and doc_id not in gold:
                order.append(doc_id)
                gold[doc_id] = str(record[label])
    return order, documents, gold


def replay(order: list[str], documents: dict[str, dict], gold: dict[str, str]) -> dict:
    """Place every document in order; the scores and the groups of labels."""
    tables = MemoryTables(documents)
    for doc_id in order:
        tables.arrive(doc_id)
        placement.place(tables, doc_id)
    groups: dict[str, list[str]] = defaultdict(list)
    for doc_id in order:
        groups[tables.narrative_of[doc_id]].append(gold[doc_id])
    result = score(list(groups.values()))
    result["f1"] = result["bcubed_f1"]
    return result


def override(settings: list[str]) -> None:
    """Set numbers of :mod:`kg.narratives` (and the copies :mod:`kg.placement` took)."""
    for setting in settings:
        name, value = setting.split("=", 1)
        number = float(value) if "." in value else int(value)
        setattr(rules, name, number)
        if hasattr(placement, name):
            setattr(placement, name, number)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.story_replay", description=__doc__)
    parser.add_argument("store", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--label", default="story")
    parser.add_argument("--set", action="append", default=[], dest="settings")
    args = parser.parse_args()
    override(args.settings)
    order, documents, gold = load(args.store, args.corpus, args.label)
    result = replay(order, documents, gold)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
