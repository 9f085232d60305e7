"""Every Cypher statement the Neo4j store writes with, named and documented, with values
only as parameters; the reads are in :mod:`kg.store.neo4j.cypher_reads`.

The Neo4j store (:mod:`kg.store.neo4j`) runs these and nothing else. The
statements stick to the Cypher that Neo4j 5 and ArcadeDB's Bolt server both
speak (no APOC, no dynamic labels): labels and relationship types are written
out here, never built from data, and :data:`LABELS` / :data:`RELATIONSHIPS`
list them all (a test checks every statement against those lists).

The graph
---------
``(:Document)-[:MENTIONS {n, starts, ends, labels, texts, sent_starts, sent_ends}]->(:Entity)``,
``(:Alias)-[:NAMES]->(:Entity)``, ``(:Document)-[:STATES]->(:Claim)``,
``(:Claim)-[:ABOUT {role}]->(:Entity)`` (role "subject" or "mentions"),
``(:Document)-[:CITES]->(:Citation)``, ``(:Document|Claim)-[:CITES]->(:Source {key, name,
kind, outlet, title, url, published})`` (the sources a document and its current claims rest
on, derived from its citations: :func:`kg.store.rows.cited_sources`),
``(:Claim)-[:CONFLICTS_WITH|CORROBORATES|TREND_WITH {relation}]->(:Claim)``,
``(:Document)-[:HAS_STATEMENT]->(:Statement)-[:SPOKEN_BY]->(:Entity)`` (who says
what), ``(:Document)-[:PART_OF]->(:Narrative)-[:FEATURES {documents}]->(:Entity)``
(a document's story, and how many of the story's documents mention each entity;
the document also carries its ``narrative_id`` and the day it was ``seen``),
``(:Document)-[:ARRIVED_BY]->(:Route {document_id, origin, key, first_seen})`` (every
route an article came by: a file line, a feed entry), ``(:CopyBand {band,
document_id})`` (the MinHash band keys near-identical copies meet on; a copy
carries the id of the first of its group as ``copy_of``), ``(:FeedStatus)``
and one ``(:KgMeta)``. Claims, citations and statements are
never deleted: a changed article invalidates the old ones (``invalidated_at``).
A narrative merged into another keeps its node, with ``merged_into`` set.

Examples
--------
>>> "$id" in DOCUMENT_HASH and "MATCH (d:Document" in DOCUMENT_HASH
True
>>> sorted(LINK_TYPES)
['agree', 'disagree', 'trend']
"""

from __future__ import annotations

from kg.store.neo4j import cypher_reads

#: Every node label a statement may use.
LABELS = frozenset(
    {
        "Document",
        "Entity",
        "Alias",
        "Claim",
        "Citation",
        "Source",
        "Statement",
        "Narrative",
        "FeedStatus",
        "KgMeta",
        "Route",
        "CopyBand",
        "Term",
        "TermSet",
    }
)
#: Every relationship type a statement may use.
RELATIONSHIPS = frozenset(
    {
        "MENTIONS",
        "NAMES",
        "STATES",
        "ABOUT",
        "CITES",
        "CONFLICTS_WITH",
        "CORROBORATES",
        "TREND_WITH",
        "HAS_STATEMENT",
        "SPOKEN_BY",
        "PART_OF",
        "FEATURES",
        "ARRIVED_BY",
        "USES",
    }
)

# -- schema ------------------------------------------------------------------------------

#: Uniqueness constraints and indexes, created idempotently on first use.
SCHEMA = (
    "CREATE CONSTRAINT kg_document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
    "CREATE CONSTRAINT kg_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE",
    "CREATE CONSTRAINT kg_claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT kg_citation_id IF NOT EXISTS FOR (c:Citation) REQUIRE c.id IS UNIQUE",
    "CREATE CONSTRAINT kg_source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE",
    "CREATE CONSTRAINT kg_feed_url IF NOT EXISTS FOR (f:FeedStatus) REQUIRE f.url IS UNIQUE",
    "CREATE CONSTRAINT kg_statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE",
    "CREATE CONSTRAINT kg_narrative_id IF NOT EXISTS FOR (n:Narrative) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX kg_alias_key IF NOT EXISTS FOR (a:Alias) ON (a.key)",
    "CREATE INDEX kg_document_published IF NOT EXISTS FOR (d:Document) ON (d.published)",
    "CREATE INDEX kg_entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mention_count)",
    "CREATE INDEX kg_claim_topic IF NOT EXISTS FOR (c:Claim) ON (c.topic_key)",
    "CREATE INDEX kg_claim_time IF NOT EXISTS FOR (c:Claim) ON (c.time_start)",
    "CREATE INDEX kg_claim_document IF NOT EXISTS FOR (c:Claim) ON (c.document_id)",
    "CREATE INDEX kg_citation_document IF NOT EXISTS FOR (c:Citation) ON (c.document_id)",
    "CREATE INDEX kg_statement_document IF NOT EXISTS FOR (s:Statement) ON (s.document_id)",
    "CREATE INDEX kg_document_narrative IF NOT EXISTS FOR (d:Document) ON (d.narrative_id)",
    "CREATE INDEX kg_narrative_merged IF NOT EXISTS FOR (n:Narrative) ON (n.merged_into)",
    "CREATE INDEX kg_document_text_hash IF NOT EXISTS FOR (d:Document) ON (d.text_hash)",
    "CREATE CONSTRAINT kg_route_id IF NOT EXISTS FOR (r:Route) REQUIRE r.id IS UNIQUE",
    "CREATE INDEX kg_route_document IF NOT EXISTS FOR (r:Route) ON (r.document_id)",
    "CREATE INDEX kg_copy_band IF NOT EXISTS FOR (b:CopyBand) ON (b.band)",
    "CREATE INDEX kg_copy_band_document IF NOT EXISTS FOR (b:CopyBand) ON (b.document_id)",
    "CREATE CONSTRAINT kg_term_key IF NOT EXISTS FOR (t:Term) REQUIRE t.key IS UNIQUE",
    "CREATE CONSTRAINT kg_term_set_id IF NOT EXISTS FOR (s:TermSet) REQUIRE s.id IS UNIQUE",
)
#: The schema version this code writes (stored on the one KgMeta node).
#: (The highest, in one row: writers opening a new store at once may each MERGE a KgMeta.)
SCHEMA_VERSION_READ = "MATCH (m:KgMeta) RETURN max(m.schema_version) AS version"
SCHEMA_VERSION_WRITE = "MERGE (m:KgMeta {name: 'kg'}) SET m.schema_version = $version"
PING = "RETURN 1 AS one"

# -- writes: documents and entities ------------------------------------------------------

#: A document's stored text hash (none when new).
DOCUMENT_HASH = "MATCH (d:Document {id: $id}) RETURN d.text_hash AS text_hash"
#: What a write needs to know of a stored document: its text hash, when it was first
#: fetched (its ``seen`` day when undated) and its narrative (none when new).
DOCUMENT_STATE = """
MATCH (d:Document {id: $id})
RETURN d.text_hash AS text_hash, d.fetched_at AS fetched_at, d.narrative_id AS narrative_id
"""
#: The first stored document other than ``$id`` with this text (an article by another route).
DOCUMENT_SAME_TEXT = """
MATCH (d:Document {text_hash: $text_hash})
WHERE d.id <> $id
RETURN d.id AS id ORDER BY d.fetched_at, d.id LIMIT 1
"""
#: The documents holding each of many texts (ingestion's check before NLP).
DOCUMENT_TEXTS = """
UNWIND $hashes AS hash
MATCH (d:Document {text_hash: hash})
RETURN hash AS text_hash, d.id AS id, d.fetched_at AS fetched_at
"""
#: Routes a document came by; one per (document, origin), first seen kept.
ROUTES_MERGE = """
UNWIND $rows AS row
MATCH (d:Document {id: row.document_id})
MERGE (r:Route {id: row.id})
ON CREATE SET r.document_id = row.document_id, r.origin = row.origin, r.key = row.key,
              r.first_seen = row.first_seen
MERGE (d)-[:ARRIVED_BY]->(r)
"""
#: Which of some documents exist, with the origins of their routes.
ROUTES_KNOWN = """
UNWIND $ids AS id
MATCH (d:Document {id: id})
OPTIONAL MATCH (d)-[:ARRIVED_BY]->(r:Route)
RETURN d.id AS id, collect(r.origin) AS origins
"""
#: A store from before routes: every document gets the route it was stored by.
ROUTES_BACKFILL = """
MATCH (d:Document)
WHERE NOT EXISTS { MATCH (d)-[:ARRIVED_BY]->(:Route) }
MERGE (r:Route {id: d.id + $separator + d.origin})
ON CREATE SET r.document_id = d.id, r.origin = d.origin, r.key = d.key,
              r.first_seen = d.fetched_at
MERGE (d)-[:ARRIVED_BY]->(r)
"""
#: Documents without a fingerprint (a store from before copies), a page at a time.
DOCUMENTS_UNFINGERPRINTED = """
MATCH (d:Document) WHERE d.signature IS NULL
RETURN d.id AS id, d.text AS text ORDER BY id LIMIT $limit
"""
#: Other documents sharing a band key with a new one (bounded; see kg.store.identity).
BAND_DOCUMENTS = """
UNWIND $bands AS band
MATCH (b:CopyBand {band: band})
WHERE b.document_id <> $id
WITH DISTINCT b.document_id AS id LIMIT $limit
MATCH (d:Document {id: id})
WHERE d.signature IS NOT NULL
RETURN d.id AS id, d.signature AS signature, d.shingles AS shingles, d.copy_of AS copy_of,
       d.fetched_at AS fetched_at
ORDER BY fetched_at, id
"""
#: A document's fingerprint and the first of its copies (null when it is none) ...
FINGERPRINT_SAVE = """
MATCH (d:Document {id: $id})
SET d.signature = $signature, d.shingles = $shingles, d.copy_of = $copy_of
"""
#: ... and its band keys, replaced.
COPY_BANDS_DELETE = "MATCH (b:CopyBand {document_id: $id}) DELETE b"
COPY_BANDS_CREATE = """
UNWIND $bands AS band
CREATE (:CopyBand {band: band, document_id: $id})
"""
#: A document's outlet (who the figures of its copies come from).
DOCUMENT_OUTLET = "MATCH (d:Document {id: $id}) RETURN d.outlet AS outlet"
#: The narrative a document is in (the repair after a batch checks it still is its own).
DOCUMENT_NARRATIVE = "MATCH (d:Document {id: $id}) RETURN d.narrative_id AS narrative"
#: The text hashes of many documents at once.
DOCUMENT_HASHES = (
    "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id AS id, d.text_hash AS text_hash"
)
#: Add or update a document; first-seen time is kept.
DOCUMENT_MERGE = """
MERGE (d:Document {id: $row.id})
ON CREATE SET d.fetched_at = $row.now
SET d.key = $row.key, d.url = $row.url, d.title = $row.title, d.outlet = $row.outlet,
    d.authors = $row.authors, d.published = $row.published,
    d.published_source = $row.published_source, d.feed = $row.feed, d.origin = $row.origin,
    d.text = $row.text, d.text_hash = $row.text_hash, d.metadata = $row.metadata,
    d.links = $row.links, d.extractor = $row.extractor, d.updated_at = $row.now,
    d.seen = $row.seen
"""
#: A document's MENTIONS edges, before they are replaced.
DOCUMENT_MENTIONS = """
MATCH (d:Document {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.key AS key, m.labels AS labels
"""
DOCUMENT_MENTIONS_DELETE = "MATCH (d:Document {id: $id})-[m:MENTIONS]->(:Entity) DELETE m"
#: Entities as they are now, for the counters kept on them.
ENTITIES_BY_KEY = """
UNWIND $keys AS key MATCH (e:Entity {key: key})
RETURN e.key AS key, e.name AS name, e.label_counts AS label_counts,
       e.mention_count AS mention_count, e.document_count AS document_count
"""
#: Names and types of the stored entities among some keys (kg.entity_variants).
ENTITY_TYPES = """
UNWIND $keys AS key MATCH (e:Entity {key: key})
RETURN e.key AS key, e.name AS name, e.type AS type
"""
#: The entities each alias key names, with their types (kg.entity_variants).
ALIAS_OWNERS = """
UNWIND $keys AS key MATCH (a:Alias {key: key})-[:NAMES]->(e:Entity)
RETURN a.key AS key, e.name AS name, e.type AS type
"""
#: Create or update entities with their name, majority type and counters.
ENTITIES_MERGE = """
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
SET e.name = row.name, e.type = row.type, e.label_counts = row.label_counts,
    e.mention_count = row.mention_count, e.document_count = row.document_count
"""
#: One MENTIONS edge per (document, entity), carrying every mention's span and label.
MENTIONS_CREATE = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
MATCH (e:Entity {key: row.key})
CREATE (d)-[:MENTIONS {n: row.n, starts: row.starts, ends: row.ends, labels: row.labels,
                       texts: row.texts, sent_starts: row.sent_starts,
                       sent_ends: row.sent_ends}]->(e)
"""
ALIASES_MERGE = """
UNWIND $rows AS row
MATCH (e:Entity {key: row.entity})
MERGE (a:Alias {key: row.key, entity: row.entity})
ON CREATE SET a.alias = row.alias
MERGE (a)-[:NAMES]->(e)
"""

# -- writes: claims, citations, links ------------------------------------------------------

#: Claims and citations of the document's earlier texts stop being current.
CLAIMS_INVALIDATE = """
MATCH (c:Claim {document_id: $id})
WHERE c.invalidated_at IS NULL AND c.text_hash <> $text_hash
SET c.invalidated_at = $now
"""
CITATIONS_INVALIDATE = """
MATCH (c:Citation {document_id: $id})
WHERE c.invalidated_at IS NULL AND c.text_hash <> $text_hash
SET c.invalidated_at = $now
"""
#: New claims; a claim seen before (an article changed back) is revived.
CLAIMS_MERGE = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c += row
ON MATCH SET c.invalidated_at = null
MERGE (d)-[:STATES]->(c)
"""
#: ABOUT edges: the claim's subject entity, and every entity its sentence names.
CLAIM_ABOUT_MERGE = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim}), (e:Entity {key: row.entity})
MERGE (c)-[:ABOUT {role: row.role}]->(e)
"""
CITATIONS_CREATE = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
CREATE (c:Citation)
SET c += row
CREATE (d)-[:CITES]->(c)
"""
#: A document's CITES edges to sources, and its claims', go before its current ones are
#: written (sources themselves stay: other documents may cite them).
SOURCE_EDGES_CLEAR = """
MATCH (d:Document {id: $id})-[r:CITES]->(:Source)
DELETE r
"""
SOURCE_CLAIM_EDGES_CLEAR = """
MATCH (c:Claim {document_id: $id})-[r:CITES]->(:Source)
DELETE r
"""
#: Cited sources by normalised key; a known source keeps its name, gains what it lacked.
SOURCES_MERGE = """
UNWIND $rows AS row
MERGE (s:Source {key: row.key})
ON CREATE SET s += row
ON MATCH SET s.outlet = coalesce(s.outlet, row.outlet), s.title = coalesce(s.title, row.title),
    s.url = coalesce(s.url, row.url), s.published = coalesce(s.published, row.published)
"""
#: The document's own CITES edges to the sources it names.
SOURCE_DOCUMENT_CITES = """
MATCH (d:Document {id: $id})
UNWIND $keys AS key
MATCH (s:Source {key: key})
MERGE (d)-[:CITES]->(s)
"""
#: CITES edges from the document's claims to the sources they rest on.
SOURCE_CLAIM_CITES = """
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (s:Source {key: row.source})
MERGE (c)-[:CITES]->(s)
"""
#: Statements of the document's earlier texts stop being current.
STATEMENTS_INVALIDATE = """
MATCH (s:Statement {document_id: $id})
WHERE s.invalidated_at IS NULL AND s.text_hash <> $text_hash
SET s.invalidated_at = $now
"""
#: New statements; a statement seen before (an article changed back) is revived.
STATEMENTS_MERGE = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row
ON MATCH SET s.invalidated_at = null
MERGE (d)-[:HAS_STATEMENT]->(s)
"""
#: Statements as dumped (invalidated ones included), kept as they are when already stored.
STATEMENTS_LOAD = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
ON CREATE SET s += row
MERGE (d)-[:HAS_STATEMENT]->(s)
"""
#: Who speaks in a statement; an entity known only as a speaker is created with empty
#: counters and its key as its name (as the SQLite store does).
STATEMENT_SPEAKERS_MERGE = """
UNWIND $rows AS row
MATCH (s:Statement {id: row.statement})
MERGE (e:Entity {key: row.entity})
ON CREATE SET e.name = row.entity, e.type = row.type, e.label_counts = row.label_counts,
              e.mention_count = row.mention_count, e.document_count = row.document_count
MERGE (s)-[:SPOKEN_BY]->(e)
"""
#: The claims a new one is compared with: the newest on its topic, one per distinct
#: reading, and every claim of its own document (as the SQLite store chooses them).
TOPIC_CANDIDATES = """
MATCH (d:Document)-[:STATES]->(c:Claim {topic_key: $key})
WHERE c.invalidated_at IS NULL AND c.id <> $id
WITH c, d ORDER BY c.recorded_at DESC, c.id DESC LIMIT $scan
OPTIONAL MATCH (root:Document {id: d.copy_of})
WITH CASE WHEN c.document_id = $doc THEN c.id END AS own, c.value AS value, c.low AS low,
     c.high AS high, c.approx AS approx, c.time_start AS time_start, c.time_end AS time_end,
     c.time_basis AS time_basis, c.metric AS metric, c.cited AS cited,
     c.attributed_to AS attributed_to, d.outlet AS outlet,
     coalesce(root.outlet, d.outlet) AS doc_origin,
     collect(c)[0] AS c, collect(d)[0] AS d
RETURN c.id AS id, c.document_id AS document_id, c.sent_start AS sent_start, c.kind AS kind,
       c.value AS value, c.low AS low, c.high AS high, c.approx AS approx,
       c.quantity_text AS quantity_text, c.time_start AS time_start, c.time_end AS time_end,
       c.time_basis AS time_basis, c.metric AS metric, c.cited AS cited,
       c.attributed_to AS attributed_to, d.outlet AS doc_outlet, doc_origin,
       d.published AS published
ORDER BY c.recorded_at DESC, c.id DESC
LIMIT $limit
"""
#: One statement per edge type: types are never built from data.
LINK_CREATE = {
    "disagree": """
UNWIND $rows AS row MATCH (a:Claim {id: row.a}), (b:Claim {id: row.b})
CREATE (a)-[:CONFLICTS_WITH {relation: row.relation}]->(b)
""",
    "agree": """
UNWIND $rows AS row MATCH (a:Claim {id: row.a}), (b:Claim {id: row.b})
CREATE (a)-[:CORROBORATES {relation: row.relation}]->(b)
""",
    "trend": """
UNWIND $rows AS row MATCH (a:Claim {id: row.a}), (b:Claim {id: row.b})
CREATE (a)-[:TREND_WITH {relation: row.relation}]->(b)
""",
}
LINK_TYPES = frozenset(LINK_CREATE)

# -- writes: narratives (see kg.narratives) ----------------------------------------------------

#: How many documents the store holds (the tf-idf of a document's entities).
DOCUMENT_COUNT = "MATCH (d:Document) RETURN count(d) AS n"
#: A document's day and its entities as narrative placement weighs them: mentions in
#: the document and documents in the store that mention each (one row with no key when
#: it mentions none).
DOCUMENT_ENTITY_COUNTS = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
RETURN d.seen AS seen, e.key AS key, m.n AS n, e.document_count AS document_count
ORDER BY key
"""
#: Where a new document may belong: for each of its salient entities, the ``$limit``
#: narratives last seen since ``$since`` in which most documents mention it (ties by id).
ENTITY_NARRATIVES = """
UNWIND $keys AS key
MATCH (n:Narrative)-[f:FEATURES]->(:Entity {key: key})
WHERE n.last_seen >= $since
WITH key, n, f ORDER BY f.documents DESC, n.id
WITH key, collect(n.id)[0..$limit] AS ids
UNWIND ids AS id
RETURN DISTINCT id
ORDER BY id
"""
#: Candidate narratives that are still live (not merged into another).
NARRATIVES_LIVE = """
UNWIND $ids AS id
MATCH (n:Narrative {id: id})
WHERE n.merged_into IS NULL
RETURN n.id AS id, n.documents AS documents, n.first_seen AS first_seen,
       n.last_seen AS last_seen
ORDER BY id
"""
#: How many documents of each candidate narrative mention each of some entities.
NARRATIVE_ENTITY_COUNTS = """
UNWIND $ids AS id
MATCH (n:Narrative {id: id})-[f:FEATURES]->(e:Entity)
WHERE e.key IN $keys
RETURN n.id AS narrative, e.key AS entity, f.documents AS documents
"""
#: A narrative, created empty when new.
NARRATIVE_MERGE = """
MERGE (n:Narrative {id: $id})
ON CREATE SET n.created_at = $now, n.documents = 0
"""
#: A document leaves the narrative it was part of (before it joins another).
DOCUMENT_NARRATIVE_DELETE = """
MATCH (d:Document {id: $id})-[p:PART_OF]->(:Narrative)
DELETE p
"""
#: A document joins a narrative, which counts it.
DOCUMENT_NARRATIVE_JOIN = """
MATCH (d:Document {id: $id}), (n:Narrative {id: $narrative})
SET d.narrative_id = n.id, n.documents = n.documents + 1
CREATE (d)-[:PART_OF]->(n)
"""
#: Add ``$step`` (1 or -1) to how many of a narrative's documents mention each entity.
NARRATIVE_ENTITIES_COUNT = """
MATCH (n:Narrative {id: $id})
UNWIND $keys AS key
MATCH (e:Entity {key: key})
MERGE (n)-[f:FEATURES]->(e)
ON CREATE SET f.documents = $step
ON MATCH SET f.documents = f.documents + $step
"""
#: Entities none of a narrative's documents mention any more leave its profile.
NARRATIVE_ENTITIES_PRUNE = """
MATCH (:Narrative {id: $id})-[f:FEATURES]->(:Entity)
WHERE f.documents <= 0
DELETE f
"""
#: A narrative's first and last day, from its documents.
NARRATIVE_SEEN_REFRESH = """
MATCH (n:Narrative {id: $id})
OPTIONAL MATCH (d:Document {narrative_id: $id})
WITH n, min(d.seen) AS first_seen, max(d.seen) AS last_seen
SET n.first_seen = first_seen, n.last_seen = last_seen
"""
#: Merging narratives: every document of ``$source`` moves to ``$target`` ...
NARRATIVE_DOCUMENTS_MOVE = """
MATCH (d:Document)-[p:PART_OF]->(:Narrative {id: $source})
MATCH (t:Narrative {id: $target})
DELETE p
SET d.narrative_id = t.id
CREATE (d)-[:PART_OF]->(t)
"""
#: ... with its profile counts ...
NARRATIVE_ENTITIES_MOVE = """
MATCH (:Narrative {id: $source})-[f:FEATURES]->(e:Entity)
MATCH (t:Narrative {id: $target})
WITH t, e, f.documents AS documents
MERGE (t)-[g:FEATURES]->(e)
ON CREATE SET g.documents = documents
ON MATCH SET g.documents = g.documents + documents
"""
NARRATIVE_ENTITIES_DELETE = """
MATCH (:Narrative {id: $id})-[f:FEATURES]->(:Entity)
DELETE f
"""
#: ... and its document count ...
NARRATIVE_DOCUMENTS_ADD = """
MATCH (s:Narrative {id: $source}), (t:Narrative {id: $target})
SET t.documents = t.documents + s.documents
"""
#: ... and it (with those merged into it before) points to ``$target`` from then on.
NARRATIVE_MARK_MERGED = """
MATCH (n:Narrative)
WHERE n.id = $source OR n.merged_into = $source
SET n.merged_into = $target, n.documents = 0
"""
#: Rebuilding narratives starts from none.
NARRATIVES_DELETE = """
MATCH (n:Narrative)
DETACH DELETE n
"""
DOCUMENT_NARRATIVES_CLEAR = """
MATCH (d:Document)
WHERE d.narrative_id IS NOT NULL
REMOVE d.narrative_id
"""
#: Documents in the order they are placed again: by the day seen (undated first), then id
#: (not by arrival, so the same documents rebuild the same stories in every store).
DOCUMENTS_BY_SEEN = """
MATCH (d:Document)
RETURN d.id AS id
ORDER BY d.seen IS NOT NULL, d.seen, id
"""
#: A document as narrative placement reads it: its day, title and text, and its entities
#: with their mentions in it, documents in the store and type (one keyless row: none).
DOCUMENT_PLACEMENT = """
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
RETURN d.seen AS seen, d.title AS title, d.text AS text, d.published AS published,
       e.key AS key, m.n AS n,
       e.document_count AS document_count, e.type AS type
ORDER BY key
"""
#: Where a new document may belong by its words: for each, the ``$limit`` narratives
#: last seen from ``$since`` to ``$until`` in which most documents use it (ties by id).
TERM_NARRATIVES = """
UNWIND $terms AS term
MATCH (n:Narrative)-[u:USES]->(:Term {key: term})
WHERE n.last_seen >= $since AND n.last_seen <= $until
WITH term, n, u ORDER BY u.documents DESC, n.id
WITH term, collect(n.id)[0..$limit] AS ids
UNWIND ids AS id
RETURN DISTINCT id
ORDER BY id
"""
#: How many documents of each candidate narrative use each of some words.
NARRATIVE_TERM_COUNTS = """
UNWIND $ids AS id
MATCH (n:Narrative {id: id})-[u:USES]->(t:Term)
WHERE t.key IN $terms
RETURN n.id AS narrative, t.key AS term, u.documents AS documents
"""
#: The entities of some types (places) that narratives feature, with their document counts.
NARRATIVE_PLACES = """
UNWIND $ids AS id
MATCH (n:Narrative {id: id})-[:FEATURES]->(e:Entity)
WHERE e.type IN $types
RETURN n.id AS narrative, e.key AS key, e.document_count AS documents
"""
#: The words a document was counted with (kept apart from the document, so that dumps
#: of a document are the same in every store).
DOCUMENT_TERMS = "MATCH (s:TermSet {id: $id}) RETURN s.terms AS terms"
DOCUMENT_TERMS_SET = "MERGE (s:TermSet {id: $id}) SET s.terms = $terms"
#: Add ``$step`` to how many documents use each word.
TERMS_COUNT = """
UNWIND $terms AS term
MERGE (t:Term {key: term})
ON CREATE SET t.documents = $step
ON MATCH SET t.documents = t.documents + $step
"""
#: How many documents use each of some words (those some document uses).
TERM_COUNTS = """
UNWIND $terms AS term
MATCH (t:Term {key: term})
WHERE t.documents > 0
RETURN t.key AS term, t.documents AS documents
"""
#: Add ``$step`` to how many of a narrative's documents use each word.
NARRATIVE_TERMS_COUNT = """
MATCH (n:Narrative {id: $id})
UNWIND $terms AS term
MERGE (t:Term {key: term})
ON CREATE SET t.documents = 0
MERGE (n)-[u:USES]->(t)
ON CREATE SET u.documents = $step
ON MATCH SET u.documents = u.documents + $step
"""
#: Words none of a narrative's documents use any more leave its profile.
NARRATIVE_TERMS_PRUNE = """
MATCH (:Narrative {id: $id})-[u:USES]->(:Term)
WHERE u.documents <= 0
DELETE u
"""
#: Merging narratives: the word profile of ``$source`` moves to ``$target``.
NARRATIVE_TERMS_MOVE = """
MATCH (:Narrative {id: $source})-[u:USES]->(t:Term)
MATCH (n:Narrative {id: $target})
WITH n, t, u.documents AS documents
MERGE (n)-[v:USES]->(t)
ON CREATE SET v.documents = documents
ON MATCH SET v.documents = v.documents + documents
"""
NARRATIVE_TERMS_DELETE = """
MATCH (:Narrative {id: $id})-[u:USES]->(:Term)
DELETE u
"""
#: Rebuilding narratives counts every document's words again.
TERMS_DELETE = """
MATCH (t:Term)
DETACH DELETE t
"""
TERM_SETS_DELETE = """
MATCH (s:TermSet)
DELETE s
"""
FEED_STATUS_MERGE = "MERGE (f:FeedStatus {url: $row.url}) SET f += $row"

# -- records, store to store (kg migrate) ------------------------------------------------

#: Entities as dumped: new ones start with empty counters, which their mentions fill.
ENTITIES_LOAD = """
UNWIND $rows AS row
MERGE (e:Entity {key: row.key})
ON CREATE SET e.type = row.type, e.label_counts = row.label_counts,
              e.mention_count = row.mention_count, e.document_count = row.document_count
SET e.name = row.name
"""
DOCUMENT_LOAD = "MERGE (d:Document {id: $row.id}) SET d += $row"
#: Routes as dumped (their first-seen time kept).
ROUTES_LOAD = ROUTES_MERGE
CLAIMS_LOAD = """
MATCH (d:Document {id: $id})
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row
MERGE (d)-[:STATES]->(c)
"""
#: One claim in one statement: only the Bolt write benchmark runs it, as the baseline
#: that batching (CLAIMS_LOAD) is measured against.
CLAIM_LOAD_ONE = """
MATCH (d:Document {id: $id})
MERGE (c:Claim {id: $row.id})
SET c += $row
MERGE (d)-[:STATES]->(c)
"""
LINKS_DELETE = """
UNWIND $rows AS row
MATCH (a:Claim {id: row.a})-[l:CONFLICTS_WITH|CORROBORATES|TREND_WITH]->(b:Claim {id: row.b})
DELETE l
"""
#: Everything, for tests and `kg migrate --to` a fresh store.
DELETE_ALL = "MATCH (n) DETACH DELETE n"


def limited(statement: str) -> str:
    """The statement keeping its first ``$limit`` rows.

    Used only when a limit is asked for: a LIMIT standing for "all" makes some
    servers size a top-k buffer by it.
    """
    return statement.rstrip() + "\nLIMIT $limit"


def statements() -> dict[str, str]:
    """Every statement the store runs by name, reads included (the link statements as
    ``LINK_CREATE.kind``)."""
    found = {
        name: value
        for module in (globals(), vars(cypher_reads))
        for name, value in module.items()
        if name.isupper() and not name.startswith("_") and isinstance(value, str)
    }
    found.update({f"SCHEMA.{i}": text for i, text in enumerate(SCHEMA)})
    found.update({f"LINK_CREATE.{kind}": text for kind, text in LINK_CREATE.items()})
    return found
