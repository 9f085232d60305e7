"""OPML subscription lists: the feeds they list, to add to feeds.yaml.

An OPML file names feeds; it holds no articles. Reading it fetches nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from extractors.records import FeedRef, ReadItem
from extractors.sources import problems


def read_opml(data: bytes, origin: str) -> Iterator[ReadItem]:
    """A :class:`FeedRef` for every outline with an ``xmlUrl``, in document order."""
    try:
        root = SafeET.fromstring(data)
    except DefusedXmlException:
        yield problems.entity_declarations(origin)
        return
    except ParseError as exc:
        yield problems.not_opml(origin, str(exc))
        return
    seen: set[str] = set()
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url or url in seen:
            continue
        seen.add(url)
        yield FeedRef(
            url=url,
            title=outline.get("title") or outline.get("text") or None,
            html_url=outline.get("htmlUrl") or None,
            origin=origin,
        )
