"""The held-out time set: its gold placed in the articles, its passes compared, its
sentences drawn as documented.

The gold holds offsets, never text: these tests read the PolNeAR articles from
``../shared`` and skip without them.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from eval.common import GOLD
from eval.timeml import held_out
from eval.times_agreement import _pairs, agreement
from eval.times_sample import CUE, created


def _gold_lines() -> list[dict]:
    return [json.loads(line) for line in (GOLD / "times.jsonl").read_text().splitlines()]


def test_the_splits_do_not_share_an_article():
    splits: dict[str, set[str]] = {}
    for item in _gold_lines():
        splits.setdefault(item["source"], set()).add(item["split"])
    assert all(len(found) == 1 for found in splits.values())
    assert {s for found in splits.values() for s in found} == {"tdev", "ttest", "tfdev", "tftest"}


def test_every_gold_date_value_is_written_the_timeml_way(shared_dir):
    for split in ("tdev", "ttest", "tfdev", "tftest"):
        for article in held_out(split):
            for time in article.times:
                inside = [w for w in article.windows if w[0] <= time.start < time.end <= w[1]]
                assert inside, f"{time.text!r} lies outside its sentence"
                assert time.text.strip() == time.text and time.text
                if time.type == "DATE" and time.value[:1].isdigit() and len(time.value) >= 10:
                    date.fromisoformat(time.value[:10])  # a real day


def test_a_sentence_without_a_cue_of_time_is_not_drawn(shared_dir):
    from eval.common import article_text

    for item in _gold_lines()[:60]:
        sentence = article_text(item["source"])[item["start"] : item["end"]]
        assert CUE.search(sentence)


def test_the_article_date_comes_from_its_file_name(tmp_path):
    assert created(tmp_path / "politico_2016-03-07_how-trump.txt") == "2016-03-07"
    with pytest.raises(ValueError):
        created(tmp_path / "undated.txt")


def test_passes_agree_on_what_they_share_and_differ_where_they_do():
    first = [{"span": [0, 6], "type": "DATE", "value": "2016-05-16"}]
    second = [{"span": [3, 9], "type": "DATE", "value": "2016-05-09"}]
    assert _pairs(first, second) == [(first[0], second[0])]
    assert _pairs(first, [{"span": [7, 9], "type": "DATE", "value": "2016"}]) == []


def test_the_recorded_passes_mostly_agree(shared_dir):
    scores, differ = agreement({item["id"] for item in _gold_lines()})
    assert 0.9 <= scores["span F1"] <= 1.0
    assert len(differ) < len(_gold_lines()) / 5
