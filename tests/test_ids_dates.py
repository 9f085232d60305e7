"""Document identity and publication dates."""

from __future__ import annotations

import time

import pytest

from extractors.dates import parse_published
from extractors.ids import canonical_url, document_id, document_key, outlet_from_url, text_hash


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
