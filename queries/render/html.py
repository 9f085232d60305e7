"""A digest as one self-contained HTML page: inline CSS and SVG, no script, no assets.

All feed text is escaped, a source address is a link only when it is
http(s), and a Content-Security-Policy forbids anything external. The page
works offline, reads on a phone and prints cleanly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from typing import Any

from queries.render.charts import chart_svg, undrawable_points
from queries.render.fields import (
    EMPTY,
    SECTIONS,
    actor_names,
    citation_numbers,
    dict_of,
    dicts_of,
    html_text,
    iso_day,
    one_line,
    question_tag,
    sections_of,
    subtitle_parts,
    web_url,
)
from queries.render.style import CSP, STYLE

__all__ = ["to_html", "to_html_many"]


@dataclass(frozen=True)
class _Page:
    """How one digest sits in a page: its id prefix, top heading level and citable numbers."""

    prefix: str
    level: int
    sources: frozenset[int]
    #: The charts of disputed figures by conflict set id, drawn with their tension.
    charts: tuple[tuple[str, dict[str, Any]], ...] = ()

    def chart_of(self, conflict: Any) -> dict[str, Any] | None:
        return next((c for ident, c in self.charts if ident == conflict), None)

    def h(self, depth: int, text: str) -> str:
        level = min(6, self.level + depth)
        return f"<h{level}>{text}</h{level}>"

    def anchor(self, n: int) -> str:
        return f"{self.prefix}source-{n}"


def _cites(sources: Any, page: _Page) -> str:
    """Citations as links to the Sources list; a number with no source stays plain text."""
    links = []
    for n in citation_numbers(sources):
        if n in page.sources:
            links.append(f'<a class="cite" href="#{page.anchor(n)}">[{n}]</a>')
        else:
            links.append(f'<span class="cite">[{n}]</span>')
    return "".join(links)


def _sentence(sentence: dict[str, Any], page: _Page) -> str:
    if sentence.get("cited_inline"):
        # a template that cites each figure where it stands ("61% ... [5]"): the numbers
        # in the (escaped) text become the links
        return _INLINE_CITE.sub(
            lambda m: _cites([int(m[1])], page), html_text(sentence.get("text"))
        )
    cites = _cites(sentence.get("sources"), page)
    return html_text(sentence.get("text")) + (f" {cites}" if cites else "")


_INLINE_CITE = re.compile(r"\[(\d{1,4})\]")


def _empty() -> str:
    return f'<p class="empty">{EMPTY}</p>'


def _html_paragraph(sentences: Any, page: _Page) -> str:
    found = [_sentence(s, page) for s in dicts_of(sentences)]
    return f"<p>{' '.join(found)}</p>" if found else _empty()


def _html_questions(sentences: Any, page: _Page) -> str:
    items = []
    for sentence in dicts_of(sentences):
        tag = question_tag(sentence)
        tag_html = f' <span class="tag">{html_text(tag)}</span>' if tag else ""
        items.append(f"<li>{_sentence(sentence, page)}{tag_html}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else _empty()


def _html_timeline(entries: Any, page: _Page) -> str:
    items = []
    for entry in dicts_of(entries):
        when = html_text(entry.get("when")) or html_text(entry.get("start")) or "undated"
        day = iso_day(entry.get("start"))
        # A machine-readable date only when it parses: never feed text in an attribute raw.
        when_html = f'<time datetime="{day.isoformat()}">{when}</time>' if day else when
        # The conflict set's id is for machines (the JSON); a reader is told where to look.
        disputed = entry.get("conflict")
        mark = ' <span class="tag">disputed: see Tensions</span>' if disputed else ""
        items.append(
            f'<li><span class="when">{when_html}</span>{_sentence(entry, page)}{mark}</li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>' if items else _empty()


def _html_perspectives(perspectives: Any, page: _Page) -> str:
    parts = []
    for view in dicts_of(perspectives):
        parts.append(page.h(2, html_text(view.get("actor")) or "Unnamed actor"))
        role = html_text(view.get("role")) or html_text(view.get("kind"))
        if role:
            parts.append(f'<p class="role">{role}</p>')
        parts.append(_html_paragraph(view.get("summary"), page))
        evolution = dict_of(view.get("evolution"))
        kind = re.sub(r"[^a-z]", "", one_line(evolution.get("kind")).lower()) or "unknown"
        text = _sentence(evolution, page) if evolution.get("text") else "not known."
        parts.append(
            f'<p class="evolution evolution-{kind}"><strong>Evolution:</strong> {text}</p>'
        )
    return "".join(parts) or _empty()


def _html_tensions(tensions: Any, page: _Page) -> str:
    items = []
    for tension in dicts_of(tensions):
        kind = html_text(tension.get("kind"))
        topic = html_text(tension.get("topic")) or "Tension"
        head = f"<strong>{topic}</strong>" + (f' <span class="tag">{kind}</span>' if kind else "")
        sides = [
            f"<li><strong>{html_text(s.get('actor')) or 'Unnamed'}</strong>:"
            f" {_sentence(s, page)}</li>"
            for s in dicts_of(tension.get("sides"))
        ]
        sides_html = f'<ul class="sides">{"".join(sides)}</ul>' if sides else ""
        chart = page.chart_of(tension.get("conflict"))
        drawn = _html_charts([chart], page) if chart else ""
        items.append(f"<li>{head}: {_sentence(tension, page)}{drawn}{sides_html}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else _empty()


def _html_weeks(weeks: list[dict[str, Any]]) -> str:
    """Documents per week as CSS bars (percent widths: they scale with the column)."""
    counts = [max(0, c) if isinstance(c := w.get("documents"), int) else 0 for w in weeks]
    most = max(counts, default=0) or 1
    rows = [
        f'<li><span>{html_text(w.get("week"))}</span><span class="bar">'
        f'<span style="width:{100 * n / most:.0f}%"></span></span><span>{n}</span></li>'
        for w, n in zip(weeks, counts, strict=True)
    ]
    return f'<ol class="weeks" aria-label="Documents per week">{"".join(rows)}</ol>'


def _html_status(status: Any, page: _Page) -> str:
    status = dict_of(status)
    text = html_text(status.get("text"))
    weeks = dicts_of(status.get("per_week"))
    html = f"<p>{text}</p>" if text else _empty()
    return html + (_html_weeks(weeks) if weeks else "")


def _html_charts(charts: Any, page: _Page) -> str:
    figures = []
    for chart in dicts_of(charts):
        missing = undrawable_points(chart)
        note = ""
        if missing:
            note = (
                f'<p class="note">{missing} figure{"" if missing == 1 else "s"} without a'
                " readable date or value not drawn.</p>"
            )
        figures.append(
            f"<figure><figcaption>{html_text(chart.get('title')) or 'Figures'}</figcaption>"
            f"{chart_svg(chart, set(page.sources), anchor=f'{page.prefix}source-')}"
            f"{note}</figure>"
        )
    return "".join(figures) or '<p class="empty">No dated figures to chart.</p>'


def _html_sources(sources: Any, page: _Page) -> str:
    items = []
    for source in dicts_of(sources):
        n = source.get("n")
        ident = f' id="{page.anchor(n)}"' if isinstance(n, int) else ""
        title = html_text(source.get("title")) or "Untitled"
        parts = [f'<span class="n">[{html_text(n)}]</span>{title}']
        if source.get("outlet"):
            parts.append(f" — {html_text(source['outlet'])}")
        if source.get("published"):
            parts.append(f" ({html_text(source['published'])})")
        url = web_url(source.get("url"))
        if url:
            href = escape(url, quote=True)
            parts.append(f'<br><a class="url" href="{href}" rel="noopener noreferrer">{href}</a>')
        elif source.get("url"):
            # Not http(s) (javascript:, data:, a path): shown, never followed.
            parts.append(f'<br><span class="url">{html_text(source["url"])}</span>')
        if source.get("in_story") is False:
            parts.append(' <span class="tag">another story, in a conflict set</span>')
        items.append(f"<li{ident}>{''.join(parts)}</li>")
    return f'<ol class="sources">{"".join(items)}</ol>' if items else _empty()


_HTML_SECTIONS = {
    "what": _html_paragraph,
    "why_it_matters": _html_paragraph,
    "open_questions": _html_questions,
    "narrative": _html_paragraph,
    "timeline": _html_timeline,
    "perspectives": _html_perspectives,
    "tensions": _html_tensions,
    "status": _html_status,
}


def _section(ident: str, heading: str, body: str, page: _Page) -> str:
    return f'<section id="{page.prefix}{ident}">{page.h(1, heading)}{body}</section>'


def _article(digest: dict[str, Any], page: _Page) -> str:
    """One digest: its heading, subtitle, sections (a disputed figure's chart inside its
    tension, before the Perspectives) and sources."""
    head = [page.h(0, html_text(digest.get("title")) or "Digest")]
    subtitle = " · ".join(html_text(p) for p in subtitle_parts(digest))
    if subtitle:
        head.append(f'<p class="meta">{subtitle}</p>')
    actors = actor_names(digest)
    if actors:
        head.append(f'<p class="meta">Actors: {", ".join(html_text(a) for a in actors)}</p>')
    body = [f"<header>{''.join(head)}</header>"]
    sections = sections_of(digest)
    # A disputed figure's chart sits with its tension; the others come just before.
    inline = {ident for ident, _ in page.charts}
    rest = [c for c in dicts_of(digest.get("charts")) if c.get("id") not in inline]
    for key, heading in SECTIONS:
        if key == "tensions" and (rest or not inline):
            body.append(_section("charts", "Figures over time", _html_charts(rest, page), page))
        body.append(
            _section(
                key.replace("_", "-"), heading, _HTML_SECTIONS[key](sections.get(key), page), page
            )
        )
    body.append(_section("sources", "Sources", _html_sources(digest.get("sources"), page), page))
    return "".join(body)


def _page_of(digest: dict[str, Any], prefix: str, level: int) -> _Page:
    numbers = {s.get("n") for s in dicts_of(digest.get("sources"))}
    tensions = dicts_of(sections_of(digest).get("tensions"))
    disputed = {t.get("conflict") for t in tensions if t.get("conflict")}
    charts = tuple(
        (str(c["id"]), c) for c in dicts_of(digest.get("charts")) if c.get("id") in disputed
    )
    return _Page(prefix, level, frozenset(n for n in numbers if isinstance(n, int)), charts)


def _document(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def to_html(digest: dict[str, Any]) -> str:
    """The digest as one self-contained HTML page: inline CSS and SVG, no script, no assets.

    Sections carry the ids ``what``, ``why-it-matters``, ``open-questions``,
    ``narrative``, ``timeline``, ``perspectives``, ``tensions``, ``charts``,
    ``status`` and ``sources``; citation ``[n]`` links to ``#source-n``.
    """
    title = html_text(digest.get("title")) or "Digest"
    article = _article(digest, _page_of(digest, "", 1))
    return _document(title, f"<article>{article}</article>")


def to_html_many(digests: list[dict[str, Any]], title: str = "Digests") -> str:
    """Several digests in one page (``kg digest --all``), each in its own article.

    Ids are prefixed ``d1-``, ``d2-``, … so that each digest's citations link to
    its own sources; a contents list at the top links to each digest.
    """
    articles, contents = [], []
    for i, digest in enumerate(digests, start=1):
        prefix = f"d{i}-"
        name = html_text(digest.get("title")) or f"Digest {i}"
        contents.append(f'<li><a href="#d{i}">{name}</a></li>')
        articles.append(
            f'<article id="d{i}">{_article(digest, _page_of(digest, prefix, 2))}</article>'
        )
    heading = f"<h1>{html_text(title)}</h1>"
    if not articles:
        return _document(html_text(title), f'{heading}<p class="empty">No active narrative.</p>')
    nav = f'<nav aria-label="Contents"><ol>{"".join(contents)}</ol></nav>'
    return _document(html_text(title), heading + nav + "".join(articles))
