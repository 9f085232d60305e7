"""Figures that describe a noun instead of reporting an amount: "a 10-part series".

A number joined by a hyphen to a word and set before a noun ("the 15-time tour
winner", "a 50-strong commission", "a 200-page report") says what kind of thing the
noun is. It stays a figure (the tagger reads it, and says what it measures: the noun),
but it is no claim: nobody reports that the series has ten parts. A gap or a movement
is still an amount ("a 10-point lead", "a 60-seat majority", "a 5-point rise").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.measures import MOVEMENT_NOUNS
from extractors.records import Quantity

#: A number, a hyphen and one word, as the whole figure: "10-part", "15-time".
_HYPHENED = re.compile(r"[\d.,]+-[a-z]+|[a-z]+-[a-z]+", re.I)
#: Nouns a hyphened figure sizes as an amount: gaps, majorities and movements.
AMOUNT_NOUNS = MOVEMENT_NOUNS | frozenset(
    "lead margin majority deficit gap advantage swing cushion shortfall".split()
)


def describes_a_noun(doc: Doc, quantity: Quantity) -> bool:
    """Whether a counted figure is a hyphened modifier of the noun after it; see the module.

    >>> from spacy.vocab import Vocab
    >>> words = ["a", "10", "-", "part", "series"]
    >>> doc = Doc(Vocab(), words=words, spaces=[True, False, False, True, False],
    ...           heads=[4, 3, 3, 4, 4], deps=["det", "nummod", "punct", "amod", "ROOT"],
    ...           pos=["DET", "NUM", "PUNCT", "NOUN", "NOUN"])
    >>> q = Quantity(10, 10, 10, "part", "count", "=", "10-part", 2, 9)
    >>> describes_a_noun(doc, q)
    True
    """
    if quantity.kind != "count" or not _HYPHENED.fullmatch(quantity.text):
        return False
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    return (
        head.i >= span.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in AMOUNT_NOUNS
        and head.lower_ not in AMOUNT_NOUNS
    )
