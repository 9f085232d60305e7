"""A figure with no date beside dated ones of its topic: compared once, by what it counts."""

from __future__ import annotations

from kg.relations import relation
from queries.conflicts import explain_pairs


def _row(value: float, subject: str, start: str | None, document: str, **extra):
    return {
        "value": value, "low": value, "high": value, "approx": "=", "quantity_text": f"{value:g}%",
        "unit": "%", "kind": "percent", "metric": "share of seats", "subject": subject,
        "time_start": start, "time_end": start and start[:8] + "28",
        "time_basis": "stated" if start else "none", "document_id": document,
        "origin": document, "published": None, **extra,
    }  # fmt: skip


def test_an_undated_figure_counting_something_else_differs_by_definition():
    dated = _row(36.0, "green parties", "2026-04-01", "d1")
    by_members = _row(37.1, "six green members", None, "d2")
    same_count = _row(37.1, "the green parties", None, "d3")
    assert relation(dated, by_members) == "different_definition"
    # Counting the same thing with no time to compare: nothing can be said.
    assert relation(dated, same_count) is None
    # Two undated figures are never set side by side.
    assert relation(by_members, _row(20.0, "two red members", None, "d4")) is None


def _claim(ident: str, value: float, subject: str, start: str | None) -> dict:
    time = {"start": start, "end": start, "granularity": "day"} if start else None
    document = {"id": ident, "outlet": f"Desk {ident}", "title": None, "url": None,
                "published": None}  # fmt: skip
    return {"id": ident, "value": value, "unit": "%", "time": time, "subject": subject,
            "metric": "share of seats", "quantity_text": f"{value:g}%", "document": document,
            "attributed_to": None, "approx": "=", "hedge": "reported", "change": "level",
            "scope": []}  # fmt: skip


def test_an_undated_figure_is_explained_against_its_nearest_dated_figure_only():
    claims = [
        _claim("a", 36.0, "green parties", "2026-04-01"),
        _claim("b", 45.0, "green parties", "2026-04-20"),
        _claim("c", 37.1, "six green members", None),
    ]
    edges = [("a", "b", "contradiction"), ("a", "c", "different_definition"),
             ("b", "c", "different_definition")]  # fmt: skip
    explained = explain_pairs(claims, edges)
    with_undated = [e for e in explained if "c" in e["claims"]]
    assert [sorted(e["claims"]) for e in with_undated] == [["a", "c"]]
    assert "parties vs six members" in with_undated[0]["because"]


def test_a_sum_for_a_month_inside_a_years_sum_is_no_contradiction():
    year = _row(600.0, "the bank", "2025-01-01", "d1", time_end="2025-12-31", metric="earnings")
    month = _row(40.8, "the bank", "2025-03-01", "d2", time_end="2025-03-31", metric="earnings")
    assert relation(year, month) == "different_time"
    # the same month told twice with other sums still clashes
    other = _row(55.0, "the bank", "2025-03-01", "d3", time_end="2025-03-31", metric="earnings")
    assert relation(month, other) == "contradiction"
    # and so do a month and the last days of it (not many times longer)
    late = _row(55.0, "the bank", "2025-03-20", "d3", time_end="2025-03-31", metric="earnings")
    assert relation(month, late) == "contradiction"
