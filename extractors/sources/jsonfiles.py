"""JSON inputs: JSON Lines articles, JSON arrays of articles, and JSON Feed.

JSON Lines is read as a stream, one line at a time, so a file of millions of
articles needs no more memory than one; a bad line is reported as
``path:LINE`` and the next line is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from extractors.ids import id_scope
from extractors.records import ReadItem
from extractors.sources import problems
from extractors.sources.build import Fields, Overrides, build
from extractors.sources.markup import html_to_text

#: Article fields with a meaning; everything else is kept as metadata.
ARTICLE_FIELDS = ("id", "url", "title", "text", "published", "outlet", "authors", "author")
#: The fields ``--field KG=INPUT`` may map (``author`` is read as ``authors``).
MAPPABLE_FIELDS = ("id", "url", "title", "text", "published", "outlet", "authors")
JSON_FEED_PREFIX = "https://jsonfeed.org/version/"


def read_json_lines(lines: Iterable[str], origin: str, overrides: Overrides) -> Iterator[ReadItem]:
    """One document per non-blank line of a JSON Lines file."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        try:
            # Without its line ending: a string left open is "unterminated", not a control
            # character.
            obj = json.loads(line.rstrip("\r\n"))
        except ValueError as exc:
            yield problems.bad_json(where, _json_reason(exc))
            continue
        yield from _article(obj, where, origin, overrides)


def read_json(text: str, origin: str, overrides: Overrides) -> Iterator[ReadItem]:
    """A JSON Feed, an array of articles, or one article object."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield problems.bad_json(origin, _json_reason(exc))
        return
    if isinstance(data, dict) and str(data.get("version", "")).startswith(JSON_FEED_PREFIX):
        yield from read_json_feed(data, origin, overrides)
    elif isinstance(data, list):
        for number, obj in enumerate(data, start=1):
            yield from _article(obj, f"{origin}#item-{number}", origin, overrides)
    else:
        yield from _article(data, origin, origin, overrides)


def read_json_feed(data: dict[str, Any], origin: str, overrides: Overrides) -> Iterator[ReadItem]:
    """One document per item of a JSON Feed (versions 1.0 and 1.1)."""
    feed_url = data.get("feed_url") or data.get("home_page_url")
    for number, item in enumerate(data.get("items") or [], start=1):
        where = f"{origin}#entry-{number}"
        if not isinstance(item, dict):
            yield problems.not_an_article(where, "item is not an object")
            continue
        text, links = _json_feed_text(item)
        yield from build(
            Fields(
                text=text,
                origin=where,
                url=item.get("url") or item.get("external_url"),
                ident=str(item["id"]) if item.get("id") is not None else None,
                scope=id_scope(feed_url, overrides.outlet or _string(data.get("title"))),
                title=item.get("title"),
                outlet=data.get("title"),
                authors=_names(item.get("authors") or item.get("author") or data.get("authors")),
                published=item.get("date_published") or item.get("date_modified"),
                date_source="feed",
                feed=feed_url,
                links=links,
                metadata={"tags": item["tags"]} if item.get("tags") else {},
            ),
            overrides,
        )


def _json_feed_text(item: dict[str, Any]) -> tuple[str, list[Any]]:
    if item.get("content_html"):
        return html_to_text(str(item["content_html"]))
    if item.get("content_text"):
        return str(item["content_text"]).strip(), []
    return str(item.get("summary") or item.get("title") or ""), []


def _article(obj: Any, where: str, scope: str, overrides: Overrides) -> Iterator[ReadItem]:
    if not isinstance(obj, dict):
        yield problems.not_an_article(where, f"a JSON {type(obj).__name__}, not an object")
        return
    obj = _renamed(obj, overrides.fields)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        yield problems.not_an_article(where, f"no '{overrides.fields.get('text', 'text')}' field")
        return
    yield from build(
        Fields(
            text=text,
            origin=where,
            url=_string(obj.get("url")),
            ident=_string(obj.get("id")),
            scope=id_scope(overrides.outlet, _string(obj.get("outlet"))),
            title=_string(obj.get("title")),
            outlet=_string(obj.get("outlet")),
            authors=_names(obj.get("authors") or obj.get("author")),
            published=obj.get("published"),
            date_source="json",
            metadata={k: v for k, v in obj.items() if k not in ARTICLE_FIELDS},
        ),
        overrides,
    )


def _renamed(obj: dict[str, Any], fields: Mapping[str, str]) -> dict[str, Any]:
    """The object with its fields under kg's names, as ``--field`` mapped them.

    >>> _renamed({"content": "Hi.", "dct": "2026-05-01", "x": 1}, {"text": "content",
    ...     "published": "dct"})
    {'x': 1, 'text': 'Hi.', 'published': '2026-05-01'}
    """
    if not fields:
        return obj
    # A mapped input field is the kg field, not metadata; a field it replaces is dropped.
    renamed = {k: v for k, v in obj.items() if k not in fields.values() and k not in fields}
    renamed.update({ours: obj[theirs] for ours, theirs in fields.items() if theirs in obj})
    return renamed


def _string(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _names(value: Any) -> list[str]:
    """Authors given as a string, a list of strings, or JSON Feed objects."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if name:
            names.append(str(name))
    return names


def _json_reason(exc: ValueError) -> str:
    """Where the JSON broke, in words: "Expecting ',' delimiter at line 3, column 6".

    Some of json's messages end in "at" already ("Unterminated string starting
    at"); it is dropped so that the reason never reads "at at".

    >>> import json
    >>> try:
    ...     json.loads('{"text": "no end')
    ... except ValueError as exc:
    ...     print(_json_reason(exc))
    Unterminated string starting at column 10
    """
    msg = getattr(exc, "msg", None)
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "colno", None)
    if not msg or not col:
        return str(exc)
    msg = msg.removesuffix(" at")
    return f"{msg} at line {line}, column {col}" if line and line > 1 else f"{msg} at column {col}"
