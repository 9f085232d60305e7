"""Figures laid out as labelled list lines, read with the headings above them.

Reports and newsletters often state figures as a list rather than sentences::

    by provider-level market share:
      • anthropic: 17.8%
      • openai: 12.3%
    china:
      • deepseek
      • qwen
    combined: 37.1%

A parser sees "openai: 12.3%" as a fragment with no verb, so the claim frame
comes from the layout instead: the line's label is the subject, and the
nearest heading above that names a measure ("market share") is the metric.
An aggregate label ("combined", "total") stands for the group heading it sits
under ("china").

Examples
--------
>>> text = "by market share:\\n• acme: 12%\\n"
>>> label_frame(text, text.index("12%"), text.index("12%") + 3)
LabelFrame(subject='acme', metric='market share', start=19, end=23)
"""

from __future__ import annotations

import re
from typing import NamedTuple

from extractors.topics import MEASURE_TERMS, metric_terms

#: How far above a list line its headings may be.
HEADING_REACH = 30
#: Labels that stand for the group heading they sit under.
AGGREGATE_LABELS = frozenset("combined total overall all together sum subtotal".split())

_BULLET = r"[•*·▪◦‣●○■□➤►-]"
_LABEL_LINE = re.compile(
    rf"^[ \t]*(?:{_BULLET}[ \t]*)?(?P<label>[^\W\d_][\w .&'’/+-]{{0,40}}?)[ \t]*:[ \t]*$"
)
_HEADING = re.compile(rf"^[ \t]*(?:{_BULLET}[ \t]*)?(?P<heading>[^\d:\n]{{1,80}}):[ \t]*$")
_LEADING_PREPOSITION = re.compile(r"^(?:by|in|on|for|of)\s+", re.I)


class LabelFrame(NamedTuple):
    """The subject and metric a list line gives its figure (either may be None)."""

    subject: str | None
    metric: str | None
    #: Where the subject's text is, when it is the line's own label.
    start: int | None
    end: int | None


def label_frame(text: str, start: int, end: int) -> LabelFrame | None:
    """The frame of the figure at ``text[start:end]`` if it is a labelled list line.

    A labelled line holds a short label, a colon, the figure and nothing else
    (but closing punctuation).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t.;,") != "":
        return None
    match = _LABEL_LINE.match(text[line_start:start])
    if match is None:
        return None
    label = match.group("label").strip()
    label_start = line_start + match.start("label")
    group, metric = _headings(text, line_start)
    if label.lower() in AGGREGATE_LABELS:
        return LabelFrame(group, metric, None, None)
    return LabelFrame(label, metric, label_start, label_start + len(label))


def _headings(text: str, line_start: int) -> tuple[str | None, str | None]:
    """The nearest group heading and the nearest metric heading above a line."""
    lines = text[:line_start].splitlines()[-HEADING_REACH:]
    group: str | None = None
    for line in reversed(lines):
        match = _HEADING.match(line)
        if match is None:
            continue
        heading = _LEADING_PREPOSITION.sub("", match.group("heading").strip())
        if metric_terms(heading) & MEASURE_TERMS:
            return group, heading
        if group is None and len(heading.split()) <= 3:
            group = heading
    return group, None
