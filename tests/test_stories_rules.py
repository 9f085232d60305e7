"""The story rules of kg.narratives on their own: words, days and places (no store).

The stores' side (the same rules through each backend's primitives) is in
tests/test_store_contract.py.
"""

from __future__ import annotations

from extractors.topics import story_terms
from kg.narratives import Candidate, Evidence, decide, document_weights

#: One event told twice: a ferry that ran aground, in words of our own.
FERRY = ("Ferry runs aground off island pier", "The ferry ran aground near the pier in fog.")
FERRY_AGAIN = (
    "Passengers taken off stranded ferry",
    "Fog left the ferry aground by the pier; lifeboats took passengers ashore.",
)


def _words(title: str, text: str, names: tuple[str, ...] = ()) -> dict[str, float]:
    counts = story_terms(title, text, names)
    return document_weights(counts, dict.fromkeys(counts, 1), 100, top=60)


def _story(n_id: str, day: str, words: dict[str, float], names: dict[str, int]) -> Candidate:
    return Candidate(n_id, 1, (day, day), names, dict.fromkeys(words, 1))


def test_words_leave_out_names_and_function_words_and_count_the_title_twice():
    terms = story_terms("Ferry runs aground off Inishmore", "The ferry was towed.", ["Inishmore"])
    assert terms == {"ferry": 3, "runs": 2, "aground": 2, "towed": 1}


def test_an_article_in_other_words_joins_the_story_of_that_day_only():
    told = _words(*FERRY)
    retold = _words(*FERRY_AGAIN)
    evidence = Evidence({"galway": 1.0}, "2026-05-04", retold)
    same_day = _story("n-1", "2026-05-04", told, {})
    assert decide(evidence, candidates=[same_day]).join == "n-1"
    days_before = _story("n-1", "2026-05-01", told, {})
    assert decide(evidence, candidates=[days_before]).join is None
    undated = Evidence({"galway": 1.0}, "2026-05-04", retold, dated=False)
    assert decide(undated, candidates=[same_day]).join is None


def test_an_outlet_a_day_or_two_later_joins_on_many_of_the_storys_telling_words():
    told = _words(*FERRY)
    story = _story("n-1", "2026-05-04", told, {})
    two_days_on = Evidence({"galway": 1.0}, "2026-05-06", _words(*FERRY_AGAIN))
    assert decide(two_days_on, candidates=[story]).join == "n-1"
    # A few of its words two days on are another story of that harbour.
    other = _words("Pier reopens after repairs", "Fog lifted as the pier reopened to cars.")
    assert decide(Evidence({"galway": 1.0}, "2026-05-06", other), candidates=[story]).join is None
    three_days_on = Evidence({"galway": 1.0}, "2026-05-07", _words(*FERRY_AGAIN))
    assert decide(three_days_on, candidates=[story]).join is None


def test_words_alone_do_not_tie_events_in_two_places():
    told = _words(*FERRY)
    retold = _words(*FERRY_AGAIN)
    evidence = Evidence({"arranmore": 1.0}, "2026-05-04", retold, places=frozenset({"arranmore"}))
    story = _story("n-1", "2026-05-04", told, {})

    def elsewhere(ids):
        return {i: {"inishmore": 3} for i in ids}

    assert decide(evidence, candidates=[story], places=elsewhere).join is None

    def here(ids):
        return {i: {"arranmore": 3} for i in ids}

    assert decide(evidence, candidates=[story], places=here).join == "n-1"


def test_a_story_told_for_months_takes_an_article_on_its_cast_and_words():
    cast = {"harbour board": 0.5, "pier works": 0.5}
    words = _words(*FERRY)
    story = Candidate("n-1", 2, ("2026-01-05", "2026-01-20"), {"harbour board": 2, "pier works": 2},
                      dict.fromkeys(words, 2))  # fmt: skip
    later = Evidence(cast, "2026-03-10", _words(*FERRY_AGAIN))
    assert decide(later, candidates=[story]).join == "n-1"
    unrelated_words = Evidence(cast, "2026-03-10", _words("Board elects chair", "A vote."))
    assert decide(unrelated_words, candidates=[story]).join is None
    # A word of the story's among many of the document's is not enough, months on.
    few = _words(
        "Board elects chair and debates budget", "Members debated budget plans and ferry tolls."
    )
    assert decide(Evidence(cast, "2026-03-10", few), candidates=[story]).join is None
    much_later = Evidence(cast, "2026-08-01", _words(*FERRY_AGAIN))
    assert decide(much_later, candidates=[story]).join is None


def test_a_late_article_joins_on_its_names_and_words_together():
    told = _words(*FERRY)
    retold = _words(*FERRY_AGAIN)
    # Half of its names, and the story's words: a month later, still the ferry story.
    names = {"inishmore": 0.25, "harbour board": 0.25, "galway": 0.25, "coast guard": 0.25}
    story = Candidate("n-1", 2, ("2026-04-01", "2026-04-02"), {"inishmore": 2, "galway": 2},
                      dict.fromkeys(told, 2))  # fmt: skip
    late = Evidence(names, "2026-05-04", retold)
    assert decide(late, candidates=[story]).join == "n-1"
    # The same names in other words (another event on the island) start a story.
    other = _words("School reopens after summer", "Pupils returned to their classes on Monday.")
    assert decide(Evidence(names, "2026-05-04", other), candidates=[story]).join is None
    # Beyond the long window, neither joins.
    assert decide(Evidence(names, "2026-09-30", retold), candidates=[story]).join is None


def test_a_lone_article_the_document_would_join_goes_with_it_into_the_story():
    told = _words(*FERRY)
    retold = _words(*FERRY_AGAIN)
    # Two articles on the ferry already form a story; a third, first of all, stood alone
    # and shares only some of the document's words: enough to take it, not to merge.
    story = Candidate("n-story", 2, ("2026-05-04", "2026-05-04"), {"coast guard": 2},
                      dict.fromkeys(retold, 2))  # fmt: skip
    first = _story("n-first", "2026-05-04", told, {})
    evidence = Evidence({"coast guard": 1.0}, "2026-05-04", retold)
    assert decide(evidence, candidates=[first]).join == "n-first"
    decision = decide(evidence, candidates=[story, first])
    assert (decision.join, decision.merge) == ("n-story", ("n-first",))
    # A story of two it would take as well, but not strongly, stays apart.
    other = Candidate("n-other", 2, ("2026-05-04", "2026-05-04"), {}, dict.fromkeys(told, 2))
    assert decide(evidence, candidates=[story, other]).merge == ()


def test_one_cast_in_other_words_is_another_story_once_the_store_weighs_words():
    cast = {"harbour board": 0.5, "pier works": 0.5}
    told = _words(*FERRY)
    story = Candidate("n-1", 2, ("2026-05-04", "2026-05-04"), {"harbour board": 2, "pier works": 2},
                      dict.fromkeys(told, 2))  # fmt: skip
    other = _words("Board elects a new chair", "Members voted for a chair at the annual meeting.")
    old_store = Evidence(cast, "2026-05-05", other, generic_limit=20)
    assert decide(old_store, candidates=[story]).join is None
    same_words = Evidence(cast, "2026-05-05", _words(*FERRY_AGAIN), generic_limit=20)
    assert decide(same_words, candidates=[story]).join == "n-1"
    # A young store (nothing generic yet) ties on names alone, as the five seeds need.
    young_store = Evidence(cast, "2026-05-05", other, generic_limit=None)
    assert decide(young_store, candidates=[story]).join == "n-1"


def test_words_and_a_shared_cast_of_common_names_are_not_checked_for_place():
    # The story and the document share their names, all of them common in the store
    # ("the Senate", "the White House"), and their words; the document also names a
    # state the story does not. Their names in common say it is not another place.
    cast = {"senate": 0.5, "white house": 0.5}
    told = _words("Senate passes the budget bill", "The Senate passed the budget bill late.")
    story = Candidate("n-1", 2, ("2026-05-04", "2026-05-04"), {"senate": 2, "white house": 2},
                      dict.fromkeys(told, 2))  # fmt: skip
    retold = _words("Budget bill passes Senate", "The budget bill passed the Senate after a vote.")

    def elsewhere(ids):
        return {i: {"kansas": 3} for i in ids}

    shared = Evidence(cast, "2026-05-04", retold, generic=frozenset(cast),
                      places=frozenset({"ohio"}), generic_limit=20)  # fmt: skip
    assert decide(shared, candidates=[story], places=elsewhere).join == "n-1"
    strangers = Evidence({"ohio": 1.0}, "2026-05-04", retold, places=frozenset({"ohio"}),
                         generic_limit=20)  # fmt: skip
    assert decide(strangers, candidates=[story], places=elsewhere).join is None


def test_a_big_storys_own_names_stay_specific_to_it_as_it_grows():
    # Thirteen articles on one quake name the town and the rescue agency; in a store
    # whose limit is five documents both are "generic" by count, but all their
    # documents but this one are the story's. A name all over the store is not.
    cast = {"kahramanmaras": 0.5, "afad": 0.5}
    told = _words("Rescuers search rubble after quake", "Teams dug through the night.")
    story = Candidate("n-1", 13, ("2026-02-06", "2026-02-09"),
                      {"kahramanmaras": 13, "afad": 12}, dict.fromkeys(told, 3))  # fmt: skip
    later = _words("Quake rescuers find survivors", "Teams searched the rubble in the cold.")
    evidence = Evidence(cast, "2026-02-10", later, generic=frozenset(cast), generic_limit=5,
                        document_counts={"kahramanmaras": 14, "afad": 13})  # fmt: skip
    assert decide(evidence, candidates=[story]).join == "n-1"
    # The same two names, each named by forty stored documents: common, not the story's.
    everywhere = Evidence(cast, "2026-02-10", later, generic=frozenset(cast), generic_limit=5,
                          document_counts={"kahramanmaras": 40, "afad": 40})  # fmt: skip
    assert decide(everywhere, candidates=[story]).join is None


def test_a_specific_names_words_count_among_a_documents_words_a_common_names_do_not():
    from eval.story_replay import MemoryTables
    from kg import placement

    def article(title: str, mentions: dict[str, int]) -> dict:
        return {"title": title, "text": "", "seen": "2026-05-04", "mentions": mentions,
                "types": {}, "dated": True}  # fmt: skip

    # Sixty stored articles name the Senate: common. Only the new one names the envoy.
    documents = {f"d{i}": article(f"Budget vote {i}", {"senate": 1}) for i in range(60)}
    documents["new"] = article("Senate hears envoy Okafor", {"senate": 1, "amara okafor": 1})
    tables = MemoryTables(documents)
    for document_id in documents:
        tables.arrive(document_id)
    _, terms, _, _ = placement._decision(tables, "new")
    assert "okafor" in terms and "envoy" in terms
    assert "senate" not in terms


def test_a_feeds_furniture_names_no_one_and_says_nothing_of_the_story(analyzer):
    from tests.figure_cases import analysed

    # Two unrelated items of one feed, each closing with the feed's image credit.
    item = (
        "Ferries stay in port as gales close the harbour.\n"
        "(Image credit: ANN LEE/AFP via Getty Images)\n"
        "Continue reading..."
    )
    names = {m.name for m in analysed(analyzer, item, "2026-05-04").mentions}
    assert not names & {"Getty Images", "AFP"}, names
    words = story_terms("Gales close the harbour", item)
    assert {"ferry", "harbour"} <= set(words)
    assert not set(words) & {"credit", "getty", "image", "continue", "reading", "afp"}, words


def test_a_shared_names_words_are_not_counted_again_among_the_shared_words():
    # Two items of one feed on one day name the same singer and share two other words.
    told = _words("Lorde thanks fans after awards snub", "The singer thanked fans.", ())
    story = Candidate("n-1", 1, ("2026-05-04", "2026-05-04"), {"lorde": 1}, dict.fromkeys(told, 1))
    other = _words("Lorde fans sue over cancelled tour", "Fans of the singer sued.", ())
    evidence = Evidence({"lorde": 0.5, "tel aviv": 0.5}, "2026-05-04", other, generic_limit=20)
    assert decide(evidence, candidates=[story]).join is None
    # The same story told again shares three words besides her name: one story.
    again = _words("Lorde thanks fans for awards support", "The singer thanked fans again.", ())
    evidence = Evidence({"lorde": 0.5, "grammys": 0.5}, "2026-05-04", again, generic_limit=20)
    assert decide(evidence, candidates=[story]).join == "n-1"
