"""Streaming helpers shared by the extractors and the ingestion that drives them.

Examples
--------
>>> list(chunked(range(5), 2))
[[0, 1], [2, 3], [4]]
>>> [len(b) for b in chunked_by_size(["ab", "cd", "efgh", "i"], 3, size=len, budget=5)]
[2, 2]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of at most ``size`` items, streaming: never more than one list in memory."""
    return chunked_by_size(items, size, size=lambda _: 0, budget=0)


def chunked_by_size(
    items: Iterable[T], most: int, *, size: Callable[[T], int], budget: int
) -> Iterator[list[T]]:
    """Lists of at most ``most`` items whose ``size`` adds up to at most ``budget`` (an item
    bigger than the budget goes alone), streaming. A parser's working memory grows with the
    text of its batch, not the number of documents: a batch of long articles costs what
    several batches of short ones do, and the process keeps that peak for good."""
    batch: list[T] = []
    total = 0
    for item in items:
        weight = size(item)
        if batch and (len(batch) >= most or total + weight > budget):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += weight
    if batch:
        yield batch
