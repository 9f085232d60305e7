"""The SQLite store, on a real file."""

from __future__ import annotations

import json
import sqlite3

import pytest

from extractors.records import EntityMention, Extraction, SourceDocument
from kg.errors import KgError
from kg.store import open_store
from kg.store.sqlite.schema import LATEST


def extraction(doc_id: str, text: str, mentions=(), **source) -> Extraction:
    src = SourceDocument(text=text, origin=f"{doc_id}.txt", key=f"id:{doc_id}", **source)
    return Extraction(
        id=doc_id,
        source=src,
        text_hash=f"hash-{text}",
        mentions=list(mentions),
        aliases={},
        canonical=set(),
    )


def mention(name: str, label: str, start: int) -> EntityMention:
    return EntityMention(name, label, name, start, start + len(name), 0, 100)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "kg.db") as s:
        yield s


def test_new_file_gets_wal_and_latest_schema(tmp_path):
    path = tmp_path / "kg.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST


def test_write_reports_added_unchanged_updated(store):
    doc = extraction("a", "Tencent spoke.", [mention("Tencent", "ORG", 0)])
    assert store.write([doc]) == ["added"]
    assert store.write([doc]) == ["unchanged"]
    changed = extraction(
        "a",
        "Tencent and Alibaba spoke.",
        [mention("Tencent", "ORG", 0), mention("Alibaba", "ORG", 12)],
    )
    assert store.write([changed]) == ["updated"]
    assert store.stats()["documents"] == 1
    assert store.stats()["mentions"] == 2
    assert store.known_hashes(["a", "missing"]) == {"a": "hash-Tencent and Alibaba spoke."}


def test_counts_and_majority_type_follow_updates(store):
    store.write(
        [
            extraction(
                "a", "x", [mention("Anthropic", "ORG", 0), mention("Anthropic", "NORP", 20)]
            ),
            extraction("b", "y", [mention("Anthropic", "ORG", 0)]),
        ]
    )
    [row] = store.entities()
    assert (row["name"], row["type"], row["mentions"], row["documents"]) == (
        "Anthropic",
        "ORG",
        3,
        2,
    )
    # b is rewritten without the entity: counts go down, nothing is duplicated
    store.write([extraction("b", "y2", [])])
    [row] = store.entities()
    assert (row["mentions"], row["documents"]) == (2, 1)
    store.write([extraction("a", "x2", [mention("Anthropic", "NORP", 0)])])
    [row] = store.entities()
    assert (row["type"], row["mentions"], row["documents"]) == ("NORP", 1, 1)


def test_a_failed_batch_stores_nothing(store):
    good = extraction("a", "Tencent spoke.", [mention("Tencent", "ORG", 0)])
    bad = extraction("b", "x", [])
    bad.source.metadata = {"x": object()}  # serialises with str(): fine
    bad.text_hash = None  # NOT NULL violation inside the transaction
    with pytest.raises(sqlite3.IntegrityError):
        store.write([good, bad])
    assert store.stats()["documents"] == 0
    assert store.entities() == []
    assert store.write([good]) == ["added"]


def test_find_entity_by_alias_in_any_case(store):
    doc = extraction("a", "Z.ai", [mention("Zhipu AI", "ORG", 0)])
    doc.aliases = {"Zhipu AI": ["Z.ai", "Zhipu"]}
    store.write([doc])
    assert store.find_entity("z.ai")["name"] == "Zhipu AI"
    assert store.find_entity("ZHIPU AI")["aliases"] == ["Z.ai", "Zhipu"]
    assert store.find_entity("nobody") is None


def test_catalog_name_wins_and_capitals_beat_lowercase(store):
    store.write([extraction("a", "x", [mention("openrouter", "ORG", 0)])])
    assert store.entities()[0]["name"] == "openrouter"
    store.write([extraction("b", "y", [mention("Openrouter", "ORG", 0)])])
    assert store.entities()[0]["name"] == "Openrouter"
    canonical = extraction("c", "z", [mention("OpenRouter", "ORG", 0)])
    canonical.canonical = {"OpenRouter"}
    store.write([canonical])
    assert [e["name"] for e in store.entities()] == ["OpenRouter"]


def test_documents_filters_and_order(store):
    store.write(
        [
            extraction(
                "a", "1", [mention("Tencent", "ORG", 0)], published="2026-04-30", outlet="Wire"
            ),
            extraction("b", "2", [], published="2026-06-05T10:00:00Z", outlet="Brief"),
            extraction("c", "3", [], outlet="Wire"),
        ]
    )
    assert [d["id"] for d in store.documents()] == ["b", "a", "c"]
    assert [d["id"] for d in store.documents(outlet="wire")] == ["a", "c"]
    assert [d["id"] for d in store.documents(entity="tencent")] == ["a"]
    assert [d["id"] for d in store.documents(since="2026-05-01")] == ["b"]
    assert [d["id"] for d in store.documents(until="2026-06-05")] == ["b", "a"]


def test_cooccurring_entities(store):
    store.write(
        [
            extraction("a", "1", [mention("Tencent", "ORG", 0), mention("Alibaba", "ORG", 10)]),
            extraction(
                "b",
                "2",
                [
                    mention("Tencent", "ORG", 0),
                    mention("Alibaba", "ORG", 10),
                    mention("Baidu", "ORG", 20),
                ],
            ),
        ]
    )
    rows = store.cooccurring("tencent")
    assert [(r["name"], r["documents"]) for r in rows] == [("Alibaba", 2), ("Baidu", 1)]


def test_not_a_database_is_one_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite at all, just some text" * 100)
    with pytest.raises(KgError, match=r"E001.*is not a kg database"):
        open_store(path)
    assert path.read_bytes().startswith(b"this is not sqlite")  # untouched


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "kg.db"
    open_store(path).close()
    sqlite3.connect(path).execute(f"PRAGMA user_version = {LATEST + 5}")
    with pytest.raises(KgError, match="upgrade kg"):
        open_store(path)


def test_an_unknown_scheme_is_not_a_file(tmp_path):
    with pytest.raises(KgError, match="E007"):
        open_store("postgres://localhost:5432/kg")
    assert not list(tmp_path.iterdir())


def test_a_store_from_before_narratives_gets_them_when_opened(run, tmp_path):
    """Upgrading keeps every document and places each in a story: the stories that
    placing the stored documents afresh gives (``rebuild_narratives``)."""
    from tests.test_cli import EXAMPLES

    db, rebuilt = tmp_path / "kg.db", tmp_path / "rebuilt.db"
    for path in (db, rebuilt):
        assert run("ingest", EXAMPLES, "--db", path).exit_code == 0
    with open_store(rebuilt) as store:
        assert store.rebuild_narratives() == 6
    documents = run("documents", "--db", db, "--json").stdout
    # Back to schema 5, as a store written before narratives existed.
    with sqlite3.connect(db) as conn:
        conn.executescript(
            "ALTER TABLE claims DROP COLUMN change; ALTER TABLE claims DROP COLUMN direction;"
            " ALTER TABLE claims DROP COLUMN change_cue; ALTER TABLE claims DROP COLUMN series;"
            " DROP TABLE source_cites; DROP TABLE sources;"
            " DROP TABLE copy_bands; DROP TABLE document_routes;"
            " DROP INDEX documents_text_hash; DROP INDEX documents_copy_of;"
            " ALTER TABLE documents DROP COLUMN copy_of;"
            " ALTER TABLE documents DROP COLUMN signature;"
            " ALTER TABLE documents DROP COLUMN shingles;"
            " DROP TABLE statements; DROP TABLE narrative_entities; DROP TABLE narratives;"
            " DROP INDEX documents_narrative; ALTER TABLE documents DROP COLUMN narrative_id;"
            " ALTER TABLE documents DROP COLUMN seen; PRAGMA user_version = 5;"
        )
    upgraded = run("narratives", "--db", db, "--min-documents", "1", "--json")
    assert upgraded.exit_code == 0, upgraded.output
    stories = json.loads(upgraded.stdout)
    assert sum(n["documents"] for n in stories) == 6
    expected = run("narratives", "--db", rebuilt, "--min-documents", "1", "--json").stdout
    assert stories == json.loads(expected)
    after = json.loads(run("documents", "--db", db, "--json").stdout)

    def without_story(rows):
        return [{k: v for k, v in row.items() if k != "narrative"} for row in rows]

    assert without_story(after) == without_story(json.loads(documents))
    assert all(row["narrative"] for row in after)
    with open_store(db) as store:
        assert store.schema_version == LATEST


def test_a_store_from_before_story_words_counts_every_documents_words_when_opened(run, tmp_path):
    from tests.test_cli import EXAMPLES

    db = tmp_path / "kg.db"
    assert run("ingest", EXAMPLES, "--db", db).exit_code == 0
    before = run("narratives", "--db", db, "--min-documents", "1", "--json").stdout
    with sqlite3.connect(db) as conn:  # back to schema 9: no words, no document counter
        conn.executescript(
            "DROP TABLE document_terms; DROP TABLE terms; DROP TABLE narrative_terms;"
            " DROP TRIGGER documents_counted; DROP TRIGGER documents_uncounted;"
            " DROP TABLE store_counts; PRAGMA user_version = 9;"
        )
    after = run("narratives", "--db", db, "--min-documents", "1", "--json")
    assert after.exit_code == 0, after.output

    def grouping(listed: str) -> list[tuple[int, str]]:  # placed again: new ids, same stories
        return sorted((n["documents"], n["label"]) for n in json.loads(listed))

    assert grouping(after.stdout) == grouping(before)
    with sqlite3.connect(db) as conn:
        placed = conn.execute("SELECT count(*) FROM document_terms").fetchone()[0]
        profiles = conn.execute("SELECT count(DISTINCT narrative_id) FROM narrative_terms")
        counted = conn.execute("SELECT n FROM store_counts WHERE name = 'documents'")
        assert placed == 6 and profiles.fetchone()[0] >= 1 and counted.fetchone()[0] == 6


def test_each_vocabulary_is_one_literal_type_and_one_tuple():
    from typing import get_args

    from kg import vocabulary as v

    assert get_args(v.NarrativeStatus) == v.NARRATIVE_STATUSES
    assert get_args(v.Relation) == v.RELATIONS
    assert set(v.RELATIONS) == v.DISAGREEMENTS | v.AGREEMENTS | v.TRENDS
    assert set(v.ACTIVE_STATUSES) < set(v.NARRATIVE_STATUSES)


def test_repair_merges_a_story_split_by_two_writers(store, monkeypatch):
    """Two writers placed one story's articles at once and each started a story: the
    repair after the batch decides again and merges them, the story seen first kept."""
    from kg import placement
    from kg.narratives import narrative_id
    from kg.store.sqlite import writes
    from kg.store.sqlite.narratives import NarrativeTables

    def alone(tables, document_id, before):  # as if it saw no other story
        entities = tables.document_entities(document_id).mentions
        placement.join(tables, document_id, narrative_id(document_id), entities)

    names = ["Rotterdam", "FNV", "Maersk"]
    first = extraction("a1", "one", [mention(n, "ORG", 10 * i) for i, n in enumerate(names)])
    first.source.published = "2026-03-02"
    second = extraction("a2", "two", [mention(n, "ORG", 10 * i) for i, n in enumerate(names)])
    second.source.published = "2026-03-03"
    store.write([first])
    monkeypatch.setattr(writes, "settle", alone)
    store.write([second])
    assert len(store.narratives()) == 2

    with store.transaction():
        kept = placement.repair(NarrativeTables(store.conn), "a2")
    assert kept == narrative_id("a1")
    [story] = store.narratives()
    assert (story["id"], story["documents"]) == (kept, 2)
    assert store.narrative(narrative_id("a2"))["id"] == kept
    with store.transaction():  # nothing left to repair
        assert placement.repair(NarrativeTables(store.conn), "a1") is None


def test_cited_sources_are_nodes_that_paths_go_through(store):
    from extractors.records import Citation
    from queries.graph import entity_path, project

    cites = Citation("according_to", "Statistics Bureau", role="data", title="Harbour traffic 2026")
    first = extraction(
        "a", "Calder Bay grew, according to the bureau.", [mention("Calder Bay", "GPE", 0)]
    )
    first.citations = [cites]
    second = extraction("b", "Arlo Isle shrank, the bureau said.", [mention("Arlo Isle", "GPE", 0)])
    second.citations = [Citation("attribution", "Statistics Bureau", title="Harbour  traffic 2026")]
    assert store.write([first, second]) == ["added", "added"]
    edges = list(store.source_edges())
    assert {e["key"] for e in edges} == {"title:harbour traffic 2026"}
    assert {(e["document"], e["claim"]) for e in edges} == {("a", None), ("b", None)}
    graph = project(store)
    source = "source:title:harbour traffic 2026"
    assert graph.nodes[source]["name"] == "Statistics Bureau"
    assert graph.nodes[source]["source_kind"] == "according_to"
    assert {a for a, _ in graph.in_edges(source)} == {"document:a", "document:b"}
    steps = entity_path(graph, store, "Calder Bay", "Arlo Isle")
    assert [s["type"] for s in steps] == ["entity", "document", "source", "document", "entity"]
    assert steps[1]["edge"] == "-[CITES]->" and steps[2]["edge"] == "<-[CITES]-"
    # A changed text drops its edges; the source stays for the document still citing it.
    changed = extraction("b", "Arlo Isle shrank.", [mention("Arlo Isle", "GPE", 0)])
    assert store.write([changed]) == ["updated"]
    assert {e["document"] for e in store.source_edges()} == {"a"}


def test_a_store_from_before_sources_derives_them_from_its_citations(tmp_path):
    from extractors.records import Citation

    path = tmp_path / "kg.db"
    doc = extraction("a", "Calder Bay grew, said Reuters.", [mention("Calder Bay", "GPE", 0)])
    doc.citations = [Citation("attribution", "Reuters")]
    with open_store(path) as store:
        store.write([doc])
    with sqlite3.connect(path) as conn:  # back to schema 8, before sources
        conn.executescript("DROP TABLE source_cites; DROP TABLE sources; PRAGMA user_version = 8;")
    with open_store(path) as store:
        assert [(e["key"], e["name"], e["document"]) for e in store.source_edges()] == [
            ("name:reuters", "Reuters", "a")
        ]
