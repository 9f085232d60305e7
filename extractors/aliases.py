"""Other names an article gives an entity, and the company-name variants it uses.

An article often declares that two names are one entity: an acronym in
brackets ("the Financial Services Authority (FSA)", or the other way round),
"also known as", "formerly", "now called". It also shortens a company's name
by its legal or descriptive suffix ("Zhipu AI" ... "Zhipu"; "Credit Suisse
Group" ... "Credit Suisse"). This module finds both, so that
:mod:`extractors.entities` can give every mention of one entity the same
canonical name, without an entities file.

An acronym counts only when its letters can be read, in order, from the words
of the name (Schwartz and Hearst's rule, 2003): "Balco" is "Bay Area
Laboratory Cooperative", while "S Bennett (Kent)" or "Ian McEwan (UK)" name a
club or a country, not the person.

Examples
--------
>>> is_abbreviation("FSA", "the Financial Services Authority")
True
>>> is_abbreviation("Balco", "Bay Area Laboratory Cooperative")
True
>>> is_abbreviation("UK", "Ian McEwan")
False
>>> designator_stem("Zhipu AI"), designator_stem("Alibaba Group Holding Ltd")
('Zhipu', 'Alibaba')
>>> designator_stem("Group") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "DESIGNATORS",
    "Declared",
    "bracketed_acronyms",
    "company_stem",
    "declared_aliases",
    "designator_aliases",
    "designator_stem",
    "is_abbreviation",
]

#: The last words of company names that a second mention drops ("Sony Corporation"
#: -> "Sony", "Zhipu AI" -> "Zhipu"): legal forms and the labels firms add.
DESIGNATORS = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "plc",
        "gmbh",
        "ag",
        "holding",
        "holdings",
        "group",
        "labs",
        "ai",
    }
)

_DESIGNATOR_TAIL = re.compile(r",?\s+([A-Za-z]+)\.?$")
#: Words that declare another name for what comes before them.
_DECLARING = re.compile(
    r"\s*[(,]\s*(?:also\s+known\s+as|also\s+called|a\.?k\.?a\.?|formerly(?:\s+known\s+as)?|"
    r"previously\s+known\s+as|now\s+(?:known\s+as|called)|renamed)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*")
_BRACKETED = re.compile(r"\s*\(\s*([^()\n]{2,80}?)\s*\)")
_SHORT_FORM = re.compile(r"[A-Z][A-Za-z0-9&.-]{1,9}")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.-]{1,9})\s*\)")
#: The capitalised words (and the small words inside names) before a bracket.
_NAME_BEFORE = re.compile(
    r"(?:[A-Z][\w&'’.-]*(?:\s+(?:of|and|for|the|on|in|de|du|des|&|[A-Z][\w&'’.-]*))*)\s*$"
)


def designator_stem(name: str) -> str | None:
    """``name`` without its company designators, or None when it has none (or is one).

    >>> designator_stem("Sony Corporation")
    'Sony'
    >>> designator_stem("Leadplex, Inc.")
    'Leadplex'
    >>> designator_stem("Sony Ericsson") is None
    True
    """
    stem, stripped = name.strip(), False
    while True:
        match = _DESIGNATOR_TAIL.search(stem)
        if match is None or match.group(1).casefold() not in DESIGNATORS:
            break
        stem, stripped = stem[: match.start()].rstrip(" ,"), True
    return stem if stripped and any(ch.isalpha() for ch in stem) else None


#: One-word stems that are ordinary words: they name no company on their own
#: ("News" of "News Corp", "General" of "General Group").
_COMMON_STEMS = frozenset(
    """news general national united international global first new best open scale
    standard royal public central american british world digital""".split()
)


def company_stem(name: str) -> str | None:
    """The name a company goes by without its designator, when that name can stand for
    it alone: several words, or one capitalised word of three letters or more that is
    not an ordinary word.

    >>> company_stem("Sony Corporation"), company_stem("News Corp"), company_stem("Sony")
    ('Sony', None, None)
    """
    stem = designator_stem(name)
    if stem is None:
        return None
    words = stem.split()
    if len(words) > 1:
        return stem
    word = words[0] if words else ""
    distinctive = len(word) >= 3 and word[:1].isupper() and word.casefold() not in _COMMON_STEMS
    return stem if distinctive else None


def designator_aliases(names: Mapping[str, str]) -> dict[str, list[str]]:
    """Each organisation's name without its designator, as an alias of it (``names`` is
    ``{name: entity label}``): a later article's "Sony" then finds "Sony Corporation".

    >>> designator_aliases({"Sony Corporation": "ORG", "Sony Ericsson": "ORG", "Sony": "ORG"})
    {'Sony Corporation': ['Sony']}
    """
    found: dict[str, list[str]] = {}
    for name, label in names.items():
        stem = company_stem(name) if label == "ORG" else None
        if stem:
            found[name] = [stem]
    return found


def is_abbreviation(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long``: its letters, read right to left, found
    in order in ``long``, the first of them at the start of a word of ``long``.

    >>> is_abbreviation("Nato", "North Atlantic Treaty Organisation")
    True
    >>> is_abbreviation("Kent", "S Bennett")
    False
    """
    letters = [ch.casefold() for ch in short if ch.isalnum()]
    words = long.split()
    if len(letters) < 2 or len(words) < 2 or len(letters) > 2 * len(long.split()) + 6:
        return False
    text = long.casefold()
    cursor = len(text) - 1
    for index in range(len(letters) - 1, -1, -1):
        letter = letters[index]
        while cursor >= 0 and (
            text[cursor] != letter or (index == 0 and cursor > 0 and text[cursor - 1].isalnum())
        ):
            cursor -= 1
        if cursor < 0:
            return False
        cursor -= 1
    return True


@dataclass(frozen=True, slots=True)
class Declared:
    """An alias an article declares: ``alias`` names the entity ``name`` names."""

    name: str
    alias: str


def declared_aliases(text: str, spans: Sequence[tuple[int, int, str]]) -> list[Declared]:
    """The aliases ``text`` declares for its mention spans (start, end, name).

    >>> text = "Zhipu AI (also known as Z.ai) and the Financial Services Authority (FSA)."
    >>> spans = [(0, 8, "Zhipu AI"), (38, 67, "Financial Services Authority")]
    >>> [(d.name, d.alias) for d in declared_aliases(text, spans)]
    [('Zhipu AI', 'Z.ai'), ('Financial Services Authority', 'FSA')]
    """
    starting = {start: name for start, _, name in spans}
    found: list[Declared] = []
    for _, end, name in spans:
        found.extend(_after(text, end, name, starting))
    found.extend(bracketed_acronyms(text))
    return list(dict.fromkeys(found))


def bracketed_acronyms(text: str) -> list[Declared]:
    """Acronyms in brackets after the name they abbreviate, whether or not the model
    tagged that name: the shortest run of the words before the bracket that the
    acronym abbreviates, starting at a capital.

    >>> [(d.name, d.alias) for d in bracketed_acronyms("said the carmaker General Motors (GM).")]
    [('General Motors', 'GM')]
    >>> bracketed_acronyms("Coyne (Burnley) scored.")
    []
    """
    found = []
    for match in _ACRONYM_IN_BRACKETS.finditer(text):
        before = _NAME_BEFORE.search(text, max(0, match.start() - 120), match.start())
        if before is None:
            continue
        words = before.group(0).split()
        for first in range(len(words) - 1, -1, -1):
            candidate = " ".join(words[first:])
            if words[first][:1].isupper() and is_abbreviation(match.group(1), candidate):
                found.append(Declared(candidate.rstrip(".,"), match.group(1)))
                break
    return found


def _after(text: str, end: int, name: str, starting: dict[int, str]) -> Iterable[Declared]:
    declaring = _DECLARING.match(text, end)
    if declaring is not None:
        other = starting.get(declaring.end()) or _capitalised_at(text, declaring.end())
        if other:
            yield Declared(name, other)
        return
    bracket = _BRACKETED.match(text, end)
    if bracket is None:
        return
    inside = bracket.group(1)
    if _SHORT_FORM.fullmatch(inside) and is_abbreviation(inside, name):
        yield Declared(name, inside)  # "the Financial Services Authority (FSA)"
    elif _SHORT_FORM.fullmatch(name) and is_abbreviation(name, inside):
        yield Declared(starting.get(bracket.start(1), inside), name)  # "FSA (Financial ...)"


def _capitalised_at(text: str, start: int) -> str:
    match = _CAPITALISED_RUN.match(text, start)
    return match.group(0).rstrip(".,;:") if match else ""
