"""Positions in a relative clause: "Bernie Sanders, who endorsed Clinton, ...".

A relative clause that says its noun took a position ("who endorsed
Clinton", "a union that backs Sanders") attributes that position to the
noun, as a main clause would: the position is reported as taken, whatever
the sentence goes on to say. Only verbs that are a position whatever their
object (endorse, back, oppose, criticize: not "agree", "vote" or "thank",
which are often the clause's event) and taken (not "who will back"), with
an object after them that is not a bare pronoun.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> text = "Mary Jones, who endorsed the harbour plan last year, spoke on Monday."
>>> found_by(relative_attributions, text)
[('Mary Jones', 'position', 'endorsed', 'the harbour plan')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_clauses import cue_lemma
from extractors.statement_spans import Found, stripped

#: Verbs that are a position taken whatever their object: for or against it.
RELATIVE_POSITIONS = frozenset(
    "endorse back support oppose reject criticize criticise condemn denounce praise "
    "champion embrace decry attack blast slam rebuke disavow repudiate".split()
)
#: Relative pronouns whose clause is said of the noun it hangs from.
_RELATIVES = frozenset({"who", "that"})
_RELATIVE_WORDS = re.compile(r"\b(?:who|that)\b", re.I)
#: Tenses of a position taken: "endorsed", "backs", "has backed".
_TAKEN = frozenset({"VBD", "VBZ", "VBP"})
#: Objects that stand for words or for the noun itself: no position's object.
_EMPTY = frozenset({"it", "this", "that", "so", "him", "her", "them", "himself", "herself"})


def relative_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each relative clause of the sentence that says its noun took a position."""
    if not _RELATIVE_WORDS.search(context.text, sent.start_char, sent.end_char):
        return []  # (a cheap look at the words first: most sentences have none)
    found = []
    quotations = context.quotations
    for verb in sent:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or not _taken(verb):
            continue
        if cue_lemma(verb) not in RELATIVE_POSITIONS:
            continue
        if quotations is not None and quotations.at(verb.idx) is not None:
            continue  # inside someone's quotation: theirs
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if subject is None or subject.lower_ not in _RELATIVES or obj is None:
            continue
        if obj.lower_ in _EMPTY or obj.like_num:
            continue
        speaker = resolve_speaker(subject, context)
        if speaker is None or not speaker.name.strip():
            continue
        end_token = obj.right_edge
        while end_token.i > obj.i and end_token.ent_type_ in ("DATE", "TIME"):
            end_token = end_token.nbor(-1)  # ("endorsed the plan last year": the plan)
        start, end = stripped(context.text, obj.left_edge.idx, end_token.idx + len(end_token))
        if end - start >= 2:
            found.append(Found(speaker, "said", "position", verb.text, (start, end), verb.idx))
    return found


def _taken(verb: Token) -> bool:
    """ "endorsed", "backs", "has backed": a position taken, not one to come."""
    if verb.tag_ in _TAKEN:
        return True
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
