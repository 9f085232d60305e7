"""Claims as users and other tools read them: ``kg claims`` and its JSON shape.

The shape is a contract (documented in the README); add fields, never rename.

Examples
--------
>>> row = {"id": "c1", "document_id": "d1", "doc_url": None, "doc_title": "T",
...        "doc_outlet": "O", "doc_published": "2026-05-01", "sentence": "S",
...        "start": 3, "end": 6, "subject": "Chinese models", "subject_entity": None,
...        "metric": "share", "scope": '["OpenRouter"]', "value": 36.0, "low": 36.0,
...        "high": 36.0, "unit": "%", "kind": "percent", "approx": "=",
...        "quantity_text": "36%", "time_start": "2026-04-21", "time_end": "2026-04-30",
...        "time_granularity": "part-of-month", "time_text": "late April 2026",
...        "time_basis": "stated", "attributed_to": "OpenRouter", "cited": '["OpenRouter"]',
...        "hedge": "reported"}
>>> claim = claim_json(row)
>>> claim["time"]["start"], claim["scope"], claim["span"]
('2026-04-21', ['OpenRouter'], [3, 6])
"""

from __future__ import annotations

import json
from typing import Any

from kg.store.base import Row, Store
from queries.entities import resolve_entity


def claim_json(row: Row) -> dict[str, Any]:
    """One stored claim in the ``kg claims --json`` shape."""
    time = None
    if row["time_start"]:
        time = {
            "start": row["time_start"],
            "end": row["time_end"],
            "granularity": row["time_granularity"],
            "text": row["time_text"],
            "basis": row["time_basis"],
        }
    return {
        "id": row["id"],
        "document": {
            "id": row["document_id"],
            "url": row["doc_url"],
            "title": row["doc_title"],
            "outlet": row["doc_outlet"],
            "published": row["doc_published"],
        },
        "sentence": row["sentence"],
        "span": [row["start"], row["end"]],
        "subject": row["subject"],
        "subject_entity": row["subject_entity"],
        "metric": row["metric"],
        "scope": json.loads(row["scope"]),
        "value": row["value"],
        "low": row["low"],
        "high": row["high"],
        "unit": row["unit"],
        "kind": row["kind"],
        "approx": row["approx"],
        "quantity_text": row["quantity_text"],
        "time": time,
        "attributed_to": row["attributed_to"],
        "cited": json.loads(row["cited"]),
        "hedge": row["hedge"],
    }


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
        "source": claim["attributed_to"] or claim["document"]["outlet"] or "",
        "outlet": claim["document"]["outlet"] or "",
        "published": (claim["document"]["published"] or "")[:10],
        "id": claim["id"],
    }
