"""Claims as users and other tools read them: ``kg claims`` and its table.

The claim's JSON shape is a contract, defined with the records in
:mod:`kg.claim_json` (``kg extract`` prints it too); this module lists and
tabulates claims in it.
"""

from __future__ import annotations

from typing import Any

from kg.claim_json import claim_json
from kg.store.base import Store
from queries.entities import resolve_entity
from queries.sources_named import document_name

__all__ = ["claim_json", "claim_table_row", "list_claims"]


def list_claims(
    store: Store,
    *,
    entity: str | None = None,
    metric: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    figures_only: bool = False,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Claims matching the filters, in the order of the time they are about.

    ``entity`` is a name or alias; an unknown one raises :func:`kg.errors.no_such_entity`.
    """
    key = resolve_entity(store, entity)["key"] if entity else None
    rows = store.claims(entity=key, metric=metric, since=since, until=until, outlet=outlet)
    claims = []
    for row in rows:
        if figures_only and row["kind"] == "event":
            continue
        claims.append(claim_json(row))
        if limit and len(claims) >= limit:
            break
    return claims


def claim_table_row(claim: dict[str, Any]) -> dict[str, Any]:
    """The columns ``kg claims`` prints."""
    time = claim["time"]
    when = ""
    if time:
        when = time["text"] or f"({time['start']})"
    return {
        "when": when,
        "figure": claim["quantity_text"] or "(event)",
        "subject": claim["subject"] or "",
        "metric": claim["metric"] or "",
        "source": claim["attributed_to"] or document_name(claim["document"]),
        "outlet": document_name(claim["document"]),
        "published": (claim["document"]["published"] or "")[:10],
        "id": claim["id"],
    }
