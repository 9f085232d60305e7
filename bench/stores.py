"""Stores of 1k, 10k and 100k documents for the query benchmarks.

Running the NLP on 100,000 articles would take hours on two cores, and the
queries only care about how much is stored, so the corpus is ingested once
and then replicated in SQL under new ids: copy ``k`` of a document has id
``<id>~k``, the same mentions, claims and citations, and claim ids made unique
the same way. Entity counts are rebuilt by the schema's triggers as rows
arrive, exactly as ingestion keeps them.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kg.store import open_store

_DOC_COLUMNS = (
    "key, url, title, outlet, authors, published, published_source, feed, origin, text, "
    "text_hash, metadata, links, extractor, fetched_at, updated_at, seen"
)


def replicate(source: Path, target: Path, documents: int) -> int:
    """Copy ``source`` to ``target`` and grow it to ``documents`` documents."""
    shutil.copy(source, target)
    open_store(target).close()  # migrations, if the source is older
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")  # a throwaway benchmark store
    base = conn.execute("SELECT count(*) FROM documents WHERE id NOT LIKE '%~%'").fetchone()[0]
    copy = 1
    while conn.execute("SELECT count(*) FROM documents").fetchone()[0] < documents:
        missing = documents - conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        _copy_once(conn, copy, min(missing, base))
        copy += 1
    total = int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    # Every copy uses the words of its original: their document counts grow alike.
    if base:
        conn.execute("UPDATE terms SET documents = documents * ? / ?", (total, base))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return total


def _copy_once(conn: sqlite3.Connection, copy: int, limit: int) -> None:
    suffix = f"~{copy}"
    conn.execute("BEGIN")
    conn.execute(
        f"CREATE TEMP TABLE picked AS SELECT id FROM documents WHERE id NOT LIKE '%~%'"
        f" ORDER BY id LIMIT {int(limit)}"
    )
    conn.execute(
        f"INSERT INTO documents (id, narrative_id, {_DOC_COLUMNS}) SELECT id || :s,"
        f" narrative_id || :s, key || :s, {_DOC_COLUMNS.split(', ', 1)[1]} FROM documents"
        " WHERE id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    # each copy of the corpus tells its own stories: narratives are copied with it
    conn.execute(
        "INSERT INTO narratives (id, documents, first_seen, last_seen, merged_into, created_at)"
        " SELECT n.id || :s, (SELECT count(*) FROM documents d WHERE d.narrative_id = n.id || :s),"
        " n.first_seen, n.last_seen, NULL, n.created_at FROM narratives n"
        " WHERE n.id IN (SELECT narrative_id FROM documents WHERE id IN (SELECT id FROM picked))",
        {"s": suffix},
    )
    conn.execute(
        "INSERT INTO narrative_entities (narrative_id, entity_id, documents, last_seen)"
        " SELECT narrative_id || :s, entity_id, documents, last_seen FROM narrative_entities"
        " WHERE narrative_id IN (SELECT narrative_id FROM documents"
        " WHERE id IN (SELECT id FROM picked))",
        {"s": suffix},
    )
    # ... with their word profiles (the words themselves are shared, see below)
    conn.execute(
        "INSERT INTO narrative_terms (narrative_id, term, documents, last_seen)"
        " SELECT narrative_id || :s, term, documents, last_seen FROM narrative_terms"
        " WHERE narrative_id IN (SELECT narrative_id FROM documents"
        " WHERE id IN (SELECT id FROM picked))",
        {"s": suffix},
    )
    conn.execute(
        "INSERT INTO document_terms (document_id, terms) SELECT document_id || :s, terms"
        " FROM document_terms WHERE document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    statement_columns = [
        row[1] for row in conn.execute("PRAGMA table_info(statements)") if row[1] != "id"
    ]
    kept = ", ".join(c for c in statement_columns if c != "document_id")
    conn.execute(
        f"INSERT INTO statements (id, document_id, {kept}) SELECT id || :s, document_id || :s,"
        f" {kept} FROM statements WHERE document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    conn.execute(
        "INSERT INTO mentions (document_id, start, end, entity_id, label, text, sent_start,"
        " sent_end) SELECT document_id || :s, start, end, entity_id, label, text, sent_start,"
        " sent_end FROM mentions WHERE document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    claim_columns = [
        row[1] for row in conn.execute("PRAGMA table_info(claims)") if row[1] not in ("id",)
    ]
    others = ", ".join(c for c in claim_columns if c != "document_id")
    conn.execute(
        f"INSERT INTO claims (id, document_id, {others}) SELECT id || :s, document_id || :s,"
        f" {others} FROM claims WHERE document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    conn.execute(
        "INSERT INTO claim_entities (claim_id, entity_id, role) SELECT ce.claim_id || :s,"
        " ce.entity_id, ce.role FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id"
        " WHERE c.document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    citation_columns = [
        row[1] for row in conn.execute("PRAGMA table_info(citations)") if row[1] != "id"
    ]
    rest = ", ".join(c for c in citation_columns if c != "document_id")
    conn.execute(
        f"INSERT INTO citations (document_id, {rest}) SELECT document_id || :s, {rest}"
        " FROM citations WHERE document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    conn.execute(
        "INSERT INTO claim_links (claim_a, claim_b, relation) SELECT l.claim_a || :s,"
        " l.claim_b || :s, l.relation FROM claim_links l JOIN claims c ON c.id = l.claim_a"
        " WHERE c.document_id IN (SELECT id FROM picked)",
        {"s": suffix},
    )
    conn.execute("DROP TABLE picked")
    conn.execute("COMMIT")
