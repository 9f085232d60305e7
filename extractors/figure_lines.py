"""A figure alone at the end of a list line after a dash: "• deepseek v3.2 — 5.41t".

:mod:`extractors.listings` reads lines labelled with a colon ("• openai: 12.3%");
rankings often put a dash between the label and its figure instead. The line has
no verb, so the parse gives no frame: the label is the figure's subject. A
bullet alone is no metric either.

Examples
--------
>>> text = "right behind it:\\n  • qwen3.6 plus (free) — 6.27t\\n"
>>> start = text.index("6.27t")
>>> dash_label(text, start, start + 5)
('qwen3.6 plus (free)', 21, 40)
>>> dash_label("Sales rose — by 5%", 16, 18) is None
True
"""

from __future__ import annotations

import re

#: A list line's start, its label, and the dash before the figure.
_DASH_LINE = re.compile(
    r"[ \t]*(?:[•*·▪◦‣●○■□➤►][ \t]*)?"
    r"(?P<label>[^\W_](?:[^\n:;.!?—–]|\.(?=\S)){0,60}?)[ \t]+[—–-][ \t]+$"  # "v3.2", not ". "
)


def dash_label(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The label of the list line whose figure is ``text[start:end]``, with its offsets,
    when the figure ends the line and a dash parts it from the label; else None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" \t.;,") != "":
        return None
    found = _DASH_LINE.match(text, line_start, start)
    if found is None or len(found.group("label").split()) > 6:
        return None  # a sentence with a dash in it, not a label
    return found.group("label"), found.start("label"), found.end("label")


def wordless(metric: str | None) -> bool:
    """A metric with no word in it ("•", "-"): what a bullet left, no measure."""
    return metric is not None and not any(c.isalnum() for c in metric)
