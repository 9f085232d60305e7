"""Many writers, one graph (issue 17): real ``kg ingest`` processes at once.

Every test starts real processes on a real SQLite file or a real Bolt server
(ArcadeDB from its wheel, or KG_NEO4J_URI's) and checks what a user would:
each writer exits 0 without a traceback, and the store holds what one writer
alone would have stored: as many documents, entities and claims, and the
same stories (documents grouped into the same narratives).

The articles are our own: four made-up stories, six reports each, written
from sentence patterns with different figures, so each report is its own text.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.scaleout import (
    Summary,
    Target,
    empty_store,
    kg_command,
    run_writers,
    summarise,
    write_inputs,
)
from kg.store import open_store

#: Small batches, so that a few dozen articles make many interleaved transactions.
BATCH = 3

# Each story: its cast (named in every sentence, so every report shares at
# least two names with its story) and sentence patterns; {n} varies the figures.
STORIES = {
    "bridge": [
        "Harlow County Council said on Monday that repairs to the Kestrel Bridge would cost "
        "£{n}.4 million, {p}% more than Brennan Civil Engineering had estimated.",
        "Council leader Dana Whitfield told reporters that Brennan Civil Engineering would "
        "keep one lane of the Kestrel Bridge open for buses.",
        "Engineers from Brennan Civil Engineering found {n} corroded cables on the Kestrel "
        "Bridge in January, according to a report to Harlow County Council.",
        "Dana Whitfield said Harlow County Council expected the Kestrel Bridge to reopen "
        "fully {n} weeks after the work starts.",
        "Traffic on the Kestrel Bridge fell by {p}% last year, Harlow County Council figures "
        "show, as drivers avoided the lane closures.",
        "Brennan Civil Engineering declined to comment on the cost, but Dana Whitfield said "
        "the Kestrel Bridge contract had a fixed price.",
    ],
    "docks": [
        "Workers at the Port of Maldon began a {n}-day strike on Tuesday after talks between "
        "the Maldon Dockworkers Union and Eastline Shipping broke down.",
        "Victor Okafor, general secretary of the Maldon Dockworkers Union, said Eastline "
        "Shipping had offered a pay rise of {p}%.",
        "Eastline Shipping said {n} container ships had been diverted from the Port of Maldon "
        "since the Maldon Dockworkers Union called the strike.",
        "Victor Okafor told a rally at the Port of Maldon that Eastline Shipping made a profit "
        "of £{n}0 million last year.",
        "The Maldon Dockworkers Union said {p}% of its members at the Port of Maldon had voted "
        "for the action, which Victor Okafor called a last resort.",
        "Eastline Shipping asked the Maldon Dockworkers Union to return to talks, and Victor "
        "Okafor said he would meet its managers on Friday.",
    ],
    "trial": [
        "Norvale Pharmaceuticals said its trial at Corbridge University found that the drug "
        "cut hospital stays by {p}% among {n}00 patients.",
        "Dr Helen Achterberg, who led the trial at Corbridge University, said Norvale "
        "Pharmaceuticals would publish the full results in May.",
        "The Medicines Safety Agency said it would review the Norvale Pharmaceuticals data "
        "within {n} weeks, Dr Helen Achterberg told the conference.",
        "Shares in Norvale Pharmaceuticals rose {p}% after Corbridge University released a "
        "summary of the trial.",
        "Dr Helen Achterberg said {n} patients at Corbridge University had left the trial "
        "early, a figure Norvale Pharmaceuticals confirmed.",
        "The Medicines Safety Agency has approved {n} drugs from Norvale Pharmaceuticals "
        "since 2019, and Dr Helen Achterberg expects a decision this year.",
    ],
    "rail": [
        "Westmoor Rail said on Wednesday that {p}% of its trains between Ashby and Redcliffe "
        "ran late in February, the worst month since 2021.",
        "Transport minister Colin Ferris told Westmoor Rail that the Ashby line needed {n} new "
        "trains before the summer.",
        "Passengers on the Ashby line complained {n}00 times last month, Westmoor Rail figures "
        "show, and Colin Ferris has asked for a plan.",
        "Colin Ferris said Westmoor Rail could lose the Ashby franchise if punctuality stayed "
        "below {p}% for another quarter.",
        "Westmoor Rail blamed signal faults near Redcliffe for {n} cancellations, and Colin "
        "Ferris said Network Signal Services would inspect the line.",
        "Network Signal Services said it would replace {n} signals between Ashby and Redcliffe, "
        "a job Westmoor Rail expects to take a month.",
    ],
}
OUTLETS = ("Harbour Herald", "Inland Courier", "Valley Post")
REPORTS_PER_STORY = 6


def article(story: str, number: int) -> dict[str, str]:
    """One report: four of the story's sentences, from a different one each time."""
    patterns = STORIES[story]
    picked = [patterns[(number + k) % len(patterns)] for k in range(4)]
    text = " ".join(p.format(n=number + 3 + k, p=11 + 7 * number + k) for k, p in enumerate(picked))
    report = {
        "id": f"{story}-{number}",
        "title": f"{story.capitalize()} report {number}",
        "text": text,
        "published": f"2026-03-{2 + number:02d}",
        "outlet": OUTLETS[number % len(OUTLETS)],
    }
    if number % 3 == 0:  # some reports have a URL, the rest only an id
        report["url"] = f"https://news.example/{story}/{number}?utm_source=rss"
    return report


def corpus_lines() -> list[str]:
    """The stories interleaved, as reports of several stories arrive in a day."""
    reports = [article(s, n) for n in range(REPORTS_PER_STORY) for s in STORIES]
    return [json.dumps(r) + "\n" for r in reports]


# -- stores ------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "bolt"])
def target(request, tmp_path, monkeypatch) -> Iterator[Target]:
    """The folder for a new SQLite file, or the session's Bolt server, with no other
    ``KG_*`` setting in the way (the processes started inherit this environment)."""
    for name in ("KG_DB", "KG_MODEL", "KG_ENTITIES", "KG_CONFIG", "KG_NEO4J_URI"):
        monkeypatch.delenv(name, raising=False)
    if request.param == "sqlite":
        yield Target("sqlite", str(tmp_path), {})
        return
    server = request.getfixturevalue("bolt_server")
    for name, value in server.environment().items():
        monkeypatch.setenv(name, value)  # open_store reads the Bolt credentials here
    yield Target("bolt", server.uri, server.environment())


_REFERENCES: dict[str, Summary] = {}


def one_writer(target: Target, workdir: Path) -> Summary:
    """What one ``kg ingest`` of the whole corpus stores (measured once per kind of store)."""
    if target.name not in _REFERENCES:
        store = empty_store(target, "one-writer")
        inputs = write_inputs(corpus_lines(), 1, workdir / "one-writer")
        _, [end] = run_writers(inputs, store.args, store.env, batch_size=BATCH, cwd=workdir)
        assert end.status == 0, end.stderr
        _REFERENCES[target.name] = _summary(store)
    return _REFERENCES[target.name]


def _summary(store: Target) -> Summary:
    return summarise(store.location)


def _assert_clean(ends) -> None:
    for end in ends:
        assert "Traceback" not in end.stderr, end.stderr[-3000:]
        assert end.status == 0, end.stderr[-3000:]


# -- many writers --------------------------------------------------------------------


@pytest.mark.parametrize("writers", [2, 4])
def test_writers_at_once_store_what_one_writer_stores(target, writers, tmp_path):
    reference = one_writer(target, tmp_path)
    assert reference.documents == len(corpus_lines())
    assert len(reference.stories) == len(STORIES)  # the four stories, each whole

    store = empty_store(target, f"{writers}-writers")
    inputs = write_inputs(corpus_lines(), writers, tmp_path / "inputs")
    _, ends = run_writers(inputs, store.args, store.env, batch_size=BATCH, cwd=tmp_path)

    _assert_clean(ends)
    found = _summary(store)
    assert found.differences(reference) == []


def test_a_writer_killed_mid_batch_then_resumed(target, tmp_path):
    reference = one_writer(target, tmp_path)
    store = empty_store(target, "killed")
    [everything] = write_inputs(corpus_lines(), 1, tmp_path / "all")
    [same_export] = write_inputs(corpus_lines(), 1, tmp_path / "same")  # a colleague's copy
    env = {**os.environ, **store.env}
    killed = _start(everything, store, env, tmp_path)
    other = _start(same_export, store, env, tmp_path)
    _wait_for_documents(store, at_least=4, process=killed)
    killed.kill()  # SIGKILL: no cleanup, a transaction may be open
    killed.wait()
    _, err = other.communicate(timeout=300)
    assert other.returncode == 0 and "Traceback" not in err, err[-3000:]

    _, ends = run_writers([everything], store.args, store.env, batch_size=BATCH, cwd=tmp_path)

    _assert_clean(ends)
    assert _summary(store).differences(reference) == []


def _start(path: Path, store: Target, env: dict[str, str], cwd: Path) -> subprocess.Popen[str]:
    command = kg_command("ingest", str(path), *store.args, "--batch-size", "2")
    return subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=cwd
    )


def _wait_for_documents(store: Target, at_least: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        with open_store(store.location) as opened:
            if opened.stats()["documents"] >= at_least:
                return
        time.sleep(0.2)
    assert process.poll() is None, "the writer ended before it could be killed"


# -- one article, many routes ----------------------------------------------------------


def _ingest(store: Target, *paths: Path, cwd: Path) -> dict[str, int]:
    command = kg_command("ingest", *map(str, paths), *store.args, "--json")
    env = {**os.environ, **store.env}
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_the_same_article_in_two_json_lines_files_is_one_document(target, tmp_path):
    store = empty_store(target, "two-files")
    pier, bridge = article("bridge", 1), article("bridge", 2)
    for report in (pier, bridge):
        report.pop("outlet")  # an export that names no outlet: ids are the store's own
    (tmp_path / "monday.jsonl").write_text(json.dumps(pier) + "\n")
    (tmp_path / "export.jsonl").write_text(json.dumps(pier) + "\n" + json.dumps(bridge) + "\n")

    _ingest(store, tmp_path / "monday.jsonl", cwd=tmp_path)
    second = _ingest(store, tmp_path / "export.jsonl", cwd=tmp_path)

    assert (second["added"], second["unchanged"]) == (1, 1)
    assert _summary(store).documents == 2


def test_bbc_articles_in_two_exports_are_stored_once(shared_dir, target, tmp_path):
    corpus = shared_dir / "corpus" / "bbc-news-2005.jsonl"
    if not corpus.is_file():
        pytest.skip("the BBC corpus is not in ../shared")
    with corpus.open(encoding="utf-8") as handle:
        lines = [next(handle) for _ in range(6)]
    store = empty_store(target, "bbc")
    inputs = write_inputs(lines, 2, tmp_path / "exports")  # 3 + 1 of the other's, each
    _, ends = run_writers(inputs, store.args, store.env, batch_size=BATCH, cwd=tmp_path)
    _assert_clean(ends)
    assert _summary(store).documents == 6


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Herald</title>
  <link>https://harbourherald.example/</link>
  <description>News from Calder Bay</description>
  <item>
    <title>{title}</title>
    <link>https://harbourherald.example/bridge/1?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">hh-bridge-1</guid>
    <pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>{text}</p>]]></content:encoded>
  </item>
</channel>
</rss>
"""


@pytest.mark.parametrize("export_has_url", [True, False], ids=["with-url", "id-only"])
def test_the_same_article_from_a_file_and_a_feed_is_one_document(target, export_has_url, tmp_path):
    from tests.feed_server import FeedServer

    store = empty_store(target, "file-and-feed")
    report = {**article("bridge", 1), "outlet": "Harbour Herald"}
    report.pop("url", None)
    if export_has_url:
        report["url"] = "https://harbourherald.example/bridge/1"
    (tmp_path / "archive.jsonl").write_text(json.dumps(report) + "\n")
    served = tmp_path / "served"
    served.mkdir()
    (served / "herald.xml").write_text(FEED.format(title=report["title"], text=report["text"]))
    server = FeedServer([served]).start()
    try:
        feeds = f"feeds:\n  - url: {server.base}/files/herald.xml\n    name: herald\n"
        (tmp_path / "feeds.yaml").write_text(feeds)
        _ingest(store, tmp_path / "archive.jsonl", cwd=tmp_path)
        env = {**os.environ, **store.env}
        fetch = kg_command("fetch", "--force", *store.args)
        done = subprocess.run(fetch, capture_output=True, text=True, env=env, cwd=tmp_path)
    finally:
        server.shutdown()
        server.server_close()
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr[-3000:]
    assert _summary(store).documents == 1


# -- a race lost for good ----------------------------------------------------------------


def test_a_batch_that_cannot_be_stored_is_one_line_per_document(tmp_path):
    """Another connection holds the SQLite file (BEGIN EXCLUSIVE) while a writer with a
    short busy timeout goes on: the batches that run out of retries are reported one
    line per document, the others are stored, the exit status is 1, and a rerun stores
    what was missed."""
    import re
    import sqlite3
    import threading

    store = str(tmp_path / "locked.db")
    [inputs] = write_inputs(corpus_lines(), 1, tmp_path / "inputs")
    env = {**os.environ, "KG_SQLITE_BUSY_TIMEOUT_MS": "20"}
    for name in ("KG_DB", "KG_CONFIG", "KG_NEO4J_URI"):
        env.pop(name, None)
    command = kg_command("ingest", str(inputs), "--db", store, "--batch-size", "2")
    writer = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path
    )
    held = threading.Event()

    def hold_the_file() -> None:
        while writer.poll() is None and _stored(store) < 2:
            time.sleep(0.05)
        holder = sqlite3.connect(store, isolation_level=None)
        holder.execute("BEGIN EXCLUSIVE")
        held.set()
        time.sleep(3.0)  # longer than every retry of a batch
        holder.execute("ROLLBACK")
        holder.close()

    thread = threading.Thread(target=hold_the_file)
    thread.start()
    _, err = writer.communicate(timeout=300)
    thread.join()

    assert held.is_set(), "the writer ended before the file could be held"
    assert writer.returncode == 1 and "Traceback" not in err, err[-3000:]
    not_stored = re.findall(
        r"^error: \[E121\] (\S+\.jsonl:\d+): could not store \(.+\); run kg ingest again$",
        err,
        re.MULTILINE,
    )
    stored = _stored(store)
    assert not_stored and stored >= 2, err[-3000:]
    assert len(not_stored) + stored == len(corpus_lines())  # one line per missing document
    env.pop("KG_SQLITE_BUSY_TIMEOUT_MS")
    again = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr[-3000:]
    assert _stored(store) == len(corpus_lines())


def _stored(path: str) -> int:
    """Documents in a SQLite store, read without taking any lock a writer needs."""
    import sqlite3

    if not Path(path).exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # no schema yet
    finally:
        conn.close()
