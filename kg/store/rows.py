"""Claims and citations as flat rows, the same for every store.

Claim ids are stable: the same claim read from the same text of the same
document gets the same id on every run and in every store, and a changed
text gives new ids (the old claims are invalidated, not overwritten).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from extractors.catalog import entity_key
from extractors.ids import canonical_url
from extractors.records import Citation, Claim, Extraction, Statement
from extractors.topics import topic_key

CLAIM_COLUMNS = (
    "id", "document_id", "text_hash", "sentence", "sent_start", "sent_end", "start", "end",
    "subject", "subject_entity_id", "metric", "scope", "value", "low", "high", "unit", "kind",
    "approx", "quantity_text", "time_start", "time_end", "time_granularity", "time_text",
    "time_basis", "attributed_to", "cited", "hedge", "recorded_at", "topic_key",
    "change", "direction", "change_cue", "series",
)  # fmt: skip
CITATION_COLUMNS = (
    "document_id", "text_hash", "kind", "source", "role", "entity_id", "text", "start", "end",
    "url", "title", "outlet", "published", "number", "claim_ids", "recorded_at",
)  # fmt: skip

STATEMENT_COLUMNS = (
    "id", "document_id", "text_hash", "speaker", "speaker_kind", "speaker_entity_id",
    "speaker_role", "via", "sentence", "sent_start", "sent_end", "cue", "stance", "recorded_at",
    "content", "content_start", "content_end", "attribution_cue", "kind", "speaker_mention",
    "about",
)  # fmt: skip
#: What a statement row adds to :data:`STATEMENT_COLUMNS` when read (``Store.statements``).
STATEMENT_CONTENT = (
    "content", "content_start", "content_end", "attribution_cue", "kind", "speaker_mention",
    "about",
)  # fmt: skip


def claim_ids(item: Extraction) -> list[str]:
    """One id per claim of the extraction, in order."""
    ids = []
    for claim in item.claims:
        basis = f"{item.id}|{item.text_hash}|{claim.start}|{claim.end}|{claim.metric}"
        ids.append(hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16])
    return ids


def claim_row(item: Extraction, claim: Claim, claim_id: str, now: str) -> dict[str, Any]:
    """The claim as a flat row (``subject_entity`` is a name the store turns into an id)."""
    q, t = claim.quantity, claim.time
    return {
        "id": claim_id,
        "document_id": item.id,
        "text_hash": item.text_hash,
        "sentence": claim.sentence,
        "sent_start": claim.sent_start,
        "sent_end": claim.sent_end,
        "start": claim.start,
        "end": claim.end,
        "subject": claim.subject,
        "subject_entity": claim.subject_entity,
        "metric": claim.metric,
        "scope": json.dumps(claim.scope),
        "value": q.value if q else None,
        "low": q.low if q else None,
        "high": q.high if q else None,
        "unit": q.unit if q else None,
        "kind": q.kind if q else "event",
        "approx": q.approx if q else None,
        "quantity_text": q.text if q else None,
        "time_start": t.start if t else None,
        "time_end": t.end if t else None,
        "time_granularity": t.granularity if t else None,
        "time_text": t.text if t else None,
        "time_basis": claim.time_basis,
        "attributed_to": claim.attributed_to,
        "cited": json.dumps(claim.cited),
        "hedge": claim.hedge,
        "recorded_at": now,
        "topic_key": topic_key(
            q.kind if q else "event",
            q.unit if q else None,
            claim.metric,
            claim.subject,
            claim.subject_entity,
            claim.change,
        ),
        "change": claim.change,
        "direction": claim.direction,
        "change_cue": claim.change_cue,
        "series": claim.series,
    }


def document_row(item: Extraction, now: str) -> dict[str, Any]:
    """The document's columns (``now`` is when it was fetched or updated)."""
    src = item.source
    return {
        "id": item.id,
        "key": src.key,
        "url": src.url,
        "title": src.title,
        "outlet": src.outlet,
        "authors": json.dumps(src.authors),
        "published": src.published,
        "published_source": src.published_source,
        "feed": src.feed,
        "origin": src.origin,
        "text": src.text,
        "text_hash": item.text_hash,
        "metadata": json.dumps(src.metadata, default=str),
        "links": json.dumps([[link.href, link.text] for link in src.links]),
        "extractor": item.extractor,
        "now": now,
    }


def citation_row(item: Extraction, citation: Citation, ids: list[str], now: str) -> dict[str, Any]:
    """The citation as a flat row; ``entity`` is the key of the source when the
    document mentions it as an entity (the store turns it into its own reference)."""
    key = entity_key(citation.source)
    mentioned = any(entity_key(m.name) == key for m in item.mentions)
    return {
        "document_id": item.id,
        "text_hash": item.text_hash,
        "kind": citation.kind,
        "source": citation.source,
        "role": citation.role,
        "entity": key if mentioned else None,
        "text": citation.text,
        "start": citation.start if citation.start >= 0 else None,
        "end": citation.end if citation.end >= 0 else None,
        "url": citation.url,
        "title": citation.title,
        "outlet": citation.outlet,
        "published": citation.published,
        "number": citation.number,
        "claim_ids": json.dumps([ids[i] for i in citation.claims if i < len(ids)]),
        "recorded_at": now,
    }


def statement_row(item: Extraction, statement: Statement, now: str) -> dict[str, Any]:
    """The statement as a flat row with a stable id (``speaker_entity`` is an entity
    key the store turns into its own reference, or None)."""
    # The content's offsets are in the id: one speaker may say two things in a sentence.
    basis = (
        f"{item.id}|{item.text_hash}|{statement.sent_start}|{statement.content_start}"
        f"|{statement.content_end}|{statement.speaker}"
    )
    if statement.about:  # a report sums up two actors in one line: two statements
        basis += f"|{statement.about}"
    return {
        "id": hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16],
        "document_id": item.id,
        "text_hash": item.text_hash,
        "speaker": statement.speaker,
        "speaker_kind": statement.speaker_kind,
        "speaker_entity": entity_key(statement.speaker_entity)
        if statement.speaker_entity
        else None,
        "speaker_role": statement.speaker_role,
        "via": statement.via,
        "sentence": statement.sentence,
        "sent_start": statement.sent_start,
        "sent_end": statement.sent_end,
        "cue": statement.cue,
        "stance": json.dumps(statement.stance),
        "recorded_at": now,
        "content": statement.content,
        "content_start": statement.content_start,
        "content_end": statement.content_end,
        "attribution_cue": statement.attribution_cue,
        "kind": statement.kind,
        "speaker_mention": statement.speaker_mention,
        "about": statement.about,
    }


def seen_day(published: str | None, fetched_at: str) -> str:
    """The day a document was seen: its publication day when known, else when fetched."""
    return (published or fetched_at)[:10]


#: The columns of a feed's fetch status (``Store.feed_status``).
FEED_STATUS_COLUMNS = (
    "url", "etag", "last_modified", "last_checked", "last_success", "last_error",
    "http_status", "entries", "new_entries", "failures",
)  # fmt: skip


#: The columns of a cited source (a ``sources`` row, a ``(:Source)`` node).
SOURCE_COLUMNS = ("key", "name", "kind", "outlet", "title", "url", "published")


def source_key(name: str, title: str | None = None, url: str | None = None) -> str:
    """The normalised key of a cited source: its canonical URL when it has one, else
    its title (two reports of one outlet are two sources), else its name.

    >>> source_key("Reuters", "Chinese AI firms woo  OpenAI users")
    'title:chinese ai firms woo openai users'
    >>> source_key("the OpenRouter")
    'name:openrouter'
    """
    if url:
        canonical = canonical_url(url)
        if canonical:
            return f"url:{canonical}"
    if title and title.strip():
        return "title:" + " ".join(re.sub(r"[^\w%.$]+", " ", title.casefold()).split())
    return f"name:{entity_key(name)}"


def cited_sources(
    citations: Iterable[Mapping[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The sources a document's current citation rows (as :func:`citation_row` makes
    them, or as dumped) name, one row per key (the first citation names it, later ones
    fill what it lacks), and its CITES edges: ``{"source", "claim"}`` with ``claim`` ""
    for the document's own edge. Both stores write these and rebuild them on loads."""
    sources: dict[str, dict[str, Any]] = {}
    edges: set[tuple[str, str]] = set()
    for citation in citations:
        if citation.get("invalidated_at") or not (citation.get("source") or "").strip():
            continue
        key = source_key(citation["source"], citation.get("title"), citation.get("url"))
        row = sources.setdefault(
            key,
            {"key": key, "name": citation["source"].strip(), "kind": citation.get("kind")},
        )
        for field in ("outlet", "title", "url", "published"):
            if row.get(field) is None:
                row[field] = citation.get(field)
        claims = citation.get("claim_ids") or []
        if isinstance(claims, str):
            claims = json.loads(claims)
        edges.add((key, ""))
        edges.update((key, claim) for claim in claims)
    rows = [{c: row.get(c) for c in SOURCE_COLUMNS} for row in sources.values()]
    return rows, [{"source": s, "claim": c} for s, c in sorted(edges)]
