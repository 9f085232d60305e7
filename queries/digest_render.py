"""Render a digest as Markdown or as one self-contained HTML page.

A digest is the JSON-ready dict of :func:`queries.digest.build_digest`: a
title, the narrative it is about, sections of sourced sentences, charts of
dated figures and the numbered sources. :func:`to_markdown` gives text for a
terminal, a wiki or an e-mail; :func:`to_html` gives one HTML file with inline
CSS and inline SVG charts (:func:`chart_svg`), no script and no external asset,
that works offline, reads on a phone and prints cleanly.

Every string of a digest comes from feeds and may be hostile: in HTML all of
it is escaped, and a source URL becomes a link only when it is http(s). In
Markdown every field is flattened to one line so that no title can open a
heading or a list. Both renderers are pure functions of the digest: the same
digest gives the same bytes.

Examples
--------
>>> digest = {
...     "title": "Chinese AI models · share",
...     "generated": "2026-05-01",
...     "sections": {"what": [{"text": "Chinese models took 36% of tokens.", "sources": [1]}]},
...     "sources": [{"n": 1, "title": "Token share", "outlet": "Example Wire",
...                  "url": "https://example.org/a", "published": "2026-04-30"}],
... }
>>> for line in to_markdown(digest).splitlines()[:7]:
...     print(line)
# Chinese AI models · share
<BLANKLINE>
As of 2026-05-01
<BLANKLINE>
## What
<BLANKLINE>
Chinese models took 36% of tokens. [1]
>>> page = to_html(digest | {"title": "<script>alert(1)</script>"})
>>> "<script" in page, '<a class="cite" href="#source-1">[1]</a>' in page
(False, True)
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html import escape
from typing import Any

from queries.conflicts import ORDER

__all__ = ["chart_svg", "to_html", "to_html_many", "to_markdown"]

#: The sections of every digest, in reading order: (key in ``sections``, heading).
SECTIONS = (
    ("what", "What"),
    ("why_it_matters", "Why it matters"),
    ("open_questions", "Open questions"),
    ("narrative", "Narrative"),
    ("timeline", "Timeline"),
    ("perspectives", "Perspectives"),
    ("tensions", "Tensions"),
    ("status", "Status"),
)
EMPTY = "Nothing found."
#: Short tags for the kinds of open question.
QUESTION_KINDS = {
    "unresolved_conflict": "unresolved conflict",
    "no_primary_source": "no primary source",
    "stale_figure": "stale figure",
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Control characters (other than whitespace, which is collapsed anyway) are never text;
# nor are bidirectional overrides, which could make a title or address read backwards.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")
# Only plain web addresses become links: no javascript:, data:, or quoting tricks.
_WEB_URL = re.compile(r"https?://[^\s<>\"'`\x00-\x1f\x7f]+", re.IGNORECASE)
# In Markdown, "<" before a letter, "/", "!" or "?" could open raw HTML or an autolink.
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")


# --- shared helpers -------------------------------------------------------


def _line(value: Any) -> str:
    """``value`` as one line of text: feed text may hold newlines, tabs and controls."""
    if value is None:
        return ""
    return " ".join(_CONTROL.sub(" ", str(value)).split())


def _esc(value: Any) -> str:
    """One line of feed text, safe in HTML content and in quoted attributes."""
    return escape(_line(value), quote=True)


def _numbers(values: Any) -> list[int]:
    """The citation numbers in ``values``; anything that is not an int is dropped."""
    if not isinstance(values, list | tuple):
        return []
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _items(value: Any) -> list[dict[str, Any]]:
    """The dicts of a section list; a missing or malformed section is empty."""
    if not isinstance(value, list | tuple):
        return []
    return [v for v in value if isinstance(v, dict)]


def _dict(value: Any) -> dict[str, Any]:
    """``value`` when it is a dict, else an empty one: a malformed part renders as empty."""
    return value if isinstance(value, dict) else {}


def _sections(digest: dict[str, Any]) -> dict[str, Any]:
    return _dict(digest.get("sections"))


def _subtitle_parts(digest: dict[str, Any]) -> list[str]:
    """Status, documents, first and last seen, since and as-of: the one-line subtitle."""
    narrative = _dict(digest.get("narrative"))
    parts = []
    if narrative:
        parts.append(_line(narrative.get("status")))
        documents = narrative.get("documents")
        if isinstance(documents, int):
            parts.append(f"{documents} document{'' if documents == 1 else 's'}")
        for key in ("first_seen", "last_seen"):
            if narrative.get(key):
                parts.append(f"{key.replace('_', ' ')} {_line(narrative[key])}")
    if digest.get("since"):
        parts.append(f"since {_line(digest['since'])}")
    if digest.get("generated"):
        parts.append(f"as of {_line(digest['generated'])}")
    parts = [p for p in parts if p]
    if parts:
        parts[0] = parts[0][:1].upper() + parts[0][1:]
    return parts


def _actors(digest: dict[str, Any], limit: int = 6) -> list[str]:
    narrative = _dict(digest.get("narrative"))
    actors = _items(narrative.get("actors"))
    return [_line(a.get("name")) for a in actors[:limit] if _line(a.get("name"))]


def _question_tag(sentence: dict[str, Any]) -> str:
    kind = _line(sentence.get("kind"))
    return QUESTION_KINDS.get(kind, kind.replace("_", " "))


def _web_url(url: Any) -> str | None:
    """``url`` when it is an http(s) address, else None (shown as text, never linked)."""
    text = _line(url)
    return text if _WEB_URL.fullmatch(text) else None


# --- Markdown --------------------------------------------------------------


def _md(value: Any) -> str:
    """One line of feed text for Markdown: nothing that opens a tag or breaks the line."""
    return _MD_TAG.sub(r"\\<", _line(value))


def _md_cites(sources: Any) -> str:
    return "".join(f"[{n}]" for n in _numbers(sources))


def _md_sentence(sentence: dict[str, Any]) -> str:
    return " ".join(p for p in (_md(sentence.get("text")), _md_cites(sentence.get("sources"))) if p)


def _md_paragraph(sentences: Any) -> list[str]:
    found = [_md_sentence(s) for s in _items(sentences)]
    return [" ".join(found)] if found else [EMPTY]


def _md_questions(sentences: Any) -> list[str]:
    lines = []
    for sentence in _items(sentences):
        tag = _question_tag(sentence)
        lines.append(f"- {_md_sentence(sentence)}" + (f" *({_md(tag)})*" if tag else ""))
    return lines or [EMPTY]


def _md_timeline(entries: Any) -> list[str]:
    lines = []
    for entry in _items(entries):
        when = _md(entry.get("when")) or _md(entry.get("start")) or "undated"
        line = f"- **{when}**: {_md_sentence(entry)}"
        if entry.get("conflict"):
            line += f" (conflict {_md(entry['conflict'])})"
        lines.append(line)
    return lines or [EMPTY]


def _md_perspectives(perspectives: Any) -> list[str]:
    lines: list[str] = []
    for view in _items(perspectives):
        role = _md(view.get("role")) or _md(view.get("kind"))
        lines += [f"### {_md(view.get('actor')) or 'Unnamed actor'}", ""]
        if role:
            lines += [f"*{role}*", ""]
        lines += [*_md_paragraph(view.get("summary")), ""]
        evolution = _dict(view.get("evolution"))
        lines += [f"Evolution: {_md_sentence(evolution) or 'not known.'}", ""]
    return lines[:-1] or [EMPTY]


def _md_tensions(tensions: Any) -> list[str]:
    lines = []
    for tension in _items(tensions):
        kind = _md(tension.get("kind"))
        topic = _md(tension.get("topic")) or "Tension"
        lines.append(
            f"- **{topic}**" + (f" ({kind})" if kind else "") + f": {_md_sentence(tension)}"
        )
        for side in _items(tension.get("sides")):
            lines.append(f"  - {_md(side.get('actor')) or 'Unnamed'}: {_md_sentence(side)}")
    return lines or [EMPTY]


def _md_status(status: Any) -> list[str]:
    status = _dict(status)
    lines = [_md(status.get("text")) or EMPTY]
    weeks = _items(status.get("per_week"))
    if weeks:
        counts = ", ".join(f"{_md(w.get('week'))}: {_md(w.get('documents'))}" for w in weeks[-8:])
        # A long story would fill the line with weeks: the latest eight, and say so.
        which = f" (last 8 of {len(weeks)})" if len(weeks) > 8 else ""
        lines += ["", f"Documents per week{which}: {counts}."]
    return lines


def _md_sources(sources: Any) -> list[str]:
    lines = []
    for source in _items(sources):
        line = f"- [{_md(source.get('n'))}] {_md(source.get('title')) or 'Untitled'}"
        if source.get("outlet"):
            line += f" — {_md(source['outlet'])}"
        if source.get("published"):
            line += f" ({_md(source['published'])})"
        url = _web_url(source.get("url"))
        if url:
            line += f" <{url}>"
        elif source.get("url"):
            # Not a web address: plain text, so that no renderer makes it a link.
            line += f" (address: {_md(source['url'])})"
        if source.get("in_story") is False:
            line += " *(another story, in a conflict set)*"
        lines.append(line)
    return lines or [EMPTY]


_MD_SECTIONS = {
    "what": _md_paragraph,
    "why_it_matters": _md_paragraph,
    "open_questions": _md_questions,
    "narrative": _md_paragraph,
    "timeline": _md_timeline,
    "perspectives": _md_perspectives,
    "tensions": _md_tensions,
    "status": _md_status,
}


def to_markdown(digest: dict[str, Any]) -> str:
    """The digest as Markdown: a title, a subtitle, the sections in order, the sources.

    Every section is there, with "Nothing found." when it is empty, so that
    digests read alike; every sentence ends with its citations ``[n]``.
    """
    lines = [f"# {_md(digest.get('title')) or 'Digest'}", ""]
    subtitle = " · ".join(_md(p) for p in _subtitle_parts(digest))
    if subtitle:
        lines += [subtitle, ""]
    actors = _actors(digest)
    if actors:
        lines += [f"Actors: {', '.join(_md(a) for a in actors)}", ""]
    sections = _sections(digest)
    for key, heading in SECTIONS:
        lines += [f"## {heading}", "", *_MD_SECTIONS[key](sections.get(key)), ""]
    lines += ["## Sources", "", *_md_sources(digest.get("sources"))]
    return "\n".join(lines).rstrip() + "\n"


# --- charts (inline SVG) -----------------------------------------------------

#: The chart's size in SVG user units; it scales to the column with ``width="100%"``.
#: 400 units wide keeps a 12-unit label at about 11 px in the 380 px column of a 412 px phone.
WIDTH = 400
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 42, 10, 24, 28
FONT = 12
TICK_FONT = 11
LABEL_CHARS = 44
INK, MUTED, RULE, ACCENT = "#1d1f23", "#5d6470", "#d9dde3", "#8a3b12"
SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'DejaVu Sans', sans-serif"
# A paper-coloured outline under the letters keeps labels legible over grid lines and bars.
HALO = ' stroke="#fdfcfa" stroke-width="3" stroke-linejoin="round" paint-order="stroke"'
#: Marker styles by relation: fill and outline differ, so colour is never the only cue.
MARKERS = {
    "contradiction": ("contradiction", {"fill": ACCENT, "stroke": ACCENT}),
    "different_date": (
        "dated differently",
        {"fill": "#fff", "stroke": ACCENT, "stroke-dasharray": "2.2 1.6"},
    ),
    "different_time": ("different time (trend)", {"fill": "#fff", "stroke": INK}),
    "other": ("other", {"fill": "#fff", "stroke": MUTED}),
}


@dataclass(frozen=True)
class _Point:
    start: date
    end: date
    value: float
    low: float | None
    high: float | None
    label: str
    outlet: str
    source: int
    relation: str
    #: Every relation the figure has (when one figure appears several times) and how often.
    relations: tuple[str, ...] = ()
    mentions: int = 1

    @property
    def middle(self) -> date:
        # A figure about a period is drawn at the middle of it, with a bar over the period.
        return self.start + (self.end - self.start) / 2


@dataclass(frozen=True)
class _Box:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other: _Box) -> float:
        dx = min(self.x1, other.x1) - max(self.x0, other.x0)
        dy = min(self.y1, other.y1) - max(self.y0, other.y0)
        return dx * dy if dx > 0 and dy > 0 else 0.0


def _day(value: Any) -> date | None:
    """An ISO date (``2026``, ``2026-04``, ``2026-04-21``, or a datetime), else None."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?", _line(value))
    if not match:
        return None
    year, month, day = match.groups()
    try:
        return date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _point(raw: dict[str, Any]) -> _Point | None:
    """A drawable point, or None when its date or value is missing or unreadable."""
    start, value = _day(raw.get("date")), _float(raw.get("value"))
    if start is None or value is None:
        return None
    end = _day(raw.get("end"))
    source = raw.get("source")
    return _Point(
        start=start,
        end=end if end is not None and end > start else start,
        value=value,
        low=_float(raw.get("low")),
        high=_float(raw.get("high")),
        label=_line(raw.get("label")) or _number(value),
        outlet=_line(raw.get("outlet")),
        source=source if isinstance(source, int) and not isinstance(source, bool) else 0,
        relation=_line(raw.get("relation")),
    )


def _merged(points: list[_Point]) -> list[_Point]:
    """Points that repeat one figure from one source (same period, value, label, outlet),
    drawn once: the strongest relation gives the marker, the tooltip lists them all.

    A story's claims often repeat a figure inside one document; stacked copies of one
    marker and its label would only hide the other outlets' figures.
    """
    groups: dict[tuple[Any, ...], list[_Point]] = {}
    for p in points:
        key = (p.start, p.end, p.value, p.low, p.high, p.label, p.outlet, p.source)
        groups.setdefault(key, []).append(p)
    merged = []
    for group in groups.values():
        relations = sorted({p.relation for p in group}, key=_strength)
        merged.append(
            replace(
                group[0], relation=relations[0], relations=tuple(relations), mentions=len(group)
            )
        )
    return merged


def _strength(relation: str) -> tuple[int, str]:
    # Contradiction first, agreement last: the order in which queries.conflicts explains.
    return (ORDER.index(relation) if relation in ORDER else len(ORDER), relation)


def _number(value: float, decimals: int | None = None) -> str:
    """A value as a short label: no float noise, no trailing zeros."""
    text = f"{value:.{decimals}f}" if decimals is not None else f"{value:.6f}"
    if decimals is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _nice_step(span: float, ticks: int) -> float:
    """A round step (1, 2 or 5 times a power of ten) that cuts ``span`` into about ``ticks``."""
    raw = span / max(ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def _value_axis(points: list[_Point]) -> tuple[float, float, float]:
    """(bottom, top, step) of the value axis: round ticks, zero included for positive data."""
    values = [p.value for p in points]
    values += [v for p in points for v in (p.low, p.high) if v is not None]
    low, high = min(values), max(values)
    if low >= 0:
        # Shares and counts start at zero, else a small gap looks like a large one.
        low = 0.0
    if high == low:
        high = low + (abs(low) * 0.2 or 1.0)
    step = _nice_step(high - low, 4)
    return math.floor(low / step) * step, math.ceil(high / step) * step, step


def _time_axis(points: list[_Point]) -> tuple[date, date]:
    """The first and last day of the time axis, padded so that no point sits on an edge."""
    first = min(p.start for p in points)
    last = max(p.end for p in points)
    pad = timedelta(days=max(20, round((last - first).days * 0.06)))
    return first - pad, last + pad


def _month_ticks(first: date, last: date, most: int = 5) -> tuple[list[date], int]:
    """Month starts between ``first`` and ``last``: the finest step giving at most ``most``."""
    for step in (1, 2, 3, 6, 12, 24, 60, 120):
        index = first.year * 12 + first.month - 1
        if first.day > 1:
            index += 1
        index += -index % step
        ticks = []
        while (day := date(index // 12, index % 12 + 1, 1)) <= last:
            ticks.append(day)
            index += step
        if len(ticks) <= most:
            return ticks, step
    return [], 120


def _tick_label(day: date, step: int, first: bool) -> str:
    if step >= 12:
        return str(day.year)
    month = MONTHS[day.month - 1]
    # The year is written where it changes (and on the first tick), not on every month.
    return f"{month} {day.year}" if first or day.month == 1 else month


def _attrs(values: dict[str, Any]) -> str:
    return "".join(f' {k}="{escape(str(v), quote=True)}"' for k, v in values.items())


def _fmt(value: float) -> str:
    return f"{value:.1f}"


@dataclass(frozen=True)
class _Frame:
    """Scales from dates and values to SVG user units."""

    first: date
    last: date
    bottom: float
    top: float
    height: float

    def x(self, day: date) -> float:
        span = (self.last - self.first).days or 1
        return MARGIN_LEFT + (WIDTH - MARGIN_LEFT - MARGIN_RIGHT) * (day - self.first).days / span

    def y(self, value: float) -> float:
        span = (self.top - self.bottom) or 1.0
        return MARGIN_TOP + self.height * (1 - (value - self.bottom) / span)


def _axes(frame: _Frame, step: float, unit: str) -> list[str]:
    """Horizontal grid lines with value ticks, the time axis with month or year ticks."""
    parts = []
    decimals = max(0, -math.floor(math.log10(step))) if step < 1 else 0
    percent = unit.strip() == "%"
    count = round((frame.top - frame.bottom) / step)
    for i in range(count + 1):
        value = frame.bottom + i * step
        y = _fmt(frame.y(value))
        text = _number(value, decimals) + ("%" if percent else "")
        parts.append(
            f'<line x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{y}" y2="{y}"'
            f' stroke="{RULE}" stroke-width="1"/>'
            f'<text x="{MARGIN_LEFT - 5}" y="{y}" dy="0.35em" text-anchor="end"'
            f' font-size="{TICK_FONT}" fill="{MUTED}">{escape(text)}</text>'
        )
    if unit and not percent:
        # A unit that is not a percent sign reads better once, above the axis, than on every tick.
        parts.append(
            f'<text x="{MARGIN_LEFT}" y="{MARGIN_TOP - 12}" font-size="{TICK_FONT}"'
            f' fill="{MUTED}">{_esc(_short(unit, 40))}</text>'
        )
    base = _fmt(MARGIN_TOP + frame.height)
    parts.append(
        f'<line x1="{MARGIN_LEFT}" x2="{WIDTH - MARGIN_RIGHT}" y1="{base}" y2="{base}"'
        f' stroke="{MUTED}" stroke-width="1"/>'
    )
    ticks, months = _month_ticks(frame.first, frame.last)
    for i, day in enumerate(ticks):
        x = _fmt(frame.x(day))
        parts.append(
            f'<line x1="{x}" x2="{x}" y1="{base}" y2="{_fmt(MARGIN_TOP + frame.height + 4)}"'
            f' stroke="{MUTED}" stroke-width="1"/>'
            f'<text x="{x}" y="{_fmt(MARGIN_TOP + frame.height + 16)}" text-anchor="middle"'
            f' font-size="{TICK_FONT}" fill="{MUTED}">{_tick_label(day, months, i == 0)}</text>'
        )
    return parts


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _text_width(text: str, size: float) -> float:
    # No font metrics without a browser: 0.58 em a character is a little wider than
    # most sans-serif text, so estimated boxes err on the side of not overlapping.
    return len(text) * size * 0.58


def _place_label(
    text: str, x: float, y: float, taken: list[_Box], bottom: float
) -> tuple[_Box, str]:
    """A box for a point's label near (x, y) that overlaps as little as possible.

    Tries right then left of the point (the roomier side first), then above and
    below, moving a line at a time; the first free place wins, else the least
    crowded one. Deterministic: the same points give the same places.
    """
    width, height = _text_width(text, FONT), FONT + 3
    right_first = x < WIDTH / 2
    candidates: list[tuple[_Box, str]] = []
    for shift in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
        cy = y + shift * height
        right = _Box(x + 9, cy - height / 2, x + 9 + width, cy + height / 2)
        left = _Box(x - 9 - width, cy - height / 2, x - 9, cy + height / 2)
        candidates += (
            [(right, "start"), (left, "end")]
            if right_first
            else [
                (left, "end"),
                (right, "start"),
            ]
        )
        if shift:
            x0 = min(max(x - width / 2, 2), WIDTH - 2 - width)
            candidates.append((_Box(x0, cy - height / 2, x0 + width, cy + height / 2), "start"))

    def crowding(box: _Box) -> float:
        outside = box.x0 < 1 or box.x1 > WIDTH - 1 or box.y0 < 1 or box.y1 > bottom
        return sum(box.overlap(t) for t in taken) + (1e6 if outside else 0.0)

    best = min(candidates, key=lambda c: crowding(c[0]))  # min keeps the first of equals
    for candidate in candidates:
        if crowding(candidate[0]) == 0:
            return candidate
    return best


def _marker(point: _Point, x: float, y: float, hover: str) -> str:
    style = _style(point.relation)
    attrs = {"cx": _fmt(x), "cy": _fmt(y), "r": "5", "stroke-width": "1.6"}
    attrs |= MARKERS[style][1]
    circle = f'<circle class="pt pt-{style}"{_attrs(attrs)}><title>{hover}</title></circle>'
    if style == "other":
        # A dot in the ring tells "other" from "different time" without colour.
        circle += f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="1.6" fill="{MUTED}"/>'
    return circle


def _extent(point: _Point, frame: _Frame) -> str:
    """The period a figure covers (a horizontal bar) and its stated range (a vertical line)."""
    parts = []
    y = frame.y(point.value)
    if point.end > point.start:
        parts.append(
            f'<line x1="{_fmt(frame.x(point.start))}" x2="{_fmt(frame.x(point.end))}"'
            f' y1="{_fmt(y)}" y2="{_fmt(y)}" stroke="{MUTED}" stroke-opacity="0.45"'
            ' stroke-width="3" stroke-linecap="round"/>'
        )
    if point.low is not None and point.high is not None and point.low < point.high:
        x = _fmt(frame.x(point.middle))
        y0, y1 = _fmt(frame.y(point.low)), _fmt(frame.y(point.high))
        parts.append(
            f'<path d="M{x} {y0}V{y1}M{_fmt(frame.x(point.middle) - 3)} {y0}h6'
            f'M{_fmt(frame.x(point.middle) - 3)} {y1}h6" stroke="{INK}" stroke-width="1"'
            ' fill="none"/>'
        )
    return "".join(parts)


def _hover(point: _Point) -> str:
    """The tooltip of a point: the figure, the outlet, the period, the relation and the source."""
    period = point.start.isoformat()
    if point.end > point.start:
        period += f" to {point.end.isoformat()}"
    relations = ", ".join(r.replace("_", " ") for r in point.relations or (point.relation,))
    parts = [point.label, point.outlet, period, relations]
    if point.mentions > 1:
        parts.append(f"given {point.mentions} times")
    if point.source:
        parts.append(f"[{point.source}]")
    return _esc(" · ".join(p for p in parts if p))


def _points(
    points: list[_Point], frame: _Frame, sources: set[int] | None, anchor: str
) -> list[str]:
    """Each point: its extent, its marker, and its label "{label} · {outlet}" placed clear."""
    bottom = MARGIN_TOP + frame.height
    where = [(frame.x(p.middle), frame.y(p.value)) for p in points]
    # Markers and period bars are obstacles too, so no label covers a point or a period.
    taken = [_Box(x - 6, y - 6, x + 6, y + 6) for x, y in where]
    taken += [
        _Box(frame.x(p.start) - 2, y - 2, frame.x(p.end) + 2, y + 2)
        for p, (_, y) in zip(points, where, strict=True)
        if p.end > p.start
    ]
    extents, markers, labels = [], [], []
    for point, (x, y) in zip(points, where, strict=True):
        extents.append(_extent(point, frame))
        text = _short(" · ".join(p for p in (point.label, point.outlet) if p), LABEL_CHARS)
        box, side = _place_label(text, x, y, taken, bottom)
        taken.append(box)
        tx = box.x0 if side == "start" else box.x1
        ty = (box.y0 + box.y1) / 2
        label = ""
        if abs(ty - y) > FONT / 2:
            # A label moved away from its point keeps a thin leader line back to it.
            near = min(max(x, box.x0), box.x1)
            label += (
                f'<line x1="{_fmt(x)}" y1="{_fmt(y)}" x2="{_fmt(near)}"'
                f' y2="{_fmt(box.y1 if ty < y else box.y0)}" stroke="{MUTED}"'
                ' stroke-width="0.6"/>'
            )
        label += (
            f'<text class="pt-label" x="{_fmt(tx)}" y="{_fmt(ty)}" dy="0.35em"'
            f' text-anchor="{side}" font-size="{FONT}" fill="{INK}"{HALO}>{_esc(text)}</text>'
        )
        marker = _marker(point, x, y, _hover(point))
        if point.source and (sources is None or point.source in sources):
            marker = f'<a href="#{escape(anchor)}{point.source}">{marker}</a>'
        markers.append(marker)
        labels.append(label)
    # Bars under markers under labels, so that text is never hidden by a shape.
    return [*extents, *markers, *labels]


def _style(relation: str) -> str:
    return relation if relation in MARKERS else "other"


def _legend(points: list[_Point], top: float) -> tuple[list[str], float]:
    """A legend of the marker styles in use, wrapped into rows; returns parts and height."""
    used = []
    for style, (name, _) in MARKERS.items():
        relations = sorted({p.relation or "unknown" for p in points if _style(p.relation) == style})
        if relations:
            # "other" names the relations it stands for (corroborates, revised, ...).
            text = ", ".join(r.replace("_", " ") for r in relations) if style == "other" else name
            used.append((style, _short(text, 50)))
    parts, x, y = [], float(MARGIN_LEFT), top + 8
    for style, name in used:
        width = 16 + _text_width(name, TICK_FONT) + 14
        if x + width > WIDTH and x > MARGIN_LEFT:
            x, y = float(MARGIN_LEFT), y + 16
        attrs = {"cx": _fmt(x + 5), "cy": _fmt(y), "r": "4.5", "stroke-width": "1.6"}
        parts.append(f"<circle{_attrs(attrs | MARKERS[style][1])}/>")
        if style == "other":
            parts.append(f'<circle cx="{_fmt(x + 5)}" cy="{_fmt(y)}" r="1.4" fill="{MUTED}"/>')
        parts.append(
            f'<text x="{_fmt(x + 14)}" y="{_fmt(y)}" dy="0.35em" font-size="{TICK_FONT}"'
            f' fill="{MUTED}">{_esc(name)}</text>'
        )
        x += width
    return parts, (y - top + 10 if used else 0)


def chart_svg(
    chart: dict[str, Any], sources: set[int] | None = None, *, anchor: str = "source-"
) -> str:
    """One chart of dated figures as an inline SVG that scales to its container.

    Time runs left to right (month or year ticks), values bottom to top (round
    ticks, with the unit). Each figure is a circle labelled "{label} · {outlet}",
    a bar over the period it covers, a vertical line over its stated low–high
    range, and a marker style by its relation to the others (see the legend).
    Points without a readable date or value are left out, and a figure repeated
    by one source is drawn once; with no point left, the SVG says so.
    ``sources``, when given, are the citation numbers that may be linked; a
    point links to ``#{anchor}{n}``.
    """
    raw = _items(chart.get("points"))
    points = sorted(
        _merged([p for p in (_point(r) for r in raw) if p is not None]),
        key=lambda p: (p.middle, p.value, p.outlet, p.label, p.relation, p.source),
    )
    title = _esc(chart.get("title")) or "Figures"
    if not points:
        return (
            f'<svg class="chart" viewBox="0 0 {WIDTH} 40" width="100%" role="img"'
            f' aria-label="{title}" font-family="{SANS}"><title>{title}</title>'
            f'<text x="{WIDTH / 2:.0f}" y="24" text-anchor="middle" font-size="{FONT}"'
            f' fill="{MUTED}">No dated figures to draw.</text></svg>'
        )
    first, last = _time_axis(points)
    bottom, top, step = _value_axis(points)
    # More points get more height, so that their labels find room.
    height = float(min(360, max(170, 22 * len(points) + 40)))
    frame = _Frame(first=first, last=last, bottom=bottom, top=top, height=height)
    legend, legend_height = _legend(points, MARGIN_TOP + height + MARGIN_BOTTOM)
    total = MARGIN_TOP + height + MARGIN_BOTTOM + legend_height
    body = [*_axes(frame, step, _line(chart.get("unit"))), *_points(points, frame, sources, anchor)]
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {total:.0f}" width="100%" role="img"'
        f' aria-label="{title}" font-family="{SANS}"><title>{title}</title>'
        + "".join(body + legend)
        + "</svg>"
    )


# --- HTML ------------------------------------------------------------------

STYLE = """
:root{color-scheme:light;--ink:#1d1f23;--muted:#5d6470;--rule:#d9dde3;--accent:#8a3b12;
--paper:#fdfcfa;--mark:#fff3c4;--sans:system-ui,-apple-system,"Segoe UI",Roboto,Arial,
"DejaVu Sans",sans-serif}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);
font:1.0625rem/1.6 Charter,"Bitstream Charter","Sitka Text",Cambria,Georgia,"DejaVu Serif",serif;
overflow-wrap:break-word}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
article+article{margin-top:3rem;padding-top:1.5rem;border-top:2px solid var(--rule)}
h1,h2,h3,h4,figcaption,.meta,.tag,.when,.cite,.weeks,.n{font-family:var(--sans)}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .5rem}
h2{font-size:1.25rem;line-height:1.3;margin:2.2rem 0 .6rem;padding-bottom:.25rem;
border-bottom:1px solid var(--rule)}
h3{font-size:1.05rem;margin:1.4rem 0 .2rem}
h4{font-size:1rem;margin:1.2rem 0 .2rem}
p{margin:.5rem 0}
ul,ol{padding-left:1.25rem}
li{margin:.35rem 0}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.empty{color:var(--muted);font-style:italic}
.cite{font-size:.75em;text-decoration:none;white-space:nowrap}
.tag{display:inline-block;font-size:.72rem;line-height:1.4;letter-spacing:.03em;
color:var(--muted);border:1px solid var(--rule);border-radius:3px;padding:0 .35em;
vertical-align:.1em}
.role{color:var(--muted);font-style:italic;margin:0}
.evolution{font-size:.95rem}
.timeline{list-style:none;padding:0;border-left:2px solid var(--rule)}
.timeline li{padding-left:.9rem}
.when{display:block;font-size:.85rem;font-weight:600;color:var(--muted)}
.sides{font-size:.95rem}
figure{margin:1.2rem 0}
figcaption{font-size:.95rem;font-weight:600;margin-bottom:.3rem}
figure .note{font-family:var(--sans);font-size:.8rem;color:var(--muted)}
svg.chart{display:block;width:100%;height:auto;max-width:100%}
.weeks{list-style:none;padding:0;font-size:.8rem}
.weeks li{display:grid;grid-template-columns:5.5rem 1fr 2.5rem;gap:.5rem;align-items:center;
margin:.1rem 0}
.bar{background:var(--rule);height:.55rem;border-radius:2px}
.bar span{display:block;height:100%;background:var(--muted);border-radius:2px}
.sources{list-style:none;padding:0;font-size:.92rem}
.sources li{padding:.15rem .3rem;margin:.3rem -.3rem}
.sources li:target{background:var(--mark)}
.n{color:var(--muted);margin-right:.3em}
.url{overflow-wrap:anywhere;font-size:.85rem}
@media print{
body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}
a{color:inherit}
h2,h3,figcaption{break-after:avoid}
figure,li,.weeks{break-inside:avoid}
.bar,.bar span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
"""
# Defence in depth: even if some text escaped escaping, this page runs no script
# and loads nothing from anywhere (only its own inline style).
CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class _Page:
    """How one digest sits in a page: its id prefix, top heading level and citable numbers."""

    prefix: str
    level: int
    sources: frozenset[int]

    def h(self, depth: int, text: str) -> str:
        level = min(6, self.level + depth)
        return f"<h{level}>{text}</h{level}>"

    def anchor(self, n: int) -> str:
        return f"{self.prefix}source-{n}"


def _cites(sources: Any, page: _Page) -> str:
    """Citations as links to the Sources list; a number with no source stays plain text."""
    links = []
    for n in _numbers(sources):
        if n in page.sources:
            links.append(f'<a class="cite" href="#{page.anchor(n)}">[{n}]</a>')
        else:
            links.append(f'<span class="cite">[{n}]</span>')
    return "".join(links)


def _sentence(sentence: dict[str, Any], page: _Page) -> str:
    cites = _cites(sentence.get("sources"), page)
    return _esc(sentence.get("text")) + (f" {cites}" if cites else "")


def _empty() -> str:
    return f'<p class="empty">{EMPTY}</p>'


def _html_paragraph(sentences: Any, page: _Page) -> str:
    found = [_sentence(s, page) for s in _items(sentences)]
    return f"<p>{' '.join(found)}</p>" if found else _empty()


def _html_questions(sentences: Any, page: _Page) -> str:
    items = []
    for sentence in _items(sentences):
        tag = _question_tag(sentence)
        tag_html = f' <span class="tag">{_esc(tag)}</span>' if tag else ""
        items.append(f"<li>{_sentence(sentence, page)}{tag_html}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else _empty()


def _html_timeline(entries: Any, page: _Page) -> str:
    items = []
    for entry in _items(entries):
        when = _esc(entry.get("when")) or _esc(entry.get("start")) or "undated"
        day = _day(entry.get("start"))
        # A machine-readable date only when it parses: never feed text in an attribute raw.
        when_html = f'<time datetime="{day.isoformat()}">{when}</time>' if day else when
        conflict = entry.get("conflict")
        mark = f' <span class="tag">conflict {_esc(conflict)}</span>' if conflict else ""
        items.append(
            f'<li><span class="when">{when_html}</span>{_sentence(entry, page)}{mark}</li>'
        )
    return f'<ol class="timeline">{"".join(items)}</ol>' if items else _empty()


def _html_perspectives(perspectives: Any, page: _Page) -> str:
    parts = []
    for view in _items(perspectives):
        parts.append(page.h(2, _esc(view.get("actor")) or "Unnamed actor"))
        role = _esc(view.get("role")) or _esc(view.get("kind"))
        if role:
            parts.append(f'<p class="role">{role}</p>')
        parts.append(_html_paragraph(view.get("summary"), page))
        evolution = _dict(view.get("evolution"))
        kind = re.sub(r"[^a-z]", "", _line(evolution.get("kind")).lower()) or "unknown"
        text = _sentence(evolution, page) if evolution.get("text") else "not known."
        parts.append(
            f'<p class="evolution evolution-{kind}"><strong>Evolution:</strong> {text}</p>'
        )
    return "".join(parts) or _empty()


def _html_tensions(tensions: Any, page: _Page) -> str:
    items = []
    for tension in _items(tensions):
        kind = _esc(tension.get("kind"))
        topic = _esc(tension.get("topic")) or "Tension"
        head = f"<strong>{topic}</strong>" + (f' <span class="tag">{kind}</span>' if kind else "")
        sides = [
            f"<li><strong>{_esc(s.get('actor')) or 'Unnamed'}</strong>: {_sentence(s, page)}</li>"
            for s in _items(tension.get("sides"))
        ]
        sides_html = f'<ul class="sides">{"".join(sides)}</ul>' if sides else ""
        items.append(f"<li>{head}: {_sentence(tension, page)}{sides_html}</li>")
    return f"<ul>{''.join(items)}</ul>" if items else _empty()


def _html_weeks(weeks: list[dict[str, Any]]) -> str:
    """Documents per week as CSS bars (percent widths: they scale with the column)."""
    counts = [max(0, c) if isinstance(c := w.get("documents"), int) else 0 for w in weeks]
    most = max(counts, default=0) or 1
    rows = [
        f'<li><span>{_esc(w.get("week"))}</span><span class="bar">'
        f'<span style="width:{100 * n / most:.0f}%"></span></span><span>{n}</span></li>'
        for w, n in zip(weeks, counts, strict=True)
    ]
    return f'<ol class="weeks" aria-label="Documents per week">{"".join(rows)}</ol>'


def _html_status(status: Any, page: _Page) -> str:
    status = _dict(status)
    text = _esc(status.get("text"))
    weeks = _items(status.get("per_week"))
    html = f"<p>{text}</p>" if text else _empty()
    return html + (_html_weeks(weeks) if weeks else "")


def _html_charts(charts: Any, page: _Page) -> str:
    figures = []
    for chart in _items(charts):
        raw = _items(chart.get("points"))
        drawn = sum(1 for r in raw if _point(r) is not None)
        note = ""
        if drawn < len(raw):
            missing = len(raw) - drawn
            note = (
                f'<p class="note">{missing} figure{"" if missing == 1 else "s"} without a'
                " readable date or value not drawn.</p>"
            )
        figures.append(
            f"<figure><figcaption>{_esc(chart.get('title')) or 'Figures'}</figcaption>"
            f"{chart_svg(chart, set(page.sources), anchor=f'{page.prefix}source-')}"
            f"{note}</figure>"
        )
    return "".join(figures) or '<p class="empty">No dated figures to chart.</p>'


def _html_sources(sources: Any, page: _Page) -> str:
    items = []
    for source in _items(sources):
        n = source.get("n")
        ident = f' id="{page.anchor(n)}"' if isinstance(n, int) else ""
        parts = [f'<span class="n">[{_esc(n)}]</span>{_esc(source.get("title")) or "Untitled"}']
        if source.get("outlet"):
            parts.append(f" — {_esc(source['outlet'])}")
        if source.get("published"):
            parts.append(f" ({_esc(source['published'])})")
        url = _web_url(source.get("url"))
        if url:
            href = escape(url, quote=True)
            parts.append(f'<br><a class="url" href="{href}" rel="noopener noreferrer">{href}</a>')
        elif source.get("url"):
            # Not http(s) (javascript:, data:, a path): shown, never followed.
            parts.append(f'<br><span class="url">{_esc(source["url"])}</span>')
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
    """One digest: its heading, subtitle, sections, charts (after Tensions) and sources."""
    head = [page.h(0, _esc(digest.get("title")) or "Digest")]
    subtitle = " · ".join(_esc(p) for p in _subtitle_parts(digest))
    if subtitle:
        head.append(f'<p class="meta">{subtitle}</p>')
    actors = _actors(digest)
    if actors:
        head.append(f'<p class="meta">Actors: {", ".join(_esc(a) for a in actors)}</p>')
    body = [f"<header>{''.join(head)}</header>"]
    sections = _sections(digest)
    for key, heading in SECTIONS:
        if key == "status":
            charts = _html_charts(digest.get("charts"), page)
            body.append(_section("charts", "Figures over time", charts, page))
        body.append(
            _section(
                key.replace("_", "-"), heading, _HTML_SECTIONS[key](sections.get(key), page), page
            )
        )
    body.append(_section("sources", "Sources", _html_sources(digest.get("sources"), page), page))
    return "".join(body)


def _page_of(digest: dict[str, Any], prefix: str, level: int) -> _Page:
    numbers = {s.get("n") for s in _items(digest.get("sources"))}
    return _Page(prefix, level, frozenset(n for n in numbers if isinstance(n, int)))


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
    title = _esc(digest.get("title")) or "Digest"
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
        name = _esc(digest.get("title")) or f"Digest {i}"
        contents.append(f'<li><a href="#d{i}">{name}</a></li>')
        articles.append(
            f'<article id="d{i}">{_article(digest, _page_of(digest, prefix, 2))}</article>'
        )
    heading = f"<h1>{_esc(title)}</h1>"
    if not articles:
        return _document(_esc(title), f'{heading}<p class="empty">No active narrative.</p>')
    nav = f'<nav aria-label="Contents"><ol>{"".join(contents)}</ol></nav>'
    return _document(_esc(title), heading + nav + "".join(articles))
