"""One contract, every store: the same writes and questions against SQLite and a Bolt server.

The Bolt server is ArcadeDB started from its wheel (tests/bolt_server.py), or
the Neo4j named by KG_NEO4J_URI.
"""

from __future__ import annotations

import json
import re

import pytest

from extractors.records import Extraction, SourceDocument
from kg.store import open_store
from queries import cypher

from .test_cli import EXAMPLES, config_with_entities

BACKENDS = ["sqlite", "bolt"]


@pytest.fixture(params=BACKENDS)
def location(request, tmp_path):
    """Where a store lives: a new SQLite file, or the (emptied) Bolt server."""
    if request.param == "sqlite":
        return str(tmp_path / "kg.db")
    return request.getfixturevalue("bolt_store").location


def extraction(doc_id: str, text: str, **source) -> Extraction:
    import hashlib

    src = SourceDocument(text=text, origin=f"{doc_id}.txt", key=f"id:{doc_id}", **source)
    return Extraction(
        id=doc_id,
        source=src,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
        extractor="test",
    )


# -- the interface ----------------------------------------------------------------------


def test_write_reports_added_unchanged_updated(location):
    with open_store(location) as store:
        assert store.write([extraction("d1", "one"), extraction("d2", "two")]) == [
            "added",
            "added",
        ]
        assert store.write([extraction("d1", "one")]) == ["unchanged"]
        assert store.write([extraction("d1", "one, changed")]) == ["updated"]
        assert set(store.known_hashes(["d1", "d2", "nope"])) == {"d1", "d2"}
        assert store.stats()["documents"] == 2


def test_feed_status_round_trip(location):
    row = {"url": "http://127.0.0.1/feed.xml", "etag": '"v1"', "http_status": 200, "entries": 3}
    with open_store(location) as store:
        store.save_feed_status(row)
        store.save_feed_status({**row, "http_status": 304})
        saved = store.feed_status()[row["url"]]
    assert (saved["etag"], saved["http_status"], saved["entries"]) == ('"v1"', 304, 3)
    assert saved["failures"] == 0


def test_a_changed_article_invalidates_its_claims_and_keeps_no_duplicates(location, run, tmp_path):
    # an article is the same article by its URL (a bare text file is its text)
    article = tmp_path / "a.jsonl"
    line = {"url": "https://news.example.com/exports", "title": "Exports", "text": ""}
    line["text"] = "Harbour Ledger said exports rose 4% in March 2026."
    article.write_text(json.dumps(line) + "\n")
    assert run("ingest", article, "--db", location).exit_code == 0
    line["text"] = "Harbour Ledger said exports rose 6% in March 2026."
    article.write_text(json.dumps(line) + "\n")
    assert run("ingest", article, "--db", location).exit_code == 0
    assert run("ingest", article, "--db", location).exit_code == 0
    claims = json.loads(run("claims", "--db", location, "--json").stdout)
    assert [c["quantity_text"] for c in claims if c["kind"] != "event"] == ["6%"]
    stats = json.loads(run("stats", "--db", location, "--json").stdout)
    assert stats["documents"] == 1


def test_entities_found_by_alias(location, run, tmp_path):
    config = config_with_entities(tmp_path)
    assert run("ingest", EXAMPLES, "--db", location, "--config", config).exit_code == 0
    entities = json.loads(run("entities", "--db", location, "--json").stdout)
    aliased = next(e for e in entities if e["aliases"])
    found = json.loads(run("entity", aliased["aliases"][0], "--db", location, "--json").stdout)
    assert found["key"] == aliased["key"]


# -- the same answers from every store -----------------------------------------------------

QUESTIONS = [
    ("entities",),
    ("claims",),
    ("claims", "--metric", "share", "--since", "2026-01-01"),
    ("conflicts",),
    ("timeline",),
    ("documents",),
]


def _answers(run, location):
    return {q: json.loads(run(*q, "--db", location, "--json").stdout) for q in QUESTIONS}


def test_every_query_answers_the_same_from_sqlite_and_bolt(bolt_store, run, tmp_path):
    config = config_with_entities(tmp_path)
    sqlite = str(tmp_path / "kg.db")
    for location in (sqlite, bolt_store.location):
        assert run("ingest", EXAMPLES, "--db", location, "--config", config).exit_code == 0
    expected = _answers(run, sqlite)
    assert expected[("claims",)] and expected[("conflicts",)], "the examples hold conflicts"
    assert _answers(run, bolt_store.location) == expected


def test_the_seeds_answer_the_same_from_sqlite_and_bolt(bolt_store, run, tmp_path, seeds_dir):
    config = config_with_entities(tmp_path)
    sqlite = str(tmp_path / "kg.db")
    for location in (sqlite, bolt_store.location):
        assert run("ingest", seeds_dir, "--db", location, "--config", config).exit_code == 0
    assert _answers(run, bolt_store.location) == _answers(run, sqlite)


def test_neo4j_option_and_environment_pick_the_server(bolt_store, run, tmp_path, monkeypatch):
    uri = bolt_store.location
    assert run("ingest", EXAMPLES, "--neo4j", uri).exit_code == 0
    by_option = json.loads(run("stats", "--neo4j", uri, "--json").stdout)
    monkeypatch.setenv("KG_NEO4J_URI", uri)
    by_environment = json.loads(run("stats", "--json").stdout)
    assert by_option["documents"] == by_environment["documents"] > 0
    assert not (tmp_path / "kg.db").exists()  # nothing went to a SQLite file


def test_an_unreachable_server_is_one_clear_line(run, tmp_path):
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run("stats", "--neo4j", f"bolt://127.0.0.1:{port}")
    assert result.exit_code == 1
    assert result.output == (
        f"Error: [E012] cannot reach the graph server at bolt://127.0.0.1:{port} (no Bolt"
        " server answered); check that it is running and the URI (KG_NEO4J_URI or --neo4j)\n"
    )
    assert "Traceback" not in result.output


def test_a_wrong_password_says_which_settings_to_check(bolt_server, run, monkeypatch):
    monkeypatch.setenv("KG_NEO4J_USER", bolt_server.user)
    monkeypatch.setenv("KG_NEO4J_PASSWORD", "not-the-password")
    result = run("stats", "--neo4j", bolt_server.uri)
    assert result.exit_code == 1
    assert "E013" in result.output and "KG_NEO4J_PASSWORD" in result.output


# -- the Cypher itself ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(cypher.statements()))
def test_statements_use_only_allowed_labels_and_types(name):
    text = cypher.statements()[name]
    labels = set(re.findall(r"\(\w*:(\w+)", text))
    types = {t for group in re.findall(r"\[\w*:([\w|]+)", text) for t in group.split("|")}
    assert labels <= cypher.LABELS, labels - cypher.LABELS
    assert types <= cypher.RELATIONSHIPS, types - cypher.RELATIONSHIPS


@pytest.mark.parametrize("name", sorted(cypher.statements()))
def test_statements_take_values_only_as_parameters(name):
    text = cypher.statements()[name]
    # the only literals are fixed names of the model, never data
    literals = set(re.findall(r"'([^']*)'", text))
    assert literals <= {"kg", "subject"}, literals
    assert not re.search(r"\{[a-z_]+\}", text)  # no str.format holes for values
