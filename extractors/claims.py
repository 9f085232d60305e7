"""Claim frames: who or what a figure is about, what it measures, where and when.

For every quantity in a sentence, the dependency parse gives the frame:

- the **metric** is the noun the figure measures ("a 36% *share* of token
  volume"), or what a percentage is a part of ("45% of *token usage*" reads
  as "share of token usage"), or, when the figure is the predicate ("their
  share had been below 2 percent"), the subject noun;
- the **subject** is the clause's grammatical subject ("Chinese models"), or
  the owner of the metric ("Chinese models' share", "the share of Chinese
  models"); a pronoun takes the last subject named before it;
- the **scope** is the named places and platforms the figure is "on", "across",
  "at" or "in" ("on OpenRouter");
- the **time** is the time expression of the sentence nearest to the figure
  (so "from 10% in January to 36% by late April" gives two claims with two
  times), else the document's publication date, marked "as-reported";
- the **hedge** says whether it is reported as fact, estimated, projected or
  conditional.

Sentences with a time expression and an event verb but no figure ("Tencent
launched WorkBuddy in late May 2026") give event claims, with no quantity.

The parts live in :mod:`extractors.claim_grammar` (the parse), ``claim_subjects``,
``claim_metrics``, ``claim_times``, ``claim_hedges`` and ``claim_events``.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.attribution import SentenceAttribution, sentence_attribution
from extractors.change import LEVEL
from extractors.claim_earlier import mark_earlier
from extractors.claim_events import NON_EVENT_LEMMAS, event_claim
from extractors.claim_grammar import (
    MODIFIER_DEPS,
    NOMINAL_DEPS,
    figure_root,
    governing_verb,
    is_caption,
    measured_noun,
    of_object,
    subject_of,
)
from extractors.claim_hedges import (
    CONDITION_WORDS,
    CONDITIONAL_MODALS,
    ESTIMATE_WORDS,
    FUTURE_MODALS,
    PROJECTION_LEMMAS,
    about_the_future,
    hedge_of,
)
from extractors.claim_metrics import counts_a_noun, metric_of, share_metrics, unclaimed_measure
from extractors.claim_subjects import (
    PRONOUNS,
    SCOPE_LABELS,
    SCOPE_PREPS,
    SUBJECT_TAIL,
    WH_WORDS,
    Previous,
    beneficiary,
    named_between,
    noun_phrase,
    phrase_name,
    placed_holder,
    resolve_pronoun,
    scope_of,
    sentence_subject,
)
from extractors.claim_times import (
    CONTEXT_GRANULARITIES,
    MAX_HEADING,
    context_times,
    date_claim,
    same_block,
)
from extractors.figure_agents import (
    relative_antecedent,
    relative_doings,
    relative_owners,
    share_doing,
    support_shares,
)
from extractors.figure_ages import aged_noun
from extractors.figure_attributes import describes_a_noun
from extractors.figure_compared import share_compared, share_earlier_movements, share_moved
from extractors.figure_conversions import share_conversions
from extractors.figure_frames import reframe
from extractors.figure_gapping import followed_by, gapped_subjects
from extractors.figure_lines import dash_label, wordless
from extractors.figure_matchups import pair_matchups
from extractors.figure_measured import labelled_at, name_the_number, priced_for
from extractors.figure_movements import figure_movement
from extractors.figure_polls import poll_support
from extractors.figure_respectively import pair_respectively
from extractors.listings import label_frame
from extractors.measures import event_count
from extractors.nlp import doc_text, sentences
from extractors.records import Claim, EntityMention, Quantity, TimeExpression
from extractors.series import (
    contrast_groups,
    contrast_places,
    link_series,
    share_restatements,
)
from extractors.timex_refs import VAGUE_GRANULARITIES

#: Names other modules and tests import from here; each lives in its ``claim_*`` part.
__all__ = [
    "CONDITIONAL_MODALS",
    "CONDITION_WORDS",
    "CONTEXT_GRANULARITIES",
    "ESTIMATE_WORDS",
    "FUTURE_MODALS",
    "MAX_HEADING",
    "MODIFIER_DEPS",
    "NOMINAL_DEPS",
    "NON_EVENT_LEMMAS",
    "PROJECTION_LEMMAS",
    "PRONOUNS",
    "SCOPE_LABELS",
    "SCOPE_PREPS",
    "SUBJECT_TAIL",
    "WH_WORDS",
    "context_times",
    "extract_claims",
    "same_block",
]


def extract_claims(
    doc: Doc,
    quantities: Sequence[Quantity],
    times: Sequence[TimeExpression],
    mentions: Sequence[EntityMention],
    published: str | None = None,
) -> list[Claim]:
    """All claims of a parsed document, in text order."""
    references = times
    # "recently", "in the future": a reference with no extent dates no figure or event
    times = [t for t in times if t.granularity not in VAGUE_GRANULARITIES]
    claims: list[Claim] = []
    previous: Previous = None
    text = doc_text(doc)
    for sent in sentences(doc):  # computed once per document
        lo, hi = sent.start_char, sent.end_char
        sent_mentions = [m for m in mentions if lo <= m.start and m.end <= hi]
        if previous is not None and "\n\n" in text[previous[2] : lo]:
            previous = None  # a pronoun does not reach back past a paragraph
        sent_times = [t for t in times if lo <= t.start_char and t.end_char <= hi]
        sent_quantities = [
            q
            for q in quantities
            if lo <= q.start
            and q.end <= hi
            and _is_figure(q, sent_times)
            and not describes_a_noun(doc, q)  # "a 10-part series": no claim of its own
        ]
        if sent_quantities or sent_times:
            found = _sentence_claims(
                sent, sent_quantities, sent_times, sent_mentions, times, published, previous, text
            )
            claims.extend(_undated_figures(found) if is_caption(sent) else found)
        previous = sentence_subject(sent, sent_mentions) or previous
    reframe(claims, doc, text)  # "five points behind Chelsea", "a £24m striker"
    contrast_places(claims, text)  # "1.5% in Germany and 2.2% in France"
    contrast_groups(claims, text)  # "3,400 from business operations and 2,600 across legal"
    pair_respectively(claims, doc)  # "12 and 11 players ... respectively"
    pair_matchups(claims, doc, mentions)  # "Trump leads Clinton 43 percent to 41 percent"
    gapped_subjects(claims, doc, mentions)  # "Clinton had 45 percent, Trump 41 percent"
    followed_by(claims, doc, mentions)  # "..., followed by Cruz with 25 percent"
    share_conversions(claims, text)  # "400m euro ($495m; £275m)": one sum, one measure
    share_restatements(claims, text)  # "2% of MPs - 13 out of 659 -": one measure
    share_compared(claims, text)  # "$805.9m, up from $393.9m": one measure, two times
    share_earlier_movements(claims, text)  # "grew 4.2%, down from 5.1%": 5.1% grew too
    share_moved(claims, text)  # "a profit of 30.6bn yen, up 31.8%": one measure, moved
    relative_doings(claims, doc)  # "compared with 39 who back Sanders": its own measure
    relative_owners(claims, doc, mentions)  # "from the 95 percent Obama received": Obama's
    support_shares(claims, doc)  # "has the support of 45 percent": support
    places = {m.name for m in mentions if m.label in ("GPE", "LOC", "NORP")}
    poll_support(claims, doc, places)  # "in the poll, Clinton has 36 percent": support
    name_the_number(claims, doc)  # "the number of hard drives ... 55 million": of what
    mark_earlier(claims, doc, references)  # "previously offered £1.3bn": no day's figure
    claimed = {c.start for c in claims if c.quantity is not None}
    for quantity in quantities:
        if quantity.start not in claimed:
            quantity.measured = unclaimed_measure(doc, quantity)
    return claims


def _undated_figures(claims: list[Claim]) -> list[Claim]:
    """A photo caption's claims ("Protesters marching in Paris on Saturday, 40,000 of
    them"): it shows a moment and reports nothing, so no event, and its figures keep no
    time that would put them on a timeline."""
    figures = [c for c in claims if c.quantity is not None]
    for claim in figures:
        claim.time, claim.time_basis = None, "none"
    return figures


def _sentence_claims(
    sent: Span,
    quantities: list[Quantity],
    sent_times: list[TimeExpression],
    mentions: list[EntityMention],
    times: Sequence[TimeExpression],
    published: str | None,
    previous: Previous,
    text: str,
) -> list[Claim]:
    """The claims of one sentence: one per figure, then one per unused time (events)."""
    attribution = sentence_attribution(sent, mentions)
    used_times: set[int] = set()
    claims = []
    for quantity in quantities:
        claim = _figure_claim(sent, quantity, mentions, attribution.reaching(quantity.start), text)
        resolve_pronoun(claim, sent, mentions, previous)
        date_claim(claim, sent_times, published, used_times, context_times(times, claim), text)
        if claim.hedge == "reported" and about_the_future(claim, published):
            claim.hedge = "projected"  # "exports rise 4% in 2027", said in 2026
        claims.append(claim)
    share_metrics(claims, sent)
    share_conversions(claims, text)  # "$1.6bn (£857m)", before the series are linked
    link_series(claims, times)
    for index, time in enumerate(sent_times):
        if index in used_times:
            continue
        event = event_claim(sent, time, mentions, attribution.reaching(time.start_char), quantities)
        if event is not None:
            resolve_pronoun(event, sent, mentions, previous)
            claims.append(event)
    return claims


def _is_figure(quantity: Quantity, times: list[TimeExpression]) -> bool:
    """Durations ("two years") and numbers inside a time expression are not claims."""
    if quantity.kind == "duration":
        return False
    return not any(t.start_char < quantity.end and quantity.start < t.end_char for t in times)


def _figure_claim(
    sent: Span,
    quantity: Quantity,
    mentions: list[EntityMention],
    attribution: SentenceAttribution,
    text: str,
) -> Claim:
    """One figure's claim: subject, metric, scope, hedge and change, read from the parse."""
    doc = sent.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    root = figure_root(span) if span is not None and len(span) else doc[sent.start]
    inside = set(range(span.start, span.end)) if span is not None else {root.i}
    measured = measured_noun(root, inside)
    verb = governing_verb(root)
    # "a laptop PC that will go on sale for $100": the PC, not "that"
    subject_token = (relative_antecedent(verb) or subject_of(verb)) if verb is not None else None
    counted = root.head if root.dep_ == "nummod" else root
    if subject_token is not None and counted in subject_token.conjuncts:
        subject_token = None  # "His mother and 10 others died": the others are not her
    metric, owner = share_doing(root, measured, verb, quantity.kind) or metric_of(
        root, measured, subject_token, inside, quantity
    )
    stated_owner = owner if owner is not None else subject_token
    priced = priced_for(span, quantity.kind) if span is not None and len(span) else None
    subject_phrase = beneficiary(root, span) or placed_holder(root) or priced
    subject_phrase = subject_phrase or labelled_at(root) or stated_owner
    event = event_count(root) if quantity.kind == "count" else None
    if event is not None:  # "16 people were wounded": people, injured
        metric, subject_phrase = event[0], event[1]
    elif counts_a_noun(quantity) and quantity.unit not in (metric or ""):
        # A count measures what it counts: "sold 1.9 million copies" -> "sell copies".
        metric = f"{metric} {quantity.unit}" if metric else quantity.unit
    elif quantity.kind == "age":
        # "said David Magel, 53,": his age, not what he said ("retirement age" says it)
        metric = metric if "age" in (metric or "").split() else "age"
        subject_phrase = aged_noun(root) or subject_phrase
    if subject_phrase is not None and subject_phrase.i in inside:
        subject_phrase = None
    if subject_phrase is not None and subject_phrase.like_num:
        # "Four of the five aircraft are 20 years old": the aircraft, not "Four"
        subject_phrase = of_object(subject_phrase) or subject_phrase
    subject, entity = phrase_name(subject_phrase, mentions)
    if event is not None:  # the counted noun without its count: "people", not "nine people"
        subject = noun_phrase(event[1], inside, with_of=False)
    moved = figure_movement(span, quantity.kind) if span is not None and len(span) else LEVEL
    listed = label_frame(text, quantity.start, quantity.end)
    if listed is not None:  # "• openai: 12.3%" under "by market share:"
        subject, entity = listed.subject, named_between(mentions, listed.start, listed.end)
        metric = listed.metric or metric
    elif dashed := dash_label(text, quantity.start, quantity.end):  # "• deepseek v3.2 — 5.41t"
        subject, entity = dashed[0], named_between(mentions, dashed[1], dashed[2])
        metric = None if wordless(metric) else metric  # the bullet, read as a word
    return Claim(
        sentence=text[sent.start_char : sent.end_char],  # (Span.text joins tokens)
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        start=quantity.start,
        end=quantity.end,
        subject=subject,
        subject_entity=entity,
        metric=metric,
        scope=scope_of(sent, mentions, attribution),
        quantity=quantity,
        attributed_to=attribution.speaker.name if attribution.speaker else None,
        cited=[s.name for s in attribution.sources],
        hedge=hedge_of(sent, verb),
        change=moved.change,
        direction=moved.direction,
        change_cue=moved.cue,
        series="from" if moved.starts else None,  # paired with its "to" end in link_series
    )
