"""Where the attributions kg misses are lost: which part of the reading would have to change.

    python -m eval.attribution_misses --split train|dev [--examples N]

Each annotated attribution no statement finds with its speaker (the recall
rule of :mod:`eval.attribution`) falls in one class:

- ``no content words``: its content is only stop words; no rule can match it;
- ``same cue, content`` / ``same cue, speaker``: a statement was read off the
  annotated cue, with other words or another speaker;
- ``held, other speaker``: a statement holds the words, spoken by someone else
  (often a report around a nested attribution);
- ``cue missed``: no statement, but reading the *annotated* cue with the rules'
  own speaker and content functions would find it: what is missing is knowing
  that this word attributes;
- ``cue read wrong``: the annotated cue, read the same way, still gives the
  wrong words or speaker, or none (a noun or a colon cue, a lost subject).

``cue missed`` is the most a better cue lexicon or a cue classifier could add;
the classes after it need the speaker and content read differently.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from types import SimpleNamespace

from spacy.tokens import Doc, Span, Token

from eval import attribution as A
from eval.common import shared_available
from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.records import Statement
from extractors.speakers import Speaker, SpeakerContext, resolve_speaker
from extractors.statement_content import cue_content
from extractors.statement_cues import speaker_token
from extractors.statement_subjects import lost_subject, named_before
from extractors.statements import find_statements

CLASSES = (
    "no content words",
    "same cue, content",
    "same cue, speaker",
    "held, other speaker",
    "cue missed",
    "cue read wrong",
)


def miss_class(
    gold: A.Gold, text: str, doc: Doc, statements: list[Statement], context: SpeakerContext
) -> str | None:
    """The class of an annotated attribution kg misses, or None when it is found."""
    offsets, source = A._words_at(text, gold.content), A._text(text, gold.source)
    right = [s for s in statements if A.holds(s, offsets)]
    if any(A._matches(s, gold, source, text, pronoun_any=True) for s in right):
        return None
    if not offsets:
        return "no content words"
    cue = doc.char_span(*gold.cue[0], alignment_mode="expand") if gold.cue else None
    word = cue.root.text.lower() if cue is not None and len(cue) else None
    same = [
        s
        for s in statements
        if word
        and s.sent_start <= cue.start_char < s.sent_end  # type: ignore[union-attr]
        and word in s.attribution_cue.lower().split()
    ]
    if same:
        return "same cue, content" if not any(s in right for s in same) else "same cue, speaker"
    if right:
        return "held, other speaker"
    read = _read_cue(cue, context) if cue is not None and len(cue) else None
    found = (
        read is not None
        and A.holds(read, offsets)  # type: ignore[arg-type]
        and A._matches(read, gold, source, text, pronoun_any=True)  # type: ignore[arg-type]
    )
    return "cue missed" if found else "cue read wrong"


def _read_cue(cue: Span, context: SpeakerContext) -> SimpleNamespace | None:
    """The statement the rules' speaker and content functions read off a cue."""
    token = cue.root
    verb = token.head if token.pos_ == "ADJ" else token
    subject = speaker_token(verb) or lost_subject(verb) or named_before(verb, token.sent, context)
    if subject is None:
        return None
    speaker = resolve_speaker(subject, context, any_phrase=True)
    content = cue_content(token, subject, token.sent, context) if speaker is not None else None
    if speaker is None or content is None:
        return None
    return cue_statement(token, speaker, content)


def cue_statement(cue: Token, speaker: Speaker, content: tuple[int, int]) -> SimpleNamespace:
    """A statement as :mod:`eval.attribution` scores one: read off ``cue``, with its
    speaker and the offsets of its content."""
    return SimpleNamespace(
        content_start=content[0],
        content_end=content[1],
        sent_start=cue.sent.start_char,
        sent_end=cue.sent.end_char,
        speaker=speaker.name,
        speaker_mention=speaker.mention,
        kind="indirect",
        about=None,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--examples", type=int, default=0, help="N examples of each class")
    args = parser.parse_args(argv)
    if not (A.POLNEAR.is_dir() and shared_available()):
        print(f"{A.POLNEAR} is not present", file=sys.stderr)
        return 1
    catalog = EntityCatalog.load(None)
    articles = A.read_split(args.split)
    docs = A.parsed(articles, args.split, catalog)
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    total = 0
    for article, doc in zip(articles, docs, strict=True):
        mentions = find_mentions(doc, catalog)
        statements = find_statements(doc, mentions)
        context = SpeakerContext.of(doc, article.text, mentions)
        context.speakers = [(s.sent_start, s) for s in statements]
        for gold in article.gold:
            total += 1
            found = miss_class(gold, article.text, doc, statements, context)
            if found is not None:
                counts[found] += 1
                examples[found].append(
                    f"[{A._text(article.text, gold.source)}] {A._text(article.text, gold.cue)!r}: "
                    f"{A._text(article.text, gold.content)[:100]!r}"
                )
    missed = sum(counts.values())
    print(f"polnear {args.split}: {missed} of {total} attributions missed")
    for name in CLASSES:
        print(f"  {name:<20} {counts[name]:5d}  ({counts[name] / max(total, 1):.3f} of all)")
    rng = random.Random(0)
    for name in CLASSES:
        for line in rng.sample(examples[name], min(args.examples, len(examples[name]))):
            print(f"{name:<20} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
