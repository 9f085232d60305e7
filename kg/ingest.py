"""Ingestion: read inputs, skip what is already stored, extract, write.

The flow is a stream, so memory stays flat however large the input::

    paths -> readers -> known-hash filter -> spaCy (nlp.pipe) -> store.write (batches)

Unchanged documents are recognised by their text hash *before* any NLP runs.
The store decides, inside its write transaction, whether a document is added,
updated or unchanged, so two processes ingesting the same files at once still
store each document once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from extractors.ids import document_id, text_hash
from extractors.pipeline import Analyzer
from extractors.records import FeedRef, Problem, ReadItem, SourceDocument
from extractors.sources import Overrides, iter_input_paths, read_bytes, read_path
from kg.store.base import Store, chunked

ProblemHandler = Callable[[Problem], None]
ProgressHandler = Callable[[int, str], None]

LOOKUP_BATCH = 256


@dataclass
class IngestReport:
    """What one ingestion did, for the summary line and ``--json``."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    warnings: int = 0
    feeds: list[FeedRef] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.added + self.updated + self.unchanged

    def count(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "failed": self.failed,
            "warnings": self.warnings,
            "feeds_found": len(self.feeds),
        }


@dataclass
class Ingestion:
    """One ingestion run's collaborators and options."""

    store: Store
    analyzer: Analyzer
    outlet: str | None = None
    published: str | None = None
    workers: int = 1
    batch_size: int = 64
    on_problem: ProblemHandler = lambda problem: None
    on_progress: ProgressHandler = lambda done, origin: None
    report: IngestReport = field(default_factory=IngestReport)

    def run(self, paths: Iterable[Path]) -> IngestReport:
        """Ingest files and folders; bad inputs are reported and skipped."""
        return self.run_sources(self._read(paths))

    def run_sources(self, sources: Iterable[SourceDocument]) -> IngestReport:
        """Ingest documents already read (from stdin, a fetch, a test)."""
        fresh = self._skip_unchanged(sources)
        extractions = self.analyzer.analyse_many(fresh, workers=self.workers)
        for batch in chunked(extractions, self.batch_size):
            for status in self.store.write(batch):
                self.report.count(status)
            self.on_progress(self.report.documents, batch[-1].source.origin)
        return self.report

    def _read(self, paths: Iterable[Path]) -> Iterator[SourceDocument]:
        for path in iter_input_paths(paths):
            if isinstance(path, Problem):
                self._problem(path)
                continue
            for item in read_path(path, outlet=self.outlet, published=self.published):
                if isinstance(item, SourceDocument):
                    yield item
                elif isinstance(item, FeedRef):
                    self.report.feeds.append(item)
                else:
                    self._problem(item)

    def _problem(self, problem: Problem) -> None:
        if problem.fatal:
            self.report.failed += 1
        else:
            self.report.warnings += 1
        self.on_problem(problem)

    def _skip_unchanged(self, sources: Iterable[SourceDocument]) -> Iterator[SourceDocument]:
        max_length = None
        for batch in chunked(sources, LOOKUP_BATCH):
            known = self.store.known_hashes([document_id(src.key) for src in batch])
            for src in batch:
                if known.get(document_id(src.key)) == text_hash(src.text):
                    self.report.unchanged += 1
                    continue
                max_length = max_length or self.analyzer.max_length
                if len(src.text) > max_length:
                    self._problem(_too_long(src, max_length))
                    continue
                yield src
            self.on_progress(self.report.documents, batch[-1].origin)


def read_inputs(
    paths: Iterable[str],
    *,
    outlet: str | None = None,
    published: str | None = None,
    on_problem: ProblemHandler = lambda problem: None,
) -> Iterator[SourceDocument]:
    """Documents from paths, where ``-`` is standard input; problems go to ``on_problem``."""
    for name in paths:
        if name == "-":
            data = sys.stdin.buffer.read()
            items = read_bytes(
                data, "<stdin>", overrides=Overrides(outlet, published), fallback="text"
            )
        else:
            items = _read_path_or_folder(Path(name), outlet, published, on_problem)
        for item in items:
            if isinstance(item, SourceDocument):
                yield item
            elif isinstance(item, Problem):
                on_problem(item)


def _read_path_or_folder(
    path: Path, outlet: str | None, published: str | None, on_problem: ProblemHandler
) -> Iterator[ReadItem]:
    for found in iter_input_paths([path]):
        if isinstance(found, Problem):
            on_problem(found)
        else:
            yield from read_path(found, outlet=outlet, published=published)


def _too_long(src: SourceDocument, limit: int) -> Problem:
    return Problem(
        src.origin,
        f"text too long for the NLP pipeline ({len(src.text):,} characters, limit "
        f"{limit:,}); split it into smaller documents",
        code="E120",
    )
