"""The miss classes of eval.attribution_misses, on made-up sentences parsed for real."""

from __future__ import annotations

import pytest
import spacy

from eval.attribution import Gold
from eval.attribution_misses import miss_class
from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.nlp import DEFAULT_MODEL
from extractors.speakers import SpeakerContext
from extractors.statements import find_statements


@pytest.fixture(scope="module")
def classify():
    nlp = spacy.load(DEFAULT_MODEL)

    def run(text: str, source: str, cue: str, content: str) -> str | None:
        doc = nlp(text)
        mentions = find_mentions(doc, EntityCatalog.load(None))
        statements = find_statements(doc, mentions)

        def at(words: str) -> list[tuple[int, int]]:
            return [(text.index(words), text.index(words) + len(words))]

        gold = Gold(at(content), at(source), at(cue))
        return miss_class(gold, text, doc, statements, SpeakerContext.of(doc, text, mentions))

    return run


def test_an_attribution_a_statement_finds_is_no_miss(classify):
    text = "Senator Mary Jones said the harbour would be widened."
    assert classify(text, "Senator Mary Jones", "said", "the harbour would be widened") is None


def test_a_verb_the_rules_do_not_know_is_a_missed_cue(classify):
    text = "Senator Mary Jones approved a plan to widen the harbour."
    found = classify(text, "Senator Mary Jones", "approved", "a plan to widen the harbour")
    assert found == "cue missed"


def test_content_of_stop_words_alone_cannot_be_matched(classify):
    assert classify("Senator Mary Jones said what?", "Senator Mary Jones", "said", "what") == (
        "no content words"
    )
