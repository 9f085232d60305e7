"""The ``kg`` command line: a click group whose commands live in :mod:`kg.commands`.

Commands are thin: each parses its options and calls one library function.
"""

from __future__ import annotations

import click

from kg import __version__
from kg.cli_options import NEO4J_META
from kg.config import Settings, load_settings
from kg.store import Store, open_store


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: a news and claims knowledge graph.

    Feed it articles and feeds; ask who is mentioned where, which figures the
    sources give for what and when, and where they disagree.

    \b
    Example:
        kg ingest examples/          # articles, feeds, OPML, JSON Lines
        kg claims --metric share     # who says which figure, about when
        kg conflicts                 # the figures that disagree, and why
        kg timeline OpenRouter       # what happened when, according to whom
    """


def settings_for(config: str | None, db: str | None, **nlp: str | None) -> Settings:
    """The settings of one run, from its options, the environment and feeds.yaml."""
    context = click.get_current_context(silent=True)
    neo4j = context.meta.get(NEO4J_META) if context is not None else None
    return load_settings(
        config, db=db, neo4j=neo4j, model=nlp.get("model"), entities=nlp.get("entities")
    )


def open_configured_store(settings: Settings) -> Store:
    return open_store(settings.db)


# Registering the commands: imported for their side effect on ``cli``.
from kg.commands import browse, claims, feeds, graph, ingest, stores, stories  # noqa: E402, F401
