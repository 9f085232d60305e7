"""The server store: a Neo4j database (or any server speaking Bolt and Neo4j 5 Cypher).

Same interface and same answers as :class:`~kg.store.sqlite.SQLiteStore`; the
graph model and every statement are in :mod:`queries.cypher`. Writes run as
one explicit transaction per batch through the driver's managed transactions,
which retry transient errors (deadlocks, leader changes) with backoff. Values
are always parameters; labels and relationship types are fixed in the
statements.

Counters the commands list (an entity's mentions, documents and majority
type) are kept on the Entity node and updated in the write transaction, so
listing entities never scans mentions. Narratives are placed in the same
transaction, by the same decision (:func:`kg.narratives.decide`) on the same
inputs as in the SQLite store, so both stores group documents identically.

Connection settings: ``KG_NEO4J_USER`` (default ``neo4j``), ``KG_NEO4J_PASSWORD``
and ``KG_NEO4J_DATABASE`` (default ``neo4j``).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from neo4j import Driver, GraphDatabase, ManagedTransaction
from neo4j import exceptions as neo4j_errors

from extractors.catalog import entity_key
from extractors.records import Extraction
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
from kg.relations import AGREEMENTS, DISAGREEMENTS, origin, relation
from kg.store.base import Row, Store, chunked
from kg.store.rows import (
    CLAIM_COLUMNS,
    STATEMENT_COLUMNS,
    citation_row,
    claim_ids,
    claim_row,
    document_row,
    seen_day,
    statement_row,
)
from kg.store.sqlite import (
    COOCCURRENCE_SAMPLE,
    FEED_STATUS_COLUMNS,
    NARRATIVE_ENTITIES,
    TOPIC_CANDIDATES,
    TOPIC_SCAN,
    utc_now,
)
from queries import cypher

SCHEMA_VERSION = 1
#: Seconds to wait for a connection before saying the server cannot be reached.
CONNECT_TIMEOUT = 10.0
#: Ids per read of many documents or narratives at once.
_LOOKUP_CHUNK = 500


def link_type(kind: str) -> str:
    """Which edge type a claim relation is stored as (see :data:`queries.cypher.LINK_CREATE`)."""
    if kind in DISAGREEMENTS:
        return "disagree"
    if kind in AGREEMENTS:
        return "agree"
    return "trend"


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
                uri, auth=auth, connection_timeout=CONNECT_TIMEOUT, max_transaction_retry_time=30
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
    def _read_limited(
        self, statement: str, limit: int | None, **params: Any
    ) -> list[dict[str, Any]]:
        if limit:
            return self._read(cypher.limited(statement), limit=limit, **params)
        return self._read(statement, **params)

    def _read(self, statement: str, **params: Any) -> list[dict[str, Any]]:
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
                session.run(cypher.SCHEMA_VERSION_WRITE, version=SCHEMA_VERSION).consume()

    @property
    def schema_version(self) -> int:
        rows = self._read(cypher.SCHEMA_VERSION_READ)
        return int(rows[0]["version"]) if rows else 0

    def close(self) -> None:
        self.driver.close()

    def clear(self) -> None:
        """Delete the whole graph (tests, and ``kg migrate`` into a store said to be empty)."""
        self.driver.execute_query(cypher.DELETE_ALL, database_=self.database)

    # -- writes -----------------------------------------------------------
    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        rows = self._read(cypher.DOCUMENT_HASHES, ids=list(ids))
        return {row["id"]: row["text_hash"] for row in rows}

    def write(self, batch: Sequence[Extraction]) -> list[str]:
        with self.driver.session(database=self.database) as session:
            return session.execute_write(self._write_batch, list(batch), utc_now())

    def _write_batch(self, tx: ManagedTransaction, batch: list[Extraction], now: str) -> list[str]:
        statuses = []
        for item in batch:
            found = tx.run(cypher.DOCUMENT_STATE, id=item.id).single()
            if found is not None and found["text_hash"] == item.text_hash:
                statuses.append("unchanged")
                continue
            _DocumentWrite(tx, item, now, dict(found) if found is not None else None).run()
            statuses.append("added" if found is None else "updated")
        return statuses

    def rebuild_narratives(self) -> int:
        with self.driver.session(database=self.database) as session:
            return session.execute_write(_rebuild_narratives, utc_now())

    # -- reads ------------------------------------------------------------
    def stats(self) -> Row:
        documents = self._read(cypher.STATS)[0]
        entities = self._read(cypher.STATS_ENTITIES)[0]
        return {
            "documents": documents["documents"],
            "entities": entities["entities"],
            "mentions": entities["mentions"],
            "outlets": documents["outlets"],
            "published_from": documents["published_from"],
            "published_to": documents["published_to"],
            "dates_by_source": {r["source"]: r["n"] for r in self._read(cypher.STATS_DATE_SOURCES)},
            "entity_types": {r["type"]: r["n"] for r in self._read(cypher.STATS_ENTITY_TYPES)},
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
        yield from self._read_limited(
            cypher.DOCUMENTS,
            limit,
            narrative=narrative or None,
            outlet=outlet,
            entity=entity_key(entity) if entity else None,
            since=since,
            until=until,
        )

    def entities(
        self, *, type: str | None = None, min_mentions: int = 1, limit: int | None = None
    ) -> list[Row]:
        return self._read_limited(
            cypher.ENTITIES,
            limit,
            type=type.upper() if type else None,
            min_mentions=max(min_mentions, 1),
        )

    def find_entity(self, name: str) -> Row | None:
        rows = self._read(cypher.FIND_ENTITY, key=entity_key(name))
        if not rows or not rows[0]["mentions"]:
            return None
        return rows[0]

    def entity_documents(self, key: str, *, limit: int | None = None) -> list[Row]:
        return self._read_limited(cypher.ENTITY_DOCUMENTS, limit, key=key)

    def cooccurring(self, key: str, *, limit: int = 10) -> list[Row]:
        rows = self._read(cypher.COOCCURRING, key=key, limit=limit, sample=COOCCURRENCE_SAMPLE)
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
        statement = cypher.CLAIMS_LIMITED if limit else cypher.CLAIMS
        rows = self._read(
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
        rows = self._read(
            cypher.LINKED_CLAIM_IDS,
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
        return self._read(cypher.CLAIM_LINKS, ids=ids)

    def claims_by_id(self, claim_ids: Sequence[str]) -> list[Row]:
        return [_claim_row(r) for r in self._read(cypher.CLAIMS_BY_ID, ids=list(claim_ids))]

    def citations(self, document: str) -> list[Row]:
        return self._read(cypher.CITATIONS, id=document)

    def statements(self, documents: Sequence[str]) -> list[Row]:
        found = []
        for chunk in chunked(sorted(set(documents)), _LOOKUP_CHUNK):
            found.extend(self._read(cypher.STATEMENTS, ids=chunk))
        for row in found:
            row["stance"] = json.loads(row["stance"] or "[]")
        return sorted(found, key=lambda r: (r["document_id"], r["sent_start"], r["id"]))

    def document_count(self) -> int:
        return int(self._read(cypher.DOCUMENT_COUNT)[0]["n"])

    def narratives(
        self, *, min_documents: int = 1, limit: int | None = None, offset: int = 0
    ) -> list[Row]:
        rows = self._read_limited(
            cypher.NARRATIVES, limit, min_documents=max(1, min_documents), skip=max(0, offset)
        )
        self._narrative_details(rows)
        return rows

    def narrative(self, narrative_id: str) -> Row | None:
        current = narrative_id
        for _ in range(100):  # a merged narrative points to the one it joined
            rows = self._read(cypher.NARRATIVE, id=current)
            if not rows:
                return None
            row = rows[0]
            if row["merged_into"] is None:
                del row["merged_into"]
                self._narrative_details([row])
                return row
            current = row["merged_into"]
        return None

    def _narrative_details(self, rows: list[Row]) -> None:
        """Add each narrative's top entities and its documents per day."""
        entities: dict[str, list[Row]] = {}
        days: dict[str, dict[str, int]] = {}
        for chunk in chunked([r["id"] for r in rows], _LOOKUP_CHUNK):
            for e in self._read(cypher.NARRATIVE_ENTITIES, ids=chunk):
                listed = entities.setdefault(e.pop("narrative"), [])
                if len(listed) < NARRATIVE_ENTITIES:
                    listed.append(e)
            for d in self._read(cypher.NARRATIVE_DAYS, ids=chunk):
                if d["day"]:
                    days.setdefault(d["narrative"], {})[d["day"]] = d["documents"]
        for row in rows:
            row["entities"] = entities.get(row["id"], [])
            row["per_day"] = days.get(row["id"], {})

    def mention_edges(self, documents: Sequence[str] | None = None) -> Iterator[Row]:
        if documents is None:
            yield from self._read(cypher.MENTION_EDGES)
            return
        for chunk in chunked(sorted(set(documents)), _LOOKUP_CHUNK):
            yield from self._read(cypher.MENTION_EDGES_OF, ids=chunk)

    def claim_entity_edges(self) -> Iterator[Row]:
        yield from self._read(cypher.CLAIM_ENTITY_EDGES)

    # -- records, store to store (see kg.store.records) ---------------------
    def dump_entities(self) -> Iterator[Row]:
        return _Records(self).dump_entities()

    def dump_documents(self) -> Iterator[Row]:
        return _Records(self).dump_documents()

    def dump_links(self) -> Iterator[Row]:
        return _Records(self).dump_links()

    def load_entities(self, rows: Sequence[Row]) -> None:
        _Records(self).load_entities(rows)

    def load_documents(self, bundles: Sequence[Row]) -> None:
        _Records(self).load_documents(bundles)

    def load_links(self, rows: Sequence[Row]) -> None:
        _Records(self).load_links(rows)

    def feed_status(self) -> dict[str, Row]:
        rows = [r["row"] for r in self._read(cypher.FEED_STATUS)]
        return {r["url"]: {c: r.get(c) for c in FEED_STATUS_COLUMNS} for r in rows}

    def save_feed_status(self, row: Row) -> None:
        values = {c: row[c] for c in FEED_STATUS_COLUMNS if c in row}
        values.setdefault("failures", 0)
        self.driver.execute_query(cypher.FEED_STATUS_MERGE, row=values, database_=self.database)


class _Records:
    """Dump and load of store-neutral records (:mod:`kg.store.records`) for the Neo4j store."""

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store

    def dump_entities(self) -> Iterator[Row]:
        for row in self.store._read(cypher.DUMP_ENTITIES):
            pairs = sorted(zip(row["alias_keys"], row["aliases"], strict=True))
            yield {"key": row["key"], "name": row["name"], "aliases": [list(p) for p in pairs]}

    def dump_documents(self) -> Iterator[Row]:
        for found in self.store._read(cypher.DUMP_DOCUMENT_IDS):
            yield self._bundle(found["id"])

    def _bundle(self, doc_id: str) -> Row:
        read = self.store._read
        document = read(cypher.DUMP_DOCUMENT, id=doc_id)[0]["document"]
        mentions = []
        for edge in read(cypher.DUMP_MENTIONS, id=doc_id):
            spans = edge["edge"]
            for values in zip(*(spans[f] for f in _MENTION_FIELDS), strict=True):
                mention = dict(zip(_MENTION_KEYS, values, strict=True))
                mentions.append({**mention, "entity": edge["entity"]})
        claims = []
        for record in read(cypher.DUMP_CLAIMS, id=doc_id):
            claim = {c: record["claim"].get(c) for c in CLAIM_COLUMNS if c != "subject_entity_id"}
            claim["invalidated_at"] = record["claim"].get("invalidated_at")
            claims.append({**claim, "subject_entity": record["subject_entity"]})
        citations = []
        for record in read(cypher.DUMP_CITATIONS, id=doc_id):
            citation = dict(record["citation"])
            citation.pop("id", None)
            citation.pop("seq", None)
            citations.append(citation)
        statements = []
        for record in read(cypher.DUMP_STATEMENTS, id=doc_id):
            node = record["statement"]
            statement = {c: node.get(c) for c in STATEMENT_COLUMNS if c != "speaker_entity_id"}
            statement["invalidated_at"] = node.get("invalidated_at")
            statements.append({**statement, "speaker_entity": record["speaker_entity"]})
        return {
            "document": document,
            "mentions": sorted(mentions, key=lambda m: m["start"]),
            "claims": claims,
            "about": read(cypher.DUMP_ABOUT, id=doc_id),
            "citations": citations,
            "statements": statements,
        }

    def dump_links(self) -> Iterator[Row]:
        yield from self.store._read(cypher.DUMP_LINKS)

    def load_entities(self, rows: Sequence[Row]) -> None:
        entities = [{**_EMPTY_ENTITY, "key": r["key"], "name": r["name"]} for r in rows]
        aliases = [
            {"key": alias_key, "entity": r["key"], "alias": alias}
            for r in rows
            for alias_key, alias in r["aliases"]
        ]

        def load(tx: ManagedTransaction) -> None:
            tx.run(cypher.ENTITIES_LOAD, rows=entities).consume()
            if aliases:
                tx.run(cypher.ALIASES_MERGE, rows=aliases).consume()

        with self.store.driver.session(database=self.store.database) as session:
            session.execute_write(load)

    def load_documents(self, bundles: Sequence[Row]) -> None:
        with self.store.driver.session(database=self.store.database) as session:
            session.execute_write(self._load_bundles, list(bundles))

    def _load_bundles(self, tx: ManagedTransaction, bundles: list[Row]) -> None:
        now = utc_now()
        for bundle in bundles:
            doc_id = bundle["document"]["id"]
            # its narrative is joined below, once its mentions are in (as SQLite does)
            document = {**bundle["document"], "narrative_id": None}
            tx.run(cypher.DOCUMENT_LOAD, row=document).consume()
            edges: dict[str, dict[str, list[Any]]] = {}
            for m in bundle["mentions"]:
                edge = edges.setdefault(m["entity"], {f: [] for f in _MENTION_FIELDS})
                for field, key in zip(_MENTION_FIELDS, _MENTION_KEYS, strict=True):
                    edge[field].append(m[key])
            keys = sorted(edges)
            current = {r["key"]: dict(r) for r in tx.run(cypher.ENTITIES_BY_KEY, keys=keys)}
            counters = [
                _DocumentWrite._entity_row(k, current.get(k), None, edges, {}) for k in keys
            ]
            tx.run(cypher.ENTITIES_MERGE, rows=counters).consume()
            rows = [{"key": k, "n": len(e["starts"]), **e} for k, e in sorted(edges.items())]
            tx.run(cypher.MENTIONS_CREATE, id=doc_id, rows=rows).consume()
            claims, about = [], list(bundle["about"])
            for claim in bundle["claims"]:
                row = {k: v for k, v in claim.items() if k != "subject_entity"}
                claims.append(row)
                if claim.get("subject_entity"):
                    about.append(
                        {"claim": claim["id"], "entity": claim["subject_entity"], "role": "subject"}
                    )
            tx.run(cypher.CLAIMS_LOAD, id=doc_id, rows=claims).consume()
            if about:
                tx.run(cypher.CLAIM_ABOUT_MERGE, rows=about).consume()
            citations = [
                {**c, "id": _citation_id(doc_id, c["text_hash"], c["recorded_at"], seq), "seq": seq}
                for seq, c in enumerate(bundle["citations"])
            ]
            if citations:
                tx.run(cypher.CITATIONS_CREATE, id=doc_id, rows=citations).consume()
            statements: dict[str, Row] = {}
            for statement in bundle.get("statements", []):
                statements.setdefault(statement["id"], statement)
            _write_statements(tx, doc_id, list(statements.values()), cypher.STATEMENTS_LOAD)
            if bundle["document"].get("narrative_id"):
                _Narratives(tx, now).join(doc_id, bundle["document"]["narrative_id"], set(keys))

    def load_links(self, rows: Sequence[Row]) -> None:
        links = {(r["claim_a"], r["claim_b"]): r["relation"] for r in rows}
        with self.store.driver.session(database=self.store.database) as session:
            session.execute_write(_write_links, links)


def _citation_id(document: str, text_hash: str, recorded_at: str, seq: int) -> str:
    """Unique per document version and write (citations have no natural key)."""
    return f"{document}:{text_hash[:16]}:{recorded_at}:{seq}"


_MENTION_KEYS = ("start", "end", "label", "text", "sent_start", "sent_end")
_EMPTY_ENTITY = {"type": "", "label_counts": "{}", "mention_count": 0, "document_count": 0}


def _claim_row(record: dict[str, Any]) -> Row:
    """A claim record as the flat row :meth:`SQLiteStore.claims` gives."""
    claim = record["claim"]
    row: Row = {column: claim.get(column) for column in CLAIM_COLUMNS}
    row["invalidated_at"] = claim.get("invalidated_at")
    row.pop("subject_entity_id", None)
    for key in ("subject_entity", "doc_url", "doc_title", "doc_outlet", "doc_published"):
        row[key] = record[key]
    return row


class _DocumentWrite:
    """Everything one document adds to the graph, inside the batch's transaction."""

    def __init__(
        self, tx: ManagedTransaction, item: Extraction, now: str, stored: Row | None = None
    ) -> None:
        self.tx, self.item, self.now = tx, item, now
        self.stored = stored  # the document as stored (DOCUMENT_STATE), None when new

    def run(self) -> None:
        # A changed article keeps its id, first-seen time and narrative; its derived
        # records are replaced, never duplicated.
        removed = self._remove_mentions()
        row = document_row(self.item, self.now)
        fetched_at = self.stored["fetched_at"] if self.stored else None
        row["seen"] = seen_day(self.item.source.published, fetched_at or self.now)
        self.tx.run(cypher.DOCUMENT_MERGE, row=row).consume()
        written = self._write_entities(removed)
        self._write_claims()
        self._write_statements()
        narratives = _Narratives(self.tx, self.now)
        current = self.stored["narrative_id"] if self.stored else None
        if current is None:
            narratives.place(self.item.id)
        else:  # it stays in its narrative, with its share of the profile brought up to date
            narratives.count_entities(current, set(removed) - written, -1)
            narratives.count_entities(current, written - set(removed), +1)
            narratives.refresh_seen(current)

    # -- entities ---------------------------------------------------------
    def _remove_mentions(self) -> dict[str, list[str]]:
        """Drop the document's old MENTIONS edges; their labels, by entity key."""
        removed = {
            r["key"]: list(r["labels"] or [])
            for r in self.tx.run(cypher.DOCUMENT_MENTIONS, id=self.item.id)
        }
        if removed:
            self.tx.run(cypher.DOCUMENT_MENTIONS_DELETE, id=self.item.id).consume()
        return removed

    def _write_entities(self, removed: dict[str, list[str]]) -> set[str]:
        """Write the document's entities and MENTIONS edges; the keys it mentions."""
        item = self.item
        edges: dict[str, dict[str, list[Any]]] = {}
        names: dict[str, tuple[str, bool]] = {}
        seen_starts: set[int] = set()
        for m in item.mentions:
            if m.start in seen_starts:
                continue  # one mention per start, as the SQLite store keeps
            seen_starts.add(m.start)
            key = entity_key(m.name)
            _choose_name(names, key, m.name, m.name in item.canonical)
            edge = edges.setdefault(key, {f: [] for f in _MENTION_FIELDS})
            for field, value in zip(
                _MENTION_FIELDS,
                (m.start, m.end, m.label, m.text, m.sent_start, m.sent_end),
                strict=True,
            ):
                edge[field].append(value)
        for name in item.aliases:
            _choose_name(names, entity_key(name), name, False)
        for claim in item.claims:
            if claim.subject_entity:
                _choose_name(names, entity_key(claim.subject_entity), claim.subject_entity, False)
        keys = sorted(set(names) | set(removed))
        current = {r["key"]: dict(r) for r in self.tx.run(cypher.ENTITIES_BY_KEY, keys=keys)}
        rows = [self._entity_row(k, current.get(k), names.get(k), edges, removed) for k in keys]
        self.tx.run(cypher.ENTITIES_MERGE, rows=rows).consume()
        mention_rows = [{"key": k, "n": len(e["starts"]), **e} for k, e in sorted(edges.items())]
        self.tx.run(cypher.MENTIONS_CREATE, id=item.id, rows=mention_rows).consume()
        aliases = [
            {"key": entity_key(alias), "entity": entity_key(name), "alias": alias}
            for name, spellings in item.aliases.items()
            for alias in spellings
            if entity_key(alias) != entity_key(name)
        ]
        if aliases:
            self.tx.run(cypher.ALIASES_MERGE, rows=aliases).consume()
        return set(edges)

    @staticmethod
    def _entity_row(
        key: str,
        current: dict[str, Any] | None,
        named: tuple[str, bool] | None,
        edges: dict[str, dict[str, list[Any]]],
        removed: dict[str, list[str]],
    ) -> dict[str, Any]:
        labels = Counter(json.loads(current["label_counts"] or "{}") if current else {})
        labels.subtract(removed.get(key, []))
        labels.update(edges[key]["labels"] if key in edges else [])
        labels = Counter({label: n for label, n in labels.items() if n > 0})
        mentions = (current["mention_count"] if current else 0) - len(removed.get(key, []))
        documents = (current["document_count"] if current else 0) - (key in removed)
        name = current["name"] if current else None
        if named is not None:
            spelling, authoritative = named
            if name is None or authoritative or (name.islower() and not spelling.islower()):
                name = spelling
        return {
            "key": key,
            "name": name,
            # the majority label, ties to the first in alphabetical order (as in SQLite)
            "type": min(labels, key=lambda label: (-labels[label], label)) if labels else "",
            "label_counts": json.dumps(dict(sorted(labels.items()))),
            "mention_count": mentions + len(edges[key]["starts"]) if key in edges else mentions,
            "document_count": documents + (key in edges),
        }

    # -- claims, citations and links ----------------------------------------
    def _write_claims(self) -> None:
        item, tx = self.item, self.tx
        invalidate = (
            cypher.CLAIMS_INVALIDATE,
            cypher.CITATIONS_INVALIDATE,
            cypher.STATEMENTS_INVALIDATE,
        )
        for statement in invalidate:
            tx.run(statement, id=item.id, text_hash=item.text_hash, now=self.now).consume()
        ids = claim_ids(item)
        rows = [claim_row(item, claim, ids[i], self.now) for i, claim in enumerate(item.claims)]
        about = []
        for row in rows:
            name = row.pop("subject_entity")
            row.pop("subject_entity_id", None)
            if name:
                about.append({"claim": row["id"], "entity": entity_key(name), "role": "subject"})
            for field in ("value", "low", "high"):
                if row[field] is not None:
                    row[field] = float(row[field])  # as SQLite's REAL gives them back
        tx.run(cypher.CLAIMS_MERGE, id=item.id, rows=rows).consume()
        about.extend(
            {"claim": ids[i], "entity": entity_key(m.name), "role": "mentions"}
            for i, claim in enumerate(item.claims)
            for m in item.mentions
            if claim.sent_start <= m.start and m.end <= claim.sent_end
        )
        if about:
            unique = {(a["claim"], a["entity"], a["role"]): a for a in about}
            tx.run(cypher.CLAIM_ABOUT_MERGE, rows=list(unique.values())).consume()
        citations = [
            {
                **citation_row(item, c, ids, self.now),
                "id": _citation_id(item.id, item.text_hash, self.now, i),
                "seq": i,
            }
            for i, c in enumerate(item.citations)
        ]
        if citations:
            tx.run(cypher.CITATIONS_CREATE, id=item.id, rows=citations).consume()
        for row in rows:
            row["doc_outlet"], row["published"] = item.source.outlet, item.source.published
        self._link([r for r in rows if r["topic_key"]])

    def _write_statements(self) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for statement in self.item.statements:
            row = statement_row(self.item, statement, self.now)
            rows.setdefault(row["id"], row)  # the first of a repeated id stays, as in SQLite
        _write_statements(self.tx, self.item.id, list(rows.values()), cypher.STATEMENTS_MERGE)

    def _link(self, rows: list[dict[str, Any]]) -> None:
        """Relate each new figure to the stored ones on its topic (indexed and bounded)."""
        links: dict[tuple[str, str], str] = {}
        for row in rows:
            new = {**row, "origin": origin(row)}
            candidates = self.tx.run(
                cypher.TOPIC_CANDIDATES,
                key=row["topic_key"],
                id=row["id"],
                doc=row["document_id"],
                scan=TOPIC_SCAN,
                limit=TOPIC_CANDIDATES,
            )
            for record in list(candidates):
                other = dict(record)
                other["origin"] = origin(other)
                kind = relation(new, other)
                if kind:
                    a, b = sorted((str(row["id"]), str(other["id"])))
                    links[(a, b)] = kind  # the latest reading of a pair wins
        _write_links(self.tx, links)


def _write_links(tx: ManagedTransaction, links: dict[tuple[str, str], str]) -> None:
    """Store claim links, replacing any earlier relation of the same pair."""
    rows = [{"a": a, "b": b, "relation": kind} for (a, b), kind in links.items()]
    if not rows:
        return
    tx.run(cypher.LINKS_DELETE, rows=rows).consume()
    by_type: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        by_type.setdefault(link_type(row["relation"]), []).append(row)
    for edge, rows_of_type in by_type.items():
        tx.run(cypher.LINK_CREATE[edge], rows=rows_of_type).consume()


def _write_statements(
    tx: ManagedTransaction, doc_id: str, rows: list[dict[str, Any]], statement: str
) -> None:
    """Store statement rows (``speaker_entity`` an entity key or None) and who speaks."""
    if not rows:
        return
    speakers = []
    nodes = []
    for row in rows:
        node = dict(row)
        key = node.pop("speaker_entity", None)
        node.pop("speaker_entity_id", None)
        if key:
            speakers.append({**_EMPTY_ENTITY, "statement": node["id"], "entity": key})
        nodes.append(node)
    tx.run(statement, id=doc_id, rows=nodes).consume()
    if speakers:
        tx.run(cypher.STATEMENT_SPEAKERS_MERGE, rows=speakers).consume()


class _Narratives:
    """Narrative placement (:mod:`kg.narratives`) inside a write transaction, step for
    step as :class:`~kg.store.sqlite.SQLiteStore` does it."""

    def __init__(self, tx: ManagedTransaction, now: str) -> None:
        self.tx, self.now = tx, now

    def place(self, document_id: str) -> None:
        """Put a document that is in no narrative into one (joined, merged or new)."""
        tx = self.tx
        found = [dict(r) for r in tx.run(cypher.DOCUMENT_ENTITY_COUNTS, id=document_id)]
        seen = found[0]["seen"] if found else None
        rows = [r for r in found if r["key"] is not None]
        total = int(tx.run(cypher.DOCUMENT_COUNT).single(strict=True)["n"])
        document_counts = {r["key"]: r["document_count"] for r in rows}
        weights = document_weights({r["key"]: r["n"] for r in rows}, document_counts, total)
        candidates = self.candidates(list(weights), seen)
        decision = decide(weights, seen, candidates, generic_entities(document_counts, total))
        target = decision.join or narrative_id(document_id)
        for other in decision.merge:
            self.merge(other, target)
        self.join(document_id, target, {r["key"] for r in rows})

    def candidates(self, salient: list[str], seen: str | None) -> list[Candidate]:
        """Live narratives holding any of the salient entities, seen in the window before
        the document (the largest per entity)."""
        if not salient:
            return []
        found = {
            r["id"]
            for r in self.tx.run(
                cypher.ENTITY_NARRATIVES,
                keys=salient,
                since=window_start(seen) or "",
                limit=CANDIDATES_PER_ENTITY,
            )
        }
        if not found:
            return []
        counts: dict[str, dict[str, int]] = {}
        candidates: list[Candidate] = []
        for chunk in chunked(sorted(found), _LOOKUP_CHUNK):
            for r in self.tx.run(cypher.NARRATIVE_ENTITY_COUNTS, ids=chunk, keys=salient):
                counts.setdefault(r["narrative"], {})[r["entity"]] = r["documents"]
            candidates.extend(
                Candidate.from_row(r, counts)
                for r in self.tx.run(cypher.NARRATIVES_LIVE, ids=chunk)
            )
        return sorted(candidates, key=lambda c: c.id)

    def join(self, document_id: str, target: str, entities: set[str]) -> None:
        tx = self.tx
        tx.run(cypher.NARRATIVE_MERGE, id=target, now=self.now).consume()
        tx.run(cypher.DOCUMENT_NARRATIVE_DELETE, id=document_id).consume()
        tx.run(cypher.DOCUMENT_NARRATIVE_JOIN, id=document_id, narrative=target).consume()
        self.count_entities(target, entities, +1)
        self.refresh_seen(target)

    def count_entities(self, narrative: str, entities: set[str], step: int) -> None:
        if not entities:
            return
        self.tx.run(
            cypher.NARRATIVE_ENTITIES_COUNT, id=narrative, keys=sorted(entities), step=step
        ).consume()
        if step < 0:
            self.tx.run(cypher.NARRATIVE_ENTITIES_PRUNE, id=narrative).consume()

    def refresh_seen(self, narrative: str) -> None:
        self.tx.run(cypher.NARRATIVE_SEEN_REFRESH, id=narrative).consume()

    def merge(self, source: str, target: str) -> None:
        """Move every document and profile count of ``source`` into ``target``; the old id
        stays as a pointer, so it still finds the story."""
        tx = self.tx
        tx.run(cypher.NARRATIVE_DOCUMENTS_MOVE, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_ENTITIES_MOVE, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_ENTITIES_DELETE, id=source).consume()
        tx.run(cypher.NARRATIVE_DOCUMENTS_ADD, source=source, target=target).consume()
        tx.run(cypher.NARRATIVE_MARK_MERGED, source=source, target=target).consume()
        self.refresh_seen(target)


def _rebuild_narratives(tx: ManagedTransaction, now: str) -> int:
    """Place every document again, in the order seen, from no narratives."""
    tx.run(cypher.NARRATIVES_DELETE).consume()
    tx.run(cypher.DOCUMENT_NARRATIVES_CLEAR).consume()
    ids = [r["id"] for r in tx.run(cypher.DOCUMENTS_BY_SEEN)]
    narratives = _Narratives(tx, now)
    for document_id in ids:
        narratives.place(document_id)
    return len(ids)


_MENTION_FIELDS = ("starts", "ends", "labels", "texts", "sent_starts", "sent_ends")


def _choose_name(
    names: dict[str, tuple[str, bool]], key: str, spelling: str, authoritative: bool
) -> None:
    """The display name a document proposes for an entity, by the SQLite store's rule:
    a catalog name wins; otherwise the first spelling stays, unless it was all lower
    case ("openrouter") and this one is not."""
    if key not in names or authoritative:
        names[key] = (spelling, authoritative or (key in names and names[key][1]))
        return
    held, held_authoritative = names[key]
    if held.islower() and not spelling.islower():
        names[key] = (spelling, held_authoritative)


__all__ = ["Neo4jStore", "link_type"]
