"""A noun the small model tags as an adjective before the counted noun is part of what
is counted ("10 sleeper agents": sleeper agents), as a noun compound is; the model's
own WordNet index tells such nouns from adjectives. Real adjectives stay out.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        (
            "The bank has 3 million retail customers.",
            "3 million retail customers",
            "retail customers",
        ),
        (
            "The new line will have six interchange stations.",
            "six interchange stations",
            "interchange stations",
        ),
        ("Police held 10 Russian sleeper agents.", "10 Russian sleeper agents", "sleeper agents"),
        # adjectives, and a noun-only word not next to the noun, are left out
        ("The firm hired 12 new engineers.", "12 new engineers", "engineers"),
        ("Two separate inquiries were opened.", "Two separate inquiries", "inquiries"),
        (
            "He met four fellow rebel commanders.",
            "four fellow rebel commanders",
            "rebel commanders",
        ),
    ],
)
def test_a_noun_tagged_as_an_adjective_stays_with_what_is_counted(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_the_word_lists_come_with_the_model(analyzer):
    from extractors.nlp import NOUN_ONLY_TABLE

    lookups = analyzer.nlp.vocab.lookups
    assert lookups.has_table(NOUN_ONLY_TABLE)
    table = lookups.get_table(NOUN_ONLY_TABLE)
    assert "sleeper" in table and "retail" in table
    assert "new" not in table and "central" not in table  # adjectives (too)
