"""Store-neutral records in and out of a Neo4j store (``kg migrate``; see
:mod:`kg.store.records`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from neo4j import ManagedTransaction

from extractors.copies import Fingerprint
from kg.clock import utc_now
from kg.placement import join
from kg.store.base import Row
from kg.store.identity import Route
from kg.store.neo4j import cypher, cypher_reads
from kg.store.neo4j.narratives import NarrativeTables
from kg.store.neo4j.routes import RouteTables, route_rows
from kg.store.neo4j.writes import (
    EMPTY_ENTITY,
    MENTION_FIELDS,
    MENTION_KEYS,
    citation_id,
    entity_counters,
    write_links,
    write_sources,
    write_statements,
)
from kg.store.rows import CLAIM_COLUMNS, STATEMENT_COLUMNS

if TYPE_CHECKING:
    from kg.store.neo4j.store import Neo4jStore

__all__ = ["Records"]


class Records:
    """Dump and load of store-neutral records (:mod:`kg.store.records`) for the Neo4j store."""

    def __init__(self, store: Neo4jStore) -> None:
        self.store = store

    def dump_entities(self) -> Iterator[Row]:
        for row in self.store.read(cypher_reads.DUMP_ENTITIES):
            pairs = sorted(zip(row["alias_keys"], row["aliases"], strict=True))
            yield {"key": row["key"], "name": row["name"], "aliases": [list(p) for p in pairs]}

    def dump_documents(self) -> Iterator[Row]:
        for found in self.store.read(cypher_reads.DUMP_DOCUMENT_IDS):
            yield self._bundle(found["id"])

    def _bundle(self, doc_id: str) -> Row:
        read = self.store.read
        document = read(cypher_reads.DUMP_DOCUMENT, id=doc_id)[0]["document"]
        mentions = []
        for edge in read(cypher_reads.DUMP_MENTIONS, id=doc_id):
            spans = edge["edge"]
            for values in zip(*(spans[f] for f in MENTION_FIELDS), strict=True):
                mention = dict(zip(MENTION_KEYS, values, strict=True))
                mentions.append({**mention, "entity": edge["entity"]})
        claims = []
        for record in read(cypher_reads.DUMP_CLAIMS, id=doc_id):
            claim = {c: record["claim"].get(c) for c in CLAIM_COLUMNS if c != "subject_entity_id"}
            claim["invalidated_at"] = record["claim"].get("invalidated_at")
            claims.append({**claim, "subject_entity": record["subject_entity"]})
        citations = []
        for record in read(cypher_reads.DUMP_CITATIONS, id=doc_id):
            citation = dict(record["citation"])
            citation.pop("id", None)
            citation.pop("seq", None)
            citations.append(citation)
        statements = []
        for record in read(cypher_reads.DUMP_STATEMENTS, id=doc_id):
            node = record["statement"]
            statement = {c: node.get(c) for c in STATEMENT_COLUMNS if c != "speaker_entity_id"}
            statement["invalidated_at"] = node.get("invalidated_at")
            statements.append({**statement, "speaker_entity": record["speaker_entity"]})
        return {
            "document": document,
            "mentions": sorted(mentions, key=lambda m: m["start"]),
            "claims": claims,
            "about": read(cypher_reads.DUMP_ABOUT, id=doc_id),
            "citations": citations,
            "statements": statements,
            "routes": read(cypher_reads.DUMP_ROUTES, id=doc_id),
        }

    def dump_links(self) -> Iterator[Row]:
        yield from self.store.read(cypher_reads.DUMP_LINKS)

    def load_entities(self, rows: Sequence[Row]) -> None:
        entities = [{**EMPTY_ENTITY, "key": r["key"], "name": r["name"]} for r in rows]
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
                edge = edges.setdefault(m["entity"], {f: [] for f in MENTION_FIELDS})
                for field, key in zip(MENTION_FIELDS, MENTION_KEYS, strict=True):
                    edge[field].append(m[key])
            keys = sorted(edges)
            current = {r["key"]: dict(r) for r in tx.run(cypher.ENTITIES_BY_KEY, keys=keys)}
            counters = [entity_counters(k, current.get(k), None, edges, {}) for k in keys]
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
                {**c, "id": citation_id(doc_id, c["text_hash"], c["recorded_at"], seq), "seq": seq}
                for seq, c in enumerate(bundle["citations"])
            ]
            if citations:
                tx.run(cypher.CITATIONS_CREATE, id=doc_id, rows=citations).consume()
            write_sources(tx, doc_id, citations)  # sources derive from citations
            statements: dict[str, Row] = {}
            for statement in bundle.get("statements", []):
                statements.setdefault(statement["id"], statement)
            write_statements(tx, doc_id, list(statements.values()), cypher.STATEMENTS_LOAD)
            _load_routes(tx, bundle)
            if bundle["document"].get("narrative_id"):
                join(NarrativeTables(tx, now), doc_id, bundle["document"]["narrative_id"], keys)

    def load_links(self, rows: Sequence[Row]) -> None:
        links = {(r["claim_a"], r["claim_b"]): r["relation"] for r in rows}
        with self.store.driver.session(database=self.store.database) as session:
            session.execute_write(write_links, links)


def _load_routes(tx: ManagedTransaction, bundle: Row) -> None:
    """A loaded document's routes (first-seen times kept) and its copy band keys (from
    its dumped signature)."""
    doc = bundle["document"]
    rows = [
        row
        for r in bundle.get("routes", [])
        for row in route_rows([Route(doc["id"], r["key"], r["origin"])], r["first_seen"])
    ]
    if rows:
        tx.run(cypher.ROUTES_LOAD, rows=rows).consume()
    if doc.get("signature") and doc.get("shingles") is not None:
        found = Fingerprint.from_bytes(bytes.fromhex(doc["signature"]), int(doc["shingles"]))
        RouteTables(tx).save_fingerprint(doc["id"], found, found.band_keys(), doc.get("copy_of"))
