"""The ``kg`` command line: thin commands, each calling one library function."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import Problem, SourceDocument
from extractors.sources import read_path
from kg import __version__, errors
from kg.cli_options import (
    date_option,
    friendly_errors,
    nlp_options,
    output_options,
    store_options,
)
from kg.config import DEFAULT_CONFIG, Settings, add_feeds, load_settings
from kg.extract import extract as run_extract
from kg.feeds import add_feed, configured_feeds, find_feeds, remove_feed
from kg.fetching import FeedFetcher, FeedRun
from kg.ingest import Ingestion, IngestReport, read_inputs
from kg.output import emit, format_table, to_json
from kg.progress import Progress
from kg.store import Store, open_store
from kg.web import HttpClient
from queries.claims import claim_table_row, list_claims
from queries.conflicts import conflict_sets
from queries.documents import list_documents, store_stats
from queries.entities import entity_profile, list_entities
from queries.timeline import describe_time, source_name, timeline


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


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...|-")
@click.option("--outlet", metavar="NAME", help="The outlet of every document read.")
@date_option(
    "--published",
    "The publication date (YYYY-MM-DD): anchors relative times such as 'last week'.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print a JSON array, one object per document."
)
@store_options
@nlp_options
@friendly_errors
def extract(
    paths: tuple[str, ...],
    outlet: str | None,
    published: str | None,
    as_json: bool,
    db: str | None,
    config: str | None,
    model: str | None,
    entities: str | None,
) -> None:
    """Show what kg extracts from files or stdin, without storing anything.

    Reads every format 'kg ingest' reads; '-' reads standard input (text,
    HTML, a feed or JSON). For each document: entities, quantities, time
    expressions, claims and citations, with [start, end) character spans into
    the text as given.

    \b
    Example:
        echo "Sales rose 4% in March 2026, the company said." | kg extract - --json
    """
    settings = _settings(config, db, model=model, entities=entities)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    failed = []

    def on_problem(problem: Problem) -> None:
        if problem.fatal:
            failed.append(problem)
        click.echo(f"{'error' if problem.fatal else 'warning'}: {problem}", err=True)

    sources = read_inputs(paths, outlet=outlet, published=published, on_problem=on_problem)
    results = list(run_extract(analyzer, sources))
    if as_json:
        click.echo(to_json(results))
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
    click.echo(
        format_table(
            [claim_table_row(c) for c in claims], ["when", "figure", "subject", "metric", "source"]
        )
    )
    click.echo()


@cli.command()
@click.option("--entity", metavar="NAME", help="Only claims about, or naming, this entity.")
@click.option("--metric", metavar="TEXT", help="Only claims whose metric or sentence has TEXT.")
@date_option("--since", "Only claims about a time that ends on or after this date.")
@date_option("--until", "Only claims about a time that starts on or before this date.")
@click.option("--outlet", metavar="NAME", help="Only claims from this outlet's documents.")
@click.option("--figures", is_flag=True, help="Only claims with a figure (no dated events).")
@click.option("--limit", type=click.IntRange(1), help="At most this many claims.")
@output_options
@store_options
@friendly_errors
def claims(
    entity: str | None,
    metric: str | None,
    since: str | None,
    until: str | None,
    outlet: str | None,
    figures: bool,
    limit: int | None,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """List dated claims: who says which figure for what, about when.

    Claims are ordered by the time they are about (not when they were
    published); a claim whose sentence states no time takes its document's
    date, shown in brackets.

    \b
    Example:
        kg claims --entity OpenRouter --metric share --since 2026-01-01
    """
    with _store(_settings(config, db)) as store:
        rows = list_claims(
            store,
            entity=entity,
            metric=metric,
            since=since,
            until=until,
            outlet=outlet,
            figures_only=figures,
            limit=limit,
        )
    if fmt == "json":
        click.echo(to_json(rows))
        return
    emit(
        [claim_table_row(r) for r in rows],
        ["when", "figure", "subject", "metric", "source", "outlet", "published", "id"],
        fmt,
    )


# -- feeds ----------------------------------------------------------------------------------


def _config_file(config: str | None) -> Path:
    """The feeds.yaml to edit: --config, KG_CONFIG or ./feeds.yaml (created on first add)."""
    return Path(config or os.environ.get("KG_CONFIG") or DEFAULT_CONFIG)


@cli.group()
def feeds() -> None:
    """The feeds to follow, listed in feeds.yaml, and how their last fetch went.

    \b
    Example:
        kg feeds add https://example.com/rss --name "Example" --tag ai
        kg feeds status
    """


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.option("--config", metavar="PATH", help="The feeds.yaml to read.")
@friendly_errors
def feeds_list(as_json: bool, config: str | None) -> None:
    """List the feeds in feeds.yaml.

    \b
    Example:
        kg feeds list --json
    """
    rows = [
        {
            "name": f.name,
            "url": f.url,
            "outlet": f.outlet,
            "tags": list(f.tags),
            "full_text": f.full_text,
            "interval": f.interval,
        }
        for f in configured_feeds(_config_file(config))
    ]
    emit(
        rows,
        ["name", "url", "outlet", "tags", "interval", "full_text"],
        "json" if as_json else "table",
    )


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="How commands show the feed.")
@click.option("--outlet", help="The outlet of its documents (default: the feed's title).")
@click.option("--tag", "tags", multiple=True, help="A tag (repeat for more).")
@click.option("--full-text", is_flag=True, help="Fetch each new entry's page for the whole text.")
@click.option("--interval", type=click.IntRange(1), help="Minutes between polls (default 30).")
@click.option("--config", metavar="PATH", help="The feeds.yaml to edit.")
@friendly_errors
def feeds_add(
    url: str,
    name: str | None,
    outlet: str | None,
    tags: tuple[str, ...],
    full_text: bool,
    interval: int | None,
    config: str | None,
) -> None:
    """Add a feed to feeds.yaml (comments and layout are kept).

    \b
    Example:
        kg feeds add https://feeds.bbci.co.uk/news/technology/rss.xml --tag tech
    """
    path = _config_file(config)
    added = add_feed(
        path,
        url,
        name=name,
        outlet=outlet,
        tags=list(tags),
        full_text=full_text or None,
        interval=interval,
    )
    click.echo(f"added {url} to {path}" if added else f"{url} is already in {path}", err=True)


@feeds.command("remove")
@click.argument("name")
@click.option("--config", metavar="PATH", help="The feeds.yaml to edit.")
@friendly_errors
def feeds_remove(name: str, config: str | None) -> None:
    """Remove a feed (by URL or name) from feeds.yaml. Its documents stay stored.

    \b
    Example:
        kg feeds remove https://example.com/rss
    """
    path = _config_file(config)
    url = remove_feed(path, name)
    if url is None:
        raise errors.no_such_feed(name)
    click.echo(f"removed {url} from {path}", err=True)


@feeds.command("import")
@click.argument("opml", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--config", metavar="PATH", help="The feeds.yaml to edit.")
@friendly_errors
def feeds_import(opml: Path, config: str | None) -> None:
    """Add the feeds an OPML file lists to feeds.yaml (nothing is fetched).

    \b
    Example:
        kg feeds import subscriptions.opml
    """
    path = _config_file(config)
    refs = []
    for item in read_path(opml):
        if isinstance(item, Problem):
            raise click.ClickException(str(item))
        if not isinstance(item, SourceDocument):
            refs.append(item)
    added, already = add_feeds(path, refs)
    click.echo(
        f"{len(refs)} feeds in {opml}: {added} added to {path}, {already} already there", err=True
    )


@feeds.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@store_options
@friendly_errors
def feeds_status(as_json: bool, db: str | None, config: str | None) -> None:
    """How each feed's last fetch went, with the reason for each failing one.

    \b
    Example:
        kg feeds status
    """
    settings = _settings(config, db)
    listed = configured_feeds(settings.config_path)
    with _store(settings) as store:
        states = store.feed_status()
    rows = []
    for feed in listed:
        state = states.get(feed.url, {})
        rows.append(
            {
                "name": feed.name,
                "url": feed.url,
                "state": _feed_state(state),
                "http_status": state.get("http_status"),
                "last_checked": state.get("last_checked"),
                "last_success": state.get("last_success"),
                "entries": state.get("entries"),
                "new": state.get("new_entries"),
                "failures": state.get("failures", 0),
                "error": state.get("last_error"),
            }
        )
    emit(
        rows,
        ["name", "state", "http_status", "last_success", "entries", "new", "error"],
        "json" if as_json else "table",
    )


def _feed_state(state: dict[str, object]) -> str:
    if not state.get("last_checked"):
        return "never fetched"
    return "failing" if state.get("last_error") else "ok"


@cli.command()
@click.argument("names", nargs=-1)
@click.option("--force", is_flag=True, help="Fetch every feed named, due or not.")
@click.option(
    "--workers",
    type=click.IntRange(1, 32),
    default=4,
    show_default=True,
    help="Feeds downloaded at once.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(0.1),
    default=10.0,
    show_default=True,
    help="Seconds to wait for a connection or a read.",
)
@click.option(
    "--json", "as_json", is_flag=True, help="Print one JSON object per feed, as an array."
)
@store_options
@nlp_options
@friendly_errors
def fetch(
    names: tuple[str, ...],
    force: bool,
    workers: int,
    timeout: float,
    as_json: bool,
    db: str | None,
    config: str | None,
    model: str | None,
    entities: str | None,
) -> None:
    """Fetch the feeds in feeds.yaml that are due, and ingest what is new.

    NAMES picks feeds by name, URL or tag (default: all). A feed is due when
    its interval has passed since it was last checked; --force fetches anyway.
    One failing feed never stops the others; 'kg feeds status' says why it
    failed. Exit status: 0 when every feed fetched was read, 1 when some failed.

    \b
    Example:
        kg fetch --force ai
    """
    settings = _settings(config, db, model=model, entities=entities)
    listed = configured_feeds(settings.config_path)
    if not listed:
        raise errors.no_feeds(str(settings.config_path or DEFAULT_CONFIG))
    chosen = find_feeds(listed, names)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    client = HttpClient(timeout=timeout)
    with _store(settings) as store:
        fetcher = FeedFetcher(
            store, analyzer, client, workers=workers, force=force, on_problem=_echo_problem
        )
        runs = fetcher.run(chosen)
    if as_json:
        click.echo(to_json([r.as_dict() for r in runs]))
    else:
        for run in runs:
            click.echo(_feed_line(run), err=True)
    if any(r.status == "failed" for r in runs):
        raise SystemExit(1)


def _echo_problem(problem: Problem) -> None:
    click.echo(f"{'error' if problem.fatal else 'warning'}: {problem}", err=True)


def _feed_line(run: FeedRun) -> str:
    if run.status == "failed":
        return f"error: {run.feed.name}: {run.error}"
    if run.status == "ok":
        return (
            f"{run.feed.name}: {run.entries} entries, {run.added} added, "
            f"{run.updated} updated, {run.unchanged} unchanged"
        )
    return f"{run.feed.name}: {run.status}"


# -- conflicts and timeline ----------------------------------------------------------------


@cli.command()
@click.option("--entity", metavar="NAME", help="Only sets with a claim about this entity.")
@click.option("--metric", metavar="TEXT", help="Only sets with a claim whose metric has TEXT.")
@date_option("--since", "Only sets with a claim about a time ending on or after this date.")
@date_option("--until", "Only sets with a claim about a time starting on or before this date.")
@click.option(
    "--min-severity",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Only sets at least this severe (relative spread of the values, 0-1).",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of sets.")
@store_options
@friendly_errors
def conflicts(
    entity: str | None,
    metric: str | None,
    since: str | None,
    until: str | None,
    min_severity: float,
    as_json: bool,
    db: str | None,
    config: str | None,
) -> None:
    """Figures that disagree: every value, who gives it, for when, and why they differ.

    Each set is one metric for one subject. Its explanations say what kind of
    disagreement it is: contradiction (same time, values differ), different
    date (one figure, dated differently), different definition, revised, or
    different time (a trend). Severity is the relative spread of the values.

    \b
    Example:
        kg conflicts --metric share --min-severity 0.2
    """
    with _store(_settings(config, db)) as store:
        sets = conflict_sets(
            store, entity=entity, metric=metric, since=since, until=until, min_severity=min_severity
        )
    if as_json:
        click.echo(to_json(sets))
        return
    if not sets:
        click.echo("no conflicting figures found", err=True)
    color = sys.stdout.isatty()
    for found in sets:
        _print_set(found, color)


def _print_set(found: dict[str, object], color: bool) -> None:
    title = f"{found['subject'] or '?'} - {found['metric'] or '?'}"
    click.echo(click.style(title, bold=True) if color else title)
    click.echo(f"set {found['id']} · severity {found['severity']} · {found['origins']} origins")
    claims = found["claims"]
    assert isinstance(claims, list)
    for claim in claims:
        figure = claim["quantity_text"] or ""
        sentence = " ".join(claim["sentence"].split())
        if color and figure:
            sentence = sentence.replace(figure, click.style(figure, fg="yellow", bold=True), 1)
        when = describe_time(claim["time"])
        published = (claim["document"]["published"] or "")[:10] or "date unknown"
        click.echo(
            f"  {figure:<18} {when:<24} {claim['document']['outlet'] or '?'}"
            f" (published {published})"
        )
        click.echo(f"      {sentence}")
    explanations = found["explanations"]
    assert isinstance(explanations, list)
    for explanation in explanations:
        click.echo(
            f"  - {explanation['kind']}: {explanation['text']}"
            f" ({len(explanation['claims'])} claims)"
        )
    click.echo()


@cli.command("timeline")
@click.argument("about", required=False, metavar="[ENTITY or TEXT]")
@date_option("--since", "Only what happened on or after this date.")
@date_option("--until", "Only what happened on or before this date.")
@click.option("--undated", is_flag=True, help="Also list claims nothing dates, at the end.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of entries.")
@store_options
@friendly_errors
def timeline_command(
    about: str | None,
    since: str | None,
    until: str | None,
    undated: bool,
    as_json: bool,
    db: str | None,
    config: str | None,
) -> None:
    """What happened when, according to whom: claims in the order of the time they are about.

    ABOUT is an entity (name or alias) or, if no entity has that name, a text
    the claim's metric or sentence contains. The same figure or event from
    several sources is one entry listing them all; '!' marks entries in a
    conflict set (see 'kg conflicts').

    \b
    Example:
        kg timeline OpenRouter --since 2025-01-01
    """
    with _store(_settings(config, db)) as store:
        entries = timeline(store, about, since=since, until=until, undated=undated)
    if as_json:
        click.echo(to_json(entries))
        return
    rows = [
        {
            "when": e["when"],
            "!": "!" if e["conflict"] else "",
            "what": e["text"],
            "sources": ", ".join(sorted({source_name(s) for s in e["sources"]})),
        }
        for e in entries
    ]
    emit(rows, ["when", "!", "what", "sources"], "table")
