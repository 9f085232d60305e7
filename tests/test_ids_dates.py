"""Document identity and publication dates."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from extractors.dates import parse_published
from extractors.ids import (
    canonical_url,
    document_id,
    document_key,
    id_scope,
    outlet_from_url,
    text_hash,
)
from extractors.records import SourceDocument
from extractors.sources import read_path


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://News.Example/a/?utm_source=x&utm_medium=rss", "https://news.example/a"),
        ("http://news.example:80/a#comments", "http://news.example/a"),
        ("https://news.example:8443/a?b=2&a=1", "https://news.example:8443/a?a=1&b=2"),
        ("https://news.example/a//b/?fbclid=1&id=9", "https://news.example/a/b?id=9"),
        ("ftp://news.example/a", None),
        ("not a url", None),
        ("https://[::1", None),
    ],
)
def test_canonical_url(url, canonical):
    assert canonical_url(url) == canonical


def test_keys_prefer_url_then_scoped_id_then_text():
    assert document_key(url="https://x.example/a?utm_campaign=z", ident="9") == (
        "url:https://x.example/a"
    )
    assert document_key(ident="9", scope="a.jsonl") != document_key(ident="9", scope="b.jsonl")
    assert document_key(text="Same  words.\n") == document_key(text="Same words.")
    assert len(document_id("url:https://x.example/a")) == 16
    assert text_hash("a b") == text_hash(" a\n b ") != text_hash("a c")


def _keys(path: Path, outlet: str | None = None) -> list[str]:
    return [d.key for d in read_path(path, outlet=outlet) if isinstance(d, SourceDocument)]


def _write_lines(path: Path, *articles: dict) -> Path:
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    return path


ARTICLE = {"id": "wire-7", "title": "Ferry resumes", "text": "The ferry to Arlo Isle ran again."}


def test_a_json_lines_id_is_scoped_by_its_source_not_its_file(tmp_path):
    # one export split into two files, and a later file holding the same article
    first = _write_lines(tmp_path / "part-1.jsonl", ARTICLE, {**ARTICLE, "id": "wire-8"})
    (tmp_path / "later").mkdir()
    second = _write_lines(tmp_path / "later" / "part-2.jsonl", ARTICLE)
    assert _keys(first)[0] == _keys(second)[0]
    assert _keys(first)[0] != _keys(first)[1]


def test_the_same_id_from_two_outlets_is_two_articles(tmp_path):
    herald = _write_lines(tmp_path / "a.jsonl", {**ARTICLE, "outlet": "Harbour Herald"})
    courier = _write_lines(tmp_path / "b.jsonl", {**ARTICLE, "outlet": "Inland Courier"})
    same = _write_lines(tmp_path / "c.jsonl", {**ARTICLE, "outlet": "harbour  HERALD"})
    assert _keys(herald) != _keys(courier)
    assert _keys(herald) == _keys(same)
    # --outlet names the source of every article read, as it names their stored outlet
    assert _keys(courier, outlet="Harbour Herald") == _keys(herald)


def test_a_json_array_and_json_lines_share_keys(tmp_path):
    lines = _write_lines(tmp_path / "a.jsonl", ARTICLE)
    array = tmp_path / "b.json"
    array.write_text(json.dumps([ARTICLE]), encoding="utf-8")
    assert _keys(lines) == _keys(array)


def test_a_json_feed_without_a_feed_url_is_scoped_by_its_title(tmp_path):
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Harbour Herald",
        "items": [{"id": "wire-7", "content_text": ARTICLE["text"]}],
    }
    for name in ("one.json", "two.json"):
        (tmp_path / name).write_text(json.dumps(feed), encoding="utf-8")
    assert _keys(tmp_path / "one.json") == _keys(tmp_path / "two.json")
    assert _keys(tmp_path / "one.json") == [document_key(ident="wire-7", scope="harbour herald")]


def test_id_scope_prefers_the_first_source_named():
    assert id_scope("https://x.example/feed.json", "X Daily") == "https://x.example/feed.json"
    assert id_scope(None, "  X   Daily ") == "x daily"
    assert id_scope(None, "") == ""


def test_outlet_from_url():
    assert outlet_from_url("https://www.example.co.uk/x") == "example.co.uk"
    assert outlet_from_url(None) is None


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2026-04-30", "2026-04-30"),
        ("2026-04-30T23:30:00-02:00", "2026-05-01T01:30:00Z"),
        ("2026-04-30 10:00:00", "2026-04-30T10:00:00Z"),
        ("Thu, 30 Apr 2026 10:00:00 GMT", "2026-04-30T10:00:00Z"),
        ("30 April 2026", "2026-04-30"),
        ("April 30th, 2026", "2026-04-30"),
        ("Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40Z"),
        (time.strptime("2026-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), "2026-01-02T03:04:05Z"),
    ],
)
def test_dates_people_and_feeds_write(value, iso):
    assert parse_published(value) == (iso, None)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("2026-02-30", "day is out of range for month"),
        ("yesterday", "relative dates are not accepted; give the calendar date"),
        ("3 days ago", "relative dates are not accepted; give the calendar date"),
        ("soon", "no date found"),
        ("April 2026", "needs a day, month and year"),
        ("0001-01-01", "year 1 is not plausible"),
        ("", "empty"),
        (None, "empty"),
        (20260430, "a bare number is not a date"),
    ],
)
def test_dates_refused_with_a_reason(value, reason):
    assert parse_published(value) == (None, reason)
