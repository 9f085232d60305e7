"""Narration after a statement: what carries its speaker on, and what stops it.

A quotation with no cue of its own carries on the speaker of the statement
before it ('"It works," she said. "It is cheap."'). Narration in between
that is about someone else hands the next quotation to them, not back to
the last speaker: 'Bystrom agreed. "..."', 'Clinton began with a tweet.
"..."'. And a quotation that ends on a comma or a question mark hands its
words to the verb after it, whatever the verb ('"...," the email read').
Indirect speech goes on in the next sentence when its speaker is the
subject again: "Organizers say they want calm. But they are also training".

Examples
--------
>>> context_mark('"It works," she said.', 11)
True
>>> context_mark('"It works." She left.', 11)
False
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractors.quotes import Quotation
from extractors.records import Statement
from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.speech import SPEAKING_VERBS, SPEECH_VERBS

#: A sentence that goes on with what the speaker before it says: "But they also ...". A
#: contrast keeps the speaker's stance in view; "And he ..." adds the narration's next fact.
_GOES_ON = re.compile(
    r"(?:(?:But|Yet|Still),?\s+(?P<pronoun>he|she|they)\b"
    r"|(?P<capital>He|She|They) (?:also|still)\b)"
)
#: What may stand between a quotation and its cue clause: '," she said', '" — '.
QUOTE_GAP = re.compile(r"^[\s,.;:—–-]*$")
#: Words after a quotation that claim it for a later cue: '," Clinton said.'
CUE_LOOKAHEAD = 8
_SAYING = SPEECH_VERBS | SPEAKING_VERBS
_RELATIVE = frozenset({"which", "who", "that"})
#: How a quotation ends when the words after it say who spoke: '...,"', '...?"', '...!"'.
_HANDED_ON = re.compile(r"[,?!]\s*(?:[”\"]|'')$")


#: How a quotation ends when it ends its sentence: '...."', "...''".
_CLOSED = re.compile(r"\.\s*(?:[”\"]|'')$")


def context_mark(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` hands its words on to a cue after it."""
    return _HANDED_ON.search(text[max(0, end - 4) : end]) is not None


def goes_on(sent: Span, previous: Statement, text: str) -> bool:
    """Whether a sentence right after indirect speech goes on with it, its speaker the
    subject again ("Organizers say they want calm. But they are also training for
    clashes"): what it says is theirs too."""
    opens = _GOES_ON.match(text, sent.start_char)
    if opens is None or previous.kind in ("direct", "summary"):
        return False
    pronoun = (opens.group("pronoun") or opens.group("capital")).lower()
    if pronoun in ("he", "she"):
        return previous.speaker_kind == "person"
    # "they" goes on with a group written as a plural ("organizers"), not with one actor.
    written = (previous.speaker_mention or previous.speaker).split()
    return previous.speaker_kind != "person" and bool(written) and written[-1][-1:] in "sS"


def other_actor(sent: Span, speaker: str, context: SpeakerContext) -> bool:
    """Whether a sentence of narration is about another actor than ``speaker``: its main
    verb's subject names someone else (a pronoun or a noun naming nobody does not)."""
    root = sent.root
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ == "PRON":
        return False
    if context.quotations is not None and context.quotations.at(subjects[0].idx) is not None:
        return False  # (a quoted word the parser took for the subject)
    found = resolve_speaker(subjects[0], context)
    return found is not None and found.entity is not None and found.name != speaker


def claimed(quotation: Quotation, doc: Doc, text: str) -> bool:
    """Whether a cue just after the quotation claims it ('"...," Clinton said'), or any
    verb when the quotation hands its words on ('"...," the email read'); ``text`` is the
    document's (``Doc.text`` is rebuilt from the tokens at every call)."""
    after = doc.char_span(quotation.end, min(len(text), quotation.end + 1), alignment_mode="expand")
    if after is None or _CLOSED.search(text, max(0, quotation.end - 4), quotation.end):
        return False  # ('"...." That's why, he added, ...': its sentence ended inside it)
    if doc[after.start].lower_ in _RELATIVE:
        return False  # ('"...," which Mozloom thinks will ...': about the words, not their cue)
    handed_on = context_mark(text, quotation.end)
    for token in doc[after.start : after.start + CUE_LOOKAHEAD]:
        if token.is_sent_start and token.i > after.start:
            break
        if token.lemma_.lower() in _SAYING and token.pos_ == "VERB":
            return True
        if handed_on and _predicate(token):
            return True
    return False


def _predicate(token: Token) -> bool:
    """A verb with its subject, or the sentence's root (the parser may tag "read" a noun)."""
    subject = any(c.dep_ == "nsubj" for c in token.children)
    return (token.pos_ == "VERB" and subject) or (token.dep_ == "ROOT" and not token.is_punct)


def closes_quotation(verb: Token, context: SpeakerContext) -> Quotation | None:
    """The quotation a verb with no object follows, with only its subject between, the
    quotation ending on a comma ('"...," Toomey fumed', '"...?" snapped the senator'):
    the verb says it, whatever the verb."""
    if context.quotations is None or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    objects = ("dobj", "ccomp", "xcomp", "attr", "acomp", "dative")
    if any(c.dep_ in objects and c.i > verb.i for c in verb.children):
        return None  # (the quotation itself may hang from it as its clause)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    if subjects[0].tag_ in ("WP", "WDT"):
        return None  # '"The Apprentice," who went on to ...': a title, then its story
    first = min(verb.i, subjects[0].left_edge.i)
    doc = verb.doc
    if first < 2 or max(verb.i, subjects[0].right_edge.i) - first > 8:
        return None
    before = context.quotations.at(doc[first - 1].idx) or context.quotations.at(doc[first - 2].idx)
    if before is None or QUOTE_GAP.match(context.text[before.end : doc[first].idx]) is None:
        return None
    quoted = context.text[before.start : before.end]
    return before if _HANDED_ON.search(quoted) and len(quoted.split()) >= 3 else None
