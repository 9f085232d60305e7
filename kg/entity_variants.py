"""One company under its names across documents, whichever store holds them.

An article names "Sony Corporation"; the next says "Sony". Inside one article
the extractors already read the short form as the full name
(:func:`extractors.entities.find_mentions`); across articles that is the
store's decision, taken here once for every backend, through two primitive
reads (:class:`EntityLookups`), as a document's records are written:

- a company's name whose form without its designator ("Sony" for "Sony
  Corporation", "Zhipu" for "Zhipu AI"), or another name the article gives it
  ("the Food and Agriculture Organisation (FAO)"), is already an organisation
  in the store is that organisation;
- a name that is not an entity of its own but is the declared or designator-less
  name of exactly one stored organisation ("Sony", once "Sony Corporation" is
  stored, see :func:`extractors.aliases.designator_aliases`) is that organisation.

A name the store already holds as an entity of its own stays itself: entities
are never merged behind a user's back, only new names resolved. Only names the
model tags as organisations, and stored entities whose type is organisation,
take part ("Moonshot" tagged as a person is left alone).

Examples
--------
>>> stored = {"sony": ("Sony", "ORG")}
>>> class Lookups:
...     def entity_types(self, keys): return {k: stored[k] for k in keys if k in stored}
...     def alias_owners(self, keys): return {}
>>> variant_names({"Sony Corporation": "ORG", "Sony Music": "ORG"}, Lookups())
{'Sony Corporation': 'Sony'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Protocol

from extractors.aliases import company_stem
from extractors.catalog import entity_key
from extractors.records import Extraction

__all__ = ["EntityLookups", "resolve_variants", "variant_names"]

#: The entity type that company names resolve within.
COMPANY = "ORG"


class EntityLookups(Protocol):
    """The two reads the rule needs, on the store's write transaction."""

    def entity_types(self, keys: Sequence[str]) -> dict[str, tuple[str, str]]:
        """For the keys stored as entities: ``(name, type)``."""

    def alias_owners(self, keys: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
        """For each alias key, the entities it names: ``(name, type)`` each."""


def variant_names(
    names: Mapping[str, str],
    lookups: EntityLookups,
    aliases: Mapping[str, Sequence[str]] | None = None,
) -> dict[str, str]:
    """Which of a document's names (``{name: label}``) are a stored organisation under
    another name: ``{name as extracted: the stored entity's name}``. ``aliases`` are
    the other names the document gives each ("FAO" for "Food and Agriculture
    Organisation", declared in brackets)."""
    companies = [n for n, label in names.items() if label == COMPANY]
    if not companies:
        return {}
    others = {n: _other_names(n, (aliases or {}).get(n, ())) for n in companies}
    wanted = {entity_key(n) for n in companies} | {k for ks in others.values() for k in ks}
    known = lookups.entity_types(sorted(wanted))
    unknown = sorted(wanted - set(known))
    owners = lookups.alias_owners(unknown) if unknown else {}
    renamed: dict[str, str] = {}
    for name in companies:
        key = entity_key(name)
        if key in known:
            continue  # an entity of its own already
        # Another of its names is a stored company ("Sony" for "Sony Corporation",
        # "FAO" stored before the article that spells it out) ...
        held = [known[k] for k in others[name] if k in known and known[k][1] == COMPANY]
        if held:
            renamed[name] = held[0][0]
            continue
        # ... or it, or another of its names, is one stored company's alias ("Sony
        # Group" once "Sony Corporation" is stored: both go by "Sony").
        for alias in (key, *others[name]):
            named = {entity_key(n): n for n, kind in owners.get(alias, []) if kind == COMPANY}
            if len(named) == 1:
                renamed[name] = next(iter(named.values()))
                break
    return renamed


def _other_names(name: str, aliases: Sequence[str]) -> list[str]:
    """The keys of a company's other names: its name without its designator, then the
    names the document gives it that could stand for it alone (capitalised)."""
    own = entity_key(name)
    found = []
    stem = company_stem(name)
    for other in ([stem] if stem else []) + [a for a in aliases if a[:1].isupper()]:
        key = entity_key(other)
        if len(key) >= 2 and key != own and key not in found:
            found.append(key)
    return found


def resolve_variants(item: Extraction, lookups: EntityLookups) -> Extraction:
    """The extraction with its names of stored organisations written as the store has
    them (mentions, aliases, claim subjects, speakers); the name as extracted becomes
    an alias of the stored entity."""
    labels: dict[str, str] = {}
    for m in item.mentions:
        labels.setdefault(m.name, m.label)
    renamed = variant_names(labels, lookups, item.aliases)
    if not renamed:
        return item

    def name(n: str | None) -> str | None:
        return renamed.get(n, n) if n is not None else None

    aliases: dict[str, list[str]] = {}
    for held, spellings in item.aliases.items():
        merged = aliases.setdefault(renamed.get(held, held), [])
        merged.extend(s for s in spellings if s not in merged)
    for old, new in renamed.items():
        merged = aliases.setdefault(new, [])
        if old not in merged:
            merged.append(old)
    return replace(
        item,
        mentions=[replace(m, name=renamed.get(m.name, m.name)) for m in item.mentions],
        aliases=aliases,
        canonical={renamed.get(n, n) for n in item.canonical},
        claims=[replace(c, subject_entity=name(c.subject_entity)) for c in item.claims],
        statements=[
            replace(
                s,
                speaker=renamed.get(s.speaker, s.speaker),
                speaker_entity=name(s.speaker_entity),
                about=name(s.about),
            )
            for s in item.statements
        ],
    )
