"""From a reader's fields to a :class:`SourceDocument`, the same way for every format.

Here the user's ``--outlet`` and ``--published`` win over what the input says,
dates are parsed once (a bad one is a warning, never "now"), and the key that
decides "same article" is made.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from extractors.dates import parse_published
from extractors.ids import document_key, outlet_from_url
from extractors.records import DateSource, Link, Problem, ReadItem, SourceDocument
from extractors.sources import problems


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the user said about every document read (``--outlet``, ``--published``),
    and where JSON inputs keep kg's fields (``--field text=content``: kg field to
    input field)."""

    outlet: str | None = None
    published: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Fields:
    """What a reader found for one document; unknowns stay None."""

    text: str
    origin: str
    url: str | None = None
    ident: str | None = None
    scope: str = ""
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: Any = None
    date_source: DateSource = "unknown"
    feed: str | None = None
    links: list[Link] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def build(fields: Fields, overrides: Overrides) -> Iterator[ReadItem]:
    """Yield the document (and a warning first if its date was not understood)."""
    if not fields.text.strip():
        yield problems.no_text(fields.origin)
        return
    published, source, warning = _published(fields, overrides)
    if warning is not None:
        yield warning
    yield SourceDocument(
        text=fields.text,
        origin=fields.origin,
        key=document_key(url=fields.url, ident=fields.ident, scope=fields.scope, text=fields.text),
        title=_clean(fields.title),
        url=fields.url or None,
        outlet=overrides.outlet or _clean(fields.outlet) or outlet_from_url(fields.url),
        authors=[a for a in (_clean(x) for x in fields.authors) if a],
        published=published,
        published_source=source,
        feed=fields.feed,
        links=fields.links,
        metadata=fields.metadata,
    )


def _published(
    fields: Fields, overrides: Overrides
) -> tuple[str | None, DateSource, Problem | None]:
    if overrides.published:
        return overrides.published, "user", None
    if fields.published in (None, ""):
        return None, "unknown", None
    iso, reason = parse_published(fields.published)
    if iso is None:
        return (
            None,
            "unknown",
            problems.bad_date(fields.origin, str(fields.published), reason or ""),
        )
    return iso, fields.date_source, None


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
