"""Ingest throughput: ``kg`` against bare spaCy on the same texts, same model.

The baseline is ``nlp.pipe`` with the same pipeline (entity rulers included),
process count and batch size (the mean size of the batches kg's character budget
makes of these texts: :func:`extractors.pipeline.text_batches`); ``kg`` adds reading,
de-duplication, entity
canonicalisation, quantities, times, claims, citations and SQLite writes on
top. The ratio is kg's speed over the baseline's (goal: >= 0.8).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from extractors.catalog import EntityCatalog
from extractors.nlp import DEFAULT_MODEL, load_pipeline
from extractors.pipeline import BATCH_CHARACTERS, Analyzer
from extractors.streams import chunked_by_size
from kg.ingest import Ingestion
from kg.store import open_store

REPO = Path(__file__).resolve().parent.parent
BATCH = 32


def corpus_lines(path: Path, limit: int | None) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        yield from islice(handle, limit)


def batch_size(texts: list[str]) -> int:
    """The mean number of texts in the batches kg makes of ``texts``."""
    batches = sum(1 for _ in chunked_by_size(texts, BATCH, size=len, budget=BATCH_CHARACTERS))
    return max(1, round(len(texts) / max(batches, 1)))


def bare_spacy(texts: list[str], catalog: EntityCatalog, workers: int) -> float:
    """Seconds for nlp.pipe over ``texts`` (the pipeline is loaded beforehand)."""
    nlp = load_pipeline(DEFAULT_MODEL, catalog)
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=batch_size(texts), n_process=workers):
        pass
    return time.perf_counter() - started


def kg_ingest(source: Path, db: Path, catalog: EntityCatalog, workers: int) -> float:
    """Seconds for a full ``kg ingest`` of ``source`` into a new SQLite file."""
    load_pipeline(DEFAULT_MODEL, catalog)  # loaded once, as for the baseline
    with open_store(db) as store:
        run = Ingestion(store, Analyzer(DEFAULT_MODEL, catalog), workers=workers)
        started = time.perf_counter()
        report = run.run([source])
        seconds = time.perf_counter() - started
    if report.failed:
        raise RuntimeError(f"{report.failed} inputs failed during the benchmark")
    return seconds


def run(
    corpus: Path,
    limit: int | None,
    workers_list: tuple[int, ...],
    workdir: Path,
    repeat: int = 2,
) -> tuple[list[dict[str, object]], Path]:
    """The throughput rows, and the store of the single-process run (for later benchmarks).

    The baseline and ``kg ingest`` alternate ``repeat`` times and each keeps its best
    time, as the query benchmark does: a shared machine only ever slows a run down, so
    the best of a few is the closest to what the code costs.
    """
    source = workdir / "corpus.jsonl"
    source.write_text("".join(corpus_lines(corpus, limit)), encoding="utf-8")
    texts = [json.loads(line)["text"] for line in corpus_lines(source, None)]
    catalog = EntityCatalog.load(REPO / "entities.yaml")
    rows = []
    seed = workdir / "seed.db"
    for workers in workers_list:
        db = seed if workers == workers_list[0] else workdir / f"ingest-{workers}.db"
        base = ours = float("inf")
        for _ in range(max(1, repeat)):
            base = min(base, bare_spacy(texts, catalog, workers))
            for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                path.unlink(missing_ok=True)  # each run ingests into a new store
            ours = min(ours, kg_ingest(source, db, catalog, workers))
        rows.append(
            {
                "benchmark": f"ingest, {workers} process{'es' if workers > 1 else ''}",
                "documents": len(texts),
                "spacy docs/s": round(len(texts) / base, 1),
                "kg docs/s": round(len(texts) / ours, 1),
                "ratio": round(base / ours, 2),
                "goal": ">= 0.80",
            }
        )
    return rows, seed
