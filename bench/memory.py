"""Peak memory of ``kg ingest`` as the corpus grows: it must stay flat.

Each size runs in a fresh process (``python -m kg ingest``) under a small
wrapper that reports the child's peak resident set size, so the numbers are
the command's own, model included. The baseline is the smallest corpus.
"""

from __future__ import annotations

import subprocess
import sys
from itertools import islice
from pathlib import Path

_WRAPPER = (
    "import resource, subprocess, sys;"
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL);"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def peak_rss_mib(source: Path, db: Path) -> float:
    command = [sys.executable, "-m", "kg", "ingest", str(source), "--db", str(db), "--silent"]
    out = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *command], check=True, capture_output=True, text=True
    )
    return int(out.stdout.strip()) / 1024  # Linux reports KiB


def run(corpus: Path, sizes: tuple[int, ...], workdir: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    baseline = None
    for size in sizes:
        source = workdir / f"memory-{size}.jsonl"
        with corpus.open(encoding="utf-8") as handle:
            source.write_text("".join(islice(handle, size)), encoding="utf-8")
        peak = peak_rss_mib(source, workdir / f"memory-{size}.db")
        baseline = baseline or peak
        rows.append(
            {
                "benchmark": "peak memory of kg ingest",
                "documents": size,
                "peak RSS (MiB)": round(peak, 1),
                "ratio": round(peak / baseline, 2),
                "goal": "flat (<= 1.2)",
            }
        )
    return rows
