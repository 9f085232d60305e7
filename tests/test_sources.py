"""Readers, one fixture per kind of input (tests/fixtures/sources/)."""

from __future__ import annotations

import pytest

from extractors.records import FeedRef, Problem, SourceDocument
from extractors.sources import iter_input_paths, read_bytes, read_path

FIXTURES_DIR = "sources"


@pytest.fixture
def src(fixtures_dir):
    return fixtures_dir / FIXTURES_DIR


def read(path, **overrides):
    items = list(read_path(path, **overrides))
    docs = [i for i in items if isinstance(i, SourceDocument)]
    problems = [i for i in items if isinstance(i, Problem)]
    return docs, problems


def codes(problems):
    return [p.code for p in problems]


def test_rss2_prefers_full_content_and_keeps_links(src):
    docs, problems = read(src / "rss2-content.xml")
    assert problems == []
    first, second = docs
    assert first.text.startswith("Container volumes at the port rose 4.2% in December")
    assert "third monthly rise" in first.text
    assert first.links[0].href == "https://portstats.example/dec"
    assert first.title == "Port volumes rise for a third month"
    assert first.outlet == "Harbour Ledger"
    assert first.authors == ["Ines Marlow"]
    assert (first.published, first.published_source) == ("2026-01-13T06:45:00Z", "feed")
    assert first.key == "url:https://harbourledger.example/2026/01/volumes"
    assert first.origin.endswith("rss2-content.xml#entry-1")
    assert second.text == "Unions called off Friday's strike after talks."


def test_rss1_rdf_items_and_dc_date(src):
    [doc], problems = read(src / "rss1.rdf")
    assert problems == []
    assert doc.published[:10] == "2025-09-30"
    assert doc.outlet == "Field Notes"


def test_atom_html_content_and_updated_date(src):
    [doc], problems = read(src / "atom.atom")
    assert problems == []
    assert doc.text == "Solar farms supplied 11% of demand on 1 February, a winter record."
    assert doc.published == "2026-02-02T09:30:00Z"
    assert doc.feed == "https://gridweekly.example/atom.xml"
    assert doc.authors == ["Tomas Ruel"]


def test_unreadable_entry_date_is_a_warning_and_unknown(src):
    [doc], problems = read(src / "rss-bad-date.xml")
    assert codes(problems) == ["E111"]
    assert not problems[0].fatal
    assert "the day after the storm" in problems[0].message
    assert (doc.published, doc.published_source) == (None, "unknown")


def test_truncated_feed_keeps_whole_items_and_warns(src):
    docs, problems = read(src / "rss-truncated.xml")
    assert [d.title for d in docs][:1] == ["Whole item"]
    assert codes(problems) == ["E107"]
    assert not problems[0].fatal


def test_xml_that_is_not_a_feed(src):
    docs, problems = read(src / "not-a-feed.xml")
    assert docs == []
    assert codes(problems) == ["E106"]


def test_entity_declarations_are_refused_before_parsing(src):
    docs, problems = read(src / "entities.xml")
    assert docs == []
    assert codes(problems) == ["E108"]
    assert "entity expansion" in problems[0].message


def test_json_feed(src):
    docs, problems = read(src / "feed.json")
    assert problems == []
    first, second = docs
    assert first.text == "Launches doubled to 24 in the first quarter."
    assert (first.published, first.published_source) == ("2026-04-03T16:00:00Z", "feed")
    assert first.authors == ["Priya Nand"]
    assert first.outlet == "Orbit Memo"
    assert second.text == "Two satellites were retired in March."
    assert second.key == "id:https://orbitmemo.example/feed.json|om-1"
    assert second.authors == ["Orbit Memo staff"]


def test_json_lines_bad_lines_are_reported_by_line_number(src):
    docs, problems = read(src / "articles.jsonl")
    assert [d.metadata.get("section") for d in docs] == ["Trade", None, None]
    assert [d.origin.rsplit(":", 1)[1] for d in docs] == ["1", "4", "6"]
    fatal = {p.origin.rsplit(":", 1)[1]: p.code for p in problems if p.fatal}
    assert fatal == {"2": "E109", "3": "E110", "5": "E110"}
    [warning] = [p for p in problems if not p.fatal]
    assert (warning.code, warning.origin.rsplit(":", 1)[1]) == ("E111", "4")
    first, odd, authors = docs
    assert (first.published, first.published_source, first.outlet) == (
        "2026-03-05",
        "json",
        "Ledger",
    )
    assert (odd.published, odd.published_source) == (None, "unknown")
    assert authors.authors == ["A. One", "B. Two"]


def test_html_json_ld_date_main_text_and_outlet_from_domain(src):
    [doc], problems = read(src / "json-ld.html")
    assert problems == []
    assert (doc.published, doc.published_source) == ("2026-06-09T04:00:00Z", "html")
    assert "valley line again from September" in doc.text
    assert "Cookie settings" not in doc.text and "Log in" not in doc.text
    assert [link.href for link in doc.links] == ["https://operator.example/plan"]


def test_html_time_element_and_canonical_url(src):
    [doc], _ = read(src / "time-element.html")
    assert doc.published == "2026-01-20"
    assert doc.key == "url:https://citydesk.example/library-hours"
    assert doc.outlet == "citydesk.example"


def test_markdown_front_matter_and_plain_text(src):
    [doc], problems = read(src / "front-matter.md")
    assert problems == []
    assert (doc.title, doc.outlet, doc.published, doc.published_source) == (
        "Bridge repairs finish early",
        "Riverside Post",
        "2026-07-01",
        "text",
    )
    assert doc.authors == ["Kay Osei"]
    assert "the highways office said" in doc.text and "**" not in doc.text
    assert doc.links[0].href == "https://highways.example/north"


def test_text_title_and_dateline(src):
    [doc], _ = read(src / "dateline.txt")
    assert doc.title == "Ferry fares frozen for winter"
    assert (doc.published, doc.published_source) == ("2026-03-03", "text")
    assert doc.key.startswith("sha256:")


def test_text_with_no_dateline_takes_the_date_its_file_is_named_by(src):
    [doc], problems = read(src / "2026-05-19_harbour-toll.txt")
    assert problems == []
    assert (doc.published, doc.published_source) == ("2026-05-19", "filename")


def test_a_dateline_wins_over_the_file_name(tmp_path):
    path = tmp_path / "2020-01-01-notes.txt"
    path.write_text("Ferry notes\n\nPublished: 3 March 2026\n\nFares rose.\n", encoding="utf-8")
    [doc], _ = read(path)
    assert (doc.published, doc.published_source) == ("2026-03-03", "text")


def test_non_utf8_text_is_read_with_a_warning(src):
    [doc], problems = read(src / "cp1252.txt")
    assert doc.text.startswith("Café owners")
    assert codes(problems) == ["E114"]
    assert not problems[0].fatal


def test_opml_lists_each_feed_once(src):
    items = list(read_path(src / "subs.opml"))
    assert all(isinstance(i, FeedRef) for i in items)
    assert [(f.url, f.title) for f in items] == [
        ("https://harbourledger.example/rss", "Harbour Ledger"),
        ("https://gridweekly.example/atom.xml", "Grid Weekly"),
    ]


def test_user_overrides_win(src):
    [doc], _ = read(src / "atom.atom", outlet="Desk", published="2026-02-05")
    assert (doc.outlet, doc.published, doc.published_source) == ("Desk", "2026-02-05", "user")


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (b"", "empty.txt", "E104"),
        (b"   \n\n", "blank.md", "E104"),
        (bytes(range(256)) * 4, "photo.html", "E103"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image.xml", "E103"),
        (b"a,b\n1,2\n", "table.csv", "E105"),
    ],
)
def test_inputs_that_cannot_be_read(data, name, code):
    [problem] = list(read_bytes(data, name))
    assert (problem.code, problem.fatal, problem.origin) == (code, True, name)


def test_folders_are_walked_in_order_and_missing_paths_reported(tmp_path):
    (tmp_path / "b.txt").write_text("B")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text("A")
    (tmp_path / ".hidden.txt").write_text("H")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    found = list(iter_input_paths([tmp_path, tmp_path / "nope.txt"]))
    assert found[:2] == [tmp_path / "b.txt", tmp_path / "sub" / "a.md"]
    assert isinstance(found[2], Problem) and found[2].code == "E101"
    assert len(found) == 3


def test_shared_feeds_give_one_document_per_entry(shared_feeds_dir):
    import feedparser

    for path in sorted(shared_feeds_dir.glob("*")):
        if path.suffix in (".json", ".opml"):
            continue
        docs, problems = read(path)
        assert len(docs) == len(feedparser.parse(path.read_bytes()).entries), path.name
        assert not [p for p in problems if p.fatal], path.name
        assert all(d.text.strip() for d in docs)


# -- --field: JSON inputs whose fields have other names ------------------------------------


def test_json_lines_fields_read_under_other_names(tmp_path):
    path = tmp_path / "dataset.jsonl"
    path.write_text(
        '{"content": "Sales rose 4% in March.", "dct": "2026-04-02", "headline": "Up",'
        ' "section": "Business"}\n'
    )
    fields = {"text": "content", "published": "dct", "title": "headline"}
    [doc], problems = read(path, fields=fields)
    assert problems == []
    assert (doc.text, doc.title) == ("Sales rose 4% in March.", "Up")
    assert (doc.published, doc.published_source) == ("2026-04-02", "json")
    assert doc.metadata == {"section": "Business"}  # the mapped fields are not metadata


def test_json_array_fields_read_under_other_names(tmp_path):
    path = tmp_path / "dataset.json"
    path.write_text('[{"body": "One.", "date": "2026-01-05"}, {"body": "Two."}]')
    docs, problems = read(path, fields={"text": "body", "published": "date"})
    assert problems == []
    assert [(d.text, d.published) for d in docs] == [("One.", "2026-01-05"), ("Two.", None)]


def test_json_lines_without_the_mapped_field_names_it(tmp_path):
    path = tmp_path / "dataset.jsonl"
    path.write_text('{"text": "Not under content."}\n')
    [], [problem] = read(path, fields={"text": "content"})
    assert problem.code == "E110"
    assert problem.message.startswith("no 'content' field;")


def test_bad_json_says_where_once(tmp_path):
    """json's own message may end in "at": the reason never reads "at at"."""
    path = tmp_path / "broken.jsonl"
    path.write_text('{"text": "fine"}\n{"text": "no end\n{"text": "a\tb"}\n')
    [_], problems = read(path)
    assert [(p.origin, p.code) for p in problems] == [(f"{path}:2", "E109"), (f"{path}:3", "E109")]
    assert [p.message for p in problems] == [
        "is not valid JSON (Unterminated string starting at column 10); fix or remove this line",
        "is not valid JSON (Invalid control character at column 12); fix or remove this line",
    ]
    array = tmp_path / "broken.json"
    array.write_text('[\n  {"text": "one"},\n  {"text" "two"}\n]\n')
    [problem] = read(array)[1]
    assert "(Expecting ':' delimiter at line 3, column 11)" in problem.message
