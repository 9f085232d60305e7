"""A poll's shares that choose a side: "46 percent would choose Smith" measures Smith's
support, so that the shares outlets give one candidate compare as one measure.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import by_figure, claims_of


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        ("In the survey, 47 percent would choose Alvarez.", "47 percent", "Alvarez"),
        ("About 41% of likely voters back Governor Dana Reyes.", "41%", "Governor Dana Reyes"),
        ("Some 38% said they would vote for Okafor in May.", "38%", "Okafor"),
        (
            "Only 6 percent prefer Green Party nominee Lena Ortiz.",
            "6 percent",
            "Green Party nominee Lena Ortiz",
        ),
    ],
)
def test_a_share_that_chooses_a_name_measures_its_support(analyzer, text, figure, subject):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert (claim.subject, claim.metric) == (subject, "support")


def test_each_share_of_a_list_has_its_own_candidate(analyzer):
    text = "Among likely voters, 48 percent would choose Alvarez and 43 percent would back Reyes."
    claims = claims_of(analyzer, text)
    assert by_figure(claims, "48 percent").subject == "Alvarez"
    assert by_figure(claims, "43 percent").subject == "Reyes"


@pytest.mark.parametrize(
    "text",
    [
        "Only 9% would not back Alvarez.",  # a share against, not a share of support
        "Some 30% of adults back the plan.",  # a thing backed: the doing is the measure
    ],
)
def test_no_support_is_read_where_no_name_is_chosen(analyzer, text):
    [claim] = [c for c in claims_of(analyzer, text) if c.quantity is not None]
    assert claim.metric != "support" or claim.subject is None
