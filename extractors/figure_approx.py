"""Approximation: the words that make a figure approximate or a bound.

"about 45%", "more than 200 people", "up to £2,500", "at least 50,000 square metres",
"10 or so images", "aged 18 or over", "an estimated debt of 6.5 billion reais" — but
not a verb's particle: "handed *over* $103,500", "pushed the dollar *up to* $1.32".

>>> approximation("it cost about $5", 14)
('~', 8)
>>> approximation_after("10 or so images", 2, "=")
'~'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from extractors.records import Approx

APPROX_WORDS: list[tuple[str, Approx]] = [
    (
        r"more than|just over|over|above|exceeding|in excess of|upwards of|north of|greater than"
        r"|higher than|longer than|larger than|bigger than|older than"
        # "took his tally past 150"; not "the past 10 years"
        r"|(?<!the\s)(?<!its\s)(?<!his\s)(?<!her\s)(?<!our\s)(?<!their\s)past",
        ">",
    ),
    (
        r"at least|no less than|(?:a|the) minimum(?: of)?|not less than|as little as|as few as"
        r"|as low as",
        ">=",
    ),
    (
        r"less than|fewer than|just under|under|below|short of|shy of|lower than|shorter than"
        r"|smaller than|younger than",
        "<",
    ),
    (
        r"up to|as much as|as many as|at most|no more than|(?:a|the) maximum(?: of)?"
        r"|not more than|as high as",
        "<=",
    ),
    (
        r"about|around|roughly|approximately|nearly|almost|some|an estimated|estimated"
        r"|a predicted|a projected|a forecast"
        r"|something like|in the region of|the best part of"
        r"|close to|circa|approx\.?|more or less|near|probably|maybe|~",
        "~",
    ),
]
_APPROX = re.compile(
    # (or a full stop glued after a word or number, as feeds run sentences: "2015.Over 120")
    r"(?:(?<=\s)|(?<=^)|(?<=[(\"“‘'])|(?<=[a-z0-9]\.))"
    r"(?P<approx>" + "|".join(p for p, _ in APPROX_WORDS) + r")\s+"
    r"(?P<slice>the\s+(?:first|last|next|final|opening)\s+)?$",  # "at least the first two"
    re.I,
)

#: Hedges of a speaker's estimate: "probably 15 to 20 hours", "maybe four or five shows".
_HEDGES = frozenset({"probably", "maybe"})
#: "an estimated debt of", "an estimated total of": the figure is approximate.
ESTIMATED_OF = re.compile(
    r"\ban estimated\s+(?:[a-z-]+\s+){1,2}of\s+$"
    # "is estimated to be ₹9,000 crore", "were estimated at 40,000": an estimate's figure
    r"|\b(?:is|are|was|were|be|been)\s+(?:now\s+)?estimated\s+(?:to\s+be|at)\s+$",
    re.I,
)


#: Approximation said after the figure: "10 or so", "aged 18 or over", "five or fewer".
_APPROX_AFTER: list[tuple[re.Pattern[str], Approx]] = [
    (re.compile(r"\s+or\s+(?:so|thereabouts)\b", re.I), "~"),
    (re.compile(r"\s+or\s+(?:more|over|above|greater|higher)\b", re.I), ">="),
    (re.compile(r"\s+or\s+(?:less|under|fewer|below|lower)\b", re.I), "<="),
    (re.compile(r"\s+(?:plus|and\s+(?:over|above|upwards))\b", re.I), ">="),
    (re.compile(r"(?:-plus\b|\+(?!\d))", re.I), ">"),  # "its 100,000-plus subscribers", "5,000+"
    # "the one million seafarers estimated to be at sea": an estimate said after its noun.
    (re.compile(r"\s+(?:(?:is|are|was|were)\s+)?estimated\s+to\b", re.I), "~"),
]


def approximation_after(text: str, end: int, approx: Approx) -> Approx:
    if approx != "=":
        return approx
    return next((a for pattern, a in _APPROX_AFTER if pattern.match(text, end)), approx)


#: A symbol right before a figure: "~45%", "≈ 60%", "<5%", ">50%", "≥ 18".
_APPROX_SYMBOL = re.compile(r"(?:^|(?<=[\s(]))(?P<sign>[~≈<>≤≥])[ \t]?$")
_SYMBOLS: dict[str, Approx] = {"~": "~", "≈": "~", "<": "<", ">": ">", "≤": "<=", "≥": ">="}


def approximation(text: str, start: int, doc: Doc | None = None) -> tuple[Approx, int]:
    """The approximation or bound said before the figure at ``start``, and where it begins.

    >>> approximation("Support was ~45%", 13), approximation("with <5% undecided", 6)
    (('~', 12), ('<', 5))
    """
    if sign := _APPROX_SYMBOL.search(text, max(0, start - 2), start):
        return _SYMBOLS[sign["sign"]], sign.start()
    window = max(0, start - 40)
    found = _APPROX.search(text[window:start])
    if not found:
        return "=", start
    begin = window + found.start("approx")
    if _a_particle(doc, begin):
        return "=", start  # "handed over $103,500", "pushed the dollar up to $1.32"
    phrase = found.group("approx").lower()
    for pattern, approx in APPROX_WORDS:
        if re.fullmatch(pattern, phrase, re.I):
            if found.group("slice") and approx == "~":
                return "=", start  # "a film about the last two men": a preposition
            if phrase in _HEDGES and re.search(r"(?:\bor|\band|,)\s*$", text[:begin]):
                return "=", start  # "four, five or probably six sides": a list's next term
            if approx == "~" and (outer := approximation(text, begin, doc))[0] != "=":
                return outer  # "at least an estimated five million": the bound said first
            return approx, begin
    return "=", start


#: Nouns of saying or thinking whose "about" says what they are on, not a hedge.
_TOPIC_NOUNS = frozenset(
    "comment remark question story report talk claim joke statement concern worry debate "
    "speech article book film documentary warning".split()
)
#: Nouns of what a rule caps, whose "up to" is a bound: "a fine up to 200,000 yuan".
_CAPPED_NOUNS = frozenset(
    "fine penalty sentence term jail prison compensation damages bonus discount payout award "
    "grant loan refund".split()
)
#: Verbs whose "up" is their particle: a movement up ("went up to 50p", "pushed the dollar
#: up to"), a sum ("adds up to 185,000", "racked up 40 wins") or a phrasal verb ("turned up
#: to one gig"); after others ("earned up to", "could take up to") "up to" is a bound.
_MOVED_UP = frozenset(
    "go push move rise climb jump shoot drive send bring run ratchet mark trade edge creep "
    "head pick build step scale ramp gear power bump hike boost lift force bid end close "
    "finish come shore prop add sum total make pile stack rack notch chalk tot turn show "
    "sign line open set link team catch keep hold live measure".split()
)
#: Verbs whose "over" hands something on ("handed over $103,500"), not a bound.
_HANDED_OVER = frozenset({"hand", "turn", "sign", "fork", "give", "pass", "take", "roll"})


def _a_particle(doc: Doc | None, at: int) -> bool:
    """The approximation word is a verb's particle ("handed *over*", "pushed it *up* to") or
    a noun's preposition ("a comment *about* 47 percent")."""
    span = doc.char_span(at, at + 2, alignment_mode="expand") if doc is not None else None
    if span is None or not len(span):
        return False
    word = span[0]
    if word.lower_ == "about" and word.i > 0 and word.nbor(-1).lemma_.lower() in _TOPIC_NOUNS:
        return True  # "his infamous comment about 47 percent of the country": what it is on
    if word.lower_ == "up" and word.i > 0 and word.nbor(-1).pos_ in ("NOUN", "PROPN"):
        if word.nbor(-1).lemma_.lower() in _CAPPED_NOUNS:
            return False  # "could face a fine up to 200,000 yuan": at most
        return word.nbor(-1).dep_ in ("dobj", "nsubj")  # "pushed the dollar up to"
    if word.lower_ == "over" and word.head.lemma_.lower() not in _HANDED_OVER:
        return False  # "went on to make over $76m": more than $76m
    if word.lower_ == "up" and word.dep_ == "prt" and word.head.lemma_.lower() not in _MOVED_UP:
        return False  # "earned up to £195,000": at most, not a movement up to it
    return word.dep_ == "prt" and word.lower_ in ("over", "up", "out")


#: Verbs that pass a figure: what they say is more than it ("has exceeded 4.8 million",
#: "broke through the $1.90 level").
_PASSED_BEFORE = re.compile(
    r"\b(?:exceeded|exceeds|exceed|surpassed|surpasses|passed|topped|outstripped|breached"
    r"|(?:break|breaks|breaking|broke|broken)\s+through)\s+(?:the\s+)?$",
    re.I,
)
#: "has broken the 100 million mark", "broke the 3% ceiling": a mark passed.
_BROKEN_BEFORE = re.compile(r"\b(?:break|breaks|breaking|broke|broken|smashed)\s+the\s+$", re.I)
_MARK_AFTER = re.compile(
    r"[$£€]?[\d.,]+\s?(?:%|[a-z]+)?(?:\s+[a-z]+)?\s*(?:-\s*)?"
    r"(?:mark|barrier|ceiling|level|threshold)\b",
    re.I,
)


#: Verbs that cap a figure: what they allow is at most it ("capped at £500", "limit
#: payments to 150 times the salary"); not a limit moved or told ("cut limits from £20m
#: to £15m", "the limit on banks remains at 30%").
_CAPPED_BEFORE = re.compile(
    r"\b(?:cap|caps|capped|capping|limit|limits|limited|limiting|restrict|restricts|restricted"
    r"|restricting)\b(?:(?!\b(?:from|on|of|remains?|stands?)\b)[^.;:,]){0,40}?\s(?:at|to)\s+$",
    re.I,
)


#: Verbs that come close to a figure: what they say is about it ("approaches 9%").
_NEARING_BEFORE = re.compile(r"\b(?:approach|approaches|approached|approaching|nearing)\s+$", re.I)


def verb_bound(text: str, start: int, approx: Approx) -> Approx:
    """A bound said by the verb before the figure, which stays out of its span.

    >>> verb_bound("blogs have exceeded 4.8 million", 20, "=")
    '>'
    >>> verb_bound("rents are capped at £500", 20, "=")
    '<='
    """
    if approx != "=":
        return approx
    if _PASSED_BEFORE.search(text, max(0, start - 28), start):
        return ">"
    if _BROKEN_BEFORE.search(text, max(0, start - 16), start) and _MARK_AFTER.match(text, start):
        return ">"  # "has broken the 100 million mark"
    if _CAPPED_BEFORE.search(text, max(0, start - 56), start):
        return "<="
    if _NEARING_BEFORE.search(text, max(0, start - 20), start):
        return "~"  # "it approaches 9%"
    return approx


#: A sentence said as an estimate: opened by "By some estimates," or closed by ", estimates
#: James Goodman" or ", according to studio estimates" (not "X estimates that ...", whose
#: figures the gold keeps exact).
_ESTIMATES_OPENING = re.compile(r"(?:By|On)\s+(?:[\w-]+\s+){0,2}estimates?\s*,")
_ESTIMATES_SAID_AFTER = re.compile(
    r",\s+(?:(?:estimates|estimated|reckons)\s+(?:[A-Z]|the\s)"
    r"|according\s+to\s+(?:[\w-]+\s+){0,2}estimates\b)"  # ", according to studio estimates"
)
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")


def says_estimates(text: str) -> bool:
    """Whether ``text`` has a word an estimate is said with: one look per text, not per figure."""
    return "estimate" in text or "reckons" in text


def estimate_hedge(text: str, start: int, approx: Approx) -> Approx:
    """ "~" for an exact figure in a sentence said as someone's estimate (worth asking only
    of a text that says "estimate" or "reckons": :func:`says_estimates`).

    >>> estimate_hedge("By some estimates, 700,000 Cubans live there.", 19, "=")
    '~'
    >>> estimate_hedge("It has 90 million handsets, estimates James Goodman.", 7, "=")
    '~'
    """
    if approx != "=":
        return approx
    back = max(0, start - 400)
    opening = max((m.end() for m in _SENTENCE_STOP.finditer(text, back, start)), default=back)
    stop = _SENTENCE_STOP.search(text, start)
    sentence = text[opening : stop.start() if stop else len(text)]
    if _ESTIMATES_OPENING.match(sentence.lstrip()):
        return "~"
    said = _ESTIMATES_SAID_AFTER.search(sentence)
    return "~" if said and opening + said.start() > start else approx
