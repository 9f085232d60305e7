"""Run the benchmarks and print a table: ``python -m bench [--limit N]``."""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import sys
from pathlib import Path

from bench import ingest
from kg.output import format_table

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "bbc-news-2005.jsonl")
    parser.add_argument("--limit", type=int, help="use the first N articles only")
    parser.add_argument("--workers", default="1,2", help="process counts to measure (1,2)")
    args = parser.parse_args()
    if not args.corpus.is_file():
        print(f"no corpus at {args.corpus}; pass --corpus PATH (a JSON Lines file)")
        return 0
    workers = tuple(int(w) for w in args.workers.split(","))
    rows = ingest.run(args.corpus, args.limit, workers)
    print(
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{datetime.date.today().isoformat()}"
    )
    print(format_table(rows, list(rows[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
