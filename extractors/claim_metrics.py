"""What a figure measures: the metric of a claim, as a short noun phrase.

The noun the figure modifies ("a 36% *share*"), the whole a percentage is part of
("45% of *token usage*"), a movement's complement ("a 6% rise in *profits*"), a
measure-noun subject ("the *price* rose to $5"), else the verb with the counted noun
("sell copies"). A figure whose metric is only its verb takes a sibling's metric.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.claim_grammar import (
    MEASURE_NOUNS,
    figure_root,
    governing_verb,
    measured_noun,
    measured_object,
    of_object,
    owner_of,
)
from extractors.claim_subjects import noun_phrase
from extractors.figure_agents import (
    agent_of_event,
    keeps_its_verb,
    noun_before_comma,
    object_of_action,
)
from extractors.figure_dimensions import comparison, dimension_after
from extractors.figure_measured import done_in, names_its_metric, state_held
from extractors.measures import (
    EVENT_METRICS,
    MOVEMENT_NOUNS,
    earned_in,
    movement_complement,
    of_head,
    predicate,
)
from extractors.records import Claim, Quantity

#: The metrics of counts of people in events ("killed", "injured"): each verb's own.
EVENT_VOCABULARY = frozenset(EVENT_METRICS.values())


def unclaimed_measure(doc: Doc, quantity: Quantity) -> str | None:
    """What a figure that makes no claim measures: "a four-year *contract*", "jail *terms*
    of up to five years", "*spent* two days"."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = figure_root(span)
    inside = set(range(span.start, span.end))
    noun = measured_noun(root, inside) or of_head(root) or of_object(root)  # "months of talks"
    if noun is None and root.head.i not in inside and root.head.pos_ in ("NOUN", "ADJ"):
        noun = root.head  # "the 36-year-old", "ready for two weeks"
    if noun is not None and noun.i not in inside:
        return noun_phrase(noun, inside, with_of=True)
    verb = governing_verb(root)
    held = state_held(root, verb) or done_in(root, verb)  # "in custody", "take title"
    return held or (verb.lemma_ if verb is not None else None)


def share_metrics(sentence_claims: list[Claim], sent: Span) -> None:
    """ "up from roughly 10% in January" measures what the sentence's other figure does.

    A figure whose metric was only its verb takes the metric of a figure of
    the same kind and unit in the same sentence that names one.
    """
    named = [c for c in sentence_claims if c.quantity and c.metric and " " in c.metric]
    for claim in sentence_claims:
        if claim.quantity is None or names_its_metric(claim.metric, sent):
            continue
        if claim.metric in EVENT_VOCABULARY:
            continue  # "killed 90 people, including four Britons, and hurt 1,200": each its own
        span = sent.doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is not None and keeps_its_verb(claim.metric, span, claim.quantity.kind):
            continue  # "earning $40m": earnings, not the other figure's "box office total"
        if span is not None and len(span) and span.root.dep_ in ("nsubj", "nsubjpass"):
            continue  # "74 percent said they are set on ..., while 22 percent said ...": the
            # share does its own verb, not the next share's
        for other in named:
            assert other.quantity is not None
            if (other.quantity.kind, other.quantity.unit) == (
                claim.quantity.kind,
                claim.quantity.unit,
            ):
                claim.metric = other.metric
                break


def counts_a_noun(quantity: Quantity) -> bool:
    """A count with its noun ("three shows"), not a part of a whole ("four of the five")."""
    return (
        quantity.kind == "count"
        and bool(quantity.unit)
        and not quantity.unit.startswith(("of ", "per "))
    )


def metric_of(
    root: Token,
    measured: Token | None,
    subject: Token | None,
    inside: set[int],
    quantity: Quantity,
) -> tuple[str | None, Token | None]:
    """What the figure measures, and the token naming whose it is (if the metric says)."""
    if quantity.kind == "physical" and (size := dimension_after(root.doc[max(inside)])):
        return size, None  # "2.5m high and 6m long"
    if measured is None and root.pos_ == "VERB":  # "the blogosphere has doubled"
        movers = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        measured = movers[0] if movers else root.head if root.dep_ in ("acl", "amod") else None
    if measured is not None and measured.lemma_.lower() in MOVEMENT_NOUNS:
        moved = movement_complement(root)  # "a 6% rise in profits": profits, not "rise"
        measured = moved if moved is not None and moved.i not in inside else measured
    if measured is not None:
        return noun_phrase(measured, inside, with_of=True), owner_of(measured)
    part_of = of_object(root)
    if part_of is not None and part_of.lower_ in ("whom", "which") and quantity.kind == "percent":
        part_of = noun_before_comma(root.doc, min(inside))  # "inmates, 40 percent of whom"
    if part_of is not None and quantity.kind == "percent":
        return f"share of {noun_phrase(part_of, inside, with_of=False)}", None
    if part_of is not None and part_of.pos_ == "NOUN" and part_of.i not in inside:
        return noun_phrase(part_of, inside, with_of=False), None  # "£8bn of tax rises"
    compared = comparison(root, inside, quantity.kind == "multiplier")
    if compared is not None:
        return compared, None
    named = (
        of_head(root)
        or movement_complement(root)
        or earned_in(root)
        or agent_of_event(root, quantity.kind)
    )
    if named is not None and named.i not in inside:
        return noun_phrase(named, inside, with_of=True), owner_of(named)
    counted = quantity.kind == "count" and bool(quantity.unit)
    verb = governing_verb(root)
    doing = object_of_action(root, verb)  # "Ray's success ... earning $40m": earnings
    if not counted and subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "":
        owner = owner_of(subject)
        if (owner is not None and not doing) or subject.lemma_ in MEASURE_NOUNS:
            return noun_phrase(subject, inside, with_of=True), owner  # "price of X"
    measure = measured_object(verb) if verb is not None else None
    if measure is not None:
        return noun_phrase(measure, inside, with_of=True), None  # "a chart comparing token share"
    if verb is not None and verb.lemma_ not in ("be",):
        unit = quantity.unit if quantity.kind == "count" else ""
        return " ".join(w for w in (verb.lemma_, unit) if w), None
    return (predicate(verb, root) if verb is not None else None), None  # "6 are Chinese"
