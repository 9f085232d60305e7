"""The narrative primitives of a SQLite store (see :class:`kg.placement.NarrativeTables`).

Tables: ``narratives`` (documents, first and last day, ``merged_into``) and
``narrative_entities`` (the profile: how many of a narrative's documents
mention each entity, with the narrative's last day repeated so that the
index on entity finds recent narratives without a join).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence

from extractors.streams import chunked
from kg.clock import utc_now
from kg.narratives import Candidate
from kg.placement import DocumentEntities, Share
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks

__all__ = ["NarrativeTables"]


class NarrativeTables:
    """Narrative reads and writes on one connection, inside its write transaction."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def share(self, document_id: str) -> Share:
        """The document's narrative and the entities it adds to that narrative's profile."""
        row = self.conn.execute(
            "SELECT narrative_id FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return Share()
        return Share(row[0], frozenset(self.document_entities(document_id).mentions))

    def document_entities(self, document_id: str) -> DocumentEntities:
        seen = self.conn.execute(
            "SELECT seen FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        rows = self.conn.execute(
            "SELECT e.key, de.n, e.document_count FROM document_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ?",
            (document_id,),
        ).fetchall()
        return DocumentEntities(
            seen[0] if seen else None,
            {key: n for key, n, _ in rows},
            {key: documents for key, _, documents in rows},
        )

    def document_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def narratives_featuring(self, keys: Sequence[str], since: str, limit: int) -> set[str]:
        found: set[str] = set()
        for entity_id in self._ids(keys).values():
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT narrative_id FROM narrative_entities"
                    " WHERE entity_id = ? AND last_seen >= ?"
                    " ORDER BY documents DESC, narrative_id LIMIT ?",
                    (entity_id, since, limit),
                )
            )
        return found

    def live_narratives(self, ids: Sequence[str], keys: Sequence[str]) -> list[Candidate]:
        by_id = {entity_id: key for key, entity_id in self._ids(keys).items()}
        entities = list(by_id)
        counts: dict[str, dict[str, int]] = {}
        for chunk in chunked(ids, LOOKUP_CHUNK - len(entities)):
            sql = (
                "SELECT narrative_id, entity_id, documents FROM narrative_entities"
                f" WHERE narrative_id IN ({marks(chunk)})"
                f" AND entity_id IN ({marks(entities)})"
            )
            for n_id, e_id, docs in self.conn.execute(sql, [*chunk, *entities]):
                counts.setdefault(n_id, {})[by_id[e_id]] = docs
        candidates: list[Candidate] = []
        for chunk in chunked(ids, LOOKUP_CHUNK):
            sql = (
                "SELECT id, documents, first_seen, last_seen FROM narratives"
                f" WHERE id IN ({marks(chunk)}) AND merged_into IS NULL"
            )
            candidates.extend(
                Candidate.from_row(row, counts) for row in self.conn.execute(sql, chunk)
            )
        return candidates

    def add_document(self, document_id: str, narrative: str) -> None:
        self.conn.execute(
            "INSERT INTO narratives (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
            (narrative, utc_now()),
        )
        self.conn.execute(
            "UPDATE documents SET narrative_id = ? WHERE id = ?", (narrative, document_id)
        )
        self.conn.execute(
            "UPDATE narratives SET documents = documents + 1 WHERE id = ?", (narrative,)
        )

    def count_entities(self, narrative: str, keys: Collection[str], step: int) -> None:
        self.conn.executemany(
            "INSERT INTO narrative_entities (narrative_id, entity_id, documents)"
            " VALUES (?, ?, ?)"
            " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
            [(narrative, e, step) for e in sorted(self._ids(keys).values())],
        )
        self.conn.execute(
            "DELETE FROM narrative_entities WHERE narrative_id = ? AND documents <= 0",
            (narrative,),
        )

    def refresh_seen(self, narrative: str) -> None:
        self.conn.execute(
            "UPDATE narratives SET"
            " first_seen = (SELECT min(seen) FROM documents WHERE narrative_id = :n),"
            " last_seen = (SELECT max(seen) FROM documents WHERE narrative_id = :n)"
            " WHERE id = :n",
            {"n": narrative},
        )
        self.conn.execute(
            "UPDATE narrative_entities SET last_seen = n.last_seen FROM narratives n"
            " WHERE n.id = :n AND narrative_id = :n"
            " AND narrative_entities.last_seen IS NOT n.last_seen",
            {"n": narrative},
        )

    def absorb(self, source: str, target: str) -> None:
        self.conn.execute(
            "UPDATE documents SET narrative_id = ? WHERE narrative_id = ?", (target, source)
        )
        self.conn.execute(
            "INSERT INTO narrative_entities (narrative_id, entity_id, documents)"
            " SELECT ?, entity_id, documents FROM narrative_entities"
            " WHERE narrative_id = ? AND true"
            " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
            (target, source),
        )
        self.conn.execute("DELETE FROM narrative_entities WHERE narrative_id = ?", (source,))
        self.conn.execute(
            "UPDATE narratives SET documents = documents"
            " + (SELECT documents FROM narratives WHERE id = :source) WHERE id = :target",
            {"source": source, "target": target},
        )
        self.conn.execute(
            "UPDATE narratives SET merged_into = :target, documents = 0"
            " WHERE id = :source OR merged_into = :source",
            {"source": source, "target": target},
        )

    def clear(self) -> None:
        self.conn.execute("UPDATE documents SET narrative_id = NULL")
        self.conn.execute("DELETE FROM narrative_entities")
        self.conn.execute("DELETE FROM narratives")

    def documents_in_seen_order(self) -> list[str]:
        # By day, then id: not by arrival, so two stores holding the same documents
        # (written by one writer or several, in any order) rebuild the same stories.
        sql = "SELECT id FROM documents ORDER BY seen, id"
        return [r[0] for r in self.conn.execute(sql).fetchall()]

    def document_narrative(self, document_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT narrative_id FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return None if row is None else row[0]

    def _ids(self, keys: Collection[str]) -> dict[str, int]:
        """Entity ids by key, for the keys that name a stored entity."""
        found: dict[str, int] = {}
        for chunk in chunked(sorted(keys), LOOKUP_CHUNK):
            sql = f"SELECT key, id FROM entities WHERE key IN ({marks(chunk)})"
            found.update((key, int(entity_id)) for key, entity_id in self.conn.execute(sql, chunk))
        return found
