"""How a claim is put: reported as fact, estimated, projected or conditional.

"If ..." and "could" make a figure conditional, "will" and "expects" projected,
"an estimated" an estimate; a figure dated after the day its article was published
is a projection whatever its verb says.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.records import Claim, Hedge

ESTIMATE_WORDS = frozenset({"estimate", "estimated", "estimates", "reckon", "guess", "project"})
PROJECTION_LEMMAS = frozenset({"forecast", "expect", "project", "predict", "anticipate", "plan"})
CONDITION_WORDS = frozenset({"if", "unless", "provided", "assuming"})
CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may"})
FUTURE_MODALS = frozenset({"will", "'ll", "shall"})


def about_the_future(claim: Claim, published: str | None) -> bool:
    """Whether the claim's stated time starts after the article's publication day."""
    if not published or claim.time is None or claim.time_basis != "stated":
        return False
    return claim.time.start > published[:10]


def hedge_of(sent: Span, verb: Token | None) -> Hedge:
    """The hedge of a claim in ``sent`` whose clause verb is ``verb``."""
    words = {t.lower_ for t in sent}
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
    if words & ESTIMATE_WORDS or _estimating(sent, words):
        return "estimated"
    return "reported"


def _estimating(sent: Span, words: set[str]) -> bool:
    """Whether a word of the sentence is the verb or noun "estimate" ("estimating",
    "Estimates"); its lemmas are read only when a word could be one."""
    return any(w.startswith("estimat") for w in words) and any(t.lemma_ == "estimate" for t in sent)
