"""The MeasEval check of what a figure measures: its reader links each quantity to the
entity and property MeasEval annotates, and its scorer counts a figure right only when
kg's measured words share a content word with them.

The scorer is run on sentences of our own; the reader on MeasEval itself, when
``../shared/dev/measeval`` is here.
"""

from __future__ import annotations

import pytest

from eval.common import Score
from eval.measeval import (
    MEASEVAL,
    SCORES,
    GoldQuantity,
    _score_paragraph,
    documents,
    gold_quantities,
    kg_read,
)


def _scores(text: str, gold: list[GoldQuantity]) -> dict[str, Score]:
    scores = {name: Score() for name in SCORES}
    _score_paragraph(text, gold, kg_read(text), scores)
    return scores


def test_a_figure_is_right_when_it_measures_the_annotated_thing():
    text = "The average price of a ticket rose to $45 last season."
    at = text.index("$45")
    scores = _scores(text, [GoldQuantity(at, at + 3, "$45", ["price", "ticket"])])
    assert (scores["quantity"].true_pos, scores["measured"].true_pos) == (1, 1)


def test_a_figure_that_measures_something_else_is_a_frame_error():
    text = "The average price of a ticket rose to $45 last season."
    at = text.index("$45")
    scores = _scores(text, [GoldQuantity(at, at + 3, "$45", ["attendance"])])
    assert scores["quantity"].true_pos == 1
    assert scores["measured, of matched"].f1 == 0.0


def test_a_quantity_kg_does_not_read_is_missed_by_both_scores():
    text = "The average price of a ticket rose to $45 last season."
    gold = [GoldQuantity(0, 3, "The", ["price"])]
    scores = _scores(text, gold)
    assert scores["quantity"].false_neg == 1 and scores["measured"].false_neg == 1
    assert scores["quantity"].false_pos == 1  # and "$45" counts against kg


@pytest.mark.skipif(not MEASEVAL.is_dir(), reason="../shared/dev/measeval is not here")
def test_the_reader_links_entity_and_property_to_their_quantity():
    first = documents("train")[0]
    quantities = gold_quantities(first, "train")
    assert quantities == sorted(quantities, key=lambda q: q.start)
    assert all(q.text for q in quantities)
    assert any(len(q.measured) == 2 for q in quantities)  # an entity and a property
    assert len(documents("trial")) > 50
