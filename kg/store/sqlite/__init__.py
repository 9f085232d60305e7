"""The embedded default store: one SQLite file.

WAL mode (readers never block the writer), a busy timeout so that two
``kg ingest`` processes on one file wait for each other instead of failing,
``BEGIN IMMEDIATE`` write transactions (one per batch), and a versioned schema.

Modules: ``schema`` (the migrations), ``connection`` (opening, migrating,
transactions), ``entities`` (entity ids and display names), ``writes`` (a
document's records and the claim-link primitives), ``narratives`` (the
narrative primitives :mod:`kg.placement` runs on), ``reads``, ``dumps`` (store
to store records), ``sql`` (``IN (...)`` helpers) and ``store``
(:class:`SQLiteStore`, which puts them together).
"""

from __future__ import annotations

from kg.store.sqlite.store import SQLiteStore

__all__ = ["SQLiteStore"]
