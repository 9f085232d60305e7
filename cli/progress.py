"""One progress line for long work, shown only on a terminal.

Piped output, ``--silent`` and CI logs get no progress at all; messages
printed while the line is shown clear it first, so they never interleave.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

import click


class Progress:
    """A self-rewriting status line on stderr: "ingest: 1,204 documents, 38.1/s".

    Examples
    --------
    >>> progress = Progress("ingest", enabled=False)
    >>> progress.update(10, "a.txt")  # prints nothing when disabled
    """

    def __init__(self, label: str, *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled and self.stream.isatty()
        self.label = label
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._shown = False

    def update(self, done: int, current: str = "") -> None:
        now = time.monotonic()
        if not self.enabled or now - self._last_draw < 0.1:
            return
        self._last_draw = now
        rate = done / max(now - self.started, 1e-9)
        line = f"{self.label}: {done:,} documents, {rate:,.1f}/s  {current}"
        self.stream.write("\r\033[K" + line[: _columns() - 1])
        self.stream.flush()
        self._shown = True

    def echo(self, message: str, *, err: bool = True) -> None:
        """Print a message line, keeping the progress line intact below it."""
        self.clear()
        click.echo(message, err=err)

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self._shown = False

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started


def _columns() -> int:
    import shutil

    return shutil.get_terminal_size((100, 20)).columns
