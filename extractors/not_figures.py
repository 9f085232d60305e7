"""Numbers that look like figures and are not: when, ranks, scores, names, events.

The quantity tagger reads every number with its unit; these rules then drop
the ones news uses for something else, each read from the words around it:

- a stretch of time that says *when*, not how long: "in three days", "the
  three months to December", "within 10 years", "five days before", "three
  minutes left" (a duration that is an amount keeps: "jailed for six months");
- a rank: "top 10 hit", "the top five spammers";
- a race or event named by its distance: "the 100m final", "a 10K race";
- a sports score: "won 6-3 4-6", "the score at 1-1";
- a name: "BBC Four", "24 Hour Party People", a capitalised number word
  inside a sentence; betting odds and times of day ("6/4", "0400 GMT");
- the unit of an exchange rate: "one euro worth $1.32".

Examples
--------
>>> text = "It took £7.2m in three days, a top 10 hit, after the 100m final."
>>> [not_a_figure(text, text.index(w), text.index(w) + len(w), k)
...  for w, k in (("three days", "duration"), ("10 hit", "count"), ("100m", "physical"))]
['when', 'rank', 'event']
>>> not_a_figure("He was jailed for six months.", 17, 27, "duration") is None
True
"""

from __future__ import annotations

import re

#: Before a duration: it says when ("in three days", "within a year", "the first six months").
_WHEN_BEFORE = re.compile(
    r"(?:\b(?:in|within|over|during|after|before|since|on|under|another|last|past|next"
    r"|first|final|coming|previous|following|every|each)\s+"
    r"(?:just\s+|only\s+|about\s+|nearly\s+|almost\s+|around\s+)?)$",
    re.I,
)
#: After a duration or a count: it says when or how far off ("five days before", "to go").
_WHEN_AFTER = re.compile(
    r"^\s*(?:to\s+(?:the\s+end\b|[A-Z0-9])|(?:before|after|later|earlier|ago|prior|into"
    r"|from\s+now|since|of\s+(?:release|the\s+\w+))\b)",
)
#: After a count: how much is left of a contest ("two laps to go", "three minutes left").
_LEFT_AFTER = re.compile(r"^\s*(?:to\s+go|left|remaining)\b", re.I)
_RANK_BEFORE = re.compile(r"\b(?:top|bottom|number|no\.?)\s+$", re.I)
#: Nouns that make a distance the name of a race or an event.
_EVENT_AFTER = re.compile(
    r"^\s*(?:race|final|finals|title|ranking|rankings|relay|record|champion|championships?"
    r"|event|hurdles|freestyle|backstroke|breaststroke|butterfly|medley|sprint|dash|heats?"
    r"|semi-finals?|quarter-finals?|gold|silver|bronze|winner|specialist|runner|course"
    r"|indoor|outdoor|world|olympic|european|,\s*\d+(?:k|km|m)\b)",
    re.I,
)
#: Before a distance: a list whose first item is an event ("at 3km, 5km and").
_EVENT_LIST = re.compile(
    r"\b(?:at|the)\s+\d+\s?(?:m|km|k)(?:,\s*\d+\s?(?:m|km|k))*(?:,|\s+and|\s+or)\s+$", re.I
)
_SCORE = re.compile(r"^\d{1,2}-\d{1,2}$")
_SCORE_CONTEXT = re.compile(
    r"\b(?:score|scored|win|won|beat|beating|lead|led|draw|drew|victory|defeat|lost|set|sets"
    r"|serving|at|match|tie-break)\b[^.]{0,30}$",
    re.I,
)
_NUMBER_WORD = re.compile(
    r"^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty)\b"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]['\"”’]?\s+|\n\s*|[\"“‘(]\s*)$")
_RATE_BASE = re.compile(
    r"^\s*(?:is\s+|was\s+)?(?:worth|buys?|buying|bought|equals?|=|against)\b", re.I
)
_CURRENCY_WORD = re.compile(r"^(?:one|1)\s+(?:euro|dollar|pound|yen|yuan|franc|rupee)s?$", re.I)


def not_a_figure(text: str, start: int, end: int, kind: str) -> str | None:
    """Why the number at ``text[start:end]`` is no figure ("when", "rank", ...), or None."""
    span = text[start:end]
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if kind in ("duration", "count") and _says_when(span, before, after, kind):
        return "when"
    if _RANK_BEFORE.search(before) and kind in ("count", "number", "physical"):
        return "rank"
    distance = kind == "physical" and re.search(r"\d\s?(?:m|km|k|K|metres?)$", span)
    if distance and (_EVENT_AFTER.match(after) or re.search(r"\b(?:at|the)\s+$", before, re.I)):
        return "event"
    hyphened = kind == "physical" and re.search(r"-(?:metre|meter|kilometre|kilometer|mile)$", span)
    glued_k = re.match(r"^\d+[kK]\b", span) if kind in ("count", "number") else None
    rest = span[glued_k.end() :] + after if glued_k else after
    if (hyphened or glued_k) and _EVENT_AFTER.match(rest):
        return "event"  # "the six-kilometre race", "a 10K race"
    if distance and _EVENT_LIST.search(before):
        return "event"  # "record holder at 3km, 5km and 10km"
    if kind == "count" and re.search(r"\w\s+(?:places|spots|positions|rungs)$", span):
        return "rank"  # "slipped four places to number eight"
    if _SCORE.match(span) and (
        _SCORE_CONTEXT.search(before) or re.match(r"^\s+\d{1,2}-\d{1,2}\b", after)
    ):
        return "score"
    if re.search(r"\d{1,2}-\d{1,2}\s+$", before) and _SCORE.match(span):
        return "score"
    if _NUMBER_WORD.match(span) and not _SENTENCE_START.search(text[max(0, start - 4) : start]):
        return "name"  # "BBC Four viewers", "the Jackson Five"
    if re.match(r"^\d+\s+[A-Z][a-z]+", span) and kind in ("duration", "physical"):
        return "name"  # "24 Hour Party People"
    tail = span[re.match(r"^\S*", span).end() :] + after  # type: ignore[union-attr]
    if re.match(r"^/\d", tail) or re.match(r"^\s*(?:GMT|BST|UTC|EST|EDT|CET)\b", tail):
        return "odds or time"  # "6/4 favourite", "by 0400 GMT"
    if re.match(r"^x\d", tail):
        return "name"  # "the 4x100m relay"
    if re.match(r"^\s*calib(?:re|er)\b", tail, re.I):
        return "name"  # ".22 calibre rifle"
    if _CURRENCY_WORD.match(span) and _RATE_BASE.match(after):
        return "rate base"
    return None


def _says_when(span: str, before: str, after: str, kind: str) -> bool:
    if "-" in span:
        return False  # "a four-year contract" is an amount
    if _LEFT_AFTER.match(after):
        return True
    if kind != "duration":
        return False
    return bool(_WHEN_BEFORE.search(before) or _WHEN_AFTER.match(after))
