"""The entity catalog: canonical names, types and aliases.

Two layers: built-in general knowledge (``data/builtin_entities.yaml``: "U.S."
is "United States") and the user's entities file, referenced from
``feeds.yaml``, which maps domain aliases ("Z.ai" is "Zhipu AI") and names the
model misses. User entries win over built-in ones. User entries also become
entity-ruler patterns, so spaCy tags them even where its NER would not.

The built-in file also lists a small closed class of technical common nouns
that spaCy's small model tags as organisations ("API", "LLM", "GPU"); they
are never entities.

Examples
--------
>>> catalog = EntityCatalog.load(None)
>>> catalog.lookup("U.S.").name
'United States'
>>> "llm" in catalog.common_nouns
True
>>> entity_key("the United States's")
'united states'
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from extractors import errors

BUILTIN_PATH = Path(__file__).with_name("data") / "builtin_entities.yaml"

_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"['’]s?$")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)
def entity_key(name: str) -> str:
    """The identity of an entity name: case, periods, "the" and possessives folded.

    "U.S.", "US" and "us" share a key, as do "The Diplomat" and "Diplomat". (Kept for
    the names seen last: every mention, claim and write asks it again of the same few.)
    """
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = _POSSESSIVE.sub("", text)
    text = _LEADING_THE.sub("", text)
    text = text.replace(".", "")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class CatalogEntry:
    """One known entity: its canonical name, type and the other names it goes by."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    match_case: bool = False
    builtin: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class EntityCatalog:
    """Look up canonical entities by any of their names."""

    def __init__(self, entries: Iterable[CatalogEntry], common_nouns: Iterable[str] = ()) -> None:
        self.entries: list[CatalogEntry] = []
        self._by_key: dict[str, CatalogEntry] = {}
        #: Technical common nouns the model tags as names ("API", "LLM"), by key.
        self.common_nouns = frozenset(entity_key(word) for word in common_nouns)
        for entry in entries:
            self.add(entry)

    def add(self, entry: CatalogEntry) -> None:
        """Add an entry; a later entry takes over the names it shares with earlier ones."""
        self.entries.append(entry)
        for name in entry.names:
            self._by_key[entity_key(name)] = entry

    def lookup(self, name: str) -> CatalogEntry | None:
        """The entry one of whose names has the key of ``name``, if any."""
        return self._by_key.get(entity_key(name))

    def ruler_patterns(self, *, match_case: bool) -> list[dict[str, Any]]:
        """Entity-ruler phrase patterns for the user's entries.

        Built-in entries add none: they canonicalise, they do not tag.
        """
        patterns = []
        for entry in self.entries:
            if entry.builtin or entry.match_case != match_case:
                continue
            for name in entry.names:
                patterns.append({"label": entry.type, "pattern": name, "id": entry.name})
        return patterns

    def fingerprint(self) -> str:
        """A short hash of the catalog's content, to tell when it changed."""
        rows = [[e.name, e.type, list(e.aliases), e.match_case] for e in self.entries]
        return hashlib.sha256(json.dumps(rows).encode()).hexdigest()[:12]

    @classmethod
    def load(cls, user_path: Path | str | None) -> EntityCatalog:
        """Built-in entries, then those of the user's entities file (if any)."""
        catalog = cls(_read_entries(BUILTIN_PATH, builtin=True), _common_nouns(BUILTIN_PATH))
        if user_path is not None:
            path = Path(user_path)
            if not path.is_file():
                raise errors.entities_file_missing(str(path))
            for entry in _read_entries(path, builtin=False):
                catalog.add(entry)
        return catalog


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise errors.entities_file_invalid(str(path), errors.yaml_reason(exc)) from exc


def _common_nouns(path: Path) -> list[str]:
    """The built-in file's ``common_nouns``: words that are never an entity's name."""
    data = _read_yaml(path)
    words = data.get("common_nouns", []) if isinstance(data, dict) else []
    return [str(word) for word in words]


def _read_entries(path: Path, *, builtin: bool) -> list[CatalogEntry]:
    data = _read_yaml(path)
    rows = data.get("entities", []) if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise errors.entities_file_invalid(str(path), "expected a top-level 'entities:' list")
    return [_entry(row, path, index, builtin) for index, row in enumerate(rows, 1)]


def _entry(row: object, path: Path, index: int, builtin: bool) -> CatalogEntry:
    if not isinstance(row, dict) or not isinstance(row.get("name"), str):
        raise errors.entities_file_invalid(str(path), f"entry {index} needs a 'name'")
    aliases = row.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise errors.entities_file_invalid(
            str(path), f"entry {index} ({row['name']}): 'aliases' must be a list of names"
        )
    return CatalogEntry(
        name=row["name"].strip(),
        type=str(row.get("type") or "ORG").upper(),
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        match_case=bool(row.get("match_case", False)),
        builtin=builtin,
    )
