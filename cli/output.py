"""Printing results: readable tables, JSON or CSV, from the same rows.

Tables are for people, so they follow where they are printed: on a terminal
long cells wrap to fit its width; piped or redirected, every cell is printed
whole, since a cut cell ("One year pri…") is lost to grep and to the reader.

Examples
--------
>>> print(format_table([{"name": "OpenRouter", "mentions": 12}], ["name", "mentions"]))
name        mentions
----------  --------
OpenRouter        12
>>> print(format_table([{"n": 1, "text": "one two three four"}], ["n", "text"], width=12))
n  text
-  ---------
1  one two
   three
   four
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import click

from extractors.records import Problem

Row = dict[str, Any]

#: Columns are never wrapped narrower than this, even on a very narrow terminal.
MIN_WIDTH = 8


def emit(rows: Iterable[Row], columns: Sequence[str], fmt: str) -> None:
    """Print ``rows`` as ``fmt``: "table", "json" (an array) or "csv"."""
    rows = list(rows)
    if fmt == "json":
        click.echo(to_json(rows))
    elif fmt == "csv":
        click.echo(format_csv(rows, columns), nl=False)
    elif rows:
        echo_table(rows, columns)


def echo_table(rows: Sequence[Row], columns: Sequence[str]) -> None:
    """Print a table on stdout: fitted to a terminal, whole when piped."""
    click.echo(format_table(rows, columns, width=terminal_width()))


def terminal_width() -> int | None:
    """The width of the terminal stdout is, or None when it is not one."""
    if not sys.stdout.isatty():
        return None
    return shutil.get_terminal_size((120, 24)).columns


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
    """A plain-text table; with ``width``, the widest columns wrap until it fits."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    if width is not None:
        widths = _shrink(widths, width - 2 * (len(columns) - 1), [list(columns), *cells])
    numeric = [all(_is_number(row.get(c)) for row in rows) for c in columns]
    lines = [*_lines(list(columns), widths, numeric), "  ".join("-" * w for w in widths)]
    for r in cells:
        lines.extend(_lines(r, widths, numeric))
    return "\n".join(line.rstrip() for line in lines)


def problem_line(problem: Problem) -> str:
    """One input problem as printed: "error: [E104] empty.txt: is empty; ..."."""
    kind = "error" if problem.fatal else "warning"
    return f"{kind}: [{problem.code}] {problem}"


def _lines(cells: Sequence[str], widths: Sequence[int], numeric: Sequence[bool]) -> list[str]:
    """One table row as one or more lines: each cell wrapped to its column's width."""
    wrapped = [
        textwrap.wrap(text, w, break_on_hyphens=False) or [""] if len(text) > w else [text]
        for text, w in zip(cells, widths, strict=True)
    ]
    height = max(len(parts) for parts in wrapped)
    return [
        "  ".join(
            (parts[i] if i < len(parts) else "").rjust(w)
            if right
            else (parts[i] if i < len(parts) else "").ljust(w)
            for parts, w, right in zip(wrapped, widths, numeric, strict=True)
        )
        for i in range(height)
    ]


def _shrink(widths: list[int], budget: int, cells: Sequence[Sequence[str]]) -> list[int]:
    """Narrow the widest columns first until the row fits the budget.

    Words are kept whole while that can fit (dates and ids stay on one line and
    prose wraps); only then are long words broken, down to ``MIN_WIDTH``.
    """
    longest_word = [
        max((len(word) for row in cells for word in row[i].split()), default=0)
        for i in range(len(widths))
    ]
    widths = list(widths)
    for floors in (
        [min(w, max(MIN_WIDTH, word)) for w, word in zip(widths, longest_word, strict=True)],
        [min(w, MIN_WIDTH) for w in widths],
    ):
        while sum(widths) > budget:
            over = [i for i, w in enumerate(widths) if w > floors[i]]
            if not over:
                break
            widths[max(over, key=lambda i: widths[i])] -= 1
    return widths


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
