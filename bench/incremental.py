"""The cost of adding documents as the store grows: it must stay about the same.

New claims are compared only with the stored claims on their topic (an
indexed, bounded set), never with everything, so writing a batch of new
documents (entities, claims, citations and conflict links) should cost about
the same in a store of 1k documents as in one of 100k. The extraction runs
once beforehand; only the write is timed, on a copy of each store.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import time
from itertools import islice
from pathlib import Path

from extractors.catalog import EntityCatalog
from extractors.ids import document_key
from extractors.nlp import DEFAULT_MODEL
from extractors.pipeline import Analyzer
from extractors.records import SourceDocument
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
NEW_DOCUMENTS = 40
#: Batches written to each store; the table shows the median.
BATCHES = 3


def run(corpus: Path, skip: int, stores: dict[int, Path]) -> list[dict[str, object]]:
    with corpus.open(encoding="utf-8") as handle:
        lines = list(islice(handle, skip, skip + NEW_DOCUMENTS * BATCHES))
    sources = []
    for n, line in enumerate(lines):
        item = json.loads(line)
        key = document_key(ident=f"incremental-{n}", scope="bench")
        sources.append(
            SourceDocument(
                text=item["text"],
                origin=f"bench:{n}",
                key=key,
                title=item.get("title"),
                published="2005-02-16",
                published_source="user",
            )
        )
    analyzer = Analyzer(DEFAULT_MODEL, EntityCatalog.load(REPO / "entities.yaml"))
    extractions = list(analyzer.analyse_many(sources))
    batches = [
        extractions[i : i + NEW_DOCUMENTS] for i in range(0, len(extractions), NEW_DOCUMENTS)
    ]
    timings = {}
    for size, path in stores.items():
        copy = path.with_name(f"incremental-{size}.db")
        shutil.copy(path, copy)
        # The copy's pages are still dirty in the OS cache: flush them now, or the
        # first fsync of the write (a WAL checkpoint) pays for writing a GB copy.
        with copy.open("rb+") as handle:
            os.fsync(handle.fileno())
        seconds = []
        with open_store(copy) as store:
            for batch in batches:  # each batch is new to the store: one write each, the median
                started = time.perf_counter()
                store.write(batch)
                seconds.append(time.perf_counter() - started)
        timings[size] = statistics.median(seconds)
        copy.unlink()
    smallest, largest = min(timings), max(timings)
    return [
        {
            "benchmark": f"write {NEW_DOCUMENTS} new documents (median of {len(batches)} batches)",
            "store documents": size,
            "seconds": round(seconds, 3),
            "ratio": round(seconds / timings[smallest], 2),
            "goal": "about the same (<= 2)" if size == largest else "",
        }
        for size, seconds in sorted(timings.items())
    ]
