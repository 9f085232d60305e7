"""Readers: files and feeds in, :class:`~extractors.records.SourceDocument` records out.

Every reader is a generator that never raises on bad input: it yields a
:class:`~extractors.records.Problem` for what it could not read and goes on.

Examples
--------
>>> items = list(read_bytes(b"Tencent launched WorkBuddy.", "note.txt"))
>>> items[0].text, items[0].published_source
('Tencent launched WorkBuddy.', 'unknown')
>>> list(read_bytes(b"", "empty.txt"))[0].code
'E104'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from extractors.records import Problem, ReadItem
from extractors.sources import problems
from extractors.sources.build import Overrides
from extractors.sources.decode import charset_of, decode, looks_binary
from extractors.sources.feeds import read_feed
from extractors.sources.jsonfiles import read_json, read_json_lines
from extractors.sources.opml import read_opml
from extractors.sources.textfiles import read_text
from extractors.sources.webpages import read_html

__all__ = [
    "Overrides",
    "detect_format",
    "is_feed_format",
    "iter_input_paths",
    "read_bytes",
    "read_path",
]

#: File suffixes read when walking a folder, and the format each one means.
SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".rss": "xml",
    ".atom": "xml",
    ".rdf": "xml",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".opml": "opml",
}
_HEAD = 4096
_OPML = re.compile(r"<opml[\s>]", re.I)
_HTML = re.compile(r"<!doctype html|<html[\s>]", re.I)
_FEED = re.compile(r"<(rss|feed|rdf:RDF|channel)[\s>]", re.I)


def iter_input_paths(paths: Iterable[Path]) -> Iterator[Path | Problem]:
    """Files to read, in a stable order: given files as they are, folders walked.

    In folders, hidden files and files of other kinds (images, archives) are
    passed over without a word; a file named on the command line is always read.
    """
    for path in paths:
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield path
        else:
            yield problems.missing(str(path))


def _walk(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith(".") for part in relative):
            continue
        if path.is_file() and path.suffix.lower() in SUFFIX_FORMATS:
            yield path


def read_path(
    path: Path,
    *,
    outlet: str | None = None,
    published: str | None = None,
    fields: Mapping[str, str] | None = None,
) -> Iterator[ReadItem]:
    """Read one file: documents, OPML feed references, and problems.

    ``fields`` maps kg's article fields to the names a JSON input uses
    (``{"text": "content"}``); other formats ignore it.
    """
    overrides = Overrides(outlet=outlet, published=published, fields=dict(fields or {}))
    origin = str(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _read_json_lines_file(path, origin, overrides)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield problems.unreadable(origin, exc.strerror or str(exc))
        return
    yield from read_bytes(data, origin, suffix=path.suffix, overrides=overrides)


def read_bytes(
    data: bytes,
    origin: str,
    *,
    suffix: str = "",
    overrides: Overrides | None = None,
    fallback: str | None = None,
    content_type: str = "",
) -> Iterator[ReadItem]:
    """Read one input held in memory (a file's bytes, a fetched feed, stdin).

    ``fallback`` is the format to assume when neither suffix nor content tell
    (standard input is text unless it looks like markup or JSON).
    ``content_type`` is an HTTP Content-Type header; its charset is used for
    pages and text, and handed to feedparser, which weighs it against the
    XML declaration.
    """
    overrides = overrides or Overrides()
    if not data.strip():
        yield problems.empty(origin)
        return
    if looks_binary(data):
        yield problems.binary(origin)
        return
    text, wrong_encoding = decode(data, charset_of(content_type))
    kind = detect_format(suffix or Path(origin).suffix, text[:_HEAD]) or fallback
    if wrong_encoding and kind not in ("xml", "opml"):  # XML declares its own encoding
        yield problems.not_utf8(origin, wrong_encoding)
    if kind == "xml":
        yield from read_feed(data, origin, overrides, content_type)
    elif kind == "opml":
        yield from read_opml(data, origin)
    elif kind == "html":
        yield from read_html(text, origin, overrides)
    elif kind == "json":
        yield from read_json(text, origin, overrides)
    elif kind == "jsonl":
        yield from read_json_lines(text.splitlines(), origin, overrides)
    elif kind in ("text", "markdown"):
        yield from read_text(text, origin, overrides, markdown=kind == "markdown")
    else:
        yield problems.unsupported(origin, suffix.lower())


def detect_format(suffix: str, head: str) -> str | None:
    """The reader for a file, by suffix and, for XML or unknown suffixes, by content."""
    kind = SUFFIX_FORMATS.get(suffix.lower())
    if kind not in (None, "xml"):
        return kind
    if _OPML.search(head):
        return "opml"
    if _FEED.search(head):
        return "xml"
    if _HTML.search(head):
        return "html"
    if kind is None and head.lstrip().startswith(("{", "[")):
        return "json"
    return kind


def is_feed_format(data: bytes) -> bool:
    """Whether fetched bytes look like a feed (XML feed or JSON Feed), not a web page."""
    head = data[:_HEAD].decode("utf-8", "replace")
    kind = detect_format("", head)
    return kind in ("xml", "opml") or (kind == "json" and "jsonfeed.org" in head)


def _read_json_lines_file(path: Path, origin: str, overrides: Overrides) -> Iterator[ReadItem]:
    try:
        handle = path.open(encoding="utf-8", errors="replace", newline="")
    except OSError as exc:
        yield problems.unreadable(origin, exc.strerror or str(exc))
        return
    with handle:
        head = handle.read(_HEAD)
        if not head.strip():
            yield problems.empty(origin)
            return
        if "\x00" in head:
            yield problems.binary(origin)
            return
        handle.seek(0)
        yield from read_json_lines(handle, origin, overrides)
