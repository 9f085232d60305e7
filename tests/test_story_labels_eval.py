"""The story-label score of :mod:`eval.story_labels`, on strings made up for the test."""

from __future__ import annotations

import pytest

from eval.story_labels import content_words, fold, single_entity, summary, word_f1


def test_content_words_fold_plurals_and_drop_stopwords():
    assert content_words("Perspectives: The Mayor's Plans for the Harbours") == [
        "mayor",
        "plan",
        "harbour",
    ]
    assert [fold(w) for w in ("ferries", "bus", "crisis", "votes")] == [
        "ferry",
        "bus",
        "crisis",
        "vote",
    ]


def test_word_f1_matches_content_words_as_sets():
    headline = "Harbour Ferry Strike Ends After Three Weeks"
    assert word_f1("Harbour ferry strike ends", headline) == pytest.approx(2 * 4 / (4 + 6))
    assert word_f1("harbour ferries strike", headline) == pytest.approx(2 * 3 / (3 + 6))
    assert word_f1("City Hall", headline) == 0.0
    assert word_f1("", headline) == 0.0
    assert word_f1("the of and", headline) == 0.0


def test_a_label_that_is_one_entity_name_is_counted_as_such():
    assert single_entity("harbour authority", ["Harbour Authority", "Ferry Union"])
    assert not single_entity("Harbour Authority ends strike", ["Harbour Authority"])


def test_summary_averages_over_the_scored_stories():
    rows = [
        {"f1": 1.0, "words": 4, "single_entity": False},
        {"f1": 0.0, "words": 2, "single_entity": True},
        {"f1": 0.5, "words": 6, "single_entity": False},
    ]
    assert summary(rows) == {
        "narratives": 3,
        "word_f1": 0.5,
        "label_words": 4.0,
        "single_entity_share": 0.3333,
    }
    assert summary([])["narratives"] == 0
