"""Feed files: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom (feedparser) and JSON Feed.

Each entry is one document, with the full content (``content:encoded``, Atom
``content``) when the entry has it, else the summary, else the title. Like
feedparser itself, a feed with errors is read as far as it goes: a ``bozo``
feed with entries gives a warning, one with none gives an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import feedparser

from extractors.ids import id_scope
from extractors.records import ReadItem
from extractors.sources import problems
from extractors.sources.build import Fields, Overrides, build
from extractors.sources.markup import html_to_text

#: A DOCTYPE that declares entities: the shape of "billion laughs" and XXE.
_ENTITY_DECL = re.compile(rb"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY", re.I | re.S)


def read_feed(
    data: bytes, origin: str, overrides: Overrides, content_type: str = ""
) -> Iterator[ReadItem]:
    """One document per entry of an XML feed (``content_type``: the HTTP header, if any)."""
    if _ENTITY_DECL.search(data[:65536]):
        yield problems.entity_declarations(origin)
        return
    # Bytes, never a URL or path: parsing a file must not touch the network.
    headers = {"content-type": content_type} if content_type else None
    parsed = feedparser.parse(
        data, response_headers=headers, sanitize_html=True, resolve_relative_uris=False
    )
    if parsed.get("bozo") and not parsed.entries:
        yield problems.not_a_feed(origin, _bozo_reason(parsed))
        return
    if not parsed.entries and not parsed.get("version"):
        yield problems.not_a_feed(origin, "no channel or entries found")
        return
    if parsed.get("bozo"):
        yield problems.feed_warning(origin, _bozo_reason(parsed))
    channel = parsed.feed
    feed_url = _feed_url(channel)
    # A guid belongs to the feed that issued it, read from a file or fetched alike.
    scope = id_scope(feed_url, overrides.outlet or channel.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        yield from build(
            _entry_fields(entry, channel, feed_url, f"{origin}#entry-{number}", scope=scope),
            overrides,
        )


def _bozo_reason(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).splitlines()[0] if exc is not None and str(exc) else type(exc).__name__
    return text[:200]


def _feed_url(channel: Any) -> str | None:
    for link in channel.get("links", []):
        if link.get("rel") == "self" and link.get("href"):
            return str(link["href"])
    return channel.get("link") or None


def _entry_fields(
    entry: Any, channel: Any, feed_url: str | None, origin: str, scope: str
) -> Fields:
    text, links = _entry_text(entry)
    return Fields(
        text=text,
        origin=origin,
        url=entry.get("link"),
        ident=entry.get("id"),
        scope=scope,
        title=html_to_text(entry.get("title", ""))[0] or None,
        outlet=channel.get("title"),
        authors=_authors(entry),
        published=_entry_date(entry),
        date_source="feed",
        feed=feed_url,
        links=links,
        metadata=_entry_metadata(entry),
    )


def _entry_text(entry: Any) -> tuple[str, list[Any]]:
    """The fullest text the entry carries, as plain text, with its links."""
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    if contents:
        best = max(contents, key=lambda c: len(c["value"]))
        text, links = _as_text(best["value"], best.get("type", "text/html"))
        if text:
            return text, links
    detail = entry.get("summary_detail") or {}
    text, links = _as_text(entry.get("summary", ""), detail.get("type", "text/html"))
    if text:
        return text, links
    # Some feeds carry only a headline (or a tracking pixel as the summary).
    return html_to_text(entry.get("title", ""))[0], []


def _as_text(value: str, mime: str) -> tuple[str, list[Any]]:
    if mime == "text/plain":
        return value.strip(), []
    return html_to_text(value)


def _entry_date(entry: Any) -> Any:
    """feedparser's parsed UTC time when it has one, else the raw string (to warn on)."""
    # dict.get, not entry.get: FeedParserDict maps "updated" to "published" with
    # a DeprecationWarning, and the order here already says which one wins.
    for name in (
        "published_parsed",
        "updated_parsed",
        "created_parsed",
        "published",
        "updated",
        "created",
    ):
        value = dict.get(entry, name)
        if value:
            return value
    return None


def _authors(entry: Any) -> list[str]:
    names = [a.get("name", "") for a in entry.get("authors", []) if a.get("name")]
    if not names and entry.get("author"):
        names = [entry["author"]]
    return names


def _entry_metadata(entry: Any) -> dict[str, Any]:
    tags = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
    return {"tags": tags} if tags else {}
