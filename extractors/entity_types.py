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
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from extractors.aliases import DESIGNATORS, designator_stem
from extractors.catalog import EntityCatalog, entity_key
from extractors.records import EntityMention

__all__ = [
    "camel_case",
    "common_acronyms",
    "is_common_noun",
    "looks_like_a_company",
    "named_as_companies",
    "vote",
]

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
    ("APIs"), after "a"/"an" as a noun of their own ("an API", not "a CPS
    spokesman"), or also in lower case ("api")."""
    words = [t.text for t in doc]
    lower = {w for w in words if w.islower()}
    found = set()
    for i, text in enumerate(words):
        if len(text) < 2 or not text[0].isupper() or text[1].islower():
            continue  # (most words: no acronym, and no token object to make)
        if text.endswith("s") and _ACRONYM.fullmatch(text[:-1]):
            found.add(text[:-1])
        elif _ACRONYM.fullmatch(text) and (text.lower() in lower or _after_an_article(doc[i])):
            found.add(text)
    return frozenset(entity_key(word) for word in found)


def _after_an_article(token: Token) -> bool:
    """Whether an all-caps word follows "a"/"an" as a noun of its own: "an API", not
    "a CPS spokesman" (there the article is the next noun's)."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ not in ("a", "an"):
        return False
    modifies_next = token.i + 1 < len(doc) and token.head.i > token.i
    return not (modifies_next and token.dep_ in ("compound", "nmod", "amod"))


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


#: Nouns that say the name right after them is an organisation's ("oil giant Yukos",
#: "the carmaker Rover", "rival bank UFJ"): what the article calls it.
COMPANY_NOUNS = frozenset(
    "firm company giant group bank carrier airline carmaker manufacturer retailer "
    "conglomerate insurer lender chain startup corporation subsidiary "
    "regulator watchdog label studio".split()
)
#: Left out: nouns for people's trades as much as firms' ("producer Rick Rubin",
#: "publisher", "developer", "maker", "operator").


def named_as_companies(doc: Doc, spans: Iterable[tuple[Span, str]]) -> frozenset[str]:
    """The names (of ``(span, name)`` pairs) the article introduces with a company noun
    right before them: "oil giant Yukos" is a firm wherever the model reads a person."""
    found = set()
    for span, name in spans:
        if span.start == 0:
            continue
        before = doc[span.start - 1]
        if before.pos_ == "NOUN" and before.lower_ in COMPANY_NOUNS:
            found.add(name)
    return frozenset(found)


def vote(
    mentions: Sequence[EntityMention],
    catalog: EntityCatalog,
    companies: frozenset[str] = frozenset(),
) -> list[EntityMention]:
    """Give the mentions of each name the type most of them carry in this article.

    A name that looks like a company, or that the article introduces as one
    (``companies``, :func:`named_as_companies`), counts as an ORG wherever the
    model said PERSON; a catalog name keeps the catalog's type.
    """
    votes: dict[str, Counter[str]] = {}
    for m in mentions:
        label = m.label
        if label == "PERSON" and (m.name in companies or looks_like_a_company(m.name)):
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
