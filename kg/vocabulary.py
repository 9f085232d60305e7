"""The words kg answers with, each list defined once: narrative statuses and claim relations.

Each vocabulary is a ``Literal`` type (for signatures that mypy checks) and a
tuple of the same words in their display order (for loops, ``--status``
choices and tables). A test checks that the two agree.

Examples
--------
>>> NARRATIVE_STATUSES[:2]
('emerging', 'active and growing')
>>> RELATIONS[0], "corroborates" in AGREEMENTS
('contradiction', True)
"""

from __future__ import annotations

from typing import Literal

__all__ = [
    "ACTIVE_STATUSES",
    "AGREEMENTS",
    "DISAGREEMENTS",
    "NARRATIVE_STATUSES",
    "RELATIONS",
    "TRENDS",
    "NarrativeStatus",
    "Relation",
]

#: What a narrative's volume says about it (:func:`kg.narratives.status`).
NarrativeStatus = Literal["emerging", "active and growing", "steady", "fading", "undated"]
#: Every status, liveliest first.
NARRATIVE_STATUSES: tuple[NarrativeStatus, ...] = (
    "emerging",
    "active and growing",
    "steady",
    "fading",
    "undated",
)
#: The statuses of a narrative that had documents in the last week.
ACTIVE_STATUSES: tuple[NarrativeStatus, ...] = ("emerging", "active and growing", "steady")

#: How two claims on one topic relate (:func:`kg.relations.relation`).
Relation = Literal[
    "contradiction",
    "different_date",
    "different_definition",
    "revised",
    "different_time",
    "compatible",
    "corroborates",
]
#: Every relation, the strongest disagreement first (the order explanations are listed in).
RELATIONS: tuple[Relation, ...] = (
    "contradiction",
    "different_date",
    "different_definition",
    "revised",
    "different_time",
    "compatible",
    "corroborates",
)
#: Relations that mean the figures disagree (and put their claims in a conflict set).
DISAGREEMENTS: frozenset[Relation] = frozenset(
    {"contradiction", "different_date", "different_definition", "revised"}
)
#: Relations that mean the figures agree.
AGREEMENTS: frozenset[Relation] = frozenset({"corroborates", "compatible"})
#: Relations that mean the figures are points of one trend.
TRENDS: frozenset[Relation] = frozenset({"different_time"})
