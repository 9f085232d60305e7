"""A story's label: the key phrase a person would write, from its titles and leads.

A list of entities ("MiniMax, OpenRouter, API") says who is in a story, not
what it is about. The label is instead a headline-like span of one of its
titles (two to LABEL_WORDS words, within a clause), chosen for what its words
are worth: a word counts for the share of the story's other documents that use
it (found only in a lead, half as much as in a title) and for being rare among
the store's titles (a word many stories use, "White House", tells none apart;
see :class:`Background`). A name counts once however many words it has; a span
that says what happened (a shared word that is not part of a name) beats one
that only says who ("Colin Powell"); a span that starts where its clause does,
with the subject, beats one that starts after a verb; one that cuts a phrase, a
name, a figure or a quotation in two loses. A lead's spans are tried too, at a
cost. What no one would write is never a candidate: page furniture ("Skip to
content"), credits ("AP Photo/John Minchillo"), disclaimers, and shouting
(all-caps lines); nor is the attribution that ends a title (", police say").

A story of one document, or whose titles share nothing, is labelled by its most
central title, cut to its main clause; with no usable title, by its entities.

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

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

__all__ = ["Background", "furniture", "key_phrase", "usable_lines"]

#: Longest title used as a label, in words (a headline is cut, not a phrase).
TITLE_WORDS = 10
#: Words a label does not start or end with.
STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with as is are was were be been
    has have had it its this that these those their his her our your my we you they he
    she i not no so than then there here about into over after before up down out new
    says said say will would could should may might can also just more most very how what
    why who when where which while amid via vs per against during under across toward
    towards without within between among through despite since until near off onto upon
    around behind beyond following including if whether because do does did being least
    nearly almost some all any many much other another such only own same too each every
    both few again still now yet even already ever soon cannot can't won't don't doesn't
    didn't isn't aren't wasn't weren't hasn't haven't wouldn't couldn't shouldn't""".split()
)
#: Numbers and spans of time: "three months" is shared by many stories and names none.
COUNTING = frozenset(
    """one two three four five six seven eight nine ten eleven twelve hundred thousand
    million billion trillion first second third last next half quarter percent per cent
    day days week weeks month months year years today yesterday tomorrow monday tuesday
    wednesday thursday friday saturday sunday january february march april june july
    august september october november december jan feb mar apr jun jul aug sep sept oct
    nov dec""".split()
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
# A period ends a clause, but not after an initial or a title ("U.S. puts", "Dr. Davis").
_CLAUSE = re.compile(
    r"\s+(?:[-–—|:]|\u2014)\s+|[;!?]\s|:\s|,\s+(?=(?:as|but|while|after|amid)\s)|"
    r"(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Jr|Sr|vs|No))(?<!\b(?:Mrs|Gov|Sen|Rep|Gen|Jan|Feb))"
    r"(?<!\b(?:Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?<!\bSept)\.\s"
)


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


class Background:
    """How many of a sample of the store's titles use each word: a word most stories
    use ("White House", "president") tells no story apart.

    >>> common = Background(["White House says no", "White House hosts a dinner", "Port strike"])
    >>> common.rarity(_stem("House")) < common.rarity(_stem("strike")) < common.rarity("unseen")
    True
    """

    def __init__(self, titles: Iterable[str | None] = ()) -> None:
        self.counts: Counter[str] = Counter()
        self.size = 0
        for title in titles:
            self.size += 1
            self.counts.update(_stems(title or ""))

    def rarity(self, stem: str, own: int = 0) -> float:
        """1.0 for a word no sampled title uses, falling towards 0 as more do; ``own``
        uses are the story's own titles, not counted against it."""
        used = max(0, self.counts[stem] - own)
        if not self.size or not used:
            return 1.0
        return max(0.0, 1.0 - math.log1p(used) / math.log1p(max(self.size, 2)))


def key_phrase(
    texts: Sequence[str | None],
    entities: Sequence[str],
    *,
    background: Background | None = None,
) -> str:
    """The headline-like phrase a story's documents (``texts``, one per document: its
    title and lead) tell it by: the span of one of its titles, at most LABEL_WORDS words,
    whose words most of the other documents also use.

    ``entities`` are the story's entity names, most telling first; a span that is only
    an entity name says who, not what happened, and ranks below one with an event word.
    ``background`` (titles sampled from the store) discounts words many stories use.
    Returns "" when nothing usable is found.

    >>> key_phrase([
    ...     "Supreme Court sides with police in immunity cases",
    ...     "Justices side with officers on qualified immunity",
    ...     "Supreme Court backs police officers in immunity cases",
    ... ], ["Supreme Court"])
    'Supreme Court sides with police in immunity cases'
    """
    documents = [_Document(lines) for lines in map(usable_lines, ([t] for t in texts)) if lines]
    if not documents:
        return ""
    if len(documents) > 1:
        names = {s for name in entities for s in _stems(name)}
        worth = _Worth(documents, background or Background())
        best = max(
            (
                span
                for index, document in enumerate(_candidates(documents))
                for span in _document_spans(document, index, worth, names)
            ),
            key=lambda span: (span.score, -span.words, -span.document),
            default=None,
        )
        if best is not None and best.score > 0:
            return _tidy(_completed(best))
    return _best_title([d.lines for d in documents], entities)


#: Longest label, in words: a headline, not a sentence.
LABEL_WORDS = 8
#: Titles whose spans are tried (the first ones; a big story's titles repeat).
CANDIDATES = 20
#: What a word must earn (share of other documents using it, discounted by how common it
#: is in the store) to be worth a place in the label.
THRESHOLD = 0.15
#: A word found only in a document's lead counts this much of one found in its title.
LEAD_WEIGHT = 0.5
#: What each comma inside a span costs.
COMMA_COST = 0.2
#: What a span taken from a lead, not a title, costs.
LEAD_COST = 0.8
#: What a stopword inside a span costs; what a shared event word (one that is not part
#: of a name) earns; what a span that is a name and nothing else costs (it says who, not
#: what happened); what starting with the subject (where the clause starts) earns;
#: what starting or ending inside a phrase costs ("rules against immigrants seeking |
#: green cards").
STOP_COST, EVENT_BONUS, NAME_COST, SUBJECT_BONUS, CUT_COST = 0.02, 0.3, 0.3, 0.5, 0.3


#: Words bound to the word after them: a span does not start after one.
BINDING = frozenset("a an the this that these those his her its their our your my own no".split())
#: Words that finish the phrase before them, a verb's particle ("shuts down", "go out")
#: or a speaker's verb ("…, White House says"): a span does not end before one.
FINISHING = frozenset("up down out off over back away says say said".split())


class _Document:
    """One document's title (its first usable line) and the stems of its title and lead."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.title = lines[0]
        self.title_stems = set(_stems(self.title))
        self.sentence = _sentence_case(self.title)
        self.lead_stems = {s for line in lines[1:] for s in _stems(line)} - self.title_stems


def _candidates(documents: Sequence[_Document]) -> list[_Document]:
    """The documents whose titles are tried, each title once."""
    seen: dict[str, _Document] = {}
    for document in documents:
        seen.setdefault(document.title.casefold(), document)
    return list(seen.values())[:CANDIDATES]


def _document_spans(
    document: _Document, index: int, worth: _Worth, names: set[str]
) -> Iterable[_Span]:
    """The spans of a document's title, then of its lead at LEAD_COST less: a title is
    what its outlet chose to call the story, the lead only tells it."""
    weights = worth.of(document)
    for clause in _clauses(document.title):
        yield from _Clause(clause, document.sentence, weights, names).spans(index)
    for line in document.lines[1:]:
        for clause in _clauses(line):
            for span in _Clause(clause, True, weights, names).spans(index):
                span.score -= LEAD_COST
                yield span


def _clauses(line: str) -> list[str]:
    """A line's clauses, each without the attribution that ends it.

    >>> _clauses("Bus fares will rise, transit board says: a blow to commuters")
    ['Bus fares will rise', 'a blow to commuters']
    """
    return [_ATTRIBUTION.sub("", clause) for clause in _CLAUSE.split(line)]


#: ", transit board says", ", says the mayor": who said it, not what happened.
_ATTRIBUTION = re.compile(r",\s+(?:(?:says|said)\s[^,]+|[^,]+\s(?:says|said))\s*$", re.I)


class _Worth:
    """What each word of a title is worth to the label: the share of the story's other
    documents that use it (in a lead it counts LEAD_WEIGHT of a title), discounted when
    many of the store's titles use it, less THRESHOLD."""

    def __init__(self, documents: Sequence[_Document], background: Background) -> None:
        self.others = len(documents) - 1
        self.titles = Counter(s for d in documents for s in d.title_stems)
        self.leads = Counter(s for d in documents for s in d.lead_stems)
        self.background = background
        self.cache: dict[int, dict[str, float]] = {}

    def of(self, document: _Document) -> dict[str, float]:
        if id(document) in self.cache:
            return self.cache[id(document)]
        found = self.cache[id(document)] = {}
        for stem in document.title_stems | document.lead_stems:
            own = 1.0 if stem in document.title_stems else LEAD_WEIGHT
            used = self.titles[stem] + LEAD_WEIGHT * self.leads[stem] - own
            rarity = self.background.rarity(stem, self.titles[stem])
            found[stem] = used / self.others * (0.5 + 0.5 * rarity) - THRESHOLD
        return found


class _Span:
    def __init__(self, text: str, score: float, words: int, document: int) -> None:
        self.text, self.score, self.words, self.document = text, score, words, document
        #: The clause it was cut from and its first and last word there (for
        #: :func:`_completed`).
        self.clause: _Clause | None = None
        self.start = self.end = 0


class _Clause:
    """One clause of a title: its words, their stems and worth, and which are names."""

    def __init__(self, text: str, sentence: bool, worth: dict[str, float], names: set[str]) -> None:
        found = list(_WORD.finditer(text))
        self.text, self.worth = text, worth
        self.quoted = any(mark in text for mark in '‘’“”"')
        self.bounds = [(m.start(), m.end()) for m in found]
        self.words = words = [m.group() for m in found]
        # Capitals mark names only in a sentence-case title ("Justice Department").
        self.capitals = [sentence and w[:1].isupper() for w in words]
        self.stems: list[str | None] = [
            None if _weak(w) and not _figure(w) else _stem(w) for w in words
        ]
        self.figures = [_figure(w) for w in words]
        for i in range(1, len(words)):
            # "$3.5 trillion", "70 percent": a count after a figure is part of it.
            if self.figures[i - 1] and words[i].casefold() in COUNTING:
                self.stems[i], self.figures[i] = _stem(words[i]), True
        # A word is part of a name when a story's entity uses it, or when it is
        # capitalised inside a sentence-case title (or starts one before another capital).
        self.named = [
            stem is not None
            and (
                stem in names
                or (self.capitals[i] and (i > 0 or (len(words) > 1 and self.capitals[1])))
            )
            for i, stem in enumerate(self.stems)
        ]

    def spans(self, document: int) -> Iterable[_Span]:
        """Each span of 2 to LABEL_WORDS words that starts with a content word, ends
        with one or a figure, and does not cut a name in two, with its score."""
        size = len(self.stems)
        for start in range(size):
            if self.stems[start] is None or self.figures[start] or self._inside(start):
                continue
            if start and self._joined(start):
                continue
            # Two words at least: one word ("Deal", "Biden") is a topic, not a story.
            for end in range(start + 2, min(start + LABEL_WORDS, size) + 1):
                if self.stems[end - 1] is None:
                    continue
                if end < size and (self._inside(end) or self._joined(end)):
                    continue
                if _POSSESSIVE.search(self.words[end - 1]):
                    continue  # "Pfizer’s" wants the noun it owns
                if end < size and self.words[end].casefold() in FINISHING:
                    continue
                stop = self.bounds[end - 1][1]
                if "." in self.words[end - 1] and self.text[stop : stop + 1] == ".":
                    stop += 1  # "U.S." keeps its last period
                text = self.text[self.bounds[start][0] : stop]
                # A span that cuts a quotation in two cuts a phrase too.
                cut = CUT_COST if self.quoted and _unpaired(text) else 0.0
                # A comma joins a list or another clause: crossing one costs a little.
                cut += COMMA_COST * text.count(", ")
                span = _Span(text, self.score(start, end) - cut, end - start, document)
                span.clause, span.start, span.end = self, start, end
                yield span

    def _inside(self, index: int) -> bool:
        """Whether a cut before word ``index`` falls inside a capitalised name."""
        return index > 0 and self.capitals[index - 1] and self.capitals[index]

    def _joined(self, index: int) -> bool:
        """Whether word ``index`` continues the unit before it: a name's next word, or a
        figure's count ("$3.5 | trillion")."""
        named = self.named[index] and self.named[index - 1]
        return named or (self.figures[index] and self.figures[index - 1])

    def score(self, start: int, end: int) -> float:
        """The worth of the span's units (a name counts once, at its best word's worth;
        any other content word on its own), less its stopwords, with the bonuses and
        costs above."""
        units: list[tuple[bool, float]] = []  # (is a name, worth)
        seen: set[str] = set()
        stops = 0
        for i in range(start, end):
            stem = self.stems[i]
            if stem is None:
                stops += 1
                continue
            value = self.worth.get(stem, -THRESHOLD) if stem not in seen else 0.0
            seen.add(stem)
            if units and i > start and self._joined(i):
                units[-1] = (units[-1][0], max(units[-1][1], value))  # one name, one unit
            else:
                units.append((self.named[i], value))
        score = sum(value for _, value in units) - STOP_COST * stops
        if any(not named and value > 0 for named, value in units):
            score += EVENT_BONUS
        elif len(units) == 1:
            score -= NAME_COST
        if start == 0:
            score += SUBJECT_BONUS
        elif self.stems[start - 1] is not None or self.words[start - 1].casefold() in BINDING:
            score -= CUT_COST  # "how long can the | U.S. Embassy", "took own | life in"
        if end < len(self.stems) and self.stems[end] is not None:
            score -= CUT_COST
        return score


def _completed(span: _Span) -> str:
    """The span, run on to where its phrase ends when it stops inside one: to a comma
    or the clause's end ("China says no unusual | pathogens found in outbreaks",
    "Jobless claims fell | to 498,000 last week"), past a quotation it opened
    ("Tokyo's new 'city within a city'"), at TITLE_WORDS words at most; else as it is.
    A headline's words are all the story's, not only those other titles share.

    >>> clause = _Clause("China says no unusual pathogens found in outbreaks", True, {}, set())
    >>> span = _Span("China says no unusual", 1.0, 4, 0)
    >>> span.clause, span.start, span.end = clause, 0, 4
    >>> _completed(span)
    'China says no unusual pathogens found in outbreaks'
    """
    clause = span.clause
    if clause is None:
        return span.text
    words, end = clause.words, span.end
    if _unpaired(span.text):
        closing = next((n for n in range(end, len(words)) if not _unpaired(clause.text[
            clause.bounds[span.start][0] : clause.bounds[n][1] + 1])), None)  # fmt: skip
        end = closing + 1 if closing is not None else end
    while end < len(words):
        if "," in clause.text[clause.bounds[end - 1][1] : clause.bounds[end][0]]:
            break  # a comma ends the phrase ("Rasual Butler, 13-year NBA veteran, ...")
        end += 1
    if end == span.end or end - span.start > TITLE_WORDS:
        return span.text
    return clause.text[clause.bounds[span.start][0] : clause.bounds[end - 1][1]]


def _sentence_case(title: str) -> bool:
    """Whether a title capitalises only clause starts and names (so that a capital marks
    a name), not every word (Title Case): whether any content word is in lower case.

    >>> _sentence_case("Energy Secretary Jennifer Granholm: Clock is ticking")
    True
    >>> _sentence_case("Senate Democrats Reveal Proposal to Decriminalize Marijuana")
    False
    """
    return any(w.islower() and w.isalpha() and not _weak(w) for w in _WORD.findall(title))


def _figure(word: str) -> bool:
    """Whether a word is a figure ("600,000", "3.5T", "30K"), not a name with a number.

    >>> _figure("600,000"), _figure("3.5T"), _figure("COVID-19")
    (True, True, False)
    """
    return _FIGURE.fullmatch(word) is not None


_FIGURE = re.compile(r"\d[\d,./]*(?:[A-Za-z]{1,3})?")


def _stems(text: str) -> list[str]:
    """The content words of a text, folded so that a headline's "sets" and a lead's
    "setting" count as one word.

    >>> _stems("Senate votes on voting bills, setting up a test")
    ['senat', 'vot', 'vot', 'bill', 'set', 'test']
    """
    return [_stem(w) for w in _WORD.findall(text) if not _weak(w) or _figure(w)]


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A word folded for matching: lower case, no possessive or periods, a common ending
    off, six letters at most; a compound by its first word with letters.

    >>> [_stem(w) for w in ["COVID-19", "U.S.", "Biden’s", "vaccinated", "vaccines"]]
    ['covid', 'us', 'biden', 'vaccin', 'vaccin']
    """
    if "-" in word:
        word = next((part for part in word.split("-") if any(c.isalpha() for c in part)), word)
    folded = re.sub(r"['’]s?$", "", word.casefold()).replace(".", "")
    for suffix in ("ing", "ed", "es", "s", "e"):
        if folded.endswith(suffix) and len(folded) - len(suffix) >= 3:
            folded = folded[: -len(suffix)]
            if suffix in ("ing", "ed") and folded[-1] == folded[-2] and folded[-1] not in "ls":
                folded = folded[:-1]  # "setting", "stopped": set, stop
            break
    return folded[:6]


def _tidy(text: str) -> str:
    """A span as a label: quotation marks that lost their pair when the span was cut
    dropped (an apostrophe kept), the first letter capitalised as a headline's is.

    >>> _tidy("fully vaccinated ‘travellers")
    'Fully vaccinated travellers'
    >>> _tidy("Biden’s ‘new’ goal for Republicans’ plan")
    'Biden’s ‘new’ goal for Republicans’ plan'
    >>> _tidy('court rules on "fair use')
    'Court rules on fair use'
    """
    unpaired = _unpaired(text)
    text = "".join(ch for i, ch in enumerate(text) if i not in unpaired)
    return text[:1].upper() + text[1:]


def _unpaired(text: str) -> set[int]:
    """Where the quotation marks are that lost their pair (an apostrophe is not one).

    >>> sorted(_unpaired("Tokyo's new 'city"))
    [12]
    """
    # A straight quote opening a quotation (after a space, before a word) or closing one
    # reads as the curly one it stands for; one inside a word is an apostrophe.
    text = _STRAIGHT_CLOSE.sub("’", _STRAIGHT_OPEN.sub("‘", text))
    unpaired: set[int] = set()
    for left, right in (("‘", "’"), ("“", "”")):
        opened: list[int] = []
        for match in _QUOTE.finditer(text):
            mark, at = match.group(), match.start()
            if mark == left:
                opened.append(at)
            elif mark == right and opened:
                opened.pop()
            elif mark == right and not (mark == "’" and text[at - 1 : at] in ("s", "S")):
                unpaired.add(at)  # a closing mark whose opening one was cut off
        unpaired.update(opened)
    if text.count('"') % 2:
        unpaired.update(i for i, ch in enumerate(text) if ch == '"')
    return unpaired


_STRAIGHT_OPEN = re.compile(r"(?:(?<=\s)|^)'(?=\w)")
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w,.!?])'(?=\s|$|[,.;:!?])")
#: Quotation marks opening a quotation (before a word) or closing one (after a word).
_QUOTE = re.compile(r"(?:(?<=\s)|^)[‘“](?=\w)|(?<=[\w,.!?])[’”](?=\s|$|[,.;:!?])")


_POSSESSIVE = re.compile(r"['’]s$|s['’]$", re.IGNORECASE)


def _weak(word: str) -> bool:
    folded = word.casefold().replace("’", "'")
    return folded in STOPWORDS or folded in COUNTING or not any(ch.isalpha() for ch in word)


def _best_title(documents: Sequence[Sequence[str]], entities: Sequence[str]) -> str:
    """The title most like the other documents' words (naming a telling entity breaks a
    tie), cut to its main clause (:func:`_main_clause`)."""
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

    return _main_clause(titles[max(range(len(titles)), key=central)], entities)


def _main_clause(title: str, entities: Sequence[str]) -> str:
    """A title's clause with the most content words (naming an entity breaks a tie, then
    the first), whole when it has at most TITLE_WORDS words, else cut where a phrase
    ends, at LABEL_WORDS words at most.

    >>> _main_clause("US heatwave: Wildfires rage in western states as temperatures soar", [])
    'Wildfires rage in western states as temperatures soar'
    >>> _main_clause("Cuba's protests are unprecedented but the future for newly defiant "
    ...              "Cubans is anything but certain", [])
    "Cuba's protests are unprecedented"
    """
    clauses = [c.strip(" ,;:-–—") for c in _clauses(title)] or [title]
    content = [sum(not _weak(w) for w in _WORD.findall(c)) for c in clauses]

    def weight(index: int) -> tuple[int, bool, int]:
        named = any(e.casefold() in clauses[index].casefold() for e in entities)
        return content[index], named, -index

    # The first clause, unless it is a kicker ("US heatwave: ...") and another says more.
    main = 0 if content[0] >= 3 else max(range(len(clauses)), key=weight)
    words = clauses[main].split()
    if len(words) > TITLE_WORDS:
        words = words[: _phrase_end(words)]
        while words and _weak(words[-1]):
            words.pop()
    if words and words[-1].endswith(".") and "." not in words[-1][:-1]:
        words[-1] = words[-1][:-1]  # a sentence's full stop, not an initial's ("U.S.")
    return _tidy(" ".join(words))


def _phrase_end(words: Sequence[str]) -> int:
    """Where to cut a long clause: before a word that links another clause ("but",
    "as"), else before any stopword, at LABEL_WORDS words at most."""
    ends = [n for n in range(3, LABEL_WORDS + 1) if _weak(words[n]) and not _weak(words[n - 1])]
    links = [n for n in ends if words[n].casefold() in _LINKS]
    return (links or ends or [LABEL_WORDS])[-1]


#: Words that start another clause of a headline.
_LINKS = frozenset("but as while after before because amid despite and or so".split())
