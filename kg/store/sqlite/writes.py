"""Writing one document's records into a SQLite store, inside the batch's transaction.

A changed article keeps its id, first-seen time and narrative; its derived
records are replaced (mentions) or invalidated (claims, citations and
statements of its earlier text), never duplicated. Claim links and narrative
placement are the shared rules of :mod:`kg.linking` and :mod:`kg.placement`,
run on this module's :class:`ClaimLinkTables` and
:class:`~kg.store.sqlite.narratives.NarrativeTables`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from typing import Any

from extractors.catalog import entity_key
from extractors.records import Extraction
from kg.entity_variants import resolve_variants
from kg.linking import link_claims
from kg.placement import settle
from kg.store.identity import copy_root, identifying, route_of
from kg.store.rows import (
    CITATION_COLUMNS,
    CLAIM_COLUMNS,
    SOURCE_COLUMNS,
    STATEMENT_COLUMNS,
    citation_row,
    cited_sources,
    claim_ids,
    claim_row,
    document_row,
    seen_day,
    statement_row,
)
from kg.store.sqlite.entities import EntityIds
from kg.store.sqlite.narratives import NarrativeTables
from kg.store.sqlite.routes import RouteTables
from kg.vocabulary import Relation

__all__ = ["ClaimLinkTables", "DocumentWriter", "insert_links", "write_sources"]

Row = dict[str, Any]


class DocumentWriter:
    """Writes extractions on one connection (the caller holds the transaction)."""

    def __init__(self, conn: sqlite3.Connection, entities: EntityIds) -> None:
        self.conn, self.entities = conn, entities
        self.narratives = NarrativeTables(conn, entities)
        self.links = ClaimLinkTables(conn)
        self.routes = RouteTables(conn)

    def store(self, item: Extraction, now: str) -> str:
        """Decide and write one document: "added", "updated", or "unchanged" when its
        text is stored already, under its key or (arriving by another route) another;
        the route it came by is recorded either way."""
        row = self.conn.execute(
            "SELECT text_hash FROM documents WHERE id = ?", (item.id,)
        ).fetchone()
        if row is not None and row[0] == item.text_hash:
            self.routes.add([route_of(item)], now)
            return "unchanged"
        if row is None and identifying(item.source.text):
            other = self.routes.same_text(item.text_hash, item.id)
            if other is not None:
                self.routes.add([route_of(item, other)], now)
                return "unchanged"
        self.write(item, now)
        self.routes.add([route_of(item)], now)
        return "added" if row is None else "updated"

    def write(self, item: Extraction, now: str) -> None:
        """Add or replace one document and everything derived from it."""
        item = resolve_variants(item, self.entities)  # "Sony" is the stored "Sony Corp"
        row = document_row(item, now)
        row["seen"] = seen_day(item.source.published, now)
        before = self.narratives.share(item.id)
        self.conn.execute("DELETE FROM mentions WHERE document_id = ?", (item.id,))
        self.conn.execute(
            """
            INSERT INTO documents (id, key, url, title, outlet, authors, published,
                published_source, feed, origin, text, text_hash, metadata, links, extractor,
                fetched_at, updated_at, seen)
            VALUES (:id, :key, :url, :title, :outlet, :authors, :published, :published_source,
                :feed, :origin, :text, :text_hash, :metadata, :links, :extractor, :now, :now,
                :seen)
            ON CONFLICT (id) DO UPDATE SET
                seen = substr(coalesce(excluded.published, documents.fetched_at), 1, 10),
                url = excluded.url, title = excluded.title, outlet = excluded.outlet,
                authors = excluded.authors, published = excluded.published,
                published_source = excluded.published_source, feed = excluded.feed,
                origin = excluded.origin, text = excluded.text, text_hash = excluded.text_hash,
                metadata = excluded.metadata, links = excluded.links,
                extractor = excluded.extractor, updated_at = excluded.updated_at
            """,
            row,
        )
        self._write_entities(item)
        root = copy_root(self.routes, item)
        self._write_claims(item, now, self._outlet(item, root))
        self._write_statements(item, now)
        settle(self.narratives, item.id, before)

    def _write_entities(self, item: Extraction) -> None:
        rows = []
        for m in item.mentions:
            entity_id = self.entities.of_name(m.name, authoritative=m.name in item.canonical)
            rows.append(
                (item.id, m.start, m.end, entity_id, m.label, m.text, m.sent_start, m.sent_end)
            )
        self.conn.executemany(
            "INSERT OR IGNORE INTO mentions (document_id, start, end, entity_id, label, text,"
            " sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        aliases = [
            (entity_key(alias), self.entities.of_name(name), alias)
            for name, names in item.aliases.items()
            for alias in names
            if entity_key(alias) != entity_key(name)
        ]
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (alias_key, entity_id, alias) VALUES (?, ?, ?)",
            aliases,
        )

    def _outlet(self, item: Extraction, root: str | None) -> str | None:
        """Who a figure of the item comes from when it cites no one: the outlet of the
        first of its copies (a wire story run by three outlets is one origin)."""
        if root is None:
            return item.source.outlet
        found = self.conn.execute("SELECT outlet FROM documents WHERE id = ?", (root,)).fetchone()
        return found[0] if found is not None and found[0] else item.source.outlet

    def _write_claims(self, item: Extraction, now: str, outlet: str | None) -> None:
        """Invalidate the claims of the document's earlier text, then add the new ones."""
        for table in ("claims", "citations", "statements"):
            self.conn.execute(
                f"UPDATE {table} SET invalidated_at = ?"
                " WHERE document_id = ? AND invalidated_at IS NULL AND text_hash != ?",
                (now, item.id, item.text_hash),
            )
        ids = claim_ids(item)
        rows = [claim_row(item, claim, ids[i], now) for i, claim in enumerate(item.claims)]
        for row in rows:
            name = row.pop("subject_entity")
            row["subject_entity_id"] = self.entities.of_name(name) if name else None
        self.conn.executemany(
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in CLAIM_COLUMNS)})"
            # An article changed back to an earlier text revives that text's claims.
            " ON CONFLICT (id) DO UPDATE SET invalidated_at = NULL",
            rows,
        )
        known = {entity_key(m.name): m.name for m in item.mentions}
        about = {
            (ids[i], self.entities.of_name(known[entity_key(m.name)]), "mentions")
            for i, claim in enumerate(item.claims)
            for m in item.mentions
            if claim.sent_start <= m.start and m.end <= claim.sent_end
        }
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id, role) VALUES (?, ?, ?)",
            sorted(about),
        )
        citations = []
        for citation in item.citations:
            cited = citation_row(item, citation, ids, now)
            key = cited.pop("entity")
            cited["entity_id"] = self.entities.of_key(key) if key else None
            citations.append(cited)
        self.conn.executemany(
            f"INSERT INTO citations ({', '.join(CITATION_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in CITATION_COLUMNS)})",
            citations,
        )
        write_sources(self.conn, item.id, citations)
        link_claims(self.links, rows, outlet=outlet, published=item.source.published)

    def _write_statements(self, item: Extraction, now: str) -> None:
        rows = []
        for statement in item.statements:
            row = statement_row(item, statement, now)
            key = row.pop("speaker_entity")
            row["speaker_entity_id"] = self.entities.of_key(key) if key else None
            rows.append(row)
        self.conn.executemany(
            f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in STATEMENT_COLUMNS)})"
            " ON CONFLICT (id) DO UPDATE SET invalidated_at = NULL",
            rows,
        )


class ClaimLinkTables:
    """The claim-link primitives of :class:`kg.linking.ClaimLinkTables` on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def topic_candidates(
        self, topic_key: str, claim_id: str, document_id: str, *, scan: int, limit: int
    ) -> list[Row]:
        # Distinct readings through a window function over the newest ``scan`` claims on
        # the topic, read from the topic index: only the columns compared (a claim's
        # sentence and frame would be read thousands of times for nothing).
        sql = """
            WITH recent AS (
                SELECT c.id, c.document_id, c.sent_start, c.kind, c.value, c.low, c.high,
                    c.approx, c.quantity_text, c.time_start, c.time_end, c.time_basis,
                    c.metric, c.cited, c.attributed_to, c.recorded_at,
                    d.outlet AS doc_outlet, d.published,
                    coalesce(r.outlet, d.outlet) AS doc_origin FROM claims c
                JOIN documents d ON d.id = c.document_id
                LEFT JOIN documents r ON r.id = d.copy_of
                WHERE c.topic_key = :key AND c.invalidated_at IS NULL AND c.id != :id
                ORDER BY c.recorded_at DESC, c.id DESC LIMIT :scan
            ), ranked AS (
                SELECT recent.*, row_number() OVER (
                    PARTITION BY CASE WHEN document_id = :doc THEN id END, value, low, high,
                        approx, time_start, time_end, time_basis, metric, cited,
                        attributed_to, doc_outlet, doc_origin
                    ORDER BY recorded_at DESC, id DESC) AS nth
                FROM recent
            )
            SELECT id, document_id, sent_start, kind, value, low, high, approx, quantity_text,
                time_start, time_end, time_basis, metric, cited, attributed_to, doc_outlet,
                doc_origin, published
            FROM ranked WHERE nth = 1 ORDER BY recorded_at DESC, id DESC LIMIT :limit
        """
        params = {"key": topic_key, "id": claim_id, "doc": document_id, "scan": scan}
        return [dict(r) for r in self.conn.execute(sql, {**params, "limit": limit})]

    def write_links(self, links: Mapping[tuple[str, str], Relation]) -> None:
        insert_links(self.conn, [(a, b, kind) for (a, b), kind in links.items()])


def write_sources(conn: sqlite3.Connection, document: str, citations: list[Row]) -> None:
    """Replace a document's CITES edges with those of its current ``citations``, adding
    the sources they name (a source already stored keeps its name, gains what it lacked)."""
    sources, edges = cited_sources(citations)
    conn.execute("DELETE FROM source_cites WHERE document_id = ?", (document,))
    conn.executemany(
        f"INSERT INTO sources ({', '.join(SOURCE_COLUMNS)})"
        f" VALUES ({', '.join(':' + c for c in SOURCE_COLUMNS)})"
        " ON CONFLICT (key) DO UPDATE SET"
        + ",".join(
            f" {c} = coalesce(sources.{c}, excluded.{c})"
            for c in ("outlet", "title", "url", "published")
        ),
        sources,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO source_cites (source_key, document_id, claim_id) VALUES (?, ?, ?)",
        [(e["source"], document, e["claim"]) for e in edges],
    )


def source_documents(conn: sqlite3.Connection) -> None:
    """Derive the sources and CITES edges of every stored document from its current
    citations (a store migrated to the version that added sources)."""
    rows: dict[str, list[Row]] = {}
    sql = (
        "SELECT document_id, kind, source, url, title, outlet, published, claim_ids"
        " FROM citations WHERE invalidated_at IS NULL ORDER BY document_id, id"
    )
    for row in conn.execute(sql):
        rows.setdefault(row[0], []).append(
            dict(zip(("document_id", "kind", "source", "url", "title", "outlet", "published",
                      "claim_ids"), row, strict=True))
        )  # fmt: skip
    for document, citations in rows.items():
        write_sources(conn, document, citations)


def insert_links(conn: sqlite3.Connection, rows: list[tuple[str, str, str]]) -> None:
    """Store ``(claim_a, claim_b, relation)`` links; a pair's relation is replaced."""
    conn.executemany(
        "INSERT INTO claim_links (claim_a, claim_b, relation) VALUES (?, ?, ?)"
        " ON CONFLICT (claim_a, claim_b) DO UPDATE SET relation = excluded.relation",
        rows,
    )
