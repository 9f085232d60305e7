"""``kg feeds ...`` and ``kg fetch``: the feed list and polling it."""

from __future__ import annotations

import os
from pathlib import Path

import click

from cli.context import open_configured_store, settings_for
from cli.options import (
    friendly_errors,
    nlp_options,
    output_options,
    store_options,
)
from cli.output import emit, problem_line
from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import Problem, SourceDocument
from extractors.sources import read_path
from kg import errors
from kg.config import DEFAULT_CONFIG, add_feeds
from kg.feeds import add_feed, configured_feeds, find_feeds, remove_feed
from kg.fetching import FeedFetcher, FeedRun
from kg.web import HttpClient

# -- feeds ----------------------------------------------------------------------------------


def _config_file(config: str | None) -> Path:
    """The feeds.yaml to edit: --config, KG_CONFIG or ./feeds.yaml (created on first add)."""
    return Path(config or os.environ.get("KG_CONFIG") or DEFAULT_CONFIG)


@click.group()
def feeds() -> None:
    """The feeds to follow, listed in feeds.yaml, and how their last fetch went.

    \b
    Example:
        kg feeds add https://example.com/rss --name "Example" --tag ai
        kg feeds status
    """


@feeds.command("list")
@output_options
@click.option("--config", metavar="PATH", help="The feeds.yaml to read.")
@friendly_errors
def feeds_list(fmt: str, config: str | None) -> None:
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
    emit(rows, ["name", "url", "outlet", "tags", "interval", "full_text"], fmt)


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
            raise click.ClickException(f"[{item.code}] {item}")
        if not isinstance(item, SourceDocument):
            refs.append(item)
    added, already = add_feeds(path, refs)
    click.echo(
        f"{len(refs)} feeds in {opml}: {added} added to {path}, {already} already there", err=True
    )


@feeds.command("status")
@output_options
@store_options
@friendly_errors
def feeds_status(fmt: str, db: str | None, config: str | None) -> None:
    """How each feed's last fetch went, with the reason for each failing one.

    \b
    Example:
        kg feeds status
    """
    settings = settings_for(config, db)
    listed = configured_feeds(settings.config_path)
    with open_configured_store(settings) as store:
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
    emit(rows, ["name", "state", "http_status", "last_success", "entries", "new", "error"], fmt)


def _feed_state(state: dict[str, object]) -> str:
    if not state.get("last_checked"):
        return "never fetched"
    return "failing" if state.get("last_error") else "ok"


@click.command()
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
@output_options
@store_options
@nlp_options
@friendly_errors
def fetch(
    names: tuple[str, ...],
    force: bool,
    workers: int,
    timeout: float,
    fmt: str,
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
    The table is one line per feed on stderr; --json and --csv print one
    record per feed on stdout.

    \b
    Example:
        kg fetch --force ai
    """
    settings = settings_for(config, db, model=model, entities=entities)
    listed = configured_feeds(settings.config_path)
    if not listed:
        raise errors.no_feeds(str(settings.config_path or DEFAULT_CONFIG))
    chosen = find_feeds(listed, names)
    analyzer = Analyzer(settings.model, EntityCatalog.load(settings.entities_path))
    client = HttpClient(timeout=timeout)
    with open_configured_store(settings, create=True) as store:
        fetcher = FeedFetcher(
            store, analyzer, client, workers=workers, force=force, on_problem=_echo_problem
        )
        runs = fetcher.run(chosen)
    if fmt == "table":
        for run in runs:
            click.echo(_feed_line(run), err=True)
    else:
        emit([r.as_dict() for r in runs], FETCH_COLUMNS, fmt)
    if any(r.status == "failed" for r in runs):
        raise SystemExit(1)


#: The fields of FeedRun.as_dict, in order: the CSV header of kg fetch --csv.
FETCH_COLUMNS = [
    "feed", "url", "status", "http_status", "entries", "added", "updated", "unchanged", "error",
]  # fmt: skip


def _echo_problem(problem: Problem) -> None:
    click.echo(problem_line(problem), err=True)


def _feed_line(run: FeedRun) -> str:
    if run.status == "failed":
        return f"error: {run.feed.name}: {run.error}"
    if run.status == "ok":
        return (
            f"{run.feed.name}: {run.entries} entries, {run.added} added, "
            f"{run.updated} updated, {run.unchanged} unchanged"
        )
    return f"{run.feed.name}: {run.status}"
