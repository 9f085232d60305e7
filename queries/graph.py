"""The stored graph as a networkx ``MultiDiGraph``, its exports, and paths between entities.

Any store projects the same way, through the store interface: documents,
entities, claims and outlets become typed nodes (attribute ``type``) with
their properties, and the edges are

- ``MENTIONS`` document -> entity (``mentions``: how many times),
- ``PUBLISHED_BY`` document -> outlet,
- ``STATES`` document -> claim,
- ``CITES`` document -> source and claim -> source (the sources an article cites and
  the claims that rest on them: footnotes, "according to", links, data sources),
- ``ABOUT`` claim -> entity (``role``: "subject" or "mentions"),
- ``CONFLICTS_WITH`` / ``CORROBORATES`` / ``TREND_WITH`` claim -> claim
  (``relation``: the typed explanation, see :mod:`kg.relations`).

Node ids are ``"<type>:<id>"`` ("entity:openrouter", "document:3f2a...",
"source:title:chinese ai firms woo openai users"), so the five kinds never collide
in one namespace. Attributes are strings and numbers only (None is left out), so
GraphML and GEXF can hold them.

Examples
--------
>>> from kg.store import open_store
>>> graph = project(open_store(":memory:"))
>>> graph.number_of_nodes()
0
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.store.base import Row, Store
from kg.vocabulary import AGREEMENTS, DISAGREEMENTS
from queries.entities import resolve_entity

FORMATS = ("graphml", "gexf", "json", "csv")
#: Claim properties carried onto claim nodes.
CLAIM_FIELDS = (
    "sentence", "subject", "metric", "value", "low", "high", "unit", "kind", "approx",
    "quantity_text", "time_start", "time_end", "time_granularity", "time_text", "time_basis",
    "attributed_to", "hedge",
)  # fmt: skip


def node_id(kind: str, key: str) -> str:
    return f"{kind}:{key}"


def project(store: Store) -> nx.MultiDiGraph:
    """The whole stored graph as a typed ``MultiDiGraph``; see the module docstring."""
    graph = nx.MultiDiGraph()
    for doc in store.documents():
        _add(graph, node_id("document", doc["id"]), "document", label=doc["title"] or doc["id"],
             title=doc["title"], outlet=doc["outlet"], url=doc["url"],
             published=doc["published"])  # fmt: skip
        if doc["outlet"]:
            outlet = node_id("outlet", doc["outlet"])
            _add(graph, outlet, "outlet", label=doc["outlet"], name=doc["outlet"])
            graph.add_edge(node_id("document", doc["id"]), outlet, key="PUBLISHED_BY",
                           label="PUBLISHED_BY")  # fmt: skip
    for entity in store.entities(min_mentions=1):
        _add(graph, node_id("entity", entity["key"]), "entity", label=entity["name"],
             name=entity["name"], entity_type=entity["type"], mentions=entity["mentions"],
             documents=entity["documents"], aliases="; ".join(entity["aliases"]))  # fmt: skip
    for edge in store.mention_edges():
        graph.add_edge(node_id("document", edge["document"]), node_id("entity", edge["entity"]),
                       key="MENTIONS", label="MENTIONS", mentions=edge["mentions"])  # fmt: skip
    for claim in store.claims():
        claim_node = node_id("claim", claim["id"])
        fields = {f: claim.get(f) for f in CLAIM_FIELDS}
        _add(graph, claim_node, "claim", label=claim["quantity_text"] or claim["sentence"][:60],
             document=claim["document_id"], **fields)  # fmt: skip
        graph.add_edge(node_id("document", claim["document_id"]), claim_node, key="STATES",
                       label="STATES")  # fmt: skip
    for edge in store.claim_entity_edges():
        graph.add_edge(node_id("claim", edge["claim"]), node_id("entity", edge["entity"]),
                       key=f"ABOUT:{edge['role']}", label="ABOUT", role=edge["role"])  # fmt: skip
    for edge in store.source_edges():
        source = node_id("source", edge["key"])
        if source not in graph:
            name, title = edge["name"], edge["title"]
            label = f"{name}: {title}" if title and title != name else name
            _add(graph, source, "source", label=label, name=name, source_kind=edge["kind"],
                 outlet=edge["outlet"], title=title, url=edge["url"],
                 published=edge["published"])  # fmt: skip
        cites = node_id("claim", edge["claim"]) if edge["claim"] else None
        if cites is None:
            cites = node_id("document", edge["document"])
        if cites in graph:
            graph.add_edge(cites, source, key="CITES", label="CITES")
    for link in store.claim_links():
        kind = _link_label(link["relation"])
        graph.add_edge(node_id("claim", link["claim_a"]), node_id("claim", link["claim_b"]),
                       key=kind, label=kind, relation=link["relation"])  # fmt: skip
    return graph


def _link_label(relation: str) -> str:
    if relation in DISAGREEMENTS:
        return "CONFLICTS_WITH"
    return "CORROBORATES" if relation in AGREEMENTS else "TREND_WITH"


def _add(graph: nx.MultiDiGraph, node: str, node_type: str, /, **attributes: Any) -> None:
    kept = {k: v for k, v in attributes.items() if v is not None}
    graph.add_node(node, type=node_type, **kept)


def neighbourhood(graph: nx.MultiDiGraph, store: Store, entity: str, depth: int) -> nx.MultiDiGraph:
    """The part of ``graph`` within ``depth`` hops of an entity (edges in either direction)."""
    center = node_id("entity", resolve_entity(store, entity)["key"])
    if center not in graph:
        return nx.MultiDiGraph()
    near = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center, depth)
    return graph.subgraph(near).copy()


def export(graph: nx.MultiDiGraph, fmt: str, path: Path) -> list[Path]:
    """Write ``graph`` as ``fmt`` (one of :data:`FORMATS`); returns the files written.

    CSV writes two files beside ``path``: ``<stem>.nodes.csv`` and ``<stem>.edges.csv``.
    """
    if fmt == "graphml":
        nx.write_graphml(graph, path)
    elif fmt == "gexf":
        nx.write_gexf(graph, path)
    elif fmt == "json":
        data = nx.node_link_data(graph, edges="edges")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str))
    elif fmt == "csv":
        return _export_csv(graph, path)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return [path]


def _export_csv(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    nodes_path = path.with_name(f"{path.stem}.nodes.csv")
    edges_path = path.with_name(f"{path.stem}.edges.csv")
    node_fields = sorted({k for _, data in graph.nodes(data=True) for k in data})
    with nodes_path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, ["id", *node_fields])
        writer.writeheader()
        for node, data in graph.nodes(data=True):
            writer.writerow({"id": node, **data})
    edge_fields = sorted({k for *_, data in graph.edges(data=True) for k in data})
    with edges_path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, ["source", "target", *edge_fields])
        writer.writeheader()
        for source, target, data in graph.edges(data=True):
            writer.writerow({"source": source, "target": target, **data})
    return [nodes_path, edges_path]


def entity_path(graph: nx.MultiDiGraph, store: Store, a: str, b: str) -> list[Row]:
    """How two entities are connected: the shortest chain of documents, claims, cited
    sources and entities.

    Outlets are left out of the search: "both appear in articles of the same
    outlet" is true of nearly everything and explains nothing.
    Returns [] when they are not connected.
    """
    start = node_id("entity", resolve_entity(store, a)["key"])
    end = node_id("entity", resolve_entity(store, b)["key"])
    searchable = graph.subgraph(n for n, t in graph.nodes(data="type") if t != "outlet")
    try:
        nodes = nx.shortest_path(searchable.to_undirected(as_view=True), start, end)
    except (nx.NetworkXNoPath, nx.NodeNotFound):
        return []
    steps = []
    for index, node in enumerate(nodes):
        data = graph.nodes[node]
        step: Row = {"id": node.split(":", 1)[1], "type": data["type"], "label": data["label"]}
        if index + 1 < len(nodes):
            step["edge"] = _edge_between(graph, node, nodes[index + 1])
        steps.append(step)
    return steps


def _edge_between(graph: nx.MultiDiGraph, a: str, b: str) -> str:
    """The label of an edge joining two nodes, with an arrow for its direction."""
    if graph.has_edge(a, b):
        return "-[" + next(iter(graph.get_edge_data(a, b).values()))["label"] + "]->"
    return "<-[" + next(iter(graph.get_edge_data(b, a).values()))["label"] + "]-"
