"""The stance lexicon: what position a sentence takes, and how it sets itself apart.

Stance words come in families of two opposite poles ("durable" against
"price-driven"); a negated word ("not a lasting shift") takes the other pole.
Contrast cues ("however", "a different reading") mark a sentence that reads
something differently from the one before it; a few open it ("But ...") and
a few carry the previous speaker on ("On this view, ...").

Statements record their stance words and cue (:mod:`extractors.statements`);
tensions and perspectives compare them (:mod:`queries.tensions`,
:mod:`queries.perspectives`), so every word list about stance, framing and
divergence lives here, once.

Examples
--------
>>> stance_words("Traders called the rally temporary, not durable.")
['temporary', 'not durable']
>>> stance_poles(['temporary', 'not durable'])
{'permanence': ('contingent', 'temporary')}
>>> contrast_cue("However, critics argue otherwise.")
'however'
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: Cues that announce a different reading: a tension wherever the other side stands.
_DIVERGENCE: tuple[str, ...] = (
    "a different reading",
    "another reading",
    "an alternative reading",
    "a different view",
    "another view",
    "an alternative view",
    "observers differ",
    "analysts differ",
    "critics say",
    "critics argue",
    "challenged this framing",
    "challenges this framing",
)
DIVERGENCE_CUES = frozenset(_DIVERGENCE)
#: Contrast cues that mark a sentence wherever they stand (matched on word boundaries).
CUES: tuple[str, ...] = (
    "however",
    "by contrast",
    "in contrast",
    "on the other hand",
    *_DIVERGENCE,
    "disagree",
    "disagrees",
    "counter",
    "counters",
    "rather than",
    "conversely",
    "nevertheless",
    "nonetheless",
    "whereas",
    "on this view",
    "on that view",
    "in this view",
    "on this reading",
)
#: Cues that are contrast only when they open the sentence ("But ...", "Yet ...").
OPENING_CUES: tuple[str, ...] = ("but", "yet", "still", "instead")
#: Cues that carry on the sentence before ("On this view, ..."): its speaker goes on.
CONTINUATION_CUES = frozenset({"on this view", "on that view", "in this view", "on this reading"})
#: Cues that set a sentence against the one before (all but those that carry it on).
CONTRAST_CUES = frozenset(CUES) - CONTINUATION_CUES

#: Stance words in families of two opposite poles. A negated word ("not lasting",
#: "no lasting", "should not be read as durable") takes the other pole.
STANCE_FAMILIES: dict[str, dict[str, frozenset[str]]] = {
    "permanence": {
        "durable": frozenset(
            "durable durably lasting permanent permanently structural sustained entrenched "
            "long-term enduring persistent irreversible lock-in locked-in secular".split()
        ),
        "contingent": frozenset(
            "temporary temporarily contingent conditional price-driven cyclical fragile spot "
            "reversible short-lived transient fleeting opportunistic short-term one-off "
            "unsustainable".split()
        ),
    },
    "outlook": {
        "optimistic": frozenset(
            "opportunity opportunities optimistic bullish promising encouraging upside "
            "tailwind tailwinds".split()
        ),
        "pessimistic": frozenset(
            "challenge challenges threat threats pessimistic bearish worrying headwind "
            "headwinds setback setbacks".split()
        ),
    },
}
#: Every stance word, longest first, so that a pattern tries "long-term" before "long".
STANCE_WORDS = sorted(
    {w for poles in STANCE_FAMILIES.values() for words in poles.values() for w in words},
    key=lambda w: (-len(w), w),
)
_STANCE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, STANCE_WORDS)) + r")(?![\w-])")
#: Words that negate a stance word a few words after them in the same clause.
_NEGATORS = frozenset({"not", "no", "never", "n't", "nor", "without", "hardly", "neither"})
_NEGATION_REACH = 5
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\bbut\b|\band\b(?=\s+(?:is|are|was|were)\b)")

_CUE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, CUES)) + r")(?![\w-])", re.I)
_OPENING_CUE = re.compile(
    r"^[\s\"“‘'(•*-]*(" + "|".join(map(re.escape, OPENING_CUES)) + r")\b", re.I
)
#: Words that say a sentence is about consequences (a digest's "Why it matters").
CONSEQUENCE = re.compile(
    r"\b(matters?|significan\w*|implications?|consequen\w*|means that|suggests?|"
    r"signals?|threat\w*|risks?|decisive|crucial|key|shift\w*|reshap\w*|"
    r"advantage|pressure|question is|stakes)\b",
    re.IGNORECASE,
)


def stance_words(text: str) -> list[str]:
    """The stance words of a text, lower-cased, in order; a negated one as "not X".

    A word is negated when "not", "no", "never", "without" ... stands at most
    five words before it in the same clause (a comma, "but" or a dash ends it).

    Parameters
    ----------
    text
        A sentence.

    Returns
    -------
    list of str
        Words of :data:`STANCE_FAMILIES`, each as written or as "not " + word.

    Examples
    --------
    >>> stance_words("The gains are price-driven, not a lasting structural shift.")
    ['price-driven', 'not lasting', 'not structural']
    >>> stance_words("Gains should not be read as durable lock-in.")
    ['not durable', 'not lock-in']
    """
    lowered = text.lower().replace("’", "'")
    found = []
    for match in _STANCE.finditer(lowered):
        word = match.group(1)
        found.append(f"not {word}" if _negated(lowered, match.start()) else word)
    return found


def contrast_cue(text: str) -> str:
    """The first contrast cue of a text, lower-cased, else "".

    Parameters
    ----------
    text
        A sentence.

    Returns
    -------
    str
        The cue of :data:`CUES` that comes first in the text, or of
        :data:`OPENING_CUES` when it opens the text; "" when there is none.

    Examples
    --------
    >>> contrast_cue("A different reading, offered by critics, holds otherwise.")
    'a different reading'
    >>> contrast_cue("But the gains are real.")
    'but'
    >>> contrast_cue("The gains are real but small.")
    ''
    """
    found = [(m.start(), m.group(1).lower()) for m in _CUE.finditer(text)]
    opening = _OPENING_CUE.match(text)
    if opening:
        found.append((opening.start(1), opening.group(1).lower()))
    return min(found)[1] if found else ""


def stance_poles(stance: Iterable[str] | None) -> dict[str, tuple[str, str]]:
    """The pole each stance family takes (family -> (pole, first word)).

    "not X" takes the pole opposite X's; a statement that takes both poles of
    a family takes neither.

    Parameters
    ----------
    stance
        Stance words as :func:`stance_words` gives them.

    Returns
    -------
    dict of str to (str, str)
        For each family of :data:`STANCE_FAMILIES` the words take one pole of,
        that pole and the first word that takes it.

    Examples
    --------
    >>> stance_poles(["lasting", "not durable"])
    {}
    >>> stance_poles(["spot", "opportunity"])
    {'permanence': ('contingent', 'spot'), 'outlook': ('optimistic', 'opportunity')}
    """
    seen: dict[str, dict[str, str]] = {}
    for word in stance or []:
        negated = word.startswith("not ")
        base = word[4:] if negated else word
        for family, poles in STANCE_FAMILIES.items():
            for pole, words in poles.items():
                if base not in words:
                    continue
                if negated:
                    pole = next(p for p in poles if p != pole)
                seen.setdefault(family, {}).setdefault(pole, word)
    return {f: next(iter(p.items())) for f, p in seen.items() if len(p) == 1}


def _negated(text: str, position: int) -> bool:
    """Whether a negator stands a few words before ``position`` in the same clause."""
    before = text[:position]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = re.findall(r"n't|[a-z]+", before)[-_NEGATION_REACH:]
    return any(w in _NEGATORS for w in words)
