"""Every Cypher statement the Neo4j store reads with (queries and ``kg migrate`` dumps).

The graph model, and the rules every statement keeps, are described in
:mod:`kg.store.neo4j.cypher`.
"""

from __future__ import annotations

# -- reads -----------------------------------------------------------------------------------

STATS = """
OPTIONAL MATCH (d:Document)
RETURN count(d) AS documents, count(DISTINCT d.outlet) AS outlets,
       min(d.published) AS published_from, max(d.published) AS published_to
"""
STATS_ENTITIES = """
OPTIONAL MATCH (e:Entity) WHERE e.mention_count > 0
RETURN count(e) AS entities, coalesce(sum(e.mention_count), 0) AS mentions
"""
STATS_DATE_SOURCES = """
MATCH (d:Document)
RETURN d.published_source AS source, count(*) AS n ORDER BY n DESC, source
"""
STATS_ENTITY_TYPES = """
MATCH (e:Entity) WHERE e.mention_count > 0
RETURN e.type AS type, count(*) AS n ORDER BY n DESC, type
"""
#: Documents, newest published first, undated last.
DOCUMENTS = """
MATCH (d:Document)
WHERE ($narrative IS NULL OR d.narrative_id = $narrative)
  AND ($outlet IS NULL OR toLower(d.outlet) = toLower($outlet))
  AND ($since IS NULL OR d.published >= $since)
  AND ($until IS NULL OR substring(d.published, 0, 10) <= $until)
  AND ($entity IS NULL OR EXISTS { MATCH (d)-[:MENTIONS]->(:Entity {key: $entity}) })
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.url AS url,
       d.published AS published, d.published_source AS published_source,
       d.origin AS origin, size(d.text) AS chars, d.seen AS seen, d.narrative_id AS narrative,
       d.copy_of AS copy_of
ORDER BY d.published IS NULL, d.published DESC, d.id
"""
#: Entities, most mentioned first.
ENTITIES = """
MATCH (e:Entity)
WHERE e.mention_count >= $min_mentions AND ($type IS NULL OR e.type = $type)
OPTIONAL MATCH (a:Alias)-[:NAMES]->(e)
WITH e, a ORDER BY a.alias
WITH e, [alias IN collect(a.alias) WHERE alias IS NOT NULL] AS aliases
RETURN e.name AS name, e.key AS key, e.type AS type, e.mention_count AS mentions,
       e.document_count AS documents, aliases
ORDER BY mentions DESC, name
"""
#: The entity with this key, or with an alias of this key.
FIND_ENTITY = """
MATCH (e:Entity)
WHERE e.key = $key OR EXISTS { MATCH (:Alias {key: $key})-[:NAMES]->(e) }
WITH e ORDER BY e.key = $key DESC, e.mention_count DESC LIMIT 1
OPTIONAL MATCH (a:Alias)-[:NAMES]->(e)
WITH e, a ORDER BY a.alias
WITH e, [alias IN collect(a.alias) WHERE alias IS NOT NULL] AS aliases
RETURN e.name AS name, e.key AS key, e.type AS type, e.mention_count AS mentions,
       e.document_count AS documents, aliases
"""
ENTITY_DOCUMENTS = """
MATCH (d:Document)-[m:MENTIONS]->(:Entity {key: $key})
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.url AS url,
       d.published AS published, m.n AS mentions
ORDER BY mentions DESC, d.published IS NULL, d.published DESC, d.id
"""
#: Entities sharing documents with one entity, over a bounded sample of its documents.
COOCCURRING = """
MATCH (d:Document)-[:MENTIONS]->(:Entity {key: $key})
WITH d ORDER BY d.id LIMIT $sample
MATCH (d)-[:MENTIONS]->(other:Entity)
WHERE other.key <> $key
RETURN other.name AS name, other.type AS type, count(*) AS documents,
       other.mention_count AS mention_count
ORDER BY documents DESC, mention_count DESC, name
"""
_CLAIM_FIELDS = """
OPTIONAL MATCH (c)-[:ABOUT {role: 'subject'}]->(s:Entity)
OPTIONAL MATCH (root:Document {id: d.copy_of})
RETURN c {.*} AS claim, s.name AS subject_entity, d.url AS doc_url, d.title AS doc_title,
       d.outlet AS doc_outlet, d.published AS doc_published, d.origin AS doc_file,
       coalesce(root.outlet, d.outlet) AS doc_origin, d.narrative_id AS doc_narrative
"""
_CLAIM_FILTERS = """
WHERE c.invalidated_at IS NULL
  AND ($metric IS NULL OR toLower(c.metric) CONTAINS $metric
       OR toLower(c.sentence) CONTAINS $metric)
  AND ($since IS NULL OR c.time_end >= $since)
  AND ($until IS NULL OR c.time_start <= $until)
  AND ($outlet IS NULL OR toLower(d.outlet) = toLower($outlet))
  AND ($document IS NULL OR c.document_id = $document)
  AND ($entity IS NULL OR EXISTS { MATCH (c)-[:ABOUT]->(:Entity {key: $entity}) })
"""
#: Current claims in the order of the time they are about; undated ones last.
_CLAIMS_ORDER = (
    "WITH c, d ORDER BY c.time_start IS NULL, c.time_start, c.time_end, c.document_id, c.start"
)
CLAIMS = "MATCH (d:Document)-[:STATES]->(c:Claim)" + _CLAIM_FILTERS + _CLAIMS_ORDER + _CLAIM_FIELDS
CLAIMS_LIMITED = (
    "MATCH (d:Document)-[:STATES]->(c:Claim)"
    + _CLAIM_FILTERS
    + _CLAIMS_ORDER
    + " LIMIT $limit"
    + _CLAIM_FIELDS
)
CLAIMS_BY_ID = (
    "UNWIND $ids AS id MATCH (d:Document)-[:STATES]->(c:Claim {id: id})"
    " WHERE c.invalidated_at IS NULL WITH c, d" + _CLAIM_FIELDS
)
#: Where a search for conflict sets starts: matching current claims that have a link.
LINKED_CLAIM_IDS = (
    "MATCH (d:Document)-[:STATES]->(c:Claim)"
    + _CLAIM_FILTERS
    + " AND c.topic_key IS NOT NULL"
    + " AND EXISTS { MATCH (c)-[:CONFLICTS_WITH|CORROBORATES|TREND_WITH]-(:Claim) }"
    + " RETURN c.id AS id ORDER BY id"
)
#: Links between current claims: all of them, or those touching some claims.
CLAIM_LINKS = """
MATCH (a:Claim)-[l:CONFLICTS_WITH|CORROBORATES|TREND_WITH]->(b:Claim)
WHERE a.invalidated_at IS NULL AND b.invalidated_at IS NULL
  AND ($ids IS NULL OR a.id IN $ids OR b.id IN $ids)
RETURN a.id AS claim_a, b.id AS claim_b, l.relation AS relation
ORDER BY claim_a, claim_b
"""
CITATIONS = """
MATCH (c:Citation {document_id: $id})
WHERE c.invalidated_at IS NULL
RETURN c.kind AS kind, c.source AS source, c.role AS role, c.text AS text, c.start AS start,
       c.end AS end, c.url AS url, c.title AS title, c.outlet AS outlet,
       c.published AS published, c.number AS number, c.claim_ids AS claim_ids
ORDER BY c.start IS NULL, c.start, c.seq
"""
FEED_STATUS = "MATCH (f:FeedStatus) RETURN f {.*} AS row"
MENTION_EDGES = """
MATCH (d:Document)-[m:MENTIONS]->(e:Entity)
RETURN d.id AS document, e.key AS entity, m.n AS mentions
ORDER BY document, entity
"""
#: The MENTIONS edges of some documents.
MENTION_EDGES_OF = """
UNWIND $ids AS id
MATCH (d:Document {id: id})-[m:MENTIONS]->(e:Entity)
RETURN d.id AS document, e.key AS entity, m.n AS mentions
ORDER BY document, entity
"""
#: Current statements of some documents, with the speaker's entity key.
STATEMENTS = """
UNWIND $ids AS id
MATCH (:Document {id: id})-[:HAS_STATEMENT]->(s:Statement)
WHERE s.invalidated_at IS NULL
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(e:Entity)
RETURN s.id AS id, s.document_id AS document_id, s.speaker AS speaker,
       s.speaker_kind AS speaker_kind, e.key AS speaker_entity,
       s.speaker_role AS speaker_role, s.via AS via, s.sentence AS sentence,
       s.sent_start AS sent_start, s.sent_end AS sent_end, s.cue AS cue, s.stance AS stance,
       s.content AS content, s.content_start AS content_start, s.content_end AS content_end,
       s.attribution_cue AS attribution_cue, s.kind AS kind,
       s.speaker_mention AS speaker_mention, s.about AS about
ORDER BY document_id, sent_start, id
"""
#: Live narratives of at least some documents, last seen first (undated last).
NARRATIVES = """
MATCH (n:Narrative)
WHERE n.merged_into IS NULL AND n.documents >= $min_documents
RETURN n.id AS id, n.documents AS documents, n.first_seen AS first_seen,
       n.last_seen AS last_seen
ORDER BY n.last_seen IS NULL, last_seen DESC, documents DESC, id
SKIP $skip
"""
#: One narrative by id, live or merged (``merged_into`` says where it went).
NARRATIVE = """
MATCH (n:Narrative {id: $id})
RETURN n.id AS id, n.documents AS documents, n.first_seen AS first_seen,
       n.last_seen AS last_seen, n.merged_into AS merged_into
"""
#: The profile of some narratives: the entities their documents mention, most shared
#: first (the store keeps the first NARRATIVE_ENTITIES of each).
NARRATIVE_ENTITIES = """
UNWIND $ids AS id
MATCH (:Narrative {id: id})-[f:FEATURES]->(e:Entity)
RETURN id AS narrative, e.name AS name, e.key AS key, e.type AS type,
       f.documents AS documents, e.document_count AS corpus_documents
ORDER BY narrative, documents DESC, e.mention_count DESC, key
"""
#: Documents per day of some narratives.
NARRATIVE_DAYS = """
UNWIND $ids AS id
MATCH (d:Document {narrative_id: id})
WHERE d.seen IS NOT NULL
RETURN id AS narrative, d.seen AS day, count(*) AS documents
ORDER BY narrative, day
"""
CLAIM_ENTITY_EDGES = """
MATCH (c:Claim)-[a:ABOUT]->(e:Entity)
WHERE c.invalidated_at IS NULL
RETURN DISTINCT c.id AS claim, e.key AS entity, a.role AS role
ORDER BY claim, entity, role
"""
#: CITES edges from documents to cited sources (``claim`` null: the document's own).
SOURCE_DOCUMENT_EDGES = """
MATCH (d:Document)-[:CITES]->(s:Source)
RETURN DISTINCT s.key AS key, s.name AS name, s.kind AS kind, s.outlet AS outlet,
    s.title AS title, s.url AS url, s.published AS published, d.id AS document,
    null AS claim
"""
#: CITES edges from current claims to cited sources.
SOURCE_CLAIM_EDGES = """
MATCH (c:Claim)-[:CITES]->(s:Source)
WHERE c.invalidated_at IS NULL
RETURN DISTINCT s.key AS key, s.name AS name, s.kind AS kind, s.outlet AS outlet,
    s.title AS title, s.url AS url, s.published AS published, c.document_id AS document,
    c.id AS claim
"""
#: Every current citation, by document, in the order written (a store from before
#: sources derives them from these).
CITATIONS_CURRENT = """
MATCH (c:Citation)
WHERE c.invalidated_at IS NULL
RETURN c.document_id AS document, c.seq AS seq, c {.*} AS citation
"""
# -- dumps, store to store (kg migrate) -------------------------------------------------------

DUMP_ENTITIES = """
MATCH (e:Entity)
OPTIONAL MATCH (a:Alias)-[:NAMES]->(e)
WITH e, a ORDER BY a.key, a.alias
RETURN e.key AS key, e.name AS name, collect(a.key) AS alias_keys, collect(a.alias) AS aliases
ORDER BY key
"""
DUMP_DOCUMENT_IDS = "MATCH (d:Document) RETURN d.id AS id ORDER BY id"
DUMP_DOCUMENT = "MATCH (d:Document {id: $id}) RETURN d {.*} AS document"
DUMP_MENTIONS = """
MATCH (:Document {id: $id})-[m:MENTIONS]->(e:Entity)
RETURN e.key AS entity, m {.*} AS edge
"""
DUMP_CLAIMS = """
MATCH (:Document {id: $id})-[:STATES]->(c:Claim)
OPTIONAL MATCH (c)-[:ABOUT {role: 'subject'}]->(s:Entity)
RETURN c {.*} AS claim, s.key AS subject_entity
ORDER BY c.id
"""
DUMP_ABOUT = """
MATCH (:Document {id: $id})-[:STATES]->(c:Claim)-[a:ABOUT]->(e:Entity)
WHERE a.role <> 'subject'
RETURN c.id AS claim, e.key AS entity, a.role AS role
ORDER BY claim, entity, role
"""
DUMP_CITATIONS = """
MATCH (:Document {id: $id})-[:CITES]->(c:Citation)
RETURN c {.*} AS citation
ORDER BY c.recorded_at, c.seq
"""
DUMP_STATEMENTS = """
MATCH (:Document {id: $id})-[:HAS_STATEMENT]->(s:Statement)
OPTIONAL MATCH (s)-[:SPOKEN_BY]->(e:Entity)
RETURN s {.*} AS statement, e.key AS speaker_entity
ORDER BY s.id
"""
DUMP_ROUTES = """
MATCH (:Document {id: $id})-[:ARRIVED_BY]->(r:Route)
RETURN r.origin AS origin, r.key AS key, r.first_seen AS first_seen
ORDER BY origin
"""
#: The origins each of some documents arrived by, first seen first.
ROUTES_OF = """
UNWIND $ids AS id
MATCH (:Document {id: id})-[:ARRIVED_BY]->(r:Route)
RETURN id AS document_id, r.origin AS origin
ORDER BY r.first_seen, origin
"""
DUMP_LINKS = """
MATCH (a:Claim)-[l:CONFLICTS_WITH|CORROBORATES|TREND_WITH]->(b:Claim)
RETURN a.id AS claim_a, b.id AS claim_b, l.relation AS relation
ORDER BY claim_a, claim_b
"""
