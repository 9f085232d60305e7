"""The CQE baseline of ``python -m eval.figures --baseline``: its readings mapped to the gold's
vocabulary and its offsets brought back to the sentence as written."""

from __future__ import annotations

import importlib.util

import pytest

from eval.figures import change_class, unit_key
from eval.figures_cqe import cqe_change, cqe_unit, offset_map


def test_units_are_the_gold_vocabulary():
    assert unit_key(cqe_unit("dollar per barrel")) == "usd per barrel"
    assert unit_key(cqe_unit("pound sterling")) == "gbp"
    assert unit_key(cqe_unit("percentage")) == "percent"
    assert unit_key(cqe_unit("senior executives")) == "senior executive"
    assert cqe_unit("-") == ""


def test_changes_are_the_five_classes():
    assert change_class(*cqe_change("up")) == "up"
    assert change_class(*cqe_change("down")) == "down"
    assert change_class(*cqe_change("~")) == "approximate"
    assert change_class(*cqe_change("<")) == "bound"
    assert change_class(*cqe_change("=")) == "level"


def test_offsets_of_a_rewritten_sentence_point_at_the_same_words():
    original = "Ms Hale won 5-to-4, with 62%."
    changed = "Ms Hale won 5 to 4 , with 62 % ."
    at = offset_map(changed, original)
    start = changed.index("62")
    assert original[at[start] : at[start + 2]] == "62"
    assert original[at[changed.index("4")]] == "4"
    assert at[len(changed)] == len(original)


@pytest.mark.skipif(importlib.util.find_spec("CQE") is None, reason="CQE: make eval-baselines")
def test_cqe_reads_a_sentence_of_our_own():
    from eval.figures_cqe import cqe_quantities

    sentence = "Turnout fell 4.5% and the fund paid $12m to 300 nurses."
    found = {sentence[q["start"] : q["end"]]: q for q in cqe_quantities(sentence)}
    fell = next(q for text, q in found.items() if "4.5" in text)
    assert (fell["low"], fell["unit"], fell["change"]) == (4.5, "percent", ("decrease", "="))
    paid = next(q for text, q in found.items() if "12" in text)
    assert (paid["low"], paid["unit"]) == (12e6, "USD")
