"""A timeline entry in the words of its own sentence.

An entry reads as a person would write it when it is cut from the sentence
that states it, with the sentence's own verb and tense: "OpenAI terminated
API services", "China added an estimated 540 GW of new generation capacity".
The cut runs from where the claim's subject (or its metric) starts to where
the figure, or the event's object, ends, carried on through the words that
say what the figure counts ("of new generation capacity") up to the next
clause. Asides inside it (brackets, ", which ...,", dashes) and citation
marks are dropped. A cut that cannot be found, or runs too long to read at a
glance, gives None, and the caller falls back to its template.

Nothing is generated: every word comes from the stored sentence, in order.

Examples
--------
>>> claim = {"kind": "event", "subject": "OpenAI", "metric": "terminate API services",
...          "quantity_text": None, "sentence": "Separately, OpenAI, which had led, "
...          "terminated API services for developers in China in mid-2024.[8]"}
>>> clause(claim)
'OpenAI terminated API services'
>>> clause({"kind": "physical", "subject": "China", "metric": "new generation capacity",
...         "quantity_text": "540 GW", "sentence": "In 2025, China added 540 GW of new "
...         "generation capacity, about 8.5 times US additions."})
'China added 540 GW of new generation capacity'
"""

from __future__ import annotations

import re
from typing import Any

from extractors.asides import without_asides

__all__ = ["clause", "inflected"]

#: The longest cut that reads at a glance; longer ones fall back to a template.
MOST_WORDS = 22
#: How far past the figure the words saying what it counts may run.
TAIL_WORDS = 8

_CITATION = re.compile(r"\[\d+\]")
#: Where the words that follow a figure stop telling what it counts: clause
#: punctuation, or a word that opens another figure or clause.
_TAIL_STOP = re.compile(
    r"[,;:.!?()\[\]—–\"“”]|\s(?:to|from|against|versus|vs|while|and|but|after|before|"
    r"compared|up|down|as|which|who|that)\s",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
#: A figure compared with something ("17 times less than Western flagships").
_COMPARED = re.compile(r"\s+(?:less|more|\w+er)\s+than\s", re.IGNORECASE)
#: A figure followed by another in a list, before the figure a cut ends at.
#: (A comma inside a number, "512,000", separates thousands, not figures.)
_LISTED = re.compile(
    r"\d\s*(?:%|percent|per cent)?\s*(?:,\s+|\s+or\s+)(?:about\s+|roughly\s+)?[$€£¥]?\d"
)
#: How far past the figure a list it opens is looked for ("36%, about 45%").
LIST_LOOKAHEAD = 16
_WORD = re.compile(r"[\w$€£¥%.,'’-]+")


def clause(claim: dict[str, Any]) -> str | None:
    """The words of ``claim``'s sentence that state it, or None when none read well."""
    sentence = plain_sentence(claim)
    if not sentence:
        return None
    if claim.get("kind") == "event":
        return _event_clause(sentence, claim)
    return _figure_clause(sentence, claim)


def plain_sentence(claim: dict[str, Any]) -> str:
    """The claim's sentence on one line, its citation marks ("[4]") left out."""
    return " ".join(_CITATION.sub("", claim.get("sentence") or "").split())


def _figure_clause(sentence: str, claim: dict[str, Any]) -> str | None:
    figure = claim.get("quantity_text") or ""
    at = _find(sentence, figure)
    if not figure or at < 0:
        return None
    start = _start(sentence, claim, before=at)
    if start is None:
        return None
    end = at + len(figure)
    stop = _TAIL_STOP.search(sentence, end)
    tail_end = stop.start() if stop else len(sentence)
    tail = sentence[end:tail_end]
    if len(tail.split()) <= TAIL_WORDS and (
        _shares_word(tail, claim.get("metric")) or _COMPARED.match(tail)
    ):
        end = tail_end
    else:
        end += _named_next(tail, claim.get("metric"))  # "a 68% 'supply growth' in ..."
    if _LISTED.search(sentence, start, min(len(sentence), end + LIST_LOOKAHEAD)):
        return None  # "hold 36%, about 45%, 37.1% or 61%": one figure of a list reads wrong
    # "Birmingham's new £189m library had | to shed staff": no auxiliary left hanging.
    return _readable(_TRAILING_AUXILIARY.sub("", sentence[start:end]))


#: A verb's helper at the end of a cut, whose verb the cut left out.
_TRAILING_AUXILIARY = re.compile(
    r"\s+(?:had|has|have|was|were|is|are|will|would|could|can|may|might|must|should|did|"
    r"does|do)\s*$"  # lower case: "in May" is a month
)


def _named_next(tail: str, metric: str | None) -> int:
    """How much of the words right after a figure name what it counts (the metric's
    words, within the first four words, a closing quote kept): 0 when they do not.

    >>> _named_next(" 'supply growth' in this category in 2017-18 in India", "supply growth")
    16
    """
    wanted = {w for w in (metric or "").lower().split() if len(w) > 2}
    last = 0
    for n, match in enumerate(_WORD.finditer(tail)):
        if n >= 4:
            break
        word = match.group()
        if word.strip("'’\".,-").lower() in wanted:
            last = match.start() + len(word.rstrip("'’\".,-"))
    if last and tail[last : last + 1] in ("'", "’", '"', "”"):
        last += 1
    return last


def _event_clause(sentence: str, claim: dict[str, Any]) -> str | None:
    start = _start(sentence, claim, before=len(sentence), metric=False)
    if start is None:
        return None
    words = (claim.get("metric") or "").split()
    if len(words) < 2:
        # A verb alone ("agent run") ends where its clause does: "Its agent now runs on
        # a mix of models" (the verb as written, within a few words of the subject).
        subject = len((claim.get("subject") or claim.get("subject_entity") or "x").split())
        return _clause_of_verb(sentence, start, words[0], subject) if words else None
    last = _find(sentence[start:], words[-1])
    if last < 0:
        return None
    end = start + last + len(words[-1])
    # A name the object's last word opens runs on ("first official State | of the Union").
    name = _NAME_GOES_ON.match(sentence, end) if words[-1][:1].isupper() else None
    return _readable(sentence[start : name.end() if name else end])


#: The rest of a capitalised name: "of the Union", "and Wales".
_NAME_GOES_ON = re.compile(r"(?:\s+(?:of|the|and|for|on)\b)*(?:\s+[A-Z][\w’'-]*)+")


def inflected(lemma: str) -> re.Pattern[str]:
    """A verb's lemma or any inflection of it, as a whole word ("carry": "carried",
    "process": "processed", "run": "runs").

    >>> [bool(inflected("carry").search(w)) for w in ("carried", "carry", "cart")]
    [True, True, False]
    """
    stem = lemma[:-1] + "i" if lemma.endswith("y") else lemma.rstrip("e")
    return re.compile(rf"\b(?:{re.escape(lemma)}|{re.escape(stem)}\w+)\b", re.IGNORECASE)


def _clause_of_verb(sentence: str, start: int, lemma: str, subject: int = 1) -> str | None:
    """From ``start`` through the verb (as written, "runs" for "run") to its clause's end;
    the verb within VERB_REACH words of the subject's ``subject`` words."""
    found = inflected(lemma).search(sentence, start)
    if found is None or len(sentence[start : found.start()].split()) > VERB_REACH + subject:
        return None
    stop = _CLAUSE_END.search(sentence, found.end())
    return _readable(sentence[start : stop.start() if stop else len(sentence)])


#: How many words after the subject its verb may come ("its agent now runs").
VERB_REACH = 5
#: Where a clause ends: its punctuation, or a word that opens another clause.
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]—–\"“”]|\s(?:while|but|after|before|as|which|who)\s")


def _start(sentence: str, claim: dict[str, Any], *, before: int, metric: bool = True) -> int | None:
    """Where the cut starts: the subject as written, or the metric when the sentence
    names it first ("the combined share of major US hyperscalers dropped ...")."""
    found = []
    for words in (claim.get("subject"), claim.get("subject_entity")):
        at = _find(sentence, words or "")
        if words and 0 <= at < before:
            found.append(at)
            break
    if metric and found:
        at = _find(sentence, claim.get("metric") or "")
        if claim.get("metric") and 0 <= at < found[0]:
            found.append(at)
    if not found:
        return None
    start = _list_start(sentence, min(found))
    article = _ARTICLE.search(sentence[:start])
    return article.start() if article else start  # "The product reads ...", not "Product"


def _list_start(sentence: str, start: int) -> int:
    """The start of a list the subject ends ("A, B, and DeepSeek V3.2 accounted for"):
    the figure is the whole list's, so the cut starts where the clause does."""
    before = sentence[:start]
    if not re.search(r",?\s+and\s*$", before):
        return start
    boundary = max(before.rfind(": "), before.rfind("; "), before.rfind(" — "))
    return boundary + 2 if boundary >= 0 else 0


def _find(sentence: str, words: str) -> int:
    """Where ``words`` start in ``sentence`` as whole words, ignoring case; -1 if not."""
    if not words.strip():
        return -1
    match = re.search(
        r"(?<![\w$€£¥])" + re.escape(words.strip()) + r"(?![\w%])", sentence, re.IGNORECASE
    )
    return match.start() if match else -1


def _shares_word(text: str, metric: str | None) -> bool:
    wanted = {w for w in (metric or "").lower().split() if len(w) > 2}
    return bool(wanted & {w.lower() for w in _WORD.findall(text)})


def _readable(cut: str) -> str | None:
    cut = without_asides(cut).strip(" ,;:—–")
    if not cut or len(cut.split()) > MOST_WORDS or cut.count('"') % 2 or _unbalanced(cut):
        return None
    return cut[:1].upper() + cut[1:]


def _unbalanced(cut: str) -> bool:
    """Whether a quotation, bracket or dashed aside opens in the cut and does not close
    there ("April moderation in Chinese model share — from 61 percent")."""
    dashes = len(re.findall(r"\s[—–]\s", cut))
    return cut.count("(") != cut.count(")") or cut.count("“") != cut.count("”") or dashes % 2 == 1
