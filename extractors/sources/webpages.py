"""HTML article pages: main text without boilerplate, and the page's metadata.

trafilatura finds the article body (menus, footers and comment forms go).
The publication date is looked for where publishers put it, most reliable
first: Open Graph / article meta tags, JSON-LD ``datePublished``, other meta
tags, a ``<time datetime>`` inside the article; then trafilatura's own guess.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from extractors.records import Link, ReadItem
from extractors.sources import problems
from extractors.sources.build import Fields, Overrides, build

DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "publication_date",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
)
OUTLET_META = ("og:site_name", "application-name", "publisher")


def read_html(text: str, origin: str, overrides: Overrides) -> Iterator[ReadItem]:
    """One document from an HTML page."""
    try:
        tree = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        yield problems.not_html(origin)
        return
    # Read what we need from the tree first: trafilatura prunes it in place.
    meta = _meta(tree)
    published, links, canonical = _published(tree, meta), _links(tree), _canonical(tree)
    extracted = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True
    )
    body = getattr(extracted, "text", None) or ""
    if not body.strip():
        yield problems.not_html(origin)
        return
    url = canonical or meta.get("og:url") or getattr(extracted, "url", None)
    yield from build(
        Fields(
            text=body.strip(),
            origin=origin,
            url=url,
            title=meta.get("og:title") or getattr(extracted, "title", None),
            outlet=_first(meta, OUTLET_META) or getattr(extracted, "sitename", None),
            authors=_authors(meta, getattr(extracted, "author", None)),
            published=published or getattr(extracted, "date", None),
            date_source="html",
            links=links,
            metadata={k: meta[k] for k in ("description", "og:description") if k in meta},
        ),
        overrides,
    )


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for tag in tree.iter("meta"):
        name = tag.get("property") or tag.get("name") or tag.get("itemprop")
        content = tag.get("content")
        if name and content and name not in found:
            found[name] = content.strip()
            found.setdefault(name.lower(), content.strip())
    return found


def _first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((meta[n] for n in names if meta.get(n)), None)


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href")).strip()
    return None


def _published(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> str | None:
    return _first(meta, DATE_META) or _json_ld_date(tree) or _time_element(tree)


def _json_ld_date(tree: lxml.html.HtmlElement) -> str | None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        for item in _json_ld_items(data):
            if isinstance(item.get("datePublished"), str):
                return str(item["datePublished"])
    return None


def _json_ld_items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for item in data:
            yield from _json_ld_items(item)
    elif isinstance(data, dict):
        yield data
        yield from _json_ld_items(data.get("@graph", []))


def _time_element(tree: lxml.html.HtmlElement) -> str | None:
    scope = next(iter(tree.iter("article")), tree)
    for element in scope.iter("time"):
        if element.get("datetime"):
            return str(element.get("datetime"))
    return None


def _authors(meta: dict[str, str], extracted: str | None) -> list[str]:
    value = meta.get("author") or meta.get("article:author") or extracted
    return [a.strip() for a in value.split(";") if a.strip()] if value else []


def _links(tree: lxml.html.HtmlElement) -> list[Link]:
    """Links in the article (or main) element: what the story itself cites."""
    scope = next(iter(tree.iter("article", "main")), None)
    if scope is None:
        return []
    return [
        Link(href=a.get("href", "").strip(), text=" ".join(a.text_content().split()))
        for a in scope.iter("a")
        if a.get("href", "").strip().startswith(("http://", "https://"))
    ]
