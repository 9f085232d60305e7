"""``kg sources``: the most-cited sources, and what rests on one of them."""

from __future__ import annotations

import click

from cli.context import open_configured_store, settings_for
from cli.options import friendly_errors, output_options, store_options
from cli.output import emit
from queries.sources import most_cited, resting_on

#: The table's columns (JSON and CSV rows carry every field).
LIST_COLUMNS = ["name", "kind", "title", "documents", "claims", "stories"]
DETAIL_COLUMNS = ["source", "type", "text", "document"]


@click.command()
@click.argument("name", required=False)
@click.option("--source", "source", metavar="NAME", help="Same as NAME: one cited source.")
@click.option("--limit", type=click.IntRange(1), help="At most this many sources.")
@output_options
@store_options
@friendly_errors
def sources(
    name: str | None,
    source: str | None,
    limit: int | None,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """The sources articles cite (footnotes, "according to", links, data), most
    rested on first: how many documents cite each, claims rest on it, stories hold it.

    With NAME (or --source NAME: a source's name, title, outlet or key), the claims
    and stories that rest on that source.

    \b
    Examples:
        kg sources
        kg sources Reuters --json
    """
    wanted = source or name
    with open_configured_store(settings_for(config, db)) as store:
        if not wanted:
            emit(most_cited(store, limit=limit), LIST_COLUMNS if fmt == "table" else
                 ["key", "name", "kind", "outlet", "title", "url", "published", "documents",
                  "claims", "stories"], fmt)  # fmt: skip
            return
        rows = resting_on(store, wanted)
    if rows is None:
        raise click.ClickException(f"no cited source is named '{wanted}'; see kg sources")
    rows = rows[:limit] if limit is not None else rows
    columns = DETAIL_COLUMNS if fmt == "table" else [
        "source", "source_key", "type", "id", "text", "document"]  # fmt: skip
    emit(rows, columns, fmt)
