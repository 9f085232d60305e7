"""Page furniture: the text around an article that is not the article.

Readers bring in more than the story: a video player's controls ("CLOSE",
"Skip", "Embed x Share"), a clip's duration ("| 3:20"), gallery and image
captions with their credits ("Photo: Jane Doe/Getty Images"), copyright lines
and share widgets. None of it states a figure or a time that anyone claims.
This module finds those lines, whichever reader brought them in, so that the
pipeline drops the figures and times inside them.

A line is furniture when it carries the controls of a player or a widget
(capitalised control words, "x Share"), a clip duration after a bar, or when
it opens with a credit, caption or copyright marker.

Examples
--------
>>> text = "Police said 16 people were hurt.\\nGunfire erupted | 3:20 15 CLOSE Skip\\nMore text."
>>> [text[s:e] for s, e in furniture_spans(text)]
['Gunfire erupted | 3:20 15 CLOSE Skip']
>>> is_furniture("Embed x Share Video of the scene")
True
>>> is_furniture("The share price closed 5% higher.")
False
>>> is_furniture("Continue reading...")
True
"""

from __future__ import annotations

import re

#: A player's or widget's controls; upper-case words, or "x" between two of them.
_CONTROLS = re.compile(
    r"\b(?:CLOSE|SKIP|EMBED|SHARE|REPLAY|AUTOPLAY)\b"
    r"|\b(?:Close|Skip|Embed|Share|Tweet|Email|Replay)\s+(?:x\s+)?(?:Skip|Embed|Share|Tweet"
    r"|Email|Close)\b"
    r"|\bx\s+(?:Embed|Share|Tweet|Email)\b"
)
#: A clip's duration after a bar or a play mark: "| 3:20", "▶ 1:05".
_DURATION = re.compile(r"[|▶►]\s*\d{1,2}:\d\d\b")
#: What opens a caption, a credit or a legal line.
_OPENERS = re.compile(
    r"^\s*(?:Copyright\b|©|\(c\)\s|All rights reserved|Image(?:\s+(?:copyright|caption|source))?:"
    r"|Image (?:copyright|caption)\b|Photo(?:graph)?s?:|Pictured:|Credit:|Caption:|Video:"
    r"|Watch:|Gallery:|Listen:|Media caption\b|Getty Images\b|Reuters/|AP Photo\b"
    r"|Click (?:here|to)\b|Sign up\b|Subscribe\b|Follow us\b|Share this\b|Read more:"
    r"|Related:|Advertisement\b|Story continues|Continue reading\b|Keep reading\b)",
    re.I,
)
#: A credit at the end of a short caption: "... (Photo: Jane Doe/AP)", "Getty Images".
_CREDIT_END = re.compile(
    r"(?:\((?:Photo|Image|Picture|Video)[^)]*\)|(?:Getty Images|/AP|/Reuters|/AFP|/EPA))\s*$", re.I
)
#: Captions are short; a long line with a credit at its end is still prose.
MAX_CAPTION = 200


def is_furniture(line: str) -> bool:
    """Whether one line of text is page furniture; see the module docstring."""
    if _CONTROLS.search(line) or _DURATION.search(line) or _OPENERS.match(line):
        return True
    return len(line) <= MAX_CAPTION and bool(_CREDIT_END.search(line))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """The ``[start, end)`` spans of the furniture lines of ``text``, in order."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        if is_furniture(match.group()):
            spans.append((match.start(), match.end()))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of ``spans``."""
    return any(s < end and start < e for s, e in spans)
