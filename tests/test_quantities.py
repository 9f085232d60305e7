"""Quantities: our own sentences for every rule, and the gold set when ../shared is here."""

from __future__ import annotations

import pytest

from extractors.quantities import find_quantities


def one(text, doc=None):
    [q] = find_quantities(text, doc)
    assert text[q.start : q.end] == q.text
    return q


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit", "kind", "approx"),
    [
        ("Imports grew 61% last year.", "61%", 61, "%", "percent", "="),
        ("Imports grew 61 percent.", "61 percent", 61, "%", "percent", "="),
        ("It held 3 per cent.", "3 per cent", 3, "%", "percent", "="),
        ("Its share was below 2 percent.", "below 2 percent", 2, "%", "percent", "<"),
        (
            "Rates rose by 0.5 percentage points.",
            "0.5 percentage points",
            0.5,
            "percentage points",
            "percent",
            "=",
        ),
        (
            "It costs $0.30 per million tokens.",
            "$0.30 per million tokens",
            0.3,
            "USD per million tokens",
            "currency",
            "=",
        ),
        ("They raised $6 million.", "$6 million", 6e6, "USD", "currency", "="),
        ("A €15 billion fund.", "€15 billion", 15e9, "EUR", "currency", "="),
        ("Profit was £1.2bn.", "£1.2bn", 1.2e9, "GBP", "currency", "="),
        (
            "The plan costs 5 million dollars a year.",
            "5 million dollars a year",
            5e6,
            "USD per year",
            "currency",
            "=",
        ),
        (
            "It handled 7.36 trillion tokens.",
            "7.36 trillion tokens",
            7.36e12,
            "tokens",
            "count",
            "=",
        ),
        ("It handled 8.21t tokens.", "8.21t tokens", 8.21e12, "tokens", "count", "="),
        (
            "It has more than four million registered users.",
            "more than four million registered users",
            4e6,
            "users",
            "count",
            ">",
        ),
        ("A 540 GW build-out.", "540 GW", 540, "GW", "physical", "="),
        ("A 160GB drive.", "160GB", 160, "GB", "physical", "="),
        ("It is 8.5 times larger.", "8.5 times", 8.5, "x", "multiplier", "="),
        (
            "It is approximately 8.5 times larger.",
            "approximately 8.5 times",
            8.5,
            "x",
            "multiplier",
            "~",
        ),
        ("Prices fell more than 3x.", "more than 3x", 3, "x", "multiplier", ">"),
        ("It is 17 times cheaper.", "17 times", 17, "x", "multiplier", "="),
        ("The firm cut at least 300 jobs.", "at least 300 jobs", 300, "jobs", "count", ">="),
        ("It hired up to 40 engineers.", "up to 40 engineers", 40, "engineers", "count", "<="),
        ("It sold some 2,000 cars.", "some 2,000 cars", 2000, "cars", "count", "~"),
        ("A 101-year-old man spoke.", "101-year-old", 101, "years", "age", "="),
        ("The three-metre wall fell.", "three-metre", 3, "m", "physical", "="),
        ("They waited for three days.", "three days", 3, "days", "duration", "="),
        ("She won the race by 40 metres.", "40 metres", 40, "m", "physical", "="),
        ("Rates went up five times from May.", "five times", 5, "times", "count", "="),
    ],
)
def test_figures(text, figure, value, unit, kind, approx):
    q = one(text)
    assert (q.text, q.unit, q.kind, q.approx) == (figure, unit, kind, approx)
    assert q.value == pytest.approx(value)


def test_ranges_keep_both_ends():
    q = one("Models match 80–90% of the quality.")
    assert (q.low, q.high, q.value, q.text) == (80, 90, 85, "80–90%")
    q = one("They are 10 to 20 times cheaper.")
    assert (q.low, q.high, q.kind) == (10, 20, "multiplier")
    q = one("Costs fell 10-to-100x.")
    assert (q.low, q.high) == (10, 100)
    q = one("The deal is worth between 10 and 20 billion dollars.")
    assert (q.low, q.high, q.unit) == (10e9, 20e9, "USD")


def test_changes_are_two_figures_not_a_range():
    texts = [q.text for q in find_quantities("Spending rose from £5.5bn to £8.2bn a year.")]
    assert texts == ["£5.5bn", "£8.2bn a year"]
    values = [q.value for q in find_quantities("The total rose 17,000 to 4.48 million.")]
    assert values == [17000, 4.48e6]


def test_a_figure_takes_the_unit_it_is_compared_with():
    _, second = find_quantities("It logged 4.12 trillion tokens against 2.94 trillion.")
    assert (second.value, second.unit, second.kind) == (2.94e12, "tokens", "count")


def test_multipliers_in_words_and_one_in_ten():
    # The guidelines: "doubled" / "halved" are 2 / 0.5 times; "one in five" is 0.2.
    doubled, tenfold = find_quantities("Sales doubled in the 1990s and grew tenfold after.")
    assert (doubled.text, doubled.value, doubled.kind) == ("doubled", 2, "multiplier")
    assert (tenfold.value, tenfold.unit) == (10, "x")
    assert one("Losses were halved.").value == 0.5
    ratio = one("One in 10 US adults owns a player.")
    assert (ratio.text, ratio.value, ratio.kind) == ("One in 10", 0.1, "ratio")
    assert one("A quarter of a million people.").value == 250_000
    assert one("More than half a million people moved.").value == 500_000
    assert one("Nine times out of 10 he scores.").value == 0.9
    assert one("About one of every nine voters is Latino.").value == pytest.approx(1 / 9)
    time = one("She ran it in 22 minutes 45 seconds.")
    assert (time.value, time.unit, time.kind) == (1365, "seconds", "duration")


def test_spelled_out_parts_of_a_whole():
    four, six = find_quantities("Four of the five labs and six of the top 10 models.")
    assert (four.text, four.value, four.unit) == ("Four of the five", 4, "of 5")
    assert (six.text, six.unit) == ("six of the top 10", "of 10")
    assert one("A dozen firms bid.").value == 12
    assert one("Two-thirds of voters agreed.").value == pytest.approx(2 / 3)
    assert one("It was around one-twentieth of the need.").value == pytest.approx(0.05)


@pytest.mark.parametrize(
    "text",
    [
        "GLM-5, V3.2, K2.5, Claude 4.6, GPT-4o and Qwen3 were compared.",
        "Llama 3.1 405B was released.",
        "The report [1] and note [12] agree.",
        "It happened in 2025 and again on 24 February 2026.",
        "Sales rose in the 1990s.",
        "He doubled as a coach; a double-digit rise.",
        "Meet at 10:30 or 9pm; call 555-123-4567.",
        "He was ranked No. 1 and came 3rd.",
        "BBC Radio 4 and Windows 95 were mentioned.",
        "The score was 3-1 after the 2024-25 season.",
        "One lab and one direction; Three Tiers of Service.",
        "They met three years ago.",
    ],
)
def test_not_figures(text):
    assert find_quantities(text) == []


def test_the_parse_finds_the_counted_noun(bare_nlp):
    # A name's word before the noun is dropped, typed or not (the guidelines' "five Cesar
    # awards": award); a plain noun compound is kept.
    text = "The 5,808 Academy voters had until Tuesday."
    q = one(text, bare_nlp(text))
    assert (q.value, q.unit, q.kind) == (5808, "voters", "count")
    text = "The firm runs two Welsh factories and 40 cash machines."
    assert [q.unit for q in find_quantities(text, bare_nlp(text))] == ["factories", "cash machines"]


def test_gold_set_value_f1(shared_dir):
    from eval.quantities import evaluate

    scores = evaluate()
    assert scores["value"].f1 >= 0.92, scores["value"].row("value")
