"""The store interface: what every backend (SQLite, Neo4j) implements.

Writes take :class:`~extractors.records.Extraction` batches and are atomic per
batch: a document's entities, mentions and aliases are all stored or none are.
Reads return plain dicts and lists (JSON-ready), so query functions and the
command line never see a backend's types.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any

from extractors.records import Extraction
from extractors.streams import chunked
from kg.store.identity import Route

__all__ = ["Route", "Row", "Store", "chunked"]

Row = dict[str, Any]


class Store(ABC):
    """One knowledge graph, wherever it lives."""

    #: Where the graph lives, for messages ("kg.db", "bolt://host:7687").
    location: str

    # -- writes -----------------------------------------------------------
    @abstractmethod
    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """``{document id: text hash}`` for the ids already stored.

        Ingestion asks before running any NLP, so unchanged documents cost
        one indexed lookup.
        """

    @abstractmethod
    def known_texts(self, hashes: Sequence[str]) -> dict[str, str]:
        """``{text hash: document id}`` for the texts already stored, under any key (the
        first document stored with each).

        Ingestion asks before running any NLP, so an article arriving by a
        second route (another file, a feed) costs one indexed lookup.
        """

    @abstractmethod
    def record_routes(self, routes: Sequence[Route]) -> None:
        """Record routes of stored documents that ingestion skipped before NLP (same
        text, by this or another key); writes nothing when all are recorded already."""

    @abstractmethod
    def write(self, batch: Sequence[Extraction]) -> list[str]:
        """Add or replace the documents of ``batch``, atomically, and record the route
        each came by.

        Returns each document's status, decided inside the transaction:
        "added", "updated" (same id, new text) or "unchanged" (nothing written but
        the route: the same text is stored under this key or, for a text long
        enough to identify an article, another). A transaction that loses a race
        with another writer is run again (:mod:`kg.store.retry`); one that still
        fails raises :class:`kg.errors.StoreBusy`.
        """

    # -- reads ------------------------------------------------------------
    @abstractmethod
    def stats(self) -> Row:
        """Counts of what is stored."""

    def document_count(self) -> int:
        """How many documents are stored (what rarity is measured against)."""
        return int(self.stats()["documents"])

    @abstractmethod
    def documents(
        self,
        *,
        outlet: str | None = None,
        entity: str | None = None,
        since: str | None = None,
        until: str | None = None,
        narrative: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Row]:
        """Documents, newest published first (undated last), each with the day it was
        ``seen`` (published, else fetched), its ``narrative`` id, its ``routes`` (the
        origins it arrived by, first seen first) and ``copy_of`` (the first document of
        its copy group when it is a near-identical copy, else None)."""

    @abstractmethod
    def entities(
        self,
        *,
        type: str | None = None,
        min_mentions: int = 1,
        limit: int | None = None,
    ) -> list[Row]:
        """Entities with their type, mention and document counts, most mentioned first."""

    @abstractmethod
    def find_entity(self, name: str) -> Row | None:
        """The entity with this name or alias (case, periods and "the" ignored)."""

    @abstractmethod
    def entity_documents(self, key: str, *, limit: int | None = None) -> list[Row]:
        """Documents mentioning an entity, with the mention count in each."""

    @abstractmethod
    def cooccurring(self, key: str, *, limit: int = 10) -> list[Row]:
        """Entities that share documents with an entity, most shared first."""

    @abstractmethod
    def claims(
        self,
        *,
        entity: str | None = None,
        metric: str | None = None,
        since: str | None = None,
        until: str | None = None,
        outlet: str | None = None,
        document: str | None = None,
        limit: int | None = None,
    ) -> Iterator[Row]:
        """Current claims as flat rows (claim columns plus ``doc_*`` fields),
        in the order of the time they are about; undated ones last.

        ``entity`` is an entity key, matched against the subject and every
        entity the claim's sentence names; ``metric`` a case-insensitive
        substring; ``since``/``until`` keep claims whose time overlaps them.
        """

    @abstractmethod
    def linked_claim_ids(
        self,
        *,
        entity: str | None = None,
        metric: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[str]:
        """Ids of the current claims that match the :meth:`claims` filters and have at
        least one link: where a search for conflict sets starts."""

    @abstractmethod
    def claim_links(self, claim_ids: Sequence[str] | None = None) -> list[Row]:
        """Links between current claims (``claim_a``, ``claim_b``, ``relation``), all of
        them or those touching ``claim_ids``."""

    @abstractmethod
    def claims_by_id(self, claim_ids: Sequence[str]) -> list[Row]:
        """Current claims with these ids, as :meth:`claims` rows."""

    @abstractmethod
    def citations(self, document: str) -> list[Row]:
        """Current citations of one document, in text order."""

    @abstractmethod
    def statements(self, documents: Sequence[str]) -> list[Row]:
        """Current statements of these documents (who says what), in document and text
        order: ``id``, ``document_id``, ``speaker``, ``speaker_kind``, ``speaker_entity``
        (entity key or None), ``speaker_role``, ``via``, ``sentence``, ``sent_start``,
        ``sent_end``, ``cue``, ``stance`` (list)."""

    @abstractmethod
    def rebuild_narratives(self) -> int:
        """Place every document again, in the order seen, from empty narratives (after
        an upgrade, or new settings); returns how many documents were placed."""

    @abstractmethod
    def narratives(
        self, *, min_documents: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[Row]:
        """Live narratives, last seen first (``offset`` of them skipped, then at most
        ``limit``): ``id``, ``documents``, ``first_seen``,
        ``last_seen``, ``entities`` (the most shared: ``name``, ``key``, ``type``,
        ``documents`` in the narrative, ``corpus_documents`` in the store) and
        ``per_day`` (``{day: documents}``)."""

    @abstractmethod
    def narrative(self, narrative_id: str) -> Row | None:
        """One narrative as in :meth:`narratives`; a merged id finds the narrative it
        joined."""

    @abstractmethod
    def mention_edges(self, documents: Sequence[str] | None = None) -> Iterator[Row]:
        """Every (document, entity) MENTIONS edge, or those of ``documents``: ``document``,
        ``entity`` (key), ``mentions``, in document and entity order."""

    @abstractmethod
    def claim_entity_edges(self) -> Iterator[Row]:
        """Every ABOUT edge of a current claim: ``claim``, ``entity`` (key), ``role``
        ("subject", or "mentions" for an entity its sentence names)."""

    @abstractmethod
    def source_edges(self) -> Iterator[Row]:
        """Every CITES edge to a cited source (:func:`kg.store.rows.cited_sources`):
        the source's ``key``, ``name``, ``kind``, ``outlet``, ``title``, ``url``,
        ``published``, and the ``document`` citing it with ``claim`` (a current claim's
        id, or None for the document's own edge), in key, document and claim order."""

    @abstractmethod
    def feed_status(self) -> dict[str, Row]:
        """What the last fetch of each feed came to, by feed URL."""

    @abstractmethod
    def save_feed_status(self, row: Row) -> None:
        """Record one feed's fetch (``url`` plus the columns of ``feed_status``)."""

    # -- records, store to store (kg migrate; see kg.store.records) --------
    @abstractmethod
    def dump_entities(self) -> Iterator[Row]:
        """Every entity: ``key``, ``name``, ``aliases`` (sorted ``[alias_key, alias]`` pairs)."""

    @abstractmethod
    def dump_documents(self) -> Iterator[Row]:
        """One bundle per document, in id order: ``document``, ``mentions``, ``claims``,
        ``about``, ``citations`` (invalidated claims and citations included),
        ``statements`` and ``routes`` (``origin``, ``key``, ``first_seen``)."""

    @abstractmethod
    def dump_links(self) -> Iterator[Row]:
        """Every stored claim link: ``claim_a``, ``claim_b``, ``relation``."""

    @abstractmethod
    def load_entities(self, rows: Sequence[Row]) -> None:
        """Create or rename entities and add their aliases (counts come with mentions)."""

    @abstractmethod
    def load_documents(self, bundles: Sequence[Row]) -> None:
        """Store dumped document bundles, all in one transaction."""

    @abstractmethod
    def load_links(self, rows: Sequence[Row]) -> None:
        """Store dumped claim links (a pair's relation is replaced)."""

    # -- lifecycle --------------------------------------------------------
    @abstractmethod
    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
