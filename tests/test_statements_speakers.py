"""Who says what: asides of attribution and speakers that are not written as names.

Each test states what a reader would check in the statements of a made-up
sentence: who speaks (resolved, and as written), by which cue, of which kind,
and which words are attributed. None is taken from an article.
"""

from __future__ import annotations

from extractors.records import Statement


def _read(s: Statement) -> tuple[str, str, str, str, str]:
    return (s.speaker, s.speaker_mention or "", s.attribution_cue or "", s.kind, s.content or "")


# -- asides: "..., as X warned" ----------------------------------------------------------


def test_an_as_clause_after_its_clause_attributes_the_clause_before_it(said):
    [s] = said("The harbour plan will fail within a year, as several economists have warned.")
    assert _read(s) == (
        "several economists",
        "several economists",
        "have warned",
        "indirect",
        "The harbour plan will fail within a year",
    )


def test_an_as_clause_before_its_clause_attributes_the_clause_after_it(said):
    [s] = said("As the columnist Jane Roe wrote last week, the city needs a new stadium.")
    assert _read(s) == ("Jane Roe", "Jane Roe", "wrote", "indirect", "the city needs a new stadium")


def test_an_as_clause_of_belief_is_a_belief(said):
    [s] = said("The tunnel will never open on time, as most analysts suspect.")
    assert (s.speaker, s.kind, s.content) == (
        "most analysts",
        "belief",
        "The tunnel will never open on time",
    )


def test_an_as_clause_of_the_scene_is_no_attribution(said):
    assert said("The crowd cheered loudly as the mayor spoke in the square.") == []


# -- speakers not written as names ---------------------------------------------------------


def test_a_share_of_a_group_speaks_for_the_group_its_words_kept(said):
    [s] = said("Some of the senators said the budget bill would fail in the spring.")
    assert _read(s) == (
        "senators",
        "Some of the senators",
        "said",
        "indirect",
        "the budget bill would fail in the spring",
    )


def test_they_with_no_organisation_before_it_is_the_group_named_before(said):
    [s] = said(
        "Many progressive activists gathered outside the hall on Friday. "
        "They want the party to move left on housing."
    )
    assert _read(s) == (
        "many progressive activists",
        "They",
        "want",
        "intention",
        "the party to move left on housing",
    )


def test_the_people_of_an_organisation_keep_their_words_beside_it(said):
    [s] = said("Northwind Bank officials said the branch in Dover would close in March.")
    assert _read(s) == (
        "Northwind Bank",
        "Northwind Bank officials",
        "said",
        "indirect",
        "the branch in Dover would close in March",
    )


# -- what the parser hung elsewhere --------------------------------------------------------


def test_a_that_clause_hung_from_the_occasion_of_saying_is_what_was_said(said):
    [s] = said("Mayor Tom Baxter said in a statement that the bridge would reopen next month.")
    assert _read(s) == (
        "Tom Baxter",
        "Tom Baxter",
        "said",
        "indirect",
        "the bridge would reopen next month",
    )


def test_an_inverted_subject_taken_for_an_object_speaks(said):
    [s] = said('"Leave the guns at home," opined the Daily Courier.')
    assert (s.speaker, s.kind, s.content) == (
        "Daily Courier",
        "direct",
        '"Leave the guns at home,"',
    )


def test_a_name_in_apposition_to_a_fronted_phrase_is_the_lost_subject(said):
    [s] = said(
        "At Pine Hollow, where a round costs golfers $200 to play, Jay Roe, the club's "
        "president and general manager for the last nineteen years of its long history, "
        "suggested that the worst troubles were over."
    )
    assert _read(s) == (
        "Jay Roe",
        "Jay Roe",
        "suggested",
        "indirect",
        "the worst troubles were over",
    )


def test_it_with_no_organisation_before_is_the_document_named_before(said):
    [s] = said(
        "Supporters received a fundraising email on Friday. It said the rival was rattled "
        "by the polls."
    )
    assert (s.speaker, s.speaker_mention, s.content) == (
        "fundraising email",
        "It",
        "the rival was rattled by the polls",
    )


# -- descriptions: "the firm", "the government", "the newspaper" -------------------------


def test_the_government_is_a_state_or_a_body_of_one_not_a_company_named_nearer(said):
    statements = said(
        "Norland's Finance Ministry raised taxes on Monday. Harbour Bank said it would lend "
        "more. The government said growth would slow."
    )
    [government] = [s for s in statements if s.speaker_mention == "The government"]
    assert government.speaker == "Finance Ministry"


def test_a_government_whose_nation_is_written_is_kept_as_written(said):
    [s] = said("Lisbon Motors cut 300 jobs. The Portuguese government said it would help.")
    assert (s.speaker, s.speaker_mention) == ("Portuguese government", "Portuguese government")


def test_the_newspaper_is_the_publication_someone_told(said):
    statements = said(
        "Ana Ruiz of Harbour Bank told the Evening Post that sales were strong. Harbour Bank "
        "later said costs rose. The newspaper said the bank had 300 staff."
    )
    [paper] = [s for s in statements if s.speaker_mention == "The newspaper"]
    assert (paper.speaker, paper.speaker_kind) == ("Evening Post", "outlet")


def test_a_publication_named_as_such_is_an_outlet(said):
    [s] = said("The Daily Ledger reported that the harbour would close in May.")
    assert (s.speaker, s.speaker_kind) == ("Daily Ledger", "outlet")
