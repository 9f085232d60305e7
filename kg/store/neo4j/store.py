""":class:`Neo4jStore`: a Neo4j database (or any server speaking Bolt and Neo4j 5 Cypher)
behind the :class:`~kg.store.base.Store` interface.

Same answers as :class:`~kg.store.sqlite.SQLiteStore`; the graph model and every
statement are in :mod:`kg.store.neo4j.cypher` (writes) and
:mod:`kg.store.neo4j.cypher_reads`. Writes run as one explicit transaction per
batch through the driver's managed transactions, which retry transient errors
(deadlocks, leader changes) with backoff. Values are always parameters; labels
and relationship types are fixed in the statements.

Connection settings: ``KG_NEO4J_USER`` (default ``neo4j``), ``KG_NEO4J_PASSWORD``
and ``KG_NEO4J_DATABASE`` (default ``neo4j``).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from extractors.catalog import entity_key
from extractors.copies import fingerprint
from extractors.records import Extraction
from extractors.streams import chunked
from kg import errors
from kg.clock import utc_now
from kg.narratives import follow_merges
from kg.store.base import Row, Store
from kg.store.identity import Route
from kg.store.neo4j import cypher, cypher_reads
from kg.store.neo4j.dumps import Records
from kg.store.neo4j.narratives import LOOKUP_CHUNK
from kg.store.neo4j.routes import ROUTE_SEPARATOR, RouteTables
from kg.store.neo4j.writes import (
    rebuild_narratives,
    repair_narratives,
    store_document,
    write_sources,
)
from kg.store.retry import retried
from kg.store.rows import CLAIM_COLUMNS, FEED_STATUS_COLUMNS
from kg.tunables import COOCCURRENCE_SAMPLE, NARRATIVE_ENTITIES

__all__ = ["SCHEMA_VERSION", "Neo4jStore"]

#: 2: routes and copies; 3: cited sources.
SCHEMA_VERSION = 4
#: Seconds to wait for a connection before saying the server cannot be reached.
CONNECT_TIMEOUT = 10.0
#: Seconds the driver retries a transaction that failed transiently (a deadlock, a leader
#: change) before kg's own retries (:mod:`kg.store.retry`); ``KG_NEO4J_RETRY_SECONDS``.
RETRY_SECONDS = 30.0
#: Documents fingerprinted per transaction when a store from before copies is opened.
FINGERPRINT_PAGE = 200

T = TypeVar("T")
#: Errors that say a transaction lost a race, beyond the driver's transient ones.
RACE_CODES = frozenset({"Neo.ClientError.Statement.EntityNotFound"})
#: Tries of a write that loses races: more than SQLite's, as a rival's transaction may
#: itself be in the driver's own retries (a deadlock) while this one waits on its key.
RACE_ATTEMPTS = 8


def is_race(exc: BaseException) -> bool:
    """Whether a failed write lost a race with another writer and is worth running again:
    a uniqueness check failed by a concurrent MERGE (ArcadeDB reports it at commit), a
    record deleted by another transaction, a deadlock or other transient error, or a
    connection lost to a leader change."""
    if isinstance(
        exc,
        neo4j_errors.ConstraintError
        | neo4j_errors.TransientError
        | neo4j_errors.SessionExpired
        | neo4j_errors.ServiceUnavailable,
    ):
        return True
    if not isinstance(exc, neo4j_errors.Neo4jError):
        return False
    # A record another writer deleted meanwhile (a narrative's profile edge, moved by a
    # merge) read by this one; ArcadeDB's optimistic transactions also report a lost
    # race as a concurrent modification.
    return exc.code in RACE_CODES or "concurrent" in str(exc).lower()


def retry_seconds() -> float:
    value = os.environ.get("KG_NEO4J_RETRY_SECONDS", "")
    try:
        return float(value) if value else RETRY_SECONDS
    except ValueError:
        return RETRY_SECONDS


class Neo4jStore(Store):
    """A knowledge graph in a Neo4j (or ArcadeDB) database, reached over Bolt."""

    def __init__(
        self,
        uri: str,
        *,
        user: str | None = None,
        password: str | None = None,
        database: str | None = None,
    ) -> None:
        self.location = uri
        self.database = database or os.environ.get("KG_NEO4J_DATABASE") or "neo4j"
        auth = (
            user or os.environ.get("KG_NEO4J_USER") or "neo4j",
            password if password is not None else os.environ.get("KG_NEO4J_PASSWORD", ""),
        )
        try:
            self.driver: Driver = GraphDatabase.driver(
                uri,
                auth=auth,
                connection_timeout=CONNECT_TIMEOUT,
                max_transaction_retry_time=retry_seconds(),
            )
            self.driver.verify_connectivity()
            self._ensure_schema()
        except neo4j_errors.AuthError as exc:
            raise errors.server_refused(uri, "wrong user or password") from exc
        except (neo4j_errors.ServiceUnavailable, OSError) as exc:
            raise errors.server_unreachable(uri, "no Bolt server answered") from exc
        except (neo4j_errors.ConfigurationError, ValueError) as exc:
            raise errors.server_refused(uri, str(exc)[:160]) from exc

    # -- plumbing ---------------------------------------------------------
    def read_limited(
        self, statement: str, limit: int | None, **params: Any
    ) -> list[dict[str, Any]]:
        if limit:
            return self.read(cypher.limited(statement), limit=limit, **params)
        return self.read(statement, **params)

    def read(self, statement: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(
            statement, params, database_=self.database, routing_="r"
        )
        return [dict(r) for r in records]

    def _ensure_schema(self) -> None:
        with self.driver.session(database=self.database) as session:
            for statement in cypher.SCHEMA:
                session.run(statement).consume()
            found = session.run(cypher.SCHEMA_VERSION_READ).single()
            version = found["version"] if found else None
            if version is not None and version > SCHEMA_VERSION:
                raise errors.newer_schema(self.location, version, SCHEMA_VERSION)
            if version != SCHEMA_VERSION:
                if version is not None and version < 2:
                    self._upgrade_to_routes(session)
                if version is not None and version < 3:
                    self._upgrade_to_sources(session)
                if version is not None and version < 4:
                    # Story words (Term, USES): every document placed again, counted.
                    session.execute_write(rebuild_narratives, utc_now())
                session.run(cypher.SCHEMA_VERSION_WRITE, version=SCHEMA_VERSION).consume()

    def _upgrade_to_routes(self, session: Any) -> None:
        """A store from before routes and copies: each document gets the route it was
        stored by and a fingerprint (copies are found from then on, not backwards)."""
        session.run(cypher.ROUTES_BACKFILL, separator=ROUTE_SEPARATOR).consume()
        while True:
            page = list(session.run(cypher.DOCUMENTS_UNFINGERPRINTED, limit=FINGERPRINT_PAGE))
            if not page:
                return
            session.execute_write(_fingerprint_page, [(r["id"], r["text"]) for r in page])

    def _upgrade_to_sources(self, session: Any) -> None:
        """A store from before cited sources: derive them from its current citations."""
        by_document: dict[str, list[tuple[int, Row]]] = {}
        for record in session.run(cypher_reads.CITATIONS_CURRENT):
            cited = (record["seq"] or 0, dict(record["citation"]))
            by_document.setdefault(record["document"], []).append(cited)
        for document, rows in sorted(by_document.items()):
            citations = [row for _, row in sorted(rows, key=lambda r: r[0])]
            session.execute_write(write_sources, document, citations)

    @property
    def schema_version(self) -> int:
        rows = self.read(cypher.SCHEMA_VERSION_READ)
        return int(rows[0]["version"] or 0) if rows else 0

    def close(self) -> None:
        self.driver.close()

    def clear(self) -> None:
        """Delete the whole graph (tests, and ``kg migrate`` into a store said to be empty)."""
        self.driver.execute_query(cypher.DELETE_ALL, database_=self.database)

    # -- writes -----------------------------------------------------------
    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        rows = self.read(cypher.DOCUMENT_HASHES, ids=list(ids))
        return {row["id"]: row["text_hash"] for row in rows}

    def known_texts(self, hashes: Sequence[str]) -> dict[str, str]:
        found: dict[str, tuple[str, str]] = {}
        for chunk in chunked(sorted(set(hashes)), LOOKUP_CHUNK):
            for row in self.read(cypher.DOCUMENT_TEXTS, hashes=chunk):
                first = (row["fetched_at"] or "", row["id"])
                found[row["text_hash"]] = min(found.get(row["text_hash"], first), first)
        return {text_hash: doc_id for text_hash, (_, doc_id) in found.items()}

    def record_routes(self, routes: Sequence[Route]) -> None:
        missing = self._missing_routes(routes)
        if missing:
            self._retried_write(_add_routes, missing, utc_now())

    def _missing_routes(self, routes: Sequence[Route]) -> list[Route]:
        """Those of ``routes`` not recorded yet, on documents that are stored."""
        have: dict[str, set[str]] = {}
        for chunk in chunked(sorted({r.document_id for r in routes}), LOOKUP_CHUNK):
            for row in self.read(cypher.ROUTES_KNOWN, ids=chunk):
                have[row["id"]] = set(row["origins"])
        # A document not stored (yet) has no routes to add: its write records them.
        return [
            r for r in dict.fromkeys(routes) if r.origin not in have.get(r.document_id, {r.origin})
        ]

    def write(self, batch: Sequence[Extraction]) -> list[str]:
        statuses, expected = self._retried_write(_write_batch, list(batch), utc_now())
        added = [item.id for item, status in zip(batch, statuses, strict=True) if status == "added"]
        if added:
            self._repair(added, expected)
        return statuses

    def _repair(self, added: list[str], expected: int) -> None:
        """Stories split by writers placing one story at once, merged again (see
        :func:`kg.placement.repair`). Skipped when no other writer stored a document
        since this batch began, so a lone writer's stories are exactly as placed; a
        repair that keeps losing races is left to a later bridging article."""
        if self.document_count() == expected:
            return
        with contextlib.suppress(errors.StoreBusy):
            self._retried_write(repair_narratives, added, utc_now())

    def _retried_write(self, work: Callable[..., T], *args: Any) -> T:
        """``work(tx, *args)`` in a managed write transaction, run again from the start
        while it loses races with other writers (:mod:`kg.store.retry`)."""

        def attempt() -> T:
            with self.driver.session(database=self.database) as session:
                return session.execute_write(work, *args)

        return retried(attempt, is_race, attempts=RACE_ATTEMPTS)

    def rebuild_narratives(self) -> int:
        with self.driver.session(database=self.database) as session:
            return session.execute_write(rebuild_narratives, utc_now())

    # -- reads ------------------------------------------------------------
    def stats(self) -> Row:
        documents = self.read(cypher_reads.STATS)[0]
        entities = self.read(cypher_reads.STATS_ENTITIES)[0]
        return {
            "documents": documents["documents"],
            "entities": entities["entities"],
            "mentions": entities["mentions"],
            "outlets": documents["outlets"],
            "published_from": documents["published_from"],
            "published_to": documents["published_to"],
            "dates_by_source": {
                r["source"]: r["n"] for r in self.read(cypher_reads.STATS_DATE_SOURCES)
            },
            "entity_types": {r["type"]: r["n"] for r in self.read(cypher_reads.STATS_ENTITY_TYPES)},
            "schema_version": self.schema_version,
        }

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
        rows = self.read_limited(
            cypher_reads.DOCUMENTS,
            limit,
            narrative=narrative or None,
            outlet=outlet,
            entity=entity_key(entity) if entity else None,
            since=since,
            until=until,
        )
        for chunk in chunked(rows, LOOKUP_CHUNK):
            # The routes of a page of documents at once (one read, not one each).
            origins: dict[str, list[str]] = {}
            for r in self.read(cypher_reads.ROUTES_OF, ids=[row["id"] for row in chunk]):
                origins.setdefault(r["document_id"], []).append(r["origin"])
            for row in chunk:
                row["routes"] = origins.get(row["id"], [])
                yield row

    def entities(
        self, *, type: str | None = None, min_mentions: int = 1, limit: int | None = None
    ) -> list[Row]:
        return self.read_limited(
            cypher_reads.ENTITIES,
            limit,
            type=type.upper() if type else None,
            min_mentions=max(min_mentions, 1),
        )

    def find_entity(self, name: str) -> Row | None:
        rows = self.read(cypher_reads.FIND_ENTITY, key=entity_key(name))
        if not rows or not rows[0]["mentions"]:
            return None
        return rows[0]

    def entity_documents(self, key: str, *, limit: int | None = None) -> list[Row]:
        return self.read_limited(cypher_reads.ENTITY_DOCUMENTS, limit, key=key)

    def cooccurring(self, key: str, *, limit: int = 10) -> list[Row]:
        rows = self.read(cypher_reads.COOCCURRING, key=key, limit=limit, sample=COOCCURRENCE_SAMPLE)
        return [{k: r[k] for k in ("name", "type", "documents")} for r in rows]

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
        statement = cypher_reads.CLAIMS_LIMITED if limit else cypher_reads.CLAIMS
        rows = self.read(
            statement,
            entity=entity,
            metric=metric.lower() if metric else None,
            since=since,
            until=until,
            outlet=outlet,
            document=document,
            **({"limit": limit} if limit else {}),
        )
        for row in rows:
            yield _claim_row(row)

    def linked_claim_ids(
        self,
        *,
        entity: str | None = None,
        metric: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[str]:
        rows = self.read(
            cypher_reads.LINKED_CLAIM_IDS,
            entity=entity,
            metric=metric.lower() if metric else None,
            since=since,
            until=until,
            outlet=None,
            document=None,
        )
        return [row["id"] for row in rows]

    def claim_links(self, claim_ids: Sequence[str] | None = None) -> list[Row]:
        ids = list(claim_ids) if claim_ids is not None else None
        return self.read(cypher_reads.CLAIM_LINKS, ids=ids)

    def claims_by_id(self, claim_ids: Sequence[str]) -> list[Row]:
        return [_claim_row(r) for r in self.read(cypher_reads.CLAIMS_BY_ID, ids=list(claim_ids))]

    def citations(self, document: str) -> list[Row]:
        return self.read(cypher_reads.CITATIONS, id=document)

    def statements(self, documents: Sequence[str]) -> list[Row]:
        found = []
        for chunk in chunked(sorted(set(documents)), LOOKUP_CHUNK):
            found.extend(self.read(cypher_reads.STATEMENTS, ids=chunk))
        for row in found:
            row["stance"] = json.loads(row["stance"] or "[]")
        return sorted(found, key=lambda r: (r["document_id"], r["sent_start"], r["id"]))

    def document_count(self) -> int:
        return int(self.read(cypher.DOCUMENT_COUNT)[0]["n"])

    def narratives(
        self, *, min_documents: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[Row]:
        rows = self.read_limited(
            cypher_reads.NARRATIVES, limit, min_documents=max(1, min_documents), skip=max(0, offset)
        )
        self._narrative_details(rows)
        return rows

    def narrative(self, narrative_id: str) -> Row | None:
        found = follow_merges(narrative_id, self._narrative_row)
        if found is not None:
            self._narrative_details([found])
        return found

    def _narrative_row(self, narrative_id: str) -> Row | None:
        rows = self.read(cypher_reads.NARRATIVE, id=narrative_id)
        return rows[0] if rows else None

    def _narrative_details(self, rows: list[Row]) -> None:
        """Add each narrative's top entities and its documents per day."""
        entities: dict[str, list[Row]] = {}
        days: dict[str, dict[str, int]] = {}
        for chunk in chunked([r["id"] for r in rows], LOOKUP_CHUNK):
            for e in self.read(cypher_reads.NARRATIVE_ENTITIES, ids=chunk):
                listed = entities.setdefault(e.pop("narrative"), [])
                if len(listed) < NARRATIVE_ENTITIES:
                    listed.append(e)
            for d in self.read(cypher_reads.NARRATIVE_DAYS, ids=chunk):
                if d["day"]:
                    days.setdefault(d["narrative"], {})[d["day"]] = d["documents"]
        for row in rows:
            row["entities"] = entities.get(row["id"], [])
            row["per_day"] = days.get(row["id"], {})

    def mention_edges(self, documents: Sequence[str] | None = None) -> Iterator[Row]:
        if documents is None:
            yield from self.read(cypher_reads.MENTION_EDGES)
            return
        for chunk in chunked(sorted(set(documents)), LOOKUP_CHUNK):
            yield from self.read(cypher_reads.MENTION_EDGES_OF, ids=chunk)

    def source_edges(self) -> Iterator[Row]:
        rows = self.read(cypher_reads.SOURCE_DOCUMENT_EDGES)
        rows.extend(self.read(cypher_reads.SOURCE_CLAIM_EDGES))
        yield from sorted(rows, key=lambda r: (r["key"], r["document"], r["claim"] or ""))

    def claim_entity_edges(self) -> Iterator[Row]:
        yield from self.read(cypher_reads.CLAIM_ENTITY_EDGES)

    # -- records, store to store (see kg.store.records) ---------------------
    def dump_entities(self) -> Iterator[Row]:
        return Records(self).dump_entities()

    def dump_documents(self) -> Iterator[Row]:
        return Records(self).dump_documents()

    def dump_links(self) -> Iterator[Row]:
        return Records(self).dump_links()

    def load_entities(self, rows: Sequence[Row]) -> None:
        Records(self).load_entities(rows)

    def load_documents(self, bundles: Sequence[Row]) -> None:
        Records(self).load_documents(bundles)

    def load_links(self, rows: Sequence[Row]) -> None:
        Records(self).load_links(rows)

    def feed_status(self) -> dict[str, Row]:
        rows = [r["row"] for r in self.read(cypher_reads.FEED_STATUS)]
        return {r["url"]: {c: r.get(c) for c in FEED_STATUS_COLUMNS} for r in rows}

    def save_feed_status(self, row: Row) -> None:
        values = {c: row[c] for c in FEED_STATUS_COLUMNS if c in row}
        values.setdefault("failures", 0)
        self.driver.execute_query(cypher.FEED_STATUS_MERGE, row=values, database_=self.database)


def _claim_row(record: dict[str, Any]) -> Row:
    """A claim record as the flat row :meth:`SQLiteStore.claims` gives."""
    claim = record["claim"]
    row: Row = {column: claim.get(column) for column in CLAIM_COLUMNS}
    row["invalidated_at"] = claim.get("invalidated_at")
    row.pop("subject_entity_id", None)
    for key in (
        "subject_entity", "doc_url", "doc_title", "doc_outlet", "doc_published", "doc_origin",
        "doc_file", "doc_narrative",
    ):  # fmt: skip
        row[key] = record[key]
    return row


def _write_batch(
    tx: ManagedTransaction, batch: list[Extraction], now: str
) -> tuple[list[str], int]:
    """Store a batch; its statuses, and how many documents the store should hold after
    it if no other writer stores any meanwhile (what :meth:`Neo4jStore._repair` checks)."""
    before = int(tx.run(cypher.DOCUMENT_COUNT).single(strict=True)["n"])
    statuses = [store_document(tx, item, now) for item in batch]
    return statuses, before + statuses.count("added")


def _add_routes(tx: ManagedTransaction, routes: list[Route], now: str) -> None:
    RouteTables(tx).add(routes, now)


def _fingerprint_page(tx: ManagedTransaction, documents: list[tuple[str, str]]) -> None:
    tables = RouteTables(tx)
    for doc_id, text in documents:
        found = fingerprint(text or "")
        tables.save_fingerprint(doc_id, found, found.band_keys(), None)
