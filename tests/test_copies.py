"""Near-identical copies: one wire story under other headlines is found, one story
told twice in different words is not, and finding them costs little per document."""

from __future__ import annotations

import itertools
import json
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest

from extractors.copies import (
    Fingerprint,
    estimated_overlap,
    fingerprint,
    is_copy,
    overlap,
)
from extractors.ids import text_hash

WIRE = (
    "The harbour authority in Calder Bay said on Monday that the north pier will close for "
    "six weeks from 3 June while engineers replace its timber deck.\n\n"
    "Ferries to Arlo Isle will leave from the south quay until the work ends, adding about "
    "ten minutes to each crossing, the authority's operations chief Mara Quist said.\n\n"
    "The pier, built in 1911, carried 412,000 passengers last year. Its deck was last "
    "replaced in 1978, and inspectors found rot in a third of its beams in March.\n\n"
    "Local traders asked for signs at the station to point visitors to the temporary "
    "berth, and the authority said it would put up twelve of them before the closure."
)
# The same wire story as an outlet runs it: its own headline, a credit at the end.
RUN_BY_AN_OUTLET = (
    "North pier to shut for six weeks\n\n"
    + WIRE
    + "\n\nAdditional reporting by Tomas Brek; editing by Ilse Varga."
)
# One outlet adds a paragraph of its own, and corrects a figure.
WITH_A_PARAGRAPH = (
    WIRE.replace("412,000", "421,000")
    + "\n\nThe south quay was rebuilt in 2019 after storm damage and has two berths, one of "
    "which is kept free for the lifeboat, so ferries may wait at busy times."
)
# The same event reported independently: the same names and figures, other sentences.
ANOTHER_REPORT = (
    "Passengers bound for Arlo Isle face a longer trip this summer. Calder Bay's north "
    "pier, which dates from 1911, shuts on 3 June for six weeks so that its rotten "
    "timber deck can be renewed.\n\n"
    "Mara Quist, who runs operations at the harbour authority, said sailings would move "
    "to the south quay and take roughly ten minutes longer. Twelve signs will guide "
    "visitors from the station, after traders lobbied for them. The pier handled 412,000 "
    "passengers last year."
)


def test_a_wire_story_under_another_headline_is_a_copy():
    assert is_copy(overlap(WIRE, RUN_BY_AN_OUTLET))
    assert is_copy(estimated_overlap(fingerprint(WIRE), fingerprint(RUN_BY_AN_OUTLET)))
    assert set(fingerprint(WIRE).band_keys()) & set(fingerprint(RUN_BY_AN_OUTLET).band_keys())


def test_an_added_paragraph_and_a_corrected_figure_keep_it_a_copy():
    found = overlap(WIRE, WITH_A_PARAGRAPH)
    assert is_copy(found)
    assert found.containment > 0.9 > found.jaccard


def test_two_reports_of_one_event_are_not_copies():
    found = overlap(WIRE, ANOTHER_REPORT)
    assert not is_copy(found)
    assert found.jaccard < 0.1
    assert not set(fingerprint(WIRE).band_keys()) & set(fingerprint(ANOTHER_REPORT).band_keys())


def test_a_brief_quoted_inside_a_long_piece_is_not_a_copy_of_it():
    brief = WIRE.split("\n\n")[0] + "\n\n" + WIRE.split("\n\n")[1]
    feature = "\n\n".join([ANOTHER_REPORT, brief, ANOTHER_REPORT.upper(), ANOTHER_REPORT[::-1]])
    found = overlap(brief, feature)
    assert found.containment == 1.0
    assert not is_copy(found)


def test_fingerprints_survive_a_round_trip_through_bytes():
    original = fingerprint(WIRE)
    stored = original.to_bytes()
    assert len(stored) == 256
    assert Fingerprint.from_bytes(stored, original.shingles) == original


def test_fingerprints_are_the_same_in_every_process(tmp_path):
    # Stored keys must match the keys a later process computes: no hash() salt.
    import subprocess
    import sys

    code = "from extractors.copies import fingerprint; import sys;"
    code += "print(fingerprint(sys.stdin.read()).band_keys()[0])"
    keys = {
        subprocess.run(
            [sys.executable, "-c", code], input=WIRE, capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    }
    assert keys == {fingerprint(WIRE).band_keys()[0]}


def test_fingerprinting_costs_little_next_to_ingestion():
    texts = [WIRE, RUN_BY_AN_OUTLET, WITH_A_PARAGRAPH, ANOTHER_REPORT] * 50
    started = time.perf_counter()
    for text in texts:
        fingerprint(text).band_keys()
    per_document = (time.perf_counter() - started) / len(texts)
    assert per_document < 0.005  # ingestion takes ~100 ms a document


@pytest.fixture(scope="module")
def bbc(shared_dir: Path) -> list[dict]:
    path = shared_dir / "corpus" / "bbc-news-2005.jsonl"
    if not path.is_file():
        pytest.skip("the BBC corpus is not in ../shared")
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _copies_through_band_keys(texts: list[str]) -> set[tuple[int, int]]:
    """Pairs that share a band key and are confirmed on their shingles, as a store would."""
    holders: dict[str, list[int]] = defaultdict(list)
    for number, text in enumerate(texts):
        for key in fingerprint(text).band_keys():
            holders[key].append(number)
    candidates = {pair for held in holders.values() for pair in itertools.combinations(held, 2)}
    return {(a, b) for a, b in candidates if is_copy(overlap(texts[a], texts[b]))}


def test_the_bbc_corpus_duplicates_are_found(bbc):
    texts = [article["text"] for article in bbc]
    ids = [article["id"] for article in bbc]
    started = time.perf_counter()
    found = _copies_through_band_keys(texts)
    seconds = time.perf_counter() - started
    named = {(ids[a], ids[b]) for a, b in found}

    # every article repeated word for word (the same text hash) is found
    by_hash: dict[str, list[str]] = defaultdict(list)
    for article in bbc:
        by_hash[text_hash(article["text"])].append(article["id"])
    repeated = {p for group in by_hash.values() for p in itertools.combinations(group, 2)}
    assert len(repeated) == 136
    assert repeated <= named
    # and near copies beyond them: a paragraph added, a headline changed
    near = named - repeated
    assert ("bbc-politics-043", "bbc-politics-313") in near  # one paragraph added
    assert ("bbc-tech-009", "bbc-tech-379") in near
    assert 20 <= len(near) <= 40, sorted(near)
    # two articles on one story (the attorney general's Iraq advice) are not copies
    assert ("bbc-politics-327", "bbc-politics-328") not in named
    assert seconds / len(texts) < 0.005


def test_band_keys_miss_no_copy_that_comparing_every_pair_finds(bbc):
    texts = [article["text"] for article in bbc]
    signatures = np.array([fingerprint(t).signature for t in texts], dtype=np.uint32)
    every_pair = set()
    for a in range(len(texts)):
        agree = (signatures[a + 1 :] == signatures[a]).mean(axis=1)
        for offset in np.nonzero(agree >= 0.3)[0]:
            b = a + 1 + int(offset)
            if is_copy(overlap(texts[a], texts[b])):
                every_pair.add((a, b))
    assert every_pair == _copies_through_band_keys(texts)
