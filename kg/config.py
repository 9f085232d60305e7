"""Settings: command-line options, then ``KG_*`` variables, then ``feeds.yaml``.

``feeds.yaml`` holds the settings a user edits and the list of feeds to follow.
Paths inside it are relative to the file. When no config file is given and
none is in the working directory, built-in defaults apply.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML

from extractors.errors import yaml_reason
from extractors.nlp import DEFAULT_MODEL
from extractors.records import FeedRef
from kg import errors

DEFAULT_CONFIG = "feeds.yaml"
DEFAULT_DB = "kg.db"

_NEW_CONFIG = """\
# kg configuration: settings and the feeds to follow (see the kg README).
settings:
  model: {model}
  # entities: entities.yaml   # your aliases and domain names

feeds: []
"""


@dataclass(frozen=True, slots=True)
class Settings:
    """What one run of ``kg`` uses."""

    config_path: Path | None
    model: str
    entities_path: Path | None
    db: str


def load_settings(
    config: str | Path | None = None,
    *,
    model: str | None = None,
    entities: str | Path | None = None,
    db: str | Path | None = None,
    neo4j: str | None = None,
) -> Settings:
    """Resolve every setting: option, then environment, then file, then default.

    The store is a Neo4j URI (``--neo4j``, else ``KG_NEO4J_URI`` unless ``--db``
    is given) or a SQLite path (``--db``, ``KG_DB``, the file's ``db``, ``kg.db``).
    """
    config_path = _config_path(config)
    file_settings = _read_settings(config_path) if config_path else {}
    base = config_path.parent if config_path else Path.cwd()

    def from_file(name: str) -> Any:
        return file_settings.get(name)

    entities_value = entities or os.environ.get("KG_ENTITIES") or from_file("entities")
    entities_path = None
    if entities_value:
        # an option or variable is relative to where the user is; the file's to the file
        given_by_file = not (entities or os.environ.get("KG_ENTITIES"))
        entities_path = (base / entities_value) if given_by_file else Path(entities_value)
    server = neo4j or (None if db else os.environ.get("KG_NEO4J_URI"))
    db_value = server or db or os.environ.get("KG_DB") or from_file("db") or DEFAULT_DB
    if from_file("db") and not (server or db or os.environ.get("KG_DB")):
        db_value = str(base / str(db_value))
    return Settings(
        config_path=config_path,
        model=str(model or os.environ.get("KG_MODEL") or from_file("model") or DEFAULT_MODEL),
        entities_path=entities_path,
        db=str(db_value),
    )


def _config_path(config: str | Path | None) -> Path | None:
    explicit = config or os.environ.get("KG_CONFIG")
    if explicit:
        path = Path(explicit)
        if not path.is_file():
            raise errors.config_missing(str(path))
        return path
    default = Path(DEFAULT_CONFIG)
    return default if default.is_file() else None


def _read_settings(path: Path) -> dict[str, Any]:
    data = _read_yaml(path)
    settings = data.get("settings") or {}
    if not isinstance(settings, dict):
        raise errors.config_invalid(str(path), "'settings' must be a mapping")
    return settings


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise errors.config_invalid(str(path), yaml_reason(exc)) from exc
    if not isinstance(data, dict):
        raise errors.config_invalid(str(path), "expected a mapping with 'settings' and 'feeds'")
    return data


def listed_feeds(path: Path) -> list[dict[str, Any]]:
    """The feeds a config file lists, as mappings with at least ``url``."""
    feeds = _read_yaml(path).get("feeds") or []
    if not isinstance(feeds, list):
        raise errors.config_invalid(str(path), "'feeds' must be a list")
    return [f for f in feeds if isinstance(f, dict) and f.get("url")]


def add_feeds(
    path: Path, refs: Iterable[FeedRef], extra: dict[str, Any] | None = None
) -> tuple[int, int]:
    """Append feeds to the config's list, keeping its comments and layout.

    Feeds already listed (same URL) are not added again. Creates the file
    when it does not exist. ``extra`` fields (outlet, tags, ...) go on every
    feed added. Returns ``(added, already listed)``.
    """
    rt = YAML()
    rt.preserve_quotes = True
    rt.indent(mapping=2, sequence=4, offset=2)
    text = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else _NEW_CONFIG.format(model=DEFAULT_MODEL)
    )
    try:
        data = rt.load(text)
    except Exception as exc:  # ruamel raises many error types; all mean "not valid YAML"
        raise errors.config_invalid(str(path), str(exc).splitlines()[0]) from exc
    if data is None or not isinstance(data, dict):
        raise errors.config_invalid(str(path), "expected a mapping with 'settings' and 'feeds'")
    if data.get("feeds") is None:
        data["feeds"] = []
    feeds = data["feeds"]
    if hasattr(feeds, "fa"):
        feeds.fa.set_block_style()  # "feeds: []" would otherwise stay one long line
    known = {str(f.get("url")) for f in feeds if isinstance(f, dict)}
    added = already = 0
    for ref in refs:
        if ref.url in known:
            already += 1
            continue
        entry: dict[str, Any] = {"url": ref.url}
        if ref.title:
            entry["name"] = ref.title
        if ref.html_url:
            entry["site"] = ref.html_url
        entry.update({k: v for k, v in (extra or {}).items() if v not in (None, (), [])})
        feeds.append(entry)
        known.add(ref.url)
        added += 1
    if added:
        with path.open("w", encoding="utf-8") as handle:
            rt.dump(data, handle)
    return added, already
