"""The ``kg`` command line: a click group with each command of :mod:`cli.commands`.

Commands are thin: each parses its options and calls one library function.
They are registered here, explicitly, so importing a command module has no
side effect.
"""

from __future__ import annotations

import click

from cli.commands import browse, claims, feeds, graph, ingest, sources, stores, stories
from kg import __version__


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


for command in (
    ingest.ingest,
    ingest.extract,
    feeds.fetch,
    feeds.feeds,
    browse.stats,
    browse.documents,
    browse.entities,
    browse.entity,
    claims.claims,
    claims.conflicts,
    claims.timeline_command,
    stories.narratives,
    stories.narrative,
    stories.perspectives_command,
    stories.tensions_command,
    stories.digest,
    graph.export_graph,
    graph.path,
    sources.sources,
    stores.migrate_command,
):
    cli.add_command(command)
