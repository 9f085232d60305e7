"""What one statement rule finds in a text: the helper the rules' examples share.

The text is parsed by the packaged model (loaded once) and read with the speaker
context the pipeline builds, so an example shows the rule as ingest runs it.

Examples
--------
>>> from extractors.statement_nouns import noun_attributions
>>> found_by(noun_attributions, "Senator Mary Jones stood by her claim that taxes fell.")
[('Mary Jones', 'indirect', 'her claim', 'taxes fell')]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Span

from extractors.catalog import EntityCatalog
from extractors.entities import find_mentions
from extractors.nlp import DEFAULT_MODEL, sentences
from extractors.speakers import SpeakerContext
from extractors.statement_spans import Found

#: A sentence-level rule: a sentence and the document's speaker context in, what it finds out.
Rule = Callable[..., Iterable[Found]]


def found_by(rule: Rule, text: str, *extra: Any) -> list[tuple[str, str, str, str]]:
    """(speaker, kind, cue, content) of each attribution ``rule`` finds in ``text``'s
    sentences (``extra`` goes to the rule after the context)."""
    doc = _model()(text)
    context = SpeakerContext.of(doc, doc.text, find_mentions(doc, EntityCatalog.load(None)))
    sents: list[Span] = sentences(doc)
    return [
        (f.speaker.name, f.kind, f.cue, doc.text[slice(*f.content)])
        for s in sents
        for f in rule(s, context, *extra)
    ]


@lru_cache(maxsize=1)
def _model() -> Language:
    return spacy.load(DEFAULT_MODEL)
