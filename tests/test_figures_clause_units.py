"""Units and changes a figure's clause says away from the figure: a frequency on the
count's verb ("go to court ... each year"), the thing a movement's subject counts
("applications rose ... to 27,700"), a number inside a name ("four Six Nations
captains"), an adjective between "by a" and the figure ("by a tepid 1.6 percent"), a
comparative of size after it ("three stone heavier than"); and "one" of a pair set
against another, which counts nothing.

Sentences are our own, written for these tests.
"""

from __future__ import annotations

import pytest

from tests.figure_cases import analysed, by_figure, claims_of, figures_read


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # the frequency hangs on the verb, or on a verb of its clause
        (
            "Some 12,000 families move house to find work each year, the survey found.",
            "Some 12,000 families",
            "families per year",
        ),
        ("About 9 million old laptops go out of use every year.", "About 9 million old laptops",
         "laptops per year"),
        # on the relative clause of the counted noun
        ("The levy will hit the 3 million visitors who come to Malta every year.",
         "3 million visitors", "visitors per year"),
        # a time, not a rate
        ("The firm hired 200 engineers a year ago.", "200 engineers", "engineers"),
        ("Two ministers resigned in less than a month.", "Two ministers", "ministers"),
        # a frequency of another clause, with its own subject, is not the count's
        ("About 40 staff said the plant closes each winter.", "About 40 staff", "staff"),
    ],
)  # fmt: skip
def test_a_frequency_said_on_the_counts_verb(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Applications from Wales rose by 12% last year, up 2,300 to 21,400.", "21,400",
         "applications"),
        ("New mortgage loans fell to 79,000 from 82,000 in May.", "79,000", "mortgage loans"),
        # a subject the parse splits in several, and a hyphened word it splits
        ("UK and Irish co-ventures in Leeds fell from 214 in 2003 to 96 last year.", "96",
         "co-ventures"),
        # a measure is no counted thing
        ("Interest rates rose to 4,700 basis points.", "4,700 basis points", "basis points"),
        ("Interest rates rose to 4,700.", "4,700", ""),
        # nor is a name
        ("Democrats rose to 212 in the count.", "212", ""),
    ],
)  # fmt: skip
def test_a_bare_figure_counts_what_its_movement_moves(analyzer, text, figure, unit):
    assert by_figure(claims_of(analyzer, text), figure).quantity.unit == unit


def test_a_number_inside_a_name_does_not_join_the_counted_noun(analyzer):
    text = "Ireland has named four Six Nations captains in the squad."
    assert figures_read(analyzer, text)["four Six Nations captains"][1] == "captains"
    text = "The paper will cut 90 journalist jobs."
    assert figures_read(analyzer, text)["90 journalist jobs"][1] == "journalist jobs"


@pytest.mark.parametrize(
    ("text", "figure", "change"),
    [
        ("Output expanded by a tepid 1.6 percent last year.", "1.6 percent", "increase"),
        ("Exports shrank by a modest 2% in May.", "2%", "decrease"),
        # a level reached, not a movement's size
        ("Shares rose to a record 450p.", "450p", "level"),
        # a comparative of size and its "than": by how much one exceeds the other
        ("The champion is three stone heavier than his rival.", "three stone", "increase"),
        ("Its shares are worth about 9% less than a year ago.", "about 9%", "decrease"),
        ("The fares were 40% cheaper than those of rivals.", "40%", "decrease"),
        # a multiplier states a level, and "faster" of a time is less of it
        ("The new chip is 10 times faster than the old one.", "10 times", "level"),
    ],
)
def test_a_word_between_by_a_and_the_figure(analyzer, text, figure, change):
    claim = by_figure(analysed(analyzer, text).claims, figure)
    assert claim.change == change


def test_one_of_a_pair_set_against_another_counts_nothing(analyzer):
    text = "Each power has backed one warring party or another since 1990."
    assert "one warring party" not in figures_read(analyzer, text)
    text = "Only one warring party signed the deal."
    assert "one warring party" in figures_read(analyzer, text)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The film won four prizes, while the musical won two.", "two", "prizes"),
        ("Women play three sets while men play five.", "five", "sets"),
        ("The plan cuts the eight regiments to five and merges them.", "five", "regiments"),
        ("There were 20 fouls, seven on Ruiz, five on Daly.", "seven", "fouls"),
        # a guess in a list stays one range with the count after it
        ("There are four, five or maybe six teams in it.", "four, five or maybe six teams",
         "teams"),
    ],
)  # fmt: skip
def test_a_bare_number_word_repeats_the_count_before_it(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    "text",
    [
        "She is the world number two, and rising.",  # a rank
        "It took two.",  # no count before it to repeat
        "We have three aims. Two, cut the costs of 40 plants.",  # a point of a list
    ],
)
def test_a_bare_number_word_with_nothing_to_repeat_is_no_figure(analyzer, text):
    assert "two" not in {figure.lower() for figure in figures_read(analyzer, text)}


@pytest.mark.parametrize(
    ("text", "stretch"),
    [
        ("The cut would cost the Treasury $374 billion over 10 years.", "over 10 years"),
        ("He cheated about 100 investors out of money over 14 months.", "over 14 months"),
        ("The plan saves 12% over five years.", "over five years"),
        # the stretch an action lasted says when (the guidelines' decision)
        ("The game was developed over four years.", "over four years"),
    ],
)
def test_over_a_stretch_after_a_figure_says_when_not_how_long(analyzer, text, stretch):
    assert stretch not in figures_read(analyzer, text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("She has run 40 shops for over 10 years.", "over 10 years"),
        ("He spent over four years in Paris.", "over four years"),
    ],
)
def test_over_a_stretch_that_is_how_long_stays_a_figure(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Six million jobs depend on exports, one slide says.",
        "They could count on a secret weapon, as one activist put it.",
        "Some 300,000 acres have been damaged, by one estimate.",
        # the voice after its verb: "said one trader"
        '"Prices should be above $10 but they keep falling," said one trader.',
        "Demand will slow to 2% next year, according to one economist.",
        "When one student asked the minister about fees, he laughed.",
        # a kind of team, not a count of men
        "The squad insists it is not a one-man team.",
        # "one" with a description, in a sentence that counts nothing else: "a"
        "The worms bundle their tricks into one nasty package.",
        "If there is one regular complaint about the coach, it is his temper.",
        "Campaigners point to one particularly angry website.",
        # more verbs of a voice, a word between, and a voice told or describing
        "But one club insider pointed out that nobody had denied it.",
        "Last week one tabloid proclaimed that the side was finished.",
        "One aide even suggested delaying the vote.",
        "She was heard telling one donor close to the campaign that she was tired.",
        "The plan was described by one teaching union as a raid on pay.",
    ],
)
def test_one_of_a_voice_or_a_reckoning_counts_nothing(analyzer, text):
    assert not [figure for figure in figures_read(analyzer, text) if "one" in figure.lower()]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Only one man said no.", "one man"),
        ("He was charged with one felony count of fraud.", "one felony count"),
        # a reported count after the voice's verb, not the voice
        ("The bookmaker said one punter had placed a bet of £870.", "one punter"),
        ("Police said one person was hurt in the crash.", "one person"),
        # described, but counted: beside another number, after "only", one more, a casualty
        ("The law may jail one known smuggler only to recruit 10 unknown ones.",
         "one known smuggler"),
        ("Only one small cafe stayed open.", "one small cafe"),
        ("The striker will miss one additional game.", "one additional game"),
        ("Police said one young man was arrested.", "one young man"),
        # a count under a verb of its own, not a voice
        ("Nine Catholics and one Greek Orthodox were admitted.", "one Greek Orthodox"),
    ],
)  # fmt: skip
def test_one_that_counts_stays(analyzer, text, figure):
    assert figure in figures_read(analyzer, text)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The poll shows her ahead 3 points, PollCo 4.5 points and DataDesk 2 points.",
         "4.5 points", "percentage points"),
        ("Republicans defend 22 Senate seats this year, Democrats 12.", "12", "seats"),
    ],
)  # fmt: skip
def test_a_holder_and_its_figure_in_a_gapped_list(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


def test_a_list_of_one_names_versions_is_no_gapped_list(analyzer):
    found = figures_read(analyzer, "It shipped 3 copies of Doors 95, Doors 98 and Vista.")
    assert "98" not in found


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("That leaves 12 million, or 20%, of the nation, who are not online.", "12 million",
         "people"),
        ("Rather than a flood of 150,000 coming to the country, only 900 were let in.",
         "150,000", "people"),
        # a count with its noun before it names the bare one
        ("She has 520 delegates compared with 39 who back her rival.", "39", "delegates"),
    ],
)  # fmt: skip
def test_a_bare_count_that_only_people_fit(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # the level a movement reached, which the parser takes into the date after it
        ("Co-operatives in Leeds fell from 214 in 2003 to 96 last year.", "96", "Co-operatives"),
        ("Farm lets rose to 57 last year.", "57", "Farm lets"),
    ],
)
def test_a_level_before_last_year_is_a_figure_of_its_hyphened_subject(
    analyzer, text, figure, subject
):
    claim = by_figure(claims_of(analyzer, text), figure)
    assert claim.subject.split(" in ")[0] == subject


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # however many words modify the noun, the number counts the noun
        ("The airline scrapped 64 short and medium-haul routes in March.",
         "64 short and medium-haul routes", "routes"),
        ("The insurer counted about 250 natural and man-made disasters in 2025.",
         "about 250 natural and man-made disasters", "disasters"),
        ("The board proposed one big, quick, sharp cut, not three small ones.",
         "one big, quick, sharp cut", "cut"),
        # a noun compound still stays with it
        ("The firm sold 5 million set-top boxes.", "5 million set-top boxes", "set-top boxes"),
    ],
)  # fmt: skip
def test_a_count_reaches_its_noun_past_its_modifiers(analyzer, text, figure, unit):
    assert figures_read(analyzer, text)[figure][1] == unit


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the word after the number is no noun: the number counts nothing it names
        ("The new line should double output from about 3,500 presently.", "about 3,500"),
        ("The bank employs 2,400 here, and 900 abroad.", "2,400"),
        ("Output fell to a four-month low of 88.2 earlier in the day.", "88.2"),
    ],
)
def test_an_adverb_after_a_number_is_no_unit(analyzer, text, figure):
    assert figures_read(analyzer, text)[figure][1] == ""


def test_a_word_that_follows_a_number_as_a_name_or_each_keeps_its_reading(analyzer):
    read = figures_read(analyzer, "Norway and Chile won four titles each; Peru won five each.")
    assert read["five"][0] == 5  # a count of what was counted before
    read = figures_read(analyzer, "The squad has four All Blacks and two Wallabies.")
    assert read["four All Blacks"][1] == "blacks"
