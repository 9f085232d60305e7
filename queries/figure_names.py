"""Who gives a figure, and which of a figure's claims speaks for it, as the digest says.

A figure is named by who gives it: the outlet that published it and the party it
attributes the figure to ("Desk B, citing OpenRouter"), never a file name or an
id; the digest's [n] names the article.

>>> giver({"attributed_to": "OpenRouter", "document": {"outlet": "Desk B"}})
'Desk B, citing OpenRouter'
>>> giver({"attributed_to": None, "document": {"origin": "seeds/004_5398.txt"}})
''
"""

from __future__ import annotations

from kg.store.base import Row
from queries.sources_named import publisher, source_label
from queries.timeline import describe_time

__all__ = ["distinct_figures", "giver", "listed_figure", "source_of"]


def giver(claim: Row) -> str:
    """Who gives a figure, when someone does: the outlet (or site, or host) that
    published it and the party it attributes the figure to ("Desk B, citing OpenRouter");
    "" for a document known by name only."""
    by, cited = publisher(claim["document"]), str(claim["attributed_to"] or "")
    if by and cited and cited.lower() != by.lower():
        return f"{by}, citing {cited}"
    return by or cited


def listed_figure(claim: Row) -> str:
    """ "36% (OpenRouter, late Apr 2026)" in a question's list: who gives it, when one
    does (the question cites the articles by number), and its time."""
    said = [p for p in (giver(claim), describe_time(claim["time"])) if p]
    return f"{claim['quantity_text']} ({', '.join(said)})"


def distinct_figures(claims: list[Row]) -> list[Row]:
    """One claim per figure (value, time, article), in the order of their time.

    >>> def claim(id, by):
    ...     return {"id": id, "quantity_text": "36%", "value": 36.0, "subject": "models",
    ...             "sentence": "...", "time": None, "attributed_to": by,
    ...             "document": {"id": "d1", "outlet": None, "title": "Token share"}}
    >>> [listed_figure(c) for c in distinct_figures([claim("a", None), claim("b", "OpenRouter")])]
    ['36% (OpenRouter, undated)']
    """
    seen, found = set(), []
    # Of one figure's claims, one that says whom it comes from speaks for it, then the
    # one whose subject says most what it counts ("six Chinese labs together hold
    # 37.1%", not a chart's "combined: 37.1%"). An article that gives one figure twice
    # (once with its source) gives it once.
    for c in sorted(claims, key=_figure_order):
        key = (c["quantity_text"], (c["time"] or {}).get("start"), _article(c))
        if key not in seen:
            seen.add(key)
            found.append(c)
    return found


def _figure_order(claim: Row) -> tuple[str, float, bool, int, int]:
    start = (claim["time"] or {}).get("start") or ""
    unsourced = not claim.get("attributed_to")
    return (start, claim["value"] or 0, unsourced, -len(claim["subject"] or ""),
            -len(claim["sentence"]))  # fmt: skip


def _article(claim: Row) -> str:
    document = claim["document"]
    return str(document.get("id") or source_label(document))


def source_of(claim: Row) -> str:
    """Who a figure comes from, by name (never a document id)."""
    return source_label(claim["document"], claim["attributed_to"])
