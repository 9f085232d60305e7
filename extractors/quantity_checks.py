"""Numbers the tagger finds that are no figure: codes, names, dates, pronouns.

Each check reads one number's match of the tagger's pattern (:mod:`extractors.quantities`)
and the text around it: a number glued to a word or a code ("GLM-5", "24/7", "10am"),
a year or a day of a month, a number in a name ("BBC Radio 1", "Windows 95"), the
pronoun "one", and a bare number with no unit that says nothing by itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractors.figure_inherit import ANOTHER_BEFORE, OF_WHICH
from extractors.figure_units import ahead, span_of
from extractors.not_figures import SENTENCE_START, titles_a_name
from extractors.quantity_units import RATE_NEXT, glued_degrees, shouted
from extractors.quantity_words import GLUED_UNITS, MONTHS, OF_THE, PHYSICAL_UNITS, WORD_NUMBER
from extractors.records import QuantityKind


def _glued_stop(before: str) -> bool:
    """Whether the two characters before a number are a word's last letter and a full stop
    ("r." of "year.Five")."""
    return len(before) == 2 and before[0].islower() and before[1] == "."


#: After a number signed "+", a share or its points: "+32 points", "+4%" (a rating).
_SIGNED_SHARE = re.compile(r"\s?(?:%|percent\b|points?\b|pts\b)", re.I)


def clean_edges(text: str, start: int, end: int, match: re.Match[str]) -> bool:
    """Refuse numbers glued to words: model names, versions, codes, footnotes, times."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    number_start = match.start("number")
    if number_start == start and before[-1:].isalpha():
        return False  # "Qwen3", "V3.2", "K2"
    in_compound = before[-1:] == "-" and before[-2:-1].islower() and after[:1] == "%"
    # "last year.Five of the seven": a sentence glued to the one before, as feeds run them
    glued_sentence = _glued_stop(before) and match.group("number")[:1].isupper()
    magnitude = text[max(0, start - 10) : start].lower() == "magnitude-"  # "a magnitude-7.1 quake"
    glued_to_a_name = (
        before[-1:] in ("-", "_", ".", "/", "#", "[", ":", "@")
        and before[-2:-1].isalnum()
        and not in_compound  # "an 80%-of-capability-at-30%-of-cost pitch"
    )
    if glued_to_a_name and not glued_sentence and not magnitude:
        return False  # "GLM-5", "v.3", "1/2", "#1"
    if before[-1:] in ("'", "’") and not before[-2:-1].isalnum() and len(match[0]) == 2:
        return False  # "class of '83": a year cut short
    if before[-1:] in ("[", "#") or (after[:1] == "]" and before[-1:] == "["):
        return False  # footnote markers, "#1"
    if after[:1] == "]":
        return False
    if re.match(r"(?:st|nd|rd|th)\b", text[end : end + 3], re.I):
        return False  # ordinals
    if re.match(r"[a-z]", after, re.I) and not match.group("scale"):
        tail = re.match(r"[a-z]+", ahead(text, end), re.I)
        glued_ok: tuple[str, ...] = ("x", "pc", "pp", "fold", "bn", "mn", "k", "m", "st", "p")
        glued_ok += ("nd", "rd", "th", "secs", "sec", "mins", "min", "hrs", "yrs", "s")
        inches = tail and tail.group(0) == "in" and re.match(r"in\s*\(\s*\d", text[end:])
        known = glued_ok + tuple(PHYSICAL_UNITS) + tuple(GLUED_UNITS)
        degrees = glued_degrees(text, number_start, end)  # "35C", "minus 5C"
        if tail and tail.group(0).lower() not in known and not inches and not degrees:
            return False  # "4o", "3B" model sizes, "10am"; not "42in (106cm)"
    if re.match(r"/\d", after):
        return False  # "24/7", "6/4 favourite": a slogan or odds, not a figure
    if re.match(r":\d", after) or re.match(r"\s?(?:am|pm|a\.m\.|p\.m\.)\b", ahead(text, end), re.I):
        return False  # times of day
    if re.search(r"(?:\bNo\.|\bno\.|\bnumber|#)\s?$", text[max(0, start - 8) : start]):
        return False  # ranks: "No. 1"
    if re.fullmatch(r"0\d+", match.group("number")):
        return False  # "007", "0800": a code, not a figure
    signed = before[-1:] == "+" and _SIGNED_SHARE.match(text, end) is not None
    if (before[-1:] in ("+", "=") and not signed) or re.match(
        r"\s?[+=]\s?\d", after + text[end + 2 : end + 4]
    ):
        return False  # "2+2=5": sums on a blackboard; not "a net rating of +32 points"
    if re.match(r"[-.]\d", text[match.end() : match.end() + 2]):
        return False  # phone numbers, IPs, dates: "555-123-4567", "2026-04-30"
    return not (re.match(r"[-.]\d", after) and match.group("range_sep") is None)


def year_or_date(text: str, match: re.Match[str], value: float, scale: float, end: int) -> bool:
    """A bare number that is a year ("2026"), a day of a month or a decade ("the 1990s")."""
    number = match.group("number")
    if scale == 1 and re.fullmatch(r"1[5-9]\d\d|20\d\d|21\d\d", number):
        return True  # a bare four-digit year
    window = text[max(0, match.start() - 12) : end + 12].lower()
    if scale == 1 and value <= 31 and re.search(rf"\b(?:{MONTHS})\b", window):
        return True  # a day of a month
    return bool(re.match(r"s\b", text[end : end + 2]))  # "the 1990s"


#: Capitalised words before a number that hedge or place it rather than name it ("At 12,
#: he was canvassing": an age).
_HEDGE_WORDS = frozenset(
    "about around roughly nearly almost some over under just only approximately up at".split()
)
#: Entity types whose numbers are part of a name, not a figure.
NAME_ENTITIES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW", "PERSON"})


def names_a_thing(text: str, match: re.Match[str], doc: Doc | None) -> bool:
    """A small whole number right after a capitalised word names something."""
    if match.group("currency") or match.group("scale") or match.group("number2"):
        return False
    number = match.group("number")
    if not re.fullmatch(r"\d{1,3}(?:\.\d+)?", number):
        return False  # "Claude 4.6", "Radio 4"; not "Apple 2,000" (no such prose anyway)
    if re.match(r"\s?(?:%|percent\b|per\s+cent\b)", text[match.end("number") :], re.I):
        return False  # "leading Trump 47.3 percent to 44.4 percent": a share, no name
    previous = re.search(r"([A-Z][\w]*)\s$", text[max(0, match.start() - 30) : match.start()])
    if previous is None or previous.group(1) in ("The", "A", "An", "In", "On", "By", "About"):
        return False
    if gapped_holder(text, match, match.start() - len(previous.group(0))):
        return False  # "ahead 3 points, HuffPollster 4.3 points": a holder and its figure
    if previous.group(1).lower() in _HEDGE_WORDS:
        return False  # "Roughly 80%", "Nearly 300": a hedge opening the sentence
    if doc is not None:
        span = doc.char_span(match.start("number"), match.end("number"), alignment_mode="expand")
        if span is not None and len(span) and span[0].ent_type_ in NAME_ENTITIES:
            return True
        return (
            span is not None
            and len(span) > 0
            and span[0].ent_type_ in ("", "CARDINAL")
            and span[0].i > 0
            and _name_like(doc[span[0].i - 1], span[0])
        )
    return True


#: A year right before a capitalised word: "the 2016 Summer Olympics", "a 2004 Honda Civic".
_YEAR_BEFORE_A_NAME = re.compile(r"(?:1[89]|20)\d\d\s(?=[A-Z][a-z])")


def year_before_a_name(text: str, match: re.Match[str], doc: Doc | None) -> bool:
    """A year that names an edition or a model ("the 2012 Olympics", "the 2018 Rule of Law
    Index", "a 2004 Honda Civic"), not a count of what the name after it calls (that would
    be a people: "2000 Palestinians", which the wires would write "2,000" anyway).

    >>> import re
    >>> text = "He won gold at the 2016 Summer Olympics."
    >>> found = re.search(r"(?P<currency>)(?P<number>2016)(?P<scale>)(?P<number2>)", text)
    >>> year_before_a_name(text, found, None)
    True
    """
    if match.group("number2") or not _YEAR_BEFORE_A_NAME.match(text, match.start("number")):
        return False
    if match.end("number") != match.start("number") + 4 or match["currency"] or match["scale"]:
        return False
    span = span_of(doc, match.end("number") + 1, match.end("number") + 2)
    return span is None or span[0].ent_type_ != "NORP"


#: A count said earlier in the sentence: a number and a plural noun ("24 Senate seats").
_EARLIER_COUNT = re.compile(r"\d[\d,.]*\s+(?:[A-Z][a-z]+\s+)?(?P<unit>[a-z]{3,}s)\b")
#: Where a clause of a list stops: a full stop, a semicolon or a colon.
_CLAUSE_STOP = re.compile(r"[.;:!?]\s")


def gapped_holder(text: str, match: re.Match[str], name_start: int) -> bool:
    """Whether a name and the number after it are one item of a gapped list after a comma,
    whose first item said the unit: "Republicans have 24 Senate seats up, Democrats 10",
    "showing her ahead 3 points, HuffPollster 4.3 points" (not "Windows 95, Windows 98",
    whose first item is a name too)."""
    if not re.search(r",\s+(?:and\s+)?$", text[max(0, name_start - 6) : name_start]):
        return False
    start = max(0, name_start - 160)
    clause = text[start:name_start]
    stops = list(_CLAUSE_STOP.finditer(clause))
    clause = clause[stops[-1].end() :] if stops else clause
    counts = list(_EARLIER_COUNT.finditer(clause))
    name = text[name_start : match.start()].split()[0]
    if not counts or re.search(rf"\b{re.escape(name)}\s+\d", clause):
        return False  # "Windows 95, Windows 98": one name's versions
    after = text[match.end("number") : match.end("number") + 20]
    unit = counts[-1].group("unit")
    return bool(re.match(rf"\s+{unit}\b", after) or re.match(r"\s*(?:[,.;]|and\b|$)", after))


def _name_like(token: Token, number: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence ("Fable 5", tagged ADJ), or
    a sentence's opening noun the number follows and modifies ("Doom 3 sold well"): a
    count comes before what it counts, so a number after its noun labels it."""
    if token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start):
        return True
    return bool(
        token.is_sent_start
        and token.text[:1].isupper()
        and token.pos_ == "NOUN"
        and not token.is_stop
        and number.head.i == token.i
    )


_ONE_COUNTS_AFTER = (
    r"\b(?:only|just|exactly|than|least|most|over|under|about|nearly|almost|barely|single)\s+$"
)


#: After a bare number, words that make it a margin: "four ahead of", "one behind".
_MARGIN_AFTER = re.compile(
    r"\s+(?:ahead|behind|clear)\b(?!\s+(?:the\s+other|another|each\s+other)\b)"
)
#: "one ear before the other", "one warring party or another": one of a pair set
#: against the rest, not a count.
_ONE_AND_THE_OTHER = re.compile(
    r"(?:\s+[a-z-]+){1,2}\s+(?:to|before|after|from|and|or|than|into|over|versus|vs"
    r"|in\s+front\s+of|ahead\s+of|behind)\s+"
    r"(?:the\s+other|another)\b",
    re.I,
)
#: "one aide said", "as one activist put it": "one" of a voice the text quotes is "a".
_ONE_SAYS = re.compile(
    # (the voice's noun, not an auxiliary: "one Greek Orthodox were admitted" is a count)
    r"\s+(?:[A-Za-z-]+\s+){0,2}(?!(?:was|were|is|are|be|been|has|have|had)\b)[a-z-]+\s+"
    r"(?:(?:even|also|later|once|recently|privately"
    r"|publicly)\s+)?(?:said|says|told|tells|wrote|writes|put\s+it|added|noted|argued"
    r"|explained|recalled|asked|asks|pointed\s+out|points\s+out|proclaimed|claimed|insisted"
    r"|warned|suggested|admitted|conceded|predicted|complained|quipped|joked|observed"
    r"|remarked|acknowledged|confirmed|believes|thinks|stated|announced|tweeted|replied)\b"
)
#: Before "one": the verb of a voice the text quotes ("said one trader", "according to
#: one analyst"): the "one" is "a"; and after it, the voice's noun closing the clause (not
#: "said one punter had placed a bet", a reported count).
_SAYS_ONE = re.compile(
    r"\b(?:said|says|adds|added|noted|notes|explained|argued|according\s+to|telling|told"
    r"|described\s+by|quoted\s+by)\s+$",
    re.I,
)
_VOICE_CLOSES = re.compile(
    r"\s+(?:[A-Za-z-]+\s+)?[A-Za-z-]+\s*(?:[,.;:!?\"”]|$)"
    r"|\s+[A-Za-z-]+\s+(?:who|familiar\s+with|close\s+to)\b"  # "said one source who ..."
    r"|\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s+as\s+(?:a|an|the)\b"  # "described by one union as a"
)
#: After "by one": "by one estimate", "by one count": a source's reckoning, no count of
#: estimates (not "one felony count", a charge).
_BY_ONE_ESTIMATE = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:estimate|count|measure|account|reckoning|calculation|tally)\b",
    re.I,
)
#: "a crucial one", "the only one": an article and an adjective before a pronoun "one".
_ONE_AS_PRONOUN = re.compile(r"\b(?:a|an|the)\s+[a-z]+\s+$")
#: How far back a sentence's opening is looked for: a window, never all the text before.
_OPENING_REACH = 80
_OWNED_AFTER = re.compile(r"\s+(?:his|her|their|its|our|my|your)\b")
_VERB_AFTER = re.compile(r"\s+(?:were|are|was|is|have|had|will|would|could|can)\b")
#: Contests a ban or a series is measured in ("a one-match ban", "a one-test series").
_CONTEST_AFTER = re.compile(r"-(?:match|game|test|race|fixture|round)\s+[a-z]", re.I)
#: Nouns after "one" that make a manner or a side, not a count ("one way", "one side").
_ONE_IDIOMS = frozenset(
    "way side hand thing direction place spot position day time "
    # "one set of laws for foreigners", "one piece of his tax return": a single one
    "set piece version kind sort type form "
    "example exception end".split()  # "is one example", "on one end of the party"
)


#: A person to whom an event happened, in the same clause ("person who was not on the bus
#: was killed", "man died").
_PERSON_IN_AN_EVENT = (
    r"(?:person|man|woman|child|boy|girl|officer|soldier|passenger|worker|civilian)\b"
    r"[^.;:!?]{0,60}?\b(?:(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:killed|injured|wounded|hurt|arrested|detained|hospitali[sz]ed|rescued|missing)|died)\b"
)
#: After "one": that person ("One person who was not on the bus was killed", "one man
#: died"), or that person described ("one young man was arrested").
_ONE_IN_AN_EVENT = re.compile(r"\s+" + _PERSON_IN_AN_EVENT, re.I)
_DESCRIBED_IN_AN_EVENT = re.compile(r"\s+(?:[a-z-]+\s+){1,2}" + _PERSON_IN_AN_EVENT, re.I)


def described_one(doc: Doc | None, match: re.Match[str]) -> bool:
    """ "one" before a describing word ("one nasty package", "one particularly virulent
    site", "if there is one regular criticism") in a sentence that counts nothing else: an
    article with a description, not a count. Beside other numbers it is one of a contrast
    ("one known terrorist ... 10 unknown ones"); after "only" or "at least", a count."""
    if doc is None or match.group("number").lower() != "one" or match.group("scale"):
        return False
    one = doc.char_span(match.start("number"), match.end("number"))
    if one is None or one.end >= len(doc) or doc[one.end].tag_ not in ("JJ", "RB"):
        return False
    if doc[one.end].lower_ in _ADDED:
        return False  # "will miss one additional game": one more, counted
    text = match.string[max(0, match.start() - 18) : match.start()]
    if re.search(_ONE_COUNTS_AFTER, text) or re.search(
        r"\b(?:only|just)\s+(?:the\s+)?$", text, re.I
    ):
        return False  # "only one", "just the one full session": counted
    if _DESCRIBED_IN_AN_EVENT.match(match.string, match.end("number")):
        return False  # "one young man was arrested": a casualty count
    sent = one[0].sent
    return not any(t.like_num and t.i != one.start and not _YEAR.fullmatch(t.text) for t in sent)


#: Adjectives after "one" that add one to a count said or implied ("one more point").
_ADDED = frozenset({"additional", "more", "further", "extra", "other", "another"})
#: A year, which counts nothing beside a "one".
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def lone_one(match: re.Match[str], kind: QuantityKind, unit: str, text: str, end: int) -> bool:
    """ "one" counts nothing unless scaled ("one million"), and never in "one of the three";
    a capitalised number word before a capitalised word is a title ("Three Tiers")."""
    word = match.group("number")
    if word.isdigit() or match.group("scale") or match.group("number2"):
        return False
    if word.lower() == "one" and OF_WHICH.match(text, end):
        return True  # "19 banks, only one of which": the banks are counted, not the one
    if word.lower() == "one" and kind in ("count", "number") and not OF_THE.match(text, end):
        # "only one goal", "more than one", "one Chilean", "one tool" count; a sentence's
        # opening "One reading", "one way", "one direction" do not.
        if _MARGIN_AFTER.match(text, match.end()):
            return False  # "nine goals, one behind Ronaldo": a margin
        if _ONE_AND_THE_OTHER.match(text, match.end()):
            return True  # "to one ear before the other": one of a pair, no count
        said_before = text[max(0, match.start() - 14) : match.start()]
        if re.search(r"\b(?:the|any)\s+(?:only\s+)?$", said_before, re.I) and not re.search(
            r"\b(?:only|just)\s+the\s+$", said_before, re.I
        ):
            return True  # "the one team in the best position", "any one bank", "the only one"
        if re.search(_ONE_COUNTS_AFTER, said_before) or re.search(
            r"\b(?:Only|Just)\s+$", said_before
        ):
            return False  # "only one goal", "Only one man said no"
        by_one = re.search(r"\bby\s+$", text[max(0, match.start() - 4) : match.start()])
        if (
            _ONE_SAYS.match(text, match.end())
            or (_SAYS_ONE.search(said_before) and _VOICE_CLOSES.match(text, match.end()))
            or (by_one and _BY_ONE_ESTIMATE.match(text, match.end()))
        ):
            return True  # "as one activist put it", "said one trader", "by one estimate"
        if _ONE_AS_PRONOUN.search(text, max(0, match.start() - 24), match.start()) and re.match(
            r"\s*(?:[,.;:]|(?:because|that|which|who|and|but|is|was)\b)", ahead(text, match.end())
        ):
            return True  # "a crucial one because", "the big one, which": a pronoun
        if unit.lower() in ("case", "instance", "example") and re.search(
            r"\bin\s+$", text[max(0, match.start() - 4) : match.start()], re.I
        ):
            return True  # "In one case, police used tear gas": an instance, no count
        if _ONE_IN_AN_EVENT.match(text, match.end()):
            return False  # "One person who was not on the bus was killed": a casualty count
        if _CONTEST_AFTER.match(text, match.end("number")):
            return False  # "a one-match ban": its length in contests
        before = max(0, match.start() - _OPENING_REACH)  # "^" holds only at the text's start
        opening = SENTENCE_START.search(text, before, match.start())
        owned = _OWNED_AFTER.match(text, match.end("number"))
        return kind == "number" or bool(opening or owned) or unit.lower() in _ONE_IDIOMS
    if word.lower() == "one" and OF_THE.match(text, end):
        return True  # "one of the three ministers": the three are counted, not the one
    after = ahead(text, match.end("number"))
    if shouted(word, after.split(maxsplit=1)[0] if after.strip() else ""):
        return False  # "ELEVEN POLICE KILLED": a headline in capitals, a count
    return word[0].isupper() and titles_a_name(after)


#: After a bare number word that closes its phrase: a stop, a conjunction or a
#: preposition ("won two.", "play five while", "five on Ronaldo", "two from China").
_PHRASE_CLOSES = re.compile(
    r"\s*(?:[,.;:!?)]|$)|\s+(?:and|but|while|whereas|on|from|by|for|in|to|with|against"
    r"|because|as|after|before|since|when|so)\b"
)
#: Before a number word: another number and a comma, a list of guesses ("four, five or six").
_GUESS_BEFORE = re.compile(rf"(?:\d|{WORD_NUMBER})\s*,\s*$", re.I)
#: Before a number word: words that make it a rank or a name ("number two", "the top five").
_RANK_BEFORE = re.compile(r"\b(?:number|no\.|top|chapter|page|channel|round|stage)\s+$", re.I)


#: Before an elliptic "one": joined on to what was counted ("..., and one", "and one").
_ONE_MORE = re.compile(r"(?:,|\band)\s+$")
#: After it: where that one is, not "one in five" (a ratio) nor "one of them".
_ONE_WHERE = re.compile(
    r"\s+(?:(?:near|at|on|from|outside|inside)\s|(?:overseas|abroad|elsewhere)\b"
    r"|in\s+(?!\d|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|every|a\s+hundred)\b))"
)


def repeats_a_count(text: str, match: re.Match[str], value: float) -> bool:
    """Whether a bare number word may repeat the noun of a count said before it in its
    sentence ("won three prizes, while Mary Poppins won two", "cut six regiments to five",
    "seven on Heinze, five on Ronaldo"): a whole number from two, closing its phrase, no
    rank. The caller keeps it only if that count is found."""
    word = match.group("number")
    if (
        word == "one"
        and _ONE_MORE.search(text, 0, match.start())
        and _ONE_WHERE.match(text, match.end())
    ):
        return True  # "three attacks in Canada, and one near Rochester": one more attack
    if not word.isalpha() or value < 2 or value != int(value):
        return False
    if word[0].isupper() and text.startswith(",", match.end()):
        return False  # "Three, harden our defences": the third of a list of points
    before = text[max(0, match.start() - 10) : match.start()]
    if _RANK_BEFORE.search(before) or _GUESS_BEFORE.search(before):
        return False
    return bool(_PHRASE_CLOSES.match(text, match.end()))


#: Words after which a bare decimal is a value ("fell to 61.2", "was 3.5").
_FIGURE_BEFORE = re.compile(
    r"\b(?:to|from|at|of|by|was|is|were|are|be|been|reached|hit|stood|rose|fell|dropped"
    r"|climbed|averaged|scored|measured|about|around|nearly|than)\s+$",
    re.I,
)


#: After a number word whose noun is left out, "more" adds it to a count: "two more in
#: Florida", "14 more ready to be confirmed" (as "another four" does before it).
_MORE_AFTER = re.compile(
    r"\s+more\s*(?:[,.;:)]|(?:in|on|at|for|from|to|with|by|ready|were|are|was|is|have|had"
    r"|will|would|could|may|might)\b)",
    re.I,
)


#: A decimal joined to one before it: "6.7 in Germany and 15.8 in the Netherlands".
_DECIMAL_AFTER = re.compile(r"\d\.\d+\b[^.;:]{0,30}\b(?:and|or|to|against|versus|vs)\s+$", re.I)


#: Before a number, the first side of a tally: "confirmed 92 to 0".
_TALLY_BEFORE = re.compile(r"\b\d{1,3}\s+to\s+$")
#: A bare number as a comparison's second term or a part of a count just said ("10 cores,
#: compared with two for rivals", "26 plants, including two in Hebei"): a count.
_SECOND_TERM = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|including)\s+$", re.I)


def worth_keeping(text: str, match: re.Match[str], value: float, scale: float) -> bool:
    """A bare number with no unit: keep scaled ones, decimals ("the index dropped to 61.2")
    and "four of the five"."""
    if match.group("number2") is not None or scale != 1:
        return True
    if RATE_NEXT.match(text, match.end()):
        return True  # "40 a day": a rate, whatever it counts
    if value == 0 and _TALLY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True  # "confirmed 92 to 0": the other side of a tally (not "4 to 1", a ratio)
    if _MARGIN_AFTER.match(ahead(text, match.end())):
        return True  # "four ahead of Yelling": a margin
    if re.fullmatch(r"\d+\.\d+|\d{1,3}(?:,\d{3})+\.\d+", match.group("number")):
        # "the index fell to 61.2" is a figure; "sonnet 4.6" and "(2026.02)" are not.
        if re.fullmatch(r"(?:19|20)\d\d\.\d\d", match.group("number")):
            return False
        before = text[max(0, match.start() - 48) : match.start()]
        return bool(_FIGURE_BEFORE.search(before[-16:]) or _DECIMAL_AFTER.search(before))
    if re.fullmatch(r"\d{1,3}(?:,\d{3})*", match.group("number")) and value >= 2:
        # "with 17 at its offices", "Unison's 70,000": a count whose noun was said before
        return not re.match(r"\s*(?:[-–/:.]\d|[A-Z])", text[match.end() : match.end() + 3])
    if value >= 2 and (
        ANOTHER_BEFORE.search(text, max(0, match.start() - 12), match.start())
        or _MORE_AFTER.match(text, match.end())
    ):
        return True  # "another four, or another eight years", "buying two more in Florida"
    second = _SECOND_TERM.search(text, max(0, match.start() - 20), match.start())
    if _VERB_AFTER.match(text, match.end()) or second:
        return value >= 2  # "Two were dressed as dandies", "compared with two for rivals"
    if re.search(r"\b(?:only|just|exactly)\s+$", text[max(0, match.start() - 9) : match.start()]):
        # "only one showed the wings": a count limited, its noun said before; not the
        # pronoun of "only one of which", "just one of many"
        return not re.match(r"\s+of\b", ahead(text, match.end()))
    return bool(OF_THE.match(text, match.end()))


#: Where a number word with no noun stands for a group of its own: "release the four".
_GROUP_DEPS = frozenset("nsubj nsubjpass dobj pobj conj appos".split())


def names_a_group(doc: Doc | None, match: re.Match[str], value: float) -> bool:
    """Whether a number word after "the" or "one of" is a noun of its own, a group counted
    ("agreed to release the four", "the two that receive the fewest votes", "one of five in
    the regiment"); not a name ("the Six Nations") nor a number whose noun follows ("the two
    men", "one of five children")."""
    word = match.group("number")
    if doc is None or not word.isalpha() or not word.islower() or value < 2:
        return False
    span = span_of(doc, match.start("number"), match.end("number"))
    if span is None or len(span) != 1 or span[0].i < 2:
        return False
    token = span[0]
    if token.doc[token.i - 2 : token.i].text.lower() == "one of":  # "my mother, one of four,"
        return token.i + 1 == len(token.doc) or token.nbor().pos_ not in _NOUN_TAGS
    if token.nbor(-1).lower_ != "the":
        return False
    return token.dep_ in _GROUP_DEPS and not any(c.lower_ == "of" for c in token.children)


_NOUN_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


#: A model named by a make and a number: "Boeing 757", "Airbus 380" (not "March 2016",
#: "Page 10": a month, a year, a short number).
_MODEL_NAME = re.compile(r"\b(?:[A-Z][a-z]+|[A-Z]{2,})\s(\d{3,4})\b(?![,.]?\d|\s*%)")
_NOT_MAKES = frozenset(
    "In On At By Of For From To Since Until And Or But The A An About Some Nearly Over Under "
    "Page Room Route Flight".split()
)


def model_numbers(text: str) -> frozenset[str]:
    """The numbers ``text`` names a model by ("his Boeing 757"): a bare one of them
    elsewhere is the model ("the 757 might seem an odd choice"), not a figure."""
    found = set()
    for match in _MODEL_NAME.finditer(text):
        make, number = match[0].split()[0], match.group(1)
        if make in _NOT_MAKES or re.fullmatch(MONTHS, make, re.I):
            continue
        if SENTENCE_START.search(text, max(0, match.start() - 4), match.start()):
            continue  # "Another 900 will go": a sentence's first word, no make
        if not re.fullmatch(r"(?:1[5-9]|20)\d\d", number):  # "in Texas 2016": a year
            found.add(number)
    return frozenset(found)
