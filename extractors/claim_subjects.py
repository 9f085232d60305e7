"""Who or what a figure is about: the subject's words, its entity, its scope.

A subject is a noun phrase of the parse ("models from Chinese developers"), named by
the entity it mentions; a pronoun takes the noun subject said before it (in its
sentence, else the sentence before); the scope is the named places and platforms
the sentence puts its figures "on", "across" or "in".
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.attribution import SentenceAttribution
from extractors.claim_grammar import MEASURE_NOUNS, hyphened_start, of_object, subject_of
from extractors.figure_ones import ones_named
from extractors.quantity_words import CURRENCY_WORDS, DURATION_UNITS, PHYSICAL_UNITS
from extractors.records import Claim, EntityMention

SCOPE_PREPS = frozenset({"on", "across", "at", "via", "through", "within", "inside"})
SCOPE_LABELS = frozenset({"ORG", "PRODUCT", "GPE", "LOC", "FAC"})
#: How many tokens a subject's complement may add ("models from Chinese developers").
SUBJECT_TAIL = 4
#: Words that cannot be a subject by themselves ("which", "what" point elsewhere).
WH_WORDS = frozenset("which what who whom whose that where when".split())
PRONOUNS = frozenset("it its they them their he his she her this that these those we our".split())


#: The subject of the sentence before: text, entity, and where that sentence ends.
Previous = tuple[str, str | None, int] | None


def sentence_subject(sent: Span, mentions: list[EntityMention]) -> Previous:
    """The sentence's own nominal subject, for a pronoun in the next one."""
    subject = subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.pos_ == "PRON" or subject.lower_ in WH_WORDS:
        return None
    text, entity = phrase_name(subject, mentions)
    return (text, entity, sent.end_char) if text else None


def beneficiary(root: Token, span: Span | None = None) -> Token | None:
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


#: Verbs that give their object a figure in a "with" or "at" phrase: "the poll showed
#: Trump with zero percent support", "a survey puts Reyes at 41 percent".
_PLACING_VERBS = frozenset("show find put place peg have leave see rank give".split())


def placed_holder(root: Token) -> Token | None:
    """Whose a figure is when a verb places its named object at it: "showed Trump with
    zero percent support" is Trump's share, not the poll's (the clause's subject)."""
    noun = root
    while noun.dep_ in ("compound", "nummod", "amod") and noun.head.i != noun.i:
        noun = noun.head  # "zero percent support": the phrase's noun
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("with", "at"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PLACING_VERBS:
        return None
    for obj in verb.children:
        named = any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in obj.subtree)
        if obj.dep_ == "dobj" and obj.i < prep.i and named:
            return obj
    return None


def named_between(mentions: list[EntityMention], start: int | None, end: int | None) -> str | None:
    """The entity a mention between ``start`` and ``end`` names, if any."""
    if start is None or end is None:
        return None
    return next((m.name for m in mentions if m.start < end and start < m.end), None)


#: Parts of speech a metric's modifiers may have ("weekly token volume share").
_MODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})


def noun_phrase(noun: Token, exclude: set[int], *, with_of: bool) -> str:
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
        complement = of_object(noun)
        named = complement is not None and complement.ent_type_ in ("ORG", "NORP", "GPE", "PERSON")
        # "wind gusts of up to 105 mph": the "of" object is the figure's unit, no measure
        if complement is not None and not named and not _a_figures_unit(complement, exclude):
            phrase += " of " + noun_phrase(complement, exclude, with_of=False)
    return phrase.lower() if not noun.ent_type_ else phrase


#: Unit words that say how a figure is counted, never what it measures.
_UNIT_WORDS = frozenset(PHYSICAL_UNITS) | frozenset(DURATION_UNITS) | frozenset(CURRENCY_WORDS)
_UNIT_WORDS |= {"%", "percent", "cent", "pc"}


def _a_figures_unit(token: Token, figure: set[int]) -> bool:
    """Whether the token is the unit word of the figure (token indices ``figure``)."""
    return token.i in figure and (token.lower_ in _UNIT_WORDS or not token.is_alpha)


def _clean_word(text: str) -> str:
    """A token's word without glued markup: "share.[1][2" -> "share"."""
    return re.split(r"[^\w'’-]", text, maxsplit=1)[0] or text


def phrase_name(
    token: Token | None, mentions: list[EntityMention]
) -> tuple[str | None, str | None]:
    """A subject's text (its noun phrase) and the canonical entity it names, if any."""
    if token is None or token.lower_ in WH_WORDS:
        return None, None
    doc = token.doc
    left = token.left_edge.i
    while left < token.i and doc[left].dep_ in ("det", "punct", "cc", "case", "predet"):
        left += 1
    left = min(left, hyphened_start(doc, token.i))
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


def resolve_pronoun(
    claim: Claim, sent: Span, mentions: list[EntityMention], previous: Previous
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
        and t.lemma_ not in MEASURE_NOUNS  # "their share": the share is not whose
        and not any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in t.children)
    ]
    if earlier:
        claim.subject, claim.subject_entity = phrase_name(earlier[-1], mentions)
    elif previous is not None:
        claim.subject, claim.subject_entity = previous[0], previous[1]
    else:
        claim.subject, claim.subject_entity = None, None


def scope_of(
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
