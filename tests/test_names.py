"""Every source named, dates said once, labels a person would write: on stories we wrote.

The articles here have no outlet, no URL and (in JSON Lines) no title, the case
in which kg used to print id hashes: conflict rows "? (published date
unknown)", digest sources "document 1010f8a9", chart labels "61 percent ·
e80999dd".
"""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from cli.main import cli
from queries.sources_named import document_name, published_text
from queries.story_labels import Background, furniture, key_phrase

SHOOTING = [
    {
        "id": "cameo-1",
        "title": "Cameo nightclub shooting: two dead in Cincinnati",
        "text": "Two people died in the Cameo nightclub shooting in Cincinnati on Sunday, "
        "police chief Eliot Isaac said. Officers found 17 people wounded at the Cameo club.",
    },
    {
        "id": "cameo-2",
        "title": "NEED PEOPLE TO COME FORWARD, police say after Cameo nightclub shooting",
        "text": "Police chief Eliot Isaac asked witnesses of the Cameo nightclub shooting in "
        "Cincinnati to come forward. He said 15 people were wounded at the Cameo club.",
    },
    {
        "id": "cameo-3",
        "title": "AP Photo/John Minchillo",
        "text": "Eliot Isaac said the Cameo nightclub shooting in Cincinnati left 16 people "
        "wounded at the Cameo club.",
    },
]
HEX_ID = re.compile(r"\b[0-9a-f]{8}\b")


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module")
def untitled_db(tmp_path_factory):
    """The shooting story as JSON Lines with text only: no outlet, URL, title or date."""
    folder = tmp_path_factory.mktemp("names")
    path = folder / "wire.jsonl"
    path.write_text(
        "\n".join(json.dumps({"id": d["id"], "text": d["text"]}) for d in SHOOTING) + "\n",
        encoding="utf-8",
    )
    db = folder / "kg.db"
    run("ingest", str(path), "--db", str(db))
    return db


@pytest.fixture(scope="module")
def document_ids(untitled_db):
    found = json.loads(run("documents", "--db", str(untitled_db), "--json"))
    return [d["id"] for d in found]


def _no_document_id(text: str, ids: list[str]) -> None:
    for document_id in ids:
        assert document_id[:8] not in text, f"{document_id[:8]} shown in:\n{text}"


def test_a_document_is_named_by_the_best_thing_it_has():
    assert document_name({"id": "e80999dd", "outlet": "Asia Tech Wire"}) == "Asia Tech Wire"
    assert document_name({"id": "e80999dd", "metadata": {"site_name": "Circuit"}}) == "Circuit"
    assert document_name({"id": "e80999dd", "url": "https://www.wire.example/a"}) == "wire.example"
    assert document_name({"id": "e80999dd", "title": "Token share"}) == "Token share"
    assert document_name({"id": "e80999dd", "origin": "in/wire.jsonl:2"}) == "wire.jsonl, line 2"
    assert document_name({"id": "e80999dd", "text": "Police said on Sunday"}) == (
        "Police said on Sunday"
    )
    assert not HEX_ID.search(document_name({"id": "e80999dd"}))


def test_an_undated_document_says_so_once():
    assert published_text({"published": None}) == "date unknown"
    assert published_text({"published": "2026-04-30T08:00:00Z"}) == "published 2026-04-30"


def test_conflict_rows_name_no_hash_and_say_the_date_is_unknown_once(untitled_db, document_ids):
    out = run("conflicts", "--db", str(untitled_db))
    _no_document_id(out, document_ids)
    assert " ? " not in out
    assert "published date unknown" not in out
    if "wounded" in out:  # the counts of wounded disagree
        assert "(date unknown)" in out


def test_claims_timeline_and_digest_name_every_source(untitled_db, document_ids):
    _no_document_id(run("claims", "--db", str(untitled_db)), document_ids)
    _no_document_id(run("timeline", "--db", str(untitled_db), "--undated"), document_ids)
    story = json.loads(run("narratives", "--db", str(untitled_db), "--json"))[0]["id"]
    for fmt in ("md", "html"):
        _no_document_id(
            run("digest", story, "--db", str(untitled_db), "--format", fmt), document_ids
        )
    digest = json.loads(run("digest", story, "--db", str(untitled_db), "--format", "json"))
    for source in digest["sources"]:
        assert source["title"] and not HEX_ID.search(source["title"])
    for chart in digest["charts"]:
        for point in chart["points"]:
            assert not HEX_ID.search(point["outlet"])


def test_undated_stories_are_undated_not_emerging_today(untitled_db):
    stories = json.loads(run("narratives", "--db", str(untitled_db), "--json"))
    assert {s["status"] for s in stories} == {"undated"}
    assert all(s["first_published"] is None for s in stories)
    table = run("narratives", "--db", str(untitled_db))
    assert "emerging" not in table
    detail = run("narrative", stories[0]["id"], "--db", str(untitled_db))
    assert "publication dates unknown" in detail


def test_status_comes_from_the_dates_articles_carry(tmp_path):
    """Spring articles ingested today are not "emerging": they were published in spring."""
    path = tmp_path / "spring.jsonl"
    rows = [{**d, "published": f"2026-04-{10 + i:02d}"} for i, d in enumerate(SHOOTING)]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    db = tmp_path / "kg.db"
    run("ingest", str(path), "--db", str(db))
    stories = json.loads(run("narratives", "--db", str(db), "--json"))
    assert all(s["first_published"] >= "2026-04-10" for s in stories)
    assert all(s["last_published"] <= "2026-04-12" for s in stories)
    assert "undated" not in {s["status"] for s in stories}


def test_labels_are_the_phrase_titles_share_not_shouting_or_credits(tmp_path):
    path = tmp_path / "titled.jsonl"
    path.write_text("\n".join(json.dumps(d) for d in SHOOTING) + "\n", encoding="utf-8")
    db = tmp_path / "kg.db"
    run("ingest", str(path), "--db", str(db))
    labels = [s["label"] for s in json.loads(run("narratives", "--db", str(db), "--json"))]
    assert any("Cameo nightclub shooting" in label for label in labels)
    for label in labels:
        assert not furniture(label), label
        assert "Minchillo" not in label and "NEED PEOPLE" not in label


def test_key_phrase_prefers_what_documents_share():
    titles = [
        "Chinese models take 61% of OpenRouter tokens",
        "Why Chinese models lead on OpenRouter",
        "Skip to content",
    ]
    # The whole of a title whose words the others share: a headline, not a topic.
    assert key_phrase(titles, ["OpenRouter"]) == "Chinese models take 61% of OpenRouter tokens"
    assert key_phrase(["Skip to content", "ALL CAPS HEADLINE HERE"], ["X"]) == ""
    assert key_phrase(["Lufthansa flies back to profit"], ["Lufthansa"]) == (
        "Lufthansa flies back to profit"
    )


def test_key_phrase_says_what_happened_not_only_who():
    titles = [
        "Harbor Bridge closes after crack found in deck",
        "Crack forces Harbor Bridge to close",
        "Harbor Bridge closes for repairs",
    ]
    assert key_phrase(titles, ["Harbor Bridge"]) == "Harbor Bridge closes after crack found in deck"


def test_key_phrase_counts_a_title_above_a_lead():
    texts = [
        "Mayor unveils plan\nThe Riverside tram line will reopen in May, the mayor said.",
        "Council backs mayor's plan\nOfficials said the Riverside tram line would reopen.",
    ]
    assert key_phrase(texts, []) == "Mayor unveils plan"


def test_key_phrase_tells_stories_apart():
    # Words that many of the store's titles use name no story.
    common = Background(["Senate vote on budget", "Senate vote on taxes", "Senate vote delayed"])
    titles = ["Senate vote ends", "Senate vote ends; dock strike ends", "Dock strike ends"]
    assert key_phrase(titles, []) == "Senate vote ends"
    assert key_phrase(titles, [], background=common) == "Dock strike ends"


def test_key_phrase_keeps_to_a_headline_and_cuts_no_phrase():
    titles = [
        "Riverside council approves the city budget for 2027 after a long night of debate",
        "Council approves city budget for 2027 after long debate",
        "Riverside's budget for 2027 approved, council says",
    ]
    label = key_phrase(titles, ["Riverside"])
    assert len(label.split()) <= 8
    assert label == "Riverside council approves the city budget for 2027"
    # Not before "says" (it would cut "council says"), nor after an owner ("Riverside's").
    titles = ["Bus fares will rise, transit board says", "Transit board: bus fares will rise"]
    assert key_phrase(titles, []) == "Bus fares will rise"
    # A quotation cut in two loses its mark; a label starts with a capital.
    titles = ["Union says ‘strike is over’ at docks", "strike is over at the docks"]
    assert key_phrase(titles, []) == "Strike is over at the docks"


def test_key_phrase_runs_on_to_where_its_phrase_ends():
    # The second title shares only the first words: the label still ends on a noun.
    titles = [
        "Health ministry finds no unusual virus strains in school outbreak",
        "Health ministry finds no unusual rise in flu cases",
    ]
    assert key_phrase(titles, []) in (
        "Health ministry finds no unusual virus strains in school outbreak",
        "Health ministry finds no unusual rise in flu cases",
    )
    # A quotation it opens, it closes ('city within a city'), straight quotes too.
    titles = ["In photos: Osaka's new 'city within a city'", "Osaka's new 'city opens its gates"]
    assert key_phrase(titles, []) == "Osaka's new city within a city"


def test_a_file_named_by_a_hash_is_named_without_it():
    from queries.sources_named import document_name

    hashed = {"id": "d1", "origin": "seeds/004_53989d1fec1baf84.txt"}
    assert document_name(hashed) == "004.txt"
    assert document_name({**hashed, "text": "A price war flips the map."}) == (
        "A price war flips the map."
    )
    # A date in a file name is not a hash.
    assert document_name({"id": "d2", "origin": "wire-20260512.txt"}) == "wire-20260512.txt"
