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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.asides import in_another_aside
from extractors.attribution import REPORTING_VERBS, SentenceAttribution, sentence_attribution
from extractors.change import LEVEL, figure_change
from extractors.figure_agents import (
    agent_of_event,
    keeps_its_verb,
    object_of_action,
    relative_antecedent,
    share_doing,
)
from extractors.figure_compared import share_compared
from extractors.figure_conversions import share_conversions
from extractors.figure_dimensions import comparison, dimension_after
from extractors.figure_frames import reframe
from extractors.figure_lines import dash_label, wordless
from extractors.figure_measured import (
    done_in,
    gerund_objects,
    labelled_at,
    names_its_metric,
    priced_for,
    range_root,
    relative_subject,
    state_held,
)
from extractors.figure_ones import ones_named
from extractors.figure_respectively import pair_respectively
from extractors.furniture import is_furniture
from extractors.listings import label_frame
from extractors.measures import (
    MOVEMENT_NOUNS,
    earned_in,
    event_count,
    movement_complement,
    of_head,
    predicate,
)
from extractors.records import (
    Claim,
    EntityMention,
    Hedge,
    Quantity,
    TimeBasis,
    TimeExpression,
)
from extractors.series import (
    contrast_groups,
    contrast_places,
    link_series,
    share_restatements,
)

#: Dependency labels by which a figure modifies the noun it measures.
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "npadvmod", "nmod"})
SCOPE_PREPS = frozenset({"on", "across", "at", "via", "through", "within", "inside"})
SCOPE_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC"})
#: How many tokens a subject's complement may add ("models from Chinese developers").
SUBJECT_TAIL = 4
#: Words that cannot be a subject by themselves ("which", "what" point elsewhere).
WH_WORDS = frozenset("which what who whom whose that where when".split())
PRONOUNS = frozenset("it its they them their he his she her this that these those we our".split())
ESTIMATE_WORDS = frozenset({"estimate", "estimated", "estimates", "reckon", "guess", "project"})
PROJECTION_LEMMAS = frozenset({"forecast", "expect", "project", "predict", "anticipate", "plan"})
CONDITION_WORDS = frozenset({"if", "unless", "provided", "assuming"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall"})
#: Verbs of an event worth a timeline entry; copulas and reporting verbs are not events.
NON_EVENT_LEMMAS = REPORTING_VERBS | {"be", "have", "do", "become", "seem", "remain"}
#: Verbs that describe or point at what others did: "sources described WorkBuddy as",
#: "the report cites", "the drop reflects": no event of their own.
NON_EVENT_LEMMAS |= {"describe", "cite", "note", "mention", "call", "characterise"}
NON_EVENT_LEMMAS |= {"characterize", "reflect", "suggest", "show", "indicate", "mean"}


def extract_claims(
    doc: Doc,
    quantities: Sequence[Quantity],
    times: Sequence[TimeExpression],
    mentions: Sequence[EntityMention],
    published: str | None = None,
) -> list[Claim]:
    """All claims of a parsed document, in text order."""
    claims: list[Claim] = []
    previous: _Previous = None
    text = doc.text  # built from the tokens on every access: read it once
    for sent in doc.sents:
        lo, hi = sent.start_char, sent.end_char
        sent_mentions = [m for m in mentions if lo <= m.start and m.end <= hi]
        if previous is not None and "\n\n" in text[previous[2] : lo]:
            previous = None  # a pronoun does not reach back past a paragraph
        sent_times = [t for t in times if lo <= t.start_char and t.end_char <= hi]
        sent_quantities = [
            q for q in quantities if lo <= q.start and q.end <= hi and _is_figure(q, sent_times)
        ]
        if sent_quantities or sent_times:
            claims.extend(
                _sentence_claims(
                    sent,
                    sent_quantities,
                    sent_times,
                    sent_mentions,
                    times,
                    published,
                    previous,
                    text,
                )
            )
        previous = _sentence_subject(sent, sent_mentions) or previous
    reframe(claims, doc, text)  # "five points behind Chelsea", "a £24m striker"
    contrast_places(claims, text)  # "1.5% in Germany and 2.2% in France"
    contrast_groups(claims, text)  # "3,400 from business operations and 2,600 across legal"
    pair_respectively(claims, doc)  # "12 and 11 players ... respectively"
    share_conversions(claims, text)  # "400m euro ($495m; £275m)": one sum, one measure
    share_restatements(claims, text)  # "2% of MPs - 13 out of 659 -": one measure
    share_compared(claims, text)  # "$805.9m, up from $393.9m": one measure, two times
    claimed = {c.start for c in claims if c.quantity is not None}
    for quantity in quantities:
        if quantity.start not in claimed:
            quantity.measured = _unclaimed_measure(doc, quantity)
    return claims


def _unclaimed_measure(doc: Doc, quantity: Quantity) -> str | None:
    """What a figure that makes no claim measures: "a four-year *contract*", "jail *terms*
    of up to five years", "*spent* two days"."""
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = _figure_root(span)
    inside = set(range(span.start, span.end))
    noun = _measured_noun(root, inside) or of_head(root) or _of_object(root)  # "months of talks"
    if noun is None and root.head.i not in inside and root.head.pos_ in ("NOUN", "ADJ"):
        noun = root.head  # "the 36-year-old", "ready for two weeks"
    if noun is not None and noun.i not in inside:
        return _noun_phrase(noun, inside, with_of=True)
    verb = _governing_verb(root)
    held = state_held(root, verb) or done_in(root, verb)  # "in custody", "take title"
    return held or (verb.lemma_ if verb is not None else None)


#: The subject of the sentence before: text, entity, and where that sentence ends.
_Previous = tuple[str, str | None, int] | None


def _sentence_claims(
    sent: Span,
    quantities: list[Quantity],
    sent_times: list[TimeExpression],
    mentions: list[EntityMention],
    times: Sequence[TimeExpression],
    published: str | None,
    previous: _Previous,
    text: str,
) -> list[Claim]:
    attribution = sentence_attribution(sent, mentions)
    used_times: set[int] = set()
    claims = []
    for quantity in quantities:
        claim = _figure_claim(sent, quantity, mentions, attribution, text)
        _resolve_pronoun(claim, sent, mentions, previous)
        _date_claim(claim, sent_times, published, used_times, context_times(times, claim), text)
        if claim.hedge == "reported" and _about_the_future(claim, published):
            claim.hedge = "projected"  # "exports rise 4% in 2027", said in 2026
        claims.append(claim)
    _share_metrics(claims, sent)
    share_conversions(claims, text)  # "$1.6bn (£857m)", before the series are linked
    link_series(claims, times)
    for index, time in enumerate(sent_times):
        if index in used_times:
            continue
        event = _event_claim(sent, time, mentions, attribution, quantities)
        if event is not None:
            _resolve_pronoun(event, sent, mentions, previous)
            claims.append(event)
    return claims


def _about_the_future(claim: Claim, published: str | None) -> bool:
    if not published or claim.time is None or claim.time_basis != "stated":
        return False
    return claim.time.start > published[:10]


def _sentence_subject(sent: Span, mentions: list[EntityMention]) -> _Previous:
    """The sentence's own nominal subject, for a pronoun in the next one."""
    subject = _subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in WH_WORDS:
        return None
    text, entity = _phrase_name(subject, mentions)
    return (text, entity, sent.end_char) if text else None


# -- figures ----------------------------------------------------------------------------


def _is_figure(quantity: Quantity, times: list[TimeExpression]) -> bool:
    """Durations ("two years") and numbers inside a time expression are not claims."""
    if quantity.kind == "duration":
        return False
    return not any(t.start_char < quantity.end and quantity.start < t.end_char for t in times)


#: Granularities precise enough to date the figures that follow them in a text.
CONTEXT_GRANULARITIES = frozenset(
    {"day", "week", "month", "part-of-month", "quarter", "half", "part-of-year", "season"}
)


def context_times(times: Sequence[TimeExpression], claim: Claim) -> list[TimeExpression]:
    """Absolute time expressions before the claim's sentence, nearest last.

    An article that says "by April 2026, the data shows ..." dates the figures
    it then gives; these are the candidates for a claim with no time of its own.
    """
    return [
        t
        for t in times
        if t.end_char <= claim.sent_start
        and t.anchor is None
        and t.granularity in CONTEXT_GRANULARITIES
    ]


def _share_metrics(sentence_claims: list[Claim], sent: Span) -> None:
    """ "up from roughly 10% in January" measures what the sentence's other figure does.

    A figure whose metric was only its verb takes the metric of a figure of
    the same kind and unit in the same sentence that names one.
    """
    named = [c for c in sentence_claims if c.quantity and c.metric and " " in c.metric]
    for claim in sentence_claims:
        if claim.quantity is None or names_its_metric(claim.metric, sent):
            continue
        span = sent.doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is not None and keeps_its_verb(claim.metric, span, claim.quantity.kind):
            continue  # "earning $40m": earnings, not the other figure's "box office total"
        for other in named:
            assert other.quantity is not None
            if (other.quantity.kind, other.quantity.unit) == (
                claim.quantity.kind,
                claim.quantity.unit,
            ):
                claim.metric = other.metric
                break


def _figure_claim(
    sent: Span,
    quantity: Quantity,
    mentions: list[EntityMention],
    attribution: SentenceAttribution,
    text: str,
) -> Claim:
    doc = sent.doc
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    root = _figure_root(span) if span is not None and len(span) else doc[sent.start]
    inside = set(range(span.start, span.end)) if span is not None else {root.i}
    measured = _measured_noun(root, inside)
    verb = _governing_verb(root)
    # "a laptop PC that will go on sale for $100": the PC, not "that"
    subject_token = (relative_antecedent(verb) or _subject_of(verb)) if verb is not None else None
    metric, owner = share_doing(root, measured, verb, quantity.kind) or _metric(
        root, measured, subject_token, inside, quantity
    )
    stated_owner = owner if owner is not None else subject_token
    priced = priced_for(span, quantity.kind) if span is not None and len(span) else None
    subject_phrase = _beneficiary(root, span) or priced or labelled_at(root) or stated_owner
    event = event_count(root) if quantity.kind == "count" else None
    if event is not None:  # "16 people were wounded": people, injured
        metric, subject_phrase = event[0], event[1]
    elif _counts_a_noun(quantity) and quantity.unit not in (metric or ""):
        # A count measures what it counts: "sold 1.9 million copies" -> "sell copies".
        metric = f"{metric} {quantity.unit}" if metric else quantity.unit
    if subject_phrase is not None and subject_phrase.i in inside:
        subject_phrase = None
    subject, entity = _phrase_name(subject_phrase, mentions)
    if event is not None:  # the counted noun without its count: "people", not "nine people"
        subject = _noun_phrase(event[1], inside, with_of=False)
    moved = figure_change(span) if span is not None and len(span) else LEVEL
    listed = label_frame(text, quantity.start, quantity.end)
    if listed is not None:  # "• openai: 12.3%" under "by market share:"
        subject, entity = listed.subject, _named_between(mentions, listed.start, listed.end)
        metric = listed.metric or metric
    elif dashed := dash_label(text, quantity.start, quantity.end):  # "• deepseek v3.2 — 5.41t"
        subject, entity = dashed[0], _named_between(mentions, dashed[1], dashed[2])
        metric = None if wordless(metric) else metric  # the bullet, read as a word
    return Claim(
        sentence=sent.text,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
        start=quantity.start,
        end=quantity.end,
        subject=subject,
        subject_entity=entity,
        metric=metric,
        scope=_scope(sent, mentions, attribution),
        quantity=quantity,
        attributed_to=attribution.speaker.name if attribution.speaker else None,
        cited=[s.name for s in attribution.sources],
        hedge=_hedge(sent, verb),
        change=moved.change,
        direction=moved.direction,
        change_cue=moved.cue,
        series="from" if moved.starts else None,  # paired with its "to" end in link_series
    )


def _counts_a_noun(quantity: Quantity) -> bool:
    """A count with its noun ("three shows"), not a part of a whole ("four of the five")."""
    return quantity.kind == "count" and bool(quantity.unit) and not quantity.unit.startswith("of ")


def _figure_root(span: Span) -> Token:
    """The head of the figure itself: in "below 2 percent" that is "percent", not "below"."""
    root = range_root(span, span.root)  # "a sentence of 16 months to four years"
    for _ in range(3):
        if root.pos_ not in ("ADP", "ADV", "ADJ", "SCONJ") or root.i == span.end - 1 > span.start:
            break  # "6.5 billion reais" (tagged ADJ): the unit is the head
        inner = [t for t in root.children if span.start <= t.i < span.end]
        if not inner:
            break
        root = max(inner, key=lambda t: len(list(t.subtree)))
    return root


def _beneficiary(root: Token, span: Span | None = None) -> Token | None:
    """ "2.94 trillion for American providers": the figure is theirs, not the clause's.

    Read from the parse, and from the surface when "for" follows the figure: the small
    model often hangs that "for" on the verb ("recording X against Y for Z")."""
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "for"]
    if span is not None and span.end < len(span.doc) and span.doc[span.end].lower_ == "for":
        preps.append(span.doc[span.end])
    for prep in preps:
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(
                t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in obj.subtree
            ):
                return obj
    return None


def _named_between(mentions: list[EntityMention], start: int | None, end: int | None) -> str | None:
    if start is None or end is None:
        return None
    return next((m.name for m in mentions if m.start < end and start < m.end), None)


def _measured_noun(root: Token, inside: set[int]) -> Token | None:
    """The noun a figure modifies: "a 36% share" -> share."""
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i not in inside and _is_nominal(head):
        return head
    return None


#: Dependency labels only nouns take: a word in one is a noun whatever its tag says
#: (the small model tags "share" in "a 10% token volume share" as a verb).
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def _is_nominal(token: Token) -> bool:
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    has_determiner = any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    return token.dep_ in NOMINAL_DEPS and has_determiner


def _governing_verb(token: Token) -> Token | None:
    """The verb (or copula) of the clause the token is in."""
    current = token
    for _ in range(12):  # parse trees are shallow; this bounds a malformed one
        # An auxiliary, of a passive too ("Two *were* dressed"), is not the clause's verb.
        auxiliary = current.dep_ in ("aux", "auxpass")
        if current.pos_ in ("VERB", "AUX") and not auxiliary and not _is_nominal(current):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def _subject_of(verb: Token) -> Token | None:
    for _ in range(4):
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "expl")]
        subjects = [t for t in subjects if not relative_subject(t)] or subjects
        if subjects:
            # Two subjects means a clause was misattached: the nearest one is the verb's.
            return min(subjects, key=lambda t: abs(t.i - verb.i))
        if verb.dep_ in ("conj", "xcomp", "advcl", "relcl") and verb.head is not verb:
            if verb.dep_ == "relcl":
                return verb.head  # "models that hold 36%": the noun the clause describes
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "(they) won by delivering 80%": the doer of the main clause
            continue
        return None
    return None


def _metric(
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
        return _noun_phrase(measured, inside, with_of=True), _owner(measured)
    part_of = _of_object(root)
    if part_of is not None and quantity.kind == "percent":
        return f"share of {_noun_phrase(part_of, inside, with_of=False)}", None
    if part_of is not None and part_of.pos_ == "NOUN" and part_of.i not in inside:
        return _noun_phrase(part_of, inside, with_of=False), None  # "£8bn of tax rises"
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
        return _noun_phrase(named, inside, with_of=True), _owner(named)
    counted = quantity.kind == "count" and bool(quantity.unit)
    verb = _governing_verb(root)
    doing = object_of_action(root, verb)  # "Ray's success ... earning $40m": earnings
    if not counted and subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ == "":
        owner = _owner(subject)
        if (owner is not None and not doing) or subject.lemma_ in _MEASURE_NOUNS:
            return _noun_phrase(subject, inside, with_of=True), owner  # "price of X"
    measure = _measured_object(verb) if verb is not None else None
    if measure is not None:
        return _noun_phrase(measure, inside, with_of=True), None  # "a chart comparing token share"
    if verb is not None and verb.lemma_ not in ("be",):
        unit = quantity.unit if quantity.kind == "count" else ""
        return " ".join(w for w in (verb.lemma_, unit) if w), None
    return (predicate(verb, root) if verb is not None else None), None  # "6 are Chinese"


def _measured_object(verb: Token) -> Token | None:
    """The verb's object when it names a measure ("comparing token *share*")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in _MEASURE_NOUNS:
            return child
    return None


#: Nouns that are themselves a measure, so a subject like "the share" is the metric.
_MEASURE_NOUNS = frozenset(
    "share price prices cost costs revenue revenues sales profit profits growth rate "
    "volume usage traffic value valuation output demand supply spending income "
    "market number total count margin turnover inflation unemployment".split()
)


def _of_object(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [t for t in child.children if t.dep_ == "pobj"] or gerund_objects(child)
            if objects:
                return objects[0]
    return None


def _owner(noun: Token) -> Token | None:
    """Whose the measure is: "Chinese models' share", "the share of Chinese models"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    of_object = _of_object(noun)
    if of_object is not None and any(
        t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for t in of_object.subtree
    ):
        return of_object  # "the combined share of major US hyperscalers"
    return None


#: Parts of speech a metric's modifiers may have ("weekly token volume share").
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def _noun_phrase(noun: Token, exclude: set[int], *, with_of: bool) -> str:
    """The noun with the modifiers just before it in its subtree (and an "of X" complement).

    Stops at the figure itself, determiners, numbers and punctuation, so "a 10%
    token volume share" gives "token volume share".
    """
    words: list[Token] = []
    index = noun.i - 1
    while index >= noun.left_edge.i:
        token = noun.doc[index]
        if index in exclude or token.pos_ not in _MODIFIER_POS or not token.text.isalpha():
            break
        attached = token.dep_ in ("compound", "amod", "nmod", "poss") or token.head.i == noun.i
        if not attached and (token.head.i <= index or token.head.i > noun.i):
            break
        words.insert(0, token)
        index -= 1
    phrase = " ".join([t.text for t in words if t.dep_ != "poss"] + [_clean_word(noun.text)])
    if with_of:
        of_object = _of_object(noun)
        if of_object is not None and of_object.ent_type_ not in ("ORG", "NORP", "GPE", "PERSON"):
            phrase += " of " + _noun_phrase(of_object, exclude, with_of=False)
    return phrase.lower() if not noun.ent_type_ else phrase


def _clean_word(text: str) -> str:
    """A token's word without glued markup: "share.[1][2" -> "share"."""
    return re.split(r"[^\w'’-]", text, maxsplit=1)[0] or text


def _phrase_name(
    token: Token | None, mentions: list[EntityMention]
) -> tuple[str | None, str | None]:
    """A subject's text (its noun phrase) and the canonical entity it names, if any."""
    if token is None or token.lower_ in WH_WORDS:
        return None, None
    doc = token.doc
    left = token.left_edge.i
    while left < token.i and doc[left].dep_ in ("det", "punct", "cc", "case", "predet"):
        left += 1
    right = token.i + 1
    # "models from Chinese developers": a short from/of complement belongs to the subject.
    for child in token.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("from", "of", "at", "in")
            and token.ent_type_ == ""
        ):
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].right_edge.i - token.i <= SUBJECT_TAIL:
                right = objects[0].right_edge.i + 1
            break
        if child.dep_ == "acl" and child.right_edge.i - token.i <= SUBJECT_TAIL + 1:
            if any(t.like_num or t.text[:1].isdigit() for t in child.subtree):
                break  # "a deal valued at $5bn": the figure's own clause
            right = child.right_edge.i + 1  # "models built by Chinese developers"
            break
    span = doc[left:right]
    # A sentence the splitter ran on ("Tencent Cloud.[5][4] OpenAI's cutoff"): its end.
    text = ones_named(token, re.split(r"(?:\[\d+\])+\s+", span.text)[-1].strip(" ,'\u2019\""))
    if text.endswith(("'s", "\u2019s")):
        text = text[:-2]
    for m in mentions:
        if m.start < span.end_char and span.start_char < m.end:
            return text, m.name
    return text, None


def _resolve_pronoun(
    claim: Claim, sent: Span, mentions: list[EntityMention], previous: _Previous
) -> None:
    """Give a pronoun subject ("they", "their share") its antecedent: a noun subject
    earlier in the same sentence, else the subject of the sentence before."""
    if not claim.subject or claim.subject.lower() not in PRONOUNS:
        return
    earlier = [
        t
        for t in sent
        if t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ in ("NOUN", "PROPN")
        and t.idx < claim.start
        and t.lower_ not in WH_WORDS
        and t.lemma_ not in _MEASURE_NOUNS  # "their share": the share is not whose
        and not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in t.children)
    ]
    if earlier:
        claim.subject, claim.subject_entity = _phrase_name(earlier[-1], mentions)
    elif previous is not None:
        claim.subject, claim.subject_entity = previous[0], previous[1]
    else:
        claim.subject, claim.subject_entity = None, None


def _scope(
    sent: Span, mentions: list[EntityMention], attribution: SentenceAttribution
) -> list[str]:
    """Named platforms and places the sentence puts its figures on or in."""
    sources = {s.name for s in attribution.sources}
    scope: list[str] = []
    doc = sent.doc
    for m in mentions:
        if m.label not in SCOPE_LABELS or m.name in sources or m.name in scope:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.dep_ == "prep" and (
            head.lower_ in SCOPE_PREPS or (head.lower_ == "in" and m.label in ("GPE", "LOC"))
        ):
            scope.append(m.name)
    return scope


def _hedge(sent: Span, verb: Token | None) -> Hedge:
    words = {t.lower_ for t in sent}
    lemmas = {t.lemma_ for t in sent}
    if words & CONDITION_WORDS:
        return "conditional"
    auxiliaries = (
        {t.lower_ for t in verb.children if t.dep_ == "aux"} if verb is not None else set()
    )
    projecting = verb is not None and (
        verb.lemma_ in PROJECTION_LEMMAS
        or (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in PROJECTION_LEMMAS)
    )
    if auxiliaries & FUTURE_MODALS or projecting:
        return "projected"
    if auxiliaries & CONDITIONAL_MODALS:
        return "conditional"
    if words & ESTIMATE_WORDS or "estimate" in lemmas:
        return "estimated"
    return "reported"


# -- times ------------------------------------------------------------------------------


def _date_claim(
    claim: Claim,
    times: list[TimeExpression],
    published: str | None,
    used: set[int],
    earlier: list[TimeExpression],
    text: str,
) -> None:
    """Give the claim a time: the nearest of its sentence; else one stated earlier in
    its paragraph (never across a heading, a list, a caption or a blank line); else the
    publication date ("as-reported"); else none."""
    candidates = [
        (i, t)
        for i, t in enumerate(times)
        if (t.end_char <= claim.start or t.start_char >= claim.end)
        and not in_another_aside(text, claim.sent_start, claim.sent_end, t.start_char, claim.start)
    ]
    if candidates:
        index, time = min(candidates, key=lambda pair: _distance(claim, pair[1]))
        claim.time, claim.time_basis = time, "stated"
        used.add(index)
        return
    in_paragraph = [t for t in earlier if same_block(text, t.start_char, claim.sent_start)]
    if in_paragraph:
        claim.time, claim.time_basis = in_paragraph[-1], "context"
    elif published:
        claim.time, claim.time_basis = _as_reported(published)
    else:
        claim.time, claim.time_basis = None, "none"


#: A line that is a list item ("- ", "• ", "1. ") or a heading (short, no closing stop).
_LIST_ITEM = re.compile(r"^\s*(?:[-•*▪–]|\d{1,2}[.)])\s")
_CLOSED = re.compile(r"[.!?:;\"”’)\]]\s*$")
#: Headings and captions are short lines; longer ones without a full stop are prose.
MAX_HEADING = 120


def same_block(text: str, start: int, end: int) -> bool:
    r"""Whether ``text[start:end]`` stays in one paragraph: no blank line, and no line of it
    (nor the one it starts in) a heading, a list item or page furniture.

    >>> same_block("By April, sales rose. They hit 5%.", 3, 22)
    True
    >>> same_block("Sales in April\nPrices rose 5%.", 9, 15)
    False
    """
    if "\n\n" in text[start:end]:
        return False
    first = text.rfind("\n", 0, start) + 1
    for line in text[first:end].split("\n")[:-1] or []:
        if _LIST_ITEM.match(line) or is_furniture(line):
            return False
        if len(line) <= MAX_HEADING and not _CLOSED.search(line):
            return False
    last_line = text[first:end].split("\n")[-1]
    return not (_LIST_ITEM.match(last_line) and "\n" in text[first:end])


def _distance(claim: Claim, time: TimeExpression) -> int:
    if time.end_char <= claim.start:
        return claim.start - time.end_char
    # A time after the figure binds a little tighter ("36% by late April").
    return max(0, time.start_char - claim.end - 1)


def _as_reported(published: str | None) -> tuple[TimeExpression | None, TimeBasis]:
    if not published:
        return None, "none"
    day = published[:10]
    return TimeExpression(day, day, "day", "", -1, -1, anchor=day), "as-reported"


# -- events -----------------------------------------------------------------------------


def _governs_figure(verb: Token, quantity: Quantity) -> bool:
    span = verb.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and _governing_verb(_figure_root(span)) == verb


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


def _event_claim(
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
    verb = _governing_verb(span.root)
    if verb is None or verb.lemma_ in NON_EVENT_LEMMAS or verb.pos_ != "VERB":
        return None
    if any(_governs_figure(verb, q) for q in quantities):
        return None  # "reached 61% by mid-2026, up from ... 2025": the figure's sentence
    subject_token = _subject_of(verb)
    if subject_token is None:
        return None
    subject, entity = _phrase_name(subject_token, mentions)
    if not _names_an_actor(subject_token, entity):
        return None  # "the following two weeks accelerated the trend": no one acted
    objects = [t for t in verb.children if t.dep_ in ("dobj", "attr", "oprd")]
    what = verb.lemma_
    if objects:
        object_text, _ = _phrase_name(objects[0], mentions)
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
        scope=_scope(sent, mentions, attribution),
        quantity=None,
        time=time,
        time_basis="stated",
        attributed_to=attribution.speaker.name if attribution.speaker else None,
        cited=[s.name for s in attribution.sources],
        hedge=_hedge(sent, verb),
    )
