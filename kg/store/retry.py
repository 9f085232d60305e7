"""Retrying a whole write transaction that lost a race with another writer.

Several ``kg ingest`` processes on one store collide: two transactions MERGE
the same new entity and the second fails its uniqueness check at commit, a
server reports a deadlock, a SQLite writer waits past its busy timeout. The
work is not wrong, only early or late, so the batch's transaction is run
again from the start, which re-reads everything it decides on (statuses,
entities, candidates) and so gives the answer a lone writer would have.

Attempts are bounded and spaced with *full jitter* (a random wait between
zero and an exponential cap): writers that collided once do not collide
again in lock step. What still fails after the last attempt is raised as
:class:`kg.errors.StoreBusy`, which ingestion reports as one line per
document of the batch and goes on.

Examples
--------
>>> calls = []
>>> def flaky():
...     calls.append(1)
...     if len(calls) < 3:
...         raise TimeoutError("lost a race")
...     return "stored"
>>> retried(flaky, lambda exc: isinstance(exc, TimeoutError), sleep=lambda s: None)
'stored'
>>> len(calls)
3
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from kg import errors

__all__ = ["ATTEMPTS", "BASE_SECONDS", "CAP_SECONDS", "backoff", "retried"]

T = TypeVar("T")

#: Tries of one transaction before the batch is given up (reported, not raised).
ATTEMPTS = 6
#: The first wait's ceiling; each later one doubles, up to :data:`CAP_SECONDS`.
BASE_SECONDS = 0.05
CAP_SECONDS = 2.0


def backoff(attempt: int, *, rng: Callable[[float, float], float] = random.uniform) -> float:
    """Seconds to wait after failed attempt number ``attempt`` (0 first): full jitter.

    >>> backoff(0, rng=lambda low, high: high), backoff(10, rng=lambda low, high: high)
    (0.05, 2.0)
    """
    return rng(0.0, min(CAP_SECONDS, BASE_SECONDS * 2**attempt))


def retried(
    attempt: Callable[[], T],
    is_race: Callable[[BaseException], bool],
    *,
    attempts: int = ATTEMPTS,
    sleep: Callable[[float], None] = time.sleep,
) -> T:
    """``attempt()``, run again while it fails with an error ``is_race`` accepts.

    Any other error is raised at once (a bug or bad data is not cured by
    waiting); a race still lost after ``attempts`` tries becomes
    :class:`~kg.errors.StoreBusy`, carrying the last error's first line.
    """
    for number in range(attempts):
        try:
            return attempt()
        except Exception as exc:
            if not is_race(exc):
                raise
            if number == attempts - 1:
                raise errors.store_busy(_reason(exc), attempts) from exc
            sleep(backoff(number))
    raise AssertionError("unreachable: attempts must be at least 1")


def _reason(exc: BaseException) -> str:
    """The error in a few words for the user's line (the class and its first line)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__
