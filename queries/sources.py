"""``kg sources``: the sources articles cite, and what rests on each.

A cited source (a footnote's report, the outlet or organisation behind an
"according to", a linked page, a data source) is one node per normalised key
(:func:`kg.store.rows.cited_sources`), with CITES edges from the documents that
cite it and from the claims that rest on it. This module reads those edges
through :meth:`kg.store.base.Store.source_edges` only.

Examples
--------
>>> from kg.store import open_store
>>> most_cited(open_store(":memory:"))
[]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.store.base import Row, Store
from queries.sources_named import document_name

__all__ = ["SOURCE_FIELDS", "most_cited", "resting_on", "source_matches"]

#: The fields of a source as every answer gives it.
SOURCE_FIELDS = ("key", "name", "kind", "outlet", "title", "url", "published")


def _gather(edges: Iterable[Row]) -> dict[str, Row]:
    sources: dict[str, Row] = {}
    for edge in edges:
        source = sources.setdefault(
            edge["key"],
            {**{f: edge.get(f) for f in SOURCE_FIELDS}, "_documents": set(), "_claims": set()},
        )
        source["_documents"].add(edge["document"])
        if edge.get("claim"):
            source["_claims"].add(edge["claim"])
    return sources


def _stories(store: Store) -> dict[str, str | None]:
    return {doc["id"]: doc.get("narrative") for doc in store.documents()}


def most_cited(store: Store, *, limit: int | None = None) -> list[Row]:
    """Cited sources, the most rested-on first: the source's fields plus how many
    ``documents`` cite it, ``claims`` rest on it and ``stories`` hold those documents."""
    sources = _gather(store.source_edges())
    stories = _stories(store) if sources else {}
    rows = []
    for source in sources.values():
        found = {stories.get(d) for d in source["_documents"]} - {None}
        rows.append(
            {
                **{f: source[f] for f in SOURCE_FIELDS},
                "documents": len(source["_documents"]),
                "claims": len(source["_claims"]),
                "stories": len(found),
            }
        )
    rows.sort(key=lambda r: (-r["claims"], -r["documents"], r["name"].casefold(), r["key"]))
    return rows[:limit] if limit is not None else rows


def source_matches(row: Row, name: str) -> bool:
    """Whether ``name`` names a source: its key, name, title or outlet (any case)."""
    wanted = " ".join(name.casefold().split())
    return any(
        isinstance(value, str) and " ".join(value.casefold().split()) == wanted
        for value in (row.get("key"), row.get("name"), row.get("title"), row.get("outlet"))
    )


def resting_on(store: Store, name: str) -> list[Row] | None:
    """The claims and stories that rest on the sources ``name`` names (see
    :func:`source_matches`), one row each: ``source`` (its name), ``source_key``,
    ``type`` ("claim" or "story"), ``id``, ``text`` (the claim's sentence, or the
    story's first document title), ``document`` (the citing document's name, or how
    many of the story's documents cite it). None when no source has that name."""
    sources = {k: s for k, s in _gather(store.source_edges()).items() if source_matches(s, name)}
    if not sources:
        return None
    claim_ids = sorted({c for s in sources.values() for c in s["_claims"]})
    claims = {c["id"]: c for c in store.claims_by_id(claim_ids)}
    documents = {d["id"]: d for d in store.documents()}
    rows: list[Row] = []
    for key, source in sorted(sources.items()):
        for claim_id in sorted(source["_claims"], key=lambda c: _claim_order(claims.get(c), c)):
            claim = claims.get(claim_id)
            if claim is None:
                continue
            citing = documents.get(claim["document_id"], {})
            rows.append(
                _row(source, key, "claim", claim_id, claim["sentence"], document_name(citing))
            )
        stories: dict[str, list[Row]] = {}
        for doc_id in sorted(source["_documents"]):
            found = documents.get(doc_id)
            if found is not None and found.get("narrative"):
                stories.setdefault(found["narrative"], []).append(found)
        for story, docs in sorted(stories.items()):
            text = next((d["title"] for d in docs if d.get("title")), document_name(docs[0]))
            rows.append(_row(source, key, "story", story, text, len(docs)))
    return rows


def _claim_order(claim: Row | None, claim_id: str) -> tuple[Any, ...]:
    if claim is None:
        return ("", 0, claim_id)
    return (claim["document_id"], claim["sent_start"], claim_id)


def _row(source: Row, key: str, kind: str, item: str, text: str, document: Any) -> Row:
    return {
        "source": source["name"],
        "source_key": key,
        "type": kind,
        "id": item,
        "text": text,
        "document": document,
    }
