"""Charts of dated figures as inline SVG: no script, no font, no external asset.

Time runs left to right, values bottom to top; each figure is a labelled
marker whose style says how it relates to the others, and labels are placed
so that they do not overlap. The same chart gives the same bytes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta
from html import escape
from typing import Any

from queries.conflicts import ORDER
from queries.render.fields import dicts_of, html_text, iso_day, one_line

__all__ = ["chart_svg", "undrawable_points"]

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
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
    start, value = iso_day(raw.get("date")), _float(raw.get("value"))
    if start is None or value is None:
        return None
    end = iso_day(raw.get("end"))
    source = raw.get("source")
    return _Point(
        start=start,
        end=end if end is not None and end > start else start,
        value=value,
        low=_float(raw.get("low")),
        high=_float(raw.get("high")),
        label=one_line(raw.get("label")) or _number(value),
        outlet=one_line(raw.get("outlet")),
        source=source if isinstance(source, int) and not isinstance(source, bool) else 0,
        relation=one_line(raw.get("relation")),
    )


def undrawable_points(chart: dict[str, Any]) -> int:
    """How many of a chart's points have no readable date or value (and are not drawn)."""
    return sum(1 for raw in dicts_of(chart.get("points")) if _point(raw) is None)


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
            f' fill="{MUTED}">{html_text(_short(unit, 40))}</text>'
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
            x0 = min(max(x - width / 2, MARGIN_LEFT), WIDTH - 2 - width)
            candidates.append((_Box(x0, cy - height / 2, x0 + width, cy + height / 2), "start"))

    def crowding(box: _Box) -> float:
        # Left of the plot are the value axis's labels ("60%"): a label stays clear of them.
        outside = box.x0 < MARGIN_LEFT or box.x1 > WIDTH - 1 or box.y0 < 1 or box.y1 > bottom
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
    return html_text(" · ".join(p for p in parts if p))


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
            f' text-anchor="{side}" font-size="{FONT}" fill="{INK}"{HALO}>{html_text(text)}</text>'
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
            f' fill="{MUTED}">{html_text(name)}</text>'
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
    raw = dicts_of(chart.get("points"))
    points = sorted(
        _merged([p for p in (_point(r) for r in raw) if p is not None]),
        key=lambda p: (p.middle, p.value, p.outlet, p.label, p.relation, p.source),
    )
    title = html_text(chart.get("title")) or "Figures"
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
    axes = _axes(frame, step, one_line(chart.get("unit")))
    body = [*axes, *_points(points, frame, sources, anchor)]
    return (
        f'<svg class="chart" viewBox="0 0 {WIDTH} {total:.0f}" width="100%" role="img"'
        f' aria-label="{title}" font-family="{SANS}"><title>{title}</title>'
        + "".join(body + legend)
        + "</svg>"
    )
