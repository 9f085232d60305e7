"""One contract, every store: the same writes and questions against SQLite and a Bolt server.

The Bolt server is ArcadeDB started from its wheel (tests/bolt_server.py), or
the Neo4j named by KG_NEO4J_URI.
"""

from __future__ import annotations

import json
import re

import pytest

from extractors.records import EntityMention, Extraction, SourceDocument
from kg.store import open_store
from kg.store.neo4j import cypher

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


def test_a_company_under_a_shorter_name_in_another_article_is_one_entity(location):
    with open_store(location) as store:
        # The full name first (the pipeline records its name without the designator
        # as an alias), then the short name alone; and the other way round.
        full = story("v1", {"Harbour Logistics Group": 2}, "2026-03-02")
        full.aliases["Harbour Logistics Group"] = ["Harbour Logistics"]
        store.write([full])
        store.write([story("v2", {"Harbour Logistics": 1}, "2026-03-03")])
        store.write([story("v3", {"Tidewater": 1}, "2026-03-03")])
        store.write([story("v4", {"Tidewater Corporation": 2}, "2026-03-04")])
        # A short name that is an ordinary word stands for nothing alone.
        store.write([story("v5", {"News": 1}, "2026-03-04")])
        store.write([story("v6", {"News Corp": 1}, "2026-03-04")])
        # Another designator of a stored company's short name is that company too.
        store.write([story("v7", {"Harbour Logistics Holdings": 1}, "2026-03-05")])
        # An acronym stored first, then the article that spells it out and declares it.
        store.write([story("v8", {"IFTA": 1}, "2026-03-05")])
        spelled = story("v9", {"Island Ferry Traders Association": 1}, "2026-03-06")
        spelled.aliases["Island Ferry Traders Association"] = ["IFTA"]
        store.write([spelled])
        found = {e["name"]: e["documents"] for e in store.entities()}
        assert found == {
            "Harbour Logistics Group": 3, "Tidewater": 2, "News": 1, "News Corp": 1, "IFTA": 2
        }  # fmt: skip
        assert store.find_entity("Tidewater Corporation")["name"] == "Tidewater"


# -- narratives ---------------------------------------------------------------------------


def story(doc_id: str, entities: dict[str, int], published: str | None = None) -> Extraction:
    """A document that mentions each entity so many times (the text is only a carrier)."""
    words = [name for name, n in entities.items() for _ in range(n)]
    text = " ".join(words)
    item = extraction(doc_id, text, published=published)
    start = 0
    for name in words:
        item.mentions.append(
            EntityMention(name, "ORG", name, start, start + len(name), 0, len(text))
        )
        start += len(name) + 1
    return item


def _members(store) -> list[set[str]]:
    return sorted(
        ({d["id"] for d in store.documents(narrative=n["id"])} for n in store.narratives()),
        key=sorted,
    )


def test_documents_about_one_story_form_one_narrative(location):
    with open_store(location) as store:
        store.write([story("a1", {"Rotterdam": 3, "FNV": 2, "Maersk": 1}, "2026-03-02")])
        store.write([story("b1", {"Andalusia": 3, "COAG": 2, "Spain": 1}, "2026-03-02")])
        store.write([story("a2", {"Rotterdam": 2, "FNV": 2, "Netherlands": 1}, "2026-03-04")])
        store.write([story("b2", {"Andalusia": 2, "COAG": 1, "Seville": 1}, "2026-03-05")])
        assert _members(store) == [{"a1", "a2"}, {"b1", "b2"}]
        first = store.narratives()[0]
        assert (first["documents"], first["first_seen"], first["last_seen"]) == (
            2,
            "2026-03-02",
            "2026-03-05",
        )


def test_the_same_names_months_apart_are_another_story(location):
    with open_store(location) as store:
        store.write([story("c1", {"Rotterdam": 3, "FNV": 2}, "2026-01-05")])
        store.write([story("c2", {"Rotterdam": 3, "FNV": 2}, "2026-06-01")])
        assert _members(store) == [{"c1"}, {"c2"}]


def test_converging_narratives_merge_and_lose_no_document(location):
    with open_store(location) as store:
        store.write([story("x1", {"Apple": 1, "Qualcomm": 1, "Foxconn": 20})])
        store.write([story("y1", {"Apple": 1, "Qualcomm": 1, "Samsung": 20})])
        before = {n["id"] for n in store.narratives()}
        assert len(before) == 2
        store.write([story("z1", {"Apple": 5, "Qualcomm": 5, "Foxconn": 1, "Samsung": 1})])
        assert _members(store) == [{"x1", "y1", "z1"}]
        (merged,) = store.narratives()
        assert merged["documents"] == 3
        for old in before:  # the old ids still find the story
            assert store.narrative(old)["id"] == merged["id"]


def test_an_updated_document_stays_in_its_narrative(location):
    with open_store(location) as store:
        store.write([story("a1", {"Rotterdam": 3, "FNV": 2}, "2026-03-02")])
        store.write([story("a2", {"Rotterdam": 2, "FNV": 2}, "2026-03-03")])
        store.write([story("a1", {"Rotterdam": 3, "FNV": 2, "Maersk": 4}, "2026-03-02")])
        assert _members(store) == [{"a1", "a2"}]
        (only,) = store.narratives()
        assert only["documents"] == 2
        assert {e["name"]: e["documents"] for e in only["entities"]} == {
            "Rotterdam": 2,
            "FNV": 2,
            "Maersk": 1,
        }


def report(
    doc_id: str, title: str, text: str, names: dict[str, str], published: str | None
) -> Extraction:
    """An article as an outlet writes it: a title, a lead, and the names it mentions
    (name -> entity label), each found in its text."""
    item = extraction(doc_id, text, title=title, published=published)
    for name, label in names.items():
        start = max(0, text.find(name))
        item.mentions.append(
            EntityMention(name, label, name, start, start + len(name), 0, len(text))
        )
    return item


#: One warehouse fire, told by two outlets that share one name between them.
FIRE_ONE = (
    "Fire destroys timber warehouse on Dunmore quay",
    "A fire destroyed a timber warehouse on the quay at Dunmore overnight, and "
    "firefighters stopped the blaze before it reached nearby homes. Crews said no "
    "one was hurt; the cause of the fire is not yet known.",
    {"Dunmore": "GPE", "Harbour Fire Service": "ORG", "Aoife Brennan": "PERSON"},
)
FIRE_TWO = (
    "Blaze guts quay warehouse as firefighters save homes",
    "Firefighters fought the blaze in a timber warehouse on the Dunmore quay for six "
    "hours. Homes nearby were evacuated and no one was hurt, crews said, while the "
    "cause of the fire is being investigated.",
    {"Dunmore": "GPE", "Liam Walsh": "PERSON", "Wexford County Council": "ORG"},
)
#: Another event that day, of another kind.
BUDGET = (
    "Council approves budget for new library wing",
    "Councillors voted to fund a new library wing and longer opening hours, after a "
    "debate on rates for local shops.",
    {"Enniscorthy": "GPE", "Mary Doyle": "PERSON"},
)


def test_two_outlets_on_one_event_sharing_few_names_form_one_story(location):
    with open_store(location) as store:
        store.write([report("f1", *FIRE_ONE, "2026-03-02")])
        store.write([report("b1", *BUDGET, "2026-03-02")])
        store.write([report("f2", *FIRE_TWO, "2026-03-02")])
        assert _members(store) == [{"b1"}, {"f1", "f2"}]


def test_the_same_kind_of_event_in_two_places_is_two_stories(location):
    flood = (
        "River floods homes in {town} after night of heavy rain",
        "The river burst its banks in {town} after a night of heavy rain, flooding "
        "homes along the main street. Residents were moved to the community hall and "
        "roads into the town were closed.",
    )
    with open_store(location) as store:
        for doc_id, town, person in (
            ("k1", "Kilrush", "Sean Hogan"),
            ("t1", "Tarbert", "Una Kerr"),
        ):
            title, text = (part.format(town=town) for part in flood)
            store.write(
                [report(doc_id, title, text, {town: "GPE", person: "PERSON"}, "2026-02-10")]
            )
        assert _members(store) == [{"k1"}, {"t1"}]


def test_the_same_kind_of_event_a_week_later_is_another_story(location):
    with open_store(location) as store:
        store.write([report("f1", *FIRE_ONE, "2026-03-02")])
        store.write([report("f2", *FIRE_TWO, "2026-03-09")])
        assert _members(store) == [{"f1"}, {"f2"}]


def test_undated_articles_are_not_tied_by_their_words_alone(location):
    with open_store(location) as store:
        store.write([report("f1", *FIRE_ONE, None)])
        store.write([report("f2", *FIRE_TWO, None)])
        assert _members(store) == [{"f1"}, {"f2"}]


def test_rebuilding_narratives_gives_the_stories_placed_at_ingest(location):
    with open_store(location) as store:
        store.write([report("f1", *FIRE_ONE, "2026-03-02")])
        store.write([report("b1", *BUDGET, "2026-03-02")])
        store.write([report("f2", *FIRE_TWO, "2026-03-02")])
        # an updated article keeps its story, its words counted once
        title, text, names = FIRE_TWO
        store.write([report("f2", title, text + " Roads reopened.", names, "2026-03-02")])
        placed = _members(store)
        assert store.rebuild_narratives() == 3
        assert _members(store) == placed == [{"b1"}, {"f1", "f2"}]


def test_the_seeds_form_one_narrative(location, run, tmp_path, seeds_dir):
    assert run("ingest", seeds_dir, "--db", location).exit_code == 0
    narratives = json.loads(run("narratives", "--db", location, "--json").stdout)
    assert [n["documents"] for n in narratives] == [5]
    shown = json.loads(run("narrative", narratives[0]["id"], "--db", location, "--json").stdout)
    assert len(shown["documents"]) == 5
    assert "OpenRouter" in {a["name"] for a in shown["actors"]}
    assert {a["type"] for a in shown["actors"]} <= {"PERSON", "ORG", "NORP", "GPE"}


def test_an_unknown_narrative_is_one_clear_line(location, run):
    open_store(location).close()  # a store that exists (reading a missing file is E017)
    result = run("narrative", "n-nothing", "--db", location)
    assert result.exit_code == 1
    assert result.output == (
        "Error: [E014] no narrative 'n-nothing'; list them with 'kg narratives' "
        "(ids start with 'n-')\n"
    )


# -- the same answers from every store -----------------------------------------------------

QUESTIONS = [
    ("entities",),
    ("claims",),
    ("claims", "--metric", "share", "--since", "2026-01-01"),
    ("conflicts",),
    ("timeline",),
    ("documents",),
    ("narratives", "--min-documents", "1"),
    ("sources",),
]


def _answers(run, location):
    answers = {q: json.loads(run(*q, "--db", location, "--json").stdout) for q in QUESTIONS}
    # The story commands, on the largest narrative (ids are content hashes: the same in both).
    stories = answers[("narratives", "--min-documents", "1")]
    story = max(stories, key=lambda n: (n["documents"], n["id"]))["id"]
    for question in (("narrative", story), ("perspectives", story), ("tensions", story)):
        answers[question] = json.loads(run(*question, "--db", location, "--json").stdout)
    digest = ("digest", story, "--format", "json", "--as-of", "2026-06-30")
    answers[digest] = json.loads(run(*digest, "--db", location).stdout)
    return answers


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


# -- migrate, export, path -------------------------------------------------------------------


def _digest(location):
    from kg.store.records import digest

    with open_store(location) as store:
        return digest(store)


def test_migrate_round_trips_sqlite_to_bolt_and_back(bolt_store, run, tmp_path):
    config = config_with_entities(tmp_path)
    source, back = str(tmp_path / "kg.db"), str(tmp_path / "back.db")
    assert run("ingest", EXAMPLES, "--db", source, "--config", config).exit_code == 0
    there = run("migrate", "--from", source, "--to", bolt_store.location, "--json")
    assert there.exit_code == 0, there.output
    assert all(check["same content"] for check in json.loads(there.stdout)["checks"])
    assert run("migrate", "--from", bolt_store.location, "--to", back).exit_code == 0
    original = _digest(source)
    assert original["documents"]["count"] > 0 and original["links"]["count"] > 0
    assert _digest(back) == _digest(bolt_store.location) == original
    assert _answers(run, back) == _answers(run, source)


def test_migrate_round_trips_the_seeds(bolt_store, run, tmp_path, seeds_dir):
    config = config_with_entities(tmp_path)
    source, back = str(tmp_path / "kg.db"), str(tmp_path / "back.db")
    assert run("ingest", seeds_dir, "--db", source, "--config", config).exit_code == 0
    assert run("migrate", "--from", source, "--to", bolt_store.location).exit_code == 0
    assert run("migrate", "--from", bolt_store.location, "--to", back).exit_code == 0
    assert _digest(back) == _digest(source)
    assert _answers(run, back) == _answers(run, source)


def test_seed_graphml_export_loads_with_its_properties(location, run, tmp_path, seeds_dir):
    import networkx as nx

    assert run("ingest", seeds_dir, "--db", location).exit_code == 0
    out = tmp_path / "seeds.graphml"
    assert run("export", "--db", location, "-o", out).exit_code == 0
    graph = nx.read_graphml(out)
    types = {data["type"] for _, data in graph.nodes(data=True)}
    assert {"document", "entity", "claim"} <= types
    shares = [d for _, d in graph.nodes(data=True) if d.get("quantity_text") == "37.1%"]
    assert shares and all(d["kind"] == "percent" and d["value"] == 37.1 for d in shares)


#: The numbered Sources list of seed 002 (outlet, the start of the title) the report's
#: footnotes cite.
SEED_SOURCES = {
    ("Reuters", "Chinese AI firms woo OpenAI users"),
    ("TechNode", "Tencent launches WorkBuddy"),
    ("Pandaily", "Tencent Launches WorkBuddy Enterprise"),
    ("LinkedIn", "Chinese AI models hit 61%"),
    ("Robonomics", "China LLM | Deep Dive"),
    ("Rohan Paul Twitter", "American AI startups are routing"),
    ("Rohan Paul Twitter", "Tencent WorkBuddy is now becoming"),
}


def test_the_seeds_export_has_their_cited_sources(location, run, tmp_path, seeds_dir):
    import networkx as nx

    assert run("ingest", seeds_dir, "--db", location).exit_code == 0
    out = tmp_path / "seeds.graphml"
    assert run("export", "--db", location, "-o", out).exit_code == 0
    graph = nx.read_graphml(out)
    sources = {n: d for n, d in graph.nodes(data=True) if d["type"] == "source"}
    named = {(d.get("outlet"), d.get("title", "")) for d in sources.values()}
    for outlet, title in SEED_SOURCES:
        assert any(o == outlet and t.startswith(title) for o, t in named), (outlet, title)
    citing = {(graph.nodes[a]["type"], d["label"]) for a, b, d in graph.edges(data=True)
              if b in sources}  # fmt: skip
    assert citing == {("document", "CITES"), ("claim", "CITES")}
    listed = json.loads(run("sources", "--db", location, "--json").stdout)
    assert len(listed) == len(sources)
    reuters = json.loads(run("sources", "Reuters", "--db", location, "--json").stdout)
    assert {r["type"] for r in reuters} == {"claim", "story"}


def test_migrate_resumes_after_an_interruption(location, run, tmp_path, monkeypatch):
    from kg.store import records

    config = config_with_entities(tmp_path)
    source = str(tmp_path / "source.db")
    assert run("ingest", EXAMPLES, "--db", source, "--config", config).exit_code == 0
    monkeypatch.setattr(records, "MIGRATE_BATCH", 1)  # one transaction per document

    def stop_after_first(done):
        raise KeyboardInterrupt  # as if the user pressed Ctrl-C after one batch

    with open_store(source) as src, open_store(location) as dst:
        with pytest.raises(KeyboardInterrupt):
            records.migrate(src, dst, stop_after_first)
        assert dst.stats()["documents"] == 1
        result = records.migrate(src, dst)
    assert result["documents_skipped"] == 1 and result["documents_copied"] >= 1
    assert _digest(location) == _digest(source)  # nothing lost, nothing twice


def test_migrate_into_the_same_store_is_refused(run, tmp_path):
    result = run("migrate", "--from", tmp_path / "a.db", "--to", tmp_path / "a.db")
    assert result.exit_code == 2
    assert "--from and --to are the same store" in result.output


def test_graphml_export_loads_with_every_node_type(location, run, tmp_path):
    import networkx as nx

    config = config_with_entities(tmp_path)
    assert run("ingest", EXAMPLES, "--db", location, "--config", config).exit_code == 0
    out = tmp_path / "kg.graphml"
    assert run("export", "--db", location, "-o", out).exit_code == 0
    graph = nx.read_graphml(out)
    by_type = {}
    for _, data in graph.nodes(data=True):
        by_type.setdefault(data["type"], data)
    assert {"document", "entity", "claim", "outlet"} <= set(by_type)
    assert set(by_type) <= {"document", "entity", "claim", "outlet", "source"}
    assert {"title", "published"} <= set(by_type["document"])
    assert {"name", "entity_type", "mentions"} <= set(by_type["entity"])
    assert {"sentence", "value", "kind", "time_start"} <= set(by_type["claim"])
    labels = {data["label"] for *_, data in graph.edges(data=True)}
    assert {"MENTIONS", "STATES", "ABOUT", "PUBLISHED_BY", "CONFLICTS_WITH"} <= labels


def test_export_formats_and_neighbourhood(run, tmp_path):
    import csv

    import networkx as nx

    config = config_with_entities(tmp_path)
    assert run("ingest", EXAMPLES, "--config", config).exit_code == 0
    assert run("export", "--format", "gexf", "-o", tmp_path / "kg.gexf").exit_code == 0
    whole = nx.read_gexf(tmp_path / "kg.gexf")
    near = tmp_path / "near.json"
    result = run("export", "--entity", "OpenRouter", "--depth", "1", "--format", "json", "-o", near)
    assert result.exit_code == 0
    data = json.loads(near.read_text())
    assert "entity:openrouter" in {n["id"] for n in data["nodes"]}
    assert 1 < len(data["nodes"]) < whole.number_of_nodes()
    assert run("export", "--format", "csv", "-o", tmp_path / "kg.csv").exit_code == 0
    with (tmp_path / "kg.edges.csv").open() as edges:
        assert {"source", "target", "label"} <= set(next(csv.reader(edges)))


def test_path_goes_through_documents_or_claims(run, tmp_path):
    config = config_with_entities(tmp_path)
    assert run("ingest", EXAMPLES, "--config", config).exit_code == 0
    steps = json.loads(run("path", "Tencent", "OpenRouter", "--json").stdout)
    assert steps[0]["label"] == "Tencent" and steps[-1]["label"] == "OpenRouter"
    assert {s["type"] for s in steps[1:-1]} <= {"document", "claim", "entity", "source"}
    assert "outlet" not in {s["type"] for s in steps}
    unknown = run("path", "Tencent", "Nobody At All")
    assert unknown.exit_code == 1 and "E004" in unknown.output


# -- one article, many routes; near-identical copies ------------------------------------------

WIRE = (
    "The harbour authority in Calder Bay said on Monday that the north pier will close for "
    "six weeks while engineers replace the timber deck, and ferries to Arlo Isle will leave "
    "from the south quay until the work ends. Repairs will cost 2.4 million pounds, the "
    "authority said, a third more than it had set aside in its budget for the year."
)


def routed(doc_id: str, text: str, origin: str, **source) -> Extraction:
    item = extraction(doc_id, text, **source)
    item.source.origin = origin
    return item


def test_the_same_text_under_another_key_is_one_document_with_both_routes(location):
    with open_store(location) as store:
        first = routed("w1", WIRE, "wire.jsonl:1", outlet="Wire")
        again = routed("w2", WIRE, "feed.xml#entry-1", outlet="Wire")
        assert store.write([first]) == ["added"]
        assert store.write([again]) == ["unchanged"]
        assert store.known_texts([first.text_hash]) == {first.text_hash: "w1"}
        [document] = store.documents()
        assert sorted(document["routes"]) == ["feed.xml#entry-1", "wire.jsonl:1"]
        store.record_routes([])  # nothing to record: no write
        from kg.store.identity import Route

        store.record_routes([Route("w1", "id:w3", "export.jsonl:7"), Route("nope", "k", "o")])
        [document] = store.documents()
        assert "export.jsonl:7" in document["routes"] and len(document["routes"]) == 3


def test_a_short_text_again_under_another_key_is_another_document(location):
    # "Live updates" in two feed entries says nothing about being one article
    with open_store(location) as store:
        assert store.write(
            [extraction("s1", "Live updates"), extraction("s2", "Live updates")]
        ) == [
            "added",
            "added",
        ]


def test_a_near_identical_copy_points_to_the_first_of_its_group(location):
    with open_store(location) as store:
        store.write([routed("w1", WIRE, "wire.jsonl:1", outlet="Wire")])
        copy = "Pier to close for repairs\n\n" + WIRE + " Reporting by Ana Ruiz."
        store.write([routed("p1", copy, "post.jsonl:1", outlet="Post")])
        other = "Ferry passengers face a longer walk as Calder Bay's north pier shuts for "
        other += "six weeks of repairs and Arlo Isle sailings move to the south quay, said a "
        other += "spokesperson for the operator, who apologised for the disruption."
        store.write([routed("r1", other, "report.jsonl:1", outlet="Courier")])
        copies = {d["id"]: d["copy_of"] for d in store.documents()}
    assert copies == {"w1": None, "p1": "w1", "r1": None}


def test_a_server_store_from_before_routes_gets_them_when_opened(bolt_store):
    from kg.store.neo4j import Neo4jStore
    from kg.store.neo4j.store import SCHEMA_VERSION

    bolt_store.write([routed("w1", WIRE, "wire.jsonl:1", outlet="Wire")])
    for statement in (
        "MATCH (r:Route) DETACH DELETE r",
        "MATCH (b:CopyBand) DELETE b",
        "MATCH (d:Document) REMOVE d.signature, d.shingles, d.copy_of",
        "MERGE (m:KgMeta {name: 'kg'}) SET m.schema_version = 1",
    ):
        bolt_store.driver.execute_query(statement, database_=bolt_store.database)
    with Neo4jStore(bolt_store.location) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        [document] = upgraded.documents()
        assert document["routes"] == ["wire.jsonl:1"]  # the origin it was stored by
        copy = "Pier to close\n\n" + WIRE + " Reporting by Ana Ruiz."
        upgraded.write([routed("p1", copy, "post.jsonl:1", outlet="Post")])
        assert {d["id"]: d["copy_of"] for d in upgraded.documents()}["p1"] == "w1"


def test_a_server_store_from_before_sources_derives_them_when_opened(bolt_store):
    from extractors.records import Citation
    from kg.store.neo4j import Neo4jStore

    item = routed("w1", WIRE, "wire.jsonl:1", outlet="Wire")
    item.citations = [Citation("according_to", "Harbour Authority", title="Pier works 2026")]
    bolt_store.write([item])
    expected = list(bolt_store.source_edges())
    assert [e["name"] for e in expected] == ["Harbour Authority"]
    for statement in (
        "MATCH (s:Source) DETACH DELETE s",
        "MERGE (m:KgMeta {name: 'kg'}) SET m.schema_version = 2",
    ):
        bolt_store.driver.execute_query(statement, database_=bolt_store.database)
    with Neo4jStore(bolt_store.location) as upgraded:
        assert list(upgraded.source_edges()) == expected


def test_a_server_store_from_before_story_words_counts_them_when_opened(bolt_store):
    from kg.store.neo4j import Neo4jStore
    from kg.store.neo4j.store import SCHEMA_VERSION

    bolt_store.write([routed("w1", WIRE, "wire.jsonl:1", outlet="Wire")])
    for statement in (
        "MATCH (t:Term) DETACH DELETE t",
        "MATCH (s:TermSet) DETACH DELETE s",
        "MERGE (m:KgMeta {name: 'kg'}) SET m.schema_version = 3",
    ):
        bolt_store.driver.execute_query(statement, database_=bolt_store.database)
    with Neo4jStore(bolt_store.location) as upgraded:
        assert upgraded.schema_version == SCHEMA_VERSION
        records, _, _ = upgraded.driver.execute_query(
            "MATCH (:Narrative)-[u:USES]->(t:Term) RETURN count(t) AS n",
            database_=upgraded.database,
        )
        assert records[0]["n"] > 0  # the stored document's words, counted again
        assert [n["documents"] for n in upgraded.narratives()] == [1]
