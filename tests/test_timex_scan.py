"""The time rules scan only the stretches around the words each one needs, and find
exactly what a scan of the whole text finds: on texts written to sit at a stretch's edges
and on every BBC article of ``../shared`` when it is present."""

from __future__ import annotations

import json

import pytest

from extractors import timex_rules, timex_scan


def _whole_scan(text: str) -> list[tuple[tuple[int, int], str]]:
    found = []
    lower = text.lower()
    for pattern, handler in timex_rules._COMPILED:
        needs = timex_rules._NEEDS.get(handler)
        if needs is None or any(word in lower for word in needs):
            found += [(m.span(), handler.__name__) for m in pattern.finditer(text)]
    return sorted(found)


def _scanned(text: str) -> list[tuple[tuple[int, int], str]]:
    return sorted((m.span(), h.__name__) for m, h in timex_rules.candidates(text))


FILLER = "The council met and talked about the roads. "


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose in March 2004 and fell last week.",
        FILLER * 12 + "It opened in March" + " " * 300 + "5 more shops followed.",
        FILLER * 12 + "It opened in March" + "\n" * 90 + "2005 was better.",
        "In May, " + FILLER * 20 + "and by late May the talks had ended.",
        FILLER * 6 + "earlier" + FILLER * 6 + "two weeks ago" + FILLER * 6,
        "last " + FILLER * 4 + "week",
    ],
)
def test_a_scan_near_the_words_finds_what_the_whole_text_gives(text):
    assert _scanned(text) == _whole_scan(text)


def test_every_bbc_article_scans_the_same(shared_dir):
    corpus = shared_dir / "corpus" / "bbc-news-2005.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[::4]]
    assert texts
    differ = [t[:60] for t in texts if _scanned(t) != _whole_scan(t)]
    assert differ == []
    longest = max((e - s for t in texts for (s, e), _ in _whole_scan(t)), default=0)
    assert longest * 2 < timex_scan.REACH  # the reach keeps a margin over real matches
