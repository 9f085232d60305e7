"""Forms of attribution other than a cue verb: readings, "according to", dashes, colons.

"One reading, from X, is that ...", "according to X, ...", '"..." — X' and
"Graham: Trump's rhetoric is hateful" each give a speaker and the words
attributed (:mod:`extractors.statements` makes statements of them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from extractors.speakers import (
    SPEAKER_LABELS,
    Speaker,
    SpeakerContext,
    mention_speaker,
    resolve_speaker,
)
from extractors.speech import READING_NOUNS
from extractors.statement_spans import Found, stripped, trimmed

OPENS_WITH_QUOTE = re.compile(r"^\s*[“\"]")
CLOSING_QUOTES = re.compile(r"\s*[”\"]")
#: A dash opening the line after a quotation: '"..."' then "— The Review".
_DASH_AFTER = re.compile(r"[\s”\"]*\n[ \t]*(?:[—–]+|-(?=[ \t]*[A-Z]))[ \t]*")
#: The longest noun phrase a headline's colon names as its speaker.
_HEADLINE_TOKENS = 5
#: Labels of an outlet's notices, before a colon: furniture, not a speaker.
_NOTICES = frozenset("note notes update correction corrections clarification disclosure".split())
_QUOTE_DASH = re.compile(r"[”\"]\s*[—–]\s*")
#: The reading nouns as every form of them starts ("theor": "theory", "theories").
_READING_STEMS = frozenset(re.sub(r"(?:y|is)$", "", n) for n in READING_NOUNS)


def reading(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "One reading, from X, is that ...": X speaks, via "reading"; what the reading holds."""
    words = context.text[sent.start_char : sent.end_char].lower()
    if not any(stem in words for stem in _READING_STEMS):
        return []  # (most sentences: no need to read their tokens)
    for token in sent:
        if token.lemma_.lower() not in READING_NOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.head.dep_ != "ROOT":
            continue
        for holder in _reading_holders(token):
            speaker = resolve_speaker(holder, context, any_phrase=True)
            if speaker is None:
                continue
            verb = token.head
            held = [c for c in verb.children if c.i > token.right_edge.i and not c.is_punct]
            if held:
                lo, hi = held[0].left_edge.i, max(c.right_edge.i for c in held)
                start, end = sent.doc[lo].idx, sent.doc[hi].idx + len(sent.doc[hi].text)
            else:
                start, end = sent.start_char, sent.end_char
            content = stripped(context.text, start, end)
            return [Found(speaker, "reading", "position", token.text, content, token.idx)]
    return []


def _reading_holders(noun: Token) -> Iterator[Token]:
    """X in "a reading from X", "a view held by X", "X's reading"."""
    for child in noun.children:
        if child.dep_ == "poss":
            yield child
        elif child.dep_ == "prep" and child.lower_ in ("from", "by", "among"):
            yield from (t for t in child.children if t.dep_ == "pobj")
        elif child.dep_ == "acl":  # "offered by analysts tracking the data"
            for agent in child.children:
                if agent.dep_ == "agent" or (agent.dep_ == "prep" and agent.lower_ == "by"):
                    yield from (t for t in agent.children if t.dep_ == "pobj")


def according_to(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "according to X": X speaks; the rest of the sentence is what X says."""
    if "ccording" not in context.text[sent.start_char : sent.end_char]:
        return []  # (most sentences: no need to read their tokens)
    doc = sent.doc
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = doc[token.i + 1]
        if to.lower_ != "to":
            continue
        objects = [t for t in to.children if t.dep_ == "pobj"] or [
            t for t in to.head.children if t.dep_ == "pobj"
        ]
        if not objects:
            continue
        speaker = resolve_speaker(objects[0], context, any_phrase=True)
        if speaker is None:
            continue
        phrase_end = _phrase_end(to, objects[0], sent)
        before = (sent.start_char, token.idx)
        after = (doc[phrase_end].idx if phrase_end < sent.end else sent.end_char, sent.end_char)
        longer = before if before[1] - before[0] >= after[1] - after[0] else after
        if min(len(context.text[a:b].split()) for a, b in (before, after)) >= 3:
            # "A, according to X, B": X reports the whole sentence round the phrase.
            longer = (sent.start_char, sent.end_char)
        content = stripped(context.text, *longer)
        if content[1] - content[0] < 2:
            continue
        return [Found(speaker, "according_to", "indirect", "according to", content, token.idx)]
    return []


#: Documents that report a whole clause when it opens with them: "In a new poll, ...".
_REPORTING = frozenset({"poll", "survey", "study"})


#: Words by which a poll is introduced, not named again: "the latest poll", "new surveys".
_FRESH = frozenset({"latest", "new", "recent", "newest"})


def _introduced(poll: Token) -> bool:
    """Whether a poll is introduced here ("a poll", "the latest poll", "polls in Ohio",
    "New Hampshire surveys"), not one named before ("the survey")."""
    children = list(poll.children)
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children):
        return True
    if any(c.dep_ == "amod" and c.lower_ in _FRESH for c in children):
        return True
    return poll.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in children)


def in_poll(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "In a September poll, 75 percent of voters said ...": a sentence that opens with a
    poll it introduces reports what follows its comma, whoever else speaks in it."""
    first = sent[0]
    if first.lower_ != "in" or first.dep_ != "prep":
        return _poll_after(sent, context)
    objects = [c for c in first.children if c.dep_ == "pobj"]
    if not objects or objects[0].lemma_.lower() not in _REPORTING:
        return []
    if not _introduced(objects[0]):
        return []  # ("In the survey, 42% say ...": the poll named before; its share speaks)
    comma = next((t for t in sent if t.text == "," and t.i > objects[0].i), None)
    if comma is None or comma.i > objects[0].right_edge.i + 1 or comma.i + 3 >= sent.end:
        return []  # (the phrase must end at its comma, with a clause after it)
    speaker = resolve_speaker(objects[0], context, any_phrase=True)
    if speaker is None:
        return []
    content = stripped(context.text, comma.idx + 1, sent.end_char)
    return [Found(speaker, "according_to", "indirect", "in", content, first.idx)]


def _poll_after(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "Clinton stays well ahead of Sanders in the latest poll": a poll introduced in a
    phrase of the sentence's predicate reports the words before the phrase."""
    words = context.text[sent.start_char : sent.end_char].lower()
    if not any(noun in words for noun in _REPORTING):
        return []  # (most sentences: no need to read their tokens)
    for prep in sent[1:]:
        if prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        if "ROOT" not in (prep.head.dep_, prep.head.head.dep_):
            continue  # (the predicate's phrase: "is ahead in polls")
        poll = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if poll is None or poll.lemma_.lower() not in _REPORTING or not _introduced(poll):
            continue
        speaker = resolve_speaker(poll, context, any_phrase=True)
        content = stripped(context.text, sent.start_char, prep.idx)
        if speaker is None or len(context.text[content[0] : content[1]].split()) < 3:
            continue
        return [Found(speaker, "according_to", "indirect", "in", content, prep.idx)]
    return []


#: Dependents that are a clause's subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def _phrase_end(to: Token, source: Token, sent: Span) -> int:
    """Where "according to X" ends: at the comma that closes it when it opens the
    sentence ("According to a poll out Thursday, ..."), however the parser hung the
    words after it; else after the source's own words."""
    end = max(source.right_edge.i, to.i) + 1
    opening = all(t.is_punct or t.is_space for t in sent.doc[sent.start : to.i - 1])
    if not opening:
        return end
    # (past the source's apposition: "According to OpenRouter, an aggregator, ..."; but
    # when the main verb has no subject, the parser took the clause's for an apposition)
    root = sent.root
    lost = to.head.dep_ == "ROOT" or not any(c.dep_ in _SUBJECTS for c in root.children)
    named = [c.right_edge.i for c in source.children if c.dep_ == "appos" and not lost]
    after = max([to.i, *named]) + 1
    comma = next((t.i for t in sent.doc[after : sent.end] if t.text == ","), None)
    return comma + 1 if comma is not None else end


def colon_speaker(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "Graham: Trump's rhetoric is hateful": a headline's name, then what they say."""
    text = context.text
    start, end = trimmed(text, sent.start_char, sent.end_char)
    colon = text.find(":", start, end)
    if colon < 0:
        return []
    named = [
        m
        for m in context.mentions
        if m.start == start and m.label == "PERSON" and _addressed(text[m.end : colon])
    ]
    content = stripped(text, colon + 1, end)
    if len(text[content[0] : content[1]].split()) < 3:
        return []
    speaker = (
        mention_speaker(named[0], context) if named else _headline_speaker(sent, colon, context)
    )
    if speaker is None:
        return []
    return [Found(speaker, "said", "indirect", ":", content, colon)]


#: A headline's name, then whom or what it speaks to: "Clinton to Planned Parenthood:".
_ADDRESSEE = re.compile(r"\s+(?:to|on)\s+[^:\n]{1,80}")


def _addressed(between: str) -> bool:
    """Whether the words between a headline's name and its colon are nothing, or whom
    or what the name speaks to ("Clinton to Planned Parenthood", "Gillibrand on X")."""
    return between.strip() == "" or _ADDRESSEE.fullmatch(between) is not None


def _headline_speaker(sent: Span, colon: int, context: SpeakerContext) -> Speaker | None:
    """ "Clinton camp: ...", "Poll: ...": a line opening with a short noun phrase and a
    colon, the phrase's head the speaker (a verb before the colon makes it narration)."""
    text = context.text
    if sent.start_char > 0 and text[sent.start_char - 1] != "\n":
        return None  # not a line of its own: "The result: ..." mid-paragraph
    before = sent.doc.char_span(sent.start_char, colon, alignment_mode="contract")
    if before is None or not 0 < len(before) <= _HEADLINE_TOKENS:
        return None
    if before[0].pos_ == "DET":
        return None  # "The Long Tail Wins: ...": a section's label, not who speaks
    if any(t.pos_ in ("VERB", "AUX", "PRON", "NUM") or t.like_num for t in before):
        return None
    heads = [
        t
        for t in before
        if t.pos_ in ("NOUN", "PROPN")
        and not (before.start <= t.head.i < before.end and t.head.i != t.i)
    ]
    if len(heads) != 1 or heads[0].lower_ in _NOTICES:
        return None  # ("Editor's note: ...": the outlet's notice, nobody's statement)
    speaker = resolve_speaker(heads[0], context) if len(heads[0]) > 1 else None
    if speaker is None or not (speaker.entity or speaker.kind in ("group", "outlet")):
        return None  # "Energy Edge: ...", a label, is not a name the text knows
    return speaker


def _ending_quotation(sent: Span, context: SpeakerContext) -> tuple[int, int] | None:
    """The quotation the sentence ends, from its opening mark (perhaps sentences back)."""
    if context.quotations is None:
        return None
    last = context.text[sent.start_char : sent.end_char].rstrip()
    quotation = context.quotations.at(sent.start_char + len(last) - 2)
    if quotation is None or quotation.end < sent.start_char + len(last) - 1:
        return None
    return quotation.start, quotation.end


def dash_speaker(sent: Span, context: SpeakerContext) -> list[Found]:
    """'"..." — X' in the sentence, or a quotation (over several sentences, perhaps)
    whose next line is "— X" or "- X"."""
    text = context.text
    dash = _QUOTE_DASH.search(text, sent.start_char, sent.end_char)
    after = _DASH_AFTER.match(text, sent.end_char)
    if dash is not None:
        begin, end = dash.end(), sent.end_char
        quoted = (sent.start_char, dash.start() + 1)
    elif after is not None and (
        OPENS_WITH_QUOTE.match(text[sent.start_char : sent.end_char])
        or _ending_quotation(sent, context) is not None
    ):
        begin = after.end()
        line_end = text.find("\n", begin)
        end = len(text) if line_end < 0 else line_end
        quoted = (sent.start_char, sent.end_char)
        closing = CLOSING_QUOTES.match(text, sent.end_char)
        if closing is not None:
            quoted = (sent.start_char, closing.end())
        whole = _ending_quotation(sent, context)  # a quotation over several sentences
        if whole is not None:
            quoted = (min(quoted[0], whole[0]), max(quoted[1], whole[1]))
    else:
        return []
    named = [m for m in context.mentions if begin <= m.start < end and m.label in SPEAKER_LABELS]
    if not named or len(text[begin : named[0].start].split()) > 1:
        return []  # "— The Diplomat", "— the Diplomat's editors", not a dash mid-line
    content = trimmed(text, *quoted)
    speaker = mention_speaker(named[0], context)
    return [Found(speaker, "quote", "direct", "—", content, begin)]
