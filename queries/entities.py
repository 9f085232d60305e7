"""Entities: the list, and one entity's profile.

Examples
--------
>>> from kg.store import open_store
>>> list_entities(open_store(":memory:"))
[]
"""

from __future__ import annotations

from kg import errors
from kg.store.base import Row, Store


def list_entities(
    store: Store, *, type: str | None = None, min_mentions: int = 1, limit: int | None = None
) -> list[Row]:
    """Entities, most mentioned first: name, key, type, mentions, documents, aliases."""
    return store.entities(type=type, min_mentions=min_mentions, limit=limit)


def entity_profile(store: Store, name: str, *, documents: int = 10, related: int = 10) -> Row:
    """One entity with its aliases, the documents that mention it most and its co-occurring
    entities.

    Raises
    ------
    KgError
        E004 when no entity has this name or alias.
    """
    entity = resolve_entity(store, name)
    return {
        **entity,
        "top_documents": store.entity_documents(entity["key"], limit=documents),
        "cooccurring": store.cooccurring(entity["key"], limit=related),
    }


def resolve_entity(store: Store, name: str) -> Row:
    """The entity with this name or alias, or E004 saying how to list them."""
    entity = store.find_entity(name)
    if entity is None:
        raise errors.no_such_entity(name)
    return entity
