"""Figures against the blind, adjudicated figures gold set.

    python -m eval.figures --split S [--errors] [--baseline]

``S`` is ``dev``, ``dev2`` to ``dev23`` (tuning splits), ``test`` (the blind split) or
``test2`` (a second blind split of US political news).

Gold: ``eval/gold/figures.jsonl`` (810 sentences of BBC 2005 and the seeds,
two independent passes adjudicated, and the 200 of the fresh ``dev2`` draw;
``eval/figures_guidelines.md``), one line
per sentence with each figure's span, value, unit, change, approximation and
the words saying what it measures. The ``test`` split is blind: never tune on
it, and ``--errors`` lists only the tuning splits' errors. ``dev2`` was
annotated before kg was run on it, so it tells whether a rule fitted to
``dev`` carries over; ``dev3`` (PolNeAR's US political news of 2015-16, two
passes adjudicated) tells it for other outlets and another decade; ``dev4``
(240 BBC sentences from unused articles, two blind passes adjudicated) is
a fresh BBC split for the gaps the blind split kept after ``dev3``.

kg runs as ingestion runs it, on the *whole article* (so a sentence's figures
see their paragraph), with the article's parse cached in /tmp; the figures
inside the gold sentence are scored. A prediction matches the first unmatched
gold figure its span overlaps. Four scores, each P/R/F1 over matched figures
(a matched figure that fails a score is a false positive and a false negative):

- **value**: the value within a relative 1e-3 (a range: both ends);
- **value+unit**: and the unit, both normalised (:func:`unit_key`);
- **value+change**: and the class: ``up`` for an increase, ``down`` for a
  decrease, else ``approximate`` ("about"), ``bound`` ("more than", "up to"),
  else ``level``;
- **value+measured**: and the claim's subject or metric shares a content word
  (not a stop word; compared as stems, and the gold words also as their lemmas
  in the article's parse, so "took" meets "take") with the gold measured words;
  a gold figure with no measured words counts on its value alone.

``--baseline`` runs quantulum3 on each sentence for value and value+unit, and
CQE (:mod:`eval.figures_cqe`) for all four.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, DocBin

from eval.common import GOLD, Score, article_text, first_overlap, parse_key, shared_available
from extractors.catalog import EntityCatalog
from extractors.claims import extract_claims
from extractors.entities import find_mentions
from extractors.nlp import DEFAULT_MODEL, load_pipeline
from extractors.quantities import find_quantities
from extractors.records import Claim, Quantity
from extractors.timex import find_times

CACHE = Path("/tmp/kg-eval-cache/figures")
SCORES = ("value", "value+unit", "value+change", "value+measured")
BOUNDS = frozenset({">", ">=", "<", "<="})


@dataclass(slots=True)
class Predicted:
    """One figure as a tagger read it, with offsets into the gold sentence."""

    start: int
    end: int
    low: float
    high: float
    unit: str
    change: str = "level"
    approx: str = "="
    measured: str = ""


#: Splits annotated before kg was run on them and never tuned on: scores only.
BLIND_SPLITS = ("test", "test2", "test3", "test4")
#: Every split of the gold set: the tuning splits, then the blind ones.
SPLITS = tuple(f"dev{n}" if n > 1 else "dev" for n in range(1, 24)) + BLIND_SPLITS


def gold_sentences(split: str, unique: bool = False) -> Iterator[tuple[dict[str, Any], str]]:
    """Each gold line of the split with its sentence's text; with ``unique``, only the
    sentences whose words no tuning split holds (the BBC corpus has some articles twice,
    so a blind sentence may have a copy a tuning split drew from the other copy)."""
    tuned = tuning_sentences() if unique else frozenset()
    for line in (GOLD / "figures.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["split"] == split:
            sentence = article_text(item["source"])[item["start"] : item["end"]]
            if sentence not in tuned:
                yield item, sentence


@functools.cache
def tuning_sentences() -> frozenset[str]:
    """The words of every sentence of the tuning splits."""
    lines = (GOLD / "figures.jsonl").read_text(encoding="utf-8").splitlines()
    items = [json.loads(line) for line in lines]
    return frozenset(
        article_text(item["source"])[item["start"] : item["end"]]
        for item in items
        if item["split"] not in BLIND_SPLITS
    )


# -- normalising ------------------------------------------------------------------------

#: kg's unit words and symbols, in the gold's vocabulary.
UNIT_WORDS = {
    "%": "percent", "percentage points": "percentage point", "x": "times", "times": "times",
    "gbp pence": "gbx", "usd cents": "usx", "usd cent": "usx", "eur cents": "eur cent",
    "inr paise": "inr paisa",
    "m": "metre", "km": "kilometre", "miles": "mile", "kg": "kilogram", "ft": "foot",
    "in": "inch", "lb": "pound", "tonnes": "tonne", "metres": "metre", "degrees": "degree",
    "people": "person", "men": "man", "women": "woman", "children": "child",
    "staff": "staff", "dollars": "usd", "pounds": "gbp", "euros": "eur", "yen": "jpy",
    "yuan": "cny", "pence": "gbx", "cents": "usx", "w": "watt", "kw": "kilowatt",
    "mw": "megawatt", "gw": "gigawatt", "tw": "terawatt", "kwh": "kilowatt hour",
    "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour", "mb": "megabyte",
    "gb": "gigabyte", "tb": "terabyte", "pb": "petabyte", "ghz": "gigahertz", "nm": "nanometre",
    "°c": "degree", "°f": "degree", "km/h": "kph", "kilometre per hour": "kph",
    "cm": "centimetre", "mm": "millimetre", "kbps": "kilobit per second",
    "mbps": "megabit per second", "gbps": "gigabit per second",
}  # fmt: skip


def unit_key(unit: str | None) -> str:
    """A unit written one way, so kg's, the gold's and quantulum3's compare.

    >>> [unit_key(u) for u in ("%", "USD per barrel", "GBP pence", "tonnes", "people", "")]
    ['percent', 'usd per barrel', 'gbx', 'tonne', 'person', '']
    """
    text = " ".join((unit or "").lower().split())
    if text in UNIT_WORDS:
        return UNIT_WORDS[text]
    head, per, rate = text.partition(" per ")
    head = UNIT_WORDS.get(head, _singular(head))
    return f"{head} per {_singular(rate)}" if per else head


#: Plurals the "-s" rule gets wrong.
_IRREGULAR = {
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "thieves": "thief",
    "leaves": "leaf", "shelves": "shelf", "wolves": "wolf", "calves": "calf", "loaves": "loaf",
    "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose", "crises": "crisis",
    "analyses": "analysis", "theses": "thesis", "phenomena": "phenomenon", "criteria": "criterion",
    "aliases": "alias", "buses": "bus", "viruses": "virus", "bonuses": "bonus", "gases": "gas",
    "campuses": "campus", "censuses": "census", "statuses": "status",
}  # fmt: skip
_SINGULARS = frozenset(_IRREGULAR.values())
_NOT_MEN = frozenset({"specimen", "abdomen", "regimen", "stamen"})


#: Endings of singular words in "-s": "class", "bus", "crisis", "axis", "arthritis", "tennis".
_SINGULAR_ENDINGS = ("ss", "us", "sis", "xis", "itis", "ennis", "iris", "this", "his")


def _singular(phrase: str) -> str:
    """The phrase with its last word singular.

    >>> [_singular(w) for w in ("lives", "businessmen", "co-productions", "cad cents", "mps")]
    ['life', 'businessman', 'co-production', 'cad cent', 'mp']
    >>> [_singular(w) for w in ("iraqis", "crises", "crisis", "tennis", "aliases", "alias")]
    ['iraqi', 'crisis', 'crisis', 'tennis', 'alias', 'alias']
    """
    words = phrase.split()
    if not words:
        return ""
    last = words[-1]
    if len(words) > 1 and last in ("cents", "pence"):  # "cad cents": a currency's cents
        last = last[:-1] if last == "cents" else "penny"
    elif last in _SINGULARS:  # "alias", "bus": a singular of one of the plurals below
        pass
    elif last.endswith("children"):  # "grandchildren"
        last = last.removesuffix("ren")
    elif last in _IRREGULAR:  # "150,000 lives": life
        last = _IRREGULAR[last]
    elif last.endswith("men") and len(last) > 4 and last not in _NOT_MEN:
        last = last[:-3] + "man"  # "businessmen", "policemen"
    elif last in UNIT_WORDS:
        last = UNIT_WORDS[last]
    elif last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS) and len(last) > 3:
        last = last[:-1]  # "iraqis", "bikinis"; not "crisis", "tennis", "status"
    elif last.endswith("s") and len(last) > 2 and not set(last[:-1]) & set("aeiouy"):
        last = last[:-1]  # an acronym's plural: "mps", "cds"
    return " ".join([*words[:-1], last])


def change_class(change: str, approx: str) -> str:
    """The five-way class value+change scores.

    >>> change_class("increase", "~"), change_class("level", "<="), change_class("level", "=")
    ('up', 'bound', 'level')
    """
    if change == "increase":
        return "up"
    if change == "decrease":
        return "down"
    if approx == "~":
        return "approximate"
    return "bound" if approx in BOUNDS else "level"


def content_stems(text: str) -> set[str]:
    """The content words of a phrase, stemmed: "people were injured" -> people, injur.

    >>> sorted(content_stems("the people were injured"))
    ['injur', 'people']
    """
    words = re.findall(r"[a-z]+", text.lower().replace("’", "'"))
    return {_stem(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def _stem(word: str) -> str:
    for suffix in ("ies", "ied", "ing", "ed", "es", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


#: Words that name nothing even when an annotation is made of them.
_FUNCTION_WORDS = frozenset(
    "the a an of to in on at by for with from and or but it its this that these those "
    "be is are was were been being have has had do does did will would can could may might "
    "more most less other another first last only such same own many much few all each every "
    "some any no not also just so than then there here up down out over under about per "
    "he she they we you i him her them who which what".split()
)


def _word_stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.lower().replace("’", "'"))
    return {_stem(w) for w in words if w not in _FUNCTION_WORDS and len(w) > 1}


def shares_a_word(predicted: str, gold: str, gold_lemmas: str = "") -> bool:
    """Whether two phrases share a content word, compared as lemmas and stems.

    >>> shares_a_word("sell copies", "sold", "sell")
    True

    Words spaCy counts as stop words still name what is measured when they are a verb or
    a name ("took": "take", "US"); only function words never match:

    >>> shares_a_word("film take", "taken", "take"), shares_a_word("film", "took", "take")
    (True, False)
    """
    ours, theirs = content_stems(predicted), content_stems(f"{gold} {gold_lemmas}")
    if not ours & theirs:
        ours, theirs = _word_stems(predicted), _word_stems(f"{gold} {gold_lemmas}")
    if ours & theirs:
        return True
    # Stems that agree on their first five letters ("injuries", "injured") are one word.
    return any(a[:5] == b[:5] for a in ours for b in theirs if min(len(a), len(b)) >= 5)


# -- kg ---------------------------------------------------------------------------------


@cache
def _pipeline() -> Language:
    return load_pipeline(DEFAULT_MODEL, EntityCatalog.load(None))


@cache
def _parsed(source: str) -> Doc:
    """An article's parse, cached in /tmp (the gold refers to ~700 articles)."""
    nlp = _pipeline()
    text = article_text(source)
    path = CACHE / f"{source.replace(':', '_').replace('/', '_')}.{parse_key()}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if docs and docs[0].text == text:
            return docs[0]
    doc = nlp(text)
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[doc]).to_disk(path)
    return doc


@cache
def _article_figures(source: str) -> tuple[tuple[Quantity, Claim | None], ...]:
    """Every figure kg reads in an article, with the claim made of it (if any)."""
    return figures_in(_parsed(source))


def figures_in(doc: Doc) -> tuple[tuple[Quantity, Claim | None], ...]:
    """Every figure kg reads in a parsed text, with the claim made of it (if any); not
    the numbers of a time expression that no claim took as its figure."""
    catalog = EntityCatalog.load(None)
    mentions = find_mentions(doc, catalog)
    quantities = find_quantities(doc.text, doc)
    times = find_times(doc.text, anchor=None, doc=doc)
    claims = extract_claims(doc, quantities, times, mentions, None)
    by_start = {c.start: c for c in claims if c.quantity is not None}
    in_times = [(t.start_char, t.end_char) for t in times]
    return tuple(
        (q, by_start.get(q.start))
        for q in quantities
        if q.start in by_start or not any(s < q.end and q.start < e for s, e in in_times)
    )


def kg_figures(item: dict[str, Any]) -> list[Predicted]:
    predicted = []
    for quantity, claim in _article_figures(item["source"]):
        if not item["start"] <= quantity.start < item["end"]:
            continue  # (one that runs past the sentence's end is scored: the draw cut
            # some sentences at an abbreviation's stop, "the bombings of two U.S.")
        low, high, unit = quantity.low, quantity.high, quantity.unit
        whole = re.fullmatch(r"of (\d+)", unit)
        if whole:  # "four of the five": a part of a whole, as the gold writes it
            low, high, unit = low / int(whole[1]), high / int(whole[1]), "fraction"
        elif quantity.kind == "ratio":
            unit = "fraction"
        elif quantity.kind == "count" and unit.partition(" per ")[0] == "times":
            unit = unit.replace("times", "time", 1)  # "three or four times (a year)": occasions
        predicted.append(
            Predicted(
                start=quantity.start - item["start"],
                end=min(quantity.end, item["end"]) - item["start"],
                low=low,
                high=high,
                unit=unit,
                change=getattr(claim, "change", "level") if claim else "level",
                approx=quantity.approx,
                measured=measured_words(quantity, claim),
            )
        )
    return predicted


def measured_words(quantity: Quantity, claim: Claim | None) -> str:
    """What kg says a figure measures: its claim's subject and metric, else the words the
    tagger took as measured."""
    if claim:
        return " ".join(w for w in (claim.subject, claim.metric) if w)
    return getattr(quantity, "measured", None) or ""


# -- quantulum3 -------------------------------------------------------------------------

#: quantulum3's unit names, in the gold's vocabulary.
QUANTULUM_UNITS = {
    "percentage": "percent", "dollar": "usd", "united states dollar": "usd",
    "pound sterling": "gbp", "euro": "eur", "japanese yen": "jpy", "yen": "jpy",
    "renminbi": "cny", "dimensionless": "", "year": "year", "metre": "metre",
    "kilometre": "kilometre", "mile": "mile", "tonne": "tonne", "kilogram": "kilogram",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "penny": "gbx", "cent": "usx", "mile per hour": "mph",
}  # fmt: skip


def quantulum_figures(sentence: str) -> list[Predicted]:
    from quantulum3 import parser  # an evaluation extra, not a kg dependency

    found = []
    for q in parser.parse(sentence):
        start, end = q.span
        name = q.unit.name.lower()
        unit = QUANTULUM_UNITS.get(name, "" if name == "dimensionless" else name)
        if not unit and q.unit.entity.name == "dimensionless":
            noun = re.match(r"\s+([a-z]+)", sentence[end:])
            unit = noun.group(1) if noun else ""  # a count: the noun after it
        low = float(q.value)
        high = float(q.uncertainty) + low if getattr(q, "uncertainty", None) else low
        found.append(Predicted(start, end, low, high, unit))
    return found


def cqe_figures(sentence: str) -> list[Predicted]:
    from eval.figures_cqe import cqe_quantities  # an evaluation baseline, not a dependency

    return [
        Predicted(q["start"], q["end"], q["low"], q["high"], q["unit"], *q["change"], q["measured"])
        for q in cqe_quantities(sentence)
    ]


#: Each tagger the scorer runs, reading a gold item and its sentence.
TAGGERS = {
    "kg": lambda item, sentence: kg_figures(item),
    "quantulum3": lambda item, sentence: quantulum_figures(sentence),
    "CQE": lambda item, sentence: cqe_figures(sentence),
}


# -- scoring ----------------------------------------------------------------------------


def _value_ok(p: Predicted, g: dict[str, Any]) -> bool:
    high = g["high"] if g["high"] is not None else g["value"]
    return _as_written(p.low, g["value"]) and _as_written(p.high, high)


def _as_written(predicted: float, gold: float) -> bool:
    """The same value, to 0.1% or to the decimals the gold was written with (annotators
    round a fraction: "one sixth" is 0.167, "13 out of 659" 0.0197).

    >>> _as_written(1 / 6, 0.167), _as_written(1 / 3, 0.333), _as_written(0.17, 0.167)
    (True, True, False)
    >>> _as_written(13 / 659, 0.0197), _as_written(0.0199, 0.0197)
    (True, False)
    """
    if math.isclose(predicted, gold, rel_tol=1e-3):
        return True
    decimals = len(repr(float(gold)).partition(".")[2])
    return 2 <= decimals <= 4 and round(predicted, decimals) == gold


def _gold_lemmas(item: dict[str, Any], span: list[int] | None) -> str:
    """The lemmas of the gold measured words, from the article's parse ("took" -> take)."""
    if span is None:
        return ""
    doc = _parsed(item["source"])
    words = doc.char_span(item["start"] + span[0], item["start"] + span[1], "expand")
    return " ".join(t.lemma_.lower() for t in words) if words is not None else ""


def _checks(
    p: Predicted, g: dict[str, Any], sentence: str, item: dict[str, Any]
) -> dict[str, bool]:
    value = _value_ok(p, g)
    measured = g["measured"]
    return {
        "value": value,
        "value+unit": value and unit_key(p.unit) == unit_key(g["unit"]),
        "value+change": value
        and change_class(p.change, p.approx) == change_class(g["change"], g["approx"]),
        "value+measured": value
        and (
            measured is None
            or shares_a_word(
                p.measured, sentence[measured[0] : measured[1]], _gold_lemmas(item, measured)
            )
        ),
    }


def evaluate(split: str, tagger: str = "kg", unique: bool = False) -> dict[str, Score]:
    scores = {name: Score() for name in SCORES}
    for item, sentence in gold_sentences(split, unique):
        gold = item["figures"]
        found = TAGGERS[tagger](item, sentence)
        spans = [(g["span"][0], g["span"][1]) for g in gold]
        matched: set[int] = set()
        for p in found:
            hit = first_overlap(spans, p.start, p.end, matched)
            if hit is None:
                for score in scores.values():
                    score.false_pos += 1
                scores["value"].errors.append(
                    f"extra          {sentence[p.start : p.end]!r} ({p.low:g} {p.unit}) "
                    f"[{item['id']}] {sentence}"
                )
                continue
            matched.add(hit)
            g = gold[hit]
            checks = _checks(p, g, sentence, item)
            for name, ok in checks.items():
                score = scores[name]
                if ok:
                    score.true_pos += 1
                    continue
                score.false_pos += 1
                score.false_neg += 1
                if name == "value" or checks["value"]:  # a wrong value is listed once
                    score.errors.append(_describe(name, p, g, sentence, item["id"]))
        for i, g in enumerate(gold):
            if i not in matched:
                for score in scores.values():
                    score.false_neg += 1
                text = sentence[g["span"][0] : g["span"][1]]
                scores["value"].errors.append(f"missed         {text!r} [{item['id']}] {sentence}")
    return scores


def _describe(name: str, p: Predicted, g: dict[str, Any], sentence: str, ident: str) -> str:
    text = sentence[p.start : p.end]
    measured = g["measured"]
    gold_measured = sentence[measured[0] : measured[1]] if measured else None
    detail = {
        "value": f"{p.low:g}..{p.high:g}, gold {g['value']:g}..{g['high'] or g['value']:g}",
        "value+unit": f"unit {p.unit!r}, gold {g['unit']!r}",
        "value+change": f"{change_class(p.change, p.approx)} ({p.change}, {p.approx}), gold "
        f"{change_class(g['change'], g['approx'])} ({g['change']}, {g['approx']})",
        "value+measured": f"measured {p.measured!r}, gold {gold_measured!r}",
    }[name]
    return f"{name:<14} {text!r}: {detail} [{ident}] {sentence}"


#: The field's tools run by ``--baseline``: what each is scored on, and how to install it.
BASELINES = (
    ("quantulum3", ("value", "value+unit"), "pip install -e '.[eval]'"),
    ("CQE", SCORES, "make eval-baselines"),
)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.figures", description=__doc__)
    parser.add_argument(
        "--split",
        choices=SPLITS,
        required=True,
    )
    parser.add_argument("--errors", action="store_true", help="list every error (not for test)")
    parser.add_argument("--baseline", action="store_true", help="also run quantulum3 and CQE")
    args = parser.parse_args()
    if not shared_available() or not (GOLD / "figures.jsonl").exists():
        print("skipped: no figures gold, or ../shared/corpus is not here")
        return 0
    gold = sum(len(item["figures"]) for item, _ in gold_sentences(args.split))
    print(f"figures, split {args.split}: {gold} gold figures")
    scores = evaluate(args.split)
    for name, score in scores.items():
        print(score.row(f"kg {name}"))
    if args.split in BLIND_SPLITS:  # the blind sentences no tuning split has a copy of
        kept = sum(1 for _ in gold_sentences(args.split, unique=True))
        print(f"without the sentences a tuning split also holds ({kept} kept):")
        for name, score in evaluate(args.split, unique=True).items():
            print(score.row(f"kg {name}"))
    if args.baseline:
        for tagger, names, setup in BASELINES:
            try:
                baseline = evaluate(args.split, tagger)
            except ImportError:
                print(f"{tagger}: not installed ({setup})")
                continue
            for name in names:
                print(baseline[name].row(f"{tagger} {name}"))
    if args.errors and args.split in BLIND_SPLITS:
        print(f"(errors are not listed for the blind {args.split} split)")
    elif args.errors:
        for score in scores.values():
            for error in score.errors:
                print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
