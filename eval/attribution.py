"""Who says what: statements against PolNeAR's annotated attributions.

    python -m eval.attribution --split train|dev|seeds [--errors] [--limit N]

Gold: ``../shared/dev/polnear/<split>/`` (``text/*.txt`` and BRAT
``attributions/*.ann``: source, cue and content spans, character offsets into
the text), read at run time. An attribution counts when it has a content and
a source (attributions with no source cannot name a speaker).

- **recall**: annotated attributions whose content words are found in a kg
  statement whose speaker matches;
- **speaker accuracy**: among attributions found in some statement, the share
  found in one whose speaker matches;
- **precision**: kg statements that hold an annotated attribution with a
  matching speaker (an annotated pronoun source is matched by any speaker).

"Content words found": at least half of the annotated content's content words
(non-stop words) lie in the statement's content span (``content_start`` to
``content_end``; the sentence when a statement has none). "Speaker matches":
the kg speaker (resolved, or as written) shares a content word with the
annotated source; a pronoun source matches the same pronoun written.

The gold pronoun rule stands in for the antecedents PolNeAR does not
annotate. ``--split seeds`` scores our own gold set instead,
``eval/gold/statements.jsonl`` (offsets into ``../shared/corpus/seeds/``,
never text; see :mod:`eval.common`): there every source is the named actor
the words belong to (a pronoun's or a description's antecedent), so the
speaker must be *resolved* right; a report's summary is spoken by the report
(``"speaker": "report"``) about the actor at ``about``. Precision counts the
documents marked ``complete`` (every attribution annotated), and the kind
agreement of the attributions found is given beside.

Parses are cached in ``/tmp`` (a DocBin per split and model), so a re-run
costs the statements only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, DocBin

from eval.common import GOLD, REPO, SHARED, article_text, parse_key, shared_available
from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.nlp import DEFAULT_MODEL, load_pipeline
from extractors.records import Statement
from extractors.statements import find_statements

POLNEAR = SHARED / "dev" / "polnear"
CACHE = Path("/tmp/kg-eval-attribution")
#: Share of an attribution's content words a statement's content must hold.
FOUND_SHARE = 0.5
PRONOUN_ANY = True
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")
_PRONOUNS = frozenset(
    "i me we us you he him she her it they them this that who which one someone "
    "his hers its their".split()
)


@dataclass
class Gold:
    """One annotated attribution: its content's pieces, its source and its cue."""

    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]
    #: Our gold set only: the kind, and whom a report's summary is about.
    kind: str | None = None
    about: list[tuple[int, int]] = field(default_factory=list)
    report: bool = False


@dataclass
class Article:
    name: str
    text: str
    gold: list[Gold] = field(default_factory=list)
    #: Every attribution annotated, so that its statements count for precision.
    complete: bool = True


def content_words(text: str) -> list[str]:
    """Lower-cased words that are not stop words.

    Examples
    --------
    >>> content_words("The senator said that it was over")
    ['senator', 'said']
    """
    words = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return [w for w in words if w not in STOP_WORDS and w.removesuffix("'s") not in STOP_WORDS]


def _spans(field_text: str) -> list[tuple[int, int]]:
    pieces = []
    for part in field_text.split(";"):
        start, end = part.split()[-2:]
        pieces.append((int(start), int(end)))
    return pieces


def read_ann(path: Path) -> list[Gold]:
    """The attributions of one BRAT file that have a content and a source."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            try:
                spans[parts[0]] = (kind, _spans(offsets))
            except ValueError:
                continue
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    found = []
    for event in events:
        roles = {role: spans.get(ref) for role, ref in event.items()}
        content, source, cue = roles.get("Content"), roles.get("Source"), roles.get("Cue")
        if content is None or source is None:
            continue
        found.append(Gold(content[1], source[1], cue[1] if cue else []))
    return found


def read_split(split: str, limit: int | None = None) -> list[Article]:
    folder = POLNEAR / split
    articles = []
    for path in sorted((folder / "text").glob("*.txt"))[:limit]:
        ann = folder / "attributions" / (path.stem + ".ann")
        text = path.read_text(encoding="utf-8")
        articles.append(Article(path.stem, text, read_ann(ann) if ann.exists() else []))
    return articles


def read_seeds() -> list[Article]:
    """Our gold set on the seeds, grouped by document (texts read at run time)."""
    by_source: dict[str, Article] = {}
    for line in (GOLD / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        source = item["source"]
        if source not in by_source:
            by_source[source] = Article(source, article_text(source), complete=True)
        article = by_source[source]
        article.complete = article.complete and bool(item.get("complete"))
        if item.get("kind") is None:
            continue  # a document with no attribution, there to count for precision
        report = item["speaker"] == "report"

        def span(key: str, item: dict[str, Any] = item) -> list[tuple[int, int]]:
            value = item.get(key)
            return [(value[0], value[1])] if isinstance(value, list) else []

        article.gold.append(
            Gold(
                span("content"),
                [] if report else span("speaker"),
                span("cue"),
                kind=item["kind"],
                about=span("about"),
                report=report,
            )
        )
    return sorted(by_source.values(), key=lambda a: a.name)


def parsed(articles: list[Article], split: str, catalog: EntityCatalog) -> list[Doc]:
    """The articles parsed, from the cache when it holds them."""
    nlp = load_pipeline(DEFAULT_MODEL, catalog)
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{split}-{len(articles)}-{parse_key()}.spacy"
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if [d.text for d in docs] == [a.text for a in articles]:
            return docs
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


# -- matching ------------------------------------------------------------------------------


def _text(text: str, spans: Iterable[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def _words_at(text: str, spans: Iterable[tuple[int, int]]) -> list[int]:
    """The character offsets of the content words in the spans."""
    offsets = []
    for start, end in spans:
        for match in _WORD.finditer(text, start, end):
            if content_words(match.group(0)):
                offsets.append(match.start())
    return offsets


def content_span(statement: Statement) -> tuple[int, int]:
    start = getattr(statement, "content_start", None)
    end = getattr(statement, "content_end", None)
    if start is None or end is None or end <= start:
        return statement.sent_start, statement.sent_end
    return start, end


def holds(statement: Statement, offsets: list[int]) -> bool:
    """Whether the statement's content holds most of the attribution's content words."""
    if not offsets:
        return False
    start, end = content_span(statement)
    inside = sum(start <= o < end for o in offsets)
    return inside / len(offsets) >= FOUND_SHARE


def is_pronoun(source: str) -> bool:
    words = source.lower().split()
    return bool(words) and all(w.strip(".,") in _PRONOUNS for w in words)


def speaker_matches(statement: Statement, source: str, *, pronoun_any: bool = False) -> bool:
    """Whether the statement's speaker shares a content word with the annotated source."""
    if is_pronoun(source):
        mention = (getattr(statement, "speaker_mention", "") or "").lower()
        return pronoun_any or mention == source.lower().strip()
    gold = set(content_words(source))
    said = {
        w.removesuffix("'s")
        for name in (statement.speaker, getattr(statement, "speaker_mention", ""))
        for w in content_words(name or "")
    }
    return bool(gold & (said | {w + "'s" for w in said}))


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    found_right: int = 0
    statements: int = 0
    statements_right: int = 0
    kinds: int = 0
    kinds_right: int = 0
    errors: list[str] = field(default_factory=list)

    def report(self) -> str:
        recall = self.found_right / self.gold if self.gold else 0.0
        located = self.found / self.gold if self.gold else 0.0
        accuracy = self.found_right / self.found if self.found else 0.0
        precision = self.statements_right / self.statements if self.statements else 0.0
        return (
            f"recall {recall:.3f} (in some statement {located:.3f})  "
            f"speaker accuracy {accuracy:.3f}  precision {precision:.3f}  "
            f"(gold {self.gold}, found {self.found}, right {self.found_right}; "
            f"statements {self.statements}, holding one {self.statements_right})"
            + (f"  kind right {self.kinds_right / self.kinds:.3f}" if self.kinds else "")
        )


def _matches(
    statement: Statement, gold: Gold, source: str, text: str, *, pronoun_any: bool
) -> bool:
    if gold.report:  # the report speaks, about the actor
        about = set(content_words(_text(text, gold.about)))
        return statement.kind == "summary" and bool(
            about & set(content_words(statement.about or ""))
        )
    return statement.kind != "summary" and speaker_matches(
        statement, source, pronoun_any=pronoun_any
    )


def score(article: Article, statements: list[Statement], counts: Counts, errors: bool) -> None:
    text = article.text
    golds = [(g, _words_at(text, g.content), _text(text, g.source)) for g in article.gold]
    for gold, offsets, source in golds:
        counts.gold += 1
        holding = [s for s in statements if holds(s, offsets)]
        right = [s for s in holding if _matches(s, gold, source, text, pronoun_any=PRONOUN_ANY)]
        counts.found += bool(holding)
        counts.found_right += bool(right)
        if gold.kind is not None and right:
            counts.kinds += 1
            counts.kinds_right += any(s.kind == gold.kind for s in right)
        if errors and not right:
            what = "speaker" if holding else "missed"
            got = f" got {[(s.speaker, s.speaker_mention) for s in holding]}" if holding else ""
            counts.errors.append(
                f"{what:<7} {article.name[:40]} [{source}] {_text(text, gold.cue)!r}: "
                f"{_text(text, gold.content)[:110]!r}{got}"
            )
    if not article.complete:
        return
    for s in statements:
        counts.statements += 1
        ok = any(holds(s, o) and _matches(s, g, src, text, pronoun_any=True) for g, o, src in golds)
        counts.statements_right += ok
        if errors and not ok:
            start, end = content_span(s)
            counts.errors.append(
                f"extra   {article.name[:40]} [{s.speaker} / {s.speaker_mention}] "
                f"{s.attribution_cue!r} {s.kind}: {text[start:end][:110]!r}"
            )


def evaluate(split: str, *, errors: bool = False, limit: int | None = None) -> Counts:
    # The seeds are read as ingest reads them, with the project's catalog.
    catalog = EntityCatalog.load(REPO / "entities.yaml" if split == "seeds" else None)
    articles = read_seeds() if split == "seeds" else read_split(split, limit)
    docs = parsed(articles, split, catalog)
    counts = Counts()
    began = time.perf_counter()
    for article, doc in zip(articles, docs, strict=True):
        statements = find_statements(doc, find_mentions(doc, catalog))
        score(article, statements, counts, errors)
    elapsed = time.perf_counter() - began
    print(f"{len(articles)} articles, {1000 * elapsed / max(len(articles), 1):.1f} ms/doc")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev", "seeds"), default="train")
    parser.add_argument("--errors", action="store_true", help="list misses and extras")
    parser.add_argument("--limit", type=int, default=None, help="the first N articles only")
    args = parser.parse_args(argv)
    if not (POLNEAR.is_dir() and shared_available()):
        print(f"{POLNEAR.parent.parent} is not present", file=sys.stderr)
        return 1
    counts = evaluate(args.split, errors=args.errors, limit=args.limit)
    if args.errors:
        print("\n".join(counts.errors))
    print(f"{'seeds' if args.split == 'seeds' else 'polnear ' + args.split}: {counts.report()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
