"""The parse a claim frame is read from: a figure's head, its clause's verb and subject.

Small, shared readings of the dependency tree for :mod:`extractors.claims` and its
parts: the token heading a figure ("below 2 *percent*"), the noun it modifies ("a
36% *share*"), the verb of its clause, that verb's subject, an "of" object, and who
owns a measure ("Chinese models' share").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractors.figure_measured import gerund_objects, range_root, relative_subject

#: Dependency labels by which a figure modifies the noun it measures.
MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "quantmod", "npadvmod", "nmod"})


def hyphened_start(doc: Doc, index: int) -> int:
    """Where the hyphened word that ends at token ``index`` starts: the parse splits
    "co-productions" and "by-elections" into three tokens and may hang them apart.

    >>> import spacy
    >>> doc = spacy.blank("en")("UK co-productions fell")
    >>> doc[hyphened_start(doc, 3) : 4].text
    'co-productions'
    """
    first = index
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
        and doc[first - 2].is_alpha
    ):
        first -= 2
    return first


def figure_root(span: Span) -> Token:
    """The head of the figure itself: in "below 2 percent" that is "percent", not "below"."""
    root = range_root(span, span.root)  # "a sentence of 16 months to four years"
    for _ in range(3):
        if root.pos_ not in ("ADP", "ADV", "ADJ", "SCONJ") or root.i == span.end - 1 > span.start:
            break  # "6.5 billion reais" (tagged ADJ): the unit is the head
        inner = [t for t in root.children if span.start <= t.i < span.end]
        if not inner:
            break
        root = max(inner, key=lambda t: len(list(t.subtree)))
    return root


def measured_noun(root: Token, inside: set[int]) -> Token | None:
    """The noun a figure modifies: "a 36% share" -> share."""
    head = root.head
    if root.dep_ in MODIFIER_DEPS and head.i not in inside and is_nominal(head):
        return head
    return None


#: Dependency labels only nouns take: a word in one is a noun whatever its tag says
#: (the small model tags "share" in "a 10% token volume share" as a verb).
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos", "conj"})


def is_nominal(token: Token) -> bool:
    """A noun, or a word in a noun's place with a determiner ("a 10% token volume share")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    has_determiner = any(c.dep_ in ("det", "poss", "nummod") for c in token.children)
    return token.dep_ in NOMINAL_DEPS and has_determiner


def governing_verb(token: Token) -> Token | None:
    """The verb (or copula) of the clause the token is in."""
    current = token
    for _ in range(12):  # parse trees are shallow; this bounds a malformed one
        # An auxiliary, of a passive too ("Two *were* dressed"), is not the clause's verb.
        auxiliary = current.dep_ in ("aux", "auxpass")
        if current.pos_ in ("VERB", "AUX") and not auxiliary and not is_nominal(current):
            return current
        if current.head is current:
            return None
        current = current.head
    return None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, looked for up a conjunct, complement or relative clause."""
    conjoined = False
    for _ in range(4):
        subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass", "expl")]
        subjects = [t for t in subjects if not relative_subject(t)] or subjects
        if subjects:
            # Two subjects means a clause was misattached: the nearest one is the verb's.
            subject = min(subjects, key=lambda t: abs(t.i - verb.i))
            shared = _antecedent(subject, verb) if conjoined else None
            return shared or _never_a_preposition(subject)
        if verb.dep_ in ("conj", "xcomp", "advcl", "relcl") and verb.head is not verb:
            if verb.dep_ == "relcl":
                return verb.head  # "models that hold 36%": the noun the clause describes
            conjoined = verb.dep_ == "conj"
            verb = verb.head
            continue
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "(they) won by delivering 80%": the doer of the main clause
            continue
        return None
    return None


def _antecedent(subject: Token, verb: Token) -> Token | None:
    """ "Maria Lopez, who grew up there but is in second place with 31 percent": a
    relative pronoun subject, reached up from a second verb joined to the relative
    clause's, stands for the noun the clause describes (the relative clause's own verb
    is :func:`extractors.figure_agents.relative_antecedent`'s, which reads it warily)."""
    if subject.lower_ != "who" or subject.tag_ != "WP":
        return None  # "which" as often stands for a clause, a figure or a misparse
    if verb.dep_ != "relcl" or verb.head.pos_ != "PROPN":
        return None  # a named one: the small model joins a later verb to a common noun's clause
    return verb.head


def _never_a_preposition(subject: Token) -> Token | None:
    """A subject is a noun phrase: a preposition the parser made one ("between 1.8m and
    2.6m people marched") stands for its noun object, "people"."""
    if subject.pos_ != "ADP":
        return subject
    return next(
        (c for c in subject.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None
    )


def measured_object(verb: Token) -> Token | None:
    """The verb's object when it names a measure ("comparing token *share*")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in MEASURE_NOUNS:
            return child
    return None


#: Nouns that are themselves a measure, so a subject like "the share" is the metric.
MEASURE_NOUNS = frozenset(
    "share price prices cost costs revenue revenues sales profit profits growth rate "
    "volume usage traffic value valuation output demand supply spending income "
    "market number total count margin turnover inflation unemployment".split()
)


def of_object(token: Token) -> Token | None:
    """The object of the token's "of" ("share of *token usage*", "of selling *cars*")."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [t for t in child.children if t.dep_ == "pobj"] or gerund_objects(child)
            if objects:
                return objects[0]
    return None


#: Measures whose "of" names who gives them, not who holds them: "5 percent support of the
#: black vote" is the candidate's support, given by that vote.
_GIVEN_BY_OF = frozenset({"support", "backing"})


def owner_of(noun: Token) -> Token | None:
    """Whose the measure is: "Chinese models' share", "the share of Chinese models"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    if noun.lemma_.lower() in _GIVEN_BY_OF:
        return None  # "5 percent support of the black vote": the vote gives it; who holds it
    complement = of_object(noun)
    if complement is not None and any(
        t.ent_type_ in ("ORG", "NORP", "GPE", "PERSON") for t in complement.subtree
    ):
        return complement  # "the combined share of major US hyperscalers"
    return None


#: Tags of a finite verb or a modal: a sentence with one states something.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_caption(sent: Span) -> bool:
    """A photo caption in feed text: its root is a present participle with no auxiliary
    and no finite verb anywhere ("Oscar Pistorius arriving at court in 2016."). It shows
    a moment, it reports nothing: no event, no figure to date.
    """
    root = sent.root
    if root.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in sent)
