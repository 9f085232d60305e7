""":class:`SQLiteStore`: the SQLite backend's parts behind the :class:`~kg.store.base.Store`
interface."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from extractors.records import Extraction
from kg.clock import utc_now
from kg.placement import rebuild
from kg.store.base import Row, Store
from kg.store.identity import Route
from kg.store.retry import retried
from kg.store.rows import FEED_STATUS_COLUMNS
from kg.store.sqlite.connection import is_busy
from kg.store.sqlite.dumps import SQLiteRecords
from kg.store.sqlite.narratives import NarrativeTables
from kg.store.sqlite.reads import SQLiteReads
from kg.store.sqlite.routes import RouteTables
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks
from kg.store.sqlite.writes import DocumentWriter

__all__ = ["SQLiteStore"]


class SQLiteStore(SQLiteReads, SQLiteRecords, Store):
    """A knowledge graph in one SQLite file.

    Examples
    --------
    >>> with SQLiteStore(":memory:") as store:
    ...     store.stats()["documents"]
    0
    """

    def __init__(self, path: str | Path) -> None:
        super().__init__(path)
        self.writer = DocumentWriter(self.conn, self.entity_ids)

    def known_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(ids), LOOKUP_CHUNK):
            chunk = ids[start : start + LOOKUP_CHUNK]
            sql = f"SELECT id, text_hash FROM documents WHERE id IN ({marks(chunk)})"
            found.update((row[0], row[1]) for row in self.conn.execute(sql, chunk))
        return found

    def known_texts(self, hashes: Sequence[str]) -> dict[str, str]:
        return RouteTables(self.conn).known_texts(hashes)

    def record_routes(self, routes: Sequence[Route]) -> None:
        tables = RouteTables(self.conn)
        if not tables.missing(routes):
            return  # the usual case: a rerun over the same files writes nothing

        def record() -> None:
            with self.transaction():
                tables.add(tables.missing(routes), utc_now())

        retried(record, is_busy)

    def write(self, batch: Sequence[Extraction]) -> list[str]:
        return retried(lambda: self._write_once(batch), is_busy)

    def _write_once(self, batch: Sequence[Extraction]) -> list[str]:
        now = utc_now()
        with self.transaction():
            return [self.writer.store(item, now) for item in batch]

    def rebuild_narratives(self) -> int:
        with self.transaction():
            return rebuild(NarrativeTables(self.conn))

    def save_feed_status(self, row: Row) -> None:
        columns = [c for c in FEED_STATUS_COLUMNS if c in row]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "url")
        with self.transaction():
            self.conn.execute(
                f"INSERT INTO feed_status ({', '.join(columns)})"
                f" VALUES ({', '.join(':' + c for c in columns)})"
                f" ON CONFLICT (url) DO UPDATE SET {updates}",
                {c: row[c] for c in columns},
            )
