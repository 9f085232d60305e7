"""Routes and copies in a SQLite store: ``document_routes``, the text-hash index and
``copy_bands`` (see :mod:`kg.store.identity` for the rules)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from extractors.copies import Fingerprint, fingerprint
from extractors.streams import chunked
from kg.store.identity import Route
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks

__all__ = ["RouteTables", "fingerprint_documents"]

Row = dict[str, Any]


class RouteTables:
    """Route and copy reads and writes on one connection (writes inside the caller's
    transaction)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def same_text(self, text_hash: str, document_id: str) -> str | None:
        """The first stored document other than ``document_id`` with this text."""
        row = self.conn.execute(
            "SELECT id FROM documents WHERE text_hash = ? AND id != ?"
            " ORDER BY fetched_at, id LIMIT 1",
            (text_hash, document_id),
        ).fetchone()
        return None if row is None else str(row[0])

    def known_texts(self, hashes: Sequence[str]) -> dict[str, str]:
        """``{text hash: the first document stored with it}`` for the hashes stored."""
        found: dict[str, str] = {}
        for chunk in chunked(sorted(set(hashes)), LOOKUP_CHUNK):
            sql = (
                "SELECT text_hash, id FROM documents"
                f" WHERE text_hash IN ({marks(chunk)}) ORDER BY fetched_at DESC, id DESC"
            )
            found.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return found

    def add(self, routes: Iterable[Route], now: str) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO document_routes (document_id, origin, key, first_seen)"
            " VALUES (?, ?, ?, ?)",
            [(r.document_id, r.origin, r.key, now) for r in routes],
        )

    def missing(self, routes: Sequence[Route]) -> list[Route]:
        """Those of ``routes`` not recorded yet, on documents that are stored."""
        stored: set[str] = set()
        have: set[tuple[str, str]] = set()
        for chunk in chunked(sorted({r.document_id for r in routes}), LOOKUP_CHUNK):
            sql = (
                "SELECT d.id, r.origin FROM documents d LEFT JOIN document_routes r"
                f" ON r.document_id = d.id WHERE d.id IN ({marks(chunk)})"
            )
            for doc_id, origin in self.conn.execute(sql, chunk):
                stored.add(doc_id)
                have.add((doc_id, origin))
        return [
            r
            for r in dict.fromkeys(routes)
            if r.document_id in stored and (r.document_id, r.origin) not in have
        ]

    def origins(self, document_ids: Sequence[str]) -> dict[str, list[str]]:
        """Each document's route origins, first seen first."""
        found: dict[str, list[str]] = {}
        for chunk in chunked(sorted(set(document_ids)), LOOKUP_CHUNK):
            sql = (
                "SELECT document_id, origin FROM document_routes"
                f" WHERE document_id IN ({marks(chunk)}) ORDER BY first_seen, origin"
            )
            for doc_id, origin in self.conn.execute(sql, chunk):
                found.setdefault(doc_id, []).append(origin)
        return found

    def dump(self, document_id: str) -> list[Row]:
        sql = (
            "SELECT origin, key, first_seen FROM document_routes"
            " WHERE document_id = ? ORDER BY origin"
        )
        return [dict(row) for row in self.conn.execute(sql, (document_id,))]

    def load(self, document_id: str, rows: Sequence[Row]) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO document_routes (document_id, origin, key, first_seen)"
            " VALUES (?, ?, ?, ?)",
            [(document_id, r["origin"], r["key"], r["first_seen"]) for r in rows],
        )

    # -- copies (kg.store.identity.CopyTables) ---------------------------------------
    def band_documents(self, bands: Sequence[str], document_id: str, limit: int) -> list[Row]:
        # The band rows read are bounded too: a paragraph many documents share (a
        # boilerplate footer) must not make one write read them all.
        sql = (
            "SELECT d.id, d.signature, d.shingles, d.copy_of, d.fetched_at FROM documents d"
            " WHERE d.signature IS NOT NULL AND d.id IN (SELECT DISTINCT document_id"
            f" FROM copy_bands WHERE band IN ({marks(bands)}) AND document_id != ? LIMIT ?)"
            " ORDER BY d.fetched_at, d.id"
        )
        return [dict(row) for row in self.conn.execute(sql, [*bands, document_id, limit])]

    def save_fingerprint(
        self, document_id: str, found: Fingerprint, bands: Sequence[str], copy_of: str | None
    ) -> None:
        self.conn.execute("DELETE FROM copy_bands WHERE document_id = ?", (document_id,))
        self.conn.executemany(
            "INSERT OR IGNORE INTO copy_bands (band, document_id) VALUES (?, ?)",
            [(band, document_id) for band in bands],
        )
        self.conn.execute(
            "UPDATE documents SET signature = ?, shingles = ?, copy_of = ? WHERE id = ?",
            (found.to_bytes().hex(), found.shingles, copy_of, document_id),
        )

    def load_bands(self, document_id: str, signature: str | None, shingles: int | None) -> None:
        """The band keys of a loaded document, from its dumped signature."""
        if signature is None or shingles is None:
            return
        found = Fingerprint.from_bytes(bytes.fromhex(signature), int(shingles))
        self.conn.executemany(
            "INSERT OR IGNORE INTO copy_bands (band, document_id) VALUES (?, ?)",
            [(band, document_id) for band in found.band_keys()],
        )


def fingerprint_documents(conn: sqlite3.Connection) -> None:
    """Fingerprint every stored document (a store from before copies, in its migration),
    so that copies arriving from then on find them; no old document is marked a copy."""
    tables = RouteTables(conn)
    rows = conn.execute("SELECT id, text FROM documents ORDER BY id").fetchall()
    for doc_id, text in rows:
        found = fingerprint(text)
        tables.save_fingerprint(doc_id, found, found.band_keys(), None)
