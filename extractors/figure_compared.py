"""A figure told as the other term of a comparison measures what the figure before it
does.

"Consumption has jumped to 2.4 million barrels per day, compared with 474,000 bpd
in 1973" and "Sales surged to $805.9m, up from $393.9m a year earlier" state the
same measure twice, at two times. The parse hangs the second figure on "compared"
or "up", which say nothing of what it measures; the first figure's frame does.
A second figure told for its own group ("against 2.94 trillion *for American
providers*", "compared with 39% *of people under 55*") keeps that group as its
subject. A sum restated in another currency ("$1.6bn (£857m)") measures, and moves,
as the sum it converts. A movement told right after a level ("a record profit of 30.6bn
yen, up 31.8% on the previous year") is how far that measure moved: it measures it too.

Examples
--------
>>> from extractors.records import Claim, Quantity
>>> text = "Sales rose to $8m, up from $3m a year earlier."
>>> def claim(start, end, subject, metric):
...     q = Quantity(1.0, 1.0, 1.0, "USD", "currency", "=", text[start:end], start, end)
...     return Claim(text, 0, len(text), start, end, subject=subject, metric=metric, quantity=q)
>>> first, then = claim(14, 17, "Sales", "sales"), claim(27, 30, None, "up")
>>> share_compared([first, then], text)
>>> then.subject, then.metric
('Sales', 'sales')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from extractors.records import Claim

#: The words that make the next figure the other term of a comparison, at the end of
#: the gap between the two ("..., compared with 474,000", "up from about $3m").
_COMPARED = re.compile(
    r"(?:compared\s+(?:with|to)|up\s+from|down\s+from|as\s+against|against|versus|vs\.?"
    r"|from\s+a\s+year\s+earlier\s+of|than)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|just\s+|only\s+|some\s+)?$",
    re.I,
)
#: After the second figure: it is told for a group or place of its own.
_OWN_GROUP = re.compile(
    r"\s+(?:for|in|at|among)\s+(?:the\s+)?(?P<group>(?:(?:[a-z][a-z-]+\s+){1,3}(?=[A-Z]))?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:\s+[a-z]+\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?)"
)
#: After a second share: the group it is a share of ("compared with 39% *of people under
#: 55*"), a few lower-case words up to a clause's end.
_OF_GROUP = re.compile(
    r"\s+of\s+(?:the\s+|all\s+)?(?P<group>[a-z][\w'’-]*"
    r"(?:\s+(?!(?:and|or|but|who|which|that|in|on|at|by)\b)[a-z\d][\w'’-]*){0,3})"
)
#: After the second figure: a clause of its own says what it counts ("compared with 39
#: *who back Ortiz*", "against 36% *who said they were worse off*"), not the first's.
_OWN_CLAUSE = re.compile(r"\s+(?:who|that)\s+(?!is\b|are\b|was\b|were\b)[a-z]", re.I)
#: Words that start a time, not a group: "in January", "in Q3".
_CALENDAR = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Q[1-4]"
    r"|H[12]|Christmas|Easter|Spring|Summer|Autumn|Winter|\d)"
)
#: How far apart the two figures may be, in characters.
MAX_GAP = 80


def share_compared(claims: Sequence[Claim], text: str) -> None:
    """Give the second term of each comparison the first one's frame; see the module."""
    figures = [c for c in claims if c.quantity is not None]
    for first, then in itertools.pairwise(figures):
        if not _compared(first, then, text) or _OWN_CLAUSE.match(text, then.end):
            continue
        then.metric = first.metric
        group = _OWN_GROUP.match(text, then.end)
        capital = re.search(r"[A-Z]", group.group("group")) if group else None
        if group is not None and capital and _CALENDAR.match(group.group("group"), capital.start()):
            group = None  # "compared with £21.8bn in (early) January": a time, not a group
        percent = then.quantity is not None and then.quantity.kind == "percent"
        share_of = _OF_GROUP.match(text, then.end) if percent else None
        if share_of is not None and then.subject is None:
            then.subject = share_of.group("group")  # "compared with 39% of people under 55"
            if (first.metric or "").startswith("share of "):  # "16% of women ..., 30% of men"
                then.metric = f"share of {then.subject}"
        elif group is None:
            then.subject, then.subject_entity = first.subject, first.subject_entity
        elif then.subject is None:  # "compared to 6.7 in Germany"
            then.subject = group.group("group")


#: Between a movement and the earlier movement it is told against: "grew 4.2% in the final
#: quarter, down from the third quarter's 5.1%" (the 5.1% grew, too).
_FROM_AN_EARLIER = re.compile(
    r"\b(?:up|down)\s+from\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]+['’]s\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+)?$",
    re.I,
)


def share_earlier_movements(claims: Sequence[Claim], text: str) -> None:
    """A figure told against a movement with "up from" or "down from" is the earlier
    movement, of the same kind: "spending grew 4.2%, down from 5.1%" (an increase too)."""
    figures = [c for c in claims if c.quantity is not None]
    for first, then in itertools.pairwise(figures):
        one, other = first.quantity, then.quantity
        assert one is not None and other is not None
        if first.change == "level" or then.change != "level" or first.sent_start != then.sent_start:
            continue
        gap = text[first.end : then.start]
        if one.unit == other.unit and len(gap) <= MAX_GAP and _FROM_AN_EARLIER.search(gap):
            then.change, then.direction = first.change, None


def _compared(first: Claim, then: Claim, text: str) -> bool:
    one, other = first.quantity, then.quantity
    if one is None or other is None or first.sent_start != then.sent_start:
        return False
    if one.kind != other.kind or one.unit.split(" per ")[0] != other.unit.split(" per ")[0]:
        return False  # "$5bn, up from 3%": two measures
    gap = text[first.end : then.start]
    if _CLAUSE_JOINED.search(gap):
        return False  # "Sanders is up from 37% and Clinton is down from 49%": each its own
    return len(gap) <= MAX_GAP and ";" not in gap and _COMPARED.search(gap) is not None


#: In the gap between two figures, a clause of its own: "... and Clinton is down from".
_CLAUSE_JOINED = re.compile(
    r"\b(?:and|but|while|whereas)\s+[A-Z][\w.'’-]*\s+(?:is|are|was|were|has|had)\b"
)


#: Between a level and the movement told after it: "30.6bn yen ($291m; £154m), up".
_MOVED_AFTER = re.compile(
    r"\)?\s*,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?$", re.I
)


def share_moved(claims: Sequence[Claim], text: str) -> None:
    """ "profit of 30.6bn yen, up 31.8% on the previous year": the movement told after a
    level measures what the level does (a conversion in brackets between them is the
    level's own)."""
    figures = [c for c in claims if c.quantity is not None]
    for index, then in enumerate(figures):
        if then.change == "level" or index == 0:
            continue
        first = figures[index - 1]
        if first.sent_start != then.sent_start or first.change != "level":
            continue
        if _MOVED_AFTER.fullmatch(text[first.end : then.start]) and first.metric:
            then.subject, then.subject_entity = first.subject, first.subject_entity
            then.metric = first.metric
