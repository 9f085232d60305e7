"""The figures gold set holds together: one line per drawn sentence, unique ids, spans inside
their sentence, and the blind splits listed as blind (their errors are never printed)."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from eval.common import GOLD
from eval.figures import BLIND_SPLITS


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def test_every_drawn_sentence_has_one_gold_line():
    gold, drawn = _lines("figures.jsonl"), _lines("figure-sentences.jsonl")
    assert [g["id"] for g in gold] == [d["id"] for d in drawn]
    assert max(Counter(g["id"] for g in gold).values()) == 1


def test_each_figure_lies_inside_its_sentence():
    for item in _lines("figures.jsonl"):
        length = item["end"] - item["start"]
        for figure in item["figures"]:
            start, end = figure["span"]
            assert 0 <= start < end <= length, item["id"]
            for words in (figure["measured"], figure["time"]):
                assert words is None or 0 <= words[0] < words[1] <= length, item["id"]


def test_the_second_blind_split_is_blind_and_holds_its_draw():
    splits = Counter(item["split"] for item in _lines("figures.jsonl"))
    assert "test2" in BLIND_SPLITS and "test" in BLIND_SPLITS
    assert splits["test2"] == 160


def test_the_fresh_bbc_split_takes_articles_no_earlier_split_used():
    items = _lines("figures.jsonl")
    fresh = {item["source"] for item in items if item["split"] == "dev13"}
    # (dev15 to dev18 and dev20, drawn later from the tuning splits' used articles, may
    # share them)
    others = {
        item["source"]
        for item in items
        if item["split"] not in ("dev13", "dev15", "dev16", "dev17", "dev18", "dev20")
    }
    assert len(fresh) == sum(item["split"] == "dev13" for item in items)  # one per article
    assert fresh and not fresh & others


def test_the_second_political_draw_shares_no_article_with_the_blind_news_split():
    items = _lines("figures.jsonl")
    tuning = {item["source"] for item in items if item["split"] == "dev14"}
    blind = {item["source"] for item in items if item["split"] == "test2"}
    assert sum(item["split"] == "dev14" for item in items) == 200
    assert tuning and not tuning & blind


@pytest.mark.parametrize(
    ("split", "size"),
    [("dev15", 200), ("dev16", 200), ("dev17", 200), ("dev18", 200), ("dev20", 182)],
)
def test_the_bbc_draws_of_used_articles_keep_out_of_the_blind_articles(split, size):
    items = _lines("figures.jsonl")
    tuning = [item for item in items if item["split"] == split]
    blind = {item["source"] for item in items if item["split"] in BLIND_SPLITS}
    taken = {(item["source"], item["start"]) for item in items if item["split"] != split}
    assert len(tuning) == size and len({item["source"] for item in tuning}) == size
    assert not {item["source"] for item in tuning} & blind
    assert not {(item["source"], item["start"]) for item in tuning} & taken  # new sentences


def test_the_blind_split_scored_without_copies_of_tuning_sentences(shared_dir):
    from eval.figures import gold_sentences, tuning_sentences

    every = [sentence for _, sentence in gold_sentences("test")]
    kept = [sentence for _, sentence in gold_sentences("test", unique=True)]
    assert kept and not set(kept) & tuning_sentences()
    # the corpus holds some articles twice: a few blind sentences have a tuning copy
    assert len(kept) == sum(sentence not in tuning_sentences() for sentence in every)


@pytest.mark.parametrize("split", ["dev18", "dev19", "dev20", "dev21"])
def test_the_last_draws_take_no_sentence_an_earlier_draw_took_from_a_copy(shared_dir, split):
    from eval.common import article_text

    items = _lines("figures.jsonl")
    order = [item["id"] for item in items]
    first = min(order.index(item["id"]) for item in items if item["split"] == split)
    words = {
        item["id"]: article_text(item["source"])[item["start"] : item["end"]] for item in items
    }
    earlier = {words[item["id"]] for item in items[:first]}
    assert not {words[item["id"]] for item in items if item["split"] == split} & earlier


@pytest.mark.parametrize("split", ["dev19", "dev21"])
def test_the_one_cue_political_draws_keep_out_of_the_blind_news_articles(split):
    items = _lines("figures.jsonl")
    tuning = [item for item in items if item["split"] == split]
    blind = {item["source"] for item in items if item["split"] == "test2"}
    assert len(tuning) == 200 and all(
        item["source"].startswith("polnear:train/") for item in tuning
    )
    assert not {item["source"] for item in tuning} & blind


def test_the_last_two_blind_splits_are_blind_and_hold_their_draws():
    splits = Counter(item["split"] for item in _lines("figures.jsonl"))
    assert {"test3", "test4"} <= set(BLIND_SPLITS)
    assert (splits["test3"], splits["test4"]) == (90, 200)
    passes = Counter(item["split"] for item in _lines("figures-pass-b.jsonl"))
    assert (passes["test3"], passes["test4"]) == (90, 200)  # both read twice, blind
