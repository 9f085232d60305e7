"""Cue kinds: which words are cues, and what each attributes.

A verb of speech says ("X said that ...", "X announced the plan"), a verb of
belief, intention or position holds ("X believes ...", "X plans to ...", "X
backs ..."), a framing verb frames ("X called Cruz a hypocrite"), and an
adjective of belief, intention or position does as its verb would ("X is
confident that ..."). Each is a cue only with something to attribute: a
clause, an infinitive, an object it takes for what is said, or a preposition
of content ("called for X"). The lexicons are :mod:`extractors.speech`'s;
:mod:`extractors.statement_cues` reads the cues off a sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.records import StatementKind
from extractors.speakers import DATA_NOUNS, DOCUMENT_NOUNS
from extractors.speech import (
    AS_FRAMING_VERBS,
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    FRAME_NOUNS,
    FRAMING_VERBS,
    INTENTION_ADJECTIVES,
    INTENTION_VERBS,
    PLAIN_SPEAKING_VERBS,
    POSITION_ADJECTIVES,
    POSITION_VERBS,
    SPEAKING_VERBS,
    SPEECH_VERBS,
)
from extractors.statement_clauses import LIGHT_VERBS
from extractors.statement_clauses import cue_lemma as _lemma

#: Complements that hold what a cue attributes, and the prepositions that do ("call for").
CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl"})
_CONTENT_PREPS = frozenset({"for", "on", "upon", "about", "against", "of", "that", "as"})
#: Speech verbs whose bare object is what is said: "announced the plan".
_OBJECT_SAYS = frozenset(
    "announce deny confirm predict claim urge reveal show demand state declare mention "
    "cite repeat reiterate echo recount concede acknowledge note recall question dismiss "
    "tweet retweet post discuss highlight allege proclaim stress emphasize emphasise "
    "admit suggest recommend propose decry lament explain detail outline".split()
)
#: Verbs of intention and belief whose plain object is what is wanted or held:
#: "wants a vote", "seeks the nomination", "expects a fight" (not "knows Trump").
_OBJECT_HELD = frozenset(
    "want seek propose promise threaten plan prefer wish push vow pledge expect predict".split()
)
#: Every word that may attribute, to pass the rest of a sentence by quickly.
CUE_LEMMAS = (
    SPEAKING_VERBS
    | SPEECH_VERBS
    | FRAMING_VERBS
    | BELIEF_VERBS
    | INTENTION_VERBS
    | POSITION_VERBS
    | BELIEF_ADJECTIVES
    | INTENTION_ADJECTIVES
    | POSITION_ADJECTIVES
    | {"put", "sum"}
)
#: Speech verbs a headline's capitals make proper nouns of ("Trump Says ...").
HEADLINE_CUES = frozenset({"says", "said", "tells", "warns", "urges", "vows", "slams"})


#: Verbs of what an actor holds or means (built once: they are checked per token).
_HELD_OR_MEANT = BELIEF_VERBS | INTENTION_VERBS


def is_cue_word(token: Token) -> bool:
    """Whether the word may attribute as a cue of its own ("said", "backs", "hopes")."""
    return _lemma(token) in CUE_LEMMAS or token.lower_ in HEADLINE_CUES


def generic_kind(verb: Token) -> StatementKind | None:
    """A verb outside the lexicon that attributes by its clause: what its subject holds
    or says ("X figured the race was over", "X reasoned that ..."). A light or causative
    verb's clause is what it makes happen ("had the wealthy pay more"), not a view."""
    if _lemma(verb) in LIGHT_VERBS:
        return None
    if any(c.dep_ == "ccomp" and _said_clause(verb, c) for c in verb.children):
        return "indirect"
    return None


def _said_clause(verb: Token, clause: Token) -> bool:
    """A finite clause right after its verb, opened by "that" or its own subject, with the
    verb's subject before the verb ("X figured the race was over")."""
    if clause.i < verb.i or clause.pos_ not in ("VERB", "AUX") or clause.ent_type_:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    first = clause.left_edge
    if first.i - verb.i > 3 or (
        first.tag_ in ("WRB", "WP", "WDT", "IN") and first.lower_ != "that"
    ):
        return False  # "how", "what", "if": a question, not what is held
    if any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
        return False  # "allow developers to route ...": what is let happen, not what is held
    return any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children) or (
        first.lower_ == "that"
    )


def cue_kind(token: Token, quoted: bool) -> StatementKind | None:
    """What a word attributes, when it is a cue here: speech, belief, intention, position."""
    lemma = _lemma(token)
    if token.pos_ == "ADJ":
        if token.dep_ != "acomp" or not _complements(token):
            return None
        if lemma in BELIEF_ADJECTIVES:
            return "belief"
        if lemma in INTENTION_ADJECTIVES:
            return "intention"  # "X is willing to negotiate"
        return "position" if lemma in POSITION_ADJECTIVES else None  # "critical of X"
    if token.pos_ == "PROPN" and token.lower_ in HEADLINE_CUES and token.i > 0:
        return "indirect"  # "Trump Says His Plan Will Work": a headline's capitals
    if token.pos_ != "VERB":
        return None
    if lemma in FRAMING_VERBS and lemma not in SPEECH_VERBS | SPEAKING_VERBS:
        return "position" if _speech_act(token, quoted) else None
    if lemma in SPEAKING_VERBS or lemma in SPEECH_VERBS:
        if lemma in BELIEF_VERBS:
            return "belief" if _complements(token) else None
        return "indirect" if _speech_act(token, quoted) or _says(token, lemma, quoted) else None
    if not _complements(token):
        return None
    held = lemma in _OBJECT_HELD and any(c.dep_ == "dobj" for c in token.children)
    if lemma in _HELD_OR_MEANT and not (_holds_a_proposition(token) or held):
        return None  # "knows Trump": a thing, not what is held or meant ("wants a vote" is)
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "to seek", "to think about": a view or aim meant, not held
    if token.dep_ == "acl" and token.tag_ == "VBG" and lemma in _HELD_OR_MEANT:
        return None  # "governors seeking to stem his rise": who they are, not what they say
    if lemma in BELIEF_VERBS:
        return "belief"
    if lemma in INTENTION_VERBS:
        return "intention"
    done = any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children)  # "did support"
    if lemma in POSITION_VERBS and (token.tag_ != "VB" or done):
        return "position"  # (not "to back", "would back", "must oppose": no position taken yet)
    return None


def _holds_a_proposition(verb: Token) -> bool:
    """A clause, an infinitive or "that" ("believes that ...", "plans to ..."), or a
    preposition of content ("hopes for ...")."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "advcl") or (content_prep(c) and c.lower_ != "of")
        for c in verb.children
    )


def _says(verb: Token, lemma: str, quoted: bool) -> bool:
    """A speech verb of the wider lexicon with something said: a clause, a quotation, "for".

    An object alone says something only for verbs that take what is said as
    one ("announced the plan", "denied the report"); "added capacity" and
    "wrote a book" say nothing.
    """
    if lemma == "call":  # "called for X", "called on X to ...", "calls for X to do Y"
        return any(
            (c.dep_ == "prep" and c.lower_ in ("for", "on")) or _for_to(c) for c in verb.children
        )
    if quoted:
        return True
    clause = any(
        _is_clause(c) or c.dep_ == "xcomp" or content_prep(c) or question_clause(c)
        for c in verb.children
    )
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if has_object and lemma in _FINDING and _evidence(verb):
        return True  # "a survey found 90 percent support": what the evidence shows
    return clause or (has_object and lemma in _OBJECT_SAYS)


#: Verbs by which a study or a poll reports what it measured: "a survey found X".
_FINDING = frozenset({"find", "show", "reveal", "suggest", "indicate"})


def _evidence(verb: Token) -> bool:
    """Whether the verb's subject is a study, a poll or a document ("a survey found")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lemma_.lower() in DOCUMENT_NOUNS | DATA_NOUNS


def question_clause(child: Token) -> bool:
    """ "asked Trump if the project was still alive": a question the parser hangs from
    the verb as an adverbial clause, opened by "if" or "whether"."""
    return child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in child.children
    )


def _for_to(child: Token) -> bool:
    """ "for X to do Y", a clause the parser hangs from the verb with "for" as its mark."""
    return child.dep_ in ("advcl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in child.children
    )


def _complements(token: Token) -> bool:
    return _passive_with_agent(token) or any(
        c.dep_ in CONTENT_DEPS or content_prep(c) for c in token.children
    )


def _passive_with_agent(verb: Token) -> bool:
    """ "The proposal was rejected by voters": what the agent rejects is the subject."""
    deps = {c.dep_ for c in verb.children}
    return "agent" in deps and "nsubjpass" in deps


#: What one speaks "on" that is no topic: "spoke on condition of anonymity", "on the record".
_SPEAKING_ON = frozenset({"speak", "talk", "comment"})


def content_prep(child: Token) -> bool:
    """ "called for X", "warned against X"; not "on Monday", a time, nor "spoke on
    condition of anonymity" (how, not what, one speaks)."""
    if child.dep_ != "prep" or child.lower_ not in _CONTENT_PREPS:
        return False
    if child.lower_ == "on" and _lemma(child.head) in _SPEAKING_ON:
        return False
    objects = [t for t in child.children if t.dep_ == "pobj"]
    if child.lower_ == "on" and any(t.lemma_.lower() == "condition" for t in objects):
        return False  # "said, on condition of anonymity, ...": how, not what, one says
    return not any(t.ent_type_ in ("DATE", "TIME") for t in objects)


def _speech_act(verb: Token, quoted: bool) -> bool:
    """Whether a verb reports speech or framing here (not "it adds features")."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "put":  # "put it plainly"
        has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        return has_it and any(c.dep_ == "advmod" for c in children)
    if lemma == "sum":  # "summed up the pitch"
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
    if lemma in FRAMING_VERBS:
        return _frames(verb, lemma, children)
    if lemma not in SPEAKING_VERBS:
        return False
    clause = any(_is_clause(c) for c in children)
    if lemma in PLAIN_SPEAKING_VERBS or quoted or clause or verb.dep_ == "parataxis":
        return True  # (a parenthetical cue speaks for its sentence: "X, he added, is Y")
    # '... noted analysts at X': a subject after its verb is an attribution.
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in children)


#: Dependents that hold what a framing verb frames: "called Cruz the ultimate hypocrite".
_FRAMED = ("dobj", "oprd", "ccomp")


def _named_xcomp(child: Token) -> bool:
    """ "calling Trump a fascist": the parser may take the one named for an xcomp (a
    capitalised word, even one it read as the verb "trump"), not an infinitive."""
    no_to = not any(g.dep_ == "aux" for g in child.children)
    return child.dep_ == "xcomp" and child.is_title and no_to


def _frames(verb: Token, lemma: str, children: list[Token]) -> bool:
    objects = [c for c in children if c.dep_ in _FRAMED or _named_xcomp(c)]
    has_as = any(c.lower_ == "as" for c in children) or any(
        g.lower_ == "as" for o in objects for g in o.children
    )
    if lemma == "challenge" or (lemma == "dismiss" and not has_as):
        return any(o.lemma_.lower() in FRAME_NOUNS for o in objects)
    if lemma in AS_FRAMING_VERBS:
        return has_as
    named = any(c.dep_ == "oprd" for c in children)  # "called Cruz the ultimate hypocrite"
    if lemma == "call" and not named and any(c.dep_ in ("prep", "prt") for c in children):
        return False  # "called for", "called on", "called up"
    return bool(objects) or has_as


def _is_clause(child: Token) -> bool:
    """A clause said: a verb with its own subject or "that" ("added that prices fell"),
    not a word the parser took for a verb ("added roughly 8x the capacity")."""
    if child.dep_ not in ("ccomp", "parataxis") or child.pos_ not in ("VERB", "AUX"):
        return False
    if child.ent_type_:
        return False
    return child.dep_ == "parataxis" or any(
        g.dep_ in ("nsubj", "nsubjpass", "mark", "expl", "csubj") for g in child.children
    )
