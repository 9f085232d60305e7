"""Numbered problems with inputs (E1xx), each one line with the fix.

Readers return these instead of raising, in the way feedparser records
``bozo``: the run goes on with the next file, line or entry.
"""

from __future__ import annotations

from extractors.records import Problem

SUPPORTED = ".txt, .md, .html, .htm, .xml, .rss, .atom, .rdf, .json, .jsonl, .opml"


def missing(origin: str) -> Problem:
    return Problem(origin, "no such file or folder; check the path", "E101")


def unreadable(origin: str, reason: str) -> Problem:
    return Problem(origin, f"cannot read ({reason}); check the file's permissions", "E102")


def binary(origin: str) -> Problem:
    return Problem(
        origin,
        f"looks binary, not text; kg reads text, HTML, feeds and JSON ({SUPPORTED})",
        "E103",
    )


def empty(origin: str) -> Problem:
    return Problem(origin, "is empty; nothing to ingest", "E104")


def unsupported(origin: str, suffix: str) -> Problem:
    kind = f"'{suffix}' files" if suffix else "files without a suffix"
    return Problem(
        origin,
        f"{kind} are not read; kg reads {SUPPORTED} (rename the file if it is one)",
        "E105",
    )


def not_a_feed(origin: str, reason: str) -> Problem:
    return Problem(
        origin,
        f"is not a readable feed ({reason}); check that it is RSS, RDF or Atom XML",
        "E106",
    )


def feed_warning(origin: str, reason: str) -> Problem:
    return Problem(origin, f"feed has errors but was read ({reason})", "E107", fatal=False)


def entity_declarations(origin: str) -> Problem:
    return Problem(
        origin,
        "declares XML entities, which kg refuses (entity expansion attacks); "
        "remove the <!DOCTYPE ...> block if the file is yours",
        "E108",
    )


def bad_json(origin: str, reason: str) -> Problem:
    return Problem(origin, f"is not valid JSON ({reason}); fix or remove this line", "E109")


def not_an_article(origin: str, reason: str) -> Problem:
    return Problem(
        origin,
        f"{reason}; each article needs a 'text' (fields: id, url, title, text, published, outlet)",
        "E110",
    )


def bad_date(origin: str, value: str, reason: str) -> Problem:
    return Problem(
        origin,
        f"published date '{value}' not understood ({reason}); stored without a date "
        "(pass --published YYYY-MM-DD to set one)",
        "E111",
        fatal=False,
    )


def no_text(origin: str) -> Problem:
    return Problem(origin, "has no text to ingest (no content, summary or title)", "E112")


def not_opml(origin: str, reason: str) -> Problem:
    return Problem(origin, f"is not a readable OPML file ({reason})", "E113")


def not_utf8(origin: str, encoding: str) -> Problem:
    return Problem(
        origin,
        f"is not UTF-8; read as {encoding} (save it as UTF-8 to silence this)",
        "E114",
        fatal=False,
    )


def not_html(origin: str) -> Problem:
    return Problem(origin, "no article text found in this HTML page", "E115")
