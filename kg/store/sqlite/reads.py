"""Reads of a SQLite store: every query :class:`~kg.store.base.Store` answers.

Each is a few indexed statements, chunked where it takes many ids (see
:data:`~kg.store.sqlite.sql.LOOKUP_CHUNK`); rows come back as plain dicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence

from extractors.catalog import entity_key
from extractors.streams import chunked
from kg.narratives import follow_merges
from kg.store.base import Row
from kg.store.rows import STATEMENT_CONTENT
from kg.store.sqlite.connection import SQLiteConnection
from kg.store.sqlite.routes import RouteTables
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks
from kg.tunables import COOCCURRENCE_SAMPLE, NARRATIVE_ENTITIES

__all__ = ["SQLiteReads"]


class SQLiteReads(SQLiteConnection):
    """The read half of :class:`~kg.store.sqlite.SQLiteStore`."""

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
            " length(d.text) AS chars, d.seen, d.narrative_id AS narrative, d.copy_of"
            " FROM documents d"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY d.published IS NULL, d.published DESC, d.id"
            + (" LIMIT ?" if limit else "")
        )
        if limit:
            params.append(limit)
        rows = self.conn.execute(sql, params)
        for chunk in chunked((dict(row) for row in rows), LOOKUP_CHUNK):
            # The routes of a page of documents at once (one indexed read, not one each).
            origins = RouteTables(self.conn).origins([row["id"] for row in chunk])
            for row in chunk:
                row["routes"] = origins.get(row["id"], [])
                yield row

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
        for start in range(0, len(entity_ids), LOOKUP_CHUNK):
            chunk = entity_ids[start : start + LOOKUP_CHUNK]
            places = marks(chunk)
            sql = (
                "SELECT entity_id, alias FROM entity_aliases"
                f" WHERE entity_id IN ({places}) ORDER BY alias"
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
                " d.outlet AS doc_outlet, d.published AS doc_published, d.origin AS doc_file,"
                " coalesce(r.outlet, d.outlet) AS doc_origin, d.narrative_id AS doc_narrative"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                " LEFT JOIN documents r ON r.id = d.copy_of"
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
        for start in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[start : start + LOOKUP_CHUNK]
            places = marks(chunk)
            sql = f"{base} WHERE l.claim_a IN ({places}) OR l.claim_b IN ({places})"
            for row in self.conn.execute(sql, chunk + chunk):
                found[(row[0], row[1])] = dict(row)
        return list(found.values())

    def claims_by_id(self, claim_ids: Sequence[str]) -> list[Row]:
        rows: list[Row] = []
        ids = list(claim_ids)
        for start in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[start : start + LOOKUP_CHUNK]
            places = marks(chunk)
            sql = (
                "SELECT c.*, e.name AS subject_entity, d.url AS doc_url, d.title AS doc_title,"
                " d.outlet AS doc_outlet, d.published AS doc_published, d.origin AS doc_file,"
                " coalesce(r.outlet, d.outlet) AS doc_origin, d.narrative_id AS doc_narrative"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                " LEFT JOIN documents r ON r.id = d.copy_of"
                " LEFT JOIN entities e ON e.id = c.subject_entity_id"
                f" WHERE c.invalidated_at IS NULL AND c.id IN ({places})"
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
        for chunk in chunked(documents, LOOKUP_CHUNK):
            sql = (
                "SELECT s.id, s.document_id, s.speaker, s.speaker_kind, e.key AS speaker_entity,"
                " s.speaker_role, s.via, s.sentence, s.sent_start, s.sent_end, s.cue, s.stance,"
                f" {', '.join('s.' + c for c in STATEMENT_CONTENT)}"
                " FROM statements s LEFT JOIN entities e ON e.id = s.speaker_entity_id"
                f" WHERE s.document_id IN ({marks(chunk)})"
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
        found = follow_merges(narrative_id, self._narrative_row)
        if found is not None:
            self._narrative_details([found])
        return found

    def _narrative_row(self, narrative_id: str) -> Row | None:
        row = self.conn.execute(
            "SELECT id, documents, first_seen, last_seen, merged_into FROM narratives WHERE id = ?",
            (narrative_id,),
        ).fetchone()
        return dict(row) if row is not None else None

    def _narrative_details(self, rows: list[Row]) -> None:
        """Add each narrative's top entities and its documents per day (a query of each
        kind per chunk of narratives, not per narrative)."""
        by_id = {row["id"]: row for row in rows}
        for row in rows:
            row["entities"], row["per_day"] = [], {}
        for chunk in chunked(list(by_id), LOOKUP_CHUNK):
            places = marks(chunk)
            entities = self.conn.execute(
                "SELECT narrative_id, name, key, type, documents, corpus_documents FROM ("
                " SELECT ne.narrative_id, e.name, e.key, e.type, ne.documents,"
                " e.document_count AS corpus_documents, row_number() OVER (PARTITION BY"
                " ne.narrative_id ORDER BY ne.documents DESC, e.mention_count DESC, e.key) AS r"
                " FROM narrative_entities ne JOIN entities e ON e.id = ne.entity_id"
                f" WHERE ne.narrative_id IN ({places})) WHERE r <= ? ORDER BY narrative_id, r",
                [*chunk, NARRATIVE_ENTITIES],
            )
            for entity in entities:
                found = dict(entity)
                by_id[found.pop("narrative_id")]["entities"].append(found)
            days = self.conn.execute(
                "SELECT narrative_id, seen, count(*) FROM documents"
                f" WHERE narrative_id IN ({places}) AND seen IS NOT NULL"
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
        for chunk in chunked(sorted(documents), LOOKUP_CHUNK):
            places = marks(chunk)
            query = sql + f" WHERE de.document_id IN ({places}) ORDER BY de.document_id, e.key"
            for row in self.conn.execute(query, chunk):
                yield dict(row)

    def source_edges(self) -> Iterator[Row]:
        sql = """
            SELECT s.key, s.name, s.kind, s.outlet, s.title, s.url, s.published,
                l.document_id AS document, nullif(l.claim_id, '') AS claim
            FROM source_cites l JOIN sources s ON s.key = l.source_key
            LEFT JOIN claims c ON c.id = l.claim_id
            WHERE l.claim_id = '' OR c.invalidated_at IS NULL AND c.id IS NOT NULL
            ORDER BY s.key, l.document_id, l.claim_id
        """
        for row in self.conn.execute(sql):
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


def _entity_row(row: Row, aliases: list[str]) -> Row:
    return {
        "name": row["name"],
        "key": row["key"],
        "type": row["type"],
        "mentions": row["mention_count"],
        "documents": row["document_count"],
        "aliases": aliases,
    }


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
