"""A clause that announces a quotation with a colon: 'Trump went further: "..."'.

'He released the following statement: "..."', 'The ad's narrator asks: "..."':
whoever the clause before the colon is about says the quotation after it,
whatever the verb (a verb of speech need not be there). The quotation runs
on to the end of its paragraph when it is taken up again after a few words.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(colon_quotations, 'Senator Mary Jones went further: "This budget is a disgrace."')
[('Mary Jones', 'direct', 'went further', '"This budget is a disgrace."')]
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_content import announced
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found

#: A colon, then (across white space, into the next paragraph) a quotation opening.
_COLON_QUOTE = re.compile(r":\s{0,6}(?=[“\"]|'')")


def colon_quotations(sent: Span, context: SpeakerContext) -> list[Found]:
    """The quotation a colon in the sentence announces, said by its clause's subject."""
    quotations = context.quotations
    text = context.text
    if quotations is None or ":" not in text[sent.start_char : sent.end_char]:
        return []
    doc = sent.doc
    found = []
    for match in _COLON_QUOTE.finditer(text, sent.start_char, sent.end_char + 1):
        colon = match.start()
        if quotations.at(colon) is not None:
            continue  # a colon inside someone's quotation
        quoted = quotations.at(match.end())
        token = doc.char_span(colon, colon + 1, alignment_mode="expand")
        if quoted is None or token is None:
            continue
        verb = token[0].head
        if verb.i > token[0].i:  # the parser hung the colon on the quotation's verb
            verb = next(
                (t for t in reversed(doc[sent.start : token[0].i]) if t.pos_ == "VERB"), verb
            )
        for _ in range(2):  # "released the following statement:": the noun's verb
            if verb.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i:
                verb = verb.head
        if not sent.start <= verb.i < sent.end or verb.i > token[0].i:
            continue
        subject = speaker_token(verb) if verb.pos_ in ("VERB", "AUX") else None
        if subject is None or subject.i > token[0].i or quotations.at(subject.idx) is not None:
            continue
        speaker = resolve_speaker(subject, context)
        if speaker is None:
            continue
        content = announced((quoted.start, quoted.end), context, start_at_quote=True)
        cue = " ".join(t.text for t in doc[verb.i : token[0].i] if not t.is_punct)
        found.append(Found(speaker, "quote", "direct", cue[:60] or ":", content, verb.idx))
    return found
