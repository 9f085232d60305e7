"""Query latency as the store grows: 1k, 10k and 100k documents.

Each query is what a command runs (the library function behind it), timed
as the best of three after one warm-up, on a store opened fresh. The
baseline is the same query on the smallest store, measured in the same run;
the goal is under a second at 100k documents on this machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.stores import replicate
from kg.store import open_store
from kg.store.base import Store
from queries.claims import list_claims
from queries.conflicts import conflict_sets
from queries.digest import build_digest
from queries.entities import entity_profile, list_entities
from queries.narratives import list_narratives, narrative_detail
from queries.timeline import timeline

SIZES = (1_000, 10_000, 100_000)
GOAL_SECONDS = 1.0


def queries(store: Store, entity: str, story: str) -> dict[str, Callable[[], Any]]:
    return {
        "kg entities --limit 50": lambda: list_entities(store, limit=50),
        "kg entities --type ORG --min-mentions 20": lambda: list_entities(
            store, type="ORG", min_mentions=20
        ),
        f"kg entity '{entity}'": lambda: entity_profile(store, entity),
        f"kg claims --entity '{entity}' --limit 100": lambda: list_claims(
            store, entity=entity, limit=100
        ),
        "kg claims --metric share --limit 100": lambda: list_claims(
            store, metric="share", limit=100
        ),
        "kg claims --since 2005-01-01 --until 2005-01-31 --limit 100": lambda: list_claims(
            store, since="2005-01-01", until="2005-01-31", limit=100
        ),
        f"kg conflicts --entity '{entity}'": lambda: conflict_sets(store, entity=entity),
        "kg conflicts --since 2005-01-01 --until 2005-01-31": lambda: conflict_sets(
            store, since="2005-01-01", until="2005-01-31"
        ),
        f"kg timeline '{entity}' --since 2005-01-01 --until 2005-01-31": lambda: timeline(
            store, entity, since="2005-01-01", until="2005-01-31"
        ),
        "kg narratives --limit 50": lambda: list_narratives(store, min_documents=2, limit=50),
        f"kg narrative {story}": lambda: narrative_detail(store, story),
        f"kg digest {story} --format json": lambda: build_digest(store, story),
    }


def best_of(fn: Callable[[], Any], runs: int = 3) -> float:
    fn()  # warm the page cache and SQLite's statement cache
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def run(seed_db: Path, workdir: Path, sizes: tuple[int, ...] = SIZES) -> list[dict[str, object]]:
    """Rows of the latency table: one per query, a column per store size."""
    with open_store(seed_db) as store:
        top = list_entities(store, type="ORG", limit=1) or list_entities(store, limit=1)
        stories = sorted(store.narratives(), key=lambda n: (-n["documents"], n["id"]))
    entity = str(top[0]["name"])
    story = str(stories[0]["id"])  # the largest story of the original corpus
    timings: dict[str, dict[int, float]] = {}
    for size in sizes:
        db = workdir / f"store-{size}.db"
        replicate(seed_db, db, size)
        with open_store(db) as store:
            for name, fn in queries(store, entity, story).items():
                timings.setdefault(name, {})[size] = best_of(fn)
    rows = []
    for name, by_size in timings.items():
        row: dict[str, object] = {"query": name}
        for size in sizes:
            row[f"{size // 1000}k docs (s)"] = round(by_size[size], 4)
        row[f"ratio {sizes[-1] // 1000}k/{sizes[0] // 1000}k"] = round(
            by_size[sizes[-1]] / max(by_size[sizes[0]], 1e-6), 1
        )
        row["goal"] = f"< {GOAL_SECONDS:g} s" if by_size[sizes[-1]] < GOAL_SECONDS else "MISSED"
        rows.append(row)
    return rows
