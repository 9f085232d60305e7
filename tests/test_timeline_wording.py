"""Timeline entries cut from their own sentence (:mod:`queries.timeline_wording`)."""

from __future__ import annotations

from queries.timeline import timeline_entries
from queries.timeline_wording import clause


def _claim(sentence: str, **fields):
    claim = {"kind": "percent", "subject": None, "subject_entity": None, "metric": None,
             "quantity_text": None, "sentence": sentence, "hedge": "reported"}  # fmt: skip
    return claim | fields


def test_a_figure_reads_from_its_subject_to_what_it_counts():
    claim = _claim(
        "After the vote, the harbour board said freight volume rose to 12.4 million tonnes"
        " of cargo, a record for the port.",
        kind="physical", subject="freight volume", metric="cargo",
        quantity_text="12.4 million tonnes",
    )  # fmt: skip
    assert clause(claim) == "Freight volume rose to 12.4 million tonnes of cargo"


def test_an_aside_inside_the_cut_is_dropped_and_citations_go():
    claim = _claim(
        "Lumen Air, which flies from three airports, carried 8 percent of regional"
        " passengers in May.[4]",
        subject="Lumen Air",
        metric="share of regional passengers",
        quantity_text="8 percent",
    )
    assert clause(claim) == "Lumen Air carried 8 percent of regional passengers in May"


def test_an_event_keeps_the_verb_as_written():
    claim = _claim(
        "Officials said the Norvik council approved the new bridge plan on Tuesday.",
        kind="event",
        subject="the Norvik council",
        metric="approve new bridge plan",
    )
    assert clause(claim) == "The Norvik council approved the new bridge plan"
    # A verb alone runs to the end of its clause, as written.
    alone = _claim(
        "The council said its new ferry now runs on a mix of diesel and battery power, "
        "officials added.",
        kind="event", subject="its new ferry", metric="run",
    )  # fmt: skip
    assert clause(alone) == "Its new ferry now runs on a mix of diesel and battery power"


def test_a_list_subject_starts_the_cut_at_the_list():
    claim = _claim(
        "Alder, Birch, and Cedar together held 40% of the seed market.",
        subject="Cedar",
        metric="share of seed market",
        quantity_text="40%",
    )
    assert clause(claim) == "Alder, Birch, and Cedar together held 40% of the seed market"


def test_no_cut_when_the_subject_is_not_before_the_figure_or_it_runs_long():
    after = _claim(
        "The port handled 3 million tonnes for Norvik traders.",
        subject="Norvik traders",
        metric="tonnes",
        quantity_text="3 million tonnes",
    )
    assert clause(after) is None
    long = _claim("Lumen Air " + "and its many partners across the region " * 4 + "carried 8%.",
                  subject="Lumen Air", metric="share", quantity_text="8%")  # fmt: skip
    assert clause(long) is None


def _entry_claim(sentence: str, value: float, **fields):
    document = {"id": "d1", "outlet": "Harbour Post", "title": None, "url": None,
                "published": None, "origin": None}  # fmt: skip
    time = {"start": "2026-05-01", "end": "2026-05-31", "granularity": "month"}
    return _claim(sentence, id=sentence[:8], document=document, time=time, unit="%", value=value,
                  attributed_to=None, **fields)  # fmt: skip


def test_the_timeline_falls_back_to_a_template_and_leaves_out_what_did_not_happen():
    told = _entry_claim("In May the share for Lumen Air was 8%.", 8, subject="Lumen Air",
                        metric="share", quantity_text="8%")  # fmt: skip
    maybe = _entry_claim("If fares fall, Lumen Air could reach 12% in May.", 12,
                         subject="Lumen Air", metric="share", quantity_text="12%",
                         hedge="conditional")  # fmt: skip
    named = _entry_claim('Lumen Air calls it its "three hubs" plan in May.', 3, subject="Lumen Air",
                         metric="plan", quantity_text="three hubs")  # fmt: skip
    forecast = _entry_claim("Lumen Air expects to carry 9% of passengers in May.", 9,
                            subject="Lumen Air", metric="share of passengers",
                            quantity_text="9%", hedge="projected")  # fmt: skip
    entries = timeline_entries([told, maybe, named, forecast], [])
    assert [e["text"] for e in entries] == [
        "Lumen Air expects to carry 9% of passengers in May (forecast)",
        "The share for Lumen Air was 8%",  # the metric first, as the sentence has it
    ]
    no_cut = _entry_claim("Lumen Air: 8% in May, says the board.", 8, subject="Lumen Air",
                          metric="share", quantity_text="8 percent")  # fmt: skip
    assert timeline_entries([no_cut], [])[0]["text"] == "Lumen Air share: 8 percent"


def test_a_template_leaves_a_verbs_lemma_out_and_says_what_the_figure_counts():
    # The second figure of a contrast cannot be cut (its subject comes after it).
    sentence = "Ferries carried 9.2 million passengers in May, against 3.1 million for buses."
    buses = _entry_claim(sentence, 3.1e6, kind="count", subject="buses",
                         metric="carry passengers", quantity_text="3.1 million")  # fmt: skip
    buses["unit"] = "passengers"
    assert timeline_entries([buses], [])[0]["text"] == "buses: 3.1 million passengers"
    # A metric written as it stands keeps its place: "carry" is in the sentence.
    kept = dict(
        buses,
        sentence="In May, by the count the island's transport board keeps in its"
        " long yearly report on roads and harbours, 3.1 million is what buses carry.",
    )
    assert timeline_entries([kept], [])[0]["text"] == "buses carry passengers: 3.1 million"
    # A short sentence that states this figure alone is its own best words.
    short = dict(buses, sentence="In May 3.1 million is what buses carry, the board says.")
    assert timeline_entries([short], [])[0]["text"] == short["sentence"].rstrip(".")


def test_a_figure_of_a_list_takes_the_template_and_a_comparison_keeps_its_object():
    listed = _claim(
        "Depending on the survey, ferries carry 12%, about 15% or 19% of island trips.",
        subject="ferries", metric="share of island trips", quantity_text="about 15%",
    )  # fmt: skip
    assert clause(listed) is None
    first = dict(listed, quantity_text="12%")
    assert clause(first) is None  # the first of a list is no level of its own either
    compared = _claim(
        "Some reports say ferries cost about 4 times less than flights; others disagree.",
        kind="multiplier", subject="ferries", metric="cost", quantity_text="about 4 times",
    )  # fmt: skip
    assert clause(compared) == "Ferries cost about 4 times less than flights"
    thousands = _claim(
        "In early May, the harbour board published the full 48,500-page archive of its minutes.",
        kind="count", subject="the harbour board", metric="archive of its minutes page",
        quantity_text="48,500-page",
    )  # fmt: skip
    assert clause(thousands) == (
        "The harbour board published the full 48,500-page archive of its minutes"
    )  # a comma inside a number lists nothing


def test_a_figure_talked_about_is_no_timeline_entry():
    talked = _entry_claim(
        "The 8% figure describes one week in May.", 8, subject="The 8% figure",
        metric="figure", quantity_text="8%",
    )  # fmt: skip
    assert timeline_entries([talked], []) == []
    # The subject may be the noun alone; the sentence still says "the 8% figure".
    alone = dict(talked, subject="figure", metric="describe")
    assert timeline_entries([alone], []) == []
    # A figure of an increase states one: "a 9 percent increase" stays.
    rise = _entry_claim(
        "Ferry trips reached 4,100 in May, a 9 percent increase on April.", 9,
        subject="ferry trips", metric="increase", quantity_text="9 percent",
    )  # fmt: skip
    assert len(timeline_entries([rise], [])) == 1


def test_a_cut_keeps_what_the_figure_counts_and_leaves_no_helper_verb_hanging():
    named = _claim(
        "The mill reported a 41% 'export growth' in the region during 2025 in its yearly note.",
        subject="mill", metric="export growth", quantity_text="41%",
    )  # fmt: skip
    assert clause(named) == "The mill reported a 41% 'export growth'"
    helper = _claim(
        "Norvik's new £40m pool had to cut opening hours within a year.",
        kind="currency", subject="Norvik", metric="pool", quantity_text="£40m",
    )  # fmt: skip
    assert clause(helper) == "Norvik's new £40m pool"


def test_an_event_runs_to_the_end_of_a_name_and_reaches_past_a_long_subject():
    named = _claim(
        "Comedians on Monday mocked the mayor's first State of the City address.",
        kind="event", subject="Comedians", metric="mock the mayor's first State",
    )  # fmt: skip
    assert clause(named) == "Comedians on Monday mocked the mayor's first State of the City"
    far = _claim(
        "In 2024, the council's promise about cheaper housing has come to nothing.",
        kind="event", subject="the council's promise", metric="come",
    )  # fmt: skip
    assert clause(far) == "The council's promise about cheaper housing has come to nothing"


def test_no_entry_rather_than_one_that_reads_as_junk():
    long_tail = (
        " after a winter of delays at the yard, two strikes by welders and a change of owners"
        " that the harbour board had not expected at all."
    )
    modifier = _entry_claim(
        "A 10-part series on the island was begun by the studio" + long_tail, 10,
        subject="studio", metric="series part", quantity_text="10-part",
    )  # fmt: skip
    repeated = _entry_claim("A 5-year-old girl and two others were hurt on the quay" + long_tail,
                            5, subject="girl", metric="girl", quantity_text="five")  # fmt: skip
    event = _claim("In May, the board's long-promised plan for cheaper ferry tickets has come"
                   " to nothing" + long_tail, kind="event", subject="the plan", metric="come",
                   id="e1", document=modifier["document"], time=modifier["time"],
                   attributed_to=None)  # fmt: skip
    assert timeline_entries([modifier, repeated, event], []) == []


def test_a_template_counts_its_subject_once_and_takes_no_verb_or_comparison_as_measure():
    # Subjects resolved from the sentences before: no cut of these sentences holds them.
    long_tail = (
        ", after a winter of delays at the yard, two strikes by welders and a change of owners"
        " that the harbour board had not expected at all, in May."
    )
    killed = _entry_claim("On the quay 191 were killed" + long_tail, 191, kind="count",
                          subject="people", metric="killed",
                          quantity_text="191 people")  # fmt: skip
    assert timeline_entries([killed], [])[0]["text"] == "191 people killed"
    verb = _entry_claim("He said he would provide £5bn for it" + long_tail, 5e9, kind="money",
                        subject="Jon Hale", metric="provide", quantity_text="£5bn")  # fmt: skip
    compared = _entry_claim("They rose more than the average, up 24%" + long_tail, 24,
                            subject="ferry fares", metric="more than the average",
                            quantity_text="24%")  # fmt: skip
    repeated = _entry_claim("It had about 5,000 unemployed" + long_tail, 5000, kind="count",
                            subject="Norland", metric="unemployed",
                            quantity_text="about 5,000 unemployed")  # fmt: skip
    backwards = _entry_claim("Its GDP growth was 2.3%" + long_tail, 2.3, subject="Norland",
                             metric="growth gdp", quantity_text="2.3%")  # fmt: skip
    assert [e["text"] for e in timeline_entries([verb, compared, repeated, backwards], [])] == []
