"""Draw the sentences of the figures gold set (``eval/gold/figures.jsonl``).

    python -m eval.figures_sample > eval/gold/figure-sentences.jsonl

Sentences are cut by a plain regular expression, not by the spaCy pipeline
the extractors use, so that the sample does not lean towards what the rules
already read well. A sentence is drawn when it holds at least two figure
cues other than years (a number, or a number or fraction word), from every BBC section alike
and from the seed articles; the seed (``random.Random(2026)``) makes the
draw repeatable. About 45% of the sentences form the blind ``test`` split,
annotated before any rule was changed for this set and never used to tune.

A second draw (``--extra``: 200 more BBC sentences with at least three
cues, from articles the first draw did not use, ids from ``f610``) brought
the set past a thousand figures; it was annotated the same way.

A third draw (``--fresh``: 200 BBC sentences with at least two cues, from
articles neither earlier draw nor the quantities gold used, ids from
``f810``, split ``dev2``) is a tuning split the rules were never fitted to,
annotated blind before kg was run on it.

A fourth draw (``--news``: 200 sentences with at least two cues from
PolNeAR's *train* articles, US political news of 2015-16 from seven outlets,
at most one per article before any article gives a second, ids from
``f1010``, split ``dev3``) is a tuning split from other outlets and another
decade than the BBC's, annotated blind before kg was run on it. Without a
flag all draws are printed (``eval/gold/figure-sentences.jsonl``);
``--fresh`` prints the third and ``--news`` the fourth.

A fifth draw (``--bbc4``: 240 BBC sentences with at least two cues, from
articles no earlier draw or gold set used, the same number from every
section as the blind split's draw, ids from ``f1210``, split ``dev4``) is a
BBC tuning split for the gaps the blind split showed after dev3: dev3's
political news moved dev3 a lot and the BBC blind split hardly at all.
It was annotated blind, in two independent passes, before kg was run on it.
A sixth draw (``--bbc5``: up to 300 more the same way, ids from ``f1450``,
split ``dev5``; 278, as one section ran out of unused articles) was annotated
the same way, before kg was run on it, for one more round of tuning.
A seventh draw (``--bbc6``: 240 more, 48 per section, ids from ``f1728``,
split ``dev6``) fills a section that has run out of unused articles with two
figure cues (politics, tech, entertainment) from articles with one. An eighth
(``--bbc7``, ids from ``f1968``, split ``dev7``) is drawn the same way from the
articles left; a section with fewer than 48 gives what it has. A ninth
(``--news2``, ids from ``f2180``, split ``dev8``) is drawn as the fourth was,
from PolNeAR's dev articles. A tenth (``--news3``, ids from ``f2380``, split
``test2``) is a second blind split: 160 sentences no draw used, from PolNeAR's
dev articles and the train articles after the first 200, annotated in two
passes before kg was run on it and scored, not tuned on. An eleventh
(``--timeml``, ids from ``f2540``, split ``dev9``) is a tuning split from a
third kind of source: the newswire (AP, NYT, Xinhua; 1998-2000) of the
TempEval-3 AQUAINT articles, every sentence with two figure cues and one-cue
sentences to fill it to 180, annotated in two passes before kg was run on it.
A twelfth (``--feeds``, ids from ``f2720``, split ``dev10``) takes every
sentence with a figure cue in the entry summaries of the captured feeds of
today's outlets (``../shared/feeds``: the Guardian, Mint, the Japan Times, the
New York Times, NPR, the BBC), annotated the same way. A thirteenth
(``--timeml2``, ids from ``f2832``, split ``dev11``) takes every sentence of the
AQUAINT newswire with a figure cue that the eleventh left, in the articles'
order, annotated the same way before kg was run on it. A fourteenth (``--news4``,
ids from ``f3061``, split ``dev12``) draws 200 more sentences of PolNeAR's political
news as the fourth did, from the first 200 train articles (which the blind ``test2``
left out), annotated the same way. A fifteenth (``--bbc8``, ids from ``f3261``, split
``dev13``) draws 200 BBC sentences from the articles no draw used, as the seventh did
(40 per section, filled from articles with one cue), annotated the same way before kg
was run on it: the BBC split kg had not been tuned on since ``dev7``. A sixteenth
(``--news5``, ids from ``f3374``, split ``dev14``) draws 200 more from the same PolNeAR
articles as the fourteenth (never ``test2``'s), annotated the same way before kg was run
on it. With no BBC article left that no draw used, a seventeenth (``--bbc9``, ids from
``f3574``, split ``dev15``) draws 200 sentences no draw took from the articles of the BBC
tuning splits (never an article that gave the blind split a sentence), 40 per section, one
per article, annotated the same way before kg was run on it. An eighteenth (``--bbc10``,
ids from ``f3774``, split ``dev16``) draws 200 more the same way with another seed, and a
nineteenth (``--bbc11``, ids from ``f3974``, split ``dev17``) 200 more, and a twentieth
(``--bbc12``, ids from ``f4174``, split ``dev18``) 200 more. With the two-cue sentences
of PolNeAR's first 200 train articles spent, a twenty-first (``--news6``, ids from
``f4374``, split ``dev19``) draws 200 sentences with one figure cue from them (never
``test2``'s articles), one per article per round, annotated the same way before kg was run
on it. A twenty-second (``--bbc13``, ids from ``f4574``, split ``dev20``) draws 200 more BBC
sentences as the twentieth did (another seed), and a twenty-third (``--news7``, ids from
``f4756``, split ``dev21``) 200 more one-cue PolNeAR sentences as the twenty-first did.
Two more blind splits came last (``--test3``: the 90 two-cue sentences no draw had taken
from ``test2``'s articles, ids from ``f5327``; ``--test4``: 200 BBC sentences no draw had
taken from the blind ``test``'s articles, ids from ``f5417``), annotated in two passes
and adjudicated before kg was run on them, and scored once.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

from eval.common import GOLD, SHARED, _bbc_lines, article_text

NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"half|third|quarter|double|triple|percent"
)
CUE = re.compile(rf"\d+(?:[.,]\d+)*|\b(?:{NUMBER_WORDS})s?\b", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SENTENCE = re.compile(r"[^\n]+?(?:[.!?][\"”’']?(?=\s)|$)")
BBC_SENTENCES = 560
EXTRA_SENTENCES = 200
FRESH_SENTENCES = 200
NEWS_SENTENCES = 200
BBC4_SENTENCES = 240
BBC5_SENTENCES = 300
BBC6_SENTENCES = 240
NEWS3_SENTENCES = 160
TIMEML_SENTENCES = 180
BBC8_SENTENCES = 200
SEED_SENTENCES = 50
TEST_SHARE = 0.45


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (paragraph by paragraph)."""
    spans = []
    for match in SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        if end - start >= 25:
            spans.append((start, end))
    return spans


def candidates(source: str, cues: int = 2) -> list[tuple[int, int]]:
    text = article_text(source)
    return [(s, e) for s, e in sentences(text) if len(CUE.findall(YEAR.sub("", text[s:e]))) >= cues]


def draw() -> list[dict[str, object]]:
    rng = random.Random(2026)
    earlier = (GOLD / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    taken = {json.loads(line)["source"] for line in earlier}
    by_section: dict[str, list[str]] = defaultdict(list)
    for number, line in enumerate(_bbc_lines()):
        source = f"bbc:{number}"
        if source not in taken:
            by_section[json.loads(line)["category"]].append(source)
    items: list[dict[str, object]] = []
    per_section = BBC_SENTENCES // len(by_section)
    for section in sorted(by_section):
        articles = by_section[section]
        rng.shuffle(articles)
        chosen = 0
        for source in articles:
            spans = candidates(source)
            if not spans:
                continue
            start, end = rng.choice(spans)  # one sentence per article: many sources
            items.append({"source": source, "start": start, "end": end})
            chosen += 1
            if chosen == per_section:
                break
    seeds = sorted(p.name for p in (SHARED / "corpus" / "seeds").glob("*.txt"))
    pool = [(f"seed:{name}", span) for name in seeds for span in candidates(f"seed:{name}")]
    for source, (start, end) in rng.sample(pool, min(SEED_SENTENCES, len(pool))):
        items.append({"source": source, "start": start, "end": end})
    rng.shuffle(items)
    for number, item in enumerate(items):
        item["id"] = f"f{number:03d}"
        item["split"] = "test" if number < TEST_SHARE * len(items) else "dev"
    return items


def draw_extra(first: list[dict[str, object]]) -> list[dict[str, object]]:
    """Sentences with three or more cues from BBC articles the first draw left alone."""
    rng = random.Random(2027)
    used = {item["source"] for item in first}
    pool = [f"bbc:{n}" for n in range(len(_bbc_lines())) if f"bbc:{n}" not in used]
    rng.shuffle(pool)
    items: list[dict[str, object]] = []
    for source in pool:
        spans = candidates(source, cues=3)
        if spans:
            start, end = rng.choice(spans)
            items.append({"source": source, "start": start, "end": end})
        if len(items) == EXTRA_SENTENCES:
            break
    for number, item in enumerate(items):
        item["id"] = f"f{len(first) + number:03d}"
        item["split"] = "test" if number < TEST_SHARE * len(items) else "dev"
    return items


def draw_fresh(earlier: list[dict[str, object]]) -> list[dict[str, object]]:
    """The ``dev2`` split: sentences from BBC articles no earlier gold set used."""
    rng = random.Random(2028)
    quantities = (GOLD / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    used = {item["source"] for item in earlier} | {json.loads(q)["source"] for q in quantities}
    pool = [f"bbc:{n}" for n in range(len(_bbc_lines())) if f"bbc:{n}" not in used]
    rng.shuffle(pool)
    items: list[dict[str, object]] = []
    for source in pool:
        spans = candidates(source)
        if spans:
            start, end = rng.choice(spans)
            items.append({"source": source, "start": start, "end": end})
        if len(items) == FRESH_SENTENCES:
            break
    for number, item in enumerate(items):
        item["id"] = f"f{len(earlier) + number:03d}"
        item["split"] = "dev2"
    return items


def draw_news(
    earlier: list[dict[str, object]],
    part: str = "train",
    seed: int = 2029,
    split: str = "dev3",
) -> list[dict[str, object]]:
    """The ``dev3`` split: sentences of PolNeAR's train articles (other outlets, another
    decade); ``dev8``: of its dev articles, the same way."""
    folder = SHARED / "dev" / "polnear" / part / "text"
    paths = [(part, path) for path in sorted(folder.glob("*.txt"))]
    return _draw_polnear(earlier, paths, seed, NEWS_SENTENCES, split)


def draw_news3(earlier: list[dict[str, object]], seed: int = 2035) -> list[dict[str, object]]:
    """The second blind split ``test2``: sentences no figure gold set used, from PolNeAR's dev
    articles and from the train articles after the first 200 (whose figures were read
    unannotated while rules were checked), one per article per round."""
    root = SHARED / "dev" / "polnear"
    paths = [("dev", p) for p in sorted((root / "dev" / "text").glob("*.txt"))]
    paths += [("train", p) for p in sorted((root / "train" / "text").glob("*.txt"))[200:]]
    return _draw_polnear(earlier, paths, seed, NEWS3_SENTENCES, "test2")


def draw_news4(earlier: list[dict[str, object]], seed: int = 2037) -> list[dict[str, object]]:
    """The ``dev12`` split: sentences no draw used from the first 200 of PolNeAR's train
    articles (those whose figures were read unannotated while rules were checked, which
    the blind ``test2`` left out), one per article per round."""
    folder = SHARED / "dev" / "polnear" / "train" / "text"
    paths = [("train", p) for p in sorted(folder.glob("*.txt"))[:200]]
    return _draw_polnear(earlier, paths, seed, NEWS_SENTENCES, "dev12")


def draw_news5(earlier: list[dict[str, object]]) -> list[dict[str, object]]:
    """The ``dev14`` split: more sentences no draw used from the same 200 train articles as
    ``dev12`` (never ``test2``'s articles), one per article per round."""
    items = draw_news4(earlier, seed=2039)
    for item in items:
        item["split"] = "dev14"
    return items


def draw_news6(
    earlier: list[dict[str, object]], seed: int = 2045, split: str = "dev19"
) -> list[dict[str, object]]:
    """The ``dev19`` split (and ``dev21``): with the two-cue sentences of the first 200
    train articles spent, sentences with one figure cue that no draw took from the same
    articles (never ``test2``'s), one per article per round, none whose words an earlier
    draw took."""
    folder = SHARED / "dev" / "polnear" / "train" / "text"
    paths = [("train", p) for p in sorted(folder.glob("*.txt"))[:200]]
    return _draw_polnear(earlier, paths, seed, NEWS_SENTENCES, split, cues=1)


def _draw_polnear(
    earlier: list[dict[str, object]],
    paths: list[tuple[str, Path]],
    seed: int,
    count: int,
    split: str,
    cues: int = 2,
) -> list[dict[str, object]]:
    """``count`` sentences with ``cues`` figure cues (or more) that no earlier draw took,
    from the PolNeAR articles at ``paths`` (each with its part, "train" or "dev"), one per
    article per round: many outlets and stories. With one cue, never a sentence whose words
    an earlier draw took (outlets run the same wire copy)."""
    sources = [f"polnear:{part}/{path.name}" for part, path in paths]
    return _draw_rounds(earlier, sources, seed, count, split, cues, unique=cues == 1)


def _draw_rounds(
    earlier: list[dict[str, object]],
    sources: list[str],
    seed: int,
    count: int,
    split: str,
    cues: int,
    unique: bool,
) -> list[dict[str, object]]:
    """``count`` sentences with ``cues`` figure cues (or more) that no earlier draw took,
    from ``sources``, one per article per round; with ``unique``, none whose words an
    earlier draw took."""
    rng = random.Random(seed)
    used = {(item["source"], item["start"]) for item in earlier}
    said = {_sentence_of(item) for item in earlier} if unique else set()
    pools = []
    for source in sources:
        spans = [s for s in candidates(source, cues) if (source, s[0]) not in used]
        if said:
            text = article_text(source)
            spans = [(a, b) for a, b in spans if text[a:b] not in said]
        rng.shuffle(spans)
        if spans:
            pools.append((source, spans))
    rng.shuffle(pools)
    items: list[dict[str, object]] = []
    while len(items) < count and any(spans for _, spans in pools):
        for source, spans in pools:
            if spans and len(items) < count:
                start, end = spans.pop()
                items.append({"source": source, "start": start, "end": end})
    for number, item in enumerate(items):
        item["id"] = f"f{len(earlier) + number:04d}"
        item["split"] = split
    return items


def draw_blind_news(earlier: list[dict[str, object]], seed: int = 2049) -> list[dict[str, object]]:
    """The third blind split ``test3``: up to 160 more sentences with two figure cues from
    the articles ``test2`` drew from (PolNeAR's dev articles and the train articles after
    the first 200, which no tuning split used), none whose words an earlier draw took; 90
    were left."""
    root = SHARED / "dev" / "polnear"
    paths = [("dev", p) for p in sorted((root / "dev" / "text").glob("*.txt"))]
    paths += [("train", p) for p in sorted((root / "train" / "text").glob("*.txt"))[200:]]
    sources = [f"polnear:{part}/{path.name}" for part, path in paths]
    return _draw_rounds(earlier, sources, seed, NEWS3_SENTENCES, "test3", 2, unique=True)


def draw_blind_bbc(earlier: list[dict[str, object]], seed: int = 2050) -> list[dict[str, object]]:
    """The fourth blind split ``test4``: 200 more BBC sentences with two figure cues from
    the articles that gave the blind ``test`` its sentences (no tuning split drew from
    them), one per article per round, none whose words an earlier draw took."""
    blind = {str(item["source"]) for item in earlier if item["split"] == "test"}
    sources = sorted((s for s in blind if s.startswith("bbc:")), key=lambda s: int(s[4:]))
    return _draw_rounds(earlier, sources, seed, BBC8_SENTENCES, "test4", 2, unique=True)


def draw_timeml(earlier: list[dict[str, object]], seed: int = 2036) -> list[dict[str, object]]:
    """The ``dev9`` split: newswire of another decade and other agencies (AP, NYT and
    Xinhua, 1998-2000: the TempEval-3 AQUAINT articles of ``../shared/dev``), every
    sentence with two figure cues and, to fill the split, sentences with one."""
    from eval.timeml import CORPUS

    rng = random.Random(seed)
    two, one = [], []
    for path in sorted(CORPUS.glob("*.tml")):
        source = f"timeml:{path.stem}"
        pairs = set(candidates(source))
        two += [(source, span) for span in sorted(pairs)]
        one += [(source, span) for span in candidates(source, 1) if span not in pairs]
    rng.shuffle(one)
    chosen = two + one[: max(0, TIMEML_SENTENCES - len(two))]
    rng.shuffle(chosen)
    items: list[dict[str, object]] = []
    for number, (source, (start, end)) in enumerate(chosen):
        items.append(
            {"source": source, "start": start, "end": end, "id": f"f{len(earlier) + number:04d}"}
        )
        items[-1]["split"] = "dev9"
    return items


def draw_timeml_rest(earlier: list[dict[str, object]]) -> list[dict[str, object]]:
    """The ``dev11`` split: every sentence of the AQUAINT newswire with a figure cue that
    ``dev9`` did not take, in the articles' order."""
    from eval.timeml import CORPUS

    taken = {(item["source"], item["start"]) for item in earlier}
    items: list[dict[str, object]] = []
    for path in sorted(CORPUS.glob("*.tml")):
        source = f"timeml:{path.stem}"
        for start, end in candidates(source, 1):
            if (source, start) not in taken:
                item = {"source": source, "start": start, "end": end}
                item["id"], item["split"] = f"f{len(earlier) + len(items):04d}", "dev11"
                items.append(item)
    return items


#: Captured feeds in English news, whose entries' summaries make the ``dev10`` split.
NEWS_FEEDS = ("guardian.rss", "livemint.xml", "japantimes.xml", "nytimes.xml", "npr.xml", "bbc.xml")


def draw_feeds(earlier: list[dict[str, object]]) -> list[dict[str, object]]:
    """The ``dev10`` split: every sentence with a figure cue in the summaries of the captured
    feeds of today's outlets (the Guardian, Mint, the Japan Times, the New York Times, NPR,
    the BBC), in the feeds' order."""
    from eval.common import feed_summaries

    items: list[dict[str, object]] = []
    for file in NEWS_FEEDS:
        for number, _ in enumerate(feed_summaries(file)):
            source = f"feed:{file}#{number}"
            for start, end in candidates(source, 1):
                item = {"source": source, "start": start, "end": end}
                item["id"], item["split"] = f"f{len(earlier) + len(items):04d}", "dev10"
                items.append(item)
    return items


def draw_bbc4(
    earlier: list[dict[str, object]],
    seed: int = 2030,
    count: int = BBC4_SENTENCES,
    split: str = "dev4",
    fill: bool = False,
) -> list[dict[str, object]]:
    """The ``dev4`` split (and ``dev5``, ``dev6``): BBC sentences, as many per section, from
    unused articles; with ``fill``, a section short of articles with two figure cues is
    filled from articles with one."""
    rng = random.Random(seed)
    quantities = (GOLD / "quantities.jsonl").read_text(encoding="utf-8").splitlines()
    used = {item["source"] for item in earlier} | {json.loads(q)["source"] for q in quantities}
    by_section: dict[str, list[str]] = defaultdict(list)
    for number, line in enumerate(_bbc_lines()):
        if f"bbc:{number}" not in used:
            by_section[json.loads(line)["category"]].append(f"bbc:{number}")
    items: list[dict[str, object]] = []
    for section in sorted(by_section):
        articles = by_section[section]
        rng.shuffle(articles)
        chosen = [(source, spans) for source in articles if (spans := candidates(source))]
        if fill:
            taken = {source for source, _ in chosen}
            chosen += [
                (source, spans)
                for source in articles
                if source not in taken and (spans := candidates(source, 1))
            ]
        for source, spans in chosen[: count // len(by_section)]:
            start, end = rng.choice(spans)
            items.append({"source": source, "start": start, "end": end})
    rng.shuffle(items)
    for number, item in enumerate(items):
        item["id"] = f"f{len(earlier) + number:04d}"
        item["split"] = split
    return items


def draw_bbc9(
    earlier: list[dict[str, object]], seed: int = 2040, split: str = "dev15", unique: bool = False
) -> list[dict[str, object]]:
    """The ``dev15`` split (and ``dev16``, ``dev17``): with no BBC article left unused,
    sentences no draw took from the articles of the BBC tuning splits (never an article that
    gave the blind split a sentence), 40 per section, one per article. With ``unique``
    (``dev18``), never a sentence whose words an earlier draw took from another copy of its
    article either: the corpus holds some articles twice."""
    rng = random.Random(seed)
    blind = {item["source"] for item in earlier if item["split"] in ("test", "test2")}
    taken = {(item["source"], item["start"]) for item in earlier}
    said = {_sentence_of(item) for item in earlier} if unique else set()
    tuning = sorted(
        {str(item["source"]) for item in earlier if str(item["source"]).startswith("bbc:")} - blind,
        key=lambda source: int(source[4:]),
    )
    lines = _bbc_lines()
    by_section: dict[str, list[str]] = defaultdict(list)
    for source in tuning:
        by_section[json.loads(lines[int(source[4:])])["category"]].append(source)
    items: list[dict[str, object]] = []
    for section in sorted(by_section):
        articles = by_section[section]
        rng.shuffle(articles)
        chosen = 0
        for source in articles:
            spans = [s for s in candidates(source) if (source, s[0]) not in taken]
            if unique:
                text = article_text(source)
                spans = [(a, b) for a, b in spans if text[a:b] not in said]
            if spans and chosen < BBC8_SENTENCES // len(by_section):
                start, end = rng.choice(spans)
                items.append({"source": source, "start": start, "end": end})
                chosen += 1
    rng.shuffle(items)
    for number, item in enumerate(items):
        item["id"] = f"f{len(earlier) + number:04d}"
        item["split"] = split
    return items


def _sentence_of(item: dict[str, object]) -> str:
    return article_text(str(item["source"]))[int(str(item["start"])) : int(str(item["end"]))]


if __name__ == "__main__":
    first = draw()
    earlier = first + draw_extra(first)
    fresh = draw_fresh(earlier)
    news = draw_news(earlier + fresh)
    bbc4 = draw_bbc4(earlier + fresh + news)
    bbc5 = draw_bbc4(earlier + fresh + news + bbc4, 2031, BBC5_SENTENCES, "dev5")
    before6 = earlier + fresh + news + bbc4 + bbc5
    bbc6 = draw_bbc4(before6, 2032, BBC6_SENTENCES, "dev6", fill=True)
    bbc7 = draw_bbc4(before6 + bbc6, 2033, BBC6_SENTENCES, "dev7", fill=True)
    news2 = draw_news(before6 + bbc6 + bbc7, "dev", 2034, "dev8")
    news3 = draw_news3(before6 + bbc6 + bbc7 + news2)
    timeml = draw_timeml(before6 + bbc6 + bbc7 + news2 + news3)
    feeds = draw_feeds(before6 + bbc6 + bbc7 + news2 + news3 + timeml)
    timeml2 = draw_timeml_rest(before6 + bbc6 + bbc7 + news2 + news3 + timeml + feeds)
    news4 = draw_news4(before6 + bbc6 + bbc7 + news2 + news3 + timeml + feeds + timeml2)
    before13 = before6 + bbc6 + bbc7 + news2 + news3 + timeml + feeds + timeml2 + news4
    bbc8 = draw_bbc4(before13, 2038, BBC8_SENTENCES, "dev13", fill=True)
    news5 = draw_news5(before13 + bbc8)
    bbc9 = draw_bbc9(before13 + bbc8 + news5)
    bbc10 = draw_bbc9(before13 + bbc8 + news5 + bbc9, 2041, "dev16")
    bbc11 = draw_bbc9(before13 + bbc8 + news5 + bbc9 + bbc10, 2042, "dev17")
    bbc12 = draw_bbc9(before13 + bbc8 + news5 + bbc9 + bbc10 + bbc11, 2043, "dev18", True)
    before19 = before13 + bbc8 + news5 + bbc9 + bbc10 + bbc11 + bbc12
    news6 = draw_news6(before19)
    bbc13 = draw_bbc9(before19 + news6, 2044, "dev20", True)
    news7 = draw_news6(before19 + news6 + bbc13, 2046, "dev21")
    before22 = before19 + news6 + bbc13 + news7
    bbc14 = draw_bbc9(before22, 2047, "dev22", True)
    news8 = draw_news6(before22 + bbc14, 2048, "dev23")
    blind3 = draw_blind_news(before22 + bbc14 + news8)
    blind4 = draw_blind_bbc(before22 + bbc14 + news8 + blind3)
    if "--fresh" in sys.argv[1:]:
        chosen = fresh
    elif "--news" in sys.argv[1:]:
        chosen = news
    elif "--bbc4" in sys.argv[1:]:
        chosen = bbc4
    elif "--bbc5" in sys.argv[1:]:
        chosen = bbc5
    elif "--bbc6" in sys.argv[1:]:
        chosen = bbc6
    elif "--bbc7" in sys.argv[1:]:
        chosen = bbc7
    elif "--news2" in sys.argv[1:]:
        chosen = news2
    elif "--news3" in sys.argv[1:]:
        chosen = news3
    elif "--timeml" in sys.argv[1:]:
        chosen = timeml
    elif "--feeds" in sys.argv[1:]:
        chosen = feeds
    elif "--timeml2" in sys.argv[1:]:
        chosen = timeml2
    elif "--news4" in sys.argv[1:]:
        chosen = news4
    elif "--bbc8" in sys.argv[1:]:
        chosen = bbc8
    elif "--news5" in sys.argv[1:]:
        chosen = news5
    elif "--bbc9" in sys.argv[1:]:
        chosen = bbc9
    elif "--bbc10" in sys.argv[1:]:
        chosen = bbc10
    elif "--bbc11" in sys.argv[1:]:
        chosen = bbc11
    elif "--bbc12" in sys.argv[1:]:
        chosen = bbc12
    elif "--news6" in sys.argv[1:]:
        chosen = news6
    elif "--bbc13" in sys.argv[1:]:
        chosen = bbc13
    elif "--news7" in sys.argv[1:]:
        chosen = news7
    elif "--bbc14" in sys.argv[1:]:
        chosen = bbc14
    elif "--news8" in sys.argv[1:]:
        chosen = news8
    elif "--test3" in sys.argv[1:]:
        chosen = blind3
    elif "--test4" in sys.argv[1:]:
        chosen = blind4
    else:
        chosen = before22 + bbc14 + news8 + blind3 + blind4
    for item in chosen:
        print(json.dumps(item))
