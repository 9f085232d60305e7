"""The records that extractors produce and stores keep.

These are plain dataclasses so that they cross process boundaries (spaCy's
``n_process``), serialise to JSON with :func:`dataclasses.asdict`, and carry no
behaviour that depends on a store.

Every closed vocabulary a record field takes is defined here once, as a
``Literal`` type for annotations and a tuple of its values for membership
checks (the tuple is read off the type, so the two cannot drift apart).

Dates are ISO 8601 strings: ``YYYY-MM-DD`` when only the day is known, or a UTC
timestamp ``YYYY-MM-DDTHH:MM:SSZ``. Character offsets are ``[start, end)`` into
the document's ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, get_args

if TYPE_CHECKING:
    from extractors.copies import Fingerprint

#: Where a document's ``published`` date came from. Never silently "now":
#: when nothing says when a document was published, the source is "unknown".
DateSource = Literal["feed", "html", "json", "user", "text", "filename", "unknown"]
DATE_SOURCES: tuple[DateSource, ...] = get_args(DateSource)

#: What a figure is: a share ("45%"), money, a count of things, "N times", a part
#: of a whole ("a third"), a physical measure, a stretch of time, an age, or a
#: bare number. Durations and ages are quantities but never claims' figures.
QuantityKind = Literal[
    "percent", "currency", "count", "multiplier", "ratio", "physical", "duration", "age", "number"
]
QUANTITY_KINDS: tuple[QuantityKind, ...] = get_args(QuantityKind)
#: A claim's kind, as stores keep it: its figure's kind, or "event" for a dated
#: event with no figure ("Tencent launched WorkBuddy in late May 2026").
ClaimKind = Literal[QuantityKind, "event"]
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
EVENT_KIND: Literal["event"] = "event"

#: Who speaks in a statement: a named person, organisation or outlet, or an
#: unnamed group ("analysts tracking the data"). Also the order perspectives list them in.
SpeakerKind = Literal["person", "organisation", "outlet", "group"]
SPEAKER_KINDS: tuple[SpeakerKind, ...] = get_args(SpeakerKind)
#: How a statement is attributed: a reporting verb ("said"), "according to X",
#: a quotation with its speaker, a reading ("one reading, from X, is that ..."),
#: or a framing verb ("X characterised ... as ...").
StatementVia = Literal["said", "according_to", "quote", "reading", "framing"]
STATEMENT_VIAS: tuple[StatementVia, ...] = get_args(StatementVia)
#: What a statement attributes: words quoted ("direct"), reported ("indirect": "said
#: that", "according to"), a belief ("believes", "thinks"), an intention ("wants",
#: "plans") or a position taken ("backs", "opposes", "warned"); or a report's own
#: summary of an actor's position ("summary": the report speaks, about them).
StatementKind = Literal["direct", "indirect", "belief", "intention", "position", "summary"]
STATEMENT_KINDS: tuple[StatementKind, ...] = get_args(StatementKind)
#: How a source is cited; see :class:`Citation`.
CitationKind = Literal["according_to", "attribution", "citing", "quote", "footnote", "link"]
CITATION_KINDS: tuple[CitationKind, ...] = get_args(CitationKind)
#: What a cited source is to a claim: who says it, whose numbers, or a source it relies on.
SourceRole = Literal["speaker", "data", "source"]
SOURCE_ROLES: tuple[SourceRole, ...] = get_args(SourceRole)


@dataclass(slots=True)
class Link:
    """A hyperlink found in a document's markup (kept for citations)."""

    href: str
    text: str = ""


@dataclass(slots=True)
class SourceDocument:
    """One article as read from a file or feed entry, before any NLP.

    ``origin`` says where it came from in a way a user can find again:
    ``path``, ``path#entry-3`` or ``path:12`` (a JSON Lines line).
    ``key`` is the identity used for de-duplication (see :mod:`extractors.ids`).
    """

    text: str
    origin: str
    key: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_source: DateSource = "unknown"
    feed: str | None = None
    links: list[Link] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class FeedRef:
    """A feed listed by an OPML file: added to the feed list, not fetched."""

    url: str
    title: str | None = None
    html_url: str | None = None
    origin: str = ""


@dataclass(slots=True)
class Problem:
    """Something wrong with one input, said in one line.

    Readers never raise on bad input (as feedparser sets ``bozo``): they yield a
    Problem and go on with the rest. ``fatal`` problems mean the input (or that
    line or entry) produced nothing; non-fatal ones are warnings about input
    that was still read, such as a feed with an encoding declaration that lies.
    """

    origin: str
    message: str
    code: str = "E000"
    fatal: bool = True

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(slots=True)
class EntityMention:
    """One mention of a named entity in a document.

    ``name`` is the canonical name (aliases resolved, possessives and titles
    stripped); ``text`` is the surface form as written.
    """

    name: str
    label: str
    text: str
    start: int
    end: int
    sent_start: int
    sent_end: int


#: How a quantity's value relates to the stated number.
Approx = Literal["=", "~", ">", ">=", "<", "<="]


@dataclass(slots=True)
class Quantity:
    """A figure stated in text: "about 45%", "$0.30 per million tokens", "8.5 times".

    ``value`` is the number as stated (the midpoint for a range, whose ends are
    ``low`` and ``high``; for a single number ``low == high == value``).
    ``unit`` is normalised ("%", "USD", "tokens", "USD per million tokens");
    ``kind`` is one of :data:`QUANTITY_KINDS`. ``approx`` reads "about" as ``~``,
    "more than" as ``>``, "at least" as ``>=``, "under" as ``<`` and "up to" as ``<=``.
    """

    value: float
    low: float
    high: float
    unit: str
    kind: QuantityKind
    approx: Approx
    text: str
    start: int
    end: int
    #: What the figure measures, for a figure that makes no claim (a duration or an
    #: age: "a four-year *contract*"); a claim's own ``metric`` says it for the others.
    measured: str | None = None


@dataclass(slots=True)
class TimeExpression:
    """A time expression normalised to an inclusive interval of days.

    "late April 2026" is ``start="2026-04-21", end="2026-04-30",
    granularity="part-of-month"``. ``anchor`` is the date used to resolve
    relative or year-less expressions ("last week", "in June"), or None when
    the expression was absolute.
    """

    start: str
    end: str
    granularity: str
    text: str
    start_char: int
    end_char: int
    anchor: str | None = None


#: What a reader yields.
ReadItem = SourceDocument | FeedRef | Problem

#: How sure the text is of a claim: said as fact by a source ("reported"), an
#: estimate, a projection of the future, or true only under a condition.
Hedge = Literal["reported", "estimated", "projected", "conditional"]
#: Whether a figure is an amount or state ("held 45%", "rose to $5bn") or the size of
#: a movement ("jumped 76%", "a 56.9 percent increase", "cut by 300 jobs").
Change = Literal["level", "increase", "decrease"]
CHANGES: tuple[Change, ...] = get_args(Change)
#: Which way the movement went that a figure states or that reached a level.
Direction = Literal["up", "down"]
#: Where a claim's time came from: stated in its sentence; stated earlier in the
#: article ("by April 2026, the data shows ..."): "context"; the document's
#: publication date standing in for it: "as-reported"; said to be before the article
#: without a date ("previously offered £1.3bn"; no time): "earlier"; or nothing: "none".
TimeBasis = Literal["stated", "context", "as-reported", "earlier", "none"]


@dataclass(slots=True)
class Citation:
    """A source a document or claim relies on.

    ``kind`` is how it was cited: "according_to" ("according to X"),
    "attribution" ("X said"), "citing" ("citing X's data"), "quote" (a quotation
    with its speaker), "footnote" (a ``[n]`` marker resolved against the
    document's numbered Sources list) or "link" (a hyperlink in the markup).
    ``role`` tells a speaker (who says it) from a data source (whose numbers).
    ``claims`` are indexes into :attr:`Extraction.claims` that it supports.
    """

    kind: CitationKind
    source: str
    role: SourceRole = "source"
    text: str = ""
    start: int = -1
    end: int = -1
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    number: int | None = None
    claims: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    """One asserted figure or dated event, from one sentence.

    ``quantity`` is None for an event ("Tencent launched WorkBuddy in late May
    2026"), whose ``metric`` then names what happened ("launch WorkBuddy").
    ``start``/``end`` are the figure's (or the event's) character span and
    ``sent_start``/``sent_end`` the sentence's, both into the document text.

    ``change`` says whether the figure is a level or the size of an increase or
    decrease, ``direction`` which way the movement went ("slipped to 36%" is a
    level reached going down), and ``change_cue`` the words that say so ("slipped
    to"). The two ends of a "from X to Y" share a ``series`` id: a trend, X at
    the start of its period and Y at the end, never a contradiction.
    """

    sentence: str
    sent_start: int
    sent_end: int
    start: int
    end: int
    subject: str | None = None
    subject_entity: str | None = None
    metric: str | None = None
    scope: list[str] = field(default_factory=list)
    quantity: Quantity | None = None
    time: TimeExpression | None = None
    time_basis: TimeBasis = "none"
    attributed_to: str | None = None
    cited: list[str] = field(default_factory=list)
    hedge: Hedge = "reported"
    change: Change = "level"
    direction: Direction | None = None
    change_cue: str = ""
    series: str | None = None


@dataclass(slots=True)
class Statement:
    """A sentence in which an actor says, argues or frames something.

    Figures are :class:`Claim` records; statements are the positions around
    them ("X argues the gains are price-driven"), read for perspectives and
    tensions. ``speaker`` is the canonical entity name when the speaker is a
    named entity, else the noun phrase that names a group ("analysts tracking
    the data", "developer-community commentators"). ``speaker_kind`` is
    "person", "organisation", "outlet" or "group". ``via`` is how the sentence
    attributes it: "said" (a reporting verb), "according_to", "quote" (a
    quotation with its speaker), "reading" ("one reading, from X, is that ...")
    or "framing" ("X characterised ... as ..."). ``cue`` is the contrast cue
    that opens or marks the sentence ("however", "a different reading"), else
    "". ``stance`` holds the stance words it uses ("durable", "price-driven"),
    lower-cased, in text order. ``speaker_role`` is what the text says the
    speaker is ("director of product at Zhipu AI", "analyst"), else "".

    ``content`` is the words attributed (``content_start``/``content_end`` into
    the document text; a quotation whole, inside its marks, even over several
    sentences or split around its cue), ``attribution_cue`` the words that
    attribute them ("said", "told reporters", "according to", "believes"), and
    ``kind`` what they are (:data:`STATEMENT_KINDS`). ``speaker_mention`` is the
    speaker as written ("he", "the company", "one Chinese AI executive") when
    ``speaker`` resolves it to a named actor, else the speaker itself. ``about``
    is the actor a report's summary is about (``kind`` "summary"), else None.
    """

    speaker: str
    speaker_kind: SpeakerKind
    via: StatementVia
    sentence: str
    sent_start: int
    sent_end: int
    speaker_entity: str | None = None
    speaker_role: str = ""
    cue: str = ""
    stance: list[str] = field(default_factory=list)
    content: str = ""
    content_start: int = -1
    content_end: int = -1
    attribution_cue: str = ""
    kind: StatementKind = "indirect"
    speaker_mention: str = ""
    about: str | None = None


@dataclass(slots=True)
class Extraction:
    """Everything the extractors made of one document: what a store writes.

    ``id`` and ``text_hash`` come from :mod:`extractors.ids`; ``aliases`` maps a
    canonical entity name to the other names it was seen under or is known by.
    """

    id: str
    source: SourceDocument
    text_hash: str
    mentions: list[EntityMention] = field(default_factory=list)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    canonical: set[str] = field(default_factory=set)
    extractor: str = ""
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    #: The text's MinHash fingerprint (:mod:`extractors.copies`), made where the text is
    #: parsed so that a store's write transaction does not spend its lock on it.
    fingerprint: Fingerprint | None = None
