"""The embedded default store: one SQLite file.

WAL mode (readers never block the writer), a busy timeout so that two
``kg ingest`` processes on one file wait for each other instead of failing,
``BEGIN IMMEDIATE`` write transactions (one per batch), and a versioned schema
(:mod:`kg.store.schema`).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from extractors.catalog import entity_key
from extractors.records import Citation, Extraction
from kg import errors
from kg.narratives import (
    CANDIDATES_PER_ENTITY,
    Candidate,
    decide,
    document_weights,
    generic_entities,
    narrative_id,
    window_start,
)
from kg.relations import origin, relation
from kg.store.base import Row, Store, chunked
from kg.store.rows import (
    CITATION_COLUMNS,
    CLAIM_COLUMNS,
    STATEMENT_COLUMNS,
    citation_row,
    claim_ids,
    claim_row,
    document_row,
    seen_day,
    statement_row,
)
from kg.store.schema import LATEST, MIGRATIONS, NARRATIVES_SCHEMA

BUSY_TIMEOUT_MS = 60_000
#: How many stored claims on a topic a new claim is compared with (the newest):
#: bounds the cost of adding a document however large the store grows.
TOPIC_CANDIDATES = 100
#: How many of a topic's newest claims are read to find those distinct readings.
TOPIC_SCAN = 2_000
#: How many of a narrative's entities are listed with it (its label is made of the first).
NARRATIVE_ENTITIES = 12
#: How many of an entity's documents co-occurrence is counted over (see cooccurring).
COOCCURRENCE_SAMPLE = 2_000
_LOOKUP_CHUNK = 500  # stays well under SQLite's limit on bound parameters


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class SQLiteStore(Store):
    """A knowledge graph in one SQLite file.

    Examples
    --------
    >>> with SQLiteStore(":memory:") as store:
    ...     store.stats()["documents"]
    0
    """

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        try:
            self.conn = sqlite3.connect(
                self.location, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None
            )
            self._configure()
            self._migrate()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise errors.not_a_database(self.location) from exc
            raise errors.database_unavailable(self.location, str(exc)) from exc
        self._entity_ids: dict[str, tuple[int, str]] = {}  # key -> (id, name)

    # -- set-up -----------------------------------------------------------
    def _configure(self) -> None:
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self.conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable in WAL mode except for the last commits on power
        # loss; the database itself is never corrupted.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise errors.newer_schema(self.location, version, LATEST)
        for number in range(version, LATEST):
            with self.transaction():
                # Another process may have migrated while we waited for the lock.
                if self.conn.execute("PRAGMA user_version").fetchone()[0] > number:
                    continue
                for statement in _statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                if number + 1 == NARRATIVES_SCHEMA:
                    # A store from before narratives: its documents form them now, in
                    # the migration's transaction (statements need a re-ingest).
                    self._place_every_document()
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            self._entity_ids.clear()  # ids handed out inside the rollback are gone
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    # -- writes -----------------------------------------------------------
    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), _LOOKUP_CHUNK):
            chunk = ids[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, text_hash FROM documents WHERE id IN ({marks})"
            found.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return found

    def write(self, batch: Sequence[Extraction]) -> list[str]:
        statuses = []
        now = utc_now()
        with self.transaction():
            for item in batch:
                row = self.conn.execute(
                    "SELECT text_hash FROM documents WHERE id = ?", (item.id,)
                ).fetchone()
                if row is not None and row[0] == item.text_hash:
                    statuses.append("unchanged")
                    continue
                self._write_document(item, now)
                statuses.append("added" if row is None else "updated")
        return statuses

    def _write_document(self, item: Extraction, now: str) -> None:
        row = document_row(item, now)
        row["seen"] = seen_day(item.source.published, now)
        # A changed article keeps its id, first-seen time and narrative; its
        # derived records are replaced, never duplicated.
        before = self._narrative_share(item.id)
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
        self._write_claims(item, now)
        self._write_statements(item, now)
        self._place_in_narrative(item.id, before)

    def _write_claims(self, item: Extraction, now: str) -> None:
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
            row["subject_entity_id"] = self._entity_id(name) if name else None
            row["doc_outlet"], row["published"] = item.source.outlet, item.source.published
        self.conn.executemany(
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in CLAIM_COLUMNS)})"
            # An article changed back to an earlier text revives that text's claims.
            " ON CONFLICT (id) DO UPDATE SET invalidated_at = NULL",
            rows,
        )
        known = {entity_key(m.name): m.name for m in item.mentions}
        about = {
            (ids[i], self._entity_id(known[entity_key(m.name)]), "mentions")
            for i, claim in enumerate(item.claims)
            for m in item.mentions
            if claim.sent_start <= m.start and m.end <= claim.sent_end
        }
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id, role) VALUES (?, ?, ?)",
            sorted(about),
        )
        self.conn.executemany(
            f"INSERT INTO citations ({', '.join(CITATION_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in CITATION_COLUMNS)})",
            [self._citation_row(item, c, ids, now) for c in item.citations],
        )
        self._link_claims([r for r in rows if r["topic_key"]])

    def _link_claims(self, rows: list[dict[str, object]]) -> None:
        """Relate each new figure to the stored ones on its topic (an indexed, bounded set)."""
        links = []
        for row in rows:
            new = {**row, "origin": origin(row)}
            candidates = self._topic_candidates(
                str(row["topic_key"]), str(row["id"]), str(row["document_id"])
            )
            for other in candidates:
                kind = relation(new, other)
                if kind:
                    a, b = sorted((str(row["id"]), str(other["id"])))
                    links.append((a, b, kind))
        self.conn.executemany(
            "INSERT INTO claim_links (claim_a, claim_b, relation) VALUES (?, ?, ?)"
            " ON CONFLICT (claim_a, claim_b) DO UPDATE SET relation = excluded.relation",
            links,
        )

    def _topic_candidates(
        self, key: str, claim_id: str, document_id: str
    ) -> list[dict[str, object]]:
        """The stored claims a new one is compared with: the newest on its topic, one per
        distinct reading (many outlets repeating one figure, from one source, for one
        time, are one comparison), every claim of its own document, at most
        TOPIC_CANDIDATES of them, found through the topic index."""
        sql = """
            WITH recent AS (
                SELECT c.*, d.outlet AS doc_outlet, d.published FROM claims c
                JOIN documents d ON d.id = c.document_id
                WHERE c.topic_key = :key AND c.invalidated_at IS NULL AND c.id != :id
                ORDER BY c.recorded_at DESC, c.id DESC LIMIT :scan
            ), ranked AS (
                SELECT recent.*, row_number() OVER (
                    PARTITION BY CASE WHEN document_id = :doc THEN id END, value, low, high,
                        approx, time_start, time_end, time_basis, metric, cited,
                        attributed_to, doc_outlet
                    ORDER BY recorded_at DESC, id DESC) AS nth
                FROM recent
            )
            SELECT id, document_id, sent_start, kind, value, low, high, approx, quantity_text,
                time_start, time_end, time_basis, metric, cited, attributed_to, doc_outlet,
                published
            FROM ranked WHERE nth = 1 ORDER BY recorded_at DESC, id DESC LIMIT :limit
        """
        params = {
            "key": key,
            "id": claim_id,
            "doc": document_id,
            "scan": TOPIC_SCAN,
            "limit": TOPIC_CANDIDATES,
        }
        rows = [dict(r) for r in self.conn.execute(sql, params)]
        for r in rows:
            r["origin"] = origin(r)
        return rows

    def _write_statements(self, item: Extraction, now: str) -> None:
        rows = []
        for statement in item.statements:
            row = statement_row(item, statement, now)
            key = row.pop("speaker_entity")
            row["speaker_entity_id"] = self._key_id(key) if key else None
            rows.append(row)
        self.conn.executemany(
            f"INSERT INTO statements ({', '.join(STATEMENT_COLUMNS)})"
            f" VALUES ({', '.join(':' + c for c in STATEMENT_COLUMNS)})"
            " ON CONFLICT (id) DO UPDATE SET invalidated_at = NULL",
            rows,
        )

    # -- narratives (see kg.narratives) -----------------------------------
    def _narrative_share(self, document_id: str) -> tuple[str | None, set[int]]:
        """The document's narrative and the entities it adds to that narrative's profile."""
        row = self.conn.execute(
            "SELECT narrative_id FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        entities = {
            r[0]
            for r in self.conn.execute(
                "SELECT entity_id FROM document_entities WHERE document_id = ?", (document_id,)
            )
        }
        return (row[0] if row else None, entities)

    def _place_in_narrative(self, document_id: str, before: tuple[str | None, set[int]]) -> None:
        """Put a new document in a narrative; an updated one stays where it is, with its
        contribution to the narrative's profile brought up to date."""
        current, old_entities = before
        if current is not None:
            new_entities = self._narrative_share(document_id)[1]
            self._count_entities(current, old_entities - new_entities, -1)
            self._count_entities(current, new_entities - old_entities, +1)
            self._refresh_seen(current)
            return
        rows = self.conn.execute(
            "SELECT e.id, e.key, de.n, e.document_count FROM document_entities de"
            " JOIN entities e ON e.id = de.entity_id WHERE de.document_id = ?",
            (document_id,),
        ).fetchall()
        total = int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        document_counts = {r["key"]: r["document_count"] for r in rows}
        weights = document_weights({r["key"]: r["n"] for r in rows}, document_counts, total)
        ids = {r["key"]: r["id"] for r in rows}
        seen = self.conn.execute(
            "SELECT seen FROM documents WHERE id = ?", (document_id,)
        ).fetchone()[0]
        candidates = self._narrative_candidates({ids[k]: k for k in weights}, seen)
        decision = decide(weights, seen, candidates, generic_entities(document_counts, total))
        target = decision.join or narrative_id(document_id)
        for other in decision.merge:
            self._merge_narrative(other, target)
        self._join_narrative(document_id, target, {r["id"] for r in rows})

    def rebuild_narratives(self) -> int:
        with self.transaction():
            return self._place_every_document()

    def _place_every_document(self) -> int:
        """Narratives from scratch: every document placed in the order it was seen."""
        self.conn.execute("UPDATE documents SET narrative_id = NULL")
        self.conn.execute("DELETE FROM narrative_entities")
        self.conn.execute("DELETE FROM narratives")
        ids = [
            r[0]
            for r in self.conn.execute(
                "SELECT id FROM documents ORDER BY seen, fetched_at, id"
            ).fetchall()
        ]
        for document_id in ids:
            self._place_in_narrative(document_id, (None, set()))
        return len(ids)

    def _narrative_candidates(self, salient: dict[int, str], seen: str | None) -> list[Candidate]:
        """Live narratives holding any of the salient entities, seen in the window before
        the document (the largest per entity)."""
        found: set[str] = set()
        since = window_start(seen) or ""
        for entity_id in salient:
            found.update(
                r[0]
                for r in self.conn.execute(
                    "SELECT narrative_id FROM narrative_entities"
                    " WHERE entity_id = ? AND last_seen >= ?"
                    " ORDER BY documents DESC, narrative_id LIMIT ?",
                    (entity_id, since, CANDIDATES_PER_ENTITY),
                )
            )
        if not found:
            return []
        ids, entities = sorted(found), list(salient)
        counts: dict[str, dict[str, int]] = {}
        for chunk in chunked(ids, _LOOKUP_CHUNK - len(entities)):
            sql = (
                "SELECT narrative_id, entity_id, documents FROM narrative_entities"
                f" WHERE narrative_id IN ({','.join('?' * len(chunk))})"
                f" AND entity_id IN ({','.join('?' * len(entities))})"
            )
            for n_id, e_id, docs in self.conn.execute(sql, [*chunk, *entities]):
                counts.setdefault(n_id, {})[salient[e_id]] = docs
        candidates: list[Candidate] = []
        for chunk in chunked(ids, _LOOKUP_CHUNK):
            sql = (
                "SELECT id, documents, first_seen, last_seen FROM narratives"
                f" WHERE id IN ({','.join('?' * len(chunk))}) AND merged_into IS NULL"
            )
            candidates.extend(
                Candidate.from_row(row, counts) for row in self.conn.execute(sql, chunk)
            )
        return sorted(candidates, key=lambda c: c.id)

    def _join_narrative(self, document_id: str, target: str, entities: set[int]) -> None:
        self.conn.execute(
            "INSERT INTO narratives (id, created_at) VALUES (?, ?) ON CONFLICT (id) DO NOTHING",
            (target, utc_now()),
        )
        self.conn.execute(
            "UPDATE documents SET narrative_id = ? WHERE id = ?", (target, document_id)
        )
        self._count_entities(target, entities, +1)
        self.conn.execute("UPDATE narratives SET documents = documents + 1 WHERE id = ?", (target,))
        self._refresh_seen(target)

    def _count_entities(self, narrative: str, entities: set[int], step: int) -> None:
        self.conn.executemany(
            "INSERT INTO narrative_entities (narrative_id, entity_id, documents)"
            " VALUES (?, ?, ?)"
            " ON CONFLICT DO UPDATE SET documents = documents + excluded.documents",
            [(narrative, e, step) for e in sorted(entities)],
        )
        self.conn.execute(
            "DELETE FROM narrative_entities WHERE narrative_id = ? AND documents <= 0",
            (narrative,),
        )

    def _refresh_seen(self, narrative: str) -> None:
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

    def _merge_narrative(self, source: str, target: str) -> None:
        """Move every document and profile count of ``source`` into ``target``; the old id
        stays as a pointer, so it still finds the story."""
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
        self._refresh_seen(target)

    def _citation_row(
        self, item: Extraction, citation: Citation, ids: list[str], now: str
    ) -> dict[str, object]:
        row = citation_row(item, citation, ids, now)
        key = row.pop("entity")
        row["entity_id"] = self._key_id(key) if key else None
        return row

    def _write_entities(self, item: Extraction) -> None:
        rows = []
        for m in item.mentions:
            entity_id = self._entity_id(m.name, authoritative=m.name in item.canonical)
            rows.append(
                (item.id, m.start, m.end, entity_id, m.label, m.text, m.sent_start, m.sent_end)
            )
        self.conn.executemany(
            "INSERT OR IGNORE INTO mentions (document_id, start, end, entity_id, label, text,"
            " sent_start, sent_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        aliases = [
            (entity_key(alias), self._entity_id(name), alias)
            for name, names in item.aliases.items()
            for alias in names
            if entity_key(alias) != entity_key(name)
        ]
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases (alias_key, entity_id, alias) VALUES (?, ?, ?)",
            aliases,
        )

    def _entity_id(self, name: str, *, authoritative: bool = False) -> int:
        """The id of the entity named ``name``, created when new.

        A catalog name always becomes the display name; otherwise the first
        spelling seen stays, unless it was all lower case ("openrouter").
        """
        key = entity_key(name)
        cached = self._entity_ids.get(key)
        if cached and not authoritative and not (cached[1].islower() and not name.islower()):
            return cached[0]
        row = self.conn.execute(
            """
            INSERT INTO entities (key, name) VALUES (:key, :name)
            ON CONFLICT (key) DO UPDATE SET name = CASE
                WHEN :authoritative OR (entities.name = lower(entities.name)
                                        AND excluded.name != lower(excluded.name))
                THEN excluded.name ELSE entities.name END
            RETURNING id, name
            """,
            {"key": key, "name": name, "authoritative": authoritative},
        ).fetchone()
        self._entity_ids[key] = (int(row[0]), str(row[1]))
        return int(row[0])

    # -- reads ------------------------------------------------------------
    def stats(self) -> Row:
        one = self._scalar
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "entities": one("SELECT count(*) FROM entities WHERE mention_count > 0"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM documents"),
            "published_from": one("SELECT min(published) FROM documents"),
            "published_to": one("SELECT max(published) FROM documents"),
            "dates_by_source": {
                row[0]: row[1]
                for row in self.conn.execute(
                    "SELECT published_source, count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"
                )
            },
            "entity_types": {
                row[0]: row[1]
                for row in self.conn.execute(
                    "SELECT type, count(*) FROM entities WHERE mention_count > 0"
                    " GROUP BY 1 ORDER BY 2 DESC"
                )
            },
            "schema_version": self.schema_version,
        }

    def document_count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM documents").fetchone()[0])

    def _scalar(self, sql: str, params: Sequence[object] = ()) -> object:
        return self.conn.execute(sql, params).fetchone()[0]

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
        where: list[str] = []
        params: list[object] = []
        if narrative:
            where.append("d.narrative_id = ?")
            params.append(narrative)
        if outlet:
            where.append("d.outlet = ? COLLATE NOCASE")
            params.append(outlet)
        if entity:
            where.append(
                "d.id IN (SELECT de.document_id FROM document_entities de"
                " JOIN entities e ON e.id = de.entity_id WHERE e.key = ?)"
            )
            params.append(entity_key(entity))
        if since:
            where.append("d.published >= ?")
            params.append(since)
        if until:
            # a timestamp on the last day still counts: compare on the day
            where.append("substr(d.published, 1, 10) <= ?")
            params.append(until)
        sql = (
            "SELECT d.id, d.title, d.outlet, d.url, d.published, d.published_source, d.origin,"
            " length(d.text) AS chars, d.seen, d.narrative_id AS narrative FROM documents d"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.published IS NULL, d.published DESC, d.id"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        for row in self.conn.execute(sql, params):
            yield dict(row)

    def entities(
        self, *, type: str | None = None, min_mentions: int = 1, limit: int | None = None
    ) -> list[Row]:
        where = ["mention_count >= ?"]
        params: list[object] = [max(min_mentions, 1)]
        if type:
            where.append("type = ?")
            params.append(type.upper())
        sql = (
            "SELECT id, key, name, type, mention_count, document_count FROM entities"
            f" WHERE {' AND '.join(where)} ORDER BY mention_count DESC, name"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        rows = [dict(row) for row in self.conn.execute(sql, params)]
        aliases = self._aliases([row["id"] for row in rows])
        return [_entity_row(row, aliases.get(row["id"], [])) for row in rows]

    def _aliases(self, entity_ids: Sequence[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        for start in range(0, len(entity_ids), _LOOKUP_CHUNK):
            chunk = entity_ids[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT entity_id, alias FROM entity_aliases"
                f" WHERE entity_id IN ({marks}) ORDER BY alias"
            )
            for entity_id, alias in self.conn.execute(sql, chunk):
                found.setdefault(entity_id, []).append(alias)
        return found

    def find_entity(self, name: str) -> Row | None:
        key = entity_key(name)
        row = self.conn.execute(
            "SELECT id, key, name, type, mention_count, document_count FROM entities"
            " WHERE key = ? OR id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = ?)"
            " ORDER BY key = ? DESC, mention_count DESC LIMIT 1",
            (key, key, key),
        ).fetchone()
        if row is None or row["mention_count"] == 0:
            return None
        return _entity_row(dict(row), self._aliases([row["id"]]).get(row["id"], []))

    def entity_documents(self, key: str, *, limit: int | None = None) -> list[Row]:
        sql = (
            "SELECT d.id, d.title, d.outlet, d.url, d.published, de.n AS mentions"
            " FROM document_entities de JOIN entities e ON e.id = de.entity_id"
            " JOIN documents d ON d.id = de.document_id WHERE e.key = ?"
            " ORDER BY de.n DESC, d.published DESC, d.id" + (" LIMIT ?" if limit else "")
        )
        params: list[object] = [key] + ([limit] if limit else [])
        return [dict(row) for row in self.conn.execute(sql, params)]

    def cooccurring(self, key: str, *, limit: int = 10) -> list[Row]:
        # Counted over a bounded sample of the entity's documents, so that the answer
        # costs the same for an entity in 50 documents or in 50,000.
        sql = """
            WITH mine AS (
                SELECT de.document_id FROM document_entities de
                WHERE de.entity_id = (SELECT id FROM entities WHERE key = :key)
                LIMIT :sample
            )
            SELECT other.name, other.type, count(*) AS documents
            FROM mine
            JOIN document_entities theirs ON theirs.document_id = mine.document_id
            JOIN entities other ON other.id = theirs.entity_id
            WHERE other.key != :key
            GROUP BY other.id ORDER BY documents DESC, other.mention_count DESC, other.name
            LIMIT :limit
        """
        params = {"key": key, "limit": limit, "sample": COOCCURRENCE_SAMPLE}
        return [dict(row) for row in self.conn.execute(sql, params)]

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
        where, named = _claim_filters(entity, metric, since, until)
        if outlet:
            where.append("d.outlet = :outlet COLLATE NOCASE")
        if document:
            where.append("c.document_id = :document")
        named |= {"outlet": outlet, "document": document}
        # Dated claims in time order straight from the time index (so a LIMIT stops the
        # scan early instead of sorting every match), then the undated ones.
        dated = " AND ".join([*where, "c.time_start IS NOT NULL"])
        undated = " AND ".join([*where, "c.time_start IS NULL"])
        found = 0
        for condition, order in (
            (dated, "c.time_start, c.time_end, c.document_id, c.start"),
            (undated, "c.document_id, c.start"),
        ):
            sql = (
                "SELECT c.*, e.name AS subject_entity, d.url AS doc_url, d.title AS doc_title,"
                " d.outlet AS doc_outlet, d.published AS doc_published"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                " LEFT JOIN entities e ON e.id = c.subject_entity_id"
                f" WHERE {condition} ORDER BY {order}"
            )
            for row in self.conn.execute(sql, named):
                yield dict(row)
                found += 1
                if limit and found >= limit:
                    return

    def linked_claim_ids(
        self,
        *,
        entity: str | None = None,
        metric: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[str]:
        where, named = _claim_filters(entity, metric, since, until)
        # Driven from the links, far fewer than the claims a date range covers.
        sql = (
            "SELECT c.id FROM (SELECT claim_a AS id FROM claim_links"
            " UNION SELECT claim_b FROM claim_links) linked"
            f" CROSS JOIN claims c ON c.id = linked.id WHERE {' AND '.join(where)} ORDER BY c.id"
        )
        return [row[0] for row in self.conn.execute(sql, named)]

    def claim_links(self, claim_ids: Sequence[str] | None = None) -> list[Row]:
        base = (
            "SELECT l.claim_a, l.claim_b, l.relation FROM claim_links l"
            " JOIN claims a ON a.id = l.claim_a AND a.invalidated_at IS NULL"
            " JOIN claims b ON b.id = l.claim_b AND b.invalidated_at IS NULL"
        )
        if claim_ids is None:
            return [dict(row) for row in self.conn.execute(base)]
        found: dict[tuple[str, str], Row] = {}
        ids = list(claim_ids)
        for start in range(0, len(ids), _LOOKUP_CHUNK):
            chunk = ids[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = f"{base} WHERE l.claim_a IN ({marks}) OR l.claim_b IN ({marks})"
            for row in self.conn.execute(sql, chunk + chunk):
                found[(row[0], row[1])] = dict(row)
        return list(found.values())

    def claims_by_id(self, claim_ids: Sequence[str]) -> list[Row]:
        rows: list[Row] = []
        ids = list(claim_ids)
        for start in range(0, len(ids), _LOOKUP_CHUNK):
            chunk = ids[start : start + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT c.*, e.name AS subject_entity, d.url AS doc_url, d.title AS doc_title,"
                " d.outlet AS doc_outlet, d.published AS doc_published"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                " LEFT JOIN entities e ON e.id = c.subject_entity_id"
                f" WHERE c.invalidated_at IS NULL AND c.id IN ({marks})"
            )
            rows.extend(dict(row) for row in self.conn.execute(sql, chunk))
        return rows

    def citations(self, document: str) -> list[Row]:
        sql = (
            "SELECT kind, source, role, text, start, end, url, title, outlet, published, number,"
            " claim_ids FROM citations WHERE document_id = ? AND invalidated_at IS NULL"
            " ORDER BY start IS NULL, start, id"
        )
        return [dict(row) for row in self.conn.execute(sql, (document,))]

    def statements(self, documents: Sequence[str]) -> list[Row]:
        found: list[Row] = []
        for chunk in chunked(documents, _LOOKUP_CHUNK):
            sql = (
                "SELECT s.id, s.document_id, s.speaker, s.speaker_kind, e.key AS speaker_entity,"
                " s.speaker_role, s.via, s.sentence, s.sent_start, s.sent_end, s.cue, s.stance"
                " FROM statements s LEFT JOIN entities e ON e.id = s.speaker_entity_id"
                f" WHERE s.document_id IN ({','.join('?' * len(chunk))})"
                " AND s.invalidated_at IS NULL"
            )
            found.extend(dict(r) for r in self.conn.execute(sql, chunk))
        for row in found:
            row["stance"] = json.loads(row["stance"])
        return sorted(found, key=lambda r: (r["document_id"], r["sent_start"], r["id"]))

    def narratives(
        self, *, min_documents: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[Row]:
        sql = (
            "SELECT id, documents, first_seen, last_seen FROM narratives"
            " WHERE merged_into IS NULL AND documents >= ?"
            " ORDER BY last_seen DESC, documents DESC, id LIMIT ? OFFSET ?"
        )
        params: list[object] = [max(1, min_documents), limit or -1, max(0, offset)]
        rows = [dict(r) for r in self.conn.execute(sql, params)]
        self._narrative_details(rows)
        return rows

    def narrative(self, narrative_id: str) -> Row | None:
        current = narrative_id
        for _ in range(100):  # a merged narrative points to the one it joined
            row = self.conn.execute(
                "SELECT id, documents, first_seen, last_seen, merged_into FROM narratives"
                " WHERE id = ?",
                (current,),
            ).fetchone()
            if row is None:
                return None
            if row["merged_into"] is None:
                found = dict(row)
                del found["merged_into"]
                self._narrative_details([found])
                return found
            current = row["merged_into"]
        return None

    def _narrative_details(self, rows: list[Row]) -> None:
        """Add each narrative's top entities and its documents per day (a query of each
        kind per chunk of narratives, not per narrative)."""
        by_id = {row["id"]: row for row in rows}
        for row in rows:
            row["entities"], row["per_day"] = [], {}
        for chunk in chunked(list(by_id), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            entities = self.conn.execute(
                "SELECT narrative_id, name, key, type, documents, corpus_documents FROM ("
                " SELECT ne.narrative_id, e.name, e.key, e.type, ne.documents,"
                " e.document_count AS corpus_documents, row_number() OVER (PARTITION BY"
                " ne.narrative_id ORDER BY ne.documents DESC, e.mention_count DESC, e.key) AS r"
                " FROM narrative_entities ne JOIN entities e ON e.id = ne.entity_id"
                f" WHERE ne.narrative_id IN ({marks})) WHERE r <= ? ORDER BY narrative_id, r",
                [*chunk, NARRATIVE_ENTITIES],
            )
            for entity in entities:
                found = dict(entity)
                by_id[found.pop("narrative_id")]["entities"].append(found)
            days = self.conn.execute(
                "SELECT narrative_id, seen, count(*) FROM documents"
                f" WHERE narrative_id IN ({marks}) AND seen IS NOT NULL"
                " GROUP BY narrative_id, seen ORDER BY narrative_id, seen",
                chunk,
            )
            for narrative, day, n in days:
                by_id[narrative]["per_day"][day] = n

    def mention_edges(self, documents: Sequence[str] | None = None) -> Iterator[Row]:
        sql = (
            "SELECT de.document_id AS document, e.key AS entity, de.n AS mentions"
            " FROM document_entities de JOIN entities e ON e.id = de.entity_id"
        )
        if documents is None:
            for row in self.conn.execute(sql + " ORDER BY de.document_id, e.key"):
                yield dict(row)
            return
        for chunk in chunked(sorted(documents), _LOOKUP_CHUNK):
            marks = ",".join("?" * len(chunk))
            query = sql + f" WHERE de.document_id IN ({marks}) ORDER BY de.document_id, e.key"
            for row in self.conn.execute(query, chunk):
                yield dict(row)

    def claim_entity_edges(self) -> Iterator[Row]:
        sql = """
            SELECT c.id AS claim, e.key AS entity, 'subject' AS role FROM claims c
            JOIN entities e ON e.id = c.subject_entity_id WHERE c.invalidated_at IS NULL
            UNION
            SELECT ce.claim_id, e.key, ce.role FROM claim_entities ce
            JOIN claims c ON c.id = ce.claim_id AND c.invalidated_at IS NULL
            JOIN entities e ON e.id = ce.entity_id
            ORDER BY 1, 2, 3
        """
        for row in self.conn.execute(sql):
            yield dict(row)

    def feed_status(self) -> dict[str, Row]:
        return {row["url"]: dict(row) for row in self.conn.execute("SELECT * FROM feed_status")}

    # -- records, store to store ------------------------------------------
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
                entity_id = self._key_id(row["key"])
                self.conn.executemany(
                    "INSERT OR IGNORE INTO entity_aliases (alias_key, entity_id, alias)"
                    " VALUES (?, ?, ?)",
                    [(alias_key, entity_id, alias) for alias_key, alias in row["aliases"]],
                )
        self._entity_ids.clear()

    def _key_id(self, key: str) -> int:
        found = self.conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if found is not None:
            return int(found[0])
        cursor = self.conn.execute("INSERT INTO entities (key, name) VALUES (?, ?)", (key, key))
        return int(cursor.lastrowid or 0)

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
                    self._key_id(m["entity"]),
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
            row["subject_entity_id"] = self._key_id(subject) if subject else None
            claims.append(row)
        self.conn.executemany(
            f"INSERT OR IGNORE INTO claims ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            claims,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO claim_entities (claim_id, entity_id, role) VALUES (?, ?, ?)",
            [(a["claim"], self._key_id(a["entity"]), a["role"]) for a in bundle["about"]],
        )
        columns = [*CITATION_COLUMNS, "invalidated_at"]
        citations = []
        for citation in bundle["citations"]:
            row = {c: citation.get(c) for c in columns}
            entity = citation.get("entity")
            row["entity_id"] = self._key_id(entity) if entity else None
            citations.append(row)
        self.conn.executemany(
            f"INSERT INTO citations ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            citations,
        )
        columns = [*STATEMENT_COLUMNS, "invalidated_at"]
        statements = []
        for statement in bundle.get("statements", []):
            row = {c: statement.get(c) for c in columns}
            speaker = statement.get("speaker_entity")
            row["speaker_entity_id"] = self._key_id(speaker) if speaker else None
            statements.append(row)
        self.conn.executemany(
            f"INSERT OR IGNORE INTO statements ({', '.join(columns)})"
            f" VALUES ({', '.join(':' + c for c in columns)})",
            statements,
        )
        if doc.get("narrative_id"):
            self.conn.execute("UPDATE documents SET narrative_id = NULL WHERE id = ?", (doc["id"],))
            self._join_narrative(
                doc["id"], doc["narrative_id"], self._narrative_share(doc["id"])[1]
            )

    def load_links(self, rows: Sequence[Row]) -> None:
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO claim_links (claim_a, claim_b, relation)"
                " VALUES (:claim_a, :claim_b, :relation)"
                " ON CONFLICT (claim_a, claim_b) DO UPDATE SET relation = excluded.relation",
                rows,
            )

    def save_feed_status(self, row: Row) -> None:
        columns = [c for c in FEED_STATUS_COLUMNS if c in row]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO feed_status ({', '.join(columns)})"
                f" VALUES ({', '.join(':' + c for c in columns)})"
                f" ON CONFLICT (url) DO UPDATE SET {updates}",
                {c: row[c] for c in columns},
            )


DOCUMENT_COLUMNS = (
    "id", "key", "url", "title", "outlet", "authors", "published", "published_source", "feed",
    "origin", "text", "text_hash", "metadata", "links", "extractor", "fetched_at", "updated_at",
    "seen", "narrative_id",
)  # fmt: skip
FEED_STATUS_COLUMNS = (
    "url", "etag", "last_modified", "last_checked", "last_success", "last_error",
    "http_status", "entries", "new_entries", "failures",
)  # fmt: skip


def _entity_row(row: Row, aliases: list[str]) -> Row:
    return {
        "name": row["name"],
        "key": row["key"],
        "type": row["type"],
        "mentions": row["mention_count"],
        "documents": row["document_count"],
        "aliases": aliases,
    }


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN..END)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def _claim_filters(
    entity: str | None, metric: str | None, since: str | None, until: str | None
) -> tuple[list[str], dict[str, object]]:
    """The WHERE terms and parameters that ``claims`` and ``linked_claim_ids`` share."""
    where = ["c.invalidated_at IS NULL"]
    if entity:
        # A set of claim ids from two indexes, probed as the time index is walked.
        where.append(
            "c.id IN (SELECT ce.claim_id FROM claim_entities ce WHERE ce.entity_id ="
            " (SELECT id FROM entities WHERE key = :entity) UNION SELECT id FROM claims"
            " WHERE subject_entity_id = (SELECT id FROM entities WHERE key = :entity))"
        )
    if metric:
        where.append("(c.metric LIKE :metric OR c.sentence LIKE :metric)")
    if since:
        where.append("c.time_end >= :since")
    if until:
        where.append("c.time_start <= :until")
    named: dict[str, object] = {
        "entity": entity,
        "metric": f"%{metric}%" if metric else None,
        "since": since,
        "until": until,
    }
    return where, named
