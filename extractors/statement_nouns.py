"""Noun cues: "his contention that ...", "Clinton's plan to ...", "an endorsement from X".

A noun of saying, believing, intending or taking a position attributes its
complement to whoever holds it: a possessor ("his", "Clinton's") or the actor
after "from" or "by". What is attributed is the noun's "that" clause, its
"to" infinitive, or the object of its preposition ("support for X",
"criticism of X"), or, for a noun that is the subject of "be", what it is
("Her view is that ...").

Examples
--------
>>> from extractors.statement_examples import found_by
>>> text = "Senator Mary Jones stood by her claim that the budget was balanced."
>>> found_by(noun_attributions, text)
[('Mary Jones', 'indirect', 'her claim', 'the budget was balanced')]
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.records import StatementKind
from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found, stripped

#: Nouns of what an actor says, believes or stands for. (Nouns of intention, "his plan
#: to ...", mostly name what an actor does, not a view put forward: left out.)
SPEECH_NOUNS = frozenset(
    "statement remark comment claim contention assertion argument announcement admission "
    "denial warning accusation allegation suggestion insistence prediction explanation "
    "testimony criticism complaint call demand appeal plea proposal promise pledge vow "
    "threat message".split()
)
BELIEF_NOUNS = frozenset(
    "belief view opinion conviction assessment assumption fear hope concern doubt "
    "expectation suspicion conclusion".split()
)
POSITION_NOUNS = frozenset(
    "support endorsement opposition backing approval rejection objection defense defence "
    "stance praise attack".split()
)
_KINDS: dict[str, StatementKind] = {
    **{n: "indirect" for n in SPEECH_NOUNS},
    **{n: "belief" for n in BELIEF_NOUNS},
    **{n: "position" for n in POSITION_NOUNS},
}
#: Prepositions whose object is what the noun is about ("support for", "attack on").
_ABOUT = frozenset({"for", "of", "on", "against", "about", "to", "over", "with", "at"})
#: Verbs that make a speech act of their object: "expressed frustration with X",
#: "voiced concern over X", "made the case for X", "issued a statement on X", "took a
#: position on X", "made no secret of X".
_LIGHT_VERBS = frozenset("express voice offer issue make raise lay deliver give take".split())
#: Objects of those verbs that say something, besides the nouns of saying above.
_LIGHT_NOUNS = frozenset(
    "frustration concern condolence condolences apology gratitude sympathy case speech "
    "outrage dismay regret confidence skepticism scepticism point reference secret issue "
    "credit position stand stance".split()
)
#: Position nouns whose preposition's object is what their possessor is for or against
#: ("his support for torture", "her attacks on Trump"); "his stance on immigration" names
#: an issue, not a side, and "her opposition" or "his endorsement" mostly a past event.
_HELD_FOR_AGAINST = frozenset({"support", "attack"})
#: Possessive pronouns the coreference resolves (a person's); "its" and "their" are not.
_POSSESSIVES = frozenset({"his", "her"})


def noun_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each cue noun of the sentence with a holder and a complement."""
    found = []
    quotations = context.quotations
    for noun in sent:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or (lemma not in _KINDS and lemma not in _LIGHT_NOUNS):
            continue
        if quotations is not None and quotations.at(noun.idx) is not None:
            continue  # inside someone's quotation: theirs
        light = noun.dep_ == "dobj" and noun.head.lemma_.lower() in _LIGHT_VERBS
        # "expressed frustration with X": who expressed it; "her claim that": hers.
        holder = speaker_token(noun.head) if light else _holder(noun) if lemma in _KINDS else None
        if holder is None or not sent.start <= holder.i < sent.end:
            continue
        # "his support for X", "Trump's attacks on X": what the holder is for or against.
        about = light or (lemma in _HELD_FOR_AGAINST and holder.i < noun.i)
        content = _complement(noun, holder, sent, about=about)
        if content is None:
            continue
        speaker = resolve_speaker(holder, context)
        if speaker is None:
            continue
        start, end = stripped(context.text, *content)
        if len(context.text[start:end].split()) < (1 if about else 2):
            continue
        kind = _KINDS.get(lemma, "position")
        if light:
            cue = " ".join(t.text for t in noun.doc[noun.head.i : noun.i + 1] if t.dep_ != "det")
        else:
            cue = noun.text if holder.i > noun.i else f"{holder.text} {noun.text}"
        found.append(Found(speaker, "said", kind, cue, (start, end), noun.idx))
    return found


def _holder(noun: Token) -> Token | None:
    """Whose the noun is: "his plan", "Clinton's plan", "an endorsement from X"."""
    for child in noun.children:
        if child.dep_ == "poss":
            if child.pos_ == "PRON" and child.lower_ not in _POSSESSIVES:
                return None
            return child
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by") and child.i > noun.i:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
    return None


def _complement(
    noun: Token, holder: Token, sent: Span, *, about: bool = False
) -> tuple[int, int] | None:
    """The words the noun attributes: its clause or its infinitive, and with ``about``
    (a noun a light verb makes a speech act of) its preposition's object."""
    doc = noun.doc
    for child in noun.children:
        if child.i < noun.i or holder.left_edge.i <= child.i <= holder.right_edge.i:
            continue
        if child.dep_ in ("acl", "ccomp", "relcl") and _opens_content(child):
            lo, hi = child.left_edge.i, child.right_edge.i
        elif about and child.dep_ == "prep" and child.lower_ in _ABOUT:
            objects = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
                continue
            lo, hi = objects[0].left_edge.i, objects[0].right_edge.i
        else:
            continue
        if not sent.start <= lo <= hi < sent.end:
            continue
        return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":  # "Her view is that ..."
        held = [c for c in noun.head.children if c.dep_ in ("ccomp", "attr") and c.i > noun.i]
        if held and held[0].dep_ == "ccomp":
            lo, hi = held[0].left_edge.i, held[0].right_edge.i
            return doc[lo].idx, doc[hi].idx + len(doc[hi].text)
    return None


def _opens_content(clause: Token) -> bool:
    """A "that" clause or a "to" infinitive, not a relative clause ("the plan that failed")."""
    first = clause.left_edge
    if first.lower_ == "to" and clause.tag_ == "VB":
        return True
    return first.lower_ == "that" and first.dep_ == "mark"
