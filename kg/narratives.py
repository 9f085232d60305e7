"""Narratives: documents grouped into stories as they arrive.

A narrative is a set of documents about one story. Each new document is
compared, at ingest, with the narratives that share its most telling entities
and were seen around the same time (found through an index, so the cost of
adding a document does not grow with the store), and

- joins the narrative that *covers* it best, when that coverage reaches
  :data:`JOIN_SCORE` and they share at least :data:`MIN_SHARED` of its
  salient entities;
- merges the narratives it covers well (:data:`MERGE_SCORE`) when there are
  several: two stories that converge become one, and no document is lost;
- else starts a narrative of its own.

Coverage is how much of the document's entity weight the narrative holds:
each of the document's salient entities (weighted by tf-idf over the store)
counts in proportion to the share of the narrative's documents that mention
it. A broad narrative that mentions everything a little covers no document
well, so stories do not snowball into topics.

This module decides; the stores gather the candidates and apply the decision
in the document's write transaction. Statuses and labels are computed when
read (:func:`status`).

Examples
--------
>>> weights = document_weights({"yukos": 6, "russia": 2}, {"yukos": 3, "russia": 40}, 100)
>>> sorted(weights, key=weights.get, reverse=True)
['yukos', 'russia']
>>> story = Candidate("n-1", documents=3, seen=("2004-12-01", "2004-12-20"),
...                   entity_documents={"yukos": 3, "russia": 2})
>>> decide(weights, "2004-12-21", [story]).join
'n-1'
>>> decide(weights, "2005-06-01", [story]).join is None   # months later: a new story
True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kg.vocabulary import ACTIVE_STATUSES, NARRATIVE_STATUSES, NarrativeStatus

__all__ = [
    "ACTIVE_STATUSES",
    "NARRATIVE_STATUSES",
    "Candidate",
    "Decision",
    "NarrativeStatus",
    "decide",
    "document_weights",
    "follow_merges",
    "generic_entities",
    "narrative_id",
    "per_week",
    "status",
    "window_start",
]

#: How many of a document's entities speak for it (by tf-idf weight).
SALIENT_ENTITIES = 8
#: Salient entities a document must share with a narrative to join it (fewer only when
#: the document names fewer): one name in common ("the FBI") is a coincidence.
MIN_SHARED = 2
#: Coverage a narrative needs to take a document.
JOIN_SCORE = 0.45
#: Coverage at which a document ties two narratives into one.
MERGE_SCORE = 0.55
#: A document joins only narratives seen within this many days of it.
WINDOW_DAYS = 21
#: Of the document's weight, how much must come from entities that are not
#: generic: "China" or "London" alone do not make two articles one story.
SPECIFIC_COVERAGE = 0.25
#: An entity named by more than this share of the stored documents is generic ...
GENERIC_SHARE = 0.01
#: ... or, while the store is young, by more than this many: a young store does
#: not yet know what every story names, and a rule that waited to know would let
#: its first stories snowball through "the President" and "the United States".
GENERIC_FLOOR = 2
#: Below this many documents nothing is generic (a store of one story, such as
#: the five seed articles, is all about its own entities).
GENERIC_MIN_DOCUMENTS = 50
#: How many narratives per entity are considered (the largest).
CANDIDATES_PER_ENTITY = 50
#: Days of volume that decide a status: this week against the week before.
WEEK = 7
#: How many ``merged_into`` pointers are followed before giving up (a cycle is a bug,
#: but must not hang a read).
MAX_MERGE_HOPS = 100


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored narrative as the decision sees it.

    ``seen`` is (first seen, last seen) as ISO dates, or (None, None) when none
    of its documents is dated; ``entity_documents`` counts, for the entities of
    the new document only, how many of the narrative's documents mention each.
    """

    id: str
    documents: int
    seen: tuple[str | None, str | None]
    entity_documents: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Mapping[str, Any], counts: Mapping[str, Mapping[str, int]]) -> Candidate:
        """From a store's narrative row (``id``, ``documents``, ``first_seen``,
        ``last_seen``) and the per-narrative entity counts."""
        return cls(
            row["id"], row["documents"], (row["first_seen"], row["last_seen"]),
            counts.get(row["id"], {}),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a document goes: ``join`` (None: a new narrative) and the narratives
    that ``merge`` into the one it joins."""

    join: str | None
    merge: tuple[str, ...] = ()
    score: float = 0.0


def document_weights(
    counts: Mapping[str, int], document_counts: Mapping[str, int], total_documents: int
) -> dict[str, float]:
    """The document's salient entities, weighted by tf-idf and scaled to sum to one.

    ``counts`` are the document's mentions per entity key, ``document_counts``
    how many stored documents mention each, ``total_documents`` how many there are.
    """
    weights = {}
    for key, n in counts.items():
        df = max(1, document_counts.get(key, 1))
        idf = math.log((1 + total_documents) / (1 + df)) + 1.0
        weights[key] = (1.0 + math.log(n)) * idf
    top = sorted(weights, key=lambda k: (-weights[k], k))[:SALIENT_ENTITIES]
    total = sum(weights[k] for k in top) or 1.0
    return {k: weights[k] / total for k in top}


def generic_entities(document_counts: Mapping[str, int], total_documents: int) -> frozenset[str]:
    """The entities too common in the store to tie two documents together alone."""
    if total_documents < GENERIC_MIN_DOCUMENTS:
        return frozenset()
    limit = max(GENERIC_SHARE * total_documents, GENERIC_FLOOR)
    return frozenset(k for k, n in document_counts.items() if n > limit)


def coverage(
    weights: Mapping[str, float], candidate: Candidate, skip: frozenset[str] = frozenset()
) -> float:
    """How much of the document's weight the narrative holds (0 to 1), leaving ``skip`` out."""
    if candidate.documents <= 0:
        return 0.0
    return sum(
        w * min(1.0, candidate.entity_documents.get(k, 0) / candidate.documents)
        for k, w in weights.items()
        if k not in skip
    )


def window_start(seen: str | None) -> str | None:
    """The first day a narrative may have been last seen to take a document seen on ``seen``.

    >>> window_start("2026-03-22")
    '2026-03-01'
    """
    if not seen:
        return None
    return (date.fromisoformat(seen[:10]) - timedelta(days=WINDOW_DAYS)).isoformat()


def decide(
    weights: Mapping[str, float],
    seen: str | None,
    candidates: Sequence[Candidate],
    generic: frozenset[str] = frozenset(),
) -> Decision:
    """Join, merge or start: see the module docstring. ``seen`` is the document's date,
    ``generic`` the entities that count only beside a specific one."""
    scored = sorted(
        (
            (coverage(weights, c), c)
            for c in candidates
            if _near(seen, c.seen)
            and _shared(weights, c) >= min(MIN_SHARED, len(weights))
            and coverage(weights, c, generic) >= SPECIFIC_COVERAGE
        ),
        key=lambda pair: (-pair[0], -pair[1].documents, pair[1].id),
    )
    if not scored or scored[0][0] < JOIN_SCORE:
        return Decision(None)
    best_score, best = scored[0]
    strong = [c for score, c in scored[1:] if score >= MERGE_SCORE]
    if strong and best_score >= MERGE_SCORE:
        # The largest narrative keeps its id, so links to it stay valid.
        keep = max([best, *strong], key=lambda c: (c.documents, _oldest(c), c.id))
        merged = tuple(sorted(c.id for c in [best, *strong] if c.id != keep.id))
        return Decision(keep.id, merged, best_score)
    return Decision(best.id, (), best_score)


def _shared(weights: Mapping[str, float], candidate: Candidate) -> int:
    return sum(1 for k in weights if candidate.entity_documents.get(k, 0) > 0)


def _oldest(candidate: Candidate) -> str:
    # Inverted so that max() prefers the narrative seen first.
    first = candidate.seen[0]
    return "" if first is None else "".join(chr(0x10FFFF - ord(ch)) for ch in first)


def _near(seen: str | None, span: tuple[str | None, str | None]) -> bool:
    """Whether a document dated ``seen`` falls within the window around a narrative."""
    first, last = span
    if seen is None or first is None or last is None:
        return True  # undated on either side: time says nothing against it
    day = date.fromisoformat(seen[:10])
    window = timedelta(days=WINDOW_DAYS)
    return date.fromisoformat(first[:10]) - window <= day <= date.fromisoformat(last[:10]) + window


def narrative_id(document_id: str) -> str:
    """The id of a narrative started by a document (stable across stores)."""
    return f"n-{document_id[:12]}"


def follow_merges(
    narrative_id: str, read: Callable[[str], dict[str, Any] | None]
) -> dict[str, Any] | None:
    """The live narrative an id stands for: itself, or the one it was merged into.

    ``read`` gives a stored narrative's row by id (with its ``merged_into``), or
    None; the row returned has no ``merged_into``. None when the id is unknown.

    >>> rows = {"n-a": {"id": "n-a", "merged_into": "n-b"},
    ...         "n-b": {"id": "n-b", "merged_into": None}}
    >>> follow_merges("n-a", rows.get)
    {'id': 'n-b'}
    >>> follow_merges("n-x", rows.get) is None
    True
    """
    current = narrative_id
    for _ in range(MAX_MERGE_HOPS):
        row = read(current)
        if row is None:
            return None
        if row.get("merged_into") is None:
            return {k: v for k, v in row.items() if k != "merged_into"}
        current = row["merged_into"]
    return None


def status(per_day: Mapping[str, int], as_of: str | None) -> NarrativeStatus:
    """What a narrative's volume says about it, as of a day.

    "emerging" when first seen in the last week; "fading" when the last week
    has no documents or less than half the week before; "active and growing"
    when the last week has more than the week before; else "steady".
    "undated" when none of its documents has a date.

    >>> status({"2026-06-01": 1, "2026-06-09": 3}, "2026-06-10")
    'active and growing'
    >>> status({"2026-05-01": 4}, "2026-06-10")
    'fading'
    """
    if not per_day or as_of is None:
        return "undated"
    today = date.fromisoformat(as_of[:10])
    days = {date.fromisoformat(d[:10]): n for d, n in per_day.items()}
    first = min(days)
    recent = sum(n for d, n in days.items() if today - timedelta(days=WEEK) < d <= today)
    before = sum(
        n
        for d, n in days.items()
        if today - timedelta(days=2 * WEEK) < d <= today - timedelta(days=WEEK)
    )
    if first > today - timedelta(days=WEEK):
        return "emerging"
    if recent == 0 or recent * 2 < before:
        return "fading"
    if recent > before:
        return "active and growing"
    return "steady"


def per_week(per_day: Mapping[str, int]) -> list[dict[str, object]]:
    """Documents per ISO week (``2026-W14``), in order, weeks without documents included."""
    if not per_day:
        return []
    days = sorted(date.fromisoformat(d[:10]) for d in per_day)
    counts: dict[date, int] = {}
    for d, n in per_day.items():
        day = date.fromisoformat(d[:10])
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + n
    monday = days[0] - timedelta(days=days[0].weekday())
    weeks = []
    while monday <= days[-1]:
        year, week, _ = monday.isocalendar()
        weeks.append({"week": f"{year}-W{week:02d}", "documents": counts.get(monday, 0)})
        monday += timedelta(days=WEEK)
    return weeks
