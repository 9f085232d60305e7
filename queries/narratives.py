"""Narratives as users see them: label, volume, status, documents and main actors.

The stores keep narratives up to date at ingest (:mod:`kg.narratives`); this
module reads them through the store interface and adds what is computed at
read time: the label (a headline-like phrase of its titles that its other
documents share, words that many of the store's newest titles use counting
less, :mod:`queries.story_labels`; the entities most of its documents share
only when it has no usable title), the status as of a day, computed from the dates
the articles carry (a story of undated articles is "undated", whatever day
they were fetched), the volume per week, and the main actors, ranked by PageRank on
the narrative's part of the graph (documents, the entities they mention, the
claims they state and who speaks in them), so an actor counts for more when
it is central to the story rather than merely frequent in the corpus.

Finding a story (:func:`find_narratives`) goes through the entity index, so it
costs the same whatever the number of narratives.

Examples
--------
>>> from kg.store import open_store
>>> list_narratives(open_store(":memory:"))
[]
>>> find_narratives(open_store(":memory:"), "anything")
[]
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

import networkx as nx

from kg.narratives import WEEK, per_week, status
from kg.store.base import Row, Store
from kg.vocabulary import ACTIVE_STATUSES
from queries.story_labels import Background, key_phrase

#: Entity types that can act in a story (a place or a product is not an actor).
ACTOR_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Narratives read from the store at a time when listing.
PAGE = 200
#: How many entities make a label.
LABEL_ENTITIES = 3


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
    day = as_of or newest_published(store)  # the same day `kg narrative` uses
    total = store.document_count()
    found: list[Row] = []
    # Page through, newest first, so that --limit reads only what it shows.
    page = max(limit or 0, PAGE) if not status_filter else PAGE
    offset = 0
    common = label_background(store)
    while True:
        rows = store.narratives(min_documents=min_documents, limit=page, offset=offset)
        for row in rows:
            if status_filter in ACTIVE_STATUSES and _quiet_for_a_week(row, day):
                return found  # newest first: every later narrative is quiet too
            summary = _summary(store, row, day, total, background=common)
            if status_filter and summary["status"] != status_filter:
                continue
            found.append(summary)
            if limit and len(found) >= limit:
                return found
        if len(rows) < page:
            return found
        offset += page


def find_narratives(store: Store, query: str, *, limit: int = 10) -> list[Row]:
    """Narratives whose id is ``query``, else those whose documents mention the entity it
    names (or, failing that, every entity among its words), the most mentioning first;
    at most ``limit``.

    Everything goes through the entity index: finding a story costs the same in a
    store of a thousand narratives as in one of a hundred thousand.
    """
    found = store.narrative(query)
    if found is not None:
        return [{"id": found["id"], "documents": found["documents"]}]
    named = store.find_entity(query)
    if named is not None:
        entities = [named]
    else:
        words = [w for w in re.findall(r"\w+", query) if len(w) > 1]
        entities = [e for e in map(store.find_entity, words) if e is not None]
        if not entities or len(entities) < len(words):
            return []  # a word that names nothing stored: no story is about it
    mentions: Counter[str] = Counter()
    shared: set[str] | None = None
    for entity in entities:
        stories = Counter(
            d["narrative"] for d in store.documents(entity=entity["key"]) if d.get("narrative")
        )
        mentions.update(stories)
        shared = set(stories) if shared is None else shared & set(stories)
    by_mentions = sorted(shared or (), key=lambda n: (-mentions[n], n))
    if not by_mentions:
        return []
    # Only the best-mentioning stories are read (ties on the cut-off included).
    floor = mentions[by_mentions[min(limit, len(by_mentions)) - 1]]
    ranked = []
    for narrative_id in by_mentions:
        if mentions[narrative_id] < floor:
            break
        narrative = store.narrative(narrative_id)
        if narrative is not None:
            ranked.append({"id": narrative["id"], "documents": narrative["documents"]})
    ranked.sort(key=lambda n: (-mentions[n["id"]], -n["documents"], n["id"]))
    return ranked[:limit]


def narrative_detail(store: Store, narrative_id: str, *, as_of: str | None = None) -> Row | None:
    """One narrative with its documents, volume per day and week, and main actors."""
    row = store.narrative(narrative_id)
    if row is None:
        return None
    documents = list(store.documents(narrative=row["id"]))
    day = as_of or newest_published(store)
    summary = _summary(
        store, row, day, store.document_count(), documents, background=label_background(store)
    )
    published = published_per_day(documents)  # the dates articles carry, not fetch days
    summary["volume"] = {
        "per_day": [{"day": d, "documents": n} for d, n in sorted(published.items())],
        "per_week": per_week(published),
    }
    summary["actors"] = main_actors(store, [d["id"] for d in documents])
    summary["documents"] = [
        {k: d.get(k) for k in ("id", "title", "outlet", "url", "published", "seen", "origin")}
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


def _summary(
    store: Store,
    row: Row,
    as_of: str | None,
    total: int,
    documents: list[Row] | None = None,
    *,
    background: Background | None = None,
) -> Row:
    entities = row["entities"]
    if documents is None:
        documents = list(store.documents(narrative=row["id"]))
    telling = [e["name"] for e in label_entities(entities, total)]
    # Every name of the story, most telling first: a label that is only a name says
    # who is in the story, not what happened.
    names = telling + [e["name"] for e in entities if e["name"] not in telling]
    label = key_phrase(_titles_and_leads(store, documents), names, background=background)
    published = published_per_day(documents)
    days = sorted(published)
    return {
        "id": row["id"],
        "label": label or ", ".join(telling) or "an unnamed story",
        "status": status(published, as_of),
        "documents": row["documents"],
        "first_seen": row["first_seen"],
        "last_seen": row["last_seen"],
        "first_published": days[0] if days else None,
        "last_published": days[-1] if days else None,
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


#: Newest titles sampled to tell which words many stories use.
BACKGROUND_TITLES = 1000


def label_background(store: Store) -> Background:
    """The newest titles of the store, read once per listing: a word many of them use
    ("White House") tells no story apart. A bounded read, whatever the store's size."""
    return Background(d.get("title") for d in store.documents(limit=BACKGROUND_TITLES))


#: Documents whose first claim sentence is read as a lead for the label.
LEADS = 5


def _titles_and_leads(store: Store, documents: list[Row]) -> list[str]:
    """Per document, its title and (for the first few) the first sentence that states
    a figure or a dated event: what the label is chosen from."""
    ordered = sorted(documents, key=lambda d: (d.get("seen") or "", d["id"]))
    texts = []
    for index, document in enumerate(ordered):
        lead = ""
        if index < LEADS:
            claims = store.claims(document=document["id"])
            first = min(claims, key=lambda c: c.get("sent_start") or 0, default=None)
            lead = " ".join(str(first["sentence"]).split()) if first else ""
        texts.append("\n".join(t for t in (document.get("title"), lead) if t))
    return texts


def published_per_day(documents: Sequence[Row]) -> dict[str, int]:
    """How many documents were published each day; undated documents count on none.

    >>> published_per_day([{"published": "2026-04-30T08:00:00Z"}, {"published": None}])
    {'2026-04-30': 1}
    """
    return dict(Counter(str(d["published"])[:10] for d in documents if d.get("published")))


def newest_published(store: Store) -> str | None:
    """The newest publication day in the store (the day statuses are computed for)."""
    newest = next(iter(store.documents(limit=1)), None)
    published = newest.get("published") if newest else None
    return str(published)[:10] if published else None


def _quiet_for_a_week(row: Row, day: str | None) -> bool:
    """Last seen a week or more before ``day``: fading (or undated), whatever else."""
    if not day or not row.get("last_seen"):
        return True
    return date.fromisoformat(row["last_seen"][:10]) <= date.fromisoformat(day[:10]) - timedelta(
        days=WEEK
    )


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
