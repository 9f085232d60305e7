"""Ingestion: read inputs, skip what is already stored, extract, write.

The flow is a stream, so memory stays flat however large the input::

    paths -> readers -> known-hash filter -> spaCy (nlp.pipe) -> store.write (batches)

Unchanged documents are recognised by their text hash *before* any NLP runs:
the same key with the same text, or the same text stored under another key
(the article arriving by a second route, whose route is recorded). The store
decides again, inside its write transaction, whether a document is added,
updated or unchanged, so two processes ingesting the same files at once still
store each document once. A batch that still loses its race with another
writer after the store's retries is reported, one line per document, and the
run goes on with the next batch.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from extractors.ids import document_id, text_hash
from extractors.pipeline import Analyzer
from extractors.records import Extraction, FeedRef, Problem, ReadItem, SourceDocument
from extractors.sources import Overrides, iter_input_paths, read_bytes, read_path
from kg.errors import StoreBusy
from kg.store.base import Store, chunked
from kg.store.identity import Route, identifying

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
    #: ``--field``: kg's JSON field names to the input's (``{"text": "content"}``).
    fields: Mapping[str, str] = field(default_factory=dict)
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
            self._write(batch)
            self.on_progress(self.report.documents, batch[-1].source.origin)
        return self.report

    def _write(self, batch: list[Extraction]) -> None:
        """Store one batch; one that could not be stored is one line per document."""
        try:
            statuses = self.store.write(batch)
        except StoreBusy as exc:
            for item in batch:
                self._problem(_not_stored(item.source.origin, exc))
            return
        for status in statuses:
            self.report.count(status)

    def _read(self, paths: Iterable[Path]) -> Iterator[SourceDocument]:
        for path in iter_input_paths(paths):
            if isinstance(path, Problem):
                self._problem(path)
                continue
            items = read_path(
                path, outlet=self.outlet, published=self.published, fields=self.fields
            )
            for item in items:
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
        for batch in chunked(sources, LOOKUP_BATCH):
            yield from self._new_in(batch)
            self.on_progress(self.report.documents, batch[-1].origin)

    def _new_in(self, batch: list[SourceDocument]) -> Iterator[SourceDocument]:
        """The documents of one lookup batch that need NLP: not stored under their key
        with this text, nor (a text that identifies an article) under another key.
        The routes of the others are recorded."""
        ids = [document_id(src.key) for src in batch]
        hashes = [text_hash(src.text) for src in batch]
        known = self.store.known_hashes(ids)
        # A new key's text may be stored under another (a changed article keeps its key).
        pairs = zip(batch, ids, strict=True)
        fresh = [i not in known and identifying(src.text) for src, i in pairs]
        texts = self.store.known_texts([h for h, f in zip(hashes, fresh, strict=True) if f])
        routes: list[Route] = []
        for src, doc_id, digest, new in zip(batch, ids, hashes, fresh, strict=True):
            stored = doc_id if known.get(doc_id) == digest else None
            stored = stored or (texts.get(digest) if new else None)
            if stored is not None:
                self.report.unchanged += 1
                routes.append(Route(stored, src.key, src.origin))
            elif len(src.text) > self._max_length():
                self._problem(_too_long(src, self._max_length()))
            else:
                yield src
        self._record_routes(routes)

    def _max_length(self) -> int:
        # Asked only when a document needs NLP: a run of unchanged ones never loads spaCy.
        return self.analyzer.max_length

    def _record_routes(self, routes: list[Route]) -> None:
        """Record the routes of skipped documents; a race lost is a warning, not a
        failure (the documents are stored; a rerun records the routes)."""
        if not routes:
            return
        try:
            self.store.record_routes(routes)
        except StoreBusy as exc:
            reason = f"route not recorded ({exc.reason})"
            self._problem(Problem(routes[0].origin, reason, exc.code, fatal=False))


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


def _not_stored(origin: str, exc: StoreBusy) -> Problem:
    return Problem(origin, f"could not store ({exc.reason}); run kg ingest again", exc.code)


def _too_long(src: SourceDocument, limit: int) -> Problem:
    return Problem(
        src.origin,
        f"text too long for the NLP pipeline ({len(src.text):,} characters, limit "
        f"{limit:,}); split it into smaller documents",
        code="E120",
    )
