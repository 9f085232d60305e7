"""How every human-facing output names a document: never by its id.

A document's name is the first of these it has: its outlet, its site name
(kept in metadata by some readers), the host of its URL, its title, the
name of the file it came from, the first words of its text. Only when it
has none of these is it "an untitled document", still not a hash: a reader
cannot look a hash up, and two hashes side by side tell them nothing.

The date is said once: ``published 2026-04-30``, or ``date unknown``.

Examples
--------
>>> document_name({"id": "1f0c9a", "outlet": "Asia Tech Wire"})
'Asia Tech Wire'
>>> document_name({"id": "1f0c9a", "url": "https://www.example.com/a/b?x=1"})
'example.com'
>>> document_name({"id": "1f0c9a", "origin": "notes/seeds/004_5398.txt"})
'004_5398.txt'
>>> document_name({"id": "1f0c9a", "origin": "examples/wire.jsonl:3"})
'wire.jsonl, line 3'
>>> document_name({"id": "1f0c9a"})
'an untitled document'
>>> published_text({"published": "2026-04-30T08:00:00Z"}), published_text({"published": None})
('published 2026-04-30', 'date unknown')
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

__all__ = [
    "UNNAMED",
    "document_name",
    "published_span",
    "published_text",
    "publisher",
    "short_title",
    "source_label",
]

#: What a document with nothing to name it by is called.
UNNAMED = "an untitled document"
#: Longest title or first words shown as a name.
NAME_CHARS = 60


def document_name(document: Mapping[str, Any], *, by_title: bool = True) -> str:
    """The name to show for a document (a store row or a claim's ``document``).

    ``by_title=False`` skips the title, for a table that shows it in a column
    of its own.

    >>> document_name({"title": "Token share", "origin": "a/b.md"}, by_title=False)
    'b.md'
    >>> document_name({"origin": "seeds/004_53989d1fec1baf84.txt", "text": "A price war."})
    'A price war.'
    """
    for name in (document.get("outlet"), _site(document), _host(document.get("url"))):
        if isinstance(name, str) and name.strip():
            return " ".join(name.split())
    title = short_title(document.get("title")) if by_title else ""
    if title:
        return title
    origin = _file_name(document.get("origin"))
    if origin and not _id_like(origin):
        return origin
    # A file named by an id ("004_53989d1fec1baf84.txt") says less than its first words;
    # without them, it is named without the id ("004.txt"): a reader sees no hash.
    return short_title(document.get("text")) or _without_id(origin) or UNNAMED


def source_label(document: Mapping[str, Any], attributed_to: str | None = None) -> str:
    """Who a figure comes from: the document's outlet (or site, or host), else whom it
    attributes the figure to, else the document's own name.

    >>> source_label({"id": "e80999dd", "title": "Token share"}, "OpenRouter")
    'OpenRouter'
    >>> source_label({"id": "e80999dd", "url": "https://wire.example/x"}, "OpenRouter")
    'wire.example'
    """
    named = document_name(document)
    if not publisher(document) and attributed_to and attributed_to.strip():
        return attributed_to.strip()
    return named


def publisher(document: Mapping[str, Any]) -> str:
    """Who published a document, when it says: its outlet, site name or URL host; "".

    >>> publisher({"url": "https://www.example.com/a"}), publisher({"title": "Token share"})
    ('example.com', '')
    """
    name = document.get("outlet") or _site(document) or _host(document.get("url"))
    return " ".join(name.split()) if isinstance(name, str) else ""


def published_text(document: Mapping[str, Any]) -> str:
    """ "published YYYY-MM-DD", or "date unknown" for a document with no date."""
    published = document.get("published")
    return f"published {str(published)[:10]}" if published else "date unknown"


def published_span(first: str | None, last: str | None) -> str:
    """When a set of documents was published, said once.

    >>> published_span("2026-04-28", "2026-05-12"), published_span("2026-04-28", "2026-04-28")
    ('published 2026-04-28 to 2026-05-12', 'published 2026-04-28')
    >>> published_span(None, None)
    'publication dates unknown'
    """
    if not first or not last:
        return "publication dates unknown"
    first, last = first[:10], last[:10]
    return f"published {first}" if first == last else f"published {first} to {last}"


def short_title(text: object, limit: int = NAME_CHARS) -> str:
    """The first line of ``text``, cut at a word before ``limit`` characters.

    >>> short_title("Chinese AI models reached 61% of weekly token consumption on OpenRouter")
    'Chinese AI models reached 61% of weekly token consumption…'
    """
    if not isinstance(text, str):
        return ""
    line = " ".join(text.strip().split("\n", 1)[0].split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:-–—")
    return cut + "…"


def _site(document: Mapping[str, Any]) -> str:
    metadata = document.get("metadata")
    site = metadata.get("site_name") if isinstance(metadata, Mapping) else None
    return site if isinstance(site, str) else ""


def _host(url: object) -> str:
    if not isinstance(url, str) or "//" not in url:
        return ""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


#: A run of hexadecimal digits as long as a short hash's, with letters and digits both
#: (a date, "20260512", or a word, "deadbeef", is not a hash).
_HEX_RUN = re.compile(
    r"(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}(?![0-9a-z])", re.IGNORECASE
)


def _id_like(name: str) -> bool:
    """Whether a file name is an id rather than words: it holds a hash-like run.

    >>> _id_like("004_53989d1fec1baf84.txt"), _id_like("report-20260512.txt")
    (True, False)
    """
    return bool(_HEX_RUN.search(name))


def _without_id(name: str) -> str:
    """A file name with its hash-like runs taken out.

    >>> _without_id("004_53989d1fec1baf84.txt"), _without_id("53989d1fec1baf84.txt")
    ('004.txt', 'a file')
    """
    if not name:
        return ""
    path = PurePosixPath(name)
    stem = _HEX_RUN.sub("", path.stem).strip("_-. ")
    return f"{stem}{path.suffix}" if stem else "a file"


def _file_name(origin: object) -> str:
    """The file an input came from, with the line of a JSON Lines file."""
    if not isinstance(origin, str) or not origin.strip() or "://" in origin:
        return ""
    path, _, line = origin.rpartition(":")
    if not (path and line.isdigit()):
        path, line = origin, ""
    name = PurePosixPath(path.replace("\\", "/")).name
    return f"{name}, line {line}" if line and name else name
