"""Figures said to hold before the article without saying when: "previously offered".

"Deutsche Boerse previously offered £1.3bn", "which it previously set at $500m",
"Previously, passengers could claim 150 euros", "he scored 20 goals last season":
the text says the figure is an earlier one and gives it no date. Dated by the
publication day ("as-reported") or by a date earlier in the paragraph, such a figure
would stand on the timeline as that day's; it gets no time and the time basis
``"earlier"`` instead, so that a reader sees it among the undated figures and no
conflict reads it as the day's.

The reference must qualify the figure's own verb or a verb it depends on ("had
previously said the list would be limited to 30-40 enterprises": the saying was
earlier, and so is the figure); in "larger than previously thought" it qualifies
another clause's verb and dates nothing. "recently" and "in recent years" reach up to
the publication day and leave a figure as it was.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from extractors.claim_grammar import figure_root, governing_verb
from extractors.records import Claim, TimeExpression

#: Past references that reach up to the day of writing: they do not make a figure earlier.
_NEAR = ("recent", "lately")


def mark_earlier(claims: list[Claim], doc: Doc, times: Sequence[TimeExpression]) -> None:
    """Give the figures of ``claims`` that a past reference qualifies no time and the time
    basis "earlier", unless their sentence states a time of its own."""
    references = [
        t for t in times if t.granularity == "past-ref" and not t.text.lower().startswith(_NEAR)
    ]
    if not references:
        return
    for claim in claims:
        if claim.quantity is None or claim.time_basis not in ("as-reported", "context"):
            continue
        verbs = _verbs_above(doc, claim)
        inside = [t for t in references if claim.sent_start <= t.start_char < claim.sent_end]
        if verbs and any(_qualified(doc, t) in verbs for t in inside):
            claim.time, claim.time_basis = None, "earlier"


#: How a verb depends on the verb above it when what it says is that verb's content:
#: "had previously said the list would be *limited*", "previously hoped to *receive*".
_CONTENT_DEPS = ("ccomp", "xcomp")


def _verbs_above(doc: Doc, claim: Claim) -> set[int]:
    """The figure's verb and the verbs whose content it is, as token indices (not the
    verb of another clause: "..., while Euronext is rumoured to fund a £1.4bn bid")."""
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or not len(span):
        return set()
    verb = governing_verb(figure_root(span))
    found: set[int] = set()
    while verb is not None and verb.i not in found:
        found.add(verb.i)
        verb = verb.head if verb.dep_ in _CONTENT_DEPS else None
    return found


def _qualified(doc: Doc, reference: TimeExpression) -> int | None:
    """The index of the verb a reference qualifies, directly ("previously offered") or
    through a preposition ("in the past"); None when it qualifies a word that is no verb
    ("a previously unknown group")."""
    span = doc.char_span(reference.start_char, reference.end_char, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token: Token = span.root
    if token.dep_ == "pobj":
        token = token.head
    head = token.head
    return head.i if head is not token and head.pos_ in ("VERB", "AUX") else None
