"""The feed list in ``feeds.yaml``: read it, add to it, remove from it.

Each feed is a mapping; only ``url`` is required::

    feeds:
      - url: https://example.com/rss
        name: Example News        # how commands show it (default: the URL)
        outlet: Example           # the outlet of its documents (default: the feed's title)
        tags: [ai, business]
        full_text: false          # fetch each new entry's page for the whole article
        interval: 30              # minutes between polls (default 30)

Edits keep the file's comments and layout (ruamel.yaml round-trips it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ruamel.yaml import YAML

from extractors.nlp import DEFAULT_MODEL
from extractors.records import FeedRef
from kg import errors
from kg.config import _NEW_CONFIG, add_feeds, listed_feeds

DEFAULT_INTERVAL = 30  # minutes


@dataclass(frozen=True, slots=True)
class Feed:
    """One feed to follow."""

    url: str
    name: str
    outlet: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    full_text: bool = False
    interval: int = DEFAULT_INTERVAL


def configured_feeds(path: Path | None) -> list[Feed]:
    """The feeds a config file lists; a bad entry is an E005 naming it."""
    if path is None or not path.is_file():
        return []
    return [_feed(entry, path) for entry in listed_feeds(path)]


def _feed(entry: dict[str, Any], path: Path) -> Feed:
    url = str(entry["url"]).strip()
    if urlsplit(url).scheme not in ("http", "https"):
        raise errors.config_invalid(str(path), f"feed '{url}' is not an http(s) URL")
    interval = entry.get("interval", DEFAULT_INTERVAL)
    if not isinstance(interval, int) or interval < 1:
        raise errors.config_invalid(
            str(path), f"feed '{url}': interval must be a whole number of minutes"
        )
    tags = entry.get("tags") or []
    return Feed(
        url=url,
        name=str(entry.get("name") or url),
        outlet=str(entry["outlet"]) if entry.get("outlet") else None,
        tags=tuple(str(t) for t in (tags if isinstance(tags, list) else [tags])),
        full_text=bool(entry.get("full_text", False)),
        interval=interval,
    )


def find_feeds(feeds: list[Feed], names: tuple[str, ...]) -> list[Feed]:
    """The feeds named (by name, URL or tag), in list order; E009 for a name that matches none."""
    if not names:
        return feeds
    chosen: list[Feed] = []
    for name in names:
        matches = [f for f in feeds if name in (f.url, f.name) or name in f.tags]
        if not matches:
            raise errors.no_such_feed(name)
        chosen.extend(f for f in matches if f not in chosen)
    return chosen


def add_feed(path: Path, url: str, **fields: Any) -> bool:
    """Add one feed; False when its URL is already listed."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise errors.not_a_feed_url(url)
    added, _ = add_feeds(path, [FeedRef(url=url, title=fields.pop("name", None))], extra=fields)
    return added == 1


def remove_feed(path: Path, name: str) -> str | None:
    """Remove the feed with this URL or name; returns its URL, or None when not listed."""
    if not path.is_file():
        return None
    rt = _round_trip()
    data = rt.load(path.read_text(encoding="utf-8"))
    feeds = (data or {}).get("feeds") or []
    for index, entry in enumerate(feeds):
        if isinstance(entry, dict) and name in (entry.get("url"), entry.get("name")):
            url = str(entry.get("url"))
            del feeds[index]
            with path.open("w", encoding="utf-8") as handle:
                rt.dump(data, handle)
            return url
    return None


def _round_trip() -> YAML:
    rt = YAML()
    rt.preserve_quotes = True
    rt.indent(mapping=2, sequence=4, offset=2)
    return rt


def new_config_text() -> str:
    return _NEW_CONFIG.format(model=DEFAULT_MODEL)
