"""Perspectives: who says what in a narrative, and whether their position moved.

Actors are the speakers of the narrative's statements (people, organisations,
outlets, and unnamed groups such as "analysts tracking the data"). Each gets
its statements in time order, an extractive summary (its own sentences, the
most telling first: those that take a stance, then the latest), and its
evolution (:func:`queries.tensions.evolution`): consistent, or shifted, with
the dates and sentences that show it.

Examples
--------
>>> from kg.store import open_store
>>> narrative_statements(open_store(":memory:"), [])
[]
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kg.store.base import Row, Store
from queries.tensions import actor_positions, evolution, time_key

#: Sentences in an actor's summary.
SUMMARY_SENTENCES = 2
KIND_ORDER = {"person": 0, "organisation": 1, "outlet": 2, "group": 3}


def narrative_statements(store: Store, documents: Sequence[Row]) -> list[Row]:
    """The statements of these documents, each with its ``document`` (id, title,
    outlet, url, published) as :mod:`queries.tensions` reads them."""
    by_id = {d["id"]: d for d in documents}
    rows = []
    for statement in store.statements(list(by_id)):
        doc = by_id[statement["document_id"]]
        rows.append(
            {
                **statement,
                "document": {k: doc.get(k) for k in ("id", "title", "outlet", "url", "published")},
                "seen": doc.get("seen"),
            }
        )
    return rows


def narrative_perspectives(store: Store, narrative_id: str) -> list[Row]:
    """The perspectives of one narrative (``kg perspectives``)."""
    return perspectives(narrative_statements(store, list(store.documents(narrative=narrative_id))))


def perspectives(statements: list[Row], *, limit: int | None = None) -> list[Row]:
    """One entry per actor, the most outspoken first (named actors before groups on ties)."""
    entries = []
    by_name: dict[str, list[Row]] = {}
    for said in actor_positions(statements).values():
        # One actor written once with and once without a linked entity is still one actor.
        name = Counter(s["speaker"] for s in said).most_common(1)[0][0]
        by_name.setdefault(name.casefold(), []).extend(said)
    for said in by_name.values():
        said.sort(key=time_key)
        kind = Counter(s["speaker_kind"] for s in said).most_common(1)[0][0]
        roles = [s["speaker_role"] for s in said if s.get("speaker_role")]
        entries.append(
            {
                # The name as most often written, not the canonical entity key.
                "actor": Counter(s["speaker"] for s in said).most_common(1)[0][0],
                "kind": kind,
                "role": Counter(roles).most_common(1)[0][0] if roles else "",
                "statements": said,
                "summary": summary(said),
                "evolution": evolution(said),
            }
        )
    entries.sort(key=lambda e: (-len(e["statements"]), KIND_ORDER.get(e["kind"], 9), e["actor"]))
    return entries[:limit] if limit else entries


def summary(said: list[Row]) -> list[Row]:
    """The actor's most telling sentences, in time order: stance first, then the latest."""
    ranked = sorted(range(len(said)), key=lambda i: (-len(said[i].get("stance") or []), -i))[
        :SUMMARY_SENTENCES
    ]
    return [said[i] for i in sorted(ranked)]
