"""``kg extract``: what the extractors make of a text, without storing it.

The JSON is the same the store would answer with (claims in the ``kg claims
--json`` shape), so a user can check a text before ingesting it, and other
tools can use kg as an extractor only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict
from typing import Any

from extractors.pipeline import Analyzer
from extractors.records import Extraction, SourceDocument
from kg.claim_json import claim_json
from kg.store.rows import claim_ids, claim_row


def extract(analyzer: Analyzer, sources: Iterable[SourceDocument]) -> Iterator[dict[str, Any]]:
    """One JSON-ready object per document, in input order."""
    for item in analyzer.analyse_many(sources):
        yield extraction_json(item)


def extraction_json(item: Extraction) -> dict[str, Any]:
    """An extraction as ``kg extract --json`` prints it."""
    src = item.source
    ids = claim_ids(item)
    document = {
        "doc_url": src.url,
        "doc_title": src.title,
        "doc_outlet": src.outlet,
        "doc_published": src.published,
        "doc_file": src.origin,
    }
    claims = [
        claim_json({**claim_row(item, c, ids[i], ""), **document})
        for i, c in enumerate(item.claims)
    ]
    return {
        "id": item.id,
        "origin": src.origin,
        "title": src.title,
        "outlet": src.outlet,
        "published": src.published,
        "published_source": src.published_source,
        "entities": [
            {"name": m.name, "label": m.label, "text": m.text, "span": [m.start, m.end]}
            for m in item.mentions
        ],
        "quantities": [
            {
                "value": q.value,
                "low": q.low,
                "high": q.high,
                "unit": q.unit,
                "kind": q.kind,
                "approx": q.approx,
                "text": q.text,
                "span": [q.start, q.end],
                "measured": q.measured,
            }
            for q in item.quantities
        ],
        "times": [
            {
                "start": t.start,
                "end": t.end,
                "granularity": t.granularity,
                "text": t.text,
                "span": [t.start_char, t.end_char],
                "anchor": t.anchor,
            }
            for t in item.times
        ],
        "claims": claims,
        "citations": [
            {
                **{k: v for k, v in asdict(c).items() if k != "claims"},
                "span": [c.start, c.end] if c.start >= 0 else None,
                "claims": [ids[i] for i in c.claims],
            }
            for c in item.citations
        ],
    }
