"""Routes and copies in a Neo4j store: ``(:Document)-[:ARRIVED_BY]->(:Route)``, the
text-hash index and ``(:CopyBand)`` nodes (see :mod:`kg.store.identity` for the rules)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from neo4j import ManagedTransaction

from extractors.copies import Fingerprint
from kg.store.identity import Route
from kg.store.neo4j import cypher

__all__ = ["ROUTE_SEPARATOR", "RouteTables", "route_rows"]

Row = dict[str, Any]
#: Between a route's document id and origin in its node id.
ROUTE_SEPARATOR = "|"


def route_rows(routes: Iterable[Route], now: str) -> list[Row]:
    """Routes as :data:`cypher.ROUTES_MERGE` rows, first seen ``now``."""
    return [
        {
            "id": f"{r.document_id}{ROUTE_SEPARATOR}{r.origin}",
            "document_id": r.document_id,
            "origin": r.origin,
            "key": r.key,
            "first_seen": now,
        }
        for r in dict.fromkeys(routes)
    ]


class RouteTables:
    """Route and copy statements inside one managed write transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def same_text(self, text_hash: str, document_id: str) -> str | None:
        found = self.tx.run(cypher.DOCUMENT_SAME_TEXT, text_hash=text_hash, id=document_id)
        record = found.single()
        return None if record is None else str(record["id"])

    def add(self, routes: Iterable[Route], now: str) -> None:
        rows = route_rows(routes, now)
        if rows:
            self.tx.run(cypher.ROUTES_MERGE, rows=rows).consume()

    def outlet(self, document_id: str) -> str | None:
        record = self.tx.run(cypher.DOCUMENT_OUTLET, id=document_id).single()
        return None if record is None else record["outlet"]

    # -- copies (kg.store.identity.CopyTables) ---------------------------------------
    def band_documents(self, bands: Sequence[str], document_id: str, limit: int) -> list[Row]:
        found = self.tx.run(cypher.BAND_DOCUMENTS, bands=list(bands), id=document_id, limit=limit)
        return [dict(record) for record in found]

    def save_fingerprint(
        self, document_id: str, found: Fingerprint, bands: Sequence[str], copy_of: str | None
    ) -> None:
        self.tx.run(
            cypher.FINGERPRINT_SAVE,
            id=document_id,
            signature=found.to_bytes().hex(),
            shingles=found.shingles,
            copy_of=copy_of,
        ).consume()
        self.tx.run(cypher.COPY_BANDS_DELETE, id=document_id).consume()
        if bands:
            self.tx.run(cypher.COPY_BANDS_CREATE, id=document_id, bands=list(bands)).consume()
