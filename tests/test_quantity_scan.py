"""The figure tagger tries its pattern only near the places a number can start, and finds
exactly what a search of every character finds: on texts written around the edge cases
(currency before a number, numbers in words, glued and spaced forms) and on every
fourth BBC article of ``../shared`` when it is present. The analyser hands the rules the
text a document was parsed from, which must be the parse's own text."""

from __future__ import annotations

import json
import re

import pytest

from extractors import quantities
from extractors.catalog import EntityCatalog
from extractors.nlp import DEFAULT_MODEL, load_pipeline
from extractors.pipeline import Analyzer
from extractors.quantity_words import WORD_NUMBER, number_starts
from extractors.records import SourceDocument


def _searched(text: str) -> list[tuple[int, int]]:
    """Every match a search from each match's number on finds (the tagger's old loop)."""
    found, position = [], 0
    while match := quantities._QUANTITY.search(text, position):
        found.append(match.span())
        position = match.end("number")
    return found


def _anchored(text: str) -> list[tuple[int, int]]:
    found, position, starts = [], 0, number_starts(text)
    while match := quantities._next_quantity(text, position, starts):
        found.append(match.span())
        position = match.end("number")
    return found


_WORDS = sorted(set(re.findall(r"[a-z]+", re.sub(r"\\[sb]", " ", WORD_NUMBER))))


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose to US$5.2bn from HK$40m, and dlrs. 7 went to Rs. 90 and USD 12.",
        "About half a dozen firms, a half-dozen banks and twenty-one of the 300 shops.",
        "It cost £5 - 6m, or 5m-6m, over .5 of a year; between 10 to 12 percent said so.",
        "Some 40,000 people, a thousand more than dozens expected, and hundreds of others.",
        "Someone, anyone, tone and stone hold no number; then ninety-nine did.",
        "٣ is a digit too, as is 7.",
        " ".join(f"{word} of them" for word in _WORDS),
        "",
        "No figures here at all.",
    ],
)
def test_the_scan_near_number_starts_finds_what_a_full_search_finds(text):
    assert _anchored(text) == _searched(text)


def test_every_number_word_opens_a_number():
    text = " ".join(f"then {word} came" for word in _WORDS)
    starts = {text[i:].split()[0] for i in number_starts(text)}
    assert starts >= set(_WORDS) - {"a", "half"}  # ("a", "half": before a number only)


def test_every_bbc_article_scans_the_same(shared_dir):
    corpus = shared_dir / "corpus" / "bbc-news-2005.jsonl"
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[::4]]
    assert texts
    assert [t[:60] for t in texts if _anchored(t) != _searched(t)] == []


MESSY = [
    "Line one.\r\nLine two\twith a tab,\u00a0a no-break space and  two spaces.",
    "  Leading spaces, trailing ones  \n\n\n",
    "Zero\u200bwidth, emoji 🙂 and a soft\u00adhyphen: £5m.",
]


@pytest.fixture(scope="module")
def catalog(repo_dir):
    return EntityCatalog.load(repo_dir / "entities.yaml")


@pytest.mark.parametrize("text", MESSY)
def test_a_parse_keeps_every_character_of_its_text(catalog, text):
    assert load_pipeline(DEFAULT_MODEL, catalog)(text).text == text


def test_the_analyser_finds_what_a_fresh_parse_finds(catalog):
    text = "Shares rose 5% on Monday,\u00a0the firm said.\r\n\r\nIt made  $2bn in 2004."
    extraction = Analyzer(DEFAULT_MODEL, catalog).analyse(
        SourceDocument(text=text, origin="t", key="t", published="2005-03-01")
    )
    found = [(q.start, q.end, q.text) for q in extraction.quantities]
    at = text.index("$2bn")
    assert found == [(12, 14, "5%"), (at, at + 4, "$2bn")]
