"""Narrative placement, once for every store: gather the inputs, decide, apply.

:mod:`kg.narratives` decides where a document goes; this module runs that
decision inside a store's write transaction, through the few primitive reads
and writes a backend provides (:class:`NarrativeTables`). A new backend
implements those primitives and gets the placement rules (which entities
speak for a document, which narratives are candidates, join, merge, start,
and how an updated document's share of its narrative is kept current) as
they are, so every store groups documents identically.

Examples
--------
A store with no narratives yet: the first document starts its own.

>>> tables = _MemoryTables(entities={"d1": {"yukos": 3}}, seen={"d1": "2004-12-01"})
>>> place(tables, "d1")
>>> tables.joined
{'d1': 'n-d1'}
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from kg.narratives import (
    CANDIDATES_PER_ENTITY,
    Candidate,
    Decision,
    decide,
    document_weights,
    generic_entities,
    narrative_id,
    window_start,
)

__all__ = [
    "DocumentEntities",
    "NarrativeTables",
    "Share",
    "join",
    "merge",
    "place",
    "rebuild",
    "repair",
    "settle",
]


@dataclass(frozen=True, slots=True)
class DocumentEntities:
    """What placement reads of one stored document: the day it was ``seen``, its
    ``mentions`` per entity key, and how many stored documents mention each
    (``document_counts``)."""

    seen: str | None
    mentions: Mapping[str, int] = field(default_factory=dict)
    document_counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Share:
    """A stored document's place before it is rewritten: its ``narrative`` (None when
    new or placed nowhere) and the entity keys it adds to that narrative's profile."""

    narrative: str | None = None
    entities: frozenset[str] = frozenset()


class NarrativeTables(Protocol):
    """The primitives placement needs, bound to one write transaction.

    Entities are named by key throughout; a backend maps keys to its own ids.
    """

    def document_entities(self, document_id: str) -> DocumentEntities:
        """The document's day and its entities with their counts."""

    def document_count(self) -> int:
        """How many documents the store holds (what rarity is measured against)."""

    def narratives_featuring(self, keys: Sequence[str], since: str, limit: int) -> set[str]:
        """For each entity key, the ids of the ``limit`` narratives last seen on or after
        ``since`` in which most documents mention it (ties by id)."""

    def live_narratives(self, ids: Sequence[str], keys: Sequence[str]) -> list[Candidate]:
        """Those of ``ids`` not merged into another, with their document counts for ``keys``."""

    def add_document(self, document_id: str, narrative: str) -> None:
        """Create ``narrative`` when new, put the document in it and count it there."""

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        """Add ``step`` (1 or -1) to the narrative's documents mentioning each key; entities
        no document mentions any more leave its profile."""

    def refresh_seen(self, narrative: str) -> None:
        """Set the narrative's first and last day from its documents'."""

    def absorb(self, source: str, target: str) -> None:
        """Move every document, profile count and the document count of ``source`` into
        ``target``; ``source`` (and any merged into it) then points to ``target``."""

    def clear(self) -> None:
        """Delete every narrative and take every document out of its narrative."""

    def documents_in_seen_order(self) -> list[str]:
        """Every document id, by the day seen (undated first), then by id: an order that
        does not depend on arrival, so the same documents rebuild the same stories."""

    def document_narrative(self, document_id: str) -> str | None:
        """The narrative the document is in now (None when in none)."""


def place(tables: NarrativeTables, document_id: str) -> None:
    """Put a document that is in no narrative into one: joined, merged or new."""
    found, _, decision = _decision(tables, document_id)
    target = decision.join or narrative_id(document_id)
    for other in decision.merge:
        merge(tables, other, target)
    join(tables, document_id, target, found.mentions.keys())


def _decision(
    tables: NarrativeTables, document_id: str, *, leaving_out: str | None = None
) -> tuple[DocumentEntities, dict[str, float], Decision]:
    """What :func:`kg.narratives.decide` says for a document against the narratives
    visible now (``leaving_out`` one of them: its own, when deciding again)."""
    found = tables.document_entities(document_id)
    total = tables.document_count()
    weights = document_weights(found.mentions, found.document_counts, total)
    candidates = [c for c in _candidates(tables, list(weights), found.seen) if c.id != leaving_out]
    generic = generic_entities(found.document_counts, total)
    return found, weights, decide(weights, found.seen, candidates, generic)


def settle(tables: NarrativeTables, document_id: str, before: Share) -> None:
    """After a document's records are written: place it when new; an updated one stays
    in its narrative, with its share of the profile brought up to date."""
    if before.narrative is None:
        place(tables, document_id)
        return
    after = set(tables.document_entities(document_id).mentions)
    tables.count_entities(before.narrative, before.entities - after, -1)
    tables.count_entities(before.narrative, after - before.entities, +1)
    tables.refresh_seen(before.narrative)


def join(
    tables: NarrativeTables, document_id: str, narrative: str, entities: Collection[str]
) -> None:
    """Put a document in a narrative (created when new), its entities in the profile."""
    tables.add_document(document_id, narrative)
    tables.count_entities(narrative, entities, +1)
    tables.refresh_seen(narrative)


def merge(tables: NarrativeTables, source: str, target: str) -> None:
    """Fold ``source`` into ``target``; the old id stays as a pointer to the story."""
    tables.absorb(source, target)
    tables.refresh_seen(target)


def repair(tables: NarrativeTables, document_id: str) -> str | None:
    """Decide again for a document that started a narrative, once its batch committed.

    Two writers placing articles of one story at the same moment may each start
    a narrative for it, neither seeing the other's. Run in a transaction of its
    own after the batch commits, this takes the same decision against what is
    visible now: when the document would now join (or tie together) other
    narratives, they are merged as a later bridging article merges them, the
    one seen first keeping its id. Returns the surviving narrative when it
    merged, else None (the document joined another meanwhile, or still stands
    alone).
    """
    own = narrative_id(document_id)
    if tables.document_narrative(document_id) != own:
        return None
    _, weights, decision = _decision(tables, document_id, leaving_out=own)
    if decision.join is None:
        return None
    group = sorted({own, decision.join, *decision.merge})
    live = tables.live_narratives(group, list(weights))
    keep = min(live, key=lambda c: (c.seen[0] is None, c.seen[0] or "", c.id)).id
    for other in group:
        if other != keep:
            merge(tables, other, keep)
    return keep


def rebuild(tables: NarrativeTables) -> int:
    """Narratives from scratch: every document placed in the order it was seen; returns
    how many were placed."""
    tables.clear()
    ids = tables.documents_in_seen_order()
    for document_id in ids:
        place(tables, document_id)
    return len(ids)


def _candidates(tables: NarrativeTables, salient: list[str], seen: str | None) -> list[Candidate]:
    """Live narratives holding any of the salient entities, seen in the window before
    the document (the largest per entity), in id order."""
    if not salient:
        return []
    found = tables.narratives_featuring(salient, window_start(seen) or "", CANDIDATES_PER_ENTITY)
    if not found:
        return []
    return sorted(tables.live_narratives(sorted(found), salient), key=lambda c: c.id)


class _MemoryTables:
    """Primitives over dicts: the doctest's store (no profiles, no merges)."""

    def __init__(self, entities: dict[str, dict[str, int]], seen: dict[str, str]) -> None:
        self.entities, self.seen = entities, seen
        self.joined: dict[str, str] = {}

    def document_entities(self, document_id: str) -> DocumentEntities:
        mentions = self.entities[document_id]
        return DocumentEntities(self.seen.get(document_id), mentions, dict.fromkeys(mentions, 1))

    def document_count(self) -> int:
        return len(self.entities)

    def narratives_featuring(self, keys: Sequence[str], since: str, limit: int) -> set[str]:
        return set()

    def live_narratives(self, ids: Sequence[str], keys: Sequence[str]) -> list[Candidate]:
        return []

    def add_document(self, document_id: str, narrative: str) -> None:
        self.joined[document_id] = narrative

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        pass

    def refresh_seen(self, narrative: str) -> None:
        pass

    def absorb(self, source: str, target: str) -> None:
        pass

    def clear(self) -> None:
        self.joined.clear()

    def documents_in_seen_order(self) -> list[str]:
        return sorted(self.entities, key=lambda d: (self.seen.get(d) or "", d))

    def document_narrative(self, document_id: str) -> str | None:
        return self.joined.get(document_id)
