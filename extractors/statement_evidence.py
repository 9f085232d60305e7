"""Evidence cited after what it shows: "..., fundraising documents show.", "..., the poll found."

A report cites a poll, a record or a study after the finding, set off by a
comma ("Eighty-four percent have an unfavorable view of him, the poll
found"; "During the same stretch, F.A.A. records show, the plane flew 216
hours"). The parser rarely reads these: it makes the verb of showing a
clause of the finding's noun. The words are enough: a comma, a short noun
phrase whose head is a document or a body of data, a verb of showing
(show, find, suggest, indicate, reveal) and the end of the sentence or
another comma. The finding is the rest of the sentence.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(cited_evidence, "Most residents oppose the new harbour levy, the poll found.")
[('the poll', 'indirect', 'found', 'Most residents oppose the new harbour levy')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.speakers import DATA_NOUNS, DOCUMENT_NOUNS, Speaker, SpeakerContext, mention_speaker
from extractors.statement_spans import Found, stripped

#: Verbs by which cited evidence speaks.
_SHOWING = frozenset({"show", "find", "suggest", "indicate", "reveal"})
_SHOWING_WORDS = re.compile(r"\b(?:show|find|found|suggest|indicat|reveal)\w*\s*[,.!?]", re.I)
#: The longest noun phrase a cited source is: "the Quinnipiac University poll".
_SOURCE_TOKENS = 6
#: Nouns of evidence: documents, data, and the polls and studies that gather them.
_EVIDENCE = DATA_NOUNS | DOCUMENT_NOUNS | frozenset({"data", "figure", "filing", "audit"})


def cited_evidence(sent: Span, context: SpeakerContext) -> list[Found]:
    """The evidence the sentence cites after a comma, and the finding it cites it for."""
    if not _SHOWING_WORDS.search(context.text, sent.start_char, sent.end_char):
        return []  # (a cheap look at the words first: most sentences have none)
    tokens = [t for t in sent if not t.is_space]
    for k, verb in enumerate(tokens):
        if verb.lower_ not in _FORMS or k + 1 >= len(tokens) or not tokens[k + 1].is_punct:
            continue
        comma = _comma_before(tokens, k)
        if comma is None:
            continue
        phrase = sent.doc[tokens[comma].i + 1 : verb.i]
        if phrase[-1].lemma_.lower() not in _EVIDENCE or phrase[-1].pos_ != "NOUN":
            continue
        text = context.text
        last = tokens[k + 1].lower_ in (".", "!", "?") or k + 2 >= len(tokens)
        lo, hi = sent.start_char, tokens[comma].idx if last else sent.end_char
        content = stripped(text, lo, hi)
        if content[1] - content[0] < 2:
            continue
        speaker = _speaker(phrase, context)
        return [Found(speaker, "said", "indirect", verb.text, content, verb.idx)]
    return []


#: The forms of the verbs of showing, present and past.
_FORMS = frozenset(
    f for lemma in _SHOWING for f in (lemma, lemma + "s", lemma + "ed", lemma + "d", lemma + "es")
) | {"found", "shown"}


def _comma_before(tokens: list[Token], k: int) -> int | None:
    """Where the comma opening the source's phrase is, when the phrase is short."""
    for j in range(k - 1, max(-1, k - _SOURCE_TOKENS - 2), -1):
        if tokens[j].text == ",":
            return j if k - j >= 2 else None
        verb = tokens[j].pos_ in ("VERB", "AUX") and tokens[j].tag_ != "VBG"  # ("fundraising")
        if tokens[j].is_punct or verb or tokens[j].pos_ == "PRON":
            return None
    return None


def _speaker(phrase: Span, context: SpeakerContext) -> Speaker:
    """The source: the organisation named in it ("the Quinnipiac poll"), else the phrase."""
    inside = [
        m
        for m in context.mentions
        if phrase.start_char <= m.start < phrase.end_char and m.label in ("ORG", "PERSON")
    ]
    if inside:
        speaker = mention_speaker(inside[-1], context)
        speaker.mention = phrase.text
        return speaker
    words = phrase.text
    return Speaker(words[0].lower() + words[1:] if phrase[0].pos_ == "DET" else words, "group")
