"""What kind of thing a tagged span is: a common noun, a company, or what its mentions say.

spaCy's small model tags "API" and "LLMs" as organisations, "MiniMax" as a
person and "Moonshot AI" as a person too. Three general rules correct it:

* **Common nouns are not names.** An all-caps word is a common noun in an
  article that also writes it in the plural ("APIs"), after "a"/"an", or in
  lower case; so are the words of a small closed class of technical nouns
  (the catalog's ``common_nouns``). A span whose last word is one ("China
  API"), or a nationality before "AI" ("Chinese AI"), is not an entity.
* **Company names look like companies.** A name ending in a company
  designator ("Moonshot AI", "Leadplex Inc") or written in camel case
  ("MiniMax", "DeepSeek"; "McCartney" is a person) is an organisation, not a
  person.
* **One article, one type.** The mentions of one name in an article take the
  type most of them carry, so a stray "Zhipu" GPE joins the ORG.

Examples
--------
>>> camel_case("MiniMax"), camel_case("McCartney"), camel_case("OpenAI")
(True, False, True)
>>> looks_like_a_company("Moonshot AI"), looks_like_a_company("Jane Smith")
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from extractors.aliases import DESIGNATORS, designator_stem
from extractors.catalog import EntityCatalog, entity_key
from extractors.records import EntityMention

__all__ = ["camel_case", "common_acronyms", "is_common_noun", "looks_like_a_company", "vote"]

_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
#: Surname prefixes that put a capital inside a person's name.
_NAME_PREFIX = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von|Fitz)[A-Z]")
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
#: Labels a common noun gets wrongly; a product or a law may well be "an API".
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})


def camel_case(word: str) -> bool:
    """A single word with a capital after a lower-case letter, not a surname prefix."""
    return " " not in word and bool(_INNER_CAPITAL.search(word)) and not _NAME_PREFIX.match(word)


def looks_like_a_company(name: str) -> bool:
    """Whether the name itself says it is an organisation (a designator, camel case)."""
    return designator_stem(name) is not None or camel_case(name)


def common_acronyms(doc: Doc) -> frozenset[str]:
    """Keys of the all-caps words ``doc`` uses as common nouns: in the plural
    ("APIs"), after "a"/"an", or also in lower case ("api")."""
    lower = {t.text for t in doc if t.text.islower()}
    found = set()
    for token in doc:
        text = token.text
        if text.endswith("s") and _ACRONYM.fullmatch(text[:-1]):
            found.add(text[:-1])
        elif _ACRONYM.fullmatch(text) and (
            text.lower() in lower or (token.i > 0 and doc[token.i - 1].lower_ in ("a", "an"))
        ):
            found.add(text)
    return frozenset(entity_key(word) for word in found)


def is_common_noun(ent: Span, name: str, catalog: EntityCatalog, common: frozenset[str]) -> bool:
    """Whether a tagged span is a common noun phrase rather than a name."""
    if catalog.lookup(name) is not None:
        return False
    words = name.split()
    word = words[-1]
    singular = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    last = entity_key(singular)
    # "AI" ends firms' names ("Zhipu AI"); only on its own is it the common noun.
    designator = len(words) > 1 and last in DESIGNATORS
    if not designator and (
        last in catalog.common_nouns
        or (last in common and singular.isupper() and ent.label_ in _NAME_LABELS)
    ):
        return True  # "API", "LLMs", "China API"
    # "Chinese AI", "American AI": a nationality and a noun, not a firm called so.
    stem = designator_stem(name)
    return stem is not None and all(t.tag_ == "JJ" for t in ent if t.text in stem.split())


def vote(mentions: Sequence[EntityMention], catalog: EntityCatalog) -> list[EntityMention]:
    """Give the mentions of each name the type most of them carry in this article.

    A name that looks like a company counts as an ORG wherever the model said
    PERSON; a catalog name keeps the catalog's type.
    """
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        label = m.label
        if label == "PERSON" and looks_like_a_company(m.name):
            label = "ORG"
        votes.setdefault(m.name, Counter())[label] += 1
    voted = []
    for m in mentions:
        entry = catalog.lookup(m.name)
        label = entry.type if entry is not None else votes[m.name].most_common(1)[0][0]
        if label != m.label:
            m = EntityMention(m.name, label, m.text, m.start, m.end, m.sent_start, m.sent_end)
        voted.append(m)
    return voted
