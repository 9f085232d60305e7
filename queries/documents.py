"""Documents and store-wide counts."""

from __future__ import annotations

from kg.store.base import Row, Store


def list_documents(
    store: Store,
    *,
    outlet: str | None = None,
    entity: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
) -> list[Row]:
    """Documents, newest first: id, title, outlet, url, published (+ its source), origin."""
    return list(
        store.documents(outlet=outlet, entity=entity, since=since, until=until, limit=limit)
    )


def store_stats(store: Store) -> Row:
    """What the store holds: counts, date range, where dates came from, entity types."""
    return {"store": store.location, **store.stats()}
