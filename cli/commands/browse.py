"""``kg stats``, ``kg documents``, ``kg entities``, ``kg entity``: what the store holds."""

from __future__ import annotations

import click

from cli.context import open_configured_store, settings_for
from cli.options import (
    date_option,
    friendly_errors,
    object_output_options,
    output_options,
    store_options,
)
from cli.output import echo_table, emit, to_json
from queries.documents import list_documents, store_stats
from queries.entities import entity_profile, list_entities


@click.command()
@output_options
@store_options
@friendly_errors
def stats(fmt: str, db: str | None, config: str | None) -> None:
    """What the store holds: documents, entities, mentions, dates.

    --json prints one object; the table and --csv give one row per count.

    \b
    Example:
        kg stats --db news.db
    """
    with open_configured_store(settings_for(config, db)) as store:
        result = store_stats(store)
    if fmt == "json":
        click.echo(to_json(result))
        return
    rows = [{"what": key, "value": _flat(value)} for key, value in result.items()]
    emit(rows, ["what", "value"], fmt)


def _flat(value: object) -> object:
    if isinstance(value, dict):
        return ", ".join(f"{k or '-'}: {v}" for k, v in value.items())
    return value


@click.command()
@click.option("--outlet", metavar="NAME", help="Only documents from this outlet.")
@click.option("--entity", metavar="NAME", help="Only documents mentioning this entity.")
@date_option("--since", "Only documents published on or after this date.")
@date_option("--until", "Only documents published on or before this date.")
@click.option("--limit", type=click.IntRange(1), help="At most this many documents.")
@output_options
@store_options
@friendly_errors
def documents(
    outlet: str | None,
    entity: str | None,
    since: str | None,
    until: str | None,
    limit: int | None,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """List stored documents, newest first.

    \b
    Example:
        kg documents --outlet theguardian.com --since 2026-01-01 --json
    """
    with open_configured_store(settings_for(config, db)) as store:
        rows = list_documents(
            store, outlet=outlet, entity=entity, since=since, until=until, limit=limit
        )
    emit(rows, ["published", "outlet", "title", "id", "published_source", "origin"], fmt)


@click.command()
@click.option("--type", "type_", metavar="TYPE", help="Only this type: ORG, PERSON, GPE, ...")
@click.option(
    "--min-mentions",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Only entities mentioned at least this often.",
)
@click.option("--limit", type=click.IntRange(1), help="At most this many entities.")
@output_options
@store_options
@friendly_errors
def entities(
    type_: str | None,
    min_mentions: int,
    limit: int | None,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """List entities, most mentioned first, with their type and aliases.

    An entity's type is the one most of its mentions were tagged with.

    \b
    Example:
        kg entities --type ORG --min-mentions 3
    """
    with open_configured_store(settings_for(config, db)) as store:
        rows = list_entities(store, type=type_, min_mentions=min_mentions, limit=limit)
    emit(rows, ["name", "type", "mentions", "documents", "aliases"], fmt)


@click.command()
@click.argument("name")
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=10,
    show_default=True,
    help="How many documents and co-occurring entities to show.",
)
@object_output_options("an entity")
@store_options
@friendly_errors
def entity(name: str, limit: int, fmt: str, db: str | None, config: str | None) -> None:
    """Show one entity: aliases, type, mentions, documents and co-occurring entities.

    NAME may be the entity's name or any alias, in any case.

    \b
    Example:
        kg entity z.ai
    """
    with open_configured_store(settings_for(config, db)) as store:
        profile = entity_profile(store, name, documents=limit, related=limit)
    if fmt == "json":
        click.echo(to_json(profile))
        return
    click.echo(f"{profile['name']} ({profile['type']})")
    click.echo(f"aliases:   {', '.join(profile['aliases']) or '-'}")
    click.echo(f"mentions:  {profile['mentions']} in {profile['documents']} documents")
    click.echo("\ndocuments mentioning it most:")
    echo_table(profile["top_documents"], ["mentions", "published", "outlet", "title"])
    if profile["cooccurring"]:
        click.echo("\nmentioned in the same documents:")
        echo_table(profile["cooccurring"], ["name", "type", "documents"])
