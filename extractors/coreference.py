"""Who "he", "the company" and "one executive" are: speakers resolved to named actors.

A statement's subject is often not a name: a pronoun ("he said"), a
description ("the newspaper reported", "the influential US daily wrote",
"the company said") or an indefinite that the next sentence names ("one
Chinese AI executive described ... Zixuan Li, director of product at Zhipu
AI, told attendees ..."). Each is resolved to an entity mention of the same
document when the text supports it:

- *type*: "he"/"she" and person nouns ("the senator") take a person; "it"
  and organisation nouns ("the company", "the campaign") an organisation;
  outlet nouns ("the newspaper", "the daily") an outlet or organisation;
- *nearness*: a pronoun looks back two sentences, a definite description six;
  those who spoke recently come first (a speaker is likelier than a mention),
  then those named as a clause's subject, then the nearest;
- *number and gender*: "they" takes a group or organisation; a person once
  called "she" (or "Ms") is not "he";
- *direction*: "one X" (a person noun with no name) looks forward to
  the first person named in the next sentence; "who" is its clause's head.

The words as written stay beside the resolution (``Speaker.mention``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractors.records import EntityMention

if TYPE_CHECKING:
    from extractors.speakers import SpeakerContext

#: Nouns naming one person by role: "the senator", "one Chinese AI executive".
PERSON_NOUNS = frozenset(
    "executive spokesman spokeswoman spokesperson official senator candidate president "
    "governor lawmaker congressman congresswoman nominee chairman chairwoman chair director "
    "founder chief minister secretary mayor leader adviser advisor aide analyst economist "
    "manager partner lawyer attorney judge businessman businesswoman billionaire "
    "representative rep ceo head premier speaker strategist scientist researcher "
    "professor investor entrepreneur actor actress star singer author writer".split()
)
#: Nouns naming an organisation: "the company", "the campaign".
ORGANISATION_NOUNS = frozenset(
    "company firm group organization organisation agency campaign administration "
    "department government party committee bank startup lab corporation giant maker "
    "ministry office council union association foundation institute court commission "
    "platform provider team university".split()
)
#: Nouns naming a publication: "the newspaper", "the influential US daily".
OUTLET_NOUNS = frozenset(
    "newspaper paper daily magazine outlet network broadcaster publication site website "
    "tabloid channel journal station weekly blog".split()
)
#: Nouns naming a state's body: "the government" is a country's or a ministry's.
GOVERNMENT_NOUNS = frozenset({"government", "ministry"})
#: Nouns naming a business: "the company" is not an outlet that reported on it.
COMPANY_NOUNS = frozenset("company firm bank startup corporation maker giant lab group".split())
#: A name that says it is a body of a state ("Economy Ministry", "Commerce Department").
_GOVERNMENT_NAME = re.compile(
    r"\b(?:Government|Ministry|Department|Office|Treasury|Administration|Commission|"
    r"Agency|Bureau|Cabinet|Parliament|Congress|Senate|Kremlin|White House)\b"
)
_PLACES = frozenset({"GPE", "NORP", "LOC"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"one"})
_HE = frozenset({"he", "him", "his"})
_SHE = frozenset({"she", "her", "hers"})
_MASCULINE = frozenset({"mr", "mr.", "sir", "lord"})
_FEMININE = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"})
#: Sentences back a pronoun and a description look for their actor.
PRONOUN_REACH = 2
DESCRIPTION_REACH = 6
_PERSON_LABELS = ("PERSON",)
_ORGANISATION_LABELS = ("ORG", "NORP")
_OUTLET_LABELS = ("ORG", "WORK_OF_ART")


def description_type(head: Token) -> str | None:
    """What a common noun names: "person", "organisation", "outlet", or None.

    Examples
    --------
    >>> import spacy
    >>> doc = spacy.blank("en")("the newspaper")
    >>> description_type(doc[1])
    'outlet'
    """
    word = head.lower_
    lemma = head.lemma_.lower() or word
    for nouns, kind in (
        (OUTLET_NOUNS, "outlet"),
        (PERSON_NOUNS, "person"),
        (ORGANISATION_NOUNS, "organisation"),
    ):
        if word in nouns or lemma in nouns:
            return kind
    return None


def is_description(head: Token) -> bool:
    """A singular common noun with "the" or "one" that names an actor by what it is."""
    if head.pos_ not in ("NOUN", "ADJ") or head.tag_ == "NNS":  # a proper noun is a name
        return False
    if description_type(head) is None:
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "poss")}
    return bool(dets & (_DEFINITE | _INDEFINITE))


def resolve_pronoun(token: Token, context: SpeakerContext) -> EntityMention | str | None:
    """The actor a subject pronoun stands for: a mention, a speaker's name, or None.

    "who" is the noun its clause hangs from (the caller resolves that token);
    "he"/"she" a person and "it"/"they" an organisation or group, the last to
    speak in reach first.
    """
    word = token.lower_
    here = _anchor(token, context)
    reach = sentence_index(context, here) - PRONOUN_REACH
    if word in _HE or word in _SHE:
        gender = "he" if word in _HE else "she"
        for name, kind in reversed(_spoken(context, reach, token.idx)):
            if kind == "person" and context.gender.get(name, gender) == gender:
                context.gender[name] = gender
                return name
        people = _ranked(context, reach, token.idx, _PERSON_LABELS)
        # One known to be "she" before one of unknown gender, before none.
        fitting = [m for m in people if _gender(m, context) == gender] or [
            m for m in people if _gender(m, context) is None
        ]
        if fitting:
            context.gender[fitting[0].name] = gender
            return fitting[0]
        # Nobody in reach: the person who spoke last in the paragraphs before, if of the gender.
        wider = sentence_index(context, here) - DESCRIPTION_REACH
        for name, kind in reversed(_spoken(context, wider, token.idx)):
            if kind == "person" and context.gender.get(name, gender) == gender:
                return name
        # Still nobody: the nearest person named before, of the gender or of none known.
        people = _ranked(context, -1, token.idx, _PERSON_LABELS, subjects_first=False)
        fitting = [m for m in people if _gender(m, context) in (gender, None)]
        return fitting[0] if fitting else None
    if word in ("it", "they"):
        wanted = ("organisation", "outlet") if word == "it" else ("organisation", "group")
        for name, kind in reversed(_spoken(context, reach, token.idx)):
            if kind in wanted:
                return name
        labels = ("ORG",) if word == "it" else ("ORG", "NORP")  # "it" is never "Chinese"
        found = _ranked(context, reach, token.idx, labels)
        # "they" may be "Democrats", never "Democratic" (a people's adjective).
        found = [m for m in found if m.label != "NORP" or _plural_noun(m, token)]
        return found[0] if found else None
    return None


def resolve_description(head: Token, context: SpeakerContext) -> EntityMention | str | None:
    """The named actor a description stands for ("the company": the organisation before)."""
    kind = description_type(head)
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod")}
    if kind == "person" and "one" in dets and head.dep_ in ("nsubj", "nsubjpass"):
        # "one Chinese AI executive described ...": the next sentence names them.
        here = sentence_index(context, head.idx)
        end = _sentence_start(context, here + 2)
        named = [
            m for m in context.mentions if head.idx < m.start < end and m.label in _PERSON_LABELS
        ]
        return named[0] if named else None
    if not dets & _DEFINITE:
        return None
    reach = sentence_index(context, head.idx) - DESCRIPTION_REACH
    labels = {
        "person": _PERSON_LABELS,
        "organisation": _ORGANISATION_LABELS,
        "outlet": _OUTLET_LABELS,
    }[kind or "organisation"]
    if head.lemma_.lower() in GOVERNMENT_NOUNS:
        if any(c.dep_ in ("amod", "compound") and c.ent_type_ in _PLACES for c in head.children):
            return None  # "the Indian government" says whose it is: kept as written
        labels = ("ORG", "GPE")  # "the government" of a country named before
    wanted = {"person": ("person",), "organisation": ("organisation",), "outlet": ("outlet",)}
    label_of = {m.name: m.label for m in context.mentions}
    for name, spoke in reversed(_spoken(context, reach, head.idx)):
        label = label_of.get(name)
        fits = label is None or label in labels
        if spoke in wanted[kind or "organisation"] and fits and _fits(head, name, label, context):
            return name
    found = _ranked(context, reach, head.idx, labels)
    found = [m for m in found if _fits(head, m.name, m.label, context, m)]
    if kind == "outlet":
        outlets = [m for m in found if m.name in context.outlets]
        found = outlets or found
    return found[0] if found else None


def _fits(
    head: Token,
    name: str,
    label: str | None,
    context: SpeakerContext,
    mention: EntityMention | None = None,
) -> bool:
    """Whether a named actor can be what the description calls it: "the government" is
    a state or a body of one, "the company" no outlet, "the firm" no nationality."""
    noun = head.lemma_.lower()
    if noun in GOVERNMENT_NOUNS:
        return label == "GPE" or bool(_GOVERNMENT_NAME.search(name))
    if noun in COMPANY_NOUNS and (name in context.outlets or _GOVERNMENT_NAME.search(name)):
        return False
    if label == "NORP" and mention is not None:
        # "the Italian firm": an adjective of nationality is no organisation.
        return _plural_noun(mention, head)
    return True


# -- candidates ----------------------------------------------------------------------------


def _anchor(token: Token, context: SpeakerContext) -> int:
    """Where a pronoun's sentence begins, or the quotation it closes ('"... ," he said'):
    sentences inside someone's quotation do not put their speaker out of reach."""
    start = token.sent.start_char
    if context.quotations is not None:
        for position in (start, start + 1):
            quotation = context.quotations.at(position)
            if quotation is not None:
                return quotation.start
    return start


def sentence_index(context: SpeakerContext, position: int) -> int:
    return bisect_right(context.sent_starts, position) - 1


def _sentence_start(context: SpeakerContext, index: int) -> int:
    if index >= len(context.sent_starts):
        return len(context.text)
    return context.sent_starts[max(index, 0)]


def _spoken(context: SpeakerContext, reach: int, before: int) -> list[tuple[str, str]]:
    """Named speakers of the statements in reach, in text order: (name, kind)."""
    lo = _sentence_start(context, reach)
    return [
        (s.speaker, s.speaker_kind)
        for start, s in context.speakers
        if lo <= start < before and s.speaker_entity and s.kind != "summary"
    ]


def _ranked(
    context: SpeakerContext,
    reach: int,
    before: int,
    labels: Iterable[str],
    *,
    subjects_first: bool = True,
) -> list[EntityMention]:
    """Mentions in reach of these labels, the nearest subject first, then the nearest
    (from the document's start when ``reach`` is negative)."""
    lo = _sentence_start(context, reach)
    wanted = set(labels)
    found = [m for m in context.mentions if lo <= m.start < before and m.label in wanted]
    found = [m for m in found if not _inside_quote(context, m.start)]
    if not subjects_first:
        return list(reversed(found))
    subjects = [m for m in found if m.start in context.subject_starts]
    return list(reversed(subjects)) + [m for m in reversed(found) if m not in subjects]


def _inside_quote(context: SpeakerContext, position: int) -> bool:
    return context.quotations is not None and context.quotations.at(position) is not None


def _gender(mention: EntityMention, context: SpeakerContext) -> str | None:
    if mention.name in context.gender:
        return context.gender[mention.name]
    first = mention.text.split()[0].lower() if mention.text.split() else ""
    before = context.text[max(0, mention.start - 5) : mention.start].lower().split()
    words = {first, *(before[-1:] if before else [])}
    if words & _MASCULINE:
        return "he"
    if words & _FEMININE:
        return "she"
    return None


def _plural_noun(mention: EntityMention, token: Token) -> bool:
    """Whether a mention is written as a plural noun ("Democrats", "the Russians")."""
    span = token.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NNS", "NNPS")
