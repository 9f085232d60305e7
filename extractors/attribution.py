"""Who a sentence's claims come from: speakers and data sources.

Read off the dependency parse, in the forms news uses:

- "according to X" (X, or the named entity inside "figures compiled by X");
- a reporting verb with a subject: "X said", "noted analysts at X";
- "citing X's data", "data from X": X is the *data source*, apart from the
  speaker ("noted analysts at Trending Topics EU, citing OpenRouter's data":
  speaker Trending Topics EU, data OpenRouter).

Examples
--------
>>> import spacy
>>> nlp = spacy.blank("en")
>>> sentence_attribution(nlp("No parse, no attribution.")[:]).speaker is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from extractors.records import CitationKind, EntityMention, SourceRole

#: Verbs that introduce what someone says, finds or estimates.
REPORTING_VERBS = frozenset(
    "say tell report estimate show find note state claim announce write add argue "
    "reckon predict forecast calculate indicate suggest reveal confirm disclose "
    "explain warn observe conclude record put project".split()
)
#: Nouns that name a body of numbers: "data from X", "X's figures".
DATA_NOUNS = frozenset(
    "data figure figures statistic statistics number numbers ranking rankings "
    "leaderboard report survey analysis study estimate estimates dashboard".split()
)
#: The words and lemmas :func:`sentence_attribution` reads a source from.
_CUE_WORDS = frozenset({"according", "citing"})
_CUE_LEMMAS = REPORTING_VERBS | DATA_NOUNS | {"cite"}
#: What a reporting verb says of its own: "analysts said the outlook was poor",
#: "economists had predicted 2%".
_OWN_WORDS = frozenset({"ccomp", "dobj", "xcomp"})
_SOURCE_LABELS = ("ORG", "PERSON", "PRODUCT", "GPE", "FAC", "NORP", "WORK_OF_ART")


@dataclass(slots=True)
class Source:
    """A speaker or data source: its name and the text that named it."""

    name: str
    kind: CitationKind  # "according_to", "attribution" or "citing"
    role: SourceRole
    start: int
    end: int
    text: str
    #: The characters a source speaks for, when not its whole sentence: a
    #: clause joined on ("X held 45% -- but analysts say ...") speaks for itself.
    reach: tuple[int, int] | None = None

    def reaches(self, char: int) -> bool:
        """Whether the figure or time at ``char`` is among what this source speaks for."""
        return self.reach is None or self.reach[0] <= char < self.reach[1]


@dataclass(slots=True)
class SentenceAttribution:
    """The sources one sentence names; its claims inherit them."""

    speaker: Source | None = None
    data: list[Source] = field(default_factory=list)

    @property
    def sources(self) -> list[Source]:
        return ([self.speaker] if self.speaker else []) + self.data

    def reaching(self, char: int) -> SentenceAttribution:
        """The sources that speak for the figure or time at ``char``."""
        speaker = self.speaker if self.speaker and self.speaker.reaches(char) else None
        return SentenceAttribution(speaker, [s for s in self.data if s.reaches(char)])


def sentence_attribution(
    sent: Span, mentions: list[EntityMention] | None = None
) -> SentenceAttribution:
    """Speakers and data sources named in one sentence."""
    mentions = mentions or []
    result = SentenceAttribution()
    for token in sent:
        lower, lemma = token.lower_, token.lemma_
        if (lower not in _CUE_WORDS and lemma not in _CUE_LEMMAS) or not _reports(token):
            continue  # (most words: read once, and no rule below to try)
        if lower == "according" and token.i + 1 < sent.end:
            source = _according_to(token, sent, mentions)
            if source is not None and result.speaker is None:
                result.speaker = source
            elif source is not None:
                # "X said ..., according to Z": X speaks, Z reports it.
                source.role = "source"
                result.data.append(source)
        elif lower == "citing" or (lemma == "cite" and token.pos_ == "VERB"):
            result.data.extend(_cited(token, mentions))
        elif lemma in REPORTING_VERBS and token.pos_ == "VERB":
            _add_reporter(result, _reporter(token, mentions))
        elif lemma in DATA_NOUNS and token.pos_ == "NOUN":
            result.data.extend(_data_owner(token, mentions))
    result.data = _distinct(result.data, result.speaker)
    return result


def _reports(verb: Token) -> bool:
    """Whether a verb that reports in some senses reports here: "put the cost at $5bn"
    estimates, "put it up for sale" does not; "he added that ..." reports, "the pound
    added 0.5%" does not."""
    if verb.lemma_ == "put":
        return any(t.lower_ == "at" for t in verb.subtree)
    if verb.lemma_ == "add":
        return verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children)
    return True


def _add_reporter(result: SentenceAttribution, source: Source | None) -> None:
    """The first speaker speaks; "According to Z, X said": X speaks and Z reports it."""
    if source is None:
        return
    if result.speaker is None:
        result.speaker = source
    elif result.speaker.kind == "according_to":
        result.speaker.role = "source"
        result.data.append(result.speaker)
        result.speaker = source


def _according_to(token: Token, sent: Span, mentions: list[EntityMention]) -> Source | None:
    to = token.doc[token.i + 1]
    if to.lower_ != "to":
        return None
    objects = [t for t in to.children if t.dep_ == "pobj"] or [
        t for t in to.head.children if t.dep_ == "pobj"
    ]
    if not objects:
        return None
    phrase = _subtree_span(objects[0])
    return named_source(phrase, mentions, "according_to", "speaker", start=token.idx)


def _reporter(verb: Token, mentions: list[EntityMention]) -> Source | None:
    # "Growth is forecast to slow": what is forecast, not who forecasts it; the
    # agent of a passive ("was reported by X") is.
    subjects = [t for t in verb.children if t.dep_ == "nsubj"] or [
        t
        for agent in verb.children
        if agent.dep_ == "agent" and not _ranked_by(verb, agent)
        for t in agent.children
    ]
    if not subjects or subjects[0].pos_ == "PRON":
        return None
    subject = subjects[0]
    if subject.lemma_ in DATA_NOUNS:  # "OpenRouter's data show ...": a data source
        owner = _data_owner(subject, mentions)
        source = owner[0] if owner else None
    else:
        source = named_source(_subtree_span(subject), mentions, "attribution", "speaker")
    if (
        source is not None
        and verb.dep_ == "conj"
        and any(c.dep_ in _OWN_WORDS for c in verb.children)
    ):
        # "Sales rose 5%, but analysts said the outlook was poor": the analysts
        # speak for their own clause, not for the 5% ("..., a study revealed",
        # with no clause of its own, still speaks for the sentence).
        clause = _subtree_span(verb)
        source.reach = (clause.start_char, clause.end_char)
    return source


def _ranked_by(verb: Token, by: Token) -> bool:
    """Whether the "by" of a passive says what a rank is measured by, not who reports:
    "rated the region's No. 1 wallet by monthly users", "named the largest bank by assets"
    (the parser hangs both on the verb as its agent)."""
    between = verb.doc[verb.i + 1 : by.i]
    return any(
        t.tag_ == "JJS"
        or t.lower_ in ("top", "leading")
        or (t.text in ("#", "No.", "no.", "number") and t.i + 1 < by.i and t.nbor().like_num)
        or re.fullmatch(r"#\d+", t.text) is not None
        for t in between
    )


def _cited(verb: Token, mentions: list[EntityMention]) -> list[Source]:
    objects = [t for t in verb.children if t.dep_ in ("dobj", "pobj", "attr")]
    found = []
    for obj in objects:
        source = named_source(_subtree_span(obj), mentions, "citing", "data")
        if source is not None:
            found.append(source)
    return found


def _data_owner(noun: Token, mentions: list[EntityMention]) -> list[Source]:
    """X in "X's data", "data from X", "figures compiled by X"."""
    owners = [t for t in noun.children if t.dep_ == "poss"]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            owners.extend(t for t in child.children if t.dep_ == "pobj")
        if child.dep_ == "acl":  # "figures compiled by X"
            for agent in child.children:
                if agent.dep_ == "agent":
                    owners.extend(t for t in agent.children if t.dep_ == "pobj")
    found = []
    for owner in owners:
        source = named_source(_subtree_span(owner), mentions, "citing", "data", entities_only=True)
        if source is not None:
            found.append(source)
    return found


def _subtree_span(token: Token) -> Span:
    left, right = token.left_edge.i, token.right_edge.i + 1
    return token.doc[left:right]


def named_source(
    phrase: Span,
    mentions: list[EntityMention],
    kind: CitationKind,
    role: SourceRole,
    *,
    start: int | None = None,
    entities_only: bool = False,
) -> Source | None:
    """The entity a phrase names (the last one, as in "analysts at X"), else the phrase."""
    begin, end = phrase.start_char, phrase.end_char
    inside = [
        m for m in mentions if begin <= m.start and m.end <= end and m.label in _SOURCE_LABELS
    ]
    text = phrase.text
    if inside:
        chosen = next((m for m in inside if m.label in ("ORG", "PERSON")), inside[-1])
        if len(inside) > 1 and inside[-1].label in ("ORG", "PERSON"):
            chosen = inside[-1]
        if not _modifies(chosen, phrase):
            return Source(chosen.name, kind, role, start if start is not None else begin, end, text)
        if entities_only:
            return None
    if entities_only or not text.strip() or len(phrase) > 8 or _says_when(phrase.root):
        return None  # "The first quarter showed growth of 6%": a time speaks for no one
    phrase = _without_asides(phrase)
    named = [c for c in phrase.root.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:  # "The firm, Paion, said": the name in apposition
        phrase = phrase.doc[named[0].left_edge.i : named[0].right_edge.i + 1]
    elif phrase[0].pos_ == "DET":
        phrase = phrase[1:]
    name = phrase.text.strip(" ,.;:\"'’")
    return Source(name, kind, role, start if start is not None else begin, end, text)


def _without_asides(phrase: Span) -> Span:
    """The phrase up to what only tells more of it: a relative clause ("the firm, which
    floated in 2003") or a time ("analysts in May 2026", "data on Wednesday")."""
    root = phrase.root
    for child in root.rights:
        if child.i >= phrase.end:
            break
        timed = child.dep_ == "prep" and any(
            t.ent_type_ in ("DATE", "TIME") for t in child.children if t.dep_ == "pobj"
        )
        if child.dep_ == "relcl" or timed:
            end = child.left_edge.i
            while end > root.i + 1 and phrase.doc[end - 1].is_punct:
                end -= 1
            return phrase.doc[phrase.start : end]
    return phrase


def _says_when(root: Token) -> bool:
    """ "the first quarter", "the second": a time or an ordinal, no one who speaks."""
    return root.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL") or root.pos_ in ("NUM", "ADJ")


def _modifies(mention: EntityMention, phrase: Span) -> bool:
    """Whether a nationality or place only describes the phrase's head: "Russian
    newspapers" and "US officials" are the newspapers and the officials."""
    if mention.label not in ("NORP", "GPE") or mention.end >= phrase.end_char:
        return False
    head = phrase.root
    return head.idx >= mention.end and head.pos_ == "NOUN"


def _distinct(sources: list[Source], speaker: Source | None) -> list[Source]:
    seen = {speaker.name} if speaker else set()
    unique = []
    for source in sources:
        if source.name not in seen:
            seen.add(source.name)
            unique.append(source)
    return unique
