"""The held-out story sets are built as their docstrings say (eval.story_clusters halves,
eval.story_pairs pairs), from records we make up here."""

from __future__ import annotations

from eval.narratives import score
from eval.story_clusters import part
from eval.story_pairs import pairs


def _article(story: str, day: str, topic: str, side: str = "left") -> dict[str, str]:
    return {"id": f"{story}-{side}", "story": story, "published": day, "topic": topic}


def test_the_halves_split_stories_by_day_and_keep_each_story_whole():
    records = [
        _article("s1", "2021-04-01", "Storms"),
        _article("s1", "2021-04-01", "Storms", "right"),
        _article("s2", "2021-04-03", "Courts"),
        _article("s3", "2021-05-01", "Storms"),
        _article("s4", "2021-06-01", "Courts"),
    ]
    first = {r["story"] for r in part(records, "first")}
    second = {r["story"] for r in part(records, "second")}
    assert (first, second) == ({"s1", "s2"}, {"s3", "s4"})
    assert len(part(records, "first")) == 3  # both articles of s1


def test_pairs_are_two_stories_of_one_topic_close_in_time():
    records = [
        _article("flood-a", "2021-04-01", "Storms"),
        _article("flood-b", "2021-04-05", "Storms"),
        _article("flood-c", "2021-04-06", "Storms"),  # its partner is taken: left out
        _article("trial-a", "2021-04-01", "Courts"),
        _article("trial-b", "2021-05-20", "Courts"),  # too far apart
    ]
    assert pairs(records) == {"flood-a": "flood-a+flood-b", "flood-b": "flood-a+flood-b"}


def test_bcubed_precision_falls_when_two_events_share_a_narrative():
    apart = score([["a", "a"], ["b", "b"]])
    mixed = score([["a", "a", "b", "b"]])
    assert apart["bcubed_precision"] == 1.0 and apart["bcubed_f1"] == 1.0
    assert mixed["bcubed_precision"] == 0.5 and mixed["bcubed_recall"] == 1.0


def test_spreading_days_moves_each_article_by_at_most_that_many_days_the_same_each_run():
    from eval.story_clusters import spread

    records = [
        {**_article(f"s{i}", "2021-04-10", "Storms"), "url": f"https://example.org/{i}"}
        for i in range(30)
    ]
    moved = spread(records, 1)
    assert {r["published"] for r in moved} == {"2021-04-09", "2021-04-10", "2021-04-11"}
    assert moved == spread(records, 1)
    assert [r["story"] for r in moved] == [r["story"] for r in records]
    assert spread(records, 0) == records
