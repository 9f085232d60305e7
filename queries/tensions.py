"""Framing tensions: statements that read the same thing differently, and their camps.

A *framing tension* is two statements by different speakers about the same
thing that read it differently: one calls the gains durable and the other
price-driven, or the later one opens with a contrast ("a different reading",
"however"). What a statement says is its ``content`` (the words attributed;
the sentence for rows stored before statements kept it), so the words around
a quotation ("she told reporters in Berlin") never make a topic. "About the
same thing" is shared content terms, from a small
deterministic tokeniser (lower-case words, less stop words, attribution words
and stance words, with light suffix stripping).

Everything here is pure: the input is statement rows as a store returns them
(plain dicts with ``id``, ``document`` (``id``, ``title``, ``outlet``, ``url``,
``published``), ``speaker``, ``speaker_kind``, ``speaker_role``, ``via``,
``sentence``, ``sent_start``, ``sent_end``, ``cue`` and ``stance``), and every
text it makes is a template filled with stance words and dates from them. The
stance and cue words are the extractors' (:mod:`extractors.stance`); each
actor's positions over time are :mod:`queries.perspectives`.

Examples
--------
>>> doc = {"id": "d1", "title": "Notes", "outlet": "Desk", "url": None, "published": "2026-06-01"}
>>> def row(id, speaker, sentence, stance, start=0):
...     return {"id": id, "document": doc, "speaker": speaker, "speaker_kind": "group",
...             "speaker_role": "", "via": "said", "sentence": sentence, "sent_start": start,
...             "sent_end": start + len(sentence), "cue": "", "stance": stance}
>>> a = row("s1", "analysts", "Analysts said the memory rally is a durable shift.", ["durable"])
>>> b = row("s2", "traders", "Traders said the memory rally is temporary.", ["temporary"], 60)
>>> [(t["topic"], [s["speaker"] for s in t["sides"]]) for t in framing_tensions([a, b])]
[('memory rally', ['analysts', 'traders'])]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import Any

from extractors.speech import FRAME_WORDS, FRAMING_VERBS, READING_NOUNS, SPEAKING_VERBS
from extractors.stance import CONTRAST_CUES, CUES, DIVERGENCE_CUES, STANCE_WORDS, stance_poles
from queries.perspectives import (
    actor_key,
    statement_actor,
    statement_content,
    statement_document,
    time_key,
)

Row = dict[str, Any]

#: Statements of one document at most this far apart (in statement order) are
#: close enough for a contrast cue in the later one to set it against the earlier.
CUE_REACH = 3
#: Terms shown in a tension's topic.
TOPIC_TERMS = 4
#: A single shared term makes a topic only if it is this rare: in at most this
#: many statements, out of at least ``RARE_MIN_STATEMENTS``.
RARE_DF = 2
RARE_MIN_STATEMENTS = 6
RARE_MIN_LENGTH = 7

STOP_WORDS = frozenset(
    "a about above after again against all almost also although am among an and another "
    "any are around as at be because been before being below between both but by can "
    "could did do does doing down during each either even ever every few for from further "
    "had has have having he her here hers him his how however i if in into is it its "
    "itself just less like many may me might more most much must my neither no nor not "
    "now of off on once one only onto or other others our out over own per rather same "
    "shall she should since so some such than that the their them then there these they "
    "this those though through thus to too toward towards under until up upon us very via "
    "was we were what whatever when where whether which whichever while who whom whose why "
    "will with within without would yet you your different real new".split()
)
#: Stance and cue phrases come out of a sentence before its topic terms are read.
_NOT_TOPIC = re.compile(
    r"(?<![\w-])(?:" + "|".join(map(re.escape, [*STANCE_WORDS, *CUES])) + r")(?![\w-])"
)
_WORD = re.compile(r"[a-z][a-z0-9]*(?:'[a-z]+)?")

# -- public -------------------------------------------------------------------------------


def framing_tensions(statements: list[Row]) -> list[Row]:
    """Pairs of statements whose speakers read the same thing differently.

    Two statements form a tension when their speakers differ, they share at
    least two content terms (or one rare one), and either they take opposite
    poles of a stance family (:data:`extractors.stance.STANCE_FAMILIES`;
    "not lasting" is the opposite pole of "lasting"), or the later of two
    nearby statements in one document opens with a contrast cue, or either
    announces a different reading ("a different reading", "observers differ").

    Parameters
    ----------
    statements
        Statement rows (see the module docstring).

    Returns
    -------
    list of dict
        ``{"kind": "framing", "topic", "cue", "score", "sides": [a, b]}``, each
        side ``{"speaker", "speaker_kind", "statement", "sentence", "sent_start",
        "document", "stance"}``, the earlier statement first; by score, highest first, then
        by statement ids. At most one tension per speaker pair and topic.

    Examples
    --------
    >>> doc = {"id": "d", "title": None, "outlet": None, "url": None, "published": None}
    >>> base = {"document": doc, "speaker_kind": "group", "speaker_role": "", "via": "said",
    ...         "sent_end": 0, "cue": ""}
    >>> rows = [
    ...     {**base, "id": "1", "speaker": "A", "sent_start": 0, "stance": ["durable"],
    ...      "sentence": "A says cloud demand is durable."},
    ...     {**base, "id": "2", "speaker": "B", "sent_start": 40, "stance": ["not durable"],
    ...      "sentence": "B says cloud demand is not durable."},
    ...     {**base, "id": "3", "speaker": "A", "sent_start": 80, "stance": ["fragile"],
    ...      "sentence": "A says cloud demand is fragile."},
    ... ]
    >>> [(t["topic"], t["sides"][0]["statement"], t["sides"][1]["statement"])
    ...  for t in framing_tensions(rows)]
    [('cloud demand', '1', '2')]
    """
    terms = [_terms(s) for s in statements]
    df = Counter(t for found in terms for t in set(found))
    positions = _positions(statements)
    candidates: list[tuple[Row, set[str], frozenset[str]]] = []
    for i, j in combinations(range(len(statements)), 2):
        a, b = statements[i], statements[j]
        if actor_key(a) == actor_key(b):
            continue
        shared = set(terms[i]) & set(terms[j])
        rare = [t for t in shared if _rare(t, df, len(statements))]
        if len(shared) < 2 and not rare:
            continue
        first, second = sorted((i, j), key=lambda k: time_key(statements[k]))
        found = _tension(statements[first], statements[second], positions)
        if found is None:
            continue
        opposed, cue, cue_weight = found
        if not opposed and len(shared) < 2:
            continue  # a cue alone is weaker evidence: it needs a topic of two terms
        score = 3.0 * len(opposed) + cue_weight + 0.5 * min(len(shared), TOPIC_TERMS)
        score += 0.5 if rare else 0.0
        place = {t: k for k, t in enumerate(terms[first])}
        # The rarest shared terms name the topic, read in the first sentence's word order.
        chosen = sorted(shared, key=lambda t: (df[t], place[t], t))[:TOPIC_TERMS]
        tension = {
            "kind": "framing",
            "topic": _as_written(
                [terms[first][t] for t in sorted(chosen, key=place.__getitem__)],
                statement_content(statements[first]),
            ),
            "cue": cue,
            "score": round(score, 3),
            "sides": [_side(statements[first]), _side(statements[second])],
        }
        candidates.append((tension, shared, frozenset((actor_key(a), actor_key(b)))))
    candidates.sort(key=lambda c: (-c[0]["score"], *(s["statement"] for s in c[0]["sides"])))
    return _one_per_topic(candidates)


def reading_camps(tensions: list[Row], statements: list[Row] | None = None) -> list[Row]:
    """Framing tensions on one topic, gathered into the two readings they oppose.

    Pairwise tensions repeat themselves when several actors hold each reading
    (A against C, A against D, B against C...). The statements and the pairs
    set against each other form a graph; each connected part that splits
    cleanly in two (a bipartite graph) is one tension between two camps. A
    part that does not split (three mutually opposed readings) keeps its pairs.

    Parameters
    ----------
    tensions
        Framing tensions from :func:`framing_tensions`.
    statements
        The statements the tensions came from. When given, each camp also
        takes its speakers' other statements in the same document that hold
        the same reading (a stance of the camp's pole, none of the other's):
        a commentator who calls the market "a spot market" and then its gains
        "contingent" is on one side with both sentences.

    Returns
    -------
    list of dict
        ``{"kind": "framing", "topic", "cue", "score", "camps": [[side, ...], [side, ...]]}``,
        the camp of the earliest statement first; in the order of each part's best
        tension. Sides are as in :func:`framing_tensions`.

    Examples
    --------
    >>> def side(id, speaker):
    ...     return {"statement": id, "speaker": speaker, "sentence": "", "stance": []}
    >>> def pair(a, b, topic="rally", score=1.0):
    ...     return {"kind": "framing", "topic": topic, "cue": "", "score": score, "sides": [a, b]}
    >>> a, b, c, d = side("1", "A"), side("2", "B"), side("3", "C"), side("4", "D")
    >>> camps = reading_camps([pair(a, c, score=3), pair(a, d), pair(b, c)])
    >>> [[[s["speaker"] for s in camp] for camp in t["camps"]] for t in camps]
    [[['A', 'B'], ['C', 'D']]]
    """
    import networkx as nx

    graph = nx.Graph()
    sides: dict[str, Row] = {}
    for rank, tension in enumerate(tensions):
        a, b = tension["sides"]
        sides[a["statement"]], sides[b["statement"]] = a, b
        graph.add_edge(a["statement"], b["statement"], rank=rank)
    found: list[tuple[int, Row]] = []
    for part in nx.connected_components(graph):
        sub = graph.subgraph(part)
        ranks = sorted(r for _, _, r in sub.edges(data="rank"))
        best = tensions[ranks[0]]
        if not nx.is_bipartite(sub):
            found.extend((ranks[0], {**tensions[r], "camps": [[s] for s in tensions[r]["sides"]]})
                         for r in ranks)  # fmt: skip
            continue
        colour = nx.bipartite.color(sub)
        first = best["sides"][0]["statement"]
        camps = [
            [sides[n] for n in sorted(part, key=_order(sides)) if colour[n] == colour[first]],
            [sides[n] for n in sorted(part, key=_order(sides)) if colour[n] != colour[first]],
        ]
        if statements:
            camps = [_with_same_reading(camp, statements) for camp in camps]
        found.append((ranks[0], {**best, "camps": camps}))
    return [t for _, t in sorted(found, key=lambda f: f[0])]


def _with_same_reading(camp: list[Row], statements: list[Row]) -> list[Row]:
    poles: dict[str, str] = {}
    for side in camp:
        poles.update({family: pole for family, (pole, _) in stance_poles(side["stance"]).items()})
    placed = {(side["speaker"].casefold(), side["document"]["id"]) for side in camp}
    have = {side["statement"] for side in camp}
    extra = []
    for statement in statements:
        if statement["id"] in have:
            continue
        if (statement_actor(statement).casefold(), statement["document"]["id"]) not in placed:
            continue
        taken = {
            family: pole for family, (pole, _) in stance_poles(statement.get("stance")).items()
        }
        shared = taken.keys() & poles.keys()
        if shared and all(taken[f] == poles[f] for f in shared):
            extra.append(_side(statement))
    return sorted([*camp, *extra], key=lambda s: (s["speaker"].casefold(), s["document"]["id"],
                                                  s["sent_start"]))  # fmt: skip


def _as_written(words: list[str], sentence: str) -> str:
    """The topic's words with the capitals they have in the sentence ("Chinese models")."""
    cased = []
    for word in words:
        match = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", sentence, re.IGNORECASE)
        cased.append(match.group(0) if match else word)
    return " ".join(cased)


def _order(sides: dict[str, Row]) -> Any:
    return lambda n: (sides[n]["speaker"].casefold(), n)


def topic_terms(sentence: str, exclude: Iterable[str] = ()) -> dict[str, str]:
    """The content terms of a sentence: stem -> first surface word, in text order.

    Stop words, attribution words ("said", "argues", "reading"), stance words and cue
    phrases are left out, as are the words of ``exclude`` (the speaker's name).

    Parameters
    ----------
    sentence
        The statement's sentence.
    exclude
        Phrases whose words are not topic here (the speaker and its role).

    Returns
    -------
    dict of str to str
        Each term's stem to the first word it was written as.

    Examples
    --------
    >>> topic_terms("Analysts said the chip rally is durable, not price-driven.", ["analysts"])
    {'chip': 'chip', 'rally': 'rally'}
    >>> list(topic_terms("Routing and routes: models' gains", exclude=["Gains"]))
    ['rout', 'model']
    """
    text = _NOT_TOPIC.sub(" ", sentence.lower().replace("’", "'"))
    skip = {_stem(w) for phrase in exclude for w in _WORD.findall(phrase.lower())}
    found: dict[str, str] = {}
    for word in _WORD.findall(text):
        word = word.removesuffix("'s")
        if len(word) < 3 or word in STOP_WORDS or word in FRAME_WORDS:
            continue
        stem = _stem(word)
        if stem in skip or stem in _FRAME_STEMS:
            continue
        found.setdefault(stem, word.rstrip("'"))
    return found


# -- tensions ------------------------------------------------------------------------------


def _tension(
    a: Row, b: Row, positions: dict[str, tuple[str, int]]
) -> tuple[list[str], str, float] | None:
    """Why ``a`` (earlier) and ``b`` (later) pull apart: opposed families and the cue.

    A cue sets two statements apart only when they do not agree (the same pole
    of a family) and are of one document: "a different reading" reaches any
    statement of it, "however" only the statements just before it.
    """
    poles_a, poles_b = stance_poles(a.get("stance")), stance_poles(b.get("stance"))
    shared_families = poles_a.keys() & poles_b.keys()
    opposed = sorted(f for f in shared_families if poles_a[f][0] != poles_b[f][0])
    agree = not opposed and bool(shared_families)
    cue, weight = "", 0.0
    cue_a, cue_b = (a.get("cue") or "").lower(), (b.get("cue") or "").lower()
    if not agree:
        same_document = positions[a["id"]][0] == positions[b["id"]][0]
        if same_document and (cue_b in DIVERGENCE_CUES or cue_a in DIVERGENCE_CUES):
            cue, weight = (cue_b if cue_b in DIVERGENCE_CUES else cue_a), 1.5
        elif cue_b in CONTRAST_CUES and _near(a, b, positions):
            cue, weight = cue_b, 1.0
    if not opposed and not cue:
        return None
    return opposed, cue, weight


def _near(a: Row, b: Row, positions: dict[str, tuple[str, int]]) -> bool:
    doc_a, index_a = positions[a["id"]]
    doc_b, index_b = positions[b["id"]]
    return doc_a == doc_b and abs(index_a - index_b) <= CUE_REACH


def _positions(statements: list[Row]) -> dict[str, tuple[str, int]]:
    """Each statement's document and place among that document's statements."""
    by_document: dict[str, list[Row]] = {}
    for s in statements:
        by_document.setdefault(str(statement_document(s).get("id")), []).append(s)
    positions = {}
    for document, said in by_document.items():
        for index, s in enumerate(sorted(said, key=lambda r: (r.get("sent_start") or 0, r["id"]))):
            positions[s["id"]] = (document, index)
    return positions


def _one_per_topic(candidates: list[tuple[Row, set[str], frozenset[str]]]) -> list[Row]:
    """The best tension of each speaker pair and topic (topics that share a term are one)."""
    kept: list[Row] = []
    topics: dict[frozenset[str], list[set[str]]] = {}
    for tension, shared, pair in candidates:
        seen = topics.setdefault(pair, [])
        if any(shared & other for other in seen):
            continue
        seen.append(shared)
        kept.append(tension)
    return kept


def _side(statement: Row) -> Row:
    return {
        "speaker": statement["speaker"],
        "speaker_kind": statement.get("speaker_kind", ""),
        "speaker_mention": statement.get("speaker_mention") or statement["speaker"],
        "statement": statement["id"],
        "sentence": statement.get("sentence", ""),
        "content": statement_content(statement),
        "attribution_cue": statement.get("attribution_cue", ""),
        "sent_start": statement.get("sent_start", 0),
        "document": dict(statement_document(statement)),
        "stance": list(statement.get("stance") or []),
    }


# -- terms ---------------------------------------------------------------------------------


def _stem(word: str) -> str:
    """Light suffix stripping, so that "routes", "routing" and "route" meet."""
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes", "zes")):
        word = word[:-2]
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


#: Attribution verbs and reading nouns are how a sentence speaks, not what about. (A
#: speaker's own words, "analysts tracking the data", are left out statement by statement.)
_FRAME_STEMS = frozenset(_stem(w) for w in SPEAKING_VERBS | FRAMING_VERBS | READING_NOUNS) | {
    _stem(w + "s") for w in READING_NOUNS
}


def _terms(statement: Row) -> dict[str, str]:
    exclude = [
        statement.get("speaker") or "",
        statement.get("speaker_mention") or "",
        statement.get("speaker_role") or "",
    ]
    return topic_terms(statement_content(statement), exclude)


def _rare(term: str, df: Counter[str], total: int) -> bool:
    """A term few statements use, long enough to name something ("openrouter", not "reach")."""
    return total >= RARE_MIN_STATEMENTS and df[term] <= RARE_DF and len(term) >= RARE_MIN_LENGTH
