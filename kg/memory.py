"""Giving freed memory back to the system between batches, so a long ingest stays flat.

CPython frees the objects of a written batch, but glibc keeps the freed heap pages
mapped for reuse; after hundreds of documents of parses and records the process holds
far more than it uses. ``malloc_trim`` returns them. It exists on glibc (Linux) only;
elsewhere this is a no-op.

>>> release_freed_memory() in (True, False)
True
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name) if name else None
    except OSError:
        return None
    return libc if libc is not None and hasattr(libc, "malloc_trim") else None


def release_freed_memory() -> bool:
    """Return freed heap pages to the system (glibc); whether anything was released."""
    libc = _libc()
    return bool(libc.malloc_trim(0)) if libc is not None else False
