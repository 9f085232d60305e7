"""Writing one document's records into a Neo4j store, inside the batch's transaction.

A changed article keeps its id, first-seen time and narrative; its MENTIONS
edges are replaced and its claims, citations and statements of the earlier
text invalidated, never duplicated. Entity counters (mentions, documents,
majority type) are kept on the Entity node here, so listing entities never
scans mentions. Claim links and narrative placement are the shared rules of
:mod:`kg.linking` and :mod:`kg.placement`, run on :class:`ClaimLinkTables`
and :class:`~kg.store.neo4j.narratives.NarrativeTables`.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from neo4j import ManagedTransaction

from extractors.catalog import entity_key
from extractors.records import Extraction
from kg.entity_variants import resolve_variants
from kg.linking import link_claims
from kg.naming import display_name
from kg.placement import Share, rebuild, repair, settle
from kg.store.base import Row
from kg.store.identity import copy_root, identifying, route_of
from kg.store.neo4j import cypher
from kg.store.neo4j.narratives import NarrativeTables
from kg.store.neo4j.routes import RouteTables
from kg.store.rows import (
    citation_row,
    cited_sources,
    claim_ids,
    claim_row,
    document_row,
    seen_day,
    statement_row,
)
from kg.vocabulary import AGREEMENTS, DISAGREEMENTS, Relation

__all__ = [
    "EMPTY_ENTITY",
    "MENTION_FIELDS",
    "MENTION_KEYS",
    "ClaimLinkTables",
    "DocumentWrite",
    "citation_id",
    "entity_counters",
    "link_type",
    "rebuild_narratives",
    "repair_narratives",
    "store_document",
    "write_links",
    "write_sources",
    "write_statements",
]

#: The lists a MENTIONS edge holds, one value per mention ...
MENTION_FIELDS = ("starts", "ends", "labels", "texts", "sent_starts", "sent_ends")
#: ... and the fields of a dumped mention they come from.
MENTION_KEYS = ("start", "end", "label", "text", "sent_start", "sent_end")
#: The counters of an entity created before any of its mentions are counted.
EMPTY_ENTITY = {"type": "", "label_counts": "{}", "mention_count": 0, "document_count": 0}


def link_type(kind: str) -> str:
    """Which edge type a claim relation is stored as (see :data:`cypher.LINK_CREATE`).

    >>> link_type("contradiction"), link_type("compatible"), link_type("different_time")
    ('disagree', 'agree', 'trend')
    """
    if kind in DISAGREEMENTS:
        return "disagree"
    if kind in AGREEMENTS:
        return "agree"
    return "trend"


def store_document(tx: ManagedTransaction, item: Extraction, now: str) -> str:
    """Decide and write one document: "added", "updated", or "unchanged" when its text
    is stored already, under its key or (arriving by another route) another; the
    route it came by is recorded either way."""
    routes = RouteTables(tx)
    found = tx.run(cypher.DOCUMENT_STATE, id=item.id).single()
    if found is not None and found["text_hash"] == item.text_hash:
        routes.add([route_of(item)], now)
        return "unchanged"
    if found is None and identifying(item.source.text):
        other = routes.same_text(item.text_hash, item.id)
        if other is not None:
            routes.add([route_of(item, other)], now)
            return "unchanged"
    item = resolve_variants(item, EntityLookups(tx))  # "Sony" is the stored "Sony Corp"
    DocumentWrite(tx, item, now, dict(found) if found is not None else None).run()
    routes.add([route_of(item)], now)
    return "added" if found is None else "updated"


class EntityLookups:
    """The reads of :class:`kg.entity_variants.EntityLookups` on one transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def entity_types(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        rows = self.tx.run(cypher.ENTITY_TYPES, keys=list(keys))
        return {r["key"]: (r["name"], r["type"] or "") for r in rows}

    def alias_owners(self, keys: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        found: dict[str, list[tuple[str, str]]] = {}
        for r in self.tx.run(cypher.ALIAS_OWNERS, keys=list(keys)):
            found.setdefault(r["key"], []).append((r["name"], r["type"] or ""))
        return found


class DocumentWrite:
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
        self._write_entities(removed)
        root = copy_root(RouteTables(self.tx), self.item)
        self._write_claims(self._outlet(root))
        self._write_statements()
        current = self.stored["narrative_id"] if self.stored else None
        before = Share(current, frozenset(removed)) if current else Share()
        settle(NarrativeTables(self.tx, self.now), self.item.id, before)

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

    def _write_entities(self, removed: dict[str, list[str]]) -> None:
        """Write the document's entities (names and counters) and MENTIONS edges."""
        item = self.item
        edges: dict[str, dict[str, list[Any]]] = {}
        names: dict[str, tuple[str, bool]] = {}
        seen_starts: set[int] = set()
        for m in item.mentions:
            if m.start in seen_starts:
                continue  # one mention per start, as the SQLite store keeps
            seen_starts.add(m.start)
            key = entity_key(m.name)
            _propose_name(names, key, m.name, m.name in item.canonical)
            edge = edges.setdefault(key, {f: [] for f in MENTION_FIELDS})
            for field, value in zip(
                MENTION_FIELDS,
                (m.start, m.end, m.label, m.text, m.sent_start, m.sent_end),
                strict=True,
            ):
                edge[field].append(value)
        for name in item.aliases:
            _propose_name(names, entity_key(name), name, False)
        for claim in item.claims:
            if claim.subject_entity:
                _propose_name(names, entity_key(claim.subject_entity), claim.subject_entity, False)
        keys = sorted(set(names) | set(removed))
        current = {r["key"]: dict(r) for r in self.tx.run(cypher.ENTITIES_BY_KEY, keys=keys)}
        rows = [entity_counters(k, current.get(k), names.get(k), edges, removed) for k in keys]
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

    # -- claims, citations and links ----------------------------------------
    def _outlet(self, root: str | None) -> str | None:
        """Who a figure of the item comes from when it cites no one: the outlet of the
        first of its copies (a wire story run by three outlets is one origin)."""
        outlet = RouteTables(self.tx).outlet(root) if root is not None else None
        return outlet or self.item.source.outlet

    def _write_claims(self, outlet: str | None) -> None:
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
                "id": citation_id(item.id, item.text_hash, self.now, i),
                "seq": i,
            }
            for i, c in enumerate(item.citations)
        ]
        if citations:
            tx.run(cypher.CITATIONS_CREATE, id=item.id, rows=citations).consume()
        write_sources(tx, item.id, citations)
        link_claims(ClaimLinkTables(tx), rows, outlet=outlet, published=item.source.published)

    def _write_statements(self) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for statement in self.item.statements:
            row = statement_row(self.item, statement, self.now)
            rows.setdefault(row["id"], row)  # the first of a repeated id stays, as in SQLite
        write_statements(self.tx, self.item.id, list(rows.values()), cypher.STATEMENTS_MERGE)


def entity_counters(
    key: str,
    current: dict[str, Any] | None,
    named: tuple[str, bool] | None,
    edges: dict[str, dict[str, list[Any]]],
    removed: dict[str, list[str]],
) -> dict[str, Any]:
    """An entity's node values once a document's mentions are counted in (``removed``:
    the labels of the mentions its earlier text had; ``named``: the spelling the
    document proposes and whether it is the catalog's)."""
    labels = Counter(json.loads(current["label_counts"] or "{}") if current else {})
    labels.subtract(removed.get(key, []))
    labels.update(edges[key]["labels"] if key in edges else [])
    labels = Counter({label: n for label, n in labels.items() if n > 0})
    mentions = (current["mention_count"] if current else 0) - len(removed.get(key, []))
    documents = (current["document_count"] if current else 0) - (key in removed)
    name = current["name"] if current else None
    if named is not None:
        name = display_name(name, *named)
    return {
        "key": key,
        "name": name,
        # the majority label, ties to the first in alphabetical order (as in SQLite)
        "type": min(labels, key=lambda label: (-labels[label], label)) if labels else "",
        "label_counts": json.dumps(dict(sorted(labels.items()))),
        "mention_count": mentions + len(edges[key]["starts"]) if key in edges else mentions,
        "document_count": documents + (key in edges),
    }


class ClaimLinkTables:
    """The claim-link primitives of :class:`kg.linking.ClaimLinkTables` in one transaction."""

    def __init__(self, tx: ManagedTransaction) -> None:
        self.tx = tx

    def topic_candidates(
        self, topic_key: str, claim_id: str, document_id: str, *, scan: int, limit: int
    ) -> list[Row]:
        found = self.tx.run(
            cypher.TOPIC_CANDIDATES,
            key=topic_key,
            id=claim_id,
            doc=document_id,
            scan=scan,
            limit=limit,
        )
        return [dict(record) for record in found]

    def write_links(self, links: Mapping[tuple[str, str], Relation]) -> None:
        write_links(self.tx, links)


def write_links(tx: ManagedTransaction, links: Mapping[tuple[str, str], Relation]) -> None:
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


def write_statements(
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
            speakers.append({**EMPTY_ENTITY, "statement": node["id"], "entity": key})
        nodes.append(node)
    tx.run(statement, id=doc_id, rows=nodes).consume()
    if speakers:
        tx.run(cypher.STATEMENT_SPEAKERS_MERGE, rows=speakers).consume()


def write_sources(tx: ManagedTransaction, document: str, citations: list[Row]) -> None:
    """Replace a document's CITES edges (and its claims') with those of its current
    ``citations``, merging the sources they name."""
    sources, edges = cited_sources(citations)
    tx.run(cypher.SOURCE_EDGES_CLEAR, id=document).consume()
    tx.run(cypher.SOURCE_CLAIM_EDGES_CLEAR, id=document).consume()
    if not sources:
        return
    tx.run(cypher.SOURCES_MERGE, rows=sources).consume()
    tx.run(cypher.SOURCE_DOCUMENT_CITES, id=document, keys=[s["key"] for s in sources]).consume()
    claims = [e for e in edges if e["claim"]]
    if claims:
        tx.run(cypher.SOURCE_CLAIM_CITES, rows=claims).consume()


def citation_id(document: str, text_hash: str, recorded_at: str, seq: int) -> str:
    """Unique per document version and write (citations have no natural key)."""
    return f"{document}:{text_hash[:16]}:{recorded_at}:{seq}"


def _propose_name(
    names: dict[str, tuple[str, bool]], key: str, spelling: str, authoritative: bool
) -> None:
    """Fold one spelling into the name a document proposes for an entity, by
    :func:`kg.naming.display_name` (and whether a catalog name was among them)."""
    held = names.get(key)
    if held is None:
        names[key] = (spelling, authoritative)
        return
    names[key] = (display_name(held[0], spelling, authoritative), authoritative or held[1])


def rebuild_narratives(tx: ManagedTransaction, now: str) -> int:
    """Place every document again, in the order seen, from no narratives."""
    return rebuild(NarrativeTables(tx, now))


def repair_narratives(tx: ManagedTransaction, documents: list[str], now: str) -> None:
    """Run :func:`kg.placement.repair` for documents a committed batch added."""
    tables = NarrativeTables(tx, now)
    for document_id in documents:
        repair(tables, document_id)
