"""Entity merges against hand-judged pairs of names.

    python -m eval.entities [--errors]

Gold: ``eval/gold/entity_merges.jsonl``, pairs of surface names from BBC 2005
and the seed articles (references only, see :mod:`eval.common`): ``a`` in
``source``, ``b`` in ``source_b`` (default: the same article), and whether they
name the same entity (``same``). ``kind`` says why the pair is there:
``acronym`` ("the Financial Services Authority (FSA)"), ``declared`` ("also
known as", a former name), ``variant`` (a company suffix, a short form),
``bracketed-other`` (a club, country or role in brackets) and ``distinct``
(related but different: "Sony" and "Sony Ericsson"). The pairs were judged
before the alias rules were written.

kg merges two names when they end up with one entity key: each article is run
through the pipeline's entity extraction (no entities file), each name is
mapped to the mention that spells it (its canonical name), or to the company
whose name it is without a designator (as a store resolves it when another
article writes it alone, :mod:`kg.entity_variants`), else to the catalog's name
for it, and the keys are compared. Precision is the share of
the merges kg makes that the gold calls the same entity; recall the share of
same-entity pairs that kg merges.

Examples
--------
>>> score_pairs([(True, True), (False, True), (True, False)]).row("merges")
'merges                 P 0.500  R 0.500  F1 0.500  (tp 1, fp 1, fn 1)'
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from functools import cache

from eval.common import GOLD, Score, article_text, shared_available
from extractors.aliases import designator_aliases
from extractors.catalog import EntityCatalog, entity_key
from extractors.entities import clean_name, find_mentions
from extractors.nlp import DEFAULT_MODEL, load_pipeline

#: The score of the rules before the alias work of issue 14 (measured on this
#: gold on 2026-12-01, with the code of that day), printed next to today's.
BEFORE = {"precision": 1.0, "recall": 0.061, "true_pos": 8, "false_pos": 0}


@cache
def _catalog() -> EntityCatalog:
    return EntityCatalog.load(None)


@cache
def _names_in(source: str) -> dict[str, str]:
    """Each spelling's key in an article -> the key of the entity it was resolved to."""
    nlp = load_pipeline(DEFAULT_MODEL, _catalog())
    resolved: dict[str, str] = {}
    mentions = find_mentions(nlp(article_text(source)), _catalog())
    for m in mentions:
        for spelling in (clean_name(m.text, m.label), m.name):
            if spelling:
                resolved.setdefault(entity_key(spelling), entity_key(m.name))
    # What a store does across articles (kg.entity_variants): a company's name without
    # its designator, written alone in another article, is that company.
    labels = {m.name: m.label for m in reversed(mentions)}
    for name, stems in designator_aliases(labels).items():
        for stem in stems:
            resolved.setdefault(entity_key(stem), entity_key(name))
    return resolved


def entity_of(name: str, source: str) -> str:
    """The key of the entity kg gives ``name`` in ``source``."""
    names = _names_in(source)
    key = entity_key(name)
    found = names.get(key)
    if found is None and " " in key:  # the model's span may hold more ("the US Securities ...")
        found = next((v for k, v in names.items() if k.endswith(" " + key)), None)
    if found is not None:
        return found
    entry = _catalog().lookup(name)
    return entity_key(entry.name if entry else name)


def score_pairs(pairs: Iterable[tuple[bool, bool]]) -> Score:
    """Precision and recall of merges from (gold same, kg merged) pairs."""
    score = Score()
    for same, merged in pairs:
        score.true_pos += same and merged
        score.false_pos += merged and not same
        score.false_neg += same and not merged
    return score


def evaluate() -> tuple[Score, dict[str, Score]]:
    """The overall score and one per kind of pair; errors are listed in the overall score."""
    overall, by_kind = Score(), dict[str, Score]()
    for line in (GOLD / "entity_merges.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        key_a = entity_of(item["a"], item["source"])
        key_b = entity_of(item["b"], item.get("source_b", item["source"]))
        merged, same = key_a == key_b, bool(item["same"])
        for score in (overall, by_kind.setdefault(item["kind"], Score())):
            one = score_pairs([(same, merged)])
            score.true_pos += one.true_pos
            score.false_pos += one.false_pos
            score.false_neg += one.false_neg
        if merged != same:
            wrong = "merged" if merged else "kept apart"
            overall.errors.append(f"{item['source']}: {item['a']!r} / {item['b']!r} {wrong}")
    return overall, by_kind


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong decision")
    args = parser.parse_args()
    if not shared_available():
        print("../shared/corpus is not here; nothing to evaluate", file=sys.stderr)
        return 1
    overall, by_kind = evaluate()
    before = BEFORE
    print(
        f"{'before':<22} P {before['precision']:.3f}  R {before['recall']:.3f}"
        f"  (tp {before['true_pos']}, fp {before['false_pos']})"
    )
    print(overall.row("now"))
    for kind, score in sorted(by_kind.items()):
        print(score.row(f"  {kind}"))
    if args.errors:
        print("\n".join(overall.errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
