"""The ``kg`` command line: thin commands, each calling one library function."""

from __future__ import annotations

from pathlib import Path

import click

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import Problem
from kg import __version__
from kg.cli_options import (
    date_option,
    friendly_errors,
    nlp_options,
    output_options,
    store_options,
)
from kg.config import DEFAULT_CONFIG, Settings, add_feeds, load_settings
from kg.ingest import Ingestion, IngestReport
from kg.output import emit, format_table, to_json
from kg.progress import Progress
from kg.store import Store, open_store
from queries.documents import list_documents, store_stats
from queries.entities import entity_profile, list_entities


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg: a news and claims knowledge graph.

    Feed it articles and feeds; ask it who is mentioned where, and (as the
    graph grows) which figures sources give, when, and where they disagree.

    \b
    Example:
        kg ingest examples/          # articles, feeds, OPML, JSON Lines
        kg entities --type ORG       # who the articles talk about
        kg entity "Zhipu AI"         # one entity: aliases, documents, neighbours
    """


def _settings(config: str | None, db: str | None, **nlp: str | None) -> Settings:
    return load_settings(config, db=db, model=nlp.get("model"), entities=nlp.get("entities"))


def _store(settings: Settings) -> Store:
    return open_store(settings.db)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--outlet", metavar="NAME", help="The outlet of every document read.")
@date_option("--published", "The publication date of every document read (YYYY-MM-DD).")
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=1,
    show_default=True,
    help="spaCy processes to run in parallel.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(1, 10_000),
    default=64,
    show_default=True,
    help="Documents written per transaction.",
)
@click.option("--silent", is_flag=True, help="No progress line and no summary.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as a JSON object.")
@store_options
@nlp_options
@friendly_errors
def ingest(
    paths: tuple[Path, ...],
    outlet: str | None,
    published: str | None,
    workers: int,
    batch_size: int,
    silent: bool,
    as_json: bool,
    db: str | None,
    config: str | None,
    model: str | None,
    entities: str | None,
) -> None:
    """Ingest articles and feeds from files and folders.

    Reads .txt, .md, .html, RSS, RDF, Atom and JSON Feed files (each entry a
    document), OPML (its feeds are added to feeds.yaml, not fetched) and JSON
    Lines (one article per line: id, url, title, text, published, outlet).
    Documents already stored with the same text are skipped before any NLP;
    a changed article (same URL or id, new text) is updated in place.

    Bad inputs are reported one line each and the rest goes on. Exit status:
    0 when every input was ingested, 1 when some failed.

    \b
    Example:
        kg ingest examples/ ../shared/feeds/ --db news.db
    """
    settings = _settings(config, db, model=model, entities=entities)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    progress = Progress("ingest", enabled=not silent)

    def on_problem(problem: Problem) -> None:
        kind = "error" if problem.fatal else "warning"
        progress.echo(f"{kind}: {problem}")

    with _store(settings) as store:
        run = Ingestion(
            store,
            analyzer,
            outlet=outlet,
            published=published,
            workers=workers,
            batch_size=batch_size,
            on_problem=on_problem,
            on_progress=progress.update,
        )
        report = run.run(paths)
    progress.clear()
    feeds_line = _add_opml_feeds(report, settings)
    if as_json:
        click.echo(to_json({**report.as_dict(), "seconds": round(progress.elapsed, 2)}))
    elif not silent:
        click.echo(_summary(report, progress.elapsed), err=True)
        if feeds_line:
            click.echo(feeds_line, err=True)
    if report.failed:
        raise SystemExit(1)


def _add_opml_feeds(report: IngestReport, settings: Settings) -> str:
    if not report.feeds:
        return ""
    path = settings.config_path or Path(DEFAULT_CONFIG)
    added, already = add_feeds(path, report.feeds)
    return (
        f"feeds: {len(report.feeds)} listed in OPML, {added} added to {path}"
        f", {already} already there (fetch them with 'kg fetch')"
    )


def _summary(report: IngestReport, seconds: float) -> str:
    counts = (
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.failed} failed"
    )
    if report.documents and not (report.added or report.updated):
        counts += " - nothing new, every document was already stored"
    return f"{counts} ({seconds:.1f} s)"


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@store_options
@friendly_errors
def stats(as_json: bool, db: str | None, config: str | None) -> None:
    """What the store holds: documents, entities, mentions, dates.

    \b
    Example:
        kg stats --db news.db
    """
    with _store(_settings(config, db)) as store:
        result = store_stats(store)
    if as_json:
        click.echo(to_json(result))
        return
    rows = [{"what": key, "value": _flat(value)} for key, value in result.items()]
    click.echo(format_table(rows, ["what", "value"]))


def _flat(value: object) -> object:
    if isinstance(value, dict):
        return ", ".join(f"{k or '-'}: {v}" for k, v in value.items())
    return value


@cli.command()
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
    with _store(_settings(config, db)) as store:
        rows = list_documents(
            store, outlet=outlet, entity=entity, since=since, until=until, limit=limit
        )
    emit(rows, ["published", "outlet", "title", "id", "published_source", "origin"], fmt)


@cli.command()
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
    with _store(_settings(config, db)) as store:
        rows = list_entities(store, type=type_, min_mentions=min_mentions, limit=limit)
    emit(rows, ["name", "type", "mentions", "documents", "aliases"], fmt)


@cli.command()
@click.argument("name")
@click.option(
    "--limit",
    type=click.IntRange(1),
    default=10,
    show_default=True,
    help="How many documents and co-occurring entities to show.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object.")
@store_options
@friendly_errors
def entity(name: str, limit: int, as_json: bool, db: str | None, config: str | None) -> None:
    """Show one entity: aliases, type, mentions, documents and co-occurring entities.

    NAME may be the entity's name or any alias, in any case.

    \b
    Example:
        kg entity z.ai
    """
    with _store(_settings(config, db)) as store:
        profile = entity_profile(store, name, documents=limit, related=limit)
    if as_json:
        click.echo(to_json(profile))
        return
    click.echo(f"{profile['name']} ({profile['type']})")
    click.echo(f"aliases:   {', '.join(profile['aliases']) or '-'}")
    click.echo(f"mentions:  {profile['mentions']} in {profile['documents']} documents")
    click.echo("\ndocuments mentioning it most:")
    click.echo(format_table(profile["top_documents"], ["mentions", "published", "outlet", "title"]))
    if profile["cooccurring"]:
        click.echo("\nmentioned in the same documents:")
        click.echo(format_table(profile["cooccurring"], ["name", "type", "documents"]))
