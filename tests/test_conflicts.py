"""Conflicting figures and the timeline, on our examples (and the seeds when present)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from cli.main import cli
from extractors.topics import metric_terms, subject_terms, topic_key
from kg.relations import relation

from .test_cli import EXAMPLES, config_with_entities


def figure(value, text, start, end, **extra):
    row = {
        "value": value,
        "low": value,
        "high": value,
        "approx": "=",
        "quantity_text": text,
        "time_start": start,
        "time_end": end,
        "time_basis": "stated",
        "metric": "share of token volume",
        "document_id": text,
        "sent_start": 0,
        "origin": text,
        "published": "2026-05-01",
        "kind": "percent",
    }
    row.update(extra)
    return row


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            figure(36, "36%", "2026-04-21", "2026-04-30"),
            figure(45, "about 45%", "2026-04-01", "2026-04-30", approx="~"),
            "contradiction",
        ),
        (
            figure(45, "about 45%", "2026-04-01", "2026-04-30", approx="~"),
            figure(44.8, "44.8%", "2026-04-01", "2026-04-30"),
            "compatible",
        ),
        (
            figure(85, "80–90%", "2026-04-01", "2026-04-30", low=80, high=90),
            figure(85.5, "85.5%", "2026-04-01", "2026-04-30"),
            "compatible",
        ),
        (
            figure(61, "61 percent", "2026-02-18", "2026-02-24"),
            figure(61, "61%", "2026-05-01", "2026-08-31"),
            "different_date",
        ),
        (
            figure(10, "10%", "2026-01-01", "2026-01-10"),
            figure(36, "36%", "2026-04-21", "2026-04-30"),
            "different_time",
        ),
        (
            figure(36, "36%", "2026-04-21", "2026-04-30"),
            figure(36, "36 percent", "2026-04-01", "2026-04-30"),
            "corroborates",
        ),
        (
            figure(36, "36%", "2026-04-21", "2026-04-30", origin="desk", published="2026-05-01"),
            figure(39, "39%", "2026-04-21", "2026-04-30", origin="desk", published="2026-05-09"),
            "revised",
        ),
        (
            figure(37.1, "37.1%", "2026-04-01", "2026-04-30", metric="provider share of tokens"),
            figure(45, "45%", "2026-04-01", "2026-04-30", metric="model share of tokens"),
            "different_definition",
        ),
        (
            figure(36, "36%", "2026-05-12", "2026-05-12", time_basis="as-reported"),
            figure(45, "45%", "2026-04-01", "2026-04-30"),
            None,
        ),
        (
            figure(61, "61%", "2026-02-18", "2026-02-24"),
            figure(56.9, "56.9%", "2026-02-18", "2026-02-24", metric="increase of call volume"),
            None,
        ),
        # a share of cost and a share of volume divide different things
        (
            figure(20, "20%", "2026-04-01", "2026-04-30", metric="share of cost"),
            figure(36, "36%", "2026-04-01", "2026-04-30"),
            None,
        ),
        # counted differently a day apart: a definition, not a trend
        (
            figure(7.5, "7.5%", "2026-03-21", "2026-03-31", metric="share of weekly tokens"),
            figure(12.3, "12.3%", "2026-04-01", "2026-04-30", metric="provider-level share"),
            "different_definition",
        ),
        # ... but months apart it is a trend
        (
            figure(7.5, "7.5%", "2026-01-01", "2026-01-31", metric="share of weekly tokens"),
            figure(12.3, "12.3%", "2026-04-01", "2026-04-30", metric="provider-level share"),
            "different_time",
        ),
    ],
)
def test_relations(a, b, expected):
    assert relation(a, b) == expected


def test_topics_fold_synonyms_and_generic_words():
    assert metric_terms("share of weekly token consumption") == metric_terms("token usage share")
    assert subject_terms("models built by Chinese labs", None) == {"china"}
    assert subject_terms("U.S. firms", None) == subject_terms("American companies", None)
    assert topic_key("percent", "%", "hold", "the US big three", None) == (
        "percent|%|united states|share"
    )
    assert topic_key("event", None, "launch WorkBuddy", "Tencent", "Tencent") is None
    assert topic_key("percent", "%", "share", None, None) is None


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("conflicts")
    db = folder / "kg.db"
    result = CliRunner().invoke(
        cli,
        ["ingest", str(EXAMPLES), "--db", str(db), "--config", str(config_with_entities(folder))],
    )
    assert result.exit_code == 0, result.output
    return db


def kg(db, *args):
    result = CliRunner().invoke(cli, [*map(str, args), "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_the_share_figures_form_one_set_with_typed_explanations(examples_db):
    sets = json.loads(kg(examples_db, "conflicts", "--json").stdout)
    [shares] = [s for s in sets if "share" in (s["metric"] or "")]
    values = {c["value"] for c in shares["claims"]}
    assert {36.0, 45.0, 37.1, 61.0} <= values
    kinds = _by_kind(shares)
    by_id = {c["id"]: c for c in shares["claims"]}
    contradicting = {by_id[i]["value"] for i in kinds["contradiction"]}
    assert {45.0, 37.1} <= contradicting  # April 2026: about 45% against 37.1%
    sixty_one = [by_id[i] for i in kinds["different_date"] if by_id[i]["value"] == 61.0]
    assert len({c["time"]["start"] for c in sixty_one}) == 2  # one figure, two dates
    assert shares["origins"] >= 3 and 0 < shares["severity"] <= 1
    # Unrelated figures never join: no prices, token counts or multipliers in the set.
    assert {c["kind"] for c in shares["claims"]} == {"percent"}


def _by_kind(found):
    """Every claim an explanation of each kind names (explanations are pair by pair)."""
    kinds = {}
    for explanation in found["explanations"]:
        kinds.setdefault(explanation["kind"], set()).update(explanation["claims"])
    return kinds


def test_conflicts_table_and_filters(examples_db):
    table = kg(examples_db, "conflicts").stdout
    assert "contradiction:" in table and "different_date:" in table
    assert "Asia Tech Wire" in table
    assert json.loads(kg(examples_db, "conflicts", "--metric", "price", "--json").stdout) == []
    assert json.loads(kg(examples_db, "conflicts", "--min-severity", "1", "--json").stdout) == []
    assert json.loads(kg(examples_db, "conflicts", "--entity", "OpenRouter", "--json").stdout)


def test_links_only_join_claims_on_one_topic(examples_db):
    conn = sqlite3.connect(examples_db)
    mixed = conn.execute(
        "SELECT count(*) FROM claim_links l JOIN claims a ON a.id = l.claim_a"
        " JOIN claims b ON b.id = l.claim_b WHERE a.topic_key != b.topic_key"
    ).fetchone()[0]
    assert mixed == 0
    assert conn.execute("SELECT count(*) FROM claim_links").fetchone()[0] > 0


def test_timeline_in_the_order_of_what_it_is_about(examples_db):
    entries = json.loads(kg(examples_db, "timeline", "OpenRouter", "--json").stdout)
    starts = [e["start"] for e in entries]
    assert starts == sorted(starts)
    assert all(e["sources"] and e["claims"] for e in entries)
    assert any(e["conflict"] for e in entries)
    [week] = [e for e in entries if e["granularity"] == "week"]
    assert week["when"] == "week ending 24 Feb 2026"
    undated = json.loads(kg(examples_db, "timeline", "--undated", "--json").stdout)
    assert len(undated) >= len(json.loads(kg(examples_db, "timeline", "--json").stdout))
    table = kg(examples_db, "timeline", "share").stdout.splitlines()
    assert table[0].split() == ["when", "!", "what", "sources"]


def test_an_event_reported_twice_is_one_entry(tmp_path):
    db = tmp_path / "kg.db"
    (tmp_path / "a.txt").write_text("Tencent launched WorkBuddy in late May 2026.\n")
    (tmp_path / "b.txt").write_text(
        "Rivals watched as Tencent launched WorkBuddy in late May 2026, a desk note said.\n"
    )
    kg(db, "ingest", tmp_path / "a.txt", "--outlet", "Desk A")
    kg(db, "ingest", tmp_path / "b.txt", "--outlet", "Desk B")
    entries = json.loads(kg(db, "timeline", "--json").stdout)
    [launch] = [e for e in entries if "launch" in e["text"]]
    assert {s["outlet"] for s in launch["sources"]} == {"Desk A", "Desk B"}
    assert launch["when"] == "late May 2026"


def test_two_figures_of_one_sentence_are_one_entry(tmp_path):
    db = tmp_path / "kg.db"
    (tmp_path / "a.txt").write_text(
        "Grid Report\n\nIn 2025 Norland added 540 GW of new generating capacity,"
        " about 8.5 times what its neighbour added.\n"
    )
    kg(db, "ingest", tmp_path / "a.txt", "--outlet", "Desk A")
    entries = json.loads(kg(db, "timeline", "--json").stdout)
    [added] = [e for e in entries if "540 GW" in e["text"]]
    assert "8.5 times" in added["text"]
    assert len(added["claims"]) == 2


def test_an_unnamed_subject_is_compared_within_its_story_only(tmp_path):
    db = tmp_path / "kg.db"
    # Two stories months apart, each about "the airline", whose figures differ.
    (tmp_path / "a.txt").write_text(
        "Harbour Air Posts Results\n\nHarbour Air reported its yearly results in Oslo on"
        " Monday. The airline said its net profit was $50m in 2025.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Skyline Jet Opens Books\n\nSkyline Jet published its accounts in Lima on Friday."
        " The airline said its net profit was $80m in 2025.\n"
    )
    kg(db, "ingest", tmp_path / "a.txt", "--outlet", "Desk A", "--published", "2026-03-02")
    kg(db, "ingest", tmp_path / "b.txt", "--outlet", "Desk B", "--published", "2026-07-10")
    stories = json.loads(kg(db, "narratives", "--min-documents", "1", "--json").stdout)
    assert len(stories) == 2
    links = sqlite3.connect(db).execute("SELECT count(*) FROM claim_links").fetchone()[0]
    assert links, "the two figures are on one topic"
    assert json.loads(kg(db, "conflicts", "--json").stdout) == []


# -- the seeds ----------------------------------------------------------------------------


def test_seed_share_conflict(seeds_dir, tmp_path):
    db = tmp_path / "kg.db"
    kg(db, "ingest", seeds_dir, "--config", config_with_entities(tmp_path))
    sets = json.loads(kg(db, "conflicts", "--json").stdout)
    [shares] = [s for s in sets if {36.0, 61.0} <= {c["value"] for c in s["claims"]}]
    by_id = {c["id"]: c for c in shares["claims"]}
    kinds = {k: {by_id[i]["value"] for i in ids} for k, ids in _by_kind(shares).items()}
    assert {36.0, 45.0} <= kinds["contradiction"]
    # 37.1% stands in a chart caption and a list, which take no date from the text above
    # them: dated only by its article, it cannot disagree on time or value.
    assert 61.0 in kinds["different_date"]
    assert {10.0, 2.0} <= kinds["different_time"]
    for found in sets:  # "dropped from 70% to 40%" is one trend, never a contradiction
        claims = {c["id"]: c for c in found["claims"]}
        for explanation in found["explanations"]:
            ends = [claims[i] for i in explanation["claims"] if claims[i]["value"] in (70.0, 40.0)]
            one_series = (
                len(ends) == 2 and ends[0]["series"] and ends[0]["series"] == ends[1]["series"]
            )
            assert not (one_series and explanation["kind"] == "contradiction")
    for found in sets:  # a share, a week-on-week increase and a share-price jump never meet
        values = {c["value"] for c in found["claims"]}
        assert not ({61.0, 56.9} <= values or {61.0, 48.0} <= values)


# -- explanations an editor can act on -------------------------------------------------------


def _assert_explanations_name_what_differs(found):
    by_id = {c["id"]: c for c in found["claims"]}
    partners = {}
    for explanation in found["explanations"]:
        because = explanation["because"]
        assert len(explanation["figures"]) == 2
        for figure in explanation["figures"]:
            assert figure["figure"] in because and figure["sources"], because
            assert all(len(s) != 16 or not s.isalnum() for s in figure["sources"])  # no ids
        assert explanation["differs"] or "different values" in because, because
        pair = frozenset(
            (by_id[f["claims"][0]]["value"], f["when"]) for f in explanation["figures"]
        )
        assert pair not in partners, (because, partners.get(pair))  # one explanation a pair
        partners[pair] = because


def test_each_explanation_names_its_two_figures_and_what_differs(examples_db):
    sets = json.loads(kg(examples_db, "conflicts", "--json").stdout)
    assert sets
    for found in sets:
        _assert_explanations_name_what_differs(found)
    table = kg(examples_db, "conflicts").stdout
    assert "differ" in table and "(3 claims)" not in table


def _claim(id_, value, text, subject, metric, time, outlet, **extra):
    start, end, granularity = time
    return {
        "id": id_, "value": value, "unit": "%", "quantity_text": text, "subject": subject,
        "metric": metric, "scope": [], "approx": "~" if "roughly" in text else "=",
        "hedge": "reported", "attributed_to": None,
        "time": {"start": start, "end": end, "granularity": granularity},
        "document": {"id": "d" + id_, "outlet": outlet},
    } | extra  # fmt: skip


def test_an_explanation_says_scope_time_rounding_and_revision():
    from queries.conflicts import explain_pairs

    week = ("2026-02-18", "2026-02-24", "week")
    april = ("2026-04-01", "2026-04-30", "month")
    a = _claim("1", 61.0, "61%", "Chinese models", "share of weekly tokens", week, "Desk A")
    b = _claim("2", 45.0, "roughly 45%", "Chinese providers", "share of tokens", april, "Desk B")
    c = _claim("3", 61.0, "61%", "Chinese models", "share of weekly tokens", week, "Desk C")
    d = _claim("4", 58.0, "58%", "Chinese models", "share of weekly tokens", week, "Desk A")
    edges = [("1", "2", "different_definition"), ("1", "2", "different_time"),
             ("3", "2", "contradiction"), ("1", "4", "revised")]  # fmt: skip
    found = explain_pairs([a, b, c, d], edges)
    # 61% from two desks is one figure: one explanation against 45%, the strongest
    pairs = [e for e in found if {"1", "2"} <= set(e["claims"])]
    assert [e["kind"] for e in pairs] == ["contradiction"]
    because = pairs[0]["because"]
    assert because.startswith("61% (Desk A, Desk C) and roughly 45% (Desk B) differ"), because
    assert "models vs providers" in because and "weekly vs no period" in because
    assert "week ending 24 Feb 2026 vs Apr 2026 (a single week vs a month)" in because
    assert "roughly 45% is approximate" in because
    [revised] = [e for e in found if e["kind"] == "revised"]
    assert "Desk A gave" in revised["because"], revised["because"]


def test_seed_explanations_name_the_figures_and_what_differs(seeds_dir, tmp_path):
    db = tmp_path / "kg.db"
    kg(db, "ingest", seeds_dir, "--config", config_with_entities(tmp_path))
    sets = json.loads(kg(db, "conflicts", "--json").stdout)
    [shares] = [s for s in sets if {36.0, 61.0} <= {c["value"] for c in s["claims"]}]
    _assert_explanations_name_what_differs(shares)
    text = " ".join(e["because"] for e in shares["explanations"])
    assert "providers vs models" in text  # 45% counts providers, 36% models
    assert "week ending 24 Feb 2026" in text  # 61% is one week in February


def test_two_outlets_shares_of_one_candidate_in_one_poll_conflict(tmp_path):
    """One outlet says the candidate "has 36 percent", another that she "received 41
    percent support", in the same poll: one measure, two values, a contradiction."""
    db = tmp_path / "kg.db"
    (tmp_path / "a.txt").write_text(
        "Tight race in Ohio\n\nA new Quinnipiac poll released on Tuesday shows Jane Alvarez"
        " has 36 percent among likely Democratic voters in Ohio.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Alvarez leads in Ohio\n\nJane Alvarez received 41 percent support in a Quinnipiac"
        " poll of likely Democratic voters in Ohio released on Tuesday.\n"
    )
    kg(db, "ingest", tmp_path / "a.txt", "--outlet", "Desk A", "--published", "2016-03-01")
    kg(db, "ingest", tmp_path / "b.txt", "--outlet", "Desk B", "--published", "2016-03-02")
    [conflict] = json.loads(kg(db, "conflicts", "--json").stdout)
    assert (conflict["subject"], conflict["metric"]) == ("Jane Alvarez", "support")
    [explanation] = conflict["explanations"]
    assert explanation["kind"] == "contradiction"
    assert {f["figure"] for f in explanation["figures"]} == {"36 percent", "41 percent"}
