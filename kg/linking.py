"""Claim linking, once for every store: each new figure against the stored ones on its topic.

At write time a new claim is compared with a bounded set of stored claims
that share its topic key (:data:`~kg.tunables.TOPIC_CANDIDATES` distinct
readings among the newest :data:`~kg.tunables.TOPIC_SCAN`, found through an
index), and :func:`kg.relations.relation` names how each pair relates. A
backend provides the two primitives of :class:`ClaimLinkTables`; the rules
are here.

Examples
--------
>>> class Tables:
...     links = {}
...     def topic_candidates(self, topic_key, claim_id, document_id, *, scan, limit):
...         return [dict(new, id="c0", document_id="d0", value=45.0, low=45.0, high=45.0,
...                      quantity_text="45%", doc_outlet="Wire", published=None)]
...     def write_links(self, links):
...         self.links.update(links)
>>> new = {"id": "c1", "document_id": "d1", "topic_key": "share", "sent_start": 0,
...        "kind": "percent", "value": 36.0, "low": 36.0, "high": 36.0, "approx": "=",
...        "quantity_text": "36%", "time_start": "2026-04-01", "time_end": "2026-04-30",
...        "time_basis": "stated", "metric": "share", "cited": "[]", "attributed_to": None}
>>> tables = Tables()
>>> link_claims(tables, [new], outlet="Post", published=None)
>>> tables.links
{('c0', 'c1'): 'contradiction'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from kg.relations import origin, relation
from kg.tunables import TOPIC_CANDIDATES, TOPIC_SCAN
from kg.vocabulary import Relation

__all__ = ["ClaimLinkTables", "Links", "link_claims"]

Row = dict[str, Any]
#: Claim links by (claim_a, claim_b), the ids in sorted order.
Links = dict[tuple[str, str], Relation]


class ClaimLinkTables(Protocol):
    """The primitives claim linking needs, bound to one write transaction."""

    def topic_candidates(
        self, topic_key: str, claim_id: str, document_id: str, *, scan: int, limit: int
    ) -> list[Row]:
        """The stored current claims a new one is compared with: of the newest ``scan``
        on the topic (``claim_id`` itself left out), one per distinct reading (value,
        bounds, time, metric, sources and outlet) except that every claim of
        ``document_id`` counts apart; the newest ``limit`` of those. Rows carry the
        claim columns :func:`~kg.relations.relation` reads plus ``doc_outlet`` and
        ``published``."""

    def write_links(self, links: Mapping[tuple[str, str], Relation]) -> None:
        """Store links; a pair already linked takes the new relation."""


def link_claims(
    tables: ClaimLinkTables, rows: Sequence[Row], *, outlet: str | None, published: str | None
) -> None:
    """Relate each new claim row (with a ``topic_key``) of one document to the stored ones.

    ``outlet`` and ``published`` are the document's: who a figure comes from
    when it cites no one (:func:`~kg.relations.origin`), and when it was said.
    """
    links: Links = {}
    for row in rows:
        if not row["topic_key"]:
            continue
        new = {**row, "doc_outlet": outlet, "published": published}
        new["origin"] = origin(new)
        found = tables.topic_candidates(
            str(row["topic_key"]),
            str(row["id"]),
            str(row["document_id"]),
            scan=TOPIC_SCAN,
            limit=TOPIC_CANDIDATES,
        )
        for other in found:
            kind = relation(new, {**other, "origin": origin(other)})
            if kind:
                a, b = sorted((str(row["id"]), str(other["id"])))
                links[(a, b)] = kind  # the latest reading of a pair wins
    tables.write_links(links)
