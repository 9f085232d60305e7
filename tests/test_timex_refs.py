"""Vague references to time ("recently", "the near future", "currently"), on our own
sentences: found as TimeML's PAST_REF, FUTURE_REF and PRESENT_REF, never dating a claim."""

from __future__ import annotations

import json

import pytest

from eval.timeml import timeml_value
from extractors.pipeline import Analyzer
from extractors.records import SourceDocument
from extractors.timex import find_times

ANCHOR = "2026-05-13"


def refs(text, anchor=ANCHOR):
    found = find_times(text, anchor=anchor)
    return [(t.text, timeml_value(t.start, t.end, t.granularity)) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor had previously backed the plan.", ("previously", "PAST_REF")),
        ("Rents have risen sharply in recent years.", ("recent years", "PAST_REF")),
        ("Prices recently climbed.", ("recently", "PAST_REF")),
        ("In the past, the ferry ran twice a day.", ("the past", "PAST_REF")),
        ("Traditions handed down in generations past.", ("generations past", "PAST_REF")),
        ("The crater formed 220m years ago.", ("220m years ago", "PAST_REF")),
        ("People settled here some 10,000 years ago.", ("10,000 years ago", "PAST_REF")),
        ("Talks will resume in the near future.", ("the near future", "FUTURE_REF")),
        ("A ruling is expected in the coming weeks.", ("the coming weeks", "FUTURE_REF")),
        ("Costs will fall in the years to come.", ("the years to come", "FUTURE_REF")),
        ("He hopes to run the club someday.", ("someday", "FUTURE_REF")),
        ("The firm currently employs 300 people.", ("currently", "PRESENT_REF")),
        ("At present the bridge is closed.", ("present", "PRESENT_REF")),
        ("Few people write letters these days.", ("these days", "PRESENT_REF")),
        ("He has scored 20 goals this season.", ("this season", "PRESENT_REF")),
        ("They were relegated last season.", ("last season", "PAST_REF")),
    ],
)
def test_a_vague_reference_is_its_kind(text, expected):
    assert refs(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The future of NATO was on the agenda.",  # its prospects, not a time
        "She spoke of a painful past.",  # a history
        "Prices at present levels cannot last.",  # the current levels
        "The present government was elected in a landslide.",  # the current one
        "A recent poll put him ahead.",  # an adjective of a thing
    ],
)
def test_what_is_not_a_time_is_not_marked(text):
    assert refs(text) == []


def test_a_span_of_the_past_stays_a_span():
    assert refs("Sales doubled over the past few years.") == []
    (past,) = find_times("Sales doubled in the past two years.", anchor=ANCHOR)
    assert (past.text, past.granularity) == ("the past two years", "range")


def test_a_count_of_years_ago_still_names_its_year():
    assert refs("Twenty years ago the plant opened.") == [("Twenty years ago", "2006")]


def test_without_a_date_a_reference_is_relative_to_nothing():
    assert find_times("The firm had previously said so.", anchor=None) == []


def test_an_anaphoric_time_counts_from_a_date_not_from_a_reference():
    found = find_times("It opened in March 2020 and recently closed; a year later it", ANCHOR)
    later = [t for t in found if t.text == "a year later"]
    assert [(t.start, t.end) for t in later] == [("2021-03-01", "2021-03-31")]


@pytest.fixture(scope="module")
def analyzer():
    from extractors.catalog import EntityCatalog
    from extractors.nlp import DEFAULT_MODEL

    return Analyzer(DEFAULT_MODEL, EntityCatalog.load(None))


def test_no_claim_is_dated_by_the_vague_past_or_future(analyzer):
    text = (
        "The company previously reported 1,200 staff. Acme will open a plant in the "
        "near future. Acme currently has 45% of the market."
    )
    (extraction,) = analyzer.analyse_many(
        [SourceDocument(text=text, origin="test", key="refs", published=ANCHOR)]
    )
    granularities = {t.text: t.granularity for t in extraction.times}
    assert granularities["previously"] == "past-ref"
    assert granularities["the near future"] == "future-ref"
    dated = {c.quantity.text if c.quantity else c.metric: c for c in extraction.claims}
    staff = dated["1,200 staff"]  # reported before: no day (see the next test)
    assert (staff.time_basis, staff.time) == ("earlier", None)
    assert granularities["currently"] == "present-ref"
    assert [c.time.granularity for c in extraction.claims if c.time] == ["day"]
    share = dated["45%"]  # a state around the day of writing: as reported
    assert (share.time_basis, share.time.start) == ("as-reported", ANCHOR)


def test_a_figure_said_to_be_earlier_gets_no_day(analyzer):
    text = (
        "Harbour Freight previously offered £1.3bn for the port. The board had previously "
        "said the sale would raise 40 jobs. Shares jumped 6% after the firm said the field "
        "was larger than previously thought. A previously unknown group paid £9m for it."
    )
    (extraction,) = analyzer.analyse_many(
        [SourceDocument(text=text, origin="test", key="earlier", published=ANCHOR)]
    )
    basis = {c.quantity.text: (c.time_basis, c.time) for c in extraction.claims if c.quantity}
    assert basis["£1.3bn"] == ("earlier", None)  # the offer was made before
    assert basis["40 jobs"] == ("earlier", None)  # said before: what it said is as old
    # "previously" on another clause's verb, or on an adjective, dates nothing
    assert basis["6%"][0] == "as-reported"
    assert basis["£9m"][0] == "as-reported"


def test_an_earlier_figure_stays_off_the_timeline_and_out_of_conflicts(run, tmp_path):
    (tmp_path / "a.txt").write_text(
        "Port sale\n\nHarbour Freight previously offered £1.3bn for the port of Tarn.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Port sale\n\nHarbour Freight offered £1.6bn for the port of Tarn on Monday.\n"
    )
    assert run("ingest", tmp_path / "a.txt", "--published", "2026-05-13").exit_code == 0
    assert run("ingest", tmp_path / "b.txt", "--published", "2026-05-14").exit_code == 0
    claims = json.loads(run("claims", "--json").stdout)
    assert [c["time"] for c in claims if c["quantity_text"] == "£1.3bn"] == [None]
    timeline = run("timeline", "--json").stdout
    assert "£1.6bn" in timeline and "£1.3bn" not in timeline
    assert "£1.3bn" in run("timeline", "--undated", "--json").stdout
    assert json.loads(run("conflicts", "--json").stdout) == []
