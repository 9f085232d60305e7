"""``kg claims``, ``kg conflicts``, ``kg timeline``: who says which figure, and when."""

from __future__ import annotations

import sys
from typing import Any

import click

from cli.context import open_configured_store, settings_for
from cli.options import (
    date_option,
    friendly_errors,
    output_options,
    store_options,
)
from cli.output import emit, to_json
from queries.claims import claim_table_row, list_claims
from queries.conflicts import conflict_sets
from queries.sources_named import document_name, published_text
from queries.timeline import describe_time, source_name, timeline

TIMELINE_COLUMNS = ["when", "!", "what", "sources"]


@click.command()
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
    with open_configured_store(settings_for(config, db)) as store:
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


# -- conflicts and timeline ----------------------------------------------------------------


@click.command()
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
@output_options
@store_options
@friendly_errors
def conflicts(
    entity: str | None,
    metric: str | None,
    since: str | None,
    until: str | None,
    min_severity: float,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """Figures that disagree: every value, who gives it, for when, and why they differ.

    Each set is one metric for one subject. Each explanation takes two figures
    and says who gives them and what differs between them (what they count,
    the time, a revision, rounding, a hedge), under its kind: contradiction
    (same time, values differ), different date (one figure, dated
    differently), different definition, revised, or different time (a trend).
    Severity is the relative spread of the values.
    --json prints the sets; --csv one row per figure, with its set.

    \b
    Example:
        kg conflicts --metric share --min-severity 0.2
    """
    with open_configured_store(settings_for(config, db)) as store:
        sets = conflict_sets(
            store, entity=entity, metric=metric, since=since, until=until, min_severity=min_severity
        )
    if fmt == "json":
        click.echo(to_json(sets))
        return
    if fmt == "csv":
        emit([row for found in sets for row in _figure_rows(found)], FIGURE_COLUMNS, fmt)
        return
    if not sets:
        click.echo("no conflicting figures found", err=True)
    color = sys.stdout.isatty()
    for found in sets:
        _print_set(found, color)


FIGURE_COLUMNS = [
    "set", "severity", "subject", "metric", "figure", "when", "outlet", "published", "sentence",
    "claim",
]  # fmt: skip


def _figure_rows(found: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat row per figure of a conflict set, for spreadsheets."""
    return [
        {
            "set": found["id"],
            "severity": found["severity"],
            "subject": found["subject"],
            "metric": found["metric"],
            "figure": claim["quantity_text"],
            "when": describe_time(claim["time"]),
            "outlet": claim["document"]["outlet"],
            "published": claim["document"]["published"],
            "sentence": claim["sentence"],
            "claim": claim["id"],
        }
        for claim in found["claims"]
    ]


def _print_set(found: dict[str, object], color: bool) -> None:
    title = f"{found['subject'] or '?'} - {found['metric'] or '?'}"
    click.echo(click.style(title, bold=True) if color else title)
    # The set's id is in --json and --csv; a reader gets what it says.
    click.echo(f"severity {found['severity']} · {found['origins']} origins")
    claims = found["claims"]
    assert isinstance(claims, list)
    for claim in claims:
        figure = claim["quantity_text"] or ""
        sentence = " ".join(claim["sentence"].split())
        if color and figure:
            sentence = sentence.replace(figure, click.style(figure, fg="yellow", bold=True), 1)
        when = describe_time(claim["time"])
        document = claim["document"]
        click.echo(
            f"  {figure:<18} {when:<24} {document_name(document)} ({published_text(document)})"
        )
        click.echo(f"      {sentence}")
    explanations = found["explanations"]
    assert isinstance(explanations, list)
    for explanation in explanations:
        kind = str(explanation["kind"]).replace("_", " ")
        click.echo(f"  - {explanation['kind']}: {explanation.get('because') or kind}")
    click.echo()


@click.command("timeline")
@click.argument("about", required=False, metavar="[ENTITY or TEXT]")
@date_option("--since", "Only what happened on or after this date.")
@date_option("--until", "Only what happened on or before this date.")
@click.option("--undated", is_flag=True, help="Also list claims nothing dates, at the end.")
@output_options
@store_options
@friendly_errors
def timeline_command(
    about: str | None,
    since: str | None,
    until: str | None,
    undated: bool,
    fmt: str,
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
    with open_configured_store(settings_for(config, db)) as store:
        entries = timeline(store, about, since=since, until=until, undated=undated)
    if fmt == "json":
        click.echo(to_json(entries))
        return
    rows = [
        {
            "when": e["when"],
            "!": "!" if e["conflict"] else "",
            "what": e["text"],
            "sources": ", ".join(sorted({source_name(s) for s in e["sources"]})),
            "conflict": e["conflict"],
        }
        for e in entries
    ]
    # A spreadsheet gets the conflict set's id where a reader gets the '!' mark.
    columns = ["when", "what", "sources", "conflict"] if fmt == "csv" else TIMELINE_COLUMNS
    emit(rows, columns, fmt)
