"""Statements laid out as a report's "Perspectives" section.

Under a "Perspectives" (or "Positions", "Who says what") heading, a line that
is only an actor's name introduces the lines that state that actor's
position; each sentence of those lines is said by that actor. An
"Evolution:" line describes the entry, not the position, and the section
ends at the first line that is none of these (a heading, a list, "Status:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.nlp import sentences
from extractors.records import EntityMention, SpeakerKind, StatementVia
from extractors.speakers import ORGANISATION_WORDS, SPEAKER_LABELS, Speaker
from extractors.speech import FRAMING_VERBS

#: Headings of a report's perspectives section.
_PERSPECTIVES = re.compile(
    r"^[ \t#*]*(?:perspectives|positions|views|who says what|voices|key voices)[ \t*]*:?[ \t]*$",
    re.I | re.M,
)
#: Lines of an actor's entry that describe the entry, not the actor's position.
_META_LINE = re.compile(r"^\s*evolution\s*:", re.I)
_BULLET_LINE = re.compile(r"^\s*[•*·▪◦‣●○■□➤►-]\s")
_LABEL_LINE = re.compile(r"^[^:]{1,30}:(?:\s|$)")
_END_PUNCT = (".", "!", "?", ":", ";", ",")
#: The longest name line, in words (its parenthesis aside).
_NAME_WORDS = 6
_PROSE_WORDS = 5


@dataclass(slots=True)
class Said:
    """A stretch of text ``[start, end)`` and who says it, how."""

    start: int
    end: int
    speaker: Speaker
    via: StatementVia


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str


def perspective_sections(
    doc: Doc, text: str, mentions: list[EntityMention]
) -> list[tuple[int, int, list[Said]]]:
    """What the "Perspectives" sections of a text say: name lines, each with its lines below.

    Parameters
    ----------
    doc
        The parsed document.
    text
        Its text.
    mentions
        Its entity mentions, from :func:`extractors.entities.find_mentions`.

    Returns
    -------
    list of (int, int, list of Said)
        The character range of each section and each sentence said in it. A
        section ends at the first line that is neither a name line, a line of
        prose, nor an "Evolution:" line (a heading, a list, "Status: ...").
    """
    sections = []
    for heading in _PERSPECTIVES.finditer(text):
        lines = _lines(text, heading.end())
        found: list[Said] = []
        speaker: Speaker | None = None
        end = heading.end()
        for i, line in enumerate(lines):
            if _META_LINE.match(line.text):
                if speaker is None:
                    break
                end = line.end  # the entry's own note on its actor: not a position
                continue
            name = _name_line(line, lines[i + 1 : i + 2], doc, mentions)
            if name is not None:
                speaker, end = name, line.end
            elif _prose(line.text):
                end = line.end
                if speaker is not None:
                    found.extend(_line_statements(doc, text, line, speaker))
            else:
                break
        if found:
            sections.append((heading.start(), end, found))
    return sections


def _lines(text: str, offset: int) -> list[_Line]:
    """The non-blank lines after ``offset``, stripped, with their offsets."""
    found = []
    for match in re.finditer(r"[^\n]+", text[offset:]):
        raw = match.group(0)
        if not raw.strip():
            continue
        start = offset + match.start() + len(raw) - len(raw.lstrip())
        found.append(_Line(start, start + len(raw.strip()), raw.strip()))
    return found


def _name_line(
    line: _Line, following: list[_Line], doc: Doc, mentions: list[EntityMention]
) -> Speaker | None:
    """An actor's name alone on a line, with a line of prose under it."""
    core = re.sub(r"\s*\([^)]*\)\s*$", "", line.text).strip()
    if (
        not core
        or not core[0].isupper()
        or core.endswith(_END_PUNCT)
        or len(core.split()) > _NAME_WORDS
        or _BULLET_LINE.match(line.text)
        or _LABEL_LINE.match(line.text)
        or not following
        or not _prose(following[0].text)
    ):
        return None
    span = doc.char_span(line.start, line.start + len(core), alignment_mode="expand")
    if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    # The name as recognised on this line, else anywhere in the document: the
    # recogniser often misses a name standing alone on its line.
    named = [m for m in mentions if m.label in SPEAKER_LABELS and m.text.strip() == core]
    here = [m for m in named if m.start == line.start] or named
    if here:
        kind: SpeakerKind = "person" if here[0].label == "PERSON" else "organisation"
        return Speaker(here[0].name, kind, here[0].name)
    words = core.split()
    if all(w.istitle() and w.isalpha() for w in words):
        # A proper name: a person's two or three names, unless an organisation's word.
        person = len(words) in (2, 3) and not {w.lower() for w in words} & ORGANISATION_WORDS
        return Speaker(core, "person" if person else "organisation")
    return Speaker(core, "group")


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and not _BULLET_LINE.match(text)


def _line_statements(doc: Doc, text: str, line: _Line, speaker: Speaker) -> list[Said]:
    """Each sentence of an actor's line, said by that actor.

    Line-initial verbs with no subject ("Presents X as ...") can split off as
    fragments; a fragment with no closing punctuation joins the next sentence.
    """
    units: list[tuple[int, int]] = []
    pending: int | None = None
    for sent in sentences(doc):
        if sent.end_char <= line.start or sent.start_char >= line.end:
            continue
        lo, hi = max(sent.start_char, line.start), min(sent.end_char, line.end)
        if pending is not None:
            lo, pending = pending, None
        if not text[lo:hi].rstrip().endswith((".", "!", "?", "”", '"', "]")):
            pending = lo
            continue
        units.append((lo, hi))
    if pending is not None:
        units.append((pending, line.end))
    found = []
    for lo, hi in units:
        span = doc.char_span(lo, hi, alignment_mode="expand")
        tokens = list(span) if span is not None else []
        # The parser often takes a line's opening verb ("Presents") for a name.
        first = (text[lo:hi].split(maxsplit=1) or [""])[0].lower()
        framing = any(t.pos_ == "VERB" and t.lemma_.lower() in FRAMING_VERBS for t in tokens) or (
            bool({first, first[:-1], first[:-2]} & FRAMING_VERBS)
        )
        found.append(Said(lo, hi, speaker, "framing" if framing else "said"))
    return found
