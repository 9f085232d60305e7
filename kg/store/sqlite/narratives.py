"""The narrative primitives of a SQLite store (see :class:`kg.placement.NarrativeTables`).

Tables: ``narratives`` (documents, first and last day, ``merged_into``) and
``narrative_entities`` (the profile: how many of a narrative's documents
mention each entity, with the narrative's last day repeated so that the
index on entity finds recent narratives without a join); ``narrative_terms``
is the same profile for the words of titles and leads, ``terms`` counts the
documents using each word and ``document_terms`` keeps the words a document was
counted with.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Sequence

from extractors.streams import chunked
from kg.clock import utc_now
from kg.narratives import Candidate
from kg.placement import LEAD_CHARS, DocumentEntities, Share
from kg.store.sqlite.entities import EntityIds
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks

__all__ = ["NarrativeTables"]


class NarrativeTables:
    """Narrative reads and writes on one connection, inside its write transaction."""

    def __init__(self, conn: sqlite3.Connection, entities: EntityIds | None = None) -> None:
        self.conn = conn
        self.entities = entities  # (the writer's ids by key: most keys need no statement)
        # A store migrated from before narratives places its documents at migration 6,
        # before the word tables exist: it places them on entities alone.
        self.words = (
            conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'narrative_terms'").fetchone()
            is not None
        )

    def share(self, document_id: str) -> Share:
        """The document's narrative and the entities it adds to that narrative's profile."""
        row = self.conn.execute(
            "SELECT narrative_id FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None or row[0] is None:
            return Share()
        return Share(row[0], frozenset(self.document_entities(document_id).mentions))

    def document_entities(self, document_id: str) -> DocumentEntities:
        found = self.conn.execute(
            "SELECT seen, title, substr(text, 1, ?), published IS NOT NULL FROM documents"
            " WHERE id = ?",
            (LEAD_CHARS, document_id),
        ).fetchone()
        rows = self.conn.execute(
            "SELECT e.key, de.n, e.document_count, e.type FROM document_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ?",
            (document_id,),
        ).fetchall()
        seen, title, text, dated = found if found else (None, None, None, 0)
        return DocumentEntities(
            seen,
            {key: n for key, n, _, _ in rows},
            {key: documents for key, _, documents, _ in rows},
            {key: kind for key, _, _, kind in rows},
            title,
            text,
            bool(dated),
        )

    def document_count(self) -> int:
        if self.words:  # schema 10 keeps the count (before it, only count(*) knows)
            row = self.conn.execute(
                "SELECT n FROM store_counts WHERE name = 'documents'"
            ).fetchone()
            if row is not None:
                return int(row[0])
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def narratives_using(
        self, terms: Sequence[str], since: str, until: str, limit: int
    ) -> set[str]:
        found: set[str] = set()
        if not self.words:
            return found
        for term in terms:
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT narrative_id FROM narrative_terms"
                    " WHERE term = ? AND last_seen BETWEEN ? AND ?"
                    " ORDER BY documents DESC, narrative_id LIMIT ?",
                    (term, since, until, limit),
                )
            )
        return found

    def narrative_places(
        self, ids: Sequence[str], types: Sequence[str]
    ) -> dict[str, dict[str, int]]:
        found: dict[str, dict[str, int]] = {}
        for chunk in chunked(ids, LOOKUP_CHUNK - len(types)):
            sql = (
                "SELECT ne.narrative_id, e.key, e.document_count FROM narrative_entities ne"
                " JOIN entities e ON e.id = ne.entity_id"
                f" WHERE ne.narrative_id IN ({marks(chunk)}) AND e.type IN ({marks(types)})"
            )
            for n_id, key, documents in self.conn.execute(sql, [*chunk, *types]):
                found.setdefault(n_id, {})[key] = documents
        return found

    def document_terms(self, document_id: str) -> frozenset[str]:
        if not self.words:
            return frozenset()
        row = self.conn.execute(
            "SELECT terms FROM document_terms WHERE document_id = ?", (document_id,)
        ).fetchone()
        return frozenset(json.loads(row[0])) if row and row[0] else frozenset()

    def set_document_terms(self, document_id: str, terms: Collection[str]) -> None:
        if not self.words:
            return
        self.conn.execute(
            "INSERT INTO document_terms (document_id, terms) VALUES (?, ?)"
            " ON CONFLICT (document_id) DO UPDATE SET terms = excluded.terms",
            (document_id, json.dumps(sorted(terms))),
        )

    def count_terms(self, terms: Collection[str], step: int) -> None:
        if not self.words:
            return
        self.conn.executemany(
            "INSERT INTO terms (term, documents) VALUES (?, ?)"
            " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
            [(t, step) for t in sorted(terms)],
        )
        if step < 0:
            self.conn.executemany(
                "DELETE FROM terms WHERE term = ? AND documents <= 0", [(t,) for t in terms]
            )

    def term_counts(self, terms: Collection[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        if not self.words:
            return found
        for chunk in chunked(sorted(terms), LOOKUP_CHUNK):
            sql = f"SELECT term, documents FROM terms WHERE term IN ({marks(chunk)})"
            found.update((t, int(n)) for t, n in self.conn.execute(sql, chunk))
        return found

    def count_narrative_terms(self, narrative: str, terms: Collection[str], step: int) -> None:
        if not terms or not self.words:
            return
        self.conn.executemany(
            "INSERT INTO narrative_terms (narrative_id, term, documents, last_seen)"
            " VALUES (?, ?, ?, (SELECT last_seen FROM narratives WHERE id = ?))"
            " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
            [(narrative, t, step, narrative) for t in sorted(terms)],
        )
        if step < 0:
            self.conn.execute(
                "DELETE FROM narrative_terms WHERE narrative_id = ? AND documents <= 0",
                (narrative,),
            )

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

    def live_narratives(
        self, ids: Sequence[str], keys: Sequence[str], terms: Sequence[str] = ()
    ) -> list[Candidate]:
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
        uses: dict[str, dict[str, int]] = {}
        words = sorted(set(terms)) if self.words else []
        for chunk in chunked(ids if words else [], max(1, LOOKUP_CHUNK - len(words))):
            sql = (
                "SELECT narrative_id, term, documents FROM narrative_terms"
                f" WHERE narrative_id IN ({marks(chunk)}) AND term IN ({marks(words)})"
            )
            for n_id, term, docs in self.conn.execute(sql, [*chunk, *words]):
                uses.setdefault(n_id, {})[term] = docs
        candidates: list[Candidate] = []
        for chunk in chunked(ids, LOOKUP_CHUNK):
            sql = (
                "SELECT id, documents, first_seen, last_seen FROM narratives"
                f" WHERE id IN ({marks(chunk)}) AND merged_into IS NULL"
            )
            candidates.extend(
                Candidate.from_row(row, counts, uses) for row in self.conn.execute(sql, chunk)
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
        for table in ("narrative_entities", "narrative_terms")[: 2 if self.words else 1]:
            self.conn.execute(
                f"UPDATE {table} SET last_seen = n.last_seen FROM narratives n"
                " WHERE n.id = :n AND narrative_id = :n"
                f" AND {table}.last_seen IS NOT n.last_seen",
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
        if self.words:
            self.conn.execute(
                "INSERT INTO narrative_terms (narrative_id, term, documents)"
                " SELECT ?, term, documents FROM narrative_terms"
                " WHERE narrative_id = ? AND true"
                " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
                (target, source),
            )
            self.conn.execute("DELETE FROM narrative_terms WHERE narrative_id = ?", (source,))
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
        if self.words:
            self.conn.execute("DELETE FROM document_terms")
            self.conn.execute("DELETE FROM terms")
            self.conn.execute("DELETE FROM narrative_terms")
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
        found = self.entities.cached(keys) if self.entities is not None else {}
        for chunk in chunked(sorted(set(keys) - found.keys()), LOOKUP_CHUNK):
            sql = f"SELECT key, id FROM entities WHERE key IN ({marks(chunk)})"
            found.update((key, int(entity_id)) for key, entity_id in self.conn.execute(sql, chunk))
        return found
