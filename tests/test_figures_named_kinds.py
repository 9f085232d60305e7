"""A counted noun's kind, a parse that splits a subject, and a fraction of an own measure.

The gold guidelines (``eval/figures_guidelines.md``) keep a noun compound in a count's
unit and drop a describing modifier. A hyphened word made of nouns names a kind
("song-and-dance routines", "anti-war activists") and is kept; one that describes
("middle-class", "state-run", "in-person") is not. A movement's plural subject names
what its bare figures count even when the parse makes a name before it the subject. And
"half their 1960 levels", like "half the size of", is a multiplier, not a part.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The show has two song-and-dance routines.", "two song-and-dance routines",
         "song-and-dance routines"),
        ("Some 1,000 anti-war activists marched.", "Some 1,000 anti-war activists",
         "anti-war activists"),
        ("They ran 2,000 voter-registration events.", "2,000 voter-registration events",
         "voter-registration events"),
        # a describing hyphened word is dropped, as an adjective is
        ("The bank serves 200 middle-class savers.", "200 middle-class savers", "savers"),
        ("Two state-run lenders cut rates.", "Two state-run lenders", "lenders"),
        ("He gave two in-person interviews.", "two in-person interviews", "interviews"),
    ],
)  # fmt: skip
def test_a_hyphened_noun_names_the_kind_counted(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_movements_subject_names_its_bare_figures_when_a_name_opens_it(analyzer):
    text = "UK and US co-productions in Britain fell from 102 in 2003 to 81 last year."
    read = figures_read(analyzer, text)
    assert read["102"][1] == read["81"][1] == "co-productions"


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Aid budgets are half their 1960 levels, the charity says.", "half", "x"),
        ("The shares trade at a third their peak.", "a third", "x"),
        # a part of a whole stays a part
        ("Half their staff left in March.", "Half", ""),
    ],
)
def test_a_fraction_of_an_own_measure_is_a_multiplier(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_noun_before_a_participle_does_not_take_the_count(analyzer):
    text = "The filter stops about two million spam related e-mail messages a month."
    read = figures_read(analyzer, text)
    [(value, unit, _)] = read.values()
    assert (value, unit) == (2_000_000, "e-mail messages per month"), read
