"""Narratives as users see them: label, volume, status, documents and main actors.

The stores keep narratives up to date at ingest (:mod:`kg.narratives`); this
module reads them through the store interface and adds what is computed at
read time: the label (the entities most of its documents share), the status
as of a day, the volume per week, and the main actors, ranked by PageRank on
the narrative's part of the graph (documents, the entities they mention, the
claims they state and who speaks in them), so an actor counts for more when
it is central to the story rather than merely frequent in the corpus.

Examples
--------
>>> from kg.store import open_store
>>> list_narratives(open_store(":memory:"))
[]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta

import networkx as nx

from kg.narratives import WEEK, per_week, status
from kg.store.base import Row, Store

#: Entity types that can act in a story (a place or a product is not an actor).
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Statuses only a narrative seen within the last week can have.
RECENT_STATUSES = frozenset({"emerging", "active and growing", "steady"})
#: Narratives read from the store at a time when listing.
PAGE = 200
#: How many entities make a label.
LABEL_ENTITIES = 3
STATUSES = ("emerging", "active and growing", "steady", "fading", "undated")


def list_narratives(
    store: Store,
    *,
    status_filter: str | None = None,
    min_documents: int = 1,
    limit: int | None = None,
    as_of: str | None = None,
) -> list[Row]:
    """Narratives, last seen first, each with its label and status as of ``as_of``
    (default: the day the newest narrative was last seen)."""
    day = as_of or _newest(store.narratives(limit=1))  # the same day `kg narrative` uses
    total = store.document_count()
    found: list[Row] = []
    # Page through, newest first, so that --limit reads only what it shows.
    page = max(limit or 0, PAGE) if not status_filter else PAGE
    offset = 0
    while True:
        rows = store.narratives(min_documents=min_documents, limit=page, offset=offset)
        for row in rows:
            if status_filter in RECENT_STATUSES and _quiet_for_a_week(row, day):
                return found  # newest first: every later narrative is quiet too
            summary = _summary(row, day, total)
            if status_filter and summary["status"] != status_filter:
                continue
            found.append(summary)
            if limit and len(found) >= limit:
                return found
        if len(rows) < page:
            return found
        offset += page


def narrative_detail(store: Store, narrative_id: str, *, as_of: str | None = None) -> Row | None:
    """One narrative with its documents, volume per day and week, and main actors."""
    row = store.narrative(narrative_id)
    if row is None:
        return None
    day = as_of or _newest(store.narratives(limit=1)) or row["last_seen"]
    summary = _summary(row, day, store.document_count())
    documents = list(store.documents(narrative=row["id"]))
    summary["volume"] = {
        "per_day": [{"day": d, "documents": n} for d, n in sorted(row["per_day"].items())],
        "per_week": per_week(row["per_day"]),
    }
    summary["actors"] = main_actors(store, [d["id"] for d in documents])
    summary["documents"] = [
        {k: d.get(k) for k in ("id", "title", "outlet", "url", "published", "seen")}
        for d in sorted(documents, key=lambda d: (d.get("seen") or "", d["id"]))
    ]
    return summary


def main_actors(store: Store, documents: Sequence[str], *, limit: int = 10) -> list[Row]:
    """The actors of a set of documents, most central first.

    PageRank over documents, the entities they mention (weighted by how often),
    and who speaks in them; only people, organisations, groups of people and
    places that act (``ACTOR_TYPES``) are ranked.
    """
    graph = nx.Graph()
    for edge in store.mention_edges(documents):
        doc, entity = "d:" + edge["document"], "e:" + edge["entity"]
        weight = graph.get_edge_data(doc, entity, {"weight": 0})["weight"] + edge["mentions"]
        graph.add_edge(doc, entity, weight=weight)
    for statement in store.statements(documents):
        key = statement["speaker_entity"]
        if key:
            doc, entity = "d:" + statement["document_id"], "e:" + key
            weight = graph.get_edge_data(doc, entity, {"weight": 0})["weight"] + 2
            graph.add_edge(doc, entity, weight=weight)
    if graph.number_of_nodes() == 0:
        return []
    actors: list[Row] = []
    for node, rank in sorted(pagerank(graph).items(), key=lambda item: (-item[1], item[0])):
        if len(actors) >= 2 * limit:
            break  # enough to reorder the top after the settings' discount
        if not node.startswith("e:"):
            continue
        entity = store.find_entity(node[2:])
        if entity is None or entity["type"] not in ACTOR_TYPES:
            continue
        # A country or nationality is central to every story it sets; it ranks at half weight.
        score = rank * (SETTING_WEIGHT if entity["type"] in SETTING_TYPES else 1.0)
        actors.append(
            {
                "name": entity["name"],
                "type": entity["type"],
                "score": round(score, 4),
                "documents": graph.degree(node),
            }
        )
    actors.sort(key=lambda a: (-a["score"], a["name"]))
    return actors[:limit]


def _summary(row: Row, as_of: str | None, total_documents: int) -> Row:
    entities = row["entities"]
    label = ", ".join(e["name"] for e in label_entities(entities, total_documents)) or row["id"]
    return {
        "id": row["id"],
        "label": label,
        "status": status(row["per_day"], as_of),
        "documents": row["documents"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "entities": [
            {"name": e["name"], "type": e["type"], "documents": e["documents"]} for e in entities
        ],
    }


#: Entity types that set a story's scene; they label it only when nothing else is as shared.
SETTING_TYPES = frozenset({"GPE", "NORP", "LOC"})
SETTING_WEIGHT = 0.5


def label_entities(entities: list[Row], total_documents: int) -> list[Row]:
    """The entities that name a narrative: shared by its documents and rare elsewhere
    (a story about one company is not labelled by the country every story names)."""

    def telling(e: Row) -> float:
        rarity = math.log((1 + total_documents) / (1 + e.get("corpus_documents", 1))) + 1.0
        # Places and nationalities say where a story happens, rarely what it is about.
        setting = SETTING_WEIGHT if e.get("type") in SETTING_TYPES else 1.0
        return e["documents"] * rarity * setting

    ranked = sorted(entities, key=lambda e: (-telling(e), e["name"]))
    return ranked[:LABEL_ENTITIES]


def _quiet_for_a_week(row: Row, day: str | None) -> bool:
    """Last seen a week or more before ``day``: fading (or undated), whatever else."""
    if not day or not row.get("last_seen"):
        return True
    return date.fromisoformat(row["last_seen"][:10]) <= date.fromisoformat(day[:10]) - timedelta(
        days=WEEK
    )


def _newest(rows: list[Row]) -> str | None:
    days = [r["last_seen"] for r in rows if r.get("last_seen")]
    return max(days) if days else None


def pagerank(graph: nx.Graph, *, damping: float = 0.85, rounds: int = 100) -> dict[str, float]:
    """Weighted PageRank by power iteration, in pure Python.

    ``networkx.pagerank`` needs SciPy; a narrative's graph has hundreds of
    nodes, where plain iteration converges in a few milliseconds.

    >>> g = nx.Graph([("a", "b"), ("a", "c")])
    >>> ranks = pagerank(g)
    >>> max(ranks, key=ranks.get)
    'a'
    """
    nodes = sorted(graph)
    rank = dict.fromkeys(nodes, 1.0 / len(nodes))
    strength = {n: graph.degree(n, weight="weight") or 1.0 for n in nodes}
    for _ in range(rounds):
        spread = (1.0 - damping) / len(nodes)
        new = dict.fromkeys(nodes, spread)
        for node in nodes:
            share = damping * rank[node] / strength[node]
            for other, data in graph[node].items():
                new[other] += share * data.get("weight", 1.0)
        if sum(abs(new[n] - rank[n]) for n in nodes) < 1e-9:
            return new
        rank = new
    return rank
