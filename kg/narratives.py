"""Narratives: documents grouped into stories as they arrive.

A narrative is a set of documents about one story. Each new document is
compared, at ingest, with the narratives that share its most telling entities
or (when it is dated) its rarest title-and-lead words and were seen around
the same time (found through indexes, so the cost of adding a document does
not grow with the store). A narrative can take it by one of three rules:

- **names**: the narrative *covers* it, that coverage reaching
  :data:`JOIN_SCORE`, they share at least :data:`MIN_SHARED` of its salient
  entities, and it was seen within :data:`WINDOW_DAYS`; once the store is old
  enough to weigh words (:data:`GENERIC_MIN_DOCUMENTS`), it must also use
  :data:`NAMES_TEXT_SCORE` of the document's words: one cast in other words
  ("Biden", "the Senate") is another of their stories;
- **a long story**: the same, over :data:`STORY_WINDOW_DAYS`, when the
  coverage reaches :data:`STORY_ENTITY_SCORE` and the narrative uses some of
  the document's words (:data:`STORY_TEXT_SCORE`): one story told for months;
  or, past the names' window, when it holds :data:`LATE_ENTITY_SCORE` of the
  entity weight and :data:`LATE_TEXT_SCORE` of the words' (a late article that
  says what the story says, in its words);
- **words**: both dated within :data:`TEXT_WINDOW_DAYS`, the narrative uses
  :data:`TEXT_SCORE` of the weight of the document's title-and-lead words
  (:data:`TEXT_SCORE_PER_DAY` more per day between them) and at least
  :data:`MIN_SHARED_TERMS` of them; or, up to :data:`RARE_WORDS_DAYS` apart (outlets
  publish a day or two apart), it uses :data:`RARE_WORDS_SCORE` of their weight and
  :data:`RARE_WORDS_SHARED` of the document's telling words; and, when they share no
  specific name, the narrative names no place the document does not (two floods, two
  towns, two stories). Outlets word one event alike ("fire", "warehouse", "quay") while
  naming different people, which is why names alone missed most of them.

The document joins the narrative that scores best (entity coverage plus word
coverage); when it scores strongly on several (:data:`MERGE_SCORE`,
:data:`TEXT_MERGE_SCORE`) they merge: two stories that converge become one, and
no document is lost. A narrative of one article (:data:`LONE`) that would take
the document goes with it as well: an outlet's article that came first, before
the story had the names and words to take it, is not left on its own.
Otherwise it starts a narrative of its own.

Coverage is how much of the document's weight the narrative holds: each of
the document's salient entities (weighted by tf-idf over the store) counts in
proportion to the share of the narrative's documents that mention it, and its
words alike (:func:`extractors.topics.story_terms`: content words of the title
and lead, the words of its generic names left out, weighted by tf-idf with
document frequencies counted as documents arrive; a specific name's words stay, so
"Giuliani" in one title meets "Rudy Giuliani" in another). A broad narrative that mentions
everything a little covers no document well, so stories do not snowball into
topics. A document whose day is only the day it was fetched (a corpus loaded
at once) is tied by names only: its day says nothing of when its event was.

This module decides; the stores gather the candidates and apply the decision
in the document's write transaction. Statuses and labels are computed when
read (:func:`status`).

Examples
--------
>>> weights = document_weights({"yukos": 6, "russia": 2}, {"yukos": 3, "russia": 40}, 100)
>>> sorted(weights, key=weights.get, reverse=True)
['yukos', 'russia']
>>> story = Candidate("n-1", documents=3, seen=("2004-12-01", "2004-12-20"),
...                   entity_documents={"yukos": 3, "russia": 2})
>>> decide(weights, "2004-12-21", [story]).join
'n-1'
>>> decide(weights, "2005-06-01", [story]).join is None   # months later: a new story
True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kg.vocabulary import ACTIVE_STATUSES, NARRATIVE_STATUSES, NarrativeStatus

__all__ = [
    "ACTIVE_STATUSES",
    "NARRATIVE_STATUSES",
    "PLACE_TYPES",
    "Candidate",
    "Decision",
    "Evidence",
    "NarrativeStatus",
    "coverage",
    "day_gap",
    "decide",
    "document_weights",
    "follow_merges",
    "generic_entities",
    "generic_limit",
    "narrative_id",
    "per_week",
    "status",
    "term_coverage",
    "window_start",
]

#: How many of a document's entities speak for it (by tf-idf weight).
SALIENT_ENTITIES = 8
#: Salient entities a document must share with a narrative to join it (fewer only when
#: the document names fewer): one name in common ("the FBI") is a coincidence.
MIN_SHARED = 2
#: Coverage a narrative needs to take a document.
JOIN_SCORE = 0.45
#: Coverage at which a document ties two narratives into one.
MERGE_SCORE = 0.55
#: Of the weight of its title-and-lead words, how much a narrative must use to take a
#: document on its names.
NAMES_TEXT_SCORE = 0.08
#: A document joins only narratives seen within this many days of it.
WINDOW_DAYS = 21
#: Of the document's weight, how much must come from entities that are not
#: generic: "China" or "London" alone do not make two articles one story.
SPECIFIC_COVERAGE = 0.25
#: An entity named by more than this share of the stored documents is generic ...
GENERIC_SHARE = 0.005
#: ... or, while the store is young, by more than this many: a young store does
#: not yet know what every story names, and a rule that waited to know would let
#: its first stories snowball through "the President" and "the United States".
GENERIC_FLOOR = 2
#: Below this many documents nothing is generic (a store of one story, such as
#: the five seed articles, is all about its own entities).
GENERIC_MIN_DOCUMENTS = 20
#: A generic entity is a narrative's own when the narrative holds this share of the
#: documents that name it, and at most STORY_OWN_OUTSIDE others do (the new document
#: among them): a big story's names stay specific to it as it grows past the limit.
STORY_OWN_SHARE = 0.9
STORY_OWN_OUTSIDE = 2
#: How many narratives per entity are considered (the largest) ...
CANDIDATES_PER_ENTITY = 20
#: ... and how many more, seen before that window but within a long story's, for each
#: of the document's few most telling entities (a long story shares its cast).
STORY_CANDIDATES_PER_ENTITY = 5
STORY_SEARCH_ENTITIES = 3
#: How many of a document's title and lead words speak for it (by tf-idf weight).
SALIENT_TERMS = 60
#: How many of those words look for narratives (the rarest carry the most weight).
SEARCH_TERMS = 6
#: How many narratives per word are considered (the largest).
CANDIDATES_PER_TERM = 20
#: A narrative seen up to this many days before takes a document on its entities
#: when it holds this much of their weight and uses this much of its words' weight:
#: one story, told for months. It needs a little more of its words than words alone do
#: within a day (TEXT_SCORE): the same cast months later in other words is another
#: of its stories.
STORY_WINDOW_DAYS = 90
STORY_ENTITY_SCORE = 0.7
STORY_TEXT_SCORE = 0.12
#: ... or, past the window, when it holds this much of their weight and uses this much
#: of its words' weight: a late article that says what the story says, in its words.
LATE_ENTITY_SCORE = 0.4
LATE_TEXT_SCORE = 0.2
#: Words alone tie a document to a narrative seen within this many days of it ...
TEXT_WINDOW_DAYS = 1
#: ... when the narrative uses this much of its words' weight ...
TEXT_SCORE = 0.10
#: ... sharing at least this many of them ...
MIN_SHARED_TERMS = 3
#: ... and this much more per day between them, and names no other place (below).
TEXT_SCORE_PER_DAY = 0.2
#: Outlets publish a day or two apart: words tie a document to a narrative seen up to
#: this many days from it when the narrative uses this much of their weight ...
RARE_WORDS_DAYS = 2
RARE_WORDS_SCORE = 0.3
#: ... and this many of its telling words, each this much of their weight at least
#: (two and a half times a word's share when the weight is spread evenly): "select
#: committee", "Surfside", not "said" and "week".
RARE_WORDS_SHARED = 3
RARE_WORD_WEIGHT = 0.04
#: A document tied to a narrative by words, sharing less than this of its specific
#: entity weight, must not name places the narrative does not (two floods, two towns).
PLACE_CHECK_BELOW = 0.05
#: Word coverage at which a document ties two narratives into one.
TEXT_MERGE_SCORE = 0.6
#: A narrative of this many documents that would take a document joins the narrative
#: the document joins: an article on the same event that came first, alone.
LONE = 1
#: The least entity coverage any rule of names takes a document on.
_LEAST_NAMES = min(JOIN_SCORE, STORY_ENTITY_SCORE, LATE_ENTITY_SCORE)
#: Entity types that say where an event happened.
PLACE_TYPES = ("GPE", "LOC", "FAC")
#: Days of volume that decide a status: this week against the week before.
WEEK = 7
#: How many ``merged_into`` pointers are followed before giving up (a cycle is a bug,
#: but must not hang a read).
MAX_MERGE_HOPS = 100


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stored narrative as the decision sees it.

    ``seen`` is (first seen, last seen) as ISO dates, or (None, None) when none
    of its documents is dated; ``entity_documents`` counts, for the entities of
    the new document only, how many of the narrative's documents mention each,
    and ``term_documents`` the same for the document's content words.
    """

    id: str
    documents: int
    seen: tuple[str | None, str | None]
    entity_documents: Mapping[str, int] = field(default_factory=dict)
    term_documents: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_row(
        cls,
        row: Mapping[str, Any],
        counts: Mapping[str, Mapping[str, int]],
        terms: Mapping[str, Mapping[str, int]] | None = None,
    ) -> Candidate:
        """From a store's narrative row (``id``, ``documents``, ``first_seen``,
        ``last_seen``) and the per-narrative entity (and term) counts."""
        return cls(
            row["id"], row["documents"], (row["first_seen"], row["last_seen"]),
            counts.get(row["id"], {}), (terms or {}).get(row["id"], {}),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decision:
    """Where a document goes: ``join`` (None: a new narrative) and the narratives
    that ``merge`` into the one it joins."""

    join: str | None
    merge: tuple[str, ...] = ()
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Evidence:
    """What a new document brings to the decision: its salient entity ``weights``, the
    ``terms`` of its title and lead (weighted alike), the day it was ``seen``, the
    entities too common to count alone (``generic``), the places it names
    (``places``, by key) and the store-wide document count above which an entity is
    generic (``generic_limit``, None while nothing is); ``dated`` is False when the
    document's day is only the day it was fetched (a corpus loaded at once): words
    then tie it to nothing, since the day says nothing of when its event happened."""

    weights: Mapping[str, float]
    seen: str | None
    terms: Mapping[str, float] = field(default_factory=dict)
    generic: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    generic_limit: float | None = None
    dated: bool = True
    #: How many stored documents name each of the document's entities (for
    #: :func:`common_elsewhere`; empty: ``generic`` is taken as it is).
    document_counts: Mapping[str, int] = field(default_factory=dict)


#: Where a narrative is: its place entities, with how many stored documents name each.
PlacesOf = Callable[[Sequence[str]], Mapping[str, Mapping[str, int]]]


def document_weights(
    counts: Mapping[str, int],
    document_counts: Mapping[str, int],
    total_documents: int,
    top: int = SALIENT_ENTITIES,
) -> dict[str, float]:
    """The document's ``top`` salient keys, weighted by tf-idf and scaled to sum to one.

    ``counts`` are the document's mentions per entity key (or uses of a term),
    ``document_counts`` how many stored documents hold each, ``total_documents``
    how many there are.
    """
    weights = {}
    # In a store of a few dozen documents, how many name an entity says nothing yet of
    # how telling it is: a second article on a story would weigh what it alone names.
    small = total_documents < GENERIC_MIN_DOCUMENTS
    for key, n in counts.items():
        df = max(1, document_counts.get(key, 1))
        idf = 1.0 if small else math.log((1 + total_documents) / (1 + df)) + 1.0
        weights[key] = (1.0 + math.log(n)) * idf
    chosen = sorted(weights, key=lambda k: (-weights[k], k))[:top]
    total = sum(weights[k] for k in chosen) or 1.0
    return {k: weights[k] / total for k in chosen}


def generic_limit(total_documents: int) -> float | None:
    """How many documents may name an entity before it is generic (None: none is yet)."""
    if total_documents < GENERIC_MIN_DOCUMENTS:
        return None
    return max(GENERIC_SHARE * total_documents, GENERIC_FLOOR)


def generic_entities(document_counts: Mapping[str, int], total_documents: int) -> frozenset[str]:
    """The entities too common in the store to tie two documents together alone."""
    limit = generic_limit(total_documents)
    if limit is None:
        return frozenset()
    return frozenset(k for k, n in document_counts.items() if n > limit)


def coverage(
    weights: Mapping[str, float], candidate: Candidate, skip: frozenset[str] = frozenset()
) -> float:
    """How much of the document's weight the narrative holds (0 to 1), leaving ``skip`` out."""
    if candidate.documents <= 0:
        return 0.0
    return sum(
        w * min(1.0, candidate.entity_documents.get(k, 0) / candidate.documents)
        for k, w in weights.items()
        if k not in skip
    )


def term_coverage(terms: Mapping[str, float], candidate: Candidate) -> float:
    """How much of the weight of the document's title and lead words the narrative's
    documents use (0 to 1), each word in proportion to the share of them using it."""
    if candidate.documents <= 0:
        return 0.0
    return sum(
        terms[k] * min(1.0, n / candidate.documents)
        for k, n in candidate.term_documents.items()
        if k in terms
    )


def window_start(seen: str | None, days: int = WINDOW_DAYS) -> str | None:
    """The first day a narrative may have been last seen to take a document seen on ``seen``.

    >>> window_start("2026-03-22")
    '2026-03-01'
    """
    if not seen:
        return None
    return (date.fromisoformat(seen[:10]) - timedelta(days=days)).isoformat()


@dataclass(frozen=True, slots=True)
class _Scored:
    candidate: Candidate
    entities: float
    terms: float
    #: Which rule lets it take the document: "entities", "story" (over a long gap),
    #: "words" (close in time, checked for place), or "" (none).
    rule: str

    @property
    def score(self) -> float:
        return self.entities + self.terms

    @property
    def strong(self) -> bool:
        return self.entities >= MERGE_SCORE or self.terms >= TEXT_MERGE_SCORE


def decide(
    weights: Mapping[str, float] | Evidence,
    seen: str | None = None,
    candidates: Sequence[Candidate] = (),
    generic: frozenset[str] = frozenset(),
    places: PlacesOf | None = None,
) -> Decision:
    """Join, merge or start: see the module docstring. ``weights`` is the document's
    :class:`Evidence` (or only its entity weights, with ``seen`` and ``generic``);
    ``places`` reads where candidate narratives are, for those only words tie to it."""
    evidence = (
        weights if isinstance(weights, Evidence) else Evidence(weights, seen, generic=generic)
    )
    scored = [s for s in (_score(evidence, c) for c in candidates) if s.rule]
    worded = [s.candidate.id for s in scored if s.rule == "words"]
    if worded and places is not None and evidence.places:
        where = places(worded)
        scored = [
            s
            for s in scored
            if s.rule != "words" or not _elsewhere(evidence, where.get(s.candidate.id, {}))
        ]
    scored.sort(key=lambda s: (-s.score, -s.candidate.documents, s.candidate.id))
    if not scored:
        return Decision(None)
    best = scored[0]
    # Strong on several: they converge. A lone article it would join goes with it too.
    strong = [s.candidate for s in scored[1:] if (best.strong and s.strong) or _lone(s)]
    if strong:
        # The largest narrative keeps its id, so links to it stay valid.
        group = [best.candidate, *strong]
        keep = max(group, key=lambda c: (c.documents, _oldest(c), c.id))
        merged = tuple(sorted(c.id for c in group if c.id != keep.id))
        return Decision(keep.id, merged, best.score)
    return Decision(best.candidate.id, (), best.score)


def _lone(scored: _Scored) -> bool:
    return scored.candidate.documents <= LONE


def _score(evidence: Evidence, candidate: Candidate) -> _Scored:
    weights = evidence.weights
    entities = coverage(weights, candidate)
    terms = term_coverage(evidence.terms, candidate)
    if entities < _LEAST_NAMES and (terms < TEXT_SCORE or not evidence.dated):
        return _Scored(candidate, entities, terms, "")  # no rule can take it: most of them
    specific = coverage(weights, candidate, common_elsewhere(evidence, candidate))
    gap = day_gap(evidence.seen, candidate.seen)
    # Names in common: two of its salient entities, enough of them specific.
    least_shared = min(MIN_SHARED, len(weights))
    cast = _shared(weights, candidate) >= least_shared and specific >= SPECIFIC_COVERAGE
    named = cast and entities >= JOIN_SCORE
    # One cast in other words is another story of theirs ("Biden", "the Senate"):
    # names take a document only with some of its words, once the store is old
    # enough to weigh words (a young store's cast is what its one story names).
    # A document that names one entity shares one name at most: a coincidence ("Japan")
    # unless its words agree with the story's as much as words alone must.
    least_words = NAMES_TEXT_SCORE if len(weights) >= MIN_SHARED else TEXT_SCORE
    worded = terms >= least_words or not evidence.terms or evidence.generic_limit is None
    rule = ""
    if named and worded and gap <= WINDOW_DAYS:
        rule = "entities"
    elif (
        named
        and gap <= STORY_WINDOW_DAYS
        and terms >= STORY_TEXT_SCORE
        and entities >= STORY_ENTITY_SCORE
    ):
        rule = "story"
    elif (
        cast
        and WINDOW_DAYS < gap <= STORY_WINDOW_DAYS
        and entities >= LATE_ENTITY_SCORE
        and terms >= LATE_TEXT_SCORE
    ):
        # A late article on a story: its names and its words both, each in good part.
        rule = "story"
    elif (
        evidence.dated
        and 0 < gap <= RARE_WORDS_DAYS
        and terms >= RARE_WORDS_SCORE
        and _telling_shared(evidence.terms, candidate) >= RARE_WORDS_SHARED
    ):
        # Outlets publish a day or two apart: many of the words, the telling ones too.
        rule = "words" if specific < PLACE_CHECK_BELOW else "words and names"
    elif (
        evidence.dated
        and gap <= TEXT_WINDOW_DAYS
        and terms >= TEXT_SCORE + gap * TEXT_SCORE_PER_DAY
        and _shared_words(evidence, candidate) >= MIN_SHARED_TERMS
    ):
        # Words with no name in common are checked for place ("words"); names the
        # story shares in good part, common ones included, say it is not elsewhere.
        shares_cast = entities >= JOIN_SCORE and _shared(weights, candidate) >= least_shared
        rule = "words" if specific < PLACE_CHECK_BELOW and not shares_cast else "words and names"
    return _Scored(candidate, entities, terms, rule)


def common_elsewhere(evidence: Evidence, candidate: Candidate) -> frozenset[str]:
    """The document's generic entities that are common to the store, not only to the
    narrative (:data:`STORY_OWN_SHARE`).

    A name the store holds often only because one big story tells it ("Surfside" in
    its fourteenth article) is that story's own: against that story it still counts
    as specific, while "Biden", named all over the store, does not.

    >>> evidence = Evidence({"surfside": 0.5, "biden": 0.5}, "2021-06-30",
    ...                     generic=frozenset({"surfside", "biden"}), generic_limit=5,
    ...                     document_counts={"surfside": 14, "biden": 90})
    >>> story = Candidate("n-1", 13, ("2021-06-24", "2021-06-29"), {"surfside": 13, "biden": 2})
    >>> sorted(common_elsewhere(evidence, story))
    ['biden']
    """
    counts, limit = evidence.document_counts, evidence.generic_limit
    if not counts or limit is None:
        return evidence.generic

    def common(k: str) -> bool:
        n, inside = counts.get(k, 0), candidate.entity_documents.get(k, 0)
        return n - inside > STORY_OWN_OUTSIDE or inside < STORY_OWN_SHARE * n

    return frozenset(k for k in evidence.generic if common(k))


def _shared_words(evidence: Evidence, candidate: Candidate) -> int:
    """How many of the document's words the narrative uses, a name's words they share
    as an entity left out (already counted among the names)."""
    named = {
        w for k in evidence.weights if candidate.entity_documents.get(k, 0) > 0 for w in k.split()
    }
    return sum(
        1 for k, n in candidate.term_documents.items()
        if n > 0 and k in evidence.terms and k not in named
    )  # fmt: skip


def _telling_shared(terms: Mapping[str, float], candidate: Candidate) -> int:
    """How many of the document's telling words (:data:`RARE_WORD_WEIGHT`) the narrative
    uses."""
    return sum(
        1
        for k, n in candidate.term_documents.items()
        if n > 0 and terms.get(k, 0.0) >= RARE_WORD_WEIGHT
    )


def _elsewhere(evidence: Evidence, where: Mapping[str, int]) -> bool:
    """Whether a narrative is about another place: each names a place of its own that
    is not generic, and they name none in common."""
    limit = evidence.generic_limit
    if not where or evidence.places & set(where):
        return False

    def specific(df: int) -> bool:
        return limit is None or df <= limit

    return any(specific(df) for df in where.values()) and bool(evidence.places)


def day_gap(seen: str | None, span: tuple[str | None, str | None]) -> int:
    """Days between a document's day and a narrative's span (0 within it or undated)."""
    first, last = span
    if seen is None or first is None or last is None:
        return 0  # undated on either side: time says nothing against it
    day = date.fromisoformat(seen[:10])
    start, end = date.fromisoformat(first[:10]), date.fromisoformat(last[:10])
    if day < start:
        return (start - day).days
    return max(0, (day - end).days)


def _shared(weights: Mapping[str, float], candidate: Candidate) -> int:
    return sum(1 for k in weights if candidate.entity_documents.get(k, 0) > 0)


def _oldest(candidate: Candidate) -> str:
    # Inverted so that max() prefers the narrative seen first.
    first = candidate.seen[0]
    return "" if first is None else "".join(chr(0x10FFFF - ord(ch)) for ch in first)


def narrative_id(document_id: str) -> str:
    """The id of a narrative started by a document (stable across stores)."""
    return f"n-{document_id[:12]}"


def follow_merges(
    narrative_id: str, read: Callable[[str], dict[str, Any] | None]
) -> dict[str, Any] | None:
    """The live narrative an id stands for: itself, or the one it was merged into.

    ``read`` gives a stored narrative's row by id (with its ``merged_into``), or
    None; the row returned has no ``merged_into``. None when the id is unknown.

    >>> rows = {"n-a": {"id": "n-a", "merged_into": "n-b"},
    ...         "n-b": {"id": "n-b", "merged_into": None}}
    >>> follow_merges("n-a", rows.get)
    {'id': 'n-b'}
    >>> follow_merges("n-x", rows.get) is None
    True
    """
    current = narrative_id
    for _ in range(MAX_MERGE_HOPS):
        row = read(current)
        if row is None:
            return None
        if row.get("merged_into") is None:
            return {k: v for k, v in row.items() if k != "merged_into"}
        current = row["merged_into"]
    return None


def status(per_day: Mapping[str, int], as_of: str | None) -> NarrativeStatus:
    """What a narrative's volume says about it, as of a day.

    "emerging" when first seen in the last week; "fading" when the last week
    has no documents or less than half the week before; "active and growing"
    when the last week has more than the week before; else "steady".
    "undated" when none of its documents has a date.

    >>> status({"2026-06-01": 1, "2026-06-09": 3}, "2026-06-10")
    'active and growing'
    >>> status({"2026-05-01": 4}, "2026-06-10")
    'fading'
    """
    if not per_day or as_of is None:
        return "undated"
    today = date.fromisoformat(as_of[:10])
    days = {date.fromisoformat(d[:10]): n for d, n in per_day.items()}
    first = min(days)
    recent = sum(n for d, n in days.items() if today - timedelta(days=WEEK) < d <= today)
    before = sum(
        n
        for d, n in days.items()
        if today - timedelta(days=2 * WEEK) < d <= today - timedelta(days=WEEK)
    )
    if first > today - timedelta(days=WEEK):
        return "emerging"
    if recent == 0 or recent * 2 < before:
        return "fading"
    if recent > before:
        return "active and growing"
    return "steady"


def per_week(per_day: Mapping[str, int]) -> list[dict[str, object]]:
    """Documents per ISO week (``2026-W14``), in order, weeks without documents included."""
    if not per_day:
        return []
    days = sorted(date.fromisoformat(d[:10]) for d in per_day)
    counts: dict[date, int] = {}
    for d, n in per_day.items():
        day = date.fromisoformat(d[:10])
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + n
    monday = days[0] - timedelta(days=days[0].weekday())
    weeks = []
    while monday <= days[-1]:
        year, week, _ = monday.isocalendar()
        weeks.append({"week": f"{year}-W{week:02d}", "documents": counts.get(monday, 0)})
        monday += timedelta(days=WEEK)
    return weeks
