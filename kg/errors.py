"""Numbered, actionable errors of the ``kg`` package (E0xx).

Extractor errors are E2xx (:mod:`extractors.errors`), input problems E1xx
(:mod:`extractors.sources.problems`). The command line prints any of them as
one line, with the fix, and exits 1 (2 for usage errors); never a traceback.
"""

from __future__ import annotations


class KgError(Exception):
    """An error the user can fix."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


def not_a_database(path: str) -> KgError:
    return KgError("E001", f"'{path}' is not a kg database (not SQLite); pass another --db")


def newer_schema(path: str, found: int, known: int) -> KgError:
    return KgError(
        "E002",
        f"'{path}' has schema version {found}, newer than this kg knows ({known}); "
        "upgrade kg with 'pip install -U kg'",
    )


def database_unavailable(path: str, reason: str) -> KgError:
    return KgError("E003", f"cannot open database '{path}' ({reason}); check the path and rights")


def no_such_entity(name: str) -> KgError:
    return KgError(
        "E004", f"no entity named '{name}'; list them with 'kg entities' (names and aliases match)"
    )


def config_invalid(path: str, reason: str) -> KgError:
    return KgError("E005", f"config file '{path}' is not valid: {reason}")


def config_missing(path: str) -> KgError:
    return KgError(
        "E006", f"config file '{path}' does not exist; pass --config PATH or unset KG_CONFIG"
    )


def store_not_supported(uri: str) -> KgError:
    return KgError(
        "E007",
        f"'{uri}' names a store kg cannot open; use a SQLite file path, "
        "or a bolt:// or neo4j:// URI for a Neo4j server",
    )


def bad_date(value: str, reason: str) -> KgError:
    return KgError("E008", f"'{value}' is not a date ({reason}); use YYYY-MM-DD")


def no_such_feed(name: str) -> KgError:
    return KgError("E009", f"no feed named '{name}' in feeds.yaml; list them with 'kg feeds list'")


def not_a_feed_url(url: str) -> KgError:
    return KgError("E010", f"'{url}' is not an http(s) URL; give the feed's full address")


def no_feeds(path: str) -> KgError:
    return KgError(
        "E011",
        f"no feeds to fetch in '{path}'; add one with 'kg feeds add URL' "
        "or import an OPML file with 'kg feeds import FILE'",
    )


def server_unreachable(uri: str, reason: str) -> KgError:
    return KgError(
        "E012",
        f"cannot reach the graph server at {uri} ({reason}); check that it is running "
        "and the URI (KG_NEO4J_URI or --neo4j)",
    )


def server_refused(uri: str, reason: str) -> KgError:
    return KgError(
        "E013",
        f"the graph server at {uri} refused the connection ({reason}); "
        "check KG_NEO4J_USER, KG_NEO4J_PASSWORD and KG_NEO4J_DATABASE",
    )


def no_such_narrative(narrative: str) -> KgError:
    return KgError(
        "E014", f"no narrative '{narrative}'; list them with 'kg narratives' (ids start with 'n-')"
    )


def nothing_to_digest(query: str) -> KgError:
    return KgError(
        "E015",
        f"no narrative matches '{query}'; pass a narrative id from 'kg narratives', "
        "or words from its label",
    )


def cannot_write(path: str, reason: str) -> KgError:
    return KgError(
        "E016", f"cannot write '{path}' ({reason}); check that its folder exists and is writable"
    )


def no_store(path: str) -> KgError:
    # Reading commands never create a store: a mistyped --db must not leave an
    # empty kg.db behind and answer "nothing found" as if it were the real one.
    return KgError("E017", f"no store at {path}; kg ingest creates one")


def stores_differ(kinds: str) -> KgError:
    return KgError(
        "E018",
        f"the stores differ in {kinds}; the target held other data before "
        "(migrate into an empty store) or changed during the copy",
    )


class StoreBusy(KgError):
    """A batch's write transaction still lost its race with other writers after every
    retry (see :mod:`kg.store.retry`). Ingestion reports it per document of the batch
    (code E121, an input that was not stored) and goes on with the next batch."""

    def __init__(self, reason: str, attempts: int) -> None:
        super().__init__("E121", f"could not store ({reason}; {attempts} attempts)")
        self.reason = reason


def store_busy(reason: str, attempts: int) -> StoreBusy:
    return StoreBusy(reason, attempts)
