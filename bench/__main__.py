"""Run the benchmarks and print their tables: ``python -m bench [--limit N] [--quick]``.

1. ingest throughput against bare spaCy (ratio, documents per second);
2. query latency on stores of 1k, 10k and 100k documents;
3. the cost of adding documents to each of those stores;
4. peak memory of ``kg ingest`` on a growing corpus;
5. write throughput to a Bolt server, batched against one claim at a time;
6. scale-out: 1, 2 and 4 ``kg ingest`` processes at once into one SQLite file and
   one Bolt server, checked against one writer (alone: ``--scaleout-only``).
Every ratio is against a baseline measured in the same run.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
import tempfile
from pathlib import Path

from bench import bolt, incremental, ingest, latency, memory, scaleout
from cli.output import format_table

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "bbc-news-2005.jsonl")
    parser.add_argument("--limit", type=int, default=600, help="articles to ingest (600)")
    parser.add_argument("--workers", default="1,2", help="process counts to measure (1,2)")
    parser.add_argument(
        "--repeat", type=int, default=2, help="ingest runs of each kind; the best counts (2)"
    )
    parser.add_argument("--quick", action="store_true", help="stores of 1k and 10k only")
    parser.add_argument(
        "--scaleout-limit", type=int, default=120, help="articles for the scale-out step (120)"
    )
    parser.add_argument(
        "--scaleout-only", action="store_true", help="run only the scale-out step (minutes)"
    )
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}; pass --corpus PATH (a JSON Lines file)")
        return 0
    workers = tuple(int(w) for w in args.workers.split(","))
    print(
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{datetime.date.today().isoformat()}"
    )
    if args.scaleout_only:
        _print_scaleout(args.corpus, args.scaleout_limit)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        rows, seed = ingest.run(args.corpus, args.limit, workers, workdir, args.repeat)
        print(format_table(rows, list(rows[0])), end="\n\n", flush=True)
        sizes = latency.SIZES[:2] if args.quick else latency.SIZES
        rows = latency.run(seed, workdir, sizes)
        print(format_table(rows, list(rows[0]), width=200), end="\n\n", flush=True)
        stores = {size: workdir / f"store-{size}.db" for size in sizes}
        rows = incremental.run(args.corpus, args.limit, stores)
        print(format_table(rows, list(rows[0]), width=200), end="\n\n", flush=True)
        steps = (max(50, args.limit // 4), args.limit)
        rows = memory.run(args.corpus, steps, workdir)
        print(format_table(rows, list(rows[0])), end="\n\n", flush=True)
        rows = bolt.run(seed)
        print(format_table(rows, list(rows[0])), end="\n\n", flush=True)
    _print_scaleout(args.corpus, args.scaleout_limit)
    return 0


def _print_scaleout(corpus: Path, limit: int) -> None:
    for rows in scaleout.run(corpus, limit):
        columns = list(dict.fromkeys(name for row in rows for name in row))
        print(format_table(rows, columns, width=200), end="\n\n", flush=True)


if __name__ == "__main__":
    sys.exit(main())
