"""Stored sentences as a digest shows them: one clean line that stands on its own.

A digest lifts sentences out of their articles, so a sentence must not lean on
what came before it ("This matters...", "But the share fell"), on its
article's own day ("earlier this month"), or be a caption; and no sentence is
told twice.
"""

from __future__ import annotations

import re

__all__ = ["clean", "stands_alone", "told"]


def clean(text: str) -> str:
    """A stored sentence as one line: list bullets and line breaks folded, and the
    article's own footnote markers ("[7]") left out, since the digest's [n] cite."""
    text = _FOOTNOTES.sub("", text.replace("•", " "))
    return re.sub(r"\s+", " ", text).strip().removeprefix("- ")


#: A source's footnote markers after a word or a full stop ("in June.[7][8]"), or
#: spaced from the end of its sentence ("as an AI agent. [4]").
_FOOTNOTES = re.compile(r"(?<=[^\s\[])(?:\[\d{1,3}\])+|(?<=[.!?”\"])\s+(?:\[\d{1,3}\])+(?=\s*$)")


#: Openers that point back at a sentence the digest does not show.
_DANGLING = re.compile(
    r"^(?:this|that|these|those|it|its|they|their|them|he|she|his|her|such|but|however|"
    r"and|or|so|yet|still|also|meanwhile|instead|moreover|furthermore|nevertheless|"
    r"nonetheless|thus|hence|then|which|the latter|the former|as a result|in turn)\b",
    re.IGNORECASE,
)
#: Dates that only the article's own day resolves.
_RELATIVE = re.compile(
    r"\b(?:(?:earlier|later) this (?:week|month|year)|this (?:week|month)|last (?:week|month)"
    r"|yesterday|today|tomorrow|(?:a|one|two|three|\d+) (?:day|week|month|year)s? "
    r"(?:prior|ago|earlier|before))\b",
    re.IGNORECASE,
)
#: A chart's or table's caption, not a sentence of the story.
_CAPTION = re.compile(r"^(?:[\w-]+ )?(?:chart|graph|table|figure|map|photo)\b", re.IGNORECASE)


def stands_alone(text: str) -> bool:
    """A sentence a reader can take out of its article: it opens with a capital or a
    figure, not with an anaphor or connective ("This matters...", "But..."), carries no
    date only the article's day resolves ("earlier this month"), and is no caption.

    >>> [stands_alone(t) for t in ("This matters.", "But the share fell.",
    ...  "the share fell.", "OpenRouter reported 61% in February.")]
    [False, False, False, True]
    """
    text = clean(text).lstrip("\"“‘'(")
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    return not (_DANGLING.match(text) or _RELATIVE.search(text) or _CAPTION.match(text))


def told(text: str, said: set[str]) -> bool:
    """Whether the digest already tells this sentence; marks it told."""
    key = re.sub(r"\W+", " ", clean(text).lower()).strip()
    if key in said:
        return True
    said.add(key)
    return False
