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

from extractors.topics import story_terms
from kg.narratives import (
    CANDIDATES_PER_ENTITY,
    CANDIDATES_PER_TERM,
    LATE_ENTITY_SCORE,
    PLACE_TYPES,
    RARE_WORDS_DAYS,
    SALIENT_TERMS,
    SEARCH_TERMS,
    STORY_CANDIDATES_PER_ENTITY,
    STORY_ENTITY_SCORE,
    STORY_SEARCH_ENTITIES,
    STORY_WINDOW_DAYS,
    TEXT_WINDOW_DAYS,
    WINDOW_DAYS,
    Candidate,
    Decision,
    Evidence,
    coverage,
    day_gap,
    decide,
    document_weights,
    generic_entities,
    generic_limit,
    narrative_id,
    window_start,
)

__all__ = [
    "LEAD_CHARS",
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


#: How many days either side of a document words look for narratives.
WORDS_WINDOW_DAYS = max(TEXT_WINDOW_DAYS, RARE_WORDS_DAYS)
#: How much of a document's text placement reads (its words are taken from the lead).
LEAD_CHARS = 1_500


@dataclass(frozen=True, slots=True)
class DocumentEntities:
    """What placement reads of one stored document: the day it was ``seen``, its
    ``mentions`` per entity key, how many stored documents mention each
    (``document_counts``), each entity's ``types``, its ``title`` and the start of
    its ``text`` (:data:`LEAD_CHARS` characters are enough: its lead), and whether it
    is ``dated`` (its day is the day published, not only the day fetched)."""

    seen: str | None
    mentions: Mapping[str, int] = field(default_factory=dict)
    document_counts: Mapping[str, int] = field(default_factory=dict)
    types: Mapping[str, str] = field(default_factory=dict)
    title: str | None = None
    text: str | None = None
    dated: bool = True


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

    def live_narratives(
        self, ids: Sequence[str], keys: Sequence[str], terms: Sequence[str] = ()
    ) -> list[Candidate]:
        """Those of ``ids`` not merged into another, with their document counts for ``keys``
        (entities) and ``terms`` (words)."""

    def narratives_using(
        self, terms: Sequence[str], since: str, until: str, limit: int
    ) -> set[str]:
        """For each word, the ids of the ``limit`` narratives last seen from ``since`` to
        ``until`` (both included) in which most documents use it (ties by id)."""

    def narrative_places(
        self, ids: Sequence[str], types: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        """For each narrative of ``ids``, the entities of ``types`` its documents mention,
        with how many stored documents mention each."""

    def document_terms(self, document_id: str) -> frozenset[str]:
        """The words the document was last counted with (empty when never)."""

    def set_document_terms(self, document_id: str, terms: Collection[str]) -> None:
        """Keep the words the document is counted with."""

    def count_terms(self, terms: Collection[str], step: int) -> None:
        """Add ``step`` (1 or -1) to how many stored documents use each word."""

    def term_counts(self, terms: Collection[str]) -> dict[str, int]:
        """How many stored documents use each word (the words none uses are left out)."""

    def count_narrative_terms(self, narrative: str, terms: Collection[str], step: int) -> None:
        """Add ``step`` to the narrative's documents using each word; words no document
        uses any more leave its profile."""

    def add_document(self, document_id: str, narrative: str) -> None:
        """Create ``narrative`` when new, put the document in it and count it there."""

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        """Add ``step`` (1 or -1) to the narrative's documents mentioning each key; entities
        no document mentions any more leave its profile."""

    def refresh_seen(self, narrative: str) -> None:
        """Set the narrative's first and last day from its documents'."""

    def absorb(self, source: str, target: str) -> None:
        """Move every document, profile count (entities and words) and the document count
        of ``source`` into ``target``; ``source`` (and any merged into it) then points to
        ``target``."""

    def clear(self) -> None:
        """Delete every narrative, take every document out of its narrative and forget
        every document's words and their counts."""

    def documents_in_seen_order(self) -> list[str]:
        """Every document id, by the day seen (undated first), then by id: an order that
        does not depend on arrival, so the same documents rebuild the same stories."""

    def document_narrative(self, document_id: str) -> str | None:
        """The narrative the document is in now (None when in none)."""


def place(tables: NarrativeTables, document_id: str) -> None:
    """Put a document that is in no narrative into one: joined, merged or new."""
    found, terms, _, decision = _decision(tables, document_id)
    target = decision.join or narrative_id(document_id)
    for other in decision.merge:
        merge(tables, other, target)
    join(tables, document_id, target, found.mentions.keys(), terms)


def _decision(
    tables: NarrativeTables, document_id: str, *, leaving_out: str | None = None
) -> tuple[DocumentEntities, frozenset[str], Evidence, Decision]:
    """What :func:`kg.narratives.decide` says for a document against the narratives
    visible now (``leaving_out`` one of them: its own, when deciding again); its words
    are counted first, so that the store's word counts include it as its entity
    counts do."""
    found = tables.document_entities(document_id)
    total = tables.document_count()
    uses = story_terms(found.title, found.text, _common_names(found, total))
    terms = _count_terms(tables, document_id, frozenset(uses))
    weights = document_weights(found.mentions, found.document_counts, total)
    words = document_weights(uses, tables.term_counts(uses.keys()), total, SALIENT_TERMS)
    evidence = Evidence(
        weights,
        found.seen,
        words,
        generic_entities(found.document_counts, total),
        frozenset(k for k in found.mentions if found.types.get(k) in PLACE_TYPES),
        generic_limit(total),
        found.dated,
        found.document_counts,
    )
    candidates = [c for c in _candidates(tables, evidence) if c.id != leaving_out]

    def places(ids: Sequence[str]) -> dict[str, dict[str, int]]:
        return tables.narrative_places(ids, PLACE_TYPES)

    return found, terms, evidence, decide(evidence, candidates=candidates, places=places)


def _common_names(found: DocumentEntities, total: int) -> frozenset[str]:
    """The names whose words are left out of a document's words: its generic entities.

    They are weighed as entities already, and as words they would tie every story
    that names "Biden" or "the Senate". A specific name's words stay: an outlet that
    writes "Giuliani" where another writes "Rudy Giuliani", or whose names the parser
    missed, still shares the word.
    """
    return generic_entities(found.document_counts, total)


def _count_terms(
    tables: NarrativeTables, document_id: str, terms: frozenset[str] | None = None
) -> frozenset[str]:
    """Count the document's words in the store (once: a document counted already is
    counted again only for the words that changed); returns them."""
    if terms is None:
        found = tables.document_entities(document_id)
        terms = frozenset(
            story_terms(found.title, found.text, _common_names(found, tables.document_count()))
        )
    before = tables.document_terms(document_id)
    if before != terms:
        tables.count_terms(before - terms, -1)
        tables.count_terms(terms - before, +1)
        tables.set_document_terms(document_id, terms)
    return terms


def settle(tables: NarrativeTables, document_id: str, before: Share) -> None:
    """After a document's records are written: place it when new; an updated one stays
    in its narrative, with its share of the profile brought up to date."""
    if before.narrative is None:
        place(tables, document_id)
        return
    after = set(tables.document_entities(document_id).mentions)
    tables.count_entities(before.narrative, before.entities - after, -1)
    tables.count_entities(before.narrative, after - before.entities, +1)
    old_terms = tables.document_terms(document_id)
    new_terms = _count_terms(tables, document_id)
    tables.count_narrative_terms(before.narrative, old_terms - new_terms, -1)
    tables.count_narrative_terms(before.narrative, new_terms - old_terms, +1)
    tables.refresh_seen(before.narrative)


def join(
    tables: NarrativeTables,
    document_id: str,
    narrative: str,
    entities: Collection[str],
    terms: Collection[str] | None = None,
) -> None:
    """Put a document in a narrative (created when new), its entities and words in the
    profile (its words counted in the store first when they are not given)."""
    tables.add_document(document_id, narrative)
    tables.count_entities(narrative, entities, +1)
    if terms is None:
        terms = _count_terms(tables, document_id)
    tables.count_narrative_terms(narrative, terms, +1)
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
    _, _, evidence, decision = _decision(tables, document_id, leaving_out=own)
    if decision.join is None:
        return None
    group = sorted({own, decision.join, *decision.merge})
    live = tables.live_narratives(group, list(evidence.weights))
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


def _candidates(tables: NarrativeTables, evidence: Evidence) -> list[Candidate]:
    """Live narratives holding any of the document's salient entities, seen in the
    window before it (the largest per entity; a few over the longer window of a story
    told for months), and, for a dated document, those using its rarest words, seen in
    the days just before it; in id order.

    A narrative's word counts are read only where words can decide: for those found by
    words, those seen within the days words look back, and those holding enough of the
    document's entity weight to take it over a long gap.
    """
    salient, words, seen = list(evidence.weights), list(evidence.terms), evidence.seen
    near: set[str] = set()
    far: set[str] = set()
    if salient:
        since = window_start(seen, WINDOW_DAYS) or ""
        near = tables.narratives_featuring(salient, since, CANDIDATES_PER_ENTITY)
        since = window_start(seen, STORY_WINDOW_DAYS) or ""
        cast = salient[:STORY_SEARCH_ENTITIES]  # weights come heaviest first
        far = tables.narratives_featuring(cast, since, STORY_CANDIDATES_PER_ENTITY) - near
    worded: set[str] = set()
    if evidence.dated and words and seen:
        # Last seen within the days words look, either side: a bounded range of the index.
        since = window_start(seen, WORDS_WINDOW_DAYS) or ""
        until = window_start(seen, -WORDS_WINDOW_DAYS) or ""
        search = words[:SEARCH_TERMS]
        worded = tables.narratives_using(search, since, until, CANDIDATES_PER_TERM)
    named = {c.id: c for c in tables.live_narratives(sorted(near | far), salient)}
    reread = worded | {
        c.id
        for c in named.values()
        if (evidence.dated and day_gap(seen, c.seen) <= WORDS_WINDOW_DAYS)
        or coverage(evidence.weights, c) >= min(STORY_ENTITY_SCORE, LATE_ENTITY_SCORE)
    }
    if reread and words:
        named.update((c.id, c) for c in tables.live_narratives(sorted(reread), salient, words))
    return sorted(named.values(), key=lambda c: c.id)


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

    def live_narratives(
        self, ids: Sequence[str], keys: Sequence[str], terms: Sequence[str] = ()
    ) -> list[Candidate]:
        return []

    def narratives_using(
        self, terms: Sequence[str], since: str, until: str, limit: int
    ) -> set[str]:
        return set()

    def narrative_places(
        self, ids: Sequence[str], types: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        return {}

    def document_terms(self, document_id: str) -> frozenset[str]:
        return frozenset()

    def set_document_terms(self, document_id: str, terms: Collection[str]) -> None:
        pass

    def count_terms(self, terms: Collection[str], step: int) -> None:
        pass

    def term_counts(self, terms: Collection[str]) -> dict[str, int]:
        return {}

    def count_narrative_terms(self, narrative: str, terms: Collection[str], step: int) -> None:
        pass

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
