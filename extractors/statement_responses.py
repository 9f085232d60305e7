"""Answering and pointing: "X did not respond to a request for comment", "X pointed to Y".

Two verbs take what they attribute through "to": answering ("responded to
the criticism", "did not reply to requests for comment": the actor's
stance on what they answered, or their silence on it, which news reports
as part of who says what) and pointing ("pointed to the polls as proof":
what an actor offers as evidence is their argument). The object of "to",
and an "as" phrase after it, is what is attributed; the verb's subject,
an actor before it, speaks.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(response_attributions, "Mayor Mary Jones did not respond to a request for comment.")
[('Mary Jones', 'indirect', 'respond to', 'a request for comment')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.speakers import DOCUMENT_NOUNS, SpeakerContext, resolve_speaker
from extractors.statement_clauses import cue_lemma
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found, stripped

#: Verbs whose "to" phrase is what they attribute: answering, pointing.
_TO_VERBS = frozenset({"respond", "reply", "point"})
_TO_WORDS = re.compile(r"\b(?:respond|repl|point)", re.I)


def response_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each "responded to X" and "pointed to X" of the sentence with an actor subject."""
    if not _TO_WORDS.search(context.text, sent.start_char, sent.end_char):
        return []  # (a cheap look at the words first: most sentences have none)
    found = []
    quotations = context.quotations
    for verb in sent:
        if verb.pos_ != "VERB" or cue_lemma(verb) not in _TO_VERBS:
            continue
        if quotations is not None and quotations.at(verb.idx) is not None:
            continue  # inside someone's quotation: theirs
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        target = _object(to)
        if target is not None and (_in_deeds(verb) or _in_deeds(target)):
            continue
        subject = speaker_token(verb) if target is not None else None
        if target is None or subject is None or not sent.start <= subject.i < verb.i:
            continue
        if subject.tag_ in ("WP", "WDT"):
            continue  # ("Rubio, who responded to ...": background)
        speaker = resolve_speaker(subject, context)
        if speaker is None or not speaker.name.strip():
            continue
        last = _last(verb, target)
        start, end = stripped(context.text, target.left_edge.idx, last.idx + len(last))
        if end - start >= 2:
            cue = f"{verb.text} to"
            found.append(Found(speaker, "said", "indirect", cue, (start, end), verb.idx))
    return found


def _object(to: Token | None) -> Token | None:
    """The object of "to", unless it is a bare pronoun ("responded to it")."""
    if to is None:
        return None
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ == "PRON":
        return None
    return obj


def _in_deeds(word: Token) -> bool:
    """ "responded to the speech with applause" (the parser may hang "with" from either
    word): an answer in deeds, not words (one "with a statement" is words)."""
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "with":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if obj is not None and obj.lemma_.lower() not in DOCUMENT_NOUNS:
                return True
    return False


def _last(verb: Token, target: Token) -> Token:
    """The last word of the object, or of an "as" phrase after it ("pointed to the polls
    as proof")."""
    last = target.right_edge
    for child in verb.children:
        if child.i > last.i and child.dep_ == "prep" and child.lower_ == "as":
            last = child.right_edge
    return last
