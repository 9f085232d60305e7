"""The ingest benchmark on a few articles of our own: it runs, alternates its repeats
into a fresh store each time, and reports a ratio (no timing is asserted)."""

from __future__ import annotations

import json
import sqlite3

from bench import ingest

ARTICLES = [
    "Harbour Freight said on Monday that cargo volumes rose 4% in March 2026.",
    "The port of Tarn handled 1.2 million containers last year, its operator said.",
    "Ferry operators carried 310,000 passengers over the Easter weekend.",
]


def test_the_ingest_benchmark_reports_the_best_of_its_repeats(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"text": t}) + "\n" for t in ARTICLES))
    (tmp_path / "work").mkdir()
    rows, seed = ingest.run(corpus, None, (1,), tmp_path / "work", repeat=2)
    (row,) = rows
    assert row["documents"] == 3 and float(row["ratio"]) > 0
    with sqlite3.connect(seed) as db:  # the store of the last run, not two runs' worth
        assert db.execute("SELECT count(*) FROM documents").fetchone() == (3,)
