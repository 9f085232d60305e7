"""What reading more verbs as cues would buy: recall gained, at what precision.

    python -m eval.attribution_candidates --split train|dev [--threshold 0.5] [--min-count 3]

Every verb the rules leave (no statement has it as its cue) with a complement and a
subject that names a speaker is read as the rules read a cue (the same speaker and
content functions). Each such candidate *holds* when it holds an annotated attribution
with a matching speaker (the precision rule of :mod:`eval.attribution`), and *finds*
the attributions it holds that no statement found (the recall it would add).

Printed: every candidate taken together, by the kind of speaker and by the verb's
complements; then a lexicon learned two-fold over the split's articles (the lemmas
whose candidates held at least ``--threshold`` of the time, seen ``--min-count``
times), scored on the other fold. Precision must stay at 0.85 for recall to count, so
a class of candidates is worth reading only when it holds about that often.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import SimpleNamespace

from spacy.tokens import Doc, Token

from eval import attribution as A
from eval.attribution_misses import cue_statement
from eval.common import shared_available
from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.records import Statement
from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_content import cue_content
from extractors.statement_cue_kinds import CONTENT_DEPS
from extractors.statement_cues import speaker_token
from extractors.statements import find_statements


@dataclass(frozen=True, slots=True)
class Candidate:
    """A verb read as a cue: where, how, whether it holds and which attributions it finds."""

    article: int
    lemma: str
    speaker_kind: str
    complements: tuple[str, ...]
    holds: bool
    finds: frozenset[int]


def candidates(
    article: int, gold: A.Article, doc: Doc, statements: list[Statement], context: SpeakerContext
) -> Iterator[Candidate]:
    """Each verb of the article the rules leave, read as a cue."""
    text = gold.text
    golds = [(g, A._words_at(text, g.content), A._text(text, g.source)) for g in gold.gold]
    found = {
        i
        for i, (g, words, source) in enumerate(golds)
        if any(
            A.holds(s, words) and A._matches(s, g, source, text, pronoun_any=True)
            for s in statements
        )
    }
    cues = {(s.sent_start, w) for s in statements for w in s.attribution_cue.lower().split()}
    for token in doc:
        read = _read(token, context, cues)
        if read is None:
            continue
        statement, kind, complements = read
        held = {
            i
            for i, (g, words, source) in enumerate(golds)
            if A.holds(statement, words)  # type: ignore[arg-type]
            and A._matches(statement, g, source, text, pronoun_any=True)  # type: ignore[arg-type]
        }
        yield Candidate(
            article, token.lemma_.lower(), kind, complements, bool(held), frozenset(held - found)
        )


def _read(
    token: Token, context: SpeakerContext, cues: set[tuple[int, str]]
) -> tuple[SimpleNamespace, str, tuple[str, ...]] | None:
    """The statement a verb would make as a cue, its speaker's kind and its complements."""
    if token.pos_ != "VERB" or (token.sent.start_char, token.lower_) in cues:
        return None
    if context.quotations is not None and context.quotations.at(token.idx) is not None:
        return None  # inside someone's quotation: theirs
    complements = tuple(
        sorted({c.dep_ if c.dep_ != "prep" else f"prep:{c.lower_}" for c in token.children
                if c.dep_ in CONTENT_DEPS or c.dep_ == "prep"})
    )  # fmt: skip
    subject = speaker_token(token) if complements else None
    speaker = resolve_speaker(subject, context) if subject is not None else None
    content = cue_content(token, subject, token.sent, context) if speaker and subject else None
    if speaker is None or content is None:
        return None
    return cue_statement(token, speaker, content), speaker.kind, complements


def summary(found: list[Candidate], key: Callable[[Candidate], str], top: int = 12) -> list[str]:
    """One line per class: candidates, the share that holds, the attributions found."""
    classes: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in found:
        classes[key(candidate)].append(candidate)
    lines = []
    for name, members in sorted(classes.items(), key=lambda item: -len(item[1]))[:top]:
        held = sum(c.holds for c in members) / len(members)
        added = len({(c.article, i) for c in members for i in c.finds})
        lines.append(f"  {name:<40} {len(members):6d}  holds {held:.2f}  finds {added}")
    return lines


def learned_lexicon(
    found: list[Candidate], threshold: float, min_count: int
) -> tuple[int, float, int]:
    """Two-fold over articles: lemmas that held at least ``threshold`` of the time in one
    fold, read in the other. Returns candidates read, the share that holds, attributions
    found."""
    read, held, added = 0, 0, set()
    for fold in (0, 1):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for c in found:
            if c.article % 2 != fold:
                counts[c.lemma][0] += 1
                counts[c.lemma][1] += c.holds
        chosen = {k for k, (n, h) in counts.items() if n >= min_count and h / n >= threshold}
        for c in found:
            if c.article % 2 == fold and c.lemma in chosen:
                read += 1
                held += c.holds
                added |= {(c.article, i) for i in c.finds}
    return read, held / read if read else 0.0, len(added)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args(argv)
    if not (A.POLNEAR.is_dir() and shared_available()):
        print(f"{A.POLNEAR} is not present", file=sys.stderr)
        return 1
    catalog = EntityCatalog.load(None)
    articles = A.read_split(args.split)
    docs = A.parsed(articles, args.split, catalog)
    found: list[Candidate] = []
    total = sum(len(a.gold) for a in articles)
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        mentions = find_mentions(doc, catalog)
        statements = find_statements(doc, mentions)
        context = SpeakerContext.of(doc, article.text, mentions)
        context.speakers = [(s.sent_start, s) for s in statements]
        found.extend(candidates(index, article, doc, statements, context))
    added = len({(c.article, i) for c in found for i in c.finds})
    held = sum(c.holds for c in found) / max(len(found), 1)
    print(
        f"polnear {args.split}: {len(found)} candidate verbs, holds {held:.2f}, "
        f"finds {added} of {total} attributions ({added / max(total, 1):.3f} of recall)"
    )
    print("by speaker kind:")
    print("\n".join(summary(found, lambda c: c.speaker_kind)))
    print("by complements:")
    print("\n".join(summary(found, lambda c: " ".join(c.complements[:2]))))
    read, precision, new = learned_lexicon(found, args.threshold, args.min_count)
    print(
        f"lexicon learned two-fold (holds >= {args.threshold}, seen >= {args.min_count}): "
        f"reads {read}, holds {precision:.2f}, finds {new} ({new / max(total, 1):.3f} of recall)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
