"""What every command needs from the run it is part of: its settings and its store.

Kept apart from :mod:`cli.main` so that command modules never import the
group that registers them.
"""

from __future__ import annotations

from pathlib import Path

import click

from cli.options import NEO4J_META
from kg import errors
from kg.config import Settings, load_settings
from kg.store import Store, open_store


def settings_for(config: str | None, db: str | None, **nlp: str | None) -> Settings:
    """The settings of one run, from its options, the environment and feeds.yaml."""
    context = click.get_current_context(silent=True)
    neo4j = context.meta.get(NEO4J_META) if context is not None else None
    return load_settings(
        config, db=db, neo4j=neo4j, model=nlp.get("model"), entities=nlp.get("entities")
    )


def open_configured_store(settings: Settings, *, create: bool = False) -> Store:
    """The run's store. Only commands that write pass ``create``; the others stop
    with E017 when a SQLite file is missing, and create nothing."""
    return open_store(settings.db) if create else open_existing_store(settings.db)


def open_existing_store(location: str) -> Store:
    """The store at ``location`` (a SQLite path or a server URI), which must exist."""
    # Servers are the driver's to check; ":memory:" is never on disk.
    if "://" not in location and location != ":memory:" and not Path(location).exists():
        raise errors.no_store(location)
    return open_store(location)
