"""Store-neutral records in and out of a SQLite store (``kg migrate``; see
:mod:`kg.store.records`): dumps by entity key, loads that map keys back to ids."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kg.placement import join
from kg.store.base import Row
from kg.store.rows import CITATION_COLUMNS, CLAIM_COLUMNS, STATEMENT_COLUMNS
from kg.store.sqlite.connection import SQLiteConnection
from kg.store.sqlite.narratives import NarrativeTables
from kg.store.sqlite.routes import RouteTables
from kg.store.sqlite.writes import insert_links, write_sources

__all__ = ["DOCUMENT_COLUMNS", "SQLiteRecords"]

DOCUMENT_COLUMNS = (
    "id", "key", "url", "title", "outlet", "authors", "published", "published_source", "feed",
    "origin", "text", "text_hash", "metadata", "links", "extractor", "fetched_at", "updated_at",
    "seen", "narrative_id", "copy_of", "signature", "shingles",
)  # fmt: skip


class SQLiteRecords(SQLiteConnection):
    """Dumps and loads of :class:`~kg.store.sqlite.SQLiteStore`."""

    def dump_entities(self) -> Iterator[Row]:
        for row in list(self.conn.execute("SELECT id, key, name FROM entities ORDER BY key")):
            aliases = self.conn.execute(
                "SELECT alias_key, alias FROM entity_aliases WHERE entity_id = ?"
                " ORDER BY alias_key, alias",
                (row["id"],),
            )
            yield {"key": row["key"], "name": row["name"], "aliases": [list(a) for a in aliases]}

    def dump_documents(self) -> Iterator[Row]:
        columns = ", ".join(DOCUMENT_COLUMNS)
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]
        for doc_id in ids:
            document = self.conn.execute(
                f"SELECT {columns} FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if document is not None:  # deleted while we dumped
                yield self._bundle(dict(document))

    def _bundle(self, document: Row) -> Row:
        doc_id = document["id"]
        mentions = self.conn.execute(
            "SELECT m.start, m.end, e.key AS entity, m.label, m.text, m.sent_start, m.sent_end"
            " FROM mentions m JOIN entities e ON e.id = m.entity_id"
            " WHERE m.document_id = ? ORDER BY m.start",
            (doc_id,),
        )
        claim_columns = ", ".join(f"c.{c}" for c in CLAIM_COLUMNS if c != "subject_entity_id")
        claims = self.conn.execute(
            f"SELECT {claim_columns}, c.invalidated_at, e.key AS subject_entity FROM claims c"
            " LEFT JOIN entities e ON e.id = c.subject_entity_id"
            " WHERE c.document_id = ? ORDER BY c.id",
            (doc_id,),
        )
        about = self.conn.execute(
            "SELECT ce.claim_id AS claim, e.key AS entity, ce.role FROM claim_entities ce"
            " JOIN claims c ON c.id = ce.claim_id JOIN entities e ON e.id = ce.entity_id"
            " WHERE c.document_id = ? ORDER BY 1, 2, 3",
            (doc_id,),
        )
        citation_columns = ", ".join(f"c.{c}" for c in CITATION_COLUMNS if c != "entity_id")
        citations = self.conn.execute(
            f"SELECT {citation_columns}, c.invalidated_at, e.key AS entity FROM citations c"
            " LEFT JOIN entities e ON e.id = c.entity_id WHERE c.document_id = ?"
            " ORDER BY c.recorded_at, c.id",
            (doc_id,),
        )
        statement_columns = ", ".join(
            f"s.{c}" for c in STATEMENT_COLUMNS if c != "speaker_entity_id"
        )
        statements = self.conn.execute(
            f"SELECT {statement_columns}, s.invalidated_at, e.key AS speaker_entity"
            " FROM statements s LEFT JOIN entities e ON e.id = s.speaker_entity_id"
            " WHERE s.document_id = ? ORDER BY s.id",
            (doc_id,),
        )
        return {
            "document": document,
            "mentions": [dict(r) for r in mentions],
            "claims": [dict(r) for r in claims],
            "about": [dict(r) for r in about],
            "citations": [dict(r) for r in citations],
            "statements": [dict(r) for r in statements],
            "routes": RouteTables(self.conn).dump(doc_id),
        }

    def dump_links(self) -> Iterator[Row]:
        sql = "SELECT claim_a, claim_b, relation FROM claim_links ORDER BY claim_a, claim_b"
        for row in self.conn.execute(sql):
            yield dict(row)

    def load_entities(self, rows: Sequence[Row]) -> None:
        with self.transaction():
            for row in rows:
                self.conn.execute(
                    "INSERT INTO entities (key, name) VALUES (?, ?)"
                    " ON CONFLICT (key) DO UPDATE SET name = excluded.name",
                    (row["key"], row["name"]),
                )
                entity_id = self.entity_ids.of_key(row["key"])
                self.conn.executemany(
                    "INSERT OR IGNORE INTO entity_aliases (alias_key, entity_id, alias)"
                    " VALUES (?, ?, ?)",
                    [(alias_key, entity_id, alias) for alias_key, alias in row["aliases"]],
                )
        self.entity_ids.clear()

    def load_documents(self, bundles: Sequence[Row]) -> None:
        with self.transaction():
            for bundle in bundles:
                self._load_bundle(bundle)

    def _load_bundle(self, bundle: Row) -> None:
        doc = bundle["document"]
        self.conn.execute(
            f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in DOCUMENT_COLUMNS)})",
            {c: doc.get(c) for c in DOCUMENT_COLUMNS},
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO mentions (document_id, start, end, entity_id, label, text,"
            " sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    doc["id"],
                    m["start"],
                    m["end"],
                    self.entity_ids.of_key(m["entity"]),
                    m["label"],
                    m["text"],
                    m["sent_start"],
                    m["sent_end"],
                )
                for m in bundle["mentions"]
            ],
        )
        columns = [*CLAIM_COLUMNS, "invalidated_at"]
        claims = []
        for claim in bundle["claims"]:
            row = {c: claim.get(c) for c in columns}
            subject = claim.get("subject_entity")
            row["subject_entity_id"] = self.entity_ids.of_key(subject) if subject else None
            claims.append(row)
        self.conn.executemany(
            f"INSERT OR IGNORE INTO claims ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            claims,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id, role) VALUES (?, ?, ?)",
            [(a["claim"], self.entity_ids.of_key(a["entity"]), a["role"]) for a in bundle["about"]],
        )
        columns = [*CITATION_COLUMNS, "invalidated_at"]
        citations = []
        for citation in bundle["citations"]:
            row = {c: citation.get(c) for c in columns}
            entity = citation.get("entity")
            row["entity_id"] = self.entity_ids.of_key(entity) if entity else None
            citations.append(row)
        self.conn.executemany(
            f"INSERT INTO citations ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            citations,
        )
        write_sources(self.conn, doc["id"], citations)  # sources derive from citations
        columns = [*STATEMENT_COLUMNS, "invalidated_at"]
        statements = []
        for statement in bundle.get("statements", []):
            row = {c: statement.get(c) for c in columns}
            speaker = statement.get("speaker_entity")
            row["speaker_entity_id"] = self.entity_ids.of_key(speaker) if speaker else None
            statements.append(row)
        self.conn.executemany(
            f"INSERT OR IGNORE INTO statements ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            statements,
        )
        routes = RouteTables(self.conn)
        routes.load(doc["id"], bundle.get("routes", []))
        routes.load_bands(doc["id"], doc.get("signature"), doc.get("shingles"))
        if doc.get("narrative_id"):
            # Joined as at ingest, so the narrative's counts and profile add up.
            tables = NarrativeTables(self.conn)
            self.conn.execute("UPDATE documents SET narrative_id = NULL WHERE id = ?", (doc["id"],))
            entities = tables.document_entities(doc["id"]).mentions
            join(tables, doc["id"], doc["narrative_id"], entities)

    def load_links(self, rows: Sequence[Row]) -> None:
        with self.transaction():
            insert_links(self.conn, [(r["claim_a"], r["claim_b"], r["relation"]) for r in rows])
