"""``kg export`` and ``kg path``: the graph for Gephi, Cytoscape and notebooks."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import open_configured_store, settings_for
from cli.options import friendly_errors, output_options, store_options
from cli.output import emit, to_json
from kg import errors
from queries.graph import FORMATS, entity_path, export, neighbourhood, project


@click.command(name="export")
@click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="graphml", show_default=True,
    help="graphml and gexf for Gephi and Cytoscape, json (node-link) for notebooks, "
    "csv for spreadsheets (two files: nodes and edges).",
)  # fmt: skip
@click.option("--entity", metavar="NAME", help="Only the part of the graph around this entity.")
@click.option(
    "--depth", type=click.IntRange(1, 6), default=2, show_default=True,
    help="With --entity: how many hops around it.",
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
@store_options
@friendly_errors
def export_graph(
    fmt: str, entity: str | None, depth: int, output: Path, db: str | None, config: str | None
) -> None:
    """Write the graph (documents, entities, claims, outlets and their edges) to a file.

    \b
    Examples:
        kg export -o kg.graphml
        kg export --entity OpenRouter --depth 2 --format gexf -o openrouter.gexf
    """
    with open_configured_store(settings_for(config, db)) as store:
        graph = project(store)
        if entity:
            graph = neighbourhood(graph, store, entity, depth)
    try:
        written = export(graph, fmt, output)
    except OSError as exc:
        raise errors.cannot_write(str(output), exc.strerror or type(exc).__name__) from exc
    click.echo(
        f"{graph.number_of_nodes()} nodes and {graph.number_of_edges()} edges written to "
        + ", ".join(str(p) for p in written),
        err=True,
    )


@click.command()
@click.argument("first")
@click.argument("second")
@output_options
@store_options
@friendly_errors
def path(first: str, second: str, fmt: str, db: str | None, config: str | None) -> None:
    """How two entities are connected: through which documents and claims.

    \b
    Example:
        kg path Tencent OpenRouter
    """
    with open_configured_store(settings_for(config, db)) as store:
        steps = entity_path(project(store), store, first, second)
    if fmt == "json":
        click.echo(to_json(steps))
        return
    if not steps and fmt == "table":
        click.echo(f"'{first}' and '{second}' are not connected in this store.", err=True)
        return
    rows = [{"type": s["type"], "label": s["label"], "then": s.get("edge", "")} for s in steps]
    emit(rows, ["type", "label", "then"], fmt)
