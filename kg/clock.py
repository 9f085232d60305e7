"""The one clock every store reads: UTC, to the second, as ISO 8601 text.

Stores stamp ``fetched_at``, ``recorded_at`` and a narrative's ``created_at``
with it; one function keeps the format identical across backends, so dumps
of two stores compare equal.

Examples
--------
>>> stamp = utc_now()
>>> len(stamp), stamp[10], stamp[-1]
(20, 'T', 'Z')
"""

from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["utc_now"]


def utc_now() -> str:
    """Now, as ``YYYY-MM-DDTHH:MM:SSZ``."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
