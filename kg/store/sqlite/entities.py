"""Entity ids in a SQLite store, with the display-name rule applied as mentions arrive."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from extractors.catalog import entity_key
from extractors.streams import chunked
from kg.naming import display_name
from kg.store.sqlite.sql import LOOKUP_CHUNK, marks

__all__ = ["EntityIds"]


class EntityIds:
    """Entity ids by key, created when new, cached for the connection's life.

    The cache holds each key's id and display name, so a name that stays as
    it is costs no statement; the rollback of a transaction clears it.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._known: dict[str, tuple[int, str]] = {}  # key -> (id, display name)

    def clear(self) -> None:
        self._known.clear()

    def cached(self, keys: Iterable[str]) -> dict[str, int]:
        """The ids of those of ``keys`` this connection has handed out already."""
        return {key: found[0] for key in keys if (found := self._known.get(key)) is not None}

    def of_name(self, name: str, *, authoritative: bool = False) -> int:
        """The id of the entity named ``name``, created when new; its display name
        follows :func:`kg.naming.display_name` (``authoritative``: a catalog name)."""
        key = entity_key(name)
        cached = self._known.get(key)
        if cached is not None and display_name(cached[1], name, authoritative) == cached[1]:
            return cached[0]
        # New to this connection, or renamed: read the name as stored now (another
        # process may have renamed it since it was cached).
        row = self.conn.execute("SELECT id, name FROM entities WHERE key = ?", (key,)).fetchone()
        if row is None:
            cursor = self.conn.execute(
                "INSERT INTO entities (key, name) VALUES (?, ?)", (key, name)
            )
            self._known[key] = (int(cursor.lastrowid or 0), name)
            return self._known[key][0]
        entity_id, held = int(row[0]), str(row[1])
        chosen = display_name(held, name, authoritative)
        if chosen != held:
            self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (chosen, entity_id))
        self._known[key] = (entity_id, chosen)
        return entity_id

    def of_key(self, key: str) -> int:
        """The id of the entity with this key; one known only by key (a speaker, a
        cited source, a loaded record) is created with its key as its name."""
        found = self.conn.execute("SELECT id FROM entities WHERE key = ?", (key,)).fetchone()
        if found is not None:
            return int(found[0])
        cursor = self.conn.execute("INSERT INTO entities (key, name) VALUES (?, ?)", (key, key))
        return int(cursor.lastrowid or 0)

    # -- the reads of kg.entity_variants.EntityLookups --------------------------------
    def entity_types(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """For the keys stored as entities: their name and (voted) type."""
        found: dict[str, tuple[str, str]] = {}
        for chunk in chunked(keys, LOOKUP_CHUNK):
            sql = f"SELECT key, name, type FROM entities WHERE key IN ({marks(chunk)})"
            for key, name, kind in self.conn.execute(sql, chunk):
                found[key] = (name, kind)
        return found

    def alias_owners(self, keys: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """For each alias key, the entities it names (name and type)."""
        found: dict[str, list[tuple[str, str]]] = {}
        for chunk in chunked(keys, LOOKUP_CHUNK):
            sql = (
                "SELECT a.alias_key, e.name, e.type FROM entity_aliases a"
                f" JOIN entities e ON e.id = a.entity_id WHERE a.alias_key IN ({marks(chunk)})"
            )
            for key, name, kind in self.conn.execute(sql, chunk):
                found.setdefault(key, []).append((name, kind))
        return found
