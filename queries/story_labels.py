"""A story's label: the key phrase a person would write, from its titles and leads.

A list of entities ("MiniMax, OpenRouter, API") says who is in a story, not
what it is about. The label is instead the phrase its documents share: word
sequences of two to six words from the titles and first sentences, scored by
how many of the story's documents contain them, longer for more specific,
better when they name one of the story's telling entities. What no one would
write is never a candidate: page furniture ("Skip to content"), credits ("AP
Photo/John Minchillo"), disclaimers, and shouting (all-caps lines).

A story of one document, or whose documents share no phrase, is labelled by
its best title, cut at a clause; with no usable title, by its entities.

Examples
--------
>>> titles = [
...     "Cameo nightclub shooting: two dead in Cincinnati",
...     "Police name victims of Cameo nightclub shooting",
...     "NEED PEOPLE TO COME FORWARD, police say",
... ]
>>> key_phrase(titles, ["Cameo", "Cincinnati"])
'Cameo nightclub shooting'
>>> key_phrase(["Skip to content", "AP Photo/John Minchillo"], [])
''
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["furniture", "key_phrase", "usable_lines"]

#: Longest shared phrase, in words.
MAX_WORDS = 6
#: Longest title used as a label, in words (a headline is cut, not a phrase).
TITLE_WORDS = 10
#: Words a phrase does not start or end with.
STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with as is are was were be been
    has have had it its this that these those their his her our your my we you they he
    she i not no so than then there here about into over after before up down out new
    says said say will would could should may might can also just more most very how what
    why who when where which while amid via vs per""".split()
)
#: Numbers and spans of time: "three months" is shared by many stories and names none.
COUNTING = frozenset(
    """one two three four five six seven eight nine ten eleven twelve hundred thousand
    million billion trillion first second third last next half quarter percent per cent
    day days week weeks month months year years today yesterday tomorrow""".split()
)
#: Lines that are page furniture, credits or disclaimers rather than a title.
_FURNITURE = re.compile(
    r"skip to (?:main )?content|informational purposes|capital at risk|all rights reserved|"
    r"subscribe|sign up|cookie|privacy policy|terms of (?:use|service)|newsletter|"
    r"advertisement|read more|click here|photo\s*/|getty images|reuters/|\bap/|"
    r"^(?:menu|home|search|share|print)$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9][\w'’&.-]*[\w]|[A-Za-z0-9]")
_CLAUSE = re.compile(r"\s+(?:[-–—|:]|\u2014)\s+|[.;!?]\s|:\s")


def furniture(line: str) -> bool:
    """Whether a line is not something a person would call the story: page furniture,
    a credit, a disclaimer, or shouting.

    >>> furniture("NEED PEOPLE TO COME FORWARD"), furniture("AP Photo/John Minchillo, AP/WDTN")
    (True, True)
    >>> furniture("Chinese AI models gain ground")
    False
    """
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) < 3:
        return True
    capitals = sum(ch.isupper() for ch in letters)
    if capitals / len(letters) > 0.6 and len(letters) > 6:
        return True  # shouting, or a credit line in capitals
    return bool(_FURNITURE.search(line))


def usable_lines(texts: Iterable[str | None]) -> list[str]:
    """The lines of titles and leads that can label a story, whitespace folded."""
    lines = []
    for text in texts:
        for line in (text or "").splitlines():
            line = " ".join(line.split())
            if line and not furniture(line):
                lines.append(line)
    return lines


def key_phrase(texts: Sequence[str | None], entities: Sequence[str]) -> str:
    """The phrase most of ``texts`` (one per document: its title and lead) share.

    ``entities`` are the story's telling entity names, most telling first; a
    phrase naming one is preferred. Returns "" when nothing usable is found.
    """
    documents = [usable_lines([t]) for t in texts]
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for lines in documents:
        seen = set()
        for line in lines:
            for phrase in _phrases(line):
                key = phrase.casefold()
                spelling.setdefault(key, phrase)
                seen.add(key)
        counts.update(seen)
    shared = [k for k, n in counts.items() if n >= 2]
    if shared:
        best = max(shared, key=lambda k: (_score(k, counts[k], entities), k))
        return spelling[best]
    return _best_title(documents, entities)


def _phrases(line: str) -> Iterable[str]:
    """Word sequences of 2 to MAX_WORDS words within one clause, not starting or ending
    with a stopword or a number."""
    for clause in _CLAUSE.split(line):
        words = _WORD.findall(clause)
        for start in range(len(words)):
            if _weak(words[start]):
                continue
            for end in range(start + 2, min(start + MAX_WORDS, len(words)) + 1):
                if not _weak(words[end - 1]):
                    yield " ".join(words[start:end])


def _weak(word: str) -> bool:
    folded = word.casefold()
    return folded in STOPWORDS or folded in COUNTING or not any(ch.isalpha() for ch in word)


def _score(key: str, documents: int, entities: Sequence[str]) -> float:
    words = key.split()
    content = sum(not _weak(w) for w in words)
    named = any(e.casefold() in key for e in entities)
    # Documents sharing it count most; then specificity (content words), then an entity.
    return documents * 10 + content * 1.5 + (3 if named else 0) - 0.5 * (len(words) - content)


def _best_title(documents: Sequence[Sequence[str]], entities: Sequence[str]) -> str:
    """The title most like the other documents' words (naming a telling entity breaks a
    tie), cut at its first clause and to TITLE_WORDS words."""
    titles = [lines[0] for lines in documents if lines]
    if not titles:
        return ""
    vocabulary = [
        {w.casefold() for line in lines for w in _WORD.findall(line)} for lines in documents
    ]

    def central(index: int) -> tuple[int, bool, int]:
        words = {w.casefold() for w in _WORD.findall(titles[index]) if not _weak(w)}
        shared = sum(len(words & other) for other in vocabulary) - len(words)
        named = any(e.casefold() in titles[index].casefold() for e in entities)
        return shared, named, -index

    best = titles[max(range(len(titles)), key=central)]
    words = _CLAUSE.split(best)[0].strip(" ,;:-–—").split()
    if len(words) > TITLE_WORDS:
        words = words[:TITLE_WORDS]
        while words and _weak(words[-1]):
            words.pop()
    return " ".join(words)
