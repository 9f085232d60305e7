"""Headlines: "Donald Trump Praises Breitbart's Editor", "Super PAC blasts Trump".

A headline's capitals leave the parser little to read ("Praises" is taken for
part of a name), so its attribution is read off the words: on the text's
first line, a name, then a verb of the lexicon in the third person
("Praises", "blasts", "Endorses"; an adverb may stand between: "Finally
Endorses"), then what it says or takes a position on, to the end of the
line. The verb's lexicon gives the kind: speech, belief, intention or
position.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> text = "Mary Jones Praises Harbour Board For Quick Repairs\\n\\nThe board met."
>>> found_by(headline_attributions, text)
[('Mary Jones', 'position', 'Praises', 'Harbour Board For Quick Repairs')]

A name and a colon give the words after it as the name's: "Mary Jones: Repairs
Will Be Done By May".
>>> found_by(colon_headline, "Mary Jones: Repairs Will Be Done By May\\n\\nShe spoke.")
[('Mary Jones', 'indirect', ':', 'Repairs Will Be Done By May')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.records import StatementKind
from extractors.speakers import SpeakerContext, mention_speaker
from extractors.speech import (
    BELIEF_VERBS,
    INTENTION_VERBS,
    POSITION_VERBS,
    SPEAKING_VERBS,
    SPEECH_VERBS,
)
from extractors.statement_spans import Found, stripped

#: Kinds by the verb's lexicon, the first that holds it.
_KINDS: tuple[tuple[frozenset[str], StatementKind], ...] = (
    (POSITION_VERBS, "position"),
    (BELIEF_VERBS, "belief"),
    (INTENTION_VERBS, "intention"),
    (SPEAKING_VERBS | SPEECH_VERBS, "indirect"),
)
#: Adverbs a headline puts between the name and its verb: "Trump Finally Endorses".
_BETWEEN = frozenset("finally just now again also still already officially".split())
#: Who a headline's name may be: people and organisations ("Paris attacks test ..." is a
#: place, and its "attacks" a noun).
_ACTORS = frozenset({"PERSON", "ORG", "NORP"})
#: The fewest words a headline's attribution says.
_MIN_WORDS = 2


def headline_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """The attribution of the text's first line, when the sentence opens it."""
    text = context.text
    if not opens_text(text, sent.start_char):
        return []  # (not the first line: a headline opens the text)
    line_end = text.find("\n", sent.start_char)
    line_end = sent.end_char if line_end < 0 else min(line_end, sent.end_char)
    for mention in context.mentions:
        if mention.start >= line_end:
            break
        if mention.label not in _ACTORS or text[sent.start_char : mention.start].strip():
            continue  # (the name opens the headline)
        verb = _verb_after(sent, mention.end)
        if verb is None:
            continue
        kind = _kind(verb)
        content = stripped(text, verb.idx + len(verb.text), line_end)
        if kind is None or len(text[content[0] : content[1]].split()) < _MIN_WORDS:
            continue
        speaker = mention_speaker(mention, context)
        return [Found(speaker, "said", kind, verb.text, content, verb.idx)]
    return []


def colon_headline(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "De Blasio: Trust Bratton on security": a first line that opens with a name and a
    colon gives the words after it as the name's."""
    text = context.text
    if not opens_text(text, sent.start_char):
        return []
    line_end = text.find("\n", sent.start_char)
    line_end = sent.end_char if line_end < 0 else min(line_end, sent.end_char)
    mention = context.mentions[0] if context.mentions else None  # (in text order)
    if mention is None or mention.label not in _ACTORS or not opens_text(text, mention.start):
        return []
    colon = _colon_after(text, mention.end, line_end)
    if colon is None:
        return []
    content = stripped(text, colon + 1, line_end)
    if len(text[content[0] : content[1]].split()) < _MIN_WORDS:
        return []
    return [Found(mention_speaker(mention, context), "said", "indirect", ":", content, colon)]


#: White space at the start of a text.
_LEADING_SPACE = re.compile(r"\s*")


def opens_text(text: str, position: int) -> bool:
    """Whether only white space stands before ``position`` (read from the start, so a
    sentence far into a long text costs nothing).

    >>> opens_text("  Title", 2), opens_text("A. Title", 3)
    (True, False)
    """
    leading = _LEADING_SPACE.match(text)
    return leading is not None and leading.end() >= position


def _colon_after(text: str, position: int, line_end: int) -> int | None:
    """Where a colon stands right after a headline's name ("De Blasio: ..."), or None."""
    colon = position + len(text[position:line_end]) - len(text[position:line_end].lstrip())
    return colon if colon < line_end and text[colon] == ":" else None


def _verb_after(sent: Span, position: int) -> Token | None:
    """The capitalised word right after the name, past an adverb ("Finally")."""
    doc = sent.doc
    after = [t for t in doc[sent.start : sent.end] if t.idx >= position and not t.is_space]
    while after and after[0].lower_ in _BETWEEN:
        after = after[1:]
    return after[0] if after and after[0].is_alpha else None


def is_headline_verb(word: Token) -> bool:
    """Whether a headline's word is a verb of the lexicon in the third person ("Praises")."""
    return _kind(word) is not None


def _kind(word: Token) -> StatementKind | None:
    """The kind a verb in the third person says by its lexicon ("Praises": a position),
    or None: not a verb of the lexicon, or not in the third person."""
    lower = word.lower_
    if not lower.endswith("s") or len(lower) < 4:
        return None
    stems = (lower[:-1], lower[:-2]) if lower.endswith("es") else (lower[:-1],)
    for stem in stems:
        for verbs, kind in _KINDS:
            if stem in verbs:
                return kind
    return None
