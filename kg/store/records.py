"""Stored records in a store-neutral form: what ``kg migrate`` copies and checks.

A store dumps and loads four kinds of records:

- **entities**: ``key``, ``name`` and ``aliases`` (``[[alias_key, alias], ...]``);
- **documents**: one bundle per document: the document's columns, its
  ``mentions`` (entity keys), its ``claims`` (current and invalidated, with the
  subject as an entity key), the ``about`` edges of those claims, its
  ``citations`` (current and invalidated) in text order, its ``statements``
  and its ``routes`` (every origin it arrived by, with the key and when);
- **links**: ``claim_a``, ``claim_b``, ``relation``;
- **feeds**: the ``feed_status`` rows.

Counts and types of entities are not copied: the target derives them from
the mentions, as it does at ingest. :func:`digest` hashes every record of a
store in a canonical form, so two stores hold the same graph exactly when
their digests are equal.

Examples
--------
>>> from kg.store import open_store
>>> digest(open_store(":memory:"))["documents"]["count"]
0
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from kg.store.base import Row, Store, chunked

#: Documents per load transaction: a crash loses at most one batch, which a rerun redoes.
MIGRATE_BATCH = 50
KINDS = ("entities", "documents", "links", "feeds")


def canonical(record: Any) -> str:
    """A record as canonical JSON: sorted keys, floats and ints alike (SQLite's REAL)."""
    return json.dumps(_normalise(record), sort_keys=True, ensure_ascii=False)


def _normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _normalise(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_normalise(v) for v in value]
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return float(value)
    return value


def digest(store: Store) -> dict[str, Row]:
    """Count and SHA-256 of every kind of record in ``store``, order-independent."""
    dumps: dict[str, Callable[[], Iterable[Row]]] = {
        "entities": store.dump_entities,
        "documents": store.dump_documents,
        "links": store.dump_links,
        "feeds": lambda: store.feed_status().values(),
    }
    result = {}
    for kind, dump in dumps.items():
        hashes = sorted(hashlib.sha256(canonical(r).encode()).hexdigest() for r in dump())
        total = hashlib.sha256("\n".join(hashes).encode()).hexdigest()
        result[kind] = {"count": len(hashes), "sha256": total}
    return result


def migrate(source: Store, target: Store, progress: Callable[[int], None] | None = None) -> Row:
    """Copy every record of ``source`` into ``target``; returns what was copied.

    Idempotent and resumable: entities and links are upserts, and documents the
    target already holds are skipped, so a run that was interrupted is finished
    by running it again.
    """
    target.load_entities(list(source.dump_entities()))
    copied = skipped = 0
    for batch in chunked(source.dump_documents(), MIGRATE_BATCH):
        have = target.known_hashes([b["document"]["id"] for b in batch])
        todo = [b for b in batch if b["document"]["id"] not in have]
        if todo:
            target.load_documents(todo)
        copied += len(todo)
        skipped += len(batch) - len(todo)
        if progress is not None:
            progress(len(batch))
    target.load_links(list(source.dump_links()))
    for row in source.feed_status().values():
        target.save_feed_status(row)
    return {"documents_copied": copied, "documents_skipped": skipped}
