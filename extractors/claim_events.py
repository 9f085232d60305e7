"""Event claims: "Tencent launched WorkBuddy in late May 2026", with no figure.

A sentence's time expression whose clause has an event verb (not a copula, a
reporting verb or a verb that only points at what others did) and a subject that
names an actor gives a claim with the verb and its object as the metric.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.attribution import REPORTING_VERBS, SentenceAttribution
from extractors.claim_grammar import figure_root, governing_verb, subject_of
from extractors.claim_hedges import hedge_of
from extractors.claim_subjects import phrase_name, scope_of
from extractors.records import Claim, EntityMention, Quantity, TimeExpression

#: Verbs of an event worth a timeline entry; copulas and reporting verbs are not events.
NON_EVENT_LEMMAS = REPORTING_VERBS | {"be", "have", "do", "become", "seem", "remain"}
#: Verbs that describe or point at what others did: "sources described WorkBuddy as",
#: "the report cites", "the drop reflects": no event of their own.
NON_EVENT_LEMMAS |= {"describe", "cite", "note", "mention", "call", "characterise"}
NON_EVENT_LEMMAS |= {"characterize", "reflect", "suggest", "show", "indicate", "mean"}


def _governs_figure(verb: Token, quantity: Quantity) -> bool:
    """Whether the verb is the clause verb of one of the sentence's figures."""
    span = verb.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and governing_verb(figure_root(span)) == verb


def _names_an_actor(subject: Token, entity: str | None) -> bool:
    """An event's subject says who or what acted: an entity, a proper noun, or a noun
    with words of its own ("usage of such agents"); not a time, a pronoun or a bare noun."""
    if entity is not None or subject.pos_ == "PROPN":
        return True
    if subject.ent_type_ in ("DATE", "TIME") or subject.pos_ == "PRON":
        return False
    return subject.pos_ == "NOUN" and any(
        c.dep_ in ("prep", "amod", "compound", "poss", "acl", "relcl") for c in subject.children
    )


def event_claim(
    sent: Span,
    time: TimeExpression,
    mentions: list[EntityMention],
    attribution: SentenceAttribution,
    quantities: list[Quantity],
) -> Claim | None:
    """ "X launched Y in late May 2026": an event with a subject, a verb and a time."""
    doc = sent.doc
    span = doc.char_span(time.start_char, time.end_char, alignment_mode="expand")
    if span is None:
        return None
    verb = governing_verb(span.root)
    if verb is None or verb.lemma_ in NON_EVENT_LEMMAS or verb.pos_ != "VERB":
        return None
    if any(_governs_figure(verb, q) for q in quantities):
        return None  # "reached 61% by mid-2026, up from ... 2025": the figure's sentence
    subject_token = subject_of(verb)
    if subject_token is None:
        return None
    subject, entity = phrase_name(subject_token, mentions)
    if not _names_an_actor(subject_token, entity):
        return None  # "the following two weeks accelerated the trend": no one acted
    objects = [t for t in verb.children if t.dep_ in ("dobj", "attr", "oprd")]
    what = verb.lemma_
    if objects:
        object_text, _ = phrase_name(objects[0], mentions)
        what = f"{what} {object_text}" if object_text else what
    return Claim(
        sentence=sent.text,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        start=verb.idx,
        end=verb.idx + len(verb.text),
        subject=subject,
        subject_entity=entity,
        metric=what,
        scope=scope_of(sent, mentions, attribution),
        quantity=None,
        time=time,
        time_basis="stated",
        attributed_to=attribution.speaker.name if attribution.speaker else None,
        cited=[s.name for s in attribution.sources],
        hedge=hedge_of(sent, verb),
    )
