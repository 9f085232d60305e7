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
]

LATEST = len(MIGRATIONS)
