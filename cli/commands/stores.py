"""``kg migrate``: copy a graph between stores (SQLite file <-> Neo4j server)."""

from __future__ import annotations

import click

from cli.context import open_existing_store
from cli.options import friendly_errors, output_options
from cli.output import emit, to_json
from cli.progress import Progress
from kg import errors
from kg.store import open_store
from kg.store.records import KINDS, digest, migrate


@click.command(name="migrate")
@click.option(
    "--from",
    "source",
    metavar="STORE",
    required=True,
    help="Where the graph is: a SQLite file or a bolt:// / neo4j:// URI.",
)
@click.option(
    "--to",
    "target",
    metavar="STORE",
    required=True,
    help="Where to copy it: a SQLite file (created when new) or a server URI.",
)
@click.option(
    "--verify/--no-verify",
    default=True,
    show_default=True,
    help="Compare counts and content hashes of every record afterwards.",
)
@click.option("--silent", is_flag=True, help="No progress line.")
@output_options
@friendly_errors
def migrate_command(
    source: str, target: str, verify: bool, silent: bool, fmt: str
) -> None:  # fmt: skip
    """Copy every document, entity, claim, citation and link from one store to another.

    Server credentials come from KG_NEO4J_USER, KG_NEO4J_PASSWORD and
    KG_NEO4J_DATABASE. Interrupted? Run the same command again: what was
    copied is skipped. The table and --csv list the checks; --json prints
    the counts and the checks as one object.

    \b
    Examples:
        kg migrate --from kg.db --to bolt://localhost:7687
        kg migrate --from bolt://localhost:7687 --to copy.db
    """
    if source == target:
        raise click.UsageError("--from and --to are the same store")
    progress = Progress("migrate", enabled=not silent)
    copied = {"done": 0}

    def advance(documents: int) -> None:
        copied["done"] += documents
        progress.update(copied["done"])

    # The source must exist (a mistyped path would copy nothing, and create a file).
    with open_existing_store(source) as src, open_store(target) as dst:
        result = migrate(src, dst, advance)
        progress.clear()
        checks = []
        if verify:
            before, after = digest(src), digest(dst)
            checks = [
                {"records": kind, "from": before[kind]["count"], "to": after[kind]["count"],
                 "same content": before[kind] == after[kind]}
                for kind in KINDS
            ]  # fmt: skip
    if fmt == "json":
        click.echo(to_json({**result, "checks": checks}))
    else:
        click.echo(
            f"{result['documents_copied']} documents copied, "
            f"{result['documents_skipped']} already there",
            err=True,
        )
        emit(checks, ["records", "from", "to", "same content"], fmt)
    if checks and not all(c["same content"] for c in checks):
        differing = ", ".join(c["records"] for c in checks if not c["same content"])
        raise errors.stores_differ(differing)
