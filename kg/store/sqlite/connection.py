"""Opening a SQLite store: pragmas, migrations and write transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg import errors
from kg.errors import StoreBusy
from kg.placement import rebuild
from kg.store.retry import retried
from kg.store.sqlite.entities import EntityIds
from kg.store.sqlite.narratives import NarrativeTables
from kg.store.sqlite.routes import fingerprint_documents
from kg.store.sqlite.schema import (
    COPIES_SCHEMA,
    LATEST,
    MIGRATIONS,
    SOURCES_SCHEMA,
    WORDS_SCHEMA,
)
from kg.store.sqlite.writes import source_documents

__all__ = ["BUSY_TIMEOUT_MS", "SQLiteConnection", "busy_timeout_ms", "is_busy", "split_statements"]

BUSY_TIMEOUT_MS = 60_000
#: A shorter busy timeout, for tests that make a writer give up (not a user setting).
BUSY_TIMEOUT_VARIABLE = "KG_SQLITE_BUSY_TIMEOUT_MS"


def busy_timeout_ms() -> int:
    """How long a writer waits for another's lock before the attempt fails (and is
    retried, see :mod:`kg.store.retry`)."""
    value = os.environ.get(BUSY_TIMEOUT_VARIABLE, "")
    return int(value) if value.isdigit() else BUSY_TIMEOUT_MS


def is_busy(exc: BaseException) -> bool:
    """Whether an error is another writer holding the file past the busy timeout."""
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class SQLiteConnection:
    """One connection to a store file, migrated to the latest schema when opened.

    The store's parts (reads, dumps and loads) share it; :class:`EntityIds` caches
    entity ids across its transactions.
    """

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        try:
            self.conn = sqlite3.connect(
                self.location, timeout=busy_timeout_ms() / 1000, isolation_level=None
            )
            self.entity_ids = EntityIds(self.conn)
            self._open()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise errors.not_a_database(self.location) from exc
            raise errors.database_unavailable(self.location, str(exc)) from exc

    def _open(self) -> None:
        """Configure and migrate, waiting out another process doing the same: switching a
        new file to WAL fails at once, without the busy handler, while another
        connection holds it, so that step is retried as a lost write race is."""
        try:
            retried(self._configure_and_migrate, is_busy)
        except StoreBusy as exc:
            raise errors.database_unavailable(self.location, exc.reason) from exc

    def _configure_and_migrate(self) -> None:
        self._configure()
        self._migrate()

    def _configure(self) -> None:
        self.conn.row_factory = sqlite3.Row
        self.conn.execute(f"PRAGMA busy_timeout = {busy_timeout_ms()}")
        self.conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable in WAL mode except for the last commits on power
        # loss; the database itself is never corrupted.
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > LATEST:
            raise errors.newer_schema(self.location, version, LATEST)
        for number in range(version, LATEST):
            with self.transaction():
                # Another process may have migrated while we waited for the lock.
                if self.conn.execute("PRAGMA user_version").fetchone()[0] > number:
                    continue
                for statement in split_statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                if number + 1 == COPIES_SCHEMA:
                    fingerprint_documents(self.conn)
                if number + 1 == WORDS_SCHEMA:
                    # A store from before narratives (version 6) or before their words:
                    # its documents form them now, placed once with every table there,
                    # in the migration's transaction (statements need a re-ingest).
                    rebuild(NarrativeTables(self.conn))
                if number + 1 == SOURCES_SCHEMA:
                    source_documents(self.conn)
                self.conn.execute(f"PRAGMA user_version = {number + 1}")

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored, or none of it."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # a COMMIT that failed leaves it open
                self.conn.execute("ROLLBACK")
            self.entity_ids.clear()  # ids handed out inside the rollback are gone
            raise

    def close(self) -> None:
        self.conn.close()


def split_statements(script: str) -> Iterator[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN..END).

    >>> list(split_statements("CREATE TABLE t (a);\\nSELECT 1;"))
    ['CREATE TABLE t (a);', 'SELECT 1;']
    """
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
