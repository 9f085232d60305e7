"""Conflict sets: claims about the same thing that disagree, and how.

The links between claims (:mod:`kg.relations`, stored at ingest) form a
graph; networkx finds its connected components. A component with at least
one disagreement is a *conflict set*: every figure in it, each with its
outlet, times and sentence, and the explanations of the disagreements
(``contradiction``, ``different_date``, ``different_definition``,
``revised``) and of the trend around them (``different_time``).

Severity is the relative spread of the disagreeing values, halved when they
come from a single origin (several outlets repeating one cited source are
one origin).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import networkx as nx

from kg.claim_json import claim_json
from kg.relations import origin
from kg.store.base import Row, Store
from kg.vocabulary import DISAGREEMENTS, RELATIONS, Relation
from queries.entities import resolve_entity

#: What each relation means, as a conflict set explains it.
EXPLANATIONS: dict[Relation, str] = {
    "contradiction": "same metric, same time, values differ beyond their stated precision",
    "different_date": "the same figure, dated differently by different sources",
    "different_definition": "the metrics are defined differently, so the figures need not agree",
    "revised": "the same origin gave another figure later",
    "different_time": "the same metric at different times: a trend, not a contradiction",
    "compatible": "the values agree once rounding, ranges and 'about' are allowed for",
    "corroborates": "the same figure for the same time",
}
#: The order explanations are listed in: the strongest disagreement first.
ORDER: tuple[Relation, ...] = RELATIONS


def conflict_graph(store: Store, seeds: set[str] | None = None) -> nx.Graph:
    """Claims as nodes, their stored relations as edges.

    With ``seeds``, only the components that hold them: links are followed out
    from the seeds a hop at a time, so the cost is the size of those components,
    not of the store.
    """
    graph = nx.Graph()
    if seeds is None:
        for link in store.claim_links():
            graph.add_edge(link["claim_a"], link["claim_b"], relation=link["relation"])
        return graph
    frontier = set(seeds)
    while frontier:
        graph.add_nodes_from(frontier)
        reached: set[str] = set()
        for link in store.claim_links(sorted(frontier)):
            a, b = link["claim_a"], link["claim_b"]
            reached.update(n for n in (a, b) if n not in graph)
            graph.add_edge(a, b, relation=link["relation"])
        frontier = reached
    return graph


def conflict_sets(
    store: Store,
    *,
    entity: str | None = None,
    metric: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_severity: float = 0.0,
    claim_ids: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Conflict sets, most severe first; filters keep sets with a matching claim.

    ``claim_ids`` limits the search to the sets those claims are in (the timeline
    uses it to mark its entries).
    """
    seeds = claim_ids
    if entity or metric or since or until:
        key = resolve_entity(store, entity)["key"] if entity else None
        found = set(store.linked_claim_ids(entity=key, metric=metric, since=since, until=until))
        seeds = found if seeds is None else seeds & found
    graph = conflict_graph(store, seeds)
    components = _components_with_disagreements(graph)
    # every set's claims in one batched read, not one query per set
    claim_rows = store.claims_by_id([i for ids, _ in components for i in ids])
    rows = {row["id"]: row for row in claim_rows}
    sets = []
    for ids, edges in components:
        found_set = _conflict_set(rows, ids, edges)
        if found_set["severity"] >= min_severity:
            sets.append(found_set)
    sets.sort(key=lambda s: (-s["severity"], s["id"]))
    return sets


def _components_with_disagreements(
    graph: nx.Graph,
) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
    """Each connected component holding a disagreement: its claim ids and its edges."""
    component_of: dict[str, int] = {}
    members: list[list[str]] = []
    for index, component in enumerate(nx.connected_components(graph)):
        members.append(sorted(component))
        component_of.update(dict.fromkeys(component, index))
    edges: list[list[tuple[str, str, str]]] = [[] for _ in members]
    for a, b, relation in graph.edges(data="relation"):
        edges[component_of[a]].append((a, b, relation))
    return [
        (members[i], edges[i])
        for i in range(len(members))
        if any(relation in DISAGREEMENTS for _, _, relation in edges[i])
    ]


def set_id(claim_ids: list[str]) -> str:
    return hashlib.sha256("|".join(sorted(claim_ids)).encode()).hexdigest()[:12]


def _conflict_set(rows: dict[str, Row], ids: list[str], edges: list[tuple[str, str, str]]) -> Row:
    claims = sorted(
        (claim_json(rows[i]) for i in ids if i in rows),
        key=lambda c: ((c["time"] or {}).get("start") or "9999", c["value"] or 0),
    )
    by_kind: dict[str, set[str]] = {}
    for a, b, relation in edges:
        by_kind.setdefault(relation, set()).update((a, b))
    explanations = [
        {"kind": kind, "claims": sorted(by_kind[kind]), "text": EXPLANATIONS[kind]}
        for kind in ORDER
        if kind in by_kind
    ]
    disagreeing = {i for a, b, r in edges if r in DISAGREEMENTS for i in (a, b)}
    origins = {origin(rows[i]) for i in ids if i in rows}
    # The widest gap between two claims that disagree, not the set's whole range:
    # a set also holds a trend, whose early and late points differ by design.
    spread = max(
        (_gap(rows[a], rows[b]) for a, b, r in edges if r in DISAGREEMENTS and {a, b} <= set(rows)),
        default=0.0,
    )
    severity = (
        spread if len({origin(rows[i]) for i in disagreeing if i in rows}) > 1 else spread / 2
    )
    return {
        "id": set_id(ids),
        "subject": _most_common(c["subject"] for c in claims),
        "metric": _most_common(c["metric"] for c in claims),
        "scope": sorted({s for c in claims for s in c["scope"]}),
        "severity": round(min(1.0, severity), 3),
        "origins": len(origins),
        "explanations": explanations,
        "claims": claims,
    }


def _gap(a: Row, b: Row) -> float:
    """The relative difference of two claims' values (0 when either has none)."""
    if a["value"] is None or b["value"] is None:
        return 0.0
    largest = max(abs(a["value"]), abs(b["value"]))
    return abs(a["value"] - b["value"]) / largest if largest else 0.0


def _most_common(values: Any) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None
