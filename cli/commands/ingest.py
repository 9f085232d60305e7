"""``kg ingest`` and ``kg extract``: reading inputs, with and without storing them."""

from __future__ import annotations

from pathlib import Path

import click

from cli.context import open_configured_store, settings_for
from cli.options import (
    date_option,
    field_option,
    friendly_errors,
    nlp_options,
    output_options,
    store_options,
)
from cli.output import echo_table, emit, format_csv, problem_line, to_json
from cli.progress import Progress
from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import Problem
from kg.config import DEFAULT_CONFIG, Settings, add_feeds
from kg.extract import extract as run_extract
from kg.ingest import Ingestion, IngestReport, read_inputs
from queries.claims import claim_table_row

#: What the table and --csv of kg extract show of each claim.
CLAIM_COLUMNS = ["when", "figure", "subject", "metric", "source"]


@click.command()
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
@field_option
@click.option("--silent", is_flag=True, help="No progress line and no summary.")
@output_options
@store_options
@nlp_options
@friendly_errors
def ingest(
    paths: tuple[Path, ...],
    outlet: str | None,
    published: str | None,
    workers: int,
    batch_size: int,
    fields: dict[str, str],
    silent: bool,
    fmt: str,
    db: str | None,
    config: str | None,
    model: str | None,
    entities: str | None,
) -> None:
    """Ingest articles and feeds from files and folders.

    Reads .txt, .md, .html, RSS, RDF, Atom and JSON Feed files (each entry a
    document), OPML (its feeds are added to feeds.yaml, not fetched) and JSON
    Lines (one article per line: id, url, title, text, published, outlet;
    --field maps other names onto these). Documents already stored with the
    same text are skipped before any NLP; a changed article (same URL or id,
    new text) is updated in place.

    Bad inputs are reported one line each, with their code, and the rest goes
    on. Exit status: 0 when every input was ingested, 1 when some failed. The
    summary is one line on stderr; --json and --csv print it on stdout.

    \b
    Examples:
        kg ingest examples/ ../shared/feeds/ --db news.db
        kg ingest news.jsonl --field text=content --field published=dct
    """
    settings = settings_for(config, db, model=model, entities=entities)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    progress = Progress("ingest", enabled=not silent)

    def on_problem(problem: Problem) -> None:
        progress.echo(problem_line(problem))

    with open_configured_store(settings, create=True) as store:
        run = Ingestion(
            store,
            analyzer,
            outlet=outlet,
            published=published,
            fields=fields,
            workers=workers,
            batch_size=batch_size,
            on_problem=on_problem,
            on_progress=progress.update,
        )
        report = run.run(paths)
    progress.clear()
    feeds_line = _add_opml_feeds(report, settings)
    summary = {**report.as_dict(), "seconds": round(progress.elapsed, 2)}
    if fmt == "json":
        click.echo(to_json(summary))
    elif fmt == "csv":
        click.echo(format_csv([summary], list(summary)), nl=False)
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


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...|-")
@click.option("--outlet", metavar="NAME", help="The outlet of every document read.")
@date_option(
    "--published",
    "The publication date (YYYY-MM-DD): anchors relative times such as 'last week'.",
)
@output_options
@store_options
@nlp_options
@friendly_errors
def extract(
    paths: tuple[str, ...],
    outlet: str | None,
    published: str | None,
    fmt: str,
    db: str | None,
    config: str | None,
    model: str | None,
    entities: str | None,
) -> None:
    """Show what kg extracts from files or stdin, without storing anything.

    Reads every format 'kg ingest' reads; '-' reads standard input (text,
    HTML, a feed or JSON). For each document: entities, quantities, time
    expressions, claims and citations, with [start, end) character spans into
    the text as given (--json); the table and --csv list the claims.

    \b
    Example:
        echo "Sales rose 4% in March 2026, the company said." | kg extract - --json
    """
    settings = settings_for(config, db, model=model, entities=entities)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    failed = []

    def on_problem(problem: Problem) -> None:
        if problem.fatal:
            failed.append(problem)
        click.echo(problem_line(problem), err=True)

    sources = read_inputs(paths, outlet=outlet, published=published, on_problem=on_problem)
    results = list(run_extract(analyzer, sources))
    if fmt == "json":
        click.echo(to_json(results))
    elif fmt == "csv":
        rows = [{"origin": r["origin"], **claim_table_row(c)} for r in results for c in r["claims"]]
        emit(rows, ["origin", *CLAIM_COLUMNS], fmt)
    else:
        for result in results:
            _print_extraction(result)
    if failed:
        raise SystemExit(1)


def _print_extraction(result: dict[str, object]) -> None:
    click.echo(f"== {result['origin']} ({result['published'] or 'date unknown'})")
    claims = result["claims"]
    assert isinstance(claims, list)
    if not claims:
        click.echo("no claims found\n")
        return
    echo_table([claim_table_row(c) for c in claims], CLAIM_COLUMNS)
    click.echo()
