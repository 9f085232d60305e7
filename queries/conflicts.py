"""Conflict sets: claims about the same thing that disagree, and how.

The links between claims (:mod:`kg.relations`, stored at ingest) form a
graph; networkx finds its connected components. A component with at least
one disagreement is a *conflict set*: every figure in it, each with its
outlet, times and sentence, and the explanations of the disagreements
(``contradiction``, ``different_date``, ``different_definition``,
``revised``) and of the trend around them (``different_time``).

An explanation is about two *figures* (a value for a time, however many
sources give it): which figures, from whom, and ``because``, a sentence
naming what differs between them, read off the claims themselves: what they
count (subject, metric and scope words that one has and the other lacks),
the time each is about, a revision by one source, rounding ("roughly"), and
a hedge (projected against reported). Each pair of figures has one
explanation, of the strongest relation between them; the trend's figures
are explained between neighbours in time.

Severity is the relative spread of the disagreeing values, halved when they
come from a single origin (several outlets repeating one cited source are
one origin).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from itertools import pairwise
from typing import Any

import networkx as nx

from kg.claim_json import claim_json
from kg.relations import origin
from kg.store.base import Row, Store
from kg.vocabulary import DISAGREEMENTS, RELATIONS, Relation
from queries.entities import resolve_entity
from queries.sources_named import source_label

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
    for ids, edges in (part for c in components for part in _within_stories(rows, *c)):
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


def _within_stories(
    rows: dict[str, Row], ids: list[str], edges: list[tuple[str, str, str]]
) -> list[tuple[list[str], list[tuple[str, str, str]]]]:
    """A component less the links that tie figures of a thing no name pins down across
    stories: "the airline" of one story and "the airline" of another are two airlines,
    "people" hurt in one shooting and in another are not one count. Figures whose
    subjects are both named entities (or in one story, or not yet placed) stay linked.

    >>> rows = {"a": {"subject_entity": None, "doc_narrative": "n-1"},
    ...         "b": {"subject_entity": None, "doc_narrative": "n-2"},
    ...         "c": {"subject_entity": None, "doc_narrative": "n-1"}}
    >>> _within_stories(rows, ["a", "b", "c"], [("a", "b", "contradiction"),
    ...                                         ("a", "c", "contradiction")])
    [(['a', 'c'], [('a', 'c', 'contradiction')])]
    """
    kept = [(a, b, r) for a, b, r in edges if not _across_stories(rows.get(a), rows.get(b))]
    if len(kept) == len(edges):
        return [(ids, edges)]
    graph = nx.Graph()
    graph.add_nodes_from(ids)
    graph.add_edges_from((a, b, {"relation": r}) for a, b, r in kept)
    return _components_with_disagreements(graph)


def _across_stories(a: Row | None, b: Row | None) -> bool:
    if a is None or b is None or (a.get("subject_entity") and b.get("subject_entity")):
        return False
    stories = a.get("doc_narrative"), b.get("doc_narrative")
    return bool(stories[0] and stories[1] and stories[0] != stories[1])


def set_id(claim_ids: list[str]) -> str:
    return hashlib.sha256("|".join(sorted(claim_ids)).encode()).hexdigest()[:12]


def _conflict_set(rows: dict[str, Row], ids: list[str], edges: list[tuple[str, str, str]]) -> Row:
    claims = sorted(
        (claim_json(rows[i]) for i in ids if i in rows),
        key=lambda c: ((c["time"] or {}).get("start") or "9999", c["value"] or 0),
    )
    explanations = explain_pairs(claims, edges)
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


# -- explanations, pair by pair ------------------------------------------------------------

#: Words that say nothing about what a figure counts.
_FILLER = frozenset(
    "a an the of in on for to and by at as its their share total percent market".split()
)
#: How long a granularity is, for "a single week vs a month".
_SPANS = {
    "day": "a single day",
    "week": "a single week",
    "weekend": "a weekend",
    "part-of-month": "part of a month",
    "month": "a month",
    "quarter": "a quarter",
    "half": "half a year",
    "part-of-year": "part of a year",
    "year": "a year",
}
_APPROX = {"~": "approximate", "<": "an upper bound", "<=": "an upper bound",
           ">": "a lower bound", ">=": "a lower bound"}  # fmt: skip


def figure_key(claim: dict[str, Any]) -> tuple[Any, ...]:
    """One figure: a value in a unit for a time, whoever gives it."""
    time = claim["time"] or {}
    return (claim["value"], claim["unit"], time.get("start"), time.get("end"))


def figure_sources(claims: list[dict[str, Any]]) -> list[str]:
    """Who gives a figure, by name, each once (never a document id)."""
    return list(dict.fromkeys(source_label(c["document"], c["attributed_to"]) for c in claims))


def explain_pairs(
    claims: list[dict[str, Any]], edges: list[tuple[str, str, str]]
) -> list[dict[str, Any]]:
    """One explanation per pair of figures that a stored relation links, strongest
    relation first; the trend's figures (``different_time``) pair with their neighbour
    in time only, so a long trend is a chain, not every pair."""
    by_id = {c["id"]: c for c in claims}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for claim in claims:
        groups.setdefault(figure_key(claim), []).append(claim)
    rank: dict[str, int] = {kind: i for i, kind in enumerate(ORDER)}
    pairs: dict[frozenset[tuple[Any, ...]], str] = {}
    trend: set[tuple[Any, ...]] = set()
    for a, b, relation in edges:
        if a not in by_id or b not in by_id:
            continue
        ka, kb = figure_key(by_id[a]), figure_key(by_id[b])
        if ka == kb or relation not in EXPLANATIONS:
            continue
        if relation == "different_time":
            trend.update((ka, kb))
            continue
        if relation in ("corroborates", "compatible") and relation not in DISAGREEMENTS:
            continue
        pair = frozenset((ka, kb))
        if pair not in pairs or rank[relation] < rank[pairs[pair]]:
            pairs[pair] = relation
    ordered = sorted(trend, key=lambda k: (k[2] or "", k[3] or "", k[0] or 0))
    for ka, kb in pairwise(ordered):
        pairs.setdefault(frozenset((ka, kb)), "different_time")
    pairs = _undated_once(pairs, groups)
    found = []
    for pair, kind in pairs.items():
        first, second = sorted(pair, key=lambda k: (k[2] or "9999", k[3] or "", k[0] or 0))
        found.append(_explanation(kind, groups[first], groups[second]))
    found.sort(key=lambda e: (rank[e["kind"]], e["because"]))
    return found


def _undated_once(
    pairs: dict[frozenset[tuple[Any, ...]], str], groups: dict[tuple[Any, ...], list[Any]]
) -> dict[frozenset[tuple[Any, ...]], str]:
    """An undated figure set against the dated figure nearest in value, not against
    every one: with no time to tell them apart, one comparison says all there is."""
    undated = {k for k, claims in groups.items() if not any(c["time"] for c in claims)}
    nearest: dict[tuple[Any, ...], frozenset[tuple[Any, ...]]] = {}
    for pair in pairs:
        for key in pair & undated:
            partner = next(iter(pair - {key}))
            if partner in undated:
                continue
            best = nearest.get(key)
            if best is None or _apart(key, partner) < _apart(key, next(iter(best - {key}))):
                nearest[key] = pair
    return {
        pair: kind
        for pair, kind in pairs.items()
        if not pair & undated or any(nearest.get(k) == pair for k in pair & undated)
    }


def _apart(one: tuple[Any, ...], other: tuple[Any, ...]) -> float:
    """How far apart two figure keys' values are (the key starts with the value)."""
    return abs(float(one[0] or 0) - float(other[0] or 0))


def _explanation(
    kind: str, one: list[dict[str, Any]], other: list[dict[str, Any]]
) -> dict[str, Any]:
    figures = [_figure(one), _figure(other)]
    return {
        "kind": kind,
        "claims": sorted(c["id"] for c in one + other),
        "text": EXPLANATIONS[kind],  # type: ignore[index]
        "figures": figures,
        "differs": differences(kind, _telling(one), _telling(other), one, other),
        "because": because(kind, one, other),
    }


def _telling(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """The claim of a figure that says most about what it counts: the longest subject
    ("six Chinese labs" rather than "China" for one 37.1%)."""
    return max(claims, key=lambda c: len(c["subject"] or ""))


def _figure(claims: list[dict[str, Any]]) -> dict[str, Any]:
    from queries.timeline import describe_time  # timeline imports this module

    first = claims[0]
    return {
        "figure": first["quantity_text"],
        "value": first["value"],
        "when": describe_time(first["time"]),
        "sources": figure_sources(claims),
        "claims": sorted(c["id"] for c in claims),
    }


def _words(text: str | None) -> list[str]:
    return [w for w in (text or "").lower().replace("'s", "").split() if w not in _FILLER]


def _only(a: list[str], b: list[str]) -> tuple[str, str]:
    bs, as_ = set(b), set(a)
    return " ".join(w for w in a if w not in bs), " ".join(w for w in b if w not in as_)


def differences(
    kind: str,
    a: dict[str, Any],
    b: dict[str, Any],
    one: list[dict[str, Any]] | None = None,
    other: list[dict[str, Any]] | None = None,
) -> list[dict[str, str]]:
    """What differs between two figures, each as ``{"aspect", "text"}``: scope, time,
    revision, rounding, hedge. Read off the claims only."""
    from queries.timeline import describe_time

    found: list[dict[str, str]] = []
    counted = []
    subject = _only(_words(a["subject"]), _words(b["subject"]))
    if all(subject):
        counted.append(f"{subject[0]} vs {subject[1]}")
    period = _only(_periods(a), _periods(b))
    if any(period):
        counted.append(f"{period[0] or 'no period'} vs {period[1] or 'no period'}")
    scope = _only([s.lower() for s in a["scope"]], [s.lower() for s in b["scope"]])
    if any(scope):
        counted.append(f"{scope[0] or 'no scope'} vs {scope[1] or 'no scope'}")
    if not counted and set(_words(a["metric"])) != set(_words(b["metric"])):
        counted.append(f"{a['metric']} vs {b['metric']}")
    if counted:
        found.append({"aspect": "scope", "text": "they count different things: "
                      + "; ".join(counted)})  # fmt: skip
    ta, tb = a["time"], b["time"]
    if (ta or {}).get("start") != (tb or {}).get("start") or (ta or {}).get("end") != (
        tb or {}
    ).get("end"):
        text = f"{describe_time(ta)} vs {describe_time(tb)}"
        span_a, span_b = (_SPANS.get((t or {}).get("granularity") or "") for t in (ta, tb))
        if span_a and span_b and span_a != span_b:
            text += f" ({span_a} vs {span_b})"
        found.append({"aspect": "time", "text": "they are about different times: " + text})
    who_a, who_b = _named(one or [a]), _named(other or [b])
    if kind == "revised" or (who_a & who_b and a["value"] != b["value"]):
        same = sorted(who_a & who_b) or figure_sources(one or [a])
        found.append({"aspect": "revision", "text": f"{same[0]} gave {a['quantity_text']} "
                      f"and later {b['quantity_text']}"})  # fmt: skip
    approx = [(c, _APPROX[c["approx"]]) for c in (a, b) if c["approx"] in _APPROX]
    if approx:
        close = _close(a, b)
        said = "; ".join(f"{c['quantity_text']} is {what}" for c, what in approx)
        said += ", within rounding of the other" if close else ""
        found.append({"aspect": "rounding", "text": said})
    if a["hedge"] != b["hedge"]:
        found.append({"aspect": "hedge", "text": f"{a['hedge']} vs {b['hedge']}"})
    return found


#: Words that say how often a figure is counted.
_PERIODS = ("daily", "weekly", "monthly", "quarterly", "annual", "yearly")


def _periods(claim: dict[str, Any]) -> list[str]:
    words = _words(f"{claim['subject'] or ''} {claim['metric'] or ''}")
    return [w for w in words if w in _PERIODS]


def _named(claims: list[dict[str, Any]]) -> set[str]:
    """The named sources of a figure: an outlet or whom it is attributed to, not a
    stand-in such as "an untitled document"."""
    return {
        str(c["document"].get("outlet") or c["attributed_to"])
        for c in claims
        if c["document"].get("outlet") or c["attributed_to"]
    }


def _close(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["value"] is None or b["value"] is None:
        return False
    largest = max(abs(a["value"]), abs(b["value"]))
    return bool(largest) and abs(a["value"] - b["value"]) / largest <= 0.1


def because(kind: str, one: list[dict[str, Any]], other: list[dict[str, Any]]) -> str:
    """The sentence an editor reads: which figures, from whom, and what differs.

    >>> a = {"id": "1", "value": 61.0, "unit": "%", "quantity_text": "61%",
    ...      "time": {"start": "2026-02-18", "end": "2026-02-24", "granularity": "week"},
    ...      "subject": "Chinese models", "metric": "token share", "scope": [],
    ...      "approx": "=", "hedge": "reported", "attributed_to": None,
    ...      "document": {"id": "d1", "outlet": "Wire A"}}
    >>> b = {**a, "id": "2", "value": 36.0, "quantity_text": "36%",
    ...      "time": {"start": "2026-04-01", "end": "2026-04-30", "granularity": "month"},
    ...      "document": {"id": "d2", "outlet": "Wire B"}}
    >>> because("different_time", [a], [b])  # doctest: +NORMALIZE_WHITESPACE
    '61% (Wire A) and 36% (Wire B) differ in time: week ending 24 Feb 2026 vs Apr 2026
    (a single week vs a month).'
    """
    a, b = one[0], other[0]
    named = (
        f"{a['quantity_text']} ({', '.join(figure_sources(one))}) and "
        f"{b['quantity_text']} ({', '.join(figure_sources(other))})"
    )
    found = differences(kind, a, b, one, other)
    if kind == "different_date" and a["value"] == b["value"]:
        time = next((d["text"] for d in found if d["aspect"] == "time"), "")
        return f"{named} are one figure dated differently: {time.split(': ', 1)[-1]}."
    if not found:
        return f"{named} give different values for the same thing and time."
    parts = []
    for d in found:
        if d["aspect"] == "time":
            parts.append("in time: " + d["text"].split(": ", 1)[1])
        elif d["aspect"] == "scope":
            parts.append("in what they count: " + d["text"].split(": ", 1)[1])
        elif d["aspect"] == "hedge":
            parts.append("in how sure they are: " + d["text"])
        elif d["aspect"] == "revision":
            parts.append("by revision: " + d["text"])
        else:
            parts.append("in precision: " + d["text"])
    return f"{named} differ " + "; and ".join(parts) + "."
