"""Vague references to time: "recently", "in the past", "the near future", "currently".

TimeML writes these as DATEs with no calendar value: ``PAST_REF``, ``FUTURE_REF`` and
``PRESENT_REF``. A reader needs them (a figure said "previously" is not today's, a
plan "in the coming weeks" is not done), but they bound nothing: "in the past" may
be last week or a century ago. So they are found with their kind as granularity and
their anchor, the publication date, as both ends of the interval, which says only what
they are relative to:

- ``"past-ref"``: some time before the anchor ("recently", "previously", "in recent
  years", "in the past", "in generations past", "millions of years ago", "last
  season");
- ``"future-ref"``: some time after it ("the future", "the near future", "in the
  coming weeks", "in the years to come", "someday", "next season");
- ``"present-ref"``: a time around the anchor ("currently", "at present",
  "nowadays", "these days", "this season").

No claim is dated by one of them (:data:`VAGUE_GRANULARITIES`): "previously" does not
say when, and "currently" describes a state that holds around the publication date
("is currently on trial for a $11bn fraud" dates neither the trial nor the fraud).
"now" is the moment of writing (granularity ``"present"``, a rule of
:mod:`extractors.timex_rules`) and dates what it qualifies at the publication day.

Not marked, as TimeML does not mark them: prospects and histories ("the future of
NATO", "a painful past"), "soon", and "once".

Examples
--------
>>> from datetime import date
>>> from extractors.timex_rules import Context
>>> c = Context(anchor=date(2016, 5, 29), previous=None, sentence_year=None)
>>> [(m["t"], h(m, c)[2]) for m, h in reference_candidates("He had previously said so.")]
[('previously', 'past-ref')]
>>> [m["t"] for m, _ in reference_candidates("the past five years, then the past")]
['the past']
"""

from __future__ import annotations

import re

from extractors.timex_rules import Context, Handler, Resolved

#: Granularities of references with no extent: no claim is dated by one.
VAGUE_GRANULARITIES = frozenset({"past-ref", "present-ref", "future-ref"})

_SPANS = r"(?:years|months|weeks|days|decades|centuries|times)"
#: What follows "the past" or "the future" as a time: a stop, a verb or a function word
#: ("in the past, it ...", "the future is big", "in the past when ..."). Not a number or
#: a noun: "the past three sessions" is a span, "the future board" a board.
_ENDS_PHRASE = (
    r"(?=\s*(?:[,.;:!?)\"'”’—–]|-\s|$)|\s+(?:and|or|but|is|was|are|were|will|would|could|"
    r"may|might|has|had|have|to|in|at|on|for|with|by|as|than|when|where|if|that|this|it|"
    r"he|she|they|we|I|you|there|because|so|too|again)\b)"
)


def _kind(granularity: str) -> Handler:
    def resolve(m: re.Match[str], c: Context) -> Resolved:
        if c.anchor is None:
            return None  # relative to nothing: as "now" without a date
        return c.anchor, c.anchor, granularity, c.anchor

    return resolve


_PAST = _kind("past-ref")
_FUTURE = _kind("future-ref")
_PRESENT = _kind("present-ref")

#: Each rule: the words (lower case) without one of which it cannot match, so that
#: its expression is not run over the many texts that lack them; its pattern; its kind.
PATTERNS: list[tuple[tuple[str, ...], str, Handler]] = [
    (
        ("recently", "lately", "previously", "formerly"),
        r"(?P<t>\b(?:recently|lately|previously|formerly))\b",
        _PAST,
    ),
    (("recent",), rf"(?P<t>\brecent\s+{_SPANS})\b", _PAST),
    # "in the past", "the past has shown"; not "the past two years" (a span) nor "a
    # painful past" (a history: no "the")
    (("past",), rf"(?P<t>\bthe\s+(?:distant\s+|recent\s+)?past)\b{_ENDS_PHRASE}", _PAST),
    (("past",), r"(?P<t>\b(?:generations|years|decades|centuries)\s+past)\b", _PAST),
    # an age beyond the calendar: "220m years ago", "millions of years ago", "years ago"
    (
        ("ago",),
        r"(?P<t>(?:\b(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:m|bn|million|billion))\s+"
        r"|\b(?:many|hundreds of|thousands of|millions of|billions of)\s+)?"
        r"\b(?:years|decades|centuries)\s+ago)\b",
        _PAST,
    ),
    # "the future", "the near future"; not "the future of NATO" (its prospects)
    (
        ("future",),
        rf"(?P<t>\bthe\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+)?future)\b"
        rf"{_ENDS_PHRASE}",
        _FUTURE,
    ),
    (
        ("coming",),
        r"(?P<t>\b(?:the\s+)?coming\s+(?:days|weeks|months|years|decades))\b",
        _FUTURE,
    ),
    (
        ("to come", "ahead"),
        r"(?P<t>\bthe\s+(?:days|weeks|months|years|decades)\s+(?:to\s+come|ahead))\b",
        _FUTURE,
    ),
    (("someday",), r"(?P<t>\bsomeday)\b", _FUTURE),
    # a season of sport or politics, which no calendar bounds ("top scorer this season")
    (("season",), r"(?P<t>\blast\s+season)\b", _PAST),
    (("season",), r"(?P<t>\bnext\s+season)\b", _FUTURE),
    (("season",), r"(?P<t>\bthis\s+season)\b", _PRESENT),
    (
        ("currently", "nowadays", "these days"),
        r"(?P<t>\b(?:currently|nowadays|these\s+days))\b",
        _PRESENT,
    ),
    # "at present"; not "at present levels" (the current ones)
    (
        ("at present",),
        r"(?<=\bat\s)(?P<t>present)\b(?!\s+(?:levels?|rates?|prices?|values?)\b)",
        _PRESENT,
    ),
    # "the present" as a time, not "the present government" (the current one)
    (
        ("the present",),
        r"(?P<t>\bthe\s+present(?:\s+day)?)\b"
        r"(?=\s*[,.;:)]|\s+(?:and|or|is|was|has|will|to|in|at)\b|\s*$)",
        _PRESENT,
    ),
]

_COMPILED = [(needs, re.compile(pattern, re.I), handler) for needs, pattern, handler in PATTERNS]


def reference_candidates(text: str) -> list[tuple[re.Match[str], Handler]]:
    """Every match of a vague reference in ``text``, with the handler that resolves it."""
    lower = text.lower()
    return [
        (m, handler)
        for needs, pattern, handler in _COMPILED
        if any(word in lower for word in needs)
        for m in pattern.finditer(text)
    ]
