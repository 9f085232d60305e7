"""Printing results: readable tables, JSON or CSV, from the same rows.

Examples
--------
>>> print(format_table([{"name": "OpenRouter", "mentions": 12}], ["name", "mentions"]))
name        mentions
----------  --------
OpenRouter        12
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Sequence
from typing import Any

import click

Row = dict[str, Any]


def emit(rows: Iterable[Row], columns: Sequence[str], fmt: str) -> None:
    """Print ``rows`` as ``fmt``: "table", "json" (an array) or "csv"."""
    rows = list(rows)
    if fmt == "json":
        click.echo(to_json(rows))
    elif fmt == "csv":
        click.echo(format_csv(rows, columns), nl=False)
    elif rows:
        click.echo(format_table(rows, columns))


def to_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)


def format_csv(rows: Sequence[Row], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: _cell(row.get(c)) for c in columns})
    return buffer.getvalue()


def format_table(rows: Sequence[Row], columns: Sequence[str], width: int | None = None) -> str:
    """A plain-text table that fits the terminal: the widest column gives way."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    budget = (width or shutil.get_terminal_size((120, 24)).columns) - 2 * (len(columns) - 1)
    widths = _shrink(widths, budget)
    numeric = [all(_is_number(row.get(c)) for row in rows) for c in columns]
    lines = [
        "  ".join(_fit(c, w, right) for c, w, right in zip(columns, widths, numeric, strict=True)),
        "  ".join("-" * w for w in widths),
    ]
    for r in cells:
        lines.append(
            "  ".join(_fit(v, w, right) for v, w, right in zip(r, widths, numeric, strict=True))
        )
    return "\n".join(line.rstrip() for line in lines)


def _shrink(widths: list[int], budget: int, floor: int = 12) -> list[int]:
    """Narrow the widest columns first, evenly, until the row fits (or all hit ``floor``)."""
    widths = list(widths)
    while sum(widths) > budget:
        widest = max(widths)
        if widest <= floor:
            break
        runner_up = max([w for w in widths if w < widest] or [floor])
        wide = [i for i, w in enumerate(widths) if w == widest]
        excess = sum(widths) - budget
        # Cut the widest ones down towards the next width, sharing the excess.
        cut = min(widest - max(runner_up, floor), -(-excess // len(wide)))
        for i in wide:
            widths[i] -= cut
    return widths


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fit(text: str, width: int, right: bool) -> str:
    if len(text) > width:
        text = text[: width - 1] + "…"
    return text.rjust(width) if right else text.ljust(width)
