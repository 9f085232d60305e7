"""``kg narratives``, ``kg narrative``, ``kg perspectives``, ``kg tensions``, ``kg digest``:
the stories the documents tell, who tells them, and a sourced report on each."""

from __future__ import annotations

import re
from pathlib import Path

import click

from cli.context import open_configured_store, settings_for
from cli.options import (
    _check_date,
    date_option,
    friendly_errors,
    object_output_options,
    output_options,
    store_options,
)
from cli.output import echo_table, emit, to_json
from kg import errors
from kg.store.base import Row, Store
from kg.vocabulary import NARRATIVE_STATUSES
from queries.narratives import list_narratives, narrative_detail
from queries.sources_named import document_name, published_span


@click.command()
@click.option(
    "--status", type=click.Choice(NARRATIVE_STATUSES), help="Only narratives with this status."
)
@click.option(
    "--min-documents", type=click.IntRange(1), default=2, show_default=True,
    help="Only narratives of at least this many documents.",
)  # fmt: skip
@date_option("--as-of", "Status as of this day (default: the newest day in the store).")
@click.option("--limit", type=click.IntRange(1), help="At most this many narratives.")
@output_options
@store_options
@friendly_errors
def narratives(
    status: str | None,
    min_documents: int,
    as_of: str | None,
    limit: int | None,
    fmt: str,
    db: str | None,
    config: str | None,
) -> None:
    """List the stories: documents grouped as they arrived, last seen first.

    A narrative's status comes from its volume: emerging (first seen this
    week), active and growing (more documents this week than last), steady,
    or fading (none this week, or under half of last week's).

    \b
    Example:
        kg narratives --status "active and growing"
    """
    with open_configured_store(settings_for(config, db)) as store:
        rows = list_narratives(
            store, status_filter=status, min_documents=min_documents, limit=limit, as_of=as_of
        )
    if fmt == "json":
        click.echo(to_json(rows))
        return
    columns = ["id", "label", "status", "documents", "first_seen", "last_seen"]
    if fmt == "table":  # people read the days the articles carry; a fetch day is not news
        rows = [
            {**r, "first_seen": r["first_published"] or "", "last_seen": r["last_published"] or ""}
            for r in rows
        ]
    emit([{c: r[c] for c in columns} for r in rows], columns, fmt)


@click.command()
@click.argument("narrative_id", metavar="ID")
@date_option("--as-of", "Status as of this day (default: the newest day in the store).")
@object_output_options("a narrative")
@store_options
@friendly_errors
def narrative(
    narrative_id: str, as_of: str | None, fmt: str, db: str | None, config: str | None
) -> None:
    """Show one narrative: its label, status, volume, main actors and documents.

    \b
    Example:
        kg narrative n-1010f8a9cfaa
    """
    with open_configured_store(settings_for(config, db)) as store:
        found = narrative_detail(store, narrative_id, as_of=as_of)
    if found is None:
        raise errors.no_such_narrative(narrative_id)
    if fmt == "json":
        click.echo(to_json(found))
        return
    click.echo(f"{found['label']}  ({found['id']})")
    click.echo(
        f"{found['status']} · {len(found['documents'])} documents · "
        + published_span(found["first_published"], found["last_published"])
    )
    if found["actors"]:
        click.echo("actors: " + ", ".join(a["name"] for a in found["actors"]))
    weeks = found["volume"]["per_week"][-8:]
    if weeks:
        click.echo("per week: " + "  ".join(f"{w['week']}: {w['documents']}" for w in weeks))
    click.echo("")
    columns = ["published", "outlet", "title", "id"]
    rows = [
        {
            "published": (d.get("published") or "")[:10] or "date unknown",
            "outlet": document_name(d, by_title=False),
            "title": d.get("title") or "",
            "id": d.get("id"),
        }
        for d in found["documents"]
    ]
    echo_table(rows, columns)


# -- perspectives, tensions, digest --------------------------------------------------------


STATEMENT_COLUMNS = [
    "actor", "kind", "role", "evolution", "via", "speaker_mention", "attribution_cue",
    "content", "sentence", "cue", "stance", "outlet", "seen", "document", "id",
]  # fmt: skip
TENSION_COLUMNS = [
    "kind", "topic", "tension", "actor", "camp", "text", "documents", "narrative", "conflict",
]  # fmt: skip


def _resolve(store: Store, query: str) -> str:
    """A narrative id from an id, or from the entity (or entities) a story mentions most."""
    from queries.narratives import find_narratives

    found = find_narratives(store, query)
    if not found:
        raise errors.nothing_to_digest(query)
    if len(found) > 1:
        others = ", ".join(n["id"] for n in found[1:4])
        click.echo(f"'{query}' matches several narratives; using {found[0]['id']} "
                   f"(next: {others})", err=True)  # fmt: skip
    return str(found[0]["id"])


@click.command(name="perspectives")
@click.argument("query", metavar="NARRATIVE")
@click.option("--all-actors", is_flag=True, help="Every actor, not only the ten that matter most.")
@output_options
@store_options
@friendly_errors
def perspectives_command(
    query: str, all_actors: bool, fmt: str, db: str | None, config: str | None
) -> None:
    """Who says what in a narrative, and whether their position moved.

    NARRATIVE is an id from 'kg narratives', or an entity the story is about.
    The ten actors that matter most are shown (--all-actors for every one).
    --csv gives one row per statement, with its actor.

    \b
    Example:
        kg perspectives OpenRouter
    """
    from queries.perspectives import narrative_perspectives

    with open_configured_store(settings_for(config, db)) as store:
        narrative = _resolve(store, query)
        found = (
            narrative_perspectives(store, narrative, limit=None)
            if all_actors
            else narrative_perspectives(store, narrative)
        )
    if fmt == "json":
        click.echo(to_json(found))
        return
    if fmt == "csv":
        rows = [
            {"actor": e["actor"], "kind": e["kind"], "role": e["role"],
             "evolution": e["evolution"]["kind"], **said,
             "document": (said["document"] or {}).get("id"),
             "outlet": (said["document"] or {}).get("outlet")}
            for e in found
            for said in e["statements"]
        ]  # fmt: skip
        emit(rows, STATEMENT_COLUMNS, fmt)
        return
    for entry in found:
        about = ", ".join(part for part in (entry["kind"], entry["role"]) if part)
        said_count = _count(len(entry["statements"]), "statement")
        if entry["summarised"] and not entry["statements"]:
            said_count = _count(len(entry["summarised"]), "summary", "summaries")
        click.echo(f"{entry['actor']} ({about}) · {said_count}")
        for said in entry["summary"]:
            words = (said.get("content") or said["sentence"]).strip()
            cue = said.get("attribution_cue")
            if said.get("about"):  # a report's summary of someone: say whom
                cue = ", ".join(p for p in (cue, f"about {said['about']}") if p)
            click.echo(f"  - {words}" + (f" ({cue})" if cue else ""))
        click.echo(f"  evolution: {entry['evolution']['text']}")


@click.command(name="tensions")
@click.argument("query", metavar="[NARRATIVE]", required=False)
@output_options
@store_options
@friendly_errors
def tensions_command(query: str | None, fmt: str, db: str | None, config: str | None) -> None:
    """Actors or readings that disagree: conflicting figures and opposing framings.

    Without NARRATIVE, the tensions of the 20 narratives seen last. --csv gives
    one row per side.

    \b
    Example:
        kg tensions OpenRouter --json
    """
    from queries.digest import narrative_tensions

    with open_configured_store(settings_for(config, db)) as store:
        if query:
            ids = [_resolve(store, query)]
        else:
            ids = [n["id"] for n in list_narratives(store, min_documents=2, limit=20)]
        found = [t for narrative_id in ids for t in narrative_tensions(store, narrative_id)]
    if fmt == "json":
        click.echo(to_json(found))
        return
    if fmt == "csv":
        rows = [
            {"kind": t["kind"], "topic": t["topic"], "tension": t["text"],
             "narrative": t["narrative"], "conflict": t["conflict"], "actor": side["actor"],
             "camp": side.get("camp"), "text": side["text"], "documents": side["documents"]}
            for t in found
            for side in t["sides"]
        ]  # fmt: skip
        emit(rows, TENSION_COLUMNS, fmt)
        return
    if not found:
        click.echo("no tensions found", err=True)
    for tension in found:
        click.echo(f"[{tension['kind']}] {tension['text']}")
        for side in tension["sides"]:
            click.echo(f"  - {side['actor']}: {side['text']}")


@click.command()
@click.argument("query", metavar="[NARRATIVE]", required=False)
@click.option("--all", "every", is_flag=True, help="A digest of every active narrative.")
@click.option("--since", metavar="DATE|Nd|Nw", help="Only documents seen since then (7d: a week).")
@date_option("--as-of", "The digest's day (default: the day its narrative was last seen).")
@click.option(
    "--format", "fmt", type=click.Choice(["md", "html", "json"]), default="md", show_default=True,
    help="Markdown, one self-contained HTML page (with charts), or JSON.",
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write to this file.")
@click.option(
    "--long", "long_", is_flag=True,
    help="Keep everything: every actor, tension side and timeline entry (default: a brief, "
    "about 1,500 words for a five-article story).",
)  # fmt: skip
@store_options
@friendly_errors
def digest(
    query: str | None,
    every: bool,
    since: str | None,
    as_of: str | None,
    fmt: str,
    output: Path | None,
    long_: bool,
    db: str | None,
    config: str | None,
) -> None:
    """A short, sourced report on a story: what, why it matters, open questions,
    narrative, timeline, perspectives, tensions, status and sources.

    Every sentence is a stored sentence (or a template over stored figures) and
    cites its sources as [n].

    \b
    Examples:
        kg digest OpenRouter --format html -o digest.html
        kg digest --all --since 1d
        kg digest OpenRouter --long     # every actor, side and entry
    """
    from queries.digest import build_digest, daily_digests

    if not query and not every:
        raise click.UsageError("pass a narrative (an id or words of its label), or --all")
    if since and not re.fullmatch(r"\d+[dw]", since):
        since = _check_date(click.get_current_context(), None, since)  # type: ignore[arg-type]
    with open_configured_store(settings_for(config, db)) as store:
        if every:
            digests = daily_digests(store, since=since, as_of=as_of, long=long_)
        else:
            found = build_digest(
                store, _resolve(store, query or ""), since=since, as_of=as_of, long=long_
            )
            digests = [found] if found else []
    text = _render(digests, fmt, every)
    if output is None:
        click.echo(text)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise errors.cannot_write(str(output), exc.strerror or type(exc).__name__) from exc
    click.echo(f"{_count(len(digests), 'digest')} written to {output}", err=True)


def _render(digests: list[Row], fmt: str, every: bool) -> str:
    from queries.render import to_html, to_html_many, to_markdown

    if fmt == "json":
        return to_json(digests if every else digests[0] if digests else None)
    if fmt == "html":
        return to_html(digests[0]) if len(digests) == 1 else to_html_many(digests)
    return "\n\n---\n\n".join(to_markdown(d) for d in digests) or "No active narrative."


def _count(n: int, noun: str, plural: str = "") -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {plural or noun + 's'}"
