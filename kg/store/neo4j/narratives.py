"""The narrative primitives of a Neo4j store (see :class:`kg.placement.NarrativeTables`).

A narrative is a ``(:Narrative)`` node; its documents point to it with
``PART_OF`` (and carry its id as ``narrative_id``), and its profile is a
``FEATURES {documents}`` edge to each entity its documents mention and a
``USES {documents}`` edge to each word of their titles and leads, a
``(:Term {key, documents})`` node that counts the documents using it. The
words a document was counted with are on a ``(:TermSet {id, terms})`` node.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from neo4j import ManagedTransaction

from extractors.streams import chunked
from kg.narratives import Candidate
from kg.placement import LEAD_CHARS, DocumentEntities
from kg.store.neo4j import cypher

__all__ = ["LOOKUP_CHUNK", "NarrativeTables"]

#: Ids per read of many documents or narratives at once.
LOOKUP_CHUNK = 500


class NarrativeTables:
    """Narrative reads and writes inside one managed write transaction."""

    def __init__(self, tx: ManagedTransaction, now: str) -> None:
        self.tx, self.now = tx, now

    def document_entities(self, document_id: str) -> DocumentEntities:
        found = [dict(r) for r in self.tx.run(cypher.DOCUMENT_PLACEMENT, id=document_id)]
        rows = [r for r in found if r["key"] is not None]  # one keyless row: no entities
        first = found[0] if found else {}
        return DocumentEntities(
            first.get("seen"),
            {r["key"]: r["n"] for r in rows},
            {r["key"]: r["document_count"] for r in rows},
            {r["key"]: r["type"] or "" for r in rows},
            first.get("title"),
            (first.get("text") or "")[:LEAD_CHARS],
            first.get("published") is not None,
        )

    def document_count(self) -> int:
        return int(self.tx.run(cypher.DOCUMENT_COUNT).single(strict=True)["n"])

    def narratives_featuring(self, keys: Sequence[str], since: str, limit: int) -> set[str]:
        found = self.tx.run(cypher.ENTITY_NARRATIVES, keys=list(keys), since=since, limit=limit)
        return {r["id"] for r in found}

    def live_narratives(
        self, ids: Sequence[str], keys: Sequence[str], terms: Sequence[str] = ()
    ) -> list[Candidate]:
        counts: dict[str, dict[str, int]] = {}
        uses: dict[str, dict[str, int]] = {}
        candidates: list[Candidate] = []
        for chunk in chunked(ids, LOOKUP_CHUNK):
            for r in self.tx.run(cypher.NARRATIVE_ENTITY_COUNTS, ids=chunk, keys=list(keys)):
                counts.setdefault(r["narrative"], {})[r["entity"]] = r["documents"]
            if terms:
                found = self.tx.run(cypher.NARRATIVE_TERM_COUNTS, ids=chunk, terms=list(terms))
                for r in found:
                    uses.setdefault(r["narrative"], {})[r["term"]] = r["documents"]
            live = self.tx.run(cypher.NARRATIVES_LIVE, ids=chunk)
            candidates.extend(Candidate.from_row(r, counts, uses) for r in live)
        return candidates

    def narratives_using(
        self, terms: Sequence[str], since: str, until: str, limit: int
    ) -> set[str]:
        found = self.tx.run(
            cypher.TERM_NARRATIVES, terms=list(terms), since=since, until=until, limit=limit
        )
        return {r["id"] for r in found}

    def narrative_places(
        self, ids: Sequence[str], types: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        for chunk in chunked(ids, LOOKUP_CHUNK):
            for r in self.tx.run(cypher.NARRATIVE_PLACES, ids=chunk, types=list(types)):
                found.setdefault(r["narrative"], {})[r["key"]] = r["documents"]
        return found

    def document_terms(self, document_id: str) -> frozenset[str]:
        record = self.tx.run(cypher.DOCUMENT_TERMS, id=document_id).single()
        return frozenset(record["terms"] or ()) if record is not None else frozenset()

    def set_document_terms(self, document_id: str, terms: Collection[str]) -> None:
        self.tx.run(cypher.DOCUMENT_TERMS_SET, id=document_id, terms=sorted(terms)).consume()

    def count_terms(self, terms: Collection[str], step: int) -> None:
        if terms:
            self.tx.run(cypher.TERMS_COUNT, terms=sorted(terms), step=step).consume()

    def term_counts(self, terms: Collection[str]) -> dict[str, int]:
        if not terms:
            return {}
        found = self.tx.run(cypher.TERM_COUNTS, terms=sorted(terms))
        return {r["term"]: int(r["documents"]) for r in found}

    def count_narrative_terms(self, narrative: str, terms: Collection[str], step: int) -> None:
        if not terms:
            return
        self.tx.run(
            cypher.NARRATIVE_TERMS_COUNT, id=narrative, terms=sorted(terms), step=step
        ).consume()
        if step < 0:
            self.tx.run(cypher.NARRATIVE_TERMS_PRUNE, id=narrative).consume()

    def add_document(self, document_id: str, narrative: str) -> None:
        self.tx.run(cypher.NARRATIVE_MERGE, id=narrative, now=self.now).consume()
        self.tx.run(cypher.DOCUMENT_NARRATIVE_DELETE, id=document_id).consume()
        self.tx.run(cypher.DOCUMENT_NARRATIVE_JOIN, id=document_id, narrative=narrative).consume()

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        if not keys:
            return
        self.tx.run(
            cypher.NARRATIVE_ENTITIES_COUNT, id=narrative, keys=sorted(keys), step=step
        ).consume()
        if step < 0:
            self.tx.run(cypher.NARRATIVE_ENTITIES_PRUNE, id=narrative).consume()

    def refresh_seen(self, narrative: str) -> None:
        self.tx.run(cypher.NARRATIVE_SEEN_REFRESH, id=narrative).consume()

    def absorb(self, source: str, target: str) -> None:
        tx = self.tx
        tx.run(cypher.NARRATIVE_DOCUMENTS_MOVE, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_ENTITIES_MOVE, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_ENTITIES_DELETE, id=source).consume()
        tx.run(cypher.NARRATIVE_TERMS_MOVE, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_TERMS_DELETE, id=source).consume()
        tx.run(cypher.NARRATIVE_DOCUMENTS_ADD, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_MARK_MERGED, source=source, target=target).consume()

    def clear(self) -> None:
        self.tx.run(cypher.NARRATIVES_DELETE).consume()
        self.tx.run(cypher.DOCUMENT_NARRATIVES_CLEAR).consume()
        self.tx.run(cypher.TERMS_DELETE).consume()
        self.tx.run(cypher.TERM_SETS_DELETE).consume()

    def documents_in_seen_order(self) -> list[str]:
        return [r["id"] for r in self.tx.run(cypher.DOCUMENTS_BY_SEEN)]

    def document_narrative(self, document_id: str) -> str | None:
        record = self.tx.run(cypher.DOCUMENT_NARRATIVE, id=document_id).single()
        return None if record is None else record["narrative"]
