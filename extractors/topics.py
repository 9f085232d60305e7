"""What a figure is about, normalised, so claims from different outlets can meet.

Two claims can only disagree if they measure the same thing: the same kind
of quantity, a compatible subject and the same metric. This module turns a
claim's free-text subject and metric into small sets of normalised terms,
and a *topic key* that indexes the claims worth comparing:

- metric terms: lemmas of the metric's content words, with common synonyms
  folded ("consumption", "usage", "traffic" are all "volume") and words that
  only qualify the period or breadth dropped ("weekly", "total", "market");
- subject terms: nationalities and countries folded to one name ("Chinese",
  "China" -> "china"; "US", "U.S.", "American" -> "united states") plus the
  canonical entity the subject names; generic nouns ("models", "firms") are
  dropped, so "Chinese AI models" and "major Chinese LLMs" meet.

No rule here names a source, a platform or a story: these are general
newsroom synonyms, tuned on the BBC corpus and the examples.

Examples
--------
>>> sorted(metric_terms("share of weekly token consumption"))
['share', 'token', 'volume']
>>> metric_terms("market share of token volume") == metric_terms("token volume share")
True
>>> sorted(subject_terms("major Chinese LLMs", None))
['china']
>>> topic_key("percent", "%", "share of token usage", "Chinese AI models", None)
'percent|%|china|share'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from extractors.furniture import is_furniture
from extractors.records import QUANTITY_KINDS, QuantityKind

#: Words folded into one term ("usage" and "consumption" of tokens are the same volume).
SYNONYMS = {
    "consumption": "volume", "usage": "volume", "use": "volume", "traffic": "volume",
    "call": "volume", "calls": "volume",
    "request": "volume", "requests": "volume", "query": "volume", "queries": "volume",
    "throughput": "volume", "demand": "volume",
    "sales": "revenue", "turnover": "revenue", "takings": "revenue",
    "profits": "profit", "earnings": "profit",
    "prices": "price", "fee": "price", "fees": "price", "tariff": "price",
    "costs": "cost", "spending": "cost", "spend": "cost", "expenditure": "cost",
    "jobs": "job", "workers": "worker", "employees": "worker", "staff": "worker",
    "cheaper": "cheap", "costlier": "expensive", "faster": "fast", "slower": "slow",
    "larger": "large", "bigger": "large", "smaller": "small",
    "capability": "performance", "capabilities": "performance",
}  # fmt: skip
#: Terms that name a measured quantity: a share *of cost* and a share *of volume*
#: divide different things, while "provider-level" only says how a share is counted.
MEASURE_TERMS = frozenset(
    "share price cost revenue profit growth rate volume value valuation output supply "
    "income margin inflation unemployment performance speed capacity job worker "
    "population vote seat score ranking count number total".split()
)
#: Words that only qualify a metric's period, breadth or tone.
QUALIFIERS = frozenset(
    "of the a an its their his her our total overall weekly daily monthly annual yearly "
    "quarterly global worldwide combined current latest new recent market than and or in "
    "on at by for to some about roughly nearly".split()
)
#: Nouns too generic to identify a subject.
GENERIC_SUBJECTS = frozenset(
    "model models llm llms ai provider providers lab labs developer developers company "
    "companies firm firms startup startups system systems player players vendor vendors "
    "major leading top big biggest largest main other open source open-source the a an "
    "of from in at and some all many several most its their group groups".split()
)
NATIONALITIES = {
    "chinese": "china", "china": "china", "prc": "china",
    "american": "united states", "americans": "united states", "us": "united states",
    "u.s.": "united states", "u.s": "united states", "usa": "united states",
    "america": "united states", "united states": "united states",
    "british": "united kingdom", "uk": "united kingdom", "u.k.": "united kingdom",
    "britain": "united kingdom", "english": "united kingdom",
    "european": "europe", "europe": "europe", "eu": "europe",
    "japanese": "japan", "japan": "japan", "korean": "south korea", "korea": "south korea",
    "indian": "india", "india": "india", "french": "france", "france": "france",
    "german": "germany", "germany": "germany", "russian": "russia", "russia": "russia",
    "western": "west", "west": "west",
}  # fmt: skip
#: Kinds whose figures can contradict each other (events, durations and ages are not figures).
FIGURE_KINDS: frozenset[QuantityKind] = frozenset(QUANTITY_KINDS) - {"duration", "age"}

_WORD = re.compile(r"[a-z][a-z.'’-]*")


def _lemma(word: str) -> str:
    word = word.strip(".'’-")
    if word in SYNONYMS:
        return SYNONYMS[word]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return SYNONYMS.get(word, word)


def metric_terms(metric: str | None, kind: str = "") -> frozenset[str]:
    """The content terms of a metric, normalised; see the module docstring."""
    if not metric:
        return frozenset()
    words = _WORD.findall(metric.lower().replace("-", " "))
    if kind == "percent" and words and words[0] in SHARE_VERBS:
        words[0] = "share"  # "hold 46.6%" states a share
    return frozenset(_lemma(w) for w in words if w not in QUALIFIERS and len(w) > 1)


#: Verbs that, with a percentage, state a share ("they hold 46.6%", "accounted for 61%").
SHARE_VERBS = frozenset(
    "hold held account accounted capture captured command commanded control controlled "
    "represent represented take took reach reached make made comprise comprised own owned "
    "have had".split()
)


#: What a share that names no measure is a share of.
MARKET_SHARE_OF = frozenset({"volume", "revenue"})


def measured_terms(metric: str | None, kind: str = "") -> frozenset[str]:
    """The measured quantities a metric names besides its head.

    >>> sorted(measured_terms("share of cost", "percent"))
    ['cost']
    >>> sorted(measured_terms("provider-level market share", "percent"))
    ['revenue', 'volume']
    """
    head = metric_head(metric, kind)
    named = (metric_terms(metric, kind) & MEASURE_TERMS) - {head}
    if head == "share" and not named:
        return MARKET_SHARE_OF  # a plain "market share" counts sales or volume
    return named


def subject_head(subject: str | None) -> str:
    """What a subject counts, by its last word, singular: "labs" in "six Chinese labs".

    >>> subject_head("six Chinese labs"), subject_head("Chinese models"), subject_head(None)
    ('lab', 'model', '')
    """
    words = [w for w in (subject or "").lower().replace("-", " ").split() if w.isalpha()]
    return words[-1].removesuffix("s") if words else ""


def metric_head(metric: str | None, kind: str = "") -> str:
    """The measure itself: "share" in "market share of token volume"."""
    if not metric:
        return ""
    before_of = metric.lower().split(" of ")[0].split(" than ")[0]
    words = [w for w in _WORD.findall(before_of) if w not in QUALIFIERS]
    if not words:
        return ""
    if kind == "percent" and words[0] in SHARE_VERBS:
        return "share"
    return _lemma(words[-1])


#: Each nationality's phrase as a whole word, compiled once: it is looked for in every
#: claim's subject.
_NATIONALITY_PATTERNS = [
    (phrase, re.compile(rf"(?<![\w.]){re.escape(phrase)}(?![\w])"), country)
    for phrase, country in NATIONALITIES.items()
]


def subject_terms(subject: str | None, entity: str | None) -> frozenset[str]:
    """Who or what a figure is about, as nationality and entity terms."""
    terms: set[str] = set()
    text = (subject or "").lower()
    for phrase, pattern, country in _NATIONALITY_PATTERNS:
        if phrase in text and pattern.search(text):  # (the substring test first: cheap)
            terms.add(country)
    if entity:
        name = entity.lower()
        terms.add(NATIONALITIES.get(name, name))
    if not terms and text:
        words = [w for w in _WORD.findall(text) if w not in GENERIC_SUBJECTS]
        terms.update(_lemma(w) for w in words)
    return frozenset(terms)


def _bare_measure(
    subject: str | None, entity: str | None, subjects: frozenset[str], head: str
) -> bool:
    """Whether a subject only names a measure ("Pre-tax profits"), with no owner."""
    if entity or subjects & set(NATIONALITIES.values()):
        return False
    words = _WORD.findall((subject or "").lower().replace("-", " "))
    return bool(words) and _lemma(words[-1]) in MEASURE_TERMS | {head}


def topic_key(
    kind: str,
    unit: str | None,
    metric: str | None,
    subject: str | None,
    entity: str | None,
    change: str = "level",
) -> str | None:
    """The index key of the claims a figure should be compared with, or None.

    Claims without a subject or a metric get no key, nor claims whose subject
    is only the measure itself ("Net profit rose 6%"): comparing them with
    everything would only make noise. A change ("rose 6%") only meets changes
    and a level ("held 45%") only levels: ``change`` adds "|change" to the key.

    >>> topic_key("percent", "%", "net profit", "Net profit", None) is None
    True
    >>> topic_key("percent", "%", "share", "Chinese models", None, "increase")
    'percent|%|china|share|change'
    """
    if kind not in FIGURE_KINDS:
        return None
    head = metric_head(metric, kind)
    subjects = subject_terms(subject, entity)
    if not head or not subjects or _bare_measure(subject, entity, subjects, head):
        return None  # "Net profit rose 6%": whose profit is not said, so no one to compare
    key = f"{kind}|{unit or ''}|{','.join(sorted(subjects))}|{head}"
    return key if change == "level" else f"{key}|change"


# -- what an article is about, in its own words (narratives) ---------------------------

#: Words that say nothing of what an article is about: function words, reporting verbs,
#: time words and the furniture of news copy.
STORY_STOPWORDS = frozenset(
    """
    a about above across after again against ago all almost along already also although
    always am among an and another any anyone anything are around as at away back be
    became because become been before being below between both but by can cannot could
    did do does doing done down during each early either else enough even ever every few
    first for former from further get gets getting given go going got had has have having
    he her here hers herself him himself his how however i if in including inside instead
    into is it its itself just last late later latest least less like likely made make
    makes making many may me might more most much must my near nearly need never new next
    no none nor not now of off often on once one only onto or other others otherwise our
    ours out over own per perhaps put rather really said same say saying says see seen
    several shall she should since so some something still such take taken than that the
    their theirs them themselves then there these they this those though three through
    thus to today told too toward towards two under until up upon us use used very via
    was way we week weeks well went were what when where whether which while who whom
    whose why will with within without would year years yet you your yesterday tuesday
    monday wednesday thursday friday saturday sunday january february march april june
    july august september october november december according reported report reports
    reporting statement announced news time times day days month months percent people
    told asked added says told call called want wants wanted think know known show shows
    showed came come comes part set amid put least including mr mrs ms dr lot lots bit
    """.split()
)
#: How many words of an article's text after its title make its lead.
LEAD_WORDS = 60
_STORY_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")


def story_terms(title: str | None, text: str | None, names: Iterable[str] = ()) -> dict[str, int]:
    """The content words of an article's title and lead, lightly folded, with counts,
    leaving out the words of ``names`` (entities weighed on their own: placement
    passes its common ones).

    The title counts twice (it says what the article is about); the lead is the
    first :data:`LEAD_WORDS` words of the text after it. Two articles on one event
    from different outlets share few names but many of these ("shooting",
    "officer", "footage"): what :mod:`kg.narratives` compares besides entities.

    >>> story_terms("Police release footage of shooting", "Police showed the footage.")
    {'police': 3, 'release': 2, 'footage': 3, 'shooting': 2}
    """
    title = title or ""
    body = text or ""
    if title and body.lstrip().startswith(title.strip()):
        body = body.lstrip()[len(title.strip()) :]  # a title repeated as the first line
    # A feed's "Continue reading..." or an image credit is not what the story says.
    body = "\n".join(line for line in body.splitlines() if not is_furniture(line))
    lead = " ".join(body.split()[:LEAD_WORDS])
    skip = {w for name in names for w in _story_words(name)}
    counts: dict[str, int] = {}
    for part, step in ((title, 2), (lead, 1)):
        for term in _story_words(part):
            if term not in skip:
                counts[term] = counts.get(term, 0) + step
    return counts


def _story_words(text: str) -> Iterator[str]:
    for word in _STORY_WORD.findall(text.lower().replace("’", "'")):
        if word.endswith("'s"):
            word = word[:-2]
        if len(word) >= 3 and word not in STORY_STOPWORDS:
            yield singular(word)


def singular(word: str, longer_than: int = 4) -> str:
    """A plural word's singular, read off its ending; a word of ``longer_than`` letters or
    fewer, and one in "-ss", "-us" or "-is", stays as it is ("-ies" needs five letters:
    "pies" is a pie).

    >>> singular("stories"), singular("models"), singular("cars"), singular("cars", 2)
    ('story', 'model', 'cars', 'car')
    >>> singular("pies", 2), singular("bus", 2)
    ('pie', 'bus')
    """
    if len(word) > max(longer_than, 4) and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > longer_than and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word
