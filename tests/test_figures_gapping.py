"""A list that says its verb once ("Labour won 35%, the Tories 32%"): each later figure
is its own subject's, not the first subject's, so no contradiction is made up.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

from tests.figure_cases import by_figure, claims_of


def test_each_figure_of_a_gapped_list_is_its_own_subjects(analyzer):
    text = "The Greens won 35%, the Pirates 32% and the Liberal Democrats 21%."
    claims = claims_of(analyzer, text)
    subjects = [by_figure(claims, f).subject for f in ("35%", "32%", "21%")]
    assert subjects == ["Greens", "Pirates", "Liberal Democrats"]
    assert {by_figure(claims, f).metric for f in ("35%", "32%", "21%")} == {"win"}


def test_a_gapped_poll_share_measures_what_the_first_does(analyzer):
    text = "Okafor received 41 percent support, independent Dana Reyes 9 percent."
    claim = by_figure(claims_of(analyzer, text), "9 percent")
    assert (claim.subject, claim.metric) == ("independent Dana Reyes", "support")


def test_a_comparison_is_no_gapped_list(analyzer):
    text = "The survey gave a balance of plus 4 compared with minus 12 a year earlier."
    claim = by_figure(claims_of(analyzer, text), "12")
    assert claim.subject != "minus"


def test_a_figure_with_a_followed_by_is_the_followers(analyzer):
    text = "Okafor won with 44 percent of the vote, followed by Dana Reyes with 31 percent."
    claims = claims_of(analyzer, text)
    follower = by_figure(claims, "31 percent")
    assert follower.subject == "Dana Reyes"
    assert follower.metric == by_figure(claims, "44 percent").metric
