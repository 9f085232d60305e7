"""Views a sentence opens with: "To X, ...", "In X's view, ...".

A sentence opened by whose view it is ("To Sexton, Tuesday marked a turning
point", "In Ash's view, the change would ...") gives that actor's belief: the
words after the opening phrase's comma. "To" takes a name or a group without
an article ("To the north, ..." is a place); "in" takes a noun of a view
with its possessor.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(frame_attributions, "To Senator Mary Jones, the levy marked a turning point.")
[('Mary Jones', 'belief', 'To Senator Mary Jones', 'the levy marked a turning point')]
"""

from __future__ import annotations

from spacy.tokens import Span

from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_spans import Found, stripped

#: Nouns of a view an opening "in" gives: "In Ash's view, ...", "In their opinion, ...".
_VIEW_NOUNS = frozenset(
    "view opinion estimation judgment judgement eyes mind words telling".split()
)


def frame_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """The view the sentence opens with, held by whom the opening phrase names."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or first.lower_ not in ("to", "in") or first.dep_ != "prep":
        return []
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None:
        return []
    if first.lower_ == "in":  # "In Ash's view": the possessor holds the view
        if obj.lemma_.lower() not in _VIEW_NOUNS:
            return []
        holder = next((c for c in obj.children if c.dep_ == "poss"), None)
    else:
        holder = obj if not any(c.dep_ == "det" for c in obj.children) else None
    comma = sent.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < sent.end else None
    if holder is None or comma is None or comma.text != ",":
        return []
    speaker = resolve_speaker(holder, context)
    content = stripped(context.text, comma.idx + 1, sent.end_char)
    if speaker is None or len(context.text[content[0] : content[1]].split()) < 3:
        return []
    cue = sent.doc[first.i : obj.i + 1].text
    return [Found(speaker, "said", "belief", cue, content, first.idx)]
