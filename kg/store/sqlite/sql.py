"""Small helpers for the SQL the SQLite store's modules build."""

from __future__ import annotations

from collections.abc import Sized

__all__ = ["LOOKUP_CHUNK", "marks"]

#: Ids per ``IN (...)`` lookup: stays well under SQLite's limit on bound parameters.
LOOKUP_CHUNK = 500


def marks(values: Sized) -> str:
    """One ``?`` per value, for ``IN (...)``.

    >>> marks(["a", "b", "c"])
    '?,?,?'
    """
    return ",".join("?" * len(values))
