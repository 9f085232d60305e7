"""The SQLite schema, as an ordered list of migrations.

``PRAGMA user_version`` holds the number of migrations applied. Each migration
runs in its own transaction; never edit one that has shipped, add a new one.

Counts that commands list (mentions and documents per entity, an entity's
majority type) are kept up to date by triggers, so listing entities stays a
single indexed scan however large the corpus grows.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: documents, entities, mentions
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        url TEXT,
        title TEXT,
        outlet TEXT,
        authors TEXT NOT NULL DEFAULT '[]',
        published TEXT,
        published_source TEXT NOT NULL,
        feed TEXT,
        origin TEXT NOT NULL,
        text TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        links TEXT NOT NULL DEFAULT '[]',
        extractor TEXT NOT NULL DEFAULT '',
        fetched_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents (published);
    CREATE INDEX documents_outlet ON documents (outlet);

    CREATE TABLE entities (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        mention_count INTEGER NOT NULL DEFAULT 0,
        document_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX entities_mentions ON entities (mention_count DESC);
    CREATE INDEX entities_type ON entities (type, mention_count DESC);

    CREATE TABLE entity_aliases (
        alias_key TEXT NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        alias TEXT NOT NULL,
        PRIMARY KEY (alias_key, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id);

    CREATE TABLE mentions (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        label TEXT NOT NULL,
        text TEXT NOT NULL,
        sent_start INTEGER NOT NULL,
        sent_end INTEGER NOT NULL,
        PRIMARY KEY (document_id, start)
    ) WITHOUT ROWID;

    -- The MENTIONS edge: one row per (document, entity) with its mention count.
    CREATE TABLE document_entities (
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        n INTEGER NOT NULL,
        PRIMARY KEY (entity_id, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX document_entities_document ON document_entities (document_id);

    CREATE TABLE entity_labels (
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        label TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (entity_id, label)
    ) WITHOUT ROWID;

    CREATE TRIGGER mentions_added AFTER INSERT ON mentions BEGIN
        INSERT INTO entity_labels (entity_id, label, n) VALUES (new.entity_id, new.label, 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        INSERT INTO document_entities (entity_id, document_id, n)
            VALUES (new.entity_id, new.document_id, 1)
            ON CONFLICT DO UPDATE SET n = n + 1;
        UPDATE entities SET
            mention_count = mention_count + 1,
            type = (SELECT label FROM entity_labels WHERE entity_id = new.entity_id
                    ORDER BY n DESC, label LIMIT 1)
            WHERE id = new.entity_id;
    END;

    CREATE TRIGGER mentions_removed AFTER DELETE ON mentions BEGIN
        UPDATE entity_labels SET n = n - 1
            WHERE entity_id = old.entity_id AND label = old.label;
        DELETE FROM entity_labels WHERE entity_id = old.entity_id AND n <= 0;
        UPDATE document_entities SET n = n - 1
            WHERE entity_id = old.entity_id AND document_id = old.document_id;
        DELETE FROM document_entities
            WHERE entity_id = old.entity_id AND document_id = old.document_id AND n <= 0;
        UPDATE entities SET
            mention_count = mention_count - 1,
            type = coalesce((SELECT label FROM entity_labels WHERE entity_id = old.entity_id
                             ORDER BY n DESC, label LIMIT 1), '')
            WHERE id = old.entity_id;
    END;

    CREATE TRIGGER document_entities_added AFTER INSERT ON document_entities BEGIN
        UPDATE entities SET document_count = document_count + 1 WHERE id = new.entity_id;
    END;

    CREATE TRIGGER document_entities_removed AFTER DELETE ON document_entities BEGIN
        UPDATE entities SET document_count = document_count - 1 WHERE id = old.entity_id;
    END;
    """,
    # 2: claims and citations. Facts are never deleted: when an article
    # changes, the claims read from its old text are invalidated (two clocks:
    # recorded_at / invalidated_at for the store, time_* for the world).
    """
    CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        text_hash TEXT NOT NULL,
        sentence TEXT NOT NULL,
        sent_start INTEGER NOT NULL,
        sent_end INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        subject TEXT,
        subject_entity_id INTEGER REFERENCES entities (id),
        metric TEXT,
        scope TEXT NOT NULL DEFAULT '[]',
        value REAL,
        low REAL,
        high REAL,
        unit TEXT,
        kind TEXT NOT NULL,
        approx TEXT,
        quantity_text TEXT,
        time_start TEXT,
        time_end TEXT,
        time_granularity TEXT,
        time_text TEXT,
        time_basis TEXT NOT NULL,
        attributed_to TEXT,
        cited TEXT NOT NULL DEFAULT '[]',
        hedge TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        invalidated_at TEXT
    );
    CREATE INDEX claims_document ON claims (document_id, invalidated_at);
    CREATE INDEX claims_subject ON claims (subject_entity_id) WHERE invalidated_at IS NULL;
    CREATE INDEX claims_time ON claims (time_start) WHERE invalidated_at IS NULL;
    CREATE INDEX claims_kind_metric ON claims (kind, metric) WHERE invalidated_at IS NULL;

    -- ABOUT edges beyond the subject: every entity a claim's sentence names.
    CREATE TABLE claim_entities (
        claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        role TEXT NOT NULL,
        PRIMARY KEY (claim_id, entity_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX claim_entities_entity ON claim_entities (entity_id);

    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        text_hash TEXT NOT NULL,
        kind TEXT NOT NULL,
        source TEXT NOT NULL,
        role TEXT NOT NULL,
        entity_id INTEGER REFERENCES entities (id),
        text TEXT NOT NULL DEFAULT '',
        start INTEGER,
        end INTEGER,
        url TEXT,
        title TEXT,
        outlet TEXT,
        published TEXT,
        number INTEGER,
        claim_ids TEXT NOT NULL DEFAULT '[]',
        recorded_at TEXT NOT NULL,
        invalidated_at TEXT
    );
    CREATE INDEX citations_document ON citations (document_id, invalidated_at);
    CREATE INDEX citations_entity ON citations (entity_id) WHERE invalidated_at IS NULL;
    """,
    # 3: what the last fetch of each feed came to (kg feeds status).
    """
    CREATE TABLE feed_status (
        url TEXT PRIMARY KEY,
        etag TEXT,
        last_modified TEXT,
        last_checked TEXT,
        last_success TEXT,
        last_error TEXT,
        http_status INTEGER,
        entries INTEGER,
        new_entries INTEGER,
        failures INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 4: claims in time order, straight from an index (kg claims, kg timeline).
    """
    DROP INDEX claims_time;
    CREATE INDEX claims_time ON claims (time_start, time_end, document_id, start)
        WHERE invalidated_at IS NULL;
    CREATE INDEX claims_undated ON claims (document_id, start)
        WHERE invalidated_at IS NULL AND time_start IS NULL;
    """,
    # 5: topics and the edges between claims about the same thing (kg conflicts).
    """
    ALTER TABLE claims ADD COLUMN topic_key TEXT;
    CREATE INDEX claims_topic ON claims (topic_key, recorded_at DESC)
        WHERE invalidated_at IS NULL AND topic_key IS NOT NULL;
    CREATE TABLE claim_links (
        claim_a TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        claim_b TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        PRIMARY KEY (claim_a, claim_b)
    ) WITHOUT ROWID;
    CREATE INDEX claim_links_b ON claim_links (claim_b);
    """,
    # 6: narratives (stories grown document by document, see kg.narratives) and
    # statements (who says what, for perspectives and tensions).
    """
    CREATE TABLE narratives (
        id TEXT PRIMARY KEY,
        documents INTEGER NOT NULL DEFAULT 0,
        first_seen TEXT,
        last_seen TEXT,
        merged_into TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX narratives_recent ON narratives (last_seen DESC) WHERE merged_into IS NULL;
    -- How many of a narrative's documents mention each entity: its profile. The
    -- narrative's last_seen is repeated here, in the index, so that a new document
    -- reads an entity's narratives largest first and stops at the first recent ones
    -- without touching the table.
    CREATE TABLE narrative_entities (
        narrative_id TEXT NOT NULL REFERENCES narratives (id),
        entity_id INTEGER NOT NULL REFERENCES entities (id),
        documents INTEGER NOT NULL,
        last_seen TEXT,
        PRIMARY KEY (narrative_id, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX narrative_entities_entity
        ON narrative_entities (entity_id, documents DESC, narrative_id, last_seen);
    ALTER TABLE documents ADD COLUMN narrative_id TEXT;
    -- The day a document was seen: published when known, else fetched.
    ALTER TABLE documents ADD COLUMN seen TEXT;
    UPDATE documents SET seen = substr(coalesce(published, fetched_at), 1, 10);
    CREATE INDEX documents_narrative ON documents (narrative_id, seen);

    CREATE TABLE statements (
        id TEXT PRIMARY KEY,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        text_hash TEXT NOT NULL,
        speaker TEXT NOT NULL,
        speaker_kind TEXT NOT NULL,
        speaker_entity_id INTEGER REFERENCES entities (id),
        speaker_role TEXT NOT NULL DEFAULT '',
        via TEXT NOT NULL,
        sentence TEXT NOT NULL,
        sent_start INTEGER NOT NULL,
        sent_end INTEGER NOT NULL,
        cue TEXT NOT NULL DEFAULT '',
        stance TEXT NOT NULL DEFAULT '[]',
        recorded_at TEXT NOT NULL,
        invalidated_at TEXT
    );
    CREATE INDEX statements_document ON statements (document_id, invalidated_at);
    CREATE INDEX statements_speaker ON statements (speaker_entity_id)
        WHERE invalidated_at IS NULL;
    """,
    # 7: one document, many routes (issue 17). The text hash is indexed, so a write
    # finds the same article stored under another key; every (document, origin) it
    # arrived by is a route; near-identical copies keep their MinHash signature and
    # its band keys (extractors.copies), and point to the first of their group.
    """
    CREATE INDEX documents_text_hash ON documents (text_hash);
    CREATE TABLE document_routes (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        origin TEXT NOT NULL,
        key TEXT NOT NULL,
        first_seen TEXT NOT NULL,
        PRIMARY KEY (document_id, origin)
    ) WITHOUT ROWID;
    INSERT INTO document_routes (document_id, origin, key, first_seen)
        SELECT id, origin, key, fetched_at FROM documents;
    ALTER TABLE documents ADD COLUMN copy_of TEXT;
    ALTER TABLE documents ADD COLUMN signature TEXT;
    ALTER TABLE documents ADD COLUMN shingles INTEGER;
    CREATE INDEX documents_copy_of ON documents (copy_of) WHERE copy_of IS NOT NULL;
    CREATE TABLE copy_bands (
        band TEXT NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        PRIMARY KEY (band, document_id)
    ) WITHOUT ROWID;
    CREATE INDEX copy_bands_document ON copy_bands (document_id);
    """,
    # 8: what a figure is (a level, or the size of a movement, and the words that say
    # so; the two ends of a "from X to Y" share a series) and what a statement says
    # (the words attributed, with offsets, the cue, the kind, the speaker as written,
    # and whom a report's summary is about). Claims and statements stored before keep
    # the defaults until their document is ingested again.
    """
    ALTER TABLE claims ADD COLUMN change TEXT NOT NULL DEFAULT 'level';
    ALTER TABLE claims ADD COLUMN direction TEXT;
    ALTER TABLE claims ADD COLUMN change_cue TEXT NOT NULL DEFAULT '';
    ALTER TABLE claims ADD COLUMN series TEXT;
    ALTER TABLE statements ADD COLUMN content TEXT NOT NULL DEFAULT '';
    ALTER TABLE statements ADD COLUMN content_start INTEGER NOT NULL DEFAULT -1;
    ALTER TABLE statements ADD COLUMN content_end INTEGER NOT NULL DEFAULT -1;
    ALTER TABLE statements ADD COLUMN attribution_cue TEXT NOT NULL DEFAULT '';
    ALTER TABLE statements ADD COLUMN kind TEXT NOT NULL DEFAULT 'indirect';
    ALTER TABLE statements ADD COLUMN speaker_mention TEXT NOT NULL DEFAULT '';
    ALTER TABLE statements ADD COLUMN about TEXT;
    """,
    # 9: cited sources as nodes (kg.store.rows.cited_sources): one row per normalised
    # source key, and the CITES edges from a document (claim_id '') and from its
    # current claims. Derived from citations: a document's edges are rewritten with
    # its citations, and stores from before get them when each document is written.
    """
    CREATE TABLE sources (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT,
        outlet TEXT,
        title TEXT,
        url TEXT,
        published TEXT
    ) WITHOUT ROWID;
    CREATE TABLE source_cites (
        source_key TEXT NOT NULL REFERENCES sources (key),
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        claim_id TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (source_key, document_id, claim_id)
    ) WITHOUT ROWID;
    CREATE INDEX source_cites_document ON source_cites (document_id);
    """,
    # 10: the words of a document's title and lead, for narratives (kg.narratives): how
    # many documents use each word (its rarity), the words each document was counted
    # with (a JSON list), and each narrative's word profile, indexed like its entity
    # profile, but by word and last day: words look only days back, so a new document
    # reads the few narratives seen lately that use a word, however many did. Stores
    # from before have their narratives placed again when they reach this version, so
    # every document's words are counted (kg.store.sqlite.connection).
    """
    CREATE TABLE IF NOT EXISTS document_terms (
        document_id TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        terms TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS terms (
        term TEXT PRIMARY KEY,
        documents INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS narrative_terms (
        narrative_id TEXT NOT NULL REFERENCES narratives (id),
        term TEXT NOT NULL,
        documents INTEGER NOT NULL,
        last_seen TEXT,
        PRIMARY KEY (narrative_id, term)
    ) WITHOUT ROWID;
    CREATE INDEX IF NOT EXISTS narrative_terms_recent
        ON narrative_terms (term, last_seen, documents, narrative_id);
    -- How many documents the store holds, kept by triggers: placement weighs every new
    -- document against it, and count(*) reads every row of an index.
    CREATE TABLE IF NOT EXISTS store_counts (
        name TEXT PRIMARY KEY,
        n INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT OR REPLACE INTO store_counts (name, n) SELECT 'documents', count(*) FROM documents;
    CREATE TRIGGER IF NOT EXISTS documents_counted AFTER INSERT ON documents BEGIN
        UPDATE store_counts SET n = n + 1 WHERE name = 'documents';
    END;
    CREATE TRIGGER IF NOT EXISTS documents_uncounted AFTER DELETE ON documents BEGIN
        UPDATE store_counts SET n = n - 1 WHERE name = 'documents';
    END;
    """,
    # 11: merging a narrative repoints the ones merged into it: found by index, not by
    # reading every narrative (kg.store.sqlite.narratives.NarrativeTables.absorb).
    """
    CREATE INDEX IF NOT EXISTS narratives_merged ON narratives (merged_into)
        WHERE merged_into IS NOT NULL;
    """,
]

LATEST = len(MIGRATIONS)
#: The version that added narratives: stores migrated to it place their documents.
NARRATIVES_SCHEMA = 6
#: The version that added routes and copies: stores migrated to it fingerprint their
#: documents (copies among them are found from then on, not backwards).
COPIES_SCHEMA = 7
#: The version that added cited sources: stores migrated to it derive them from the
#: citations they hold.
SOURCES_SCHEMA = 9
#: The version from which documents carry their title-and-lead words, and narratives
#: their word profiles: a store from before gets them by placing its documents again.
WORDS_SCHEMA = 10
