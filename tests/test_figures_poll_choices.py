"""A poll's shares that choose a side: "46 percent would choose Smith" measures Smith's
support, so that the shares outlets give one candidate compare as one measure; so do
"Smith beats Jones by 46 percent to 42 percent" and "the 51 percent Smith won".

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from extractors.figure_matchups import pair_matchups
from extractors.records import Claim, Quantity
from tests.figure_cases import analysed, by_figure, claims_of


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


def test_a_match_up_said_with_by_gives_each_side_its_share(analyzer):
    claims = claims_of(analyzer, "Alvarez beats Reyes by 47 percent to 41 percent, the poll found.")
    assert (by_figure(claims, "47 percent").subject, by_figure(claims, "41 percent").subject) == (
        "Alvarez",
        "Reyes",
    )


def test_a_match_up_whose_verb_the_tagger_took_for_an_auxiliary(bare_nlp):
    # The parse the small model gives "Clinton beats Trump by 46 percent to 42 percent"
    # inside one article: "beats" an auxiliary, left as written, "Trump" the root.
    words = ["Alvarez", "beats", "Reyes", "by", "46", "percent", "to", "42", "percent", "."]
    doc = Doc(
        bare_nlp.vocab,
        words=words,
        pos=["PROPN", "AUX", "PROPN", "ADP", "NUM", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"],
        lemmas=["Alvarez", "beats", "Reyes", "by", "46", "percent", "to", "42", "percent", "."],
        heads=[2, 2, 2, 2, 5, 3, 2, 8, 6, 2],
        deps=["nsubj", "aux", "ROOT", "prep", "nummod", "pobj", "prep", "nummod", "pobj", "punct"],
        ents=[
            "B-PERSON",
            "O",
            "B-ORG",
            "O",
            "B-PERCENT",
            "I-PERCENT",
            "O",
            "B-PERCENT",
            "I-PERCENT",
            "O",
        ],
    )
    claims = [_share_claim(doc, "46 percent", 46.0), _share_claim(doc, "42 percent", 42.0)]
    pair_matchups(claims, doc, [])
    assert [(c.subject, c.metric) for c in claims] == [("Alvarez", "share"), ("Reyes", "share")]


def _share_claim(doc: Doc, figure: str, value: float) -> Claim:
    start = doc.text.index(figure)
    end = start + len(figure)
    quantity = Quantity(value, value, value, "%", "percent", "=", figure, start, end)
    return Claim(doc.text, 0, len(doc.text), start, end, None, quantity=quantity)


def test_a_share_a_named_subject_took_is_theirs(analyzer):
    text = "She now polls 80 percent, a drop from the 93 percent Alvarez received in 2012."
    claim = by_figure(claims_of(analyzer, text), "93 percent")
    # the sentence speaks of polls, so the share received is support
    assert (claim.subject, claim.metric) == ("Alvarez", "support")


@pytest.mark.parametrize(
    "text",
    [
        "Okafor has the support of 44 percent of likely voters.",
        "Okafor has backing from 44 percent, the survey found.",
        "Okafor drew support from 44 percent of voters.",
        "Okafor received 44 percent support.",
        "Okafor was backed by 44 percent of those asked.",
    ],
)
def test_support_said_five_ways_is_one_measure(analyzer, text):
    claim = by_figure(claims_of(analyzer, text), "44 percent")
    assert (claim.subject, claim.metric) == ("Okafor", "support")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("In the new Marist poll, Alvarez has 36 percent among likely voters.", "36 percent"),
        ("Okafor came in at 34 percent in the state's primary.", "34 percent"),
        ("In the survey, Reyes drew 11 percent.", "11 percent"),
    ],
)
def test_a_share_a_candidate_holds_in_a_poll_measures_support(analyzer, text, figure):
    assert by_figure(claims_of(analyzer, text), figure).metric == "support"


def test_a_share_a_person_holds_outside_a_poll_stays_a_share(analyzer):
    text = "Tomas Berg holds 9 percent of the company."
    assert by_figure(claims_of(analyzer, text), "9 percent").metric != "support"
    text = "In the survey, less than a quarter of firms (24%) get their accounts checked."
    assert by_figure(claims_of(analyzer, text), "24%").metric != "support"


def test_a_name_opening_the_line_under_a_heading_stays_whole(analyzer):
    text = "Alvarez leads in Ohio\n\nJane Alvarez received 41 percent support in a poll."
    extraction = analysed(analyzer, text)
    assert "Jane Alvarez" in {m.name for m in extraction.mentions}
    assert by_figure(extraction.claims, "41 percent").subject_entity == "Jane Alvarez"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the "of" phrase of support names who gives it, not who holds it
        ("By contrast, Alvarez has just 5 percent support of the rural vote in Ohio.",
         "5 percent"),
        # a poll that shows or puts its named object at a share: the object holds it
        ("A Marist poll released on Monday showed Alvarez with 2 percent support.",
         "2 percent"),
        ("A new survey puts Alvarez at 41 percent among likely voters.", "41 percent"),
    ],
)  # fmt: skip
def test_the_holder_of_a_share_is_not_who_gives_it_nor_the_poll(analyzer, text, figure):
    assert by_figure(claims_of(analyzer, text), figure).subject == "Alvarez"


def test_a_share_of_a_named_whole_stays_the_wholes(analyzer):
    claim = by_figure(claims_of(analyzer, "The share of US hyperscalers fell to 40%."), "40%")
    assert claim.subject == "US hyperscalers"
