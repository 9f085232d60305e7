"""Stores: where the graph lives. :func:`open_store` picks one from a location."""

from __future__ import annotations

from pathlib import Path

from kg import errors
from kg.store.base import Store
from kg.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "open_store"]

_SERVER_SCHEMES = ("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s://", "neo4j+ssc://")


def open_store(location: str | Path) -> Store:
    """Open the store at ``location``: a SQLite file path (created when new), or a
    ``bolt://`` / ``neo4j://`` URI of a Neo4j (or other Bolt) server.

    Examples
    --------
    >>> store = open_store(":memory:")
    >>> store.stats()["documents"]
    0
    """
    text = str(location)
    if text.startswith(_SERVER_SCHEMES):
        from kg.store.neo4j import Neo4jStore  # the driver loads only when a server is used

        return Neo4jStore(text)
    if "://" in text:
        raise errors.store_not_supported(text)
    return SQLiteStore(text)
