"""``kg fetch``: poll feeds, ingest what is new, and record how each feed did.

Downloads run in threads (they wait on the network); parsing, NLP and
writes run in the calling thread as downloads arrive, so the store has one
writer. One feed's failure is recorded against that feed and the run goes
on. A 304 (or a body whose hash is unchanged) costs no parsing; entries
already stored with the same text cost one indexed lookup and no NLP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from extractors.ids import document_id
from extractors.pipeline import Analyzer
from extractors.records import Problem, SourceDocument
from extractors.sources import Overrides, is_feed_format, read_bytes
from kg.feeds import Feed
from kg.ingest import Ingestion
from kg.store.base import Row, Store
from kg.web import HttpClient, Response

ACCEPT_PAGES = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

#: Codes of a feed that failed as a whole (the input codes E1xx, as in ``kg ingest``).
FETCH_FAILED = "E116"  # the server or the network said no
NOT_A_FEED = "E117"  # an answer came, but it is not RSS, Atom, RDF or JSON Feed


@dataclass
class FeedRun:
    """What fetching one feed came to, for the run's report."""

    feed: Feed
    status: str = "ok"  # ok | not modified | failed | not due
    http_status: int | None = None
    entries: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "feed": self.feed.name,
            "url": self.feed.url,
            "status": self.status,
            "http_status": self.http_status,
            "entries": self.entries,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "error": self.error,
        }


@dataclass
class FeedFetcher:
    """One ``kg fetch`` run's collaborators."""

    store: Store
    analyzer: Analyzer
    client: HttpClient
    workers: int = 4
    force: bool = False
    on_problem: Callable[[Problem], None] = lambda problem: None
    now: Callable[[], datetime] = lambda: datetime.now(timezone.utc)

    def run(self, feeds: list[Feed]) -> list[FeedRun]:
        """Fetch the feeds that are due (all of them with ``force``), in list order."""
        states = self.store.feed_status()
        due = [f for f in feeds if self.force or self._due(f, states.get(f.url))]
        runs = {f.url: FeedRun(f, status="not due") for f in feeds if f not in due}
        with ThreadPoolExecutor(max_workers=max(1, self.workers)) as pool:
            futures = {
                pool.submit(self._download, feed, states.get(feed.url)): feed for feed in due
            }
            for future in as_completed(futures):
                feed = futures[future]
                runs[feed.url] = self._ingest(feed, future.result(), states.get(feed.url))
        return [runs[f.url] for f in feeds]

    # -- one feed -------------------------------------------------------------
    def _due(self, feed: Feed, state: Row | None) -> bool:
        if not state or not state.get("last_checked"):
            return True
        checked = datetime.fromisoformat(str(state["last_checked"]).replace("Z", "+00:00"))
        return self.now() - checked >= timedelta(minutes=feed.interval)

    def _download(self, feed: Feed, state: Row | None) -> Response:
        # Validators only from a fetch that was stored: after a failure we
        # want the whole body again, not a 304 for content we never read.
        validators = state if state and not state.get("last_error") else {}
        return self.client.get(
            feed.url, etag=validators.get("etag"), last_modified=validators.get("last_modified")
        )

    def _ingest(self, feed: Feed, response: Response, state: Row | None) -> FeedRun:
        run = FeedRun(feed, http_status=response.status or None)
        if response.not_modified:
            run.status = "not modified"
        elif response.error:
            run.status, run.error = "failed", f"[{FETCH_FAILED}] {response.error}"
        elif not is_feed_format(response.body):
            run.status, run.error = "failed", f"[{NOT_A_FEED}] {_not_a_feed(response)}"
        else:
            self._ingest_body(feed, response, run)
        self._record(run, response, state)
        return run

    def _ingest_body(self, feed: Feed, response: Response, run: FeedRun) -> None:
        problems: list[Problem] = []
        items = read_bytes(
            response.body,
            feed.url,
            overrides=Overrides(outlet=feed.outlet),
            content_type=response.content_type,
        )
        docs: list[SourceDocument] = []
        for item in items:
            if isinstance(item, SourceDocument):
                docs.append(item)
            elif isinstance(item, Problem):
                problems.append(item)
        # A problem with the feed as a whole fails it; one with an entry is a warning.
        fatal = [p for p in problems if p.fatal and p.origin == feed.url]
        if fatal:
            run.status, run.error = "failed", f"[{fatal[0].code}] {fatal[0].message}"
            return
        for problem in problems:
            self.on_problem(problem)
            run.warnings.append(str(problem))
        run.entries = len(docs)
        sources = self._with_full_text(feed, docs) if feed.full_text else iter(docs)
        report = Ingestion(self.store, self.analyzer, on_problem=self.on_problem).run_sources(
            sources
        )
        run.added, run.updated, run.unchanged = report.added, report.updated, report.unchanged

    def _with_full_text(self, feed: Feed, docs: list[SourceDocument]) -> Iterator[SourceDocument]:
        """Replace each new entry's summary by its article page's main text."""
        known = self.store.known_hashes([document_id(d.key) for d in docs])
        for doc in docs:
            if document_id(doc.key) in known or not doc.url:
                yield doc
                continue
            yield self._article_text(doc)

    def _article_text(self, doc: SourceDocument) -> SourceDocument:
        assert doc.url is not None
        if not self.client.allowed_by_robots(doc.url):
            return doc
        page = self.client.get(doc.url, accept=ACCEPT_PAGES)
        if not page.ok:
            return doc
        for item in read_bytes(page.body, doc.url, suffix=".html", content_type=page.content_type):
            if isinstance(item, SourceDocument) and len(item.text) > len(doc.text):
                return replace(doc, text=item.text, links=item.links or doc.links)
        return doc

    def _record(self, run: FeedRun, response: Response, state: Row | None) -> None:
        now = self.now().strftime("%Y-%m-%dT%H:%M:%SZ")
        row: Row = {
            "url": run.feed.url,
            "last_checked": now,
            "http_status": response.status or None,
            "last_error": run.error,
        }
        if run.status == "failed":
            row["failures"] = int((state or {}).get("failures") or 0) + 1
        else:
            row.update(failures=0, last_success=now)
        if run.status == "ok":
            row.update(
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
                entries=run.entries,
                new_entries=run.added + run.updated,
            )
        self.store.save_feed_status(row)


def _not_a_feed(response: Response) -> str:
    if not response.body.strip():
        return "empty response; the server sent no feed"
    kind = response.content_type.split(";")[0] or "unknown content"
    return f"not a feed ({kind}); check that the URL is the feed's, not a web page's"
