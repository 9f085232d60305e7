"""Scale-out: 1, 2 and 4 ``kg ingest`` processes at once into one store.

``python -m bench.scaleout [--limit 120] [--writers 1,2,4] [--stores sqlite,bolt]``
(or ``python -m bench --scaleout-only``).

The first ``--limit`` articles of the corpus are cut into one share per
writer; each writer's input is the first half of the next writer's share (the
last wraps to the first), then its own share, so every article is in one or
two inputs and two writers take the overlap at the same moment, as a team
does when two people ingest the same export. All writers start together into one fresh store (a
SQLite file, or one Bolt server: ArcadeDB from its wheel as the tests start it,
or KG_NEO4J_URI's), and the run takes as long as its slowest writer.

Each row gives documents per second over the distinct articles, the ratio to
one writer on the same store, and checks against the one-writer run:
"counts" must be "same" (documents, entities and claims: nothing lost,
nothing stored twice); "stories" compares story membership as placed (the
partition of documents into narratives, documents named by title; a
differing partition is scored with B-cubed F against the one writer's), and
"stories rebuilt" compares it after ``Store.rebuild_narratives`` on both
stores. Placement is online: a document joins what is stored when it
arrives, so writers that interleave the articles in another order may group
a borderline article differently (SQLite, whose writers never race, shows
the same), while a rebuild, which places the same documents in one fixed
order, gives the same stories whatever order they arrived in.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kg.store import open_store

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPUS = SHARED / "corpus" / "bbc-news-2005.jsonl"
#: Documents per write transaction: small enough that writers interleave on a
#: corpus of a hundred articles, as they would on a large one at the default 64.
BATCH_SIZE = 8

Partition = frozenset[frozenset[str]]
_RAISED = re.compile(r"^([A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt))\b", re.MULTILINE)


# -- inputs ---------------------------------------------------------------------


def split_overlapping(lines: Sequence[str], writers: int) -> list[list[str]]:
    """Each writer's lines: the first half of the next writer's share, then its own.

    The overlap comes first so that two writers take the same articles at the
    same moment (the next writer starts with them too): the race at its worst.

    Examples
    --------
    >>> split_overlapping(list("abcdefgh"), 2)
    [['e', 'f', 'a', 'b', 'c', 'd'], ['a', 'b', 'e', 'f', 'g', 'h']]
    >>> split_overlapping(list("abc"), 1)
    [['a', 'b', 'c']]
    """
    if writers == 1:
        return [list(lines)]
    size = -(-len(lines) // writers)
    shares = [list(lines[i * size : (i + 1) * size]) for i in range(writers)]
    return [shares[(k + 1) % writers][: size // 2] + share for k, share in enumerate(shares)]


def write_inputs(lines: Sequence[str], writers: int, folder: Path) -> list[Path]:
    """The writers' input files (JSON Lines) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, part in enumerate(split_overlapping(lines, writers), start=1):
        path = folder / f"writer-{number}-of-{writers}.jsonl"
        path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in part))
        paths.append(path)
    return paths


# -- running writers --------------------------------------------------------------


@dataclass(frozen=True)
class Writer:
    """How one ``kg ingest`` process ended."""

    status: int
    stdout: str
    stderr: str

    @property
    def crashed(self) -> bool:
        return "Traceback" in self.stderr

    @property
    def exception(self) -> str:
        """The class of the last exception in the traceback ("ConstraintError")."""
        raised = _RAISED.findall(self.stderr)
        return raised[-1].rsplit(".", 1)[-1] if raised else "?"


def kg_command(*args: str) -> list[str]:
    """``kg`` as a process, whichever module holds the command line."""
    return [sys.executable, "-m", "kg", *args]


def run_writers(
    inputs: Sequence[Path],
    store_args: Sequence[str],
    env: dict[str, str] | None = None,
    *,
    batch_size: int = BATCH_SIZE,
    cwd: Path | None = None,
) -> tuple[float, list[Writer]]:
    """Start one ``kg ingest`` per input at once; seconds until the last ends, and each end.

    ``env`` is added to this process's environment (the Bolt credentials).
    """
    environment = {**os.environ, **(env or {})}
    with ExitStack() as files:
        # Output goes to files, not pipes: a writer must never wait for us to read it.
        outputs = [
            (files.enter_context(tempfile.TemporaryFile("w+")),
             files.enter_context(tempfile.TemporaryFile("w+")))
            for _ in inputs
        ]  # fmt: skip
        started = time.perf_counter()
        processes = [
            subprocess.Popen(
                kg_command("ingest", str(path), *store_args, "--batch-size", str(batch_size)),
                stdout=out,
                stderr=err,
                text=True,
                env=environment,
                cwd=cwd,
            )
            for path, (out, err) in zip(inputs, outputs, strict=True)
        ]
        statuses = [p.wait() for p in processes]
        seconds = time.perf_counter() - started
        return seconds, [
            Writer(status, _read(out), _read(err))
            for status, (out, err) in zip(statuses, outputs, strict=True)
        ]


def _read(handle: IO[str]) -> str:
    handle.seek(0)
    return handle.read()


# -- what a store holds -------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """What a user compares between two ingestions of the same articles."""

    documents: int
    entities: int
    claims: int
    stories: Partition

    def differences(self, other: Summary) -> list[str]:
        """What differs from ``other`` (the reference), one phrase each; [] when equal.

        Examples
        --------
        >>> one = Summary(3, 5, 2, frozenset({frozenset({"a", "b"}), frozenset({"c"})}))
        >>> one.differences(one)
        []
        >>> two = Summary(4, 5, 2, frozenset({frozenset({"a"}), frozenset({"b", "c"})}))
        >>> two.differences(one)
        ['documents 4 (not 3)', 'stories differ (B-cubed F 0.67)']
        """
        found = self.count_differences(other)
        if self.stories != other.stories:
            found.append(f"stories differ (B-cubed F {bcubed_f(self.stories, other.stories):.2f})")
        return found

    def count_differences(self, other: Summary) -> list[str]:
        """What differs from ``other`` in the counts alone (documents, entities, claims).

        >>> Summary(4, 5, 2, frozenset()).count_differences(Summary(3, 5, 2, frozenset()))
        ['documents 4 (not 3)']
        """
        return [
            f"{name} {mine} (not {theirs})"
            for name, mine, theirs in (
                ("documents", self.documents, other.documents),
                ("entities", self.entities, other.entities),
                ("claims", self.claims, other.claims),
            )
            if mine != theirs
        ]


def summarise(location: str | Path, *, rebuild: bool = False) -> Summary:
    """Counts and story membership of the store at ``location`` (a file or a Bolt URI);
    with ``rebuild``, the stories placed afresh first (``Store.rebuild_narratives``)."""
    with open_store(location) as store:
        if rebuild:
            store.rebuild_narratives()
        stats = store.stats()
        claims = sum(1 for _ in store.claims())
        members: dict[str, set[str]] = {}
        survivor: dict[str, str] = {}
        for document in store.documents():
            story = str(document.get("narrative"))
            if story not in survivor:
                found = store.narrative(story) if document.get("narrative") else None
                survivor[story] = str(found["id"]) if found else story
            label = str(document.get("title") or document["id"])
            members.setdefault(survivor[story], set()).add(label)
    stories = frozenset(frozenset(m) for m in members.values())
    return Summary(int(stats["documents"]), int(stats["entities"]), claims, stories)


def bcubed_f(found: Partition, reference: Partition) -> float:
    """B-cubed F of a partition against a reference, over the items both hold.

    Examples
    --------
    >>> same = frozenset({frozenset({"a", "b"}), frozenset({"c"})})
    >>> bcubed_f(same, same)
    1.0
    """
    found_of = {item: group for group in found for item in group}
    reference_of = {item: group for group in reference for item in group}
    items = found_of.keys() & reference_of.keys()
    if not items:
        return 0.0
    precision = recall = 0.0
    for item in items:
        shared = len(found_of[item] & reference_of[item] & items)
        precision += shared / len(found_of[item] & items)
        recall += shared / len(reference_of[item] & items)
    precision, recall = precision / len(items), recall / len(items)
    return 2 * precision * recall / (precision + recall)


# -- stores -------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """One store the writers share: how ``kg`` is pointed at it, and how it is emptied."""

    name: str
    location: str
    env: dict[str, str]

    @property
    def args(self) -> list[str]:
        flag = "--db" if self.name == "sqlite" else "--neo4j"
        return [flag, self.location]


@contextmanager
def bolt_target(root: Path) -> Iterator[Target | None]:
    """KG_NEO4J_URI's server, else ArcadeDB started from its wheel; None when neither."""
    from tests.bolt_server import arcadedb_home, arcadedb_server, configured_server

    configured = configured_server()
    if configured is not None:
        yield Target("bolt", configured.uri, configured.environment())
        return
    if arcadedb_home() is None:
        yield None
        return
    with arcadedb_server(root) as server:
        yield Target("bolt", server.uri, server.environment())


def empty_store(target: Target, run: str) -> Target:
    """A fresh store for one run: a new file, or the server's graph cleared."""
    if target.name == "sqlite":
        return Target("sqlite", str(Path(target.location) / f"{run}.db"), target.env)
    with _environment(target.env), open_store(target.location) as store:
        getattr(store, "clear")()  # noqa: B009 - clear() is the server store's, not Store's
    return target


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in os.environ for the block (open_store reads the Bolt credentials there)."""
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


# -- the benchmark ------------------------------------------------------------------


def measure(
    target: Target, lines: Sequence[str], writer_counts: Sequence[int], workdir: Path
) -> list[dict[str, object]]:
    """One row per writer count on one store; the first count is the reference."""
    rows: list[dict[str, object]] = []
    reference: Summary | None = None
    base_rate, reference_failed = 0.0, False
    reference_rebuilt: Partition = frozenset()
    for writers in writer_counts:
        store = empty_store(target, f"{writers}-writers")
        inputs = write_inputs(lines, writers, workdir / f"inputs-{writers}")
        seconds, ends = run_writers(inputs, store.args, store.env)
        with _environment(store.env):
            summary = summarise(store.location)
            rebuilt = summarise(store.location, rebuild=True).stories
        rate = len(lines) / seconds
        if reference is None:
            reference, base_rate, reference_rebuilt = summary, rate, rebuilt
            reference_failed = any(end.status != 0 for end in ends)
        check = "; ".join(summary.count_differences(reference)) or "same"
        if reference_failed:
            check = "no reference: the one writer failed"
        rows.append(
            {
                "store": target.name,
                "writers": writers,
                "articles": len(lines),
                "documents": summary.documents,
                "seconds": round(seconds, 1),
                "docs/s": round(rate, 1),
                "ratio": round(rate / base_rate, 2),
                "counts": check,
                "stories": _agreement(summary.stories, reference.stories),
                "stories rebuilt": _agreement(rebuilt, reference_rebuilt),
                "writers' ends": _ends(ends),
            }
        )
    return rows


def _agreement(found: Partition, reference: Partition) -> str:
    return "same" if found == reference else f"B-cubed F {bcubed_f(found, reference):.2f}"


def _ends(ends: Sequence[Writer]) -> str:
    """Exit statuses, and what each traceback raised: "0 1 (ConstraintError)"."""
    statuses = " ".join(str(w.status) for w in ends)
    raised = sorted({w.exception for w in ends if w.crashed})
    return f"{statuses} ({', '.join(raised)})" if raised else statuses


def run(
    corpus: Path,
    limit: int,
    writer_counts: Sequence[int] = (1, 2, 4),
    stores: Sequence[str] = ("sqlite", "bolt"),
) -> Iterator[list[dict[str, object]]]:
    """One table per store (rows: each writer count), each as soon as it is measured."""
    with corpus.open(encoding="utf-8") as handle:
        lines = [line for _, line in zip(range(limit), handle, strict=False)]
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if "sqlite" in stores:
            yield measure(Target("sqlite", tmp, {}), lines, writer_counts, workdir)
        if "bolt" in stores:
            (workdir / "arcadedb").mkdir()
            with bolt_target(workdir / "arcadedb") as target:
                if target is None:
                    yield [{"store": "bolt", "check": "no server (arcadedb-embedded)"}]
                else:
                    yield measure(target, lines, writer_counts, workdir)


def main(argv: Sequence[str] | None = None) -> int:
    from cli.output import format_table

    parser = argparse.ArgumentParser(prog="python -m bench.scaleout", description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=120, help="articles (120)")
    parser.add_argument("--writers", default="1,2,4", help="writer counts (1,2,4)")
    parser.add_argument("--stores", default="sqlite,bolt", help="sqlite, bolt or both")
    args = parser.parse_args(argv)
    if not args.corpus.is_file():
        print(f"scale-out skipped: no corpus at {args.corpus}")
        return 0
    counts = [int(n) for n in args.writers.split(",")]
    for rows in run(args.corpus, args.limit, counts, args.stores.split(",")):
        print(format_table(rows, _columns(rows), width=200), end="\n\n", flush=True)
    return 0


def _columns(rows: list[dict[str, object]]) -> list[str]:
    return list(dict.fromkeys(name for row in rows for name in row))


if __name__ == "__main__":
    sys.exit(main())
