"""The command line, end to end: real files, a real SQLite file, the real model."""

from __future__ import annotations

import ast
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from cli.main import cli
from cli.output import format_table

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


def config_with_entities(tmp_path: Path) -> Path:
    config = tmp_path / "feeds.yaml"
    config.write_text(f"settings:\n  entities: {REPO / 'entities.yaml'}\nfeeds: []\n")
    return config


def test_ingest_examples_then_again_adds_nothing(run):
    first = run("ingest", EXAMPLES)
    assert first.exit_code == 0, first.output
    assert "6 added, 0 updated, 0 unchanged, 0 failed" in first.stderr
    again = run("ingest", EXAMPLES)
    assert again.exit_code == 0
    assert "0 added, 0 updated, 6 unchanged, 0 failed" in again.stderr
    assert "nothing new" in again.stderr
    docs = json.loads(run("documents", "--json").stdout)
    assert len(docs) == 6


def test_examples_keep_dates_and_where_they_came_from(run):
    run("ingest", EXAMPLES)
    docs = {d["title"]: d for d in json.loads(run("documents", "--json").stdout)}
    wire = docs["Chinese AI models near half of aggregator usage"]
    assert (wire["published"], wire["published_source"], wire["outlet"]) == (
        "2026-04-30",
        "json",
        "Asia Tech Wire",
    )
    feed = docs["Chinese models pass 61% of OpenRouter tokens in one week"]
    assert (feed["published"][:10], feed["published_source"], feed["outlet"]) == (
        "2026-03-02",
        "feed",
        "The Token Desk",
    )
    html = docs["Cheap Chinese models take a third of aggregator traffic"]
    assert (html["published"][:10], html["published_source"], html["outlet"]) == (
        "2026-05-04",
        "html",
        "Circuit Review",
    )
    note = docs["Why the aggregator numbers disagree"]
    assert (note["published"], note["published_source"]) == ("2026-05-12", "text")


def test_changed_article_is_updated_not_duplicated(run, tmp_path):
    line = {
        "id": "a1",
        "url": "https://news.example/a?utm_source=x",
        "title": "T",
        "text": "Tencent said sales rose.",
    }
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(line) + "\n")
    config_with_entities(tmp_path)  # ./feeds.yaml, read by default
    assert "1 added" in run("ingest", path).stderr
    line["text"] = "Tencent said sales rose sharply, according to Alibaba."
    line["url"] = "https://news.example/a"  # the same article without tracking
    path.write_text(json.dumps(line) + "\n")
    assert "0 added, 1 updated" in run("ingest", path).stderr
    [doc] = json.loads(run("documents", "--json").stdout)
    assert doc["chars"] == len(line["text"])
    names = {e["name"] for e in json.loads(run("entities", "--json").stdout)}
    assert {"Tencent", "Alibaba"} <= names


def test_bad_inputs_are_one_line_each_and_good_ones_are_stored(run, tmp_path):
    (tmp_path / "inputs").mkdir()
    (tmp_path / "inputs" / "photo.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "inputs" / "good.txt").write_text("Tencent launched WorkBuddy in late May 2026.\n")
    (tmp_path / "inputs" / "articles.jsonl").write_text(
        json.dumps({"id": "1", "title": "One", "text": "MiniMax cut its prices."})
        + "\n"
        + "{not json at all\n"
        + json.dumps({"id": "3", "title": "Three", "text": "DeepSeek shipped a model."})
        + "\n"
    )
    result = run("ingest", tmp_path / "inputs")
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert any("photo.txt" in line and "binary" in line for line in errors)
    assert any("articles.jsonl:2" in line for line in errors)
    assert "Traceback" not in result.output
    assert "3 added, 0 updated, 0 unchanged, 2 failed" in result.stderr
    assert len(json.loads(run("documents", "--json").stdout)) == 3


def test_missing_path_is_reported_and_the_rest_goes_on(run, tmp_path):
    result = run("ingest", tmp_path / "nope.txt", EXAMPLES / "analyst-note.md")
    assert result.exit_code == 1
    assert "nope.txt" in result.stderr
    assert "1 added" in result.stderr


def test_impossible_published_date_is_a_usage_error(run):
    result = run("ingest", EXAMPLES, "--published", "2026-02-30")
    assert result.exit_code == 2
    assert "'2026-02-30' is not a date" in result.stderr


def test_published_and_outlet_overrides(run):
    run("ingest", EXAMPLES / "analyst-note.md", "--published", "2026-05-13", "--outlet", "Desk")
    [doc] = json.loads(run("documents", "--json").stdout)
    assert (doc["published"], doc["published_source"], doc["outlet"]) == (
        "2026-05-13",
        "user",
        "Desk",
    )


def test_not_a_database_is_one_line(run, tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("not sqlite " * 200)
    result = run("stats", "--db", bad)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: [E001] '{bad}' is not a kg database (not SQLite); pass another --db"
    )


def test_entities_with_the_users_entities_file(run, tmp_path):
    config = config_with_entities(tmp_path)
    assert run("ingest", EXAMPLES, "--config", config).exit_code == 0
    rows = json.loads(run("entities", "--json").stdout)
    by_name = {r["name"]: r for r in rows}
    for name in ("OpenRouter", "DeepSeek", "MiniMax", "Tencent", "Zhipu AI"):
        assert by_name[name]["type"] == "ORG", name
    assert "Z.ai" in by_name["Zhipu AI"]["aliases"]
    assert by_name["Qwen"]["type"] == "PRODUCT"
    orgs = json.loads(run("entities", "--type", "org", "--min-mentions", "2", "--json").stdout)
    assert all(r["type"] == "ORG" and r["mentions"] >= 2 for r in orgs)
    assert {"OpenRouter", "MiniMax"} <= {r["name"] for r in orgs}


def test_entity_profile(run, tmp_path):
    run("ingest", EXAMPLES, "--config", config_with_entities(tmp_path))
    profile = json.loads(run("entity", "z.ai", "--json").stdout)
    assert profile["name"] == "Zhipu AI"
    assert profile["documents"] == len(profile["top_documents"]) == 2
    assert "Zixuan Li" in {e["name"] for e in profile["cooccurring"]}
    table = run("entity", "Zhipu AI").stdout
    assert table.splitlines()[0] == "Zhipu AI (ORG)"
    assert "aliases:" in table


def test_unknown_entity_says_how_to_list_them(run):
    run("ingest", EXAMPLES / "analyst-note.md")
    result = run("entity", "Nobody Here")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: [E004] no entity named 'Nobody Here'; list them with 'kg entities' "
        "(names and aliases match)"
    )


def test_documents_csv_and_table(run):
    run("ingest", EXAMPLES)
    csv_out = run("documents", "--csv").stdout.splitlines()
    assert csv_out[0] == "published,outlet,title,id,published_source,origin"
    assert len(csv_out) == 7
    table = run("documents", "--outlet", "Market Brief").stdout.splitlines()
    assert table[0].split() == ["published", "outlet", "title", "id", "published_source", "origin"]
    assert len(table) == 3


def test_stats(run):
    run("ingest", EXAMPLES)
    stats = json.loads(run("stats", "--json").stdout)
    assert stats["documents"] == 6
    assert stats["dates_by_source"] == {"json": 2, "feed": 2, "html": 1, "text": 1}


def test_every_command_has_help_with_an_example(run):
    main = run("--help")
    assert main.exit_code == 0
    commands = [
        line.split()[0] for line in main.stdout.split("Commands:")[1].splitlines() if line.strip()
    ]
    assert {"ingest", "stats", "documents", "entities", "entity"} <= set(commands)
    for command in commands:
        result = run(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout, command


def test_console_script_version():
    result = subprocess.run(
        [sys.executable, "-m", "kg", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.startswith("kg, version ")


# -- ../shared: the seeds and the captured feeds ------------------------------------------


def test_seeds_ingest_once(run, seeds_dir, tmp_path):
    config = config_with_entities(tmp_path)
    first = run("ingest", seeds_dir, "--config", config)
    assert "5 added" in first.stderr
    assert "0 added, 0 updated, 5 unchanged" in run("ingest", seeds_dir).stderr
    rows = json.loads(run("entities", "--json").stdout)
    by_name = {r["name"]: r for r in rows}
    for name in (
        "OpenRouter",
        "DeepSeek",
        "Alibaba",
        "Tencent",
        "MiniMax",
        "Moonshot AI",
        "Anthropic",
        "OpenAI",
        "Zhipu AI",
    ):
        assert by_name[name]["type"] in ("ORG", "PRODUCT"), name
    assert "Z.ai" in by_name["Zhipu AI"]["aliases"]
    assert not {"Z.ai", "Zhipu", "U.S.", "US"} & set(by_name)


def test_shared_feeds_every_entry_and_the_opml(run, shared_feeds_dir, tmp_path):
    result = run("ingest", shared_feeds_dir, "--json")
    report = json.loads(result.stdout)
    expected = {}
    for path in sorted(shared_feeds_dir.iterdir()):
        if path.suffix in (".opml", ".json"):
            continue
        expected[path.name] = len(feedparser.parse(path.read_bytes()).entries)
    docs = json.loads(run("documents", "--json").stdout)
    per_file: dict[str, int] = {}
    for doc in docs:
        per_file[Path(doc["origin"].split("#")[0]).name] = (
            per_file.get(Path(doc["origin"].split("#")[0]).name, 0) + 1
        )
    for name, count in expected.items():
        assert per_file.get(name, 0) == count, name
    json_feed = json.loads((shared_feeds_dir / "DaringFireball.json").read_text())
    assert per_file["DaringFireball.json"] == len(json_feed["items"])
    assert report["feeds_found"] > 0
    listed = (tmp_path / "feeds.yaml").read_text()
    assert listed.count("url:") == report["feeds_found"]


# -- claims ---------------------------------------------------------------------------------


def test_claims_json_shape_and_filters(run, tmp_path):
    run("ingest", EXAMPLES, "--config", config_with_entities(tmp_path))
    claims = json.loads(run("claims", "--json").stdout)
    assert claims, "the examples state figures"
    keys = {
        "id",
        "document",
        "sentence",
        "span",
        "subject",
        "subject_entity",
        "metric",
        "scope",
        "value",
        "low",
        "high",
        "unit",
        "kind",
        "approx",
        "quantity_text",
        "time",
        "attributed_to",
        "cited",
        "hedge",
    }
    assert all(keys <= set(c) for c in claims)
    starts = [c["time"]["start"] for c in claims if c["time"]]
    assert starts == sorted(starts)  # ordered by the time they are about
    for c in claims:
        sentence = c["sentence"]
        assert c["quantity_text"] is None or c["quantity_text"] in sentence
    shares = json.loads(run("claims", "--metric", "share", "--json").stdout)
    assert shares and all("share" in (c["metric"] or "") + c["sentence"] for c in shares)
    april = json.loads(
        run("claims", "--since", "2026-04-01", "--until", "2026-04-30", "--json").stdout
    )
    assert april and all(
        c["time"]["end"] >= "2026-04-01" and c["time"]["start"] <= "2026-04-30" for c in april
    )
    wire = json.loads(run("claims", "--outlet", "Asia Tech Wire", "--json").stdout)
    assert wire and {c["document"]["outlet"] for c in wire} == {"Asia Tech Wire"}
    openrouter = json.loads(run("claims", "--entity", "openrouter", "--figures", "--json").stdout)
    assert openrouter and all(c["kind"] != "event" for c in openrouter)
    assert len(json.loads(run("claims", "--limit", "2", "--json").stdout)) == 2
    table = run("claims", "--metric", "share").stdout.splitlines()
    assert table[0].split()[:3] == ["when", "figure", "subject"]


def test_claims_of_an_unknown_entity(run, tmp_path):
    run("ingest", EXAMPLES / "analyst-note.md")
    result = run("claims", "--entity", "Nobody Here")
    assert result.exit_code == 1 and "[E004]" in result.stderr


def test_extract_from_stdin_without_storing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "Tencent said sales rose 4% in March 2026, according to Reuters.\n"
    result = CliRunner().invoke(
        cli,
        ["extract", "-", "--published", "2026-04-02", "--json"],
        input=text,
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    [doc] = json.loads(result.stdout)
    [quantity] = doc["quantities"]
    assert (quantity["value"], quantity["unit"], quantity["text"]) == (4, "%", "4%")
    assert text[quantity["span"][0] : quantity["span"][1]] == "4%"
    [time] = doc["times"]
    assert (time["start"], time["end"], time["granularity"]) == (
        "2026-03-01",
        "2026-03-31",
        "month",
    )
    [claim] = doc["claims"]
    # Tencent said it; Reuters reported that it did.
    assert (claim["attributed_to"], claim["cited"]) == ("Tencent", ["Tencent", "Reuters"])
    assert claim["time"]["text"] == "March 2026"
    assert not (tmp_path / "kg.db").exists()  # nothing stored


def test_two_workers_store_what_one_does(run, tmp_path):
    config = config_with_entities(tmp_path)
    run("ingest", EXAMPLES, "--config", config, "--db", tmp_path / "one.db")
    run("ingest", EXAMPLES, "--config", config, "--db", tmp_path / "two.db", "--workers", "2")
    for command in (("claims", "--json"), ("entities", "--json"), ("documents", "--json")):
        one = run(*command, "--db", tmp_path / "one.db").stdout
        two = run(*command, "--db", tmp_path / "two.db").stdout
        assert json.loads(one) == json.loads(two), command


# -- conventions every command keeps ---------------------------------------------------------

#: Every command that only reads a store, with the arguments it needs.
READ_COMMANDS = [
    ("entities",),
    ("entity", "OpenRouter"),
    ("documents",),
    ("stats",),
    ("claims",),
    ("conflicts",),
    ("timeline",),
    ("narratives",),
    ("narrative", "n-0000"),
    ("perspectives", "OpenRouter"),
    ("tensions",),
    ("digest", "OpenRouter"),
    ("export", "-o", "graph.graphml"),
    ("path", "OpenRouter", "DeepSeek"),
    ("feeds", "status"),
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=" ".join)
def test_a_missing_store_is_one_line_and_is_not_created(run, tmp_path, command):
    missing = tmp_path / "typo.db"
    result = run(*command, "--db", missing)
    assert result.exit_code == 1
    assert result.stderr == f"Error: [E017] no store at {missing}; kg ingest creates one\n"
    assert result.stdout == ""
    assert not missing.exists()
    assert not (tmp_path / "graph.graphml").exists()


def test_migrate_from_a_missing_store_creates_neither(run, tmp_path):
    missing, target = tmp_path / "typo.db", tmp_path / "copy.db"
    result = run("migrate", "--from", missing, "--to", target)
    assert result.exit_code == 1
    assert result.stderr == f"Error: [E017] no store at {missing}; kg ingest creates one\n"
    assert not missing.exists() and not target.exists()


def test_the_default_store_is_not_created_by_reading(run, tmp_path):
    result = run("entities")  # ./kg.db, in an empty folder
    assert result.exit_code == 1
    assert result.stderr == "Error: [E017] no store at kg.db; kg ingest creates one\n"
    assert not (tmp_path / "kg.db").exists()


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory) -> Path:
    """The examples in a real SQLite file, ingested once for the read-only tests."""
    folder = tmp_path_factory.mktemp("examples-store")
    db = folder / "kg.db"
    result = CliRunner().invoke(
        cli,
        ["ingest", str(EXAMPLES), "--db", str(db), "--config", str(config_with_entities(folder))],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return db


#: Every command that lists rows, and the CSV header it prints.
LISTING_COMMANDS = [
    (("documents",), "published,outlet,title,id,published_source,origin"),
    (("entities",), "name,type,mentions,documents,aliases"),
    (("claims",), "when,figure,subject,metric,source,outlet,published,id"),
    (
        ("conflicts",),
        "set,severity,subject,metric,figure,when,outlet,published,sentence,claim",
    ),
    (("timeline",), "when,what,sources,conflict"),
    (("narratives", "--min-documents", "1"), "id,label,status,documents,first_seen,last_seen"),
    (
        ("perspectives", "OpenRouter"),
        "actor,kind,role,evolution,via,speaker_mention,attribution_cue,content,sentence,cue,"
        "stance,outlet,seen,document,id",
    ),
    (("tensions",), "kind,topic,tension,actor,camp,text,documents,narrative,conflict"),
    (("path", "OpenRouter", "DeepSeek"), "type,label,then"),
    (("stats",), "what,value"),
    (("feeds", "status"), "name,state,http_status,last_success,entries,new,error"),
]


@pytest.mark.parametrize(("command", "header"), LISTING_COMMANDS, ids=lambda c: " ".join(c))
def test_every_listing_takes_table_json_and_csv(run, examples_db, command, header):
    table = run(*command, "--db", examples_db, "--table")
    assert table.exit_code == 0, table.output
    default = run(*command, "--db", examples_db)
    assert default.stdout == table.stdout  # --table is the default
    as_json = run(*command, "--db", examples_db, "--json")
    assert as_json.exit_code == 0, as_json.output
    json.loads(as_json.stdout)
    as_csv = run(*command, "--db", examples_db, "--csv")
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert ",".join(rows[0]) == header
    assert all(len(row) == len(rows[0]) for row in rows)


def test_listings_without_a_store_take_the_bundle_too(run, tmp_path):
    config = tmp_path / "feeds.yaml"
    config.write_text("feeds:\n  - {url: 'https://news.example/rss', name: News}\n")
    listed = run("feeds", "list", "--csv").stdout.splitlines()
    assert listed == [
        "name,url,outlet,tags,interval,full_text",
        "News,https://news.example/rss,,,30,False",
    ]
    assert json.loads(run("feeds", "list", "--json").stdout)[0]["name"] == "News"
    claims = run("extract", EXAMPLES / "analyst-note.md", "--csv").stdout.splitlines()
    assert claims[0] == "origin,when,figure,subject,metric,source"
    assert len(claims) > 1 and claims[1].startswith(str(EXAMPLES / "analyst-note.md"))


@pytest.mark.parametrize(
    ("command", "what"),
    [(("entity", "OpenRouter"), "an entity"), (("narrative", "n-0"), "a narrative")],
)
def test_one_object_refuses_csv_as_a_usage_error(run, examples_db, command, what):
    result = run(*command, "--db", examples_db, "--csv")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        f"Error: --csv needs a list; {what} is one object: use --json"
    )


def test_ingest_summary_as_json_or_csv_on_stdout(run, tmp_path):
    as_csv = run("ingest", EXAMPLES / "analyst-note.md", "--csv")
    header, row = as_csv.stdout.splitlines()
    assert header == "added,updated,unchanged,failed,warnings,feeds_found,seconds"
    assert row.startswith("1,0,0,0,0,0,")
    again = json.loads(run("ingest", EXAMPLES / "analyst-note.md", "--json").stdout)
    assert (again["added"], again["unchanged"]) == (0, 1)


def test_migrate_checks_as_csv(run, examples_db, tmp_path):
    result = run("migrate", "--from", examples_db, "--to", tmp_path / "copy.db", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["same content"] == "True" for r in rows)


def test_a_piped_table_prints_every_cell_whole(run, examples_db):
    """CliRunner's stdout is not a terminal: nothing is cut, however wide the table."""
    docs = json.loads(run("documents", "--db", examples_db, "--json").stdout)
    table = run("documents", "--db", examples_db).stdout
    assert "…" not in table
    for doc in docs:
        assert doc["title"] in table and doc["origin"] in table
    claims = run("claims", "--db", examples_db).stdout
    assert "…" not in claims
    assert max(len(line) for line in claims.splitlines()) > 200  # wider than any terminal


def test_a_table_on_a_terminal_wraps_to_its_width():
    rows = [{"n": 1, "title": "One year prices of the cheapest models fell by ninety percent"}]
    table = format_table(rows, ["n", "title"], width=30).splitlines()
    assert all(len(line) <= 30 for line in table)
    assert " ".join(line[3:].strip() for line in table[2:]) == rows[0]["title"]


def test_ingest_errors_and_warnings_carry_their_code(run, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "Tencent said sales rose.", "published": "2026-02-30"}\n{"te\n')
    result = run("ingest", tmp_path / "empty.txt", lines)
    assert result.exit_code == 1
    assert f"error: [E104] {tmp_path / 'empty.txt'}: is empty; nothing to ingest" in (
        result.stderr.splitlines()
    )
    assert (
        f"error: [E109] {lines}:2: is not valid JSON (Unterminated string starting at column 2);"
        " fix or remove this line" in result.stderr.splitlines()
    )
    [warning] = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warning.startswith(f"warning: [E111] {lines}:1: published date '2026-02-30'")


def test_field_maps_a_datasets_names_onto_kgs(run, tmp_path):
    dataset = tmp_path / "dataset.jsonl"
    dataset.write_text(
        json.dumps({"content": "Tencent said sales rose 4% in March 2026.", "dct": "2026-04-02"})
        + "\n"
        + json.dumps({"content": "MiniMax cut its prices.", "dct": "5 May 2026", "uri": "x"})
        + "\n"
    )
    rejected = run("ingest", dataset, "--db", tmp_path / "plain.db")
    assert rejected.exit_code == 1 and rejected.stderr.count("error: [E110]") == 2
    result = run("ingest", dataset, "--field", "text=content", "--field", "published=dct")
    assert result.exit_code == 0, result.output
    assert "2 added, 0 updated, 0 unchanged, 0 failed" in result.stderr
    docs = json.loads(run("documents", "--json").stdout)
    assert sorted((d["published"], d["published_source"]) for d in docs) == [
        ("2026-04-02", "json"),
        ("2026-05-05", "json"),
    ]


@pytest.mark.parametrize("value", ["body=content", "text", "=content"])
def test_an_unknown_or_malformed_field_is_a_usage_error(run, tmp_path, value):
    result = run("ingest", EXAMPLES / "wire.jsonl", "--field", value)
    assert result.exit_code == 2
    last = result.stderr.splitlines()[-1]
    if value == "body=content":
        assert last == (
            "Error: Invalid value for '--field': 'body' is not a kg field; "
            "use one of id, url, title, text, published, outlet, authors"
        )
    else:
        assert (
            last
            == f"Error: Invalid value for '--field': '{value}' is not KG=INPUT, e.g. text=content"
        )
    assert not (tmp_path / "kg.db").exists()


def test_starting_kg_does_not_load_the_neo4j_driver():
    code = "import sys, cli.main; print(any(m.startswith('neo4j') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_commands_never_import_the_group_that_registers_them():
    """cli/main.py adds each command explicitly; a command module importing it back would
    make registration a side effect of import order again. (Layers: tests/test_layers.py.)"""
    wrong = [
        f"{path.name} imports {name}"
        for path in sorted((REPO / "cli" / "commands").glob("*.py"))
        for name in _imported(path)
        if name == "cli.main"
    ]
    assert wrong == []
    assert sorted(cli.commands) == sorted(
        ["ingest", "extract", "fetch", "feeds", "stats", "documents", "entities", "entity",
         "claims", "conflicts", "timeline", "narratives", "narrative", "perspectives",
         "tensions", "digest", "export", "path", "sources", "migrate"]
    )  # fmt: skip


def _imported(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.append(node.module)
    return names


def test_sources_lists_the_most_cited_and_what_rests_on_one(run, seeds_dir):
    assert run("ingest", seeds_dir).exit_code == 0
    listed = json.loads(run("sources", "--json").stdout)
    assert listed and set(listed[0]) == {
        "key", "name", "kind", "outlet", "title", "url", "published",
        "documents", "claims", "stories",
    }  # fmt: skip
    assert [r["claims"] for r in listed] == sorted((r["claims"] for r in listed), reverse=True)
    technode = next(r for r in listed if r["name"] == "TechNode")
    assert technode["kind"] == "footnote" and technode["title"].startswith("Tencent launches")
    assert technode["documents"] >= 1 and technode["stories"] == 1
    rows = list(csv.DictReader(io.StringIO(run("sources", "--csv").stdout)))
    assert len(rows) == len(listed) and rows[0]["name"] == listed[0]["name"]
    resting = json.loads(run("sources", "--source", "technode", "--json").stdout)
    claims = [r for r in resting if r["type"] == "claim"]
    assert len(claims) == technode["claims"] and all(r["source"] == "TechNode" for r in resting)
    assert [r["type"] for r in resting].count("story") == 1
    table = run("sources", "TechNode")
    assert table.exit_code == 0 and "WorkBuddy" in table.stdout
    unknown = run("sources", "Nobody Cites This")
    assert unknown.exit_code == 1 and "no cited source" in unknown.output
