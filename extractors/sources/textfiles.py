"""Plain text and Markdown articles.

A text file says little about itself, so the reader looks for what people
write at the top of an article: a title line, a dateline ("Published: 12 May
2026", or a line that is only a date) and, in Markdown, YAML front matter.
A date found this way has the source "text". With none, a date the file is
named by ("2016-03-10_rubio-speech.txt", "20160310-rubio.md", as corpora and
archives name their files) is the article's, with the source "filename".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from extractors.dates import parse_published
from extractors.records import Link, ReadItem
from extractors.sources.build import Fields, Overrides, build
from extractors.sources.markup import markdown_to_text

#: How far into a file a dateline may be.
DATELINE_LINES = 12
MAX_TITLE = 150

_DATELINE = re.compile(
    r"^\W*(?:published|posted|date|dated|updated|first published)\s*(?:on)?\s*[:\-\u2013|]?\s*"
    r"(?P<date>.+?)\W*$",
    re.I,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*\n", re.S)


def read_text(
    text: str, origin: str, overrides: Overrides, *, markdown: bool
) -> Iterator[ReadItem]:
    """One document from a .txt or .md file's decoded text."""
    meta, body = _front_matter(text) if markdown else ({}, text)
    links: list[Link] = []
    if markdown:
        body, links = markdown_to_text(body)
    published = meta.get("published") or meta.get("date")
    published = published if published is not None else dateline(body)
    named = filename_date(origin) if published is None else None
    return build(
        Fields(
            text=body.strip(),
            origin=origin,
            url=_str(meta.get("url") or meta.get("link")),
            title=_str(meta.get("title")) or title_line(body),
            outlet=_str(meta.get("outlet") or meta.get("site") or meta.get("source")),
            authors=_authors(meta.get("authors") or meta.get("author")),
            published=named or published,
            date_source="filename" if named else "text",
            links=links,
            metadata={k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool))},
        ),
        overrides,
    )


#: Lines of a web page's navigation that come first in a text copied from it.
PAGE_CHROME = frozenset(
    {"skip to content", "skip to main content", "skip to navigation", "menu", "search",
     "sign in", "log in", "subscribe", "advertisement", "home", "close"}
)  # fmt: skip


def title_line(text: str) -> str | None:
    """The first line when it reads like a headline (short, no closing full stop).

    Page chrome that a copy from a browser brings along ("Skip to content",
    "Menu") is passed over.

    >>> title_line("Skip to content\\n\\nChip exports fall again\\n\\nBody text.")
    'Chip exports fall again'
    >>> title_line("Exports fell 4% in May, the ministry said.") is None
    True
    """
    for line in text.splitlines():
        line = line.strip()
        if not line or line.casefold() in PAGE_CHROME:
            continue
        if len(line) <= MAX_TITLE and not line.endswith((".", "!", "?", ":", ",", ";")):
            return line
        return None
    return None


#: A date in a file's name, year first: "2016-03-10", "2016_03_10", "20160310".
_NAMED_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<sep>[-_.]?)(?P<m>0[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)


def filename_date(origin: str) -> str | None:
    """The date a file is named by, as an ISO date, or None.

    >>> filename_date("corpus/huff-post_2016-03-10_the-rise-of.txt")
    '2016-03-10'
    >>> filename_date("notes/20251201-budget.md")
    '2025-12-01'
    >>> filename_date("reports/q3-2025-summary.txt") is None
    True
    """
    match = _NAMED_DATE.search(Path(origin).name)
    return f"{match['y']}-{match['m']}-{match['d']}" if match else None


def dateline(text: str) -> str | None:
    """A publication date stated near the top: "Published: 12 May 2026" or a bare date line."""
    for line in text.splitlines()[:DATELINE_LINES]:
        line = line.strip().strip("*_")
        if not line or len(line) > 60:
            continue
        match = _DATELINE.match(line)
        candidate = match.group("date") if match else line
        if parse_published(candidate)[0] is not None:
            return candidate
    return None


def _front_matter(text: str) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group("yaml"))
    except yaml.YAMLError:
        return {}, text  # not front matter after all; keep the text as written
    if not isinstance(meta, dict):
        return {}, text
    return {str(k).lower(): v for k, v in meta.items()}, text[match.end() :]


def _str(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def _authors(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value if v]
    return [str(value)] if value else []
