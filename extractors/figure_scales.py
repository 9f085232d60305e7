"""Letters glued to a number: a scale ("8.21t", "$5m") or a unit ("the 200m final", "a 7.5t lorry").

"m" and "t" are both: "£5m" is five million pounds but "the 200m champion" runs 200
metres; "8.21t monthly tokens" is 8.21 trillion but "a 7.5t lorry" weighs 7.5 tonnes.
The words around say which:

- a glued "m" after a modest number, in a context of distance ("race", "final",
  "a personal best of"), is metres;
- a glued "t" in a measure before a singular noun ("a 7.5t lorry", "a 40t truck") or
  after a verb of weight ("weighing 3.5t") is tonnes: a trillion of one thing is no
  noun's measure; elsewhere a decimal with a glued "t" is trillions, with the noun it
  counts ("8.21t tokens") or alone as a volume in a list ("qwen (6.27t), deepseek (5.41t)");
- other single letters glued to a whole number name a model's size ("405B", "7B").

Examples
--------
>>> import re
>>> from extractors.quantities import _QUANTITY
>>> def read(text):
...     m = _QUANTITY.search(text)
...     return glued_unit(text, m), glued_letter_is_no_scale(m)
>>> read("It hauled a 7.5t lorry."), read("mimo (8.21t), qwen (6.27t)"), read("a 405B model")
(('tonnes', False), (None, False), (None, True))
"""

from __future__ import annotations

import re

#: Contexts where "200m" is metres, not millions.
_METRE_CONTEXT = re.compile(
    # (a title between: "the 10,000m Olympic champion", "5,000m and 10,000m world records")
    r"\s(?:(?:Olympic|world|World|European|Commonwealth|British|indoor|national)\s+)?"
    r"(?:(?:champion|crown|race|relay|final|record|title|medal|event|runner|hurdler|finalist)s?"
    r"|hurdles|freestyle|backstroke|breaststroke|butterfly|sprint|qualifying"
    r"|dash|gold|silver|bronze|swim|long|high|wide|deep"
    r"|tall|above|below|away|ranking|rankings|track|penalty|kick|jump|throw|wall|drop|mark"
    r"|to\s+win)\b",
    re.I,
)
#: Before a glued "m": a distance jumped or thrown ("a personal best of 6.50m", "landed
#: 17.30m", "cleared 2.35m").
_METRE_BEFORE = re.compile(
    r"\b(?:(?:best|jump|throw|leap|record|distance|mark)\s+of"
    r"|land(?:s|ed)|jump(?:s|ed)|leapt|threw|throws|clear(?:s|ed)|vault(?:s|ed))\s+$",
    re.I,
)
#: Before a glued "t": an article whose noun the measure modifies ("a 7.5t lorry"), or a
#: verb of weight ("weighs 3.5t", "a load of 20t").
_TONNE_BEFORE = re.compile(
    r"(?:\b(?:a|an)\s+|\b(?:weigh\w*|load\s+of|payload\s+of|capacity\s+of)\s+(?:about\s+|some\s+"
    r"|around\s+|nearly\s+|almost\s+|up\s+to\s+)?)$",
    re.I,
)
#: After a glued "t" in a measure: the singular noun it modifies ("lorry", "truck").
_NOUN_AFTER = re.compile(r"[ -][a-z]+(?<!s)\b")
#: After a decimal with a glued "t": the noun it counts, or the end of a bracket or list
#: item ("(8.21t),"), where a trillion stands alone as a volume.
_TRILLION_AFTER = re.compile(r" [a-z]|\s*[)\],;.]|\s*$")


def glued_unit(text: str, match: re.Match[str]) -> str | None:
    """The unit a glued "m" or "t" stands for ("m", "tonnes") when it is no scale, else None."""
    scale = match.group("scale") or ""
    if match.group("currency") or match.start("scale") != match.end("number"):
        return None
    before = text[max(0, match.start() - 30) : match.start()]
    if scale == "m":
        if _METRE_BEFORE.search(before):
            return "m"
        return "m" if _METRE_CONTEXT.match(text, match.end("scale")) else None
    if scale.lower() == "t" and _TONNE_BEFORE.search(before):
        after = text[match.end("scale") : match.end("scale") + 30]
        weighed = not re.search(r"\b(?:a|an)\s+$", before, re.I)
        return "tonnes" if weighed or _NOUN_AFTER.match(after) else None
    return None


#: Before a glued "m" that takes the scale of the sum it is compared with.
_FROM_OR_TO_BEFORE = re.compile(r"\b(?:up|down)\s+(?:from|to)\s+$|\bcompared\s+(?:with|to)\s+$")


def glued_letter_is_no_scale(match: re.Match[str]) -> bool:
    """ "405B", "7B": a letter glued to a number names a model's size; but a decimal with
    a glued "t" is a volume in trillions ("8.21t monthly tokens", "qwen (6.27t)")."""
    scale = match.group("scale") or ""
    after = match.string[match.end() : match.end() + 2]
    if scale.lower() == "t" and "." in match.group("number") and _TRILLION_AFTER.match(after):
        return False
    if scale == "m" and _FROM_OR_TO_BEFORE.search(
        match.string[max(0, match.start() - 12) : match.start()]
    ):
        return False  # "77m euros ..., up from 38m": millions, as the sum before
    return len(scale) == 1 and match.start("scale") == match.end("number")
