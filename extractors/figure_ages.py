"""Ages said with a bare number: the number has no unit, the words around it say "years".

- after "aged" or "the age of": "from the age of 17", "aged 30 to 40";
- between commas after a name, or closing the sentence: "Mr Ebbers, 63, is accused",
  "and former chef Nick Wood, 41.";
- after a person and a form of "be": "when I'm 74", "she was 22 when";
- after "age": "children under age 14";
- after a noun of a person between commas: "the Wales star, 30, ...";
- opening a sentence with "At" before a person: "At 12, he was canvassing";
- after a verb of a life's turn and "at": "died in Rome at 50", "retired at 35", "left
  school at 14", "became an MP at 27";
- after people and a bound: "children under seven", "people over 65";
- moved by a verb of an age noun: "raise the pension age from 60 to 65".

Whose age it is, when the figure hangs on them, is :func:`aged_noun`'s.

>>> text = "Mr Ebbers, 63, said it; Ann Lee, 41."
>>> bare_age(text, 11, 13, 63.0), bare_age(text, 33, 35, 41.0)
(True, True)
>>> bare_age("when I'm 74, I will know", 9, 11, 74.0)
True
>>> bare_age("sold to children under seven", 23, 28, 7.0)
True
>>> bare_age("it sold 74, then 80", 8, 10, 74.0)
False
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from extractors.coreference import PERSON_NOUNS
from extractors.records import Approx

#: Ages people live to; a bare number outside this is no age.
YOUNGEST, OLDEST = 1, 120
# "children under age 14", "citizens aged under 30", "people aged between 18 and 24"
_AGED_BEFORE = re.compile(
    r"\b(?:aged|ages?(?:\s+of)?)\s+(?:(?:under|over|above|below|between)\s+)?$"
)
#: "raise the pension age for workers from 60 to 65": the numbers an age noun moves.
_AGE_MOVED = re.compile(r"\bage\s+(?:[a-z]+\s+){0,4}(?:from|to)\s+(?:\d{2}\s+to\s+)?$", re.I)
#: "the average age of a gamer being 29", "the average age of new MPs is 50",
#: "the voting age is 18", "the age would be 16".
_AGE_IS = re.compile(
    r"\bage\s+(?:of\s+(?:[\w-]+\s+){1,3})?(?:being|is|was|(?:will|would)\s+be|stood\s+at)\s+$",
    re.I,
)
#: "Thanou, 30, and": a capitalised name, a comma, the number.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*,\s$")
#: A name and "now" or "then" before a bare number: "Agassi, now 34,", "Sperling, then 38".
_NOW_AGED = re.compile(r"[A-Z][\w'’.-]*,\s(?:now|then)\s$")
#: What closes an apposed age: a comma, a semicolon, or the sentence's full stop.
_APPOSITION_END = re.compile(r"(?:[,;]|\.(?!\d))")
#: "I'm 74", "she was 22", "the boy - who was 13 at the time", "she might be 33 next
#: month": a person and a form of "be" right before the number.
_PERSON_IS = re.compile(
    r"\b(?:I'm|I’m|I\s+am|I\s+was|(?:he|she)(?:'s|’s|\s+is|\s+was)|who\s+(?:is|was)"
    r"|(?:he|she|I)\s+(?:might|could|would|will|may)\s+be|turned|turns)\s+"
    r"(?:just\s+|only\s+|still\s+|barely\s+)?$",  # "when she was just 15"
    re.I,
)
#: "The former champion was 22 when she retired": a form of "be" before the number and a
#: "when" of a person after it.
_BE_BEFORE = re.compile(r"\b(?:was|is|were)\s+(?:just\s+|only\s+|still\s+)?$")
_WHEN_A_PERSON = re.compile(r"\s+when\s+(?:he|she|I|they|we)\b")
#: "has died in Germany at 50", "retired at 35", "left school at 14": the age a life's
#: event came at.
_LIFE_EVENT_AT = re.compile(
    r"\b(?:died|dies|retired|retires|retiring|married|became|(?:left|leaving|quit)\s+school)\b"
    r"[^.;:!?]{0,30}\bat\s+(?:the\s+age\s+of\s+)?$",
    re.I,
)
#: "the Wales star, 30, ...": a noun naming a person, a comma, the number.
_PERSON_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+),\s$")
#: Nouns of people an apposed age follows, beside :data:`PERSON_NOUNS`' roles.
_AGED_NOUNS = PERSON_NOUNS | frozenset(
    "striker midfielder defender player captain winger keeper goalkeeper forward coach "
    "boss veteran man woman boy girl mother father son daughter wife husband".split()
)
#: "At 12, he was canvassing": a sentence opened by the age a person did something at.
_AT_AGE_OPENING = re.compile(r"(?:^|[.!?\"“”]\s*)At\s+$")
_PERSON_AFTER = re.compile(r",\s+(?:he|she|I|they|we)\b")
#: After the number of "I'm 74": the clause ends, or a conjunction starts the next one.
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:and|but|when|now|this|next|last|at\s+the\s+time)\b)"
)
_PEOPLE = (
    r"(?P<who>children|kids|people|adults|pupils|those|anyone|men|women|players|workers|voters"
    r"|employees|drivers|girls|boys)"
)
#: "children under seven", "people over 65", "most players are over 18": a group of people
#: bounded by age.
_PEOPLE_BOUNDED = re.compile(
    rf"\b{_PEOPLE}\s+(?:aged\s+|are\s+|were\s+)?(?:under|over|above|below|past)\s+$", re.I
)
#: The same group before a figure whose span already holds its bound ("under 65").
_PEOPLE_BEFORE = re.compile(rf"\b{_PEOPLE}\s+(?:aged\s+)?$", re.I)


def bare_age(text: str, start: int, end: int, value: float) -> bool:
    """Whether the unit-less number at ``text[start:end]`` is a person's age."""
    before = text[max(0, start - 40) : start]
    if _AGED_BEFORE.search(before[-22:]):
        return True
    if not YOUNGEST <= value < OLDEST or value != int(value):
        return False
    if _PEOPLE_BOUNDED.search(before) or _AGE_MOVED.search(before) or _AGE_IS.search(before):
        return True
    if _LIFE_EVENT_AT.search(before) and value >= 10:
        return True
    if _NOW_AGED.search(before[-30:]) and value >= 10:
        return True  # "Daniloff, now 81 and retired", "Sperling, then 38, said"
    if _NAME_BEFORE.search(before[-30:]) and _APPOSITION_END.match(text, end):
        # "Smith, 7," is more often a list than a child's age; not "Ann Cole, seven, who"
        return value >= 10 or re.match(r",\s+who\b", text[end:]) is not None
    noun = _PERSON_NOUN_BEFORE.search(before[-30:])
    if noun and noun["noun"] in _AGED_NOUNS and _APPOSITION_END.match(text, end):
        return value >= 10  # "the Wales star, 30,"
    if _AT_AGE_OPENING.search(before) and _PERSON_AFTER.match(text, end):
        return True
    if _BE_BEFORE.search(before) and _WHEN_A_PERSON.match(text, end):
        return value >= 10  # "was 22 when she retired"
    return bool(_PERSON_IS.search(before) and _CLAUSE_END.match(text, end))


#: A bound before an age noun: "under the age of 16", "over age 65".
_AGE_BOUND = re.compile(r"\b(?P<bound>under|below|over|above)\s+(?:the\s+)?age(?:\s+of)?\s+$", re.I)
_BOUNDS: dict[str, Approx] = {"under": "<", "below": "<", "over": ">", "above": ">"}


def age_bound(text: str, start: int) -> tuple[Approx, int] | None:
    """The bound of an age said before its age noun, and where it starts: "children
    *under* the age of 16" -> ("<", ...).

    >>> age_bound("children under the age of 16", 26)
    ('<', 9)
    """
    found = _AGE_BOUND.search(text, max(0, start - 30), start)
    return (_BOUNDS[found["bound"].lower()], found.start()) if found else None


def aged_group(text: str, start: int) -> str | None:
    """The people an age bounds, before the figure's span: "*children* under seven".

    >>> aged_group("shows for children under seven", 19)
    'children'
    """
    found = _PEOPLE_BEFORE.search(text, max(0, start - 30), start)
    return found.group("who") if found else None


def closes_apposition(text: str, end: int) -> bool:
    """Whether an age ends its apposition: "Nick Wood, 41," or "Nick Wood, 41."."""
    return _APPOSITION_END.match(text, end) is not None or text.startswith(")", end)


def aged_noun(root: Token) -> Token | None:
    """Whose age a figure is, when the figure hangs on them ("David Magel, 53,", "the
    18-year-old Mirza", "a 22-year-old black man") or on what they did ("his wife died
    aged 91"); None for an age said of a subject ("she was 14"), which the clause's frame
    gives."""
    head = root.head
    hung = root.dep_ in ("appos", "amod", "compound", "nummod")
    if hung and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() != "age":
        return named_holder(head) or head
    before = root.doc[root.left_edge.i - 1] if root.left_edge.i > 0 else None
    if before is not None and before.lower_ in ("under", "over", "between", "from"):
        before = root.doc[before.i - 1] if before.i > 0 else None  # "aged under 30"
    if before is None or before.lower_ != "aged":
        return None
    described = root.doc[before.i - 1] if before.i > 0 else before
    if described.pos_ in ("NOUN", "PROPN") and not described.like_num:
        return described  # "readers aged nine to 11", "Britons aged 65 or over"
    if head.pos_ == "VERB":  # "after his wife Audrey died aged 91": who died
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


#: Entity types of a name an age can be told of (a person, or a name the tagger left bare).
_HOLDER_TYPES = frozenset({"PERSON", ""})


def named_holder(noun: Token) -> Token | None:
    """The name a described noun stands for, when the sentence gives it: "Kopp, a 44-year-old
    protester", "his 62-year-old brother, Delfin Gonzalez", "6-year-old survivor Elian
    Gonzalez" (the name's last word); None for a noun that names nobody."""
    if noun.pos_ != "NOUN":
        return None
    head = noun.head
    if noun.dep_ == "appos" and head.pos_ == "PROPN" and head.ent_type_ in _HOLDER_TYPES:
        return head  # "Kopp, a 44-year-old protester"
    if noun.dep_ == "compound" and head.pos_ == "PROPN" and head.ent_type_ == "PERSON":
        return head  # "survivor Elian Gonzalez"
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
        ),
        None,
    )  # "his 62-year-old brother, Delfin Gonzalez"
