"""One article, many routes: the identity rules every store applies in its write.

A document's key (:mod:`extractors.ids`) names it on the route it came by: its
canonical URL, the id its source gave it, or its text. The same article often
comes by two routes (two exports, a file and a feed, two feeds carrying one
wire story), under two keys. Inside the write transaction a store therefore
also looks its *text* up across keys: a new key whose text is already stored
is the stored document arriving again, and only its route is recorded.

Near-identical copies (another headline, a trailing paragraph) have texts of
their own and stay documents of their own; :func:`copy_root` links each to the
first document of its copy group (``copy_of``), so that what they say counts
once as an origin (:func:`kg.relations.origin`).

Examples
--------
>>> identifying("Breaking news")
False
>>> identifying(" ".join(["word"] * IDENTIFYING_WORDS))
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from extractors.copies import Fingerprint, estimated_overlap, fingerprint, is_copy
from extractors.records import Extraction

__all__ = [
    "COPY_CANDIDATES",
    "IDENTIFYING_WORDS",
    "CopyTables",
    "Route",
    "copy_root",
    "fingerprint_of",
    "identifying",
    "route_of",
]

Row = dict[str, Any]

#: Words a text needs before it identifies an article across keys: a headline-only
#: feed entry or a "Live updates" stub may repeat in unrelated entries, so shorter
#: texts are told apart by their keys alone (the shortest text MinHash compares).
IDENTIFYING_WORDS = 12
#: Stored documents sharing a band key that are compared with a new one (bounded, so
#: a boilerplate paragraph many documents share costs no more than this).
COPY_CANDIDATES = 20


class Route(NamedTuple):
    """How a document arrived once: its ``key`` on that route and the ``origin`` a user
    finds it by again (``path:12``, a feed URL)."""

    document_id: str
    key: str
    origin: str


def route_of(item: Extraction, document_id: str | None = None) -> Route:
    """The route ``item`` arrived by, recorded on ``document_id`` (its own by default)."""
    return Route(document_id or item.id, item.source.key, item.source.origin)


def identifying(text: str) -> bool:
    """Whether ``text`` is long enough that the same text means the same article."""
    return len(text.split()) >= IDENTIFYING_WORDS


class CopyTables(Protocol):
    """The copy primitives a store provides inside its write transaction."""

    def band_documents(self, bands: Sequence[str], document_id: str, limit: int) -> list[Row]:
        """Up to ``limit`` other stored documents sharing any band key: ``id``,
        ``signature`` (hex), ``shingles``, ``copy_of`` and ``fetched_at``."""

    def save_fingerprint(
        self, document_id: str, found: Fingerprint, bands: Sequence[str], copy_of: str | None
    ) -> None:
        """Store the document's signature, replace its band keys and set ``copy_of``."""


def fingerprint_of(item: Extraction) -> Fingerprint:
    """The item's MinHash fingerprint (made by the pipeline, or here for older callers)."""
    return item.fingerprint if item.fingerprint is not None else fingerprint(item.source.text)


def copy_root(tables: CopyTables, item: Extraction) -> str | None:
    """Find the stored copies of ``item`` and record its fingerprint; returns the id of
    the first document of its copy group (None when it is no copy)."""
    found = fingerprint_of(item)
    bands = found.band_keys()
    candidates = tables.band_documents(bands, item.id, COPY_CANDIDATES) if bands else []
    confirmed = [c for c in candidates if is_copy(estimated_overlap(found, _stored(c)))]
    root = None
    if confirmed:
        first = min(confirmed, key=lambda c: (c["fetched_at"] or "", c["id"]))
        root = first["copy_of"] or first["id"]
    if root == item.id:  # an updated root found its own copies: it stays the root
        root = None
    tables.save_fingerprint(item.id, found, bands, root)
    return root


def _stored(row: Row) -> Fingerprint:
    return Fingerprint.from_bytes(bytes.fromhex(row["signature"]), int(row["shingles"]))
