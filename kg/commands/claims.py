"""``kg claims``, ``kg conflicts``, ``kg timeline``: who says which figure, and when."""

from __future__ import annotations

import sys

import click

from kg.cli import cli, open_configured_store, settings_for
from kg.cli_options import (
    date_option,
    friendly_errors,
    output_options,
    store_options,
)
from kg.output import emit, to_json
from queries.claims import claim_table_row, list_claims
from queries.conflicts import conflict_sets
from queries.timeline import describe_time, source_name, timeline


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
    with open_configured_store(settings_for(config, db)) as store:
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
    with open_configured_store(settings_for(config, db)) as store:
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
