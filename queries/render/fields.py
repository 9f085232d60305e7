"""Reading a digest's fields safely, for every renderer.

A digest comes from feeds, and a hand-edited or older one may be malformed:
these helpers turn any field into something a renderer can trust (one line
of text with no control characters, the citation numbers, the dicts of a
list, an http(s) address or nothing) and hold what every rendering shares
(the sections in reading order, the subtitle, the actors).

Examples
--------
>>> one_line("  a title   split  over  ")
'a title split over'
>>> citation_numbers([1, "2", True, 3])
[1, 3]
>>> web_url("javascript:alert(1)") is None, web_url("https://example.org/a")
(True, 'https://example.org/a')
>>> iso_day("2026-04"), iso_day("April")
(datetime.date(2026, 4, 1), None)
"""

from __future__ import annotations

import re
from datetime import date
from html import escape
from typing import Any

from queries.sources_named import published_span

#: The sections of every digest, in reading order: (key in ``sections``, heading).
SECTIONS = (
    ("what", "What"),
    ("why_it_matters", "Why it matters"),
    ("open_questions", "Open questions"),
    ("narrative", "Narrative"),
    ("timeline", "Timeline"),
    ("tensions", "Tensions"),
    ("perspectives", "Perspectives"),
    ("status", "Status"),
)
EMPTY = "Nothing found."
# Control characters (other than whitespace, which is collapsed anyway) are never text;
# nor are bidirectional overrides, which could make a title or address read backwards.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# Only plain web addresses become links: no javascript:, data:, or quoting tricks.
_WEB_URL = re.compile(r"https?://[^\s<>\"'`\x00-\x1f\x7f]+", re.IGNORECASE)


def one_line(value: Any) -> str:
    """``value`` as one line of text: feed text may hold newlines, tabs and controls."""
    if value is None:
        return ""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def html_text(value: Any) -> str:
    """One line of feed text, safe in HTML content and in quoted attributes."""
    return escape(one_line(value), quote=True)


def citation_numbers(values: Any) -> list[int]:
    """The citation numbers in ``values``; anything that is not an int is dropped."""
    if not isinstance(values, list | tuple):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def dicts_of(value: Any) -> list[dict[str, Any]]:
    """The dicts of a section list; a missing or malformed section is empty."""
    if not isinstance(value, list | tuple):
        return []
    return [v for v in value if isinstance(v, dict)]


def dict_of(value: Any) -> dict[str, Any]:
    """``value`` when it is a dict, else an empty one: a malformed part renders as empty."""
    return value if isinstance(value, dict) else {}


def sections_of(digest: dict[str, Any]) -> dict[str, Any]:
    return dict_of(digest.get("sections"))


def subtitle_parts(digest: dict[str, Any]) -> list[str]:
    """Status, documents, when published, since and as-of: the one-line subtitle."""
    narrative = dict_of(digest.get("narrative"))
    parts = []
    if narrative:
        status = one_line(narrative.get("status"))
        # "Undated" and "publication dates unknown" say one thing: say it once.
        undated = status == "undated" and not narrative.get("first_published")
        parts.append("" if undated else status)
        documents = narrative.get("documents")
        if isinstance(documents, int):
            parts.append(f"{documents} document{'' if documents == 1 else 's'}")
        if "first_published" in narrative:  # the dates the articles carry, said once
            first, last = narrative.get("first_published"), narrative.get("last_published")
            parts.append(published_span(one_line(first) or None, one_line(last) or None))
        else:  # a digest written before kg kept publication days apart
            for key in ("first_seen", "last_seen"):
                if narrative.get(key):
                    parts.append(f"{key.replace('_', ' ')} {one_line(narrative[key])}")
    if digest.get("since"):
        parts.append(f"since {one_line(digest['since'])}")
    if digest.get("generated"):
        parts.append(f"as of {one_line(digest['generated'])}")
    parts = [p for p in parts if p]
    if parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return parts


def actor_names(digest: dict[str, Any], limit: int = 6) -> list[str]:
    narrative = dict_of(digest.get("narrative"))
    actors = dicts_of(narrative.get("actors"))
    return [one_line(a.get("name")) for a in actors[:limit] if one_line(a.get("name"))]


def question_tag(sentence: dict[str, Any]) -> str:
    """The tag of an open question: its kind in words ("unresolved_conflict" is
    "unresolved conflict"; see :data:`queries.digest.QuestionKind`)."""
    return one_line(sentence.get("kind")).replace("_", " ")


def web_url(url: Any) -> str | None:
    """``url`` when it is an http(s) address, else None (shown as text, never linked)."""
    text = one_line(url)
    return text if _WEB_URL.fullmatch(text) else None


def iso_day(value: Any) -> date | None:
    """An ISO date (``2026``, ``2026-04``, ``2026-04-21``, or a datetime), else None."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?", one_line(value))
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
