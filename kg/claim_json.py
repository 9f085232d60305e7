"""A stored claim as users and other tools read it: the ``kg claims --json`` shape.

The shape is a contract (documented in the README); add fields, never rename.
It lives beside the records, not with the queries, because ``kg extract``
prints unstored extractions in the same shape as ``kg claims`` prints stored ones.

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

__all__ = ["claim_json"]


def claim_json(row: dict[str, Any]) -> dict[str, Any]:
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
            # The file or feed it came from: what names it when it has no outlet or title.
            "origin": row.get("doc_file"),
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
        # Whether the figure is a level or the size of a movement, the words that say
        # so, and the series the two ends of a "from X to Y" share.
        "change": row.get("change") or "level",
        "direction": row.get("direction"),
        "change_cue": row.get("change_cue") or "",
        "series": row.get("series"),
    }
