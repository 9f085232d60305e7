"""eval.attribution_candidates: verbs the rules leave, read as cues, on sentences of our
own parsed for real; and the two-fold lexicon on candidates made by hand."""

from __future__ import annotations

import pytest
import spacy

from eval.attribution import Article, Gold
from eval.attribution_candidates import Candidate, candidates, learned_lexicon
from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.nlp import DEFAULT_MODEL
from extractors.speakers import SpeakerContext
from extractors.statements import find_statements


@pytest.fixture(scope="module")
def read():
    nlp = spacy.load(DEFAULT_MODEL)

    def run(text: str, source: str, content: str) -> list[Candidate]:
        doc = nlp(text)
        mentions = find_mentions(doc, EntityCatalog.load(None))
        statements = find_statements(doc, mentions)
        context = SpeakerContext.of(doc, text, mentions)

        def at(words: str) -> list[tuple[int, int]]:
            return [(text.index(words), text.index(words) + len(words))]

        article = Article("a", text, [Gold(at(content), at(source), at(source))])
        return list(candidates(0, article, doc, statements, context))

    return run


def test_a_verb_the_rules_leave_is_read_and_finds_its_attribution(read):
    text = "Senator Mary Jones approved a plan to widen the harbour."
    read_off = {c.lemma: c for c in read(text, "Senator Mary Jones", "a plan to widen the harbour")}
    found = read_off["approve"]
    assert (found.speaker_kind, found.holds, found.finds) == ("person", True, frozenset({0}))


def test_a_cue_the_rules_read_is_no_candidate(read):
    text = "Senator Mary Jones said the harbour would be widened."
    assert read(text, "Senator Mary Jones", "the harbour would be widened") == []


def test_the_lexicon_is_learned_on_one_fold_and_scored_on_the_other():
    def made(article: int, lemma: str, holds: bool) -> Candidate:
        return Candidate(
            article,
            lemma,
            "person",
            ("dobj",),
            holds,
            frozenset({article}) if holds else frozenset(),
        )

    # "approve" holds in both folds, "take" in neither: only "approve" is read
    found = [made(a, "approve", True) for a in range(6)] + [
        made(a, "take", False) for a in range(6)
    ]
    assert learned_lexicon(found, threshold=0.5, min_count=3) == (6, 1.0, 6)
