"""Bounds every store honours, so that each answers alike and costs the same per write.

The narrative decision's own numbers (salient entities, scores, windows) are
in :mod:`kg.narratives`; these are the limits on what a store reads to make
its decisions and to list its answers.
"""

from __future__ import annotations

__all__ = ["COOCCURRENCE_SAMPLE", "NARRATIVE_ENTITIES", "TOPIC_CANDIDATES", "TOPIC_SCAN"]

#: How many stored claims on a topic a new claim is compared with (the newest):
#: bounds the cost of adding a document however large the store grows.
TOPIC_CANDIDATES = 100
#: How many of a topic's newest claims are read to find those distinct readings (a
#: topic told thousands of times compares a new figure with its recent tellings).
TOPIC_SCAN = 500
#: How many of a narrative's entities are listed with it (its label is made of the first).
NARRATIVE_ENTITIES = 12
#: How many of an entity's documents co-occurrence is counted over (see ``Store.cooccurring``).
COOCCURRENCE_SAMPLE = 2_000
