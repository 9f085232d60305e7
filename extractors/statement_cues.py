"""Cue words: the verbs and adjectives whose subject says, believes, wants or frames what.

"X said that ...", "X believes ...", "X plans to ...", "X backs ...", '"...,"
said X', "X is confident that ...": read off the dependency parse, each cue
with the speaker token it hangs from and the words it attributes (its
complements, or the quotation beside it, never cut inside its marks).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.quotes import Quotation, QuotationIndex
from extractors.records import StatementKind, StatementVia
from extractors.speakers import DATA_NOUNS, DOCUMENT_NOUNS, SpeakerContext, resolve_speaker
from extractors.speech import (
    AS_FRAMING_VERBS,
    BELIEF_ADJECTIVES,
    BELIEF_VERBS,
    FRAME_NOUNS,
    FRAMING_VERBS,
    INTENTION_ADJECTIVES,
    INTENTION_VERBS,
    PLAIN_SPEAKING_VERBS,
    POSITION_ADJECTIVES,
    POSITION_VERBS,
    SPEAKING_VERBS,
    SPEECH_VERBS,
)
from extractors.statement_asides import aside_content, aside_kind
from extractors.statement_clauses import (
    LIGHT_VERBS,
    anonymously,
    answer,
    circumstance,
    compared,
    continued_clauses,
    occasion_clauses,
    passive_participle,
    question_put,
    set_off,
    speech_manner,
    unrealised,
)
from extractors.statement_clauses import cue_lemma as _lemma
from extractors.statement_inverted import fronted_words, inverted_cue
from extractors.statement_narration import QUOTE_GAP, claimed, closes_quotation
from extractors.statement_spans import Found, is_direct, overlaps, stripped, touches_quote
from extractors.statement_subjects import (
    dateline,
    just_before,
    lost_subject,
    named_after,
    named_before,
)

#: A colon, then a quotation opening: what the words before it announce.
_COLON_QUOTE = re.compile(r"[^\S\n]*[,.]?[^\S\n]*:[^\S\n]*[“\"]")
#: Complements that hold what a cue attributes, and the prepositions that do ("call for").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "dobj", "attr", "oprd", "acomp", "advcl"})
_CONTENT_PREPS = frozenset({"for", "on", "upon", "about", "against", "of", "that", "as"})
#: Cue words around the verb: auxiliaries, particles, the addressee ("told reporters").
_CUE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
#: Speech verbs whose bare object is what is said: "announced the plan".
_OBJECT_SAYS = frozenset(
    "announce deny confirm predict claim urge reveal show demand state declare mention "
    "cite repeat reiterate echo recount concede acknowledge note recall question dismiss "
    "tweet retweet post discuss highlight allege proclaim stress emphasize emphasise "
    "admit suggest recommend propose decry lament explain detail outline".split()
)
#: Verbs of intention and belief whose plain object is what is wanted or held:
#: "wants a vote", "seeks the nomination", "expects a fight" (not "knows Trump").
_OBJECT_HELD = frozenset(
    "want seek propose promise threaten plan prefer wish push vow pledge expect predict".split()
)
#: Every word that may attribute, to pass the rest of a sentence by quickly.
_CUE_LEMMAS = (
    SPEAKING_VERBS
    | SPEECH_VERBS
    | FRAMING_VERBS
    | BELIEF_VERBS
    | INTENTION_VERBS
    | POSITION_VERBS
    | BELIEF_ADJECTIVES
    | INTENTION_ADJECTIVES
    | POSITION_ADJECTIVES
    | {"put", "sum"}
)
#: Speech verbs a headline's capitals make proper nouns of ("Trump Says ...").
HEADLINE_CUES = frozenset({"says", "said", "tells", "warns", "urges", "vows", "slams"})


#: Verbs of what an actor holds or means (built once: they are checked per token).
_HELD_OR_MEANT = BELIEF_VERBS | INTENTION_VERBS


def is_cue_word(token: Token) -> bool:
    """Whether the word may attribute as a cue of its own ("said", "backs", "hopes")."""
    return _lemma(token) in _CUE_LEMMAS or token.lower_ in HEADLINE_CUES


def cue_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each cue verb (or belief adjective) of the sentence whose subject speaks."""
    quotations = context.quotations
    found = []
    for token in sent:
        if quotations is not None and quotations.at(token.idx) is not None:
            continue  # "I think", inside someone's quotation, is theirs
        if not token.is_alpha:
            continue  # a dash the tagger took for a verb ("WASHINGTON ― ...")
        generic = not is_cue_word(token)
        if generic and (token.pos_ != "VERB" or token.dep_ in ("amod", "compound")):
            continue
        if passive_participle(token):
            continue  # "Asked whether ..., X said": X was asked; the asker goes unnamed
        quoted = _quoted_near(token, context)
        kind = _generic_kind(token) if generic else _cue_kind(token, quoted)
        side = None if generic else aside_kind(token)  # "..., as some have warned"
        aside = side is not None
        kind = kind or side
        closed = closes_quotation(token, context) if generic and kind is None else None
        if closed is not None:
            kind = "direct"  # '"...," Toomey fumed on Tuesday': a verb of manner speaks
        if kind is None:
            continue
        verb = token.head if token.pos_ == "ADJ" else token
        if compared(verb):
            continue
        subject = speaker_token(verb) or lost_subject(verb)
        subject, said = _inversion(verb, subject, kind, context)
        finite = verb.tag_ in ("VBD", "VBZ", "VBP", "NNP")  # (a root of any kind: "Dems hope")
        if subject is None and (kind == "indirect" or verb.dep_ == "ROOT") and finite:
            subject = named_before(verb, sent, context)
        if subject is None or not sent.start <= subject.i < sent.end:
            continue  # (a unit split from its parse may reach into the sentence before)
        if dateline(subject, context.text):  # "LONDON (Reuters) - Donald Trump said": not London
            subject = named_before(verb, sent, context)
            if subject is None or dateline(subject, context.text):
                continue
        if quotations is not None and quotations.at(subject.idx) is not None:
            # '"My apologies," Quick said': Quick, not "apologies".
            subject = named_after(verb, context) or just_before(verb, context)
            if subject is None:
                continue
        if _names_only(verb) or _dash_aside(token):
            continue  # "what engineers call X"; "U.S. labs — think Anthropic —", an aside
        if generic and not _actor_subject(subject):
            continue  # "it means ...", "open-source means ...": a thing, not an actor, holds
        speaker = resolve_speaker(subject, context)
        if speaker is None and subject.i < verb.i:
            # '..., said Alan Abramowitz, a demographer': the parser took another subject.
            named = named_after(verb, context)
            if named is not None:
                subject, speaker = named, resolve_speaker(named, context)
        if speaker is None and (said is not None or _speaks(token, kind, subject)):
            # "Mourners say ...": whoever a verb of speech has speak is an actor of its own.
            speaker = resolve_speaker(subject, context, any_phrase=True)
        if speaker is None or (generic and not (speaker.entity or speaker.kind == "group")):
            continue
        if not speaker.name.strip():
            continue  # (a stray mark the parser took for a subject names nobody)
        if _background(kind, subject):
            continue  # "Rubio, who is seeking reelection": background, not a position taken
        content = (closed.start, closed.end) if closed else _content(token, subject, sent, context)
        content = aside_content(token, sent) if aside else said or content
        if content is None or (kind == "indirect" and _says_nothing(token, content, context)):
            content = _words_before(token, subject) if kind == "indirect" else None
        if content is None:
            continue
        if kind == "indirect" and unrealised(token):
            continue  # "declined to discuss the case", "wants to tell voters": not said yet
        lemma = token.lemma_.lower()
        via: StatementVia = "framing" if lemma in FRAMING_VERBS else "said"
        if is_direct(content, context):
            kind, via = "direct", "quote"
        elif quoted and via == "said" and touches_quote(content, context):
            via = "quote"
        quotations_of = context.quotations if kind == "direct" else None
        cue = _cue_words(token, content, quotations_of)
        found.append(Found(speaker, via, kind, cue, content, token.idx))
    return found


def _inversion(
    verb: Token, subject: Token | None, kind: StatementKind, context: SpeakerContext
) -> tuple[Token | None, tuple[int, int] | None]:
    """The speaker and words of an inverted cue ("..., said Jo Roe, an aide") when the
    parser found no subject, or one before the comma that names nobody (a noun of what
    was said); else the subject as it was, and no words."""
    found = inverted_cue(verb) if kind in ("indirect", "direct") else None
    if found is None or resolve_speaker(found[0], context, any_phrase=True) is None:
        return subject, None
    if subject is None:
        return found
    if context.quotations is not None and context.quotations.at(subject.idx) is not None:
        return found  # '"The drop we see," said an aide': not "drop"
    start, end = found[1]
    if context.text[start] in _MARKS and subject.idx < end:
        return found  # '"Safety," said Grimm': a word too short to index as a quotation
    if subject.i > verb.i or resolve_speaker(subject, context):
        return subject, None
    return found


_MARKS = frozenset({'"', "“", "'", "‘"})


def _words_before(verb: Token, subject: Token) -> tuple[int, int] | None:
    """What a cue with nothing of its own after it says: the words before its comma, in
    the inverted '"Safety," said X' (one word is no quotation to stand beside) or in
    "A, X tells the convention"."""
    inverted = inverted_cue(verb)
    if inverted is not None and inverted[0].i == subject.i:
        return inverted[1]
    return fronted_words(verb, subject)


def _dash_aside(token: Token) -> bool:
    """ "U.S. labs — think Anthropic —": a verb between dashes, or after one with no
    subject before it, is an aside; "Many speakers — including X — said" is not."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text not in _DASHES:
        return False
    closed = any(t.text in _DASHES for t in doc[token.i + 1 : min(token.sent.end, token.i + 12)])
    return closed or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i for c in token.children
    )


_DASHES = frozenset({"—", "–"})


def _generic_kind(verb: Token) -> StatementKind | None:
    """A verb outside the lexicon that attributes by its clause: what its subject holds
    or says ("X figured the race was over", "X reasoned that ..."). A light or causative
    verb's clause is what it makes happen ("had the wealthy pay more"), not a view."""
    if _lemma(verb) in LIGHT_VERBS:
        return None
    if any(c.dep_ == "ccomp" and _said_clause(verb, c) for c in verb.children):
        return "indirect"
    return None


#: Verbs of speech only people and their institutions perform: their subject speaks,
#: whatever it is ("data show" and "the deal means" are not among them).
_HUMAN_SPEECH = PLAIN_SPEAKING_VERBS | frozenset(
    "say tell add ask write announce explain reply respond chant tweet testify complain joke "
    "boast declare concede insist shout yell".split()
)


#: Speech verbs whose object is whom they address ("told reporters"), or with "say",
#: where ("said on Twitter").
_ADDRESSED = frozenset("tell ask say inform brief assure remind".split())


def _speaks(token: Token, kind: StatementKind, subject: Token) -> bool:
    """Whether a verb of speech has its noun subject speak, named or not ("Mourners say",
    a survey's "42% say"; not a date or a sum)."""
    return (
        kind in ("indirect", "direct")
        and _lemma(token) in _HUMAN_SPEECH
        and subject.pos_ in ("NOUN", "PROPN")
        and (subject.i < token.i + 4 or subject.left_edge.i <= token.i + 2)
        and subject.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
    )


def _says_nothing(verb: Token, content: tuple[int, int], context: SpeakerContext) -> bool:
    """Speech with nothing said: only whom it is said to ("telling reporters", "asked
    the candidate") or where ("said on Twitter"), with no clause and no quotation."""
    lemma = _lemma(verb)
    if lemma not in _ADDRESSED or touches_quote(content, context):
        return False
    span = verb.doc.char_span(*content, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    if lemma == "say":  # "said on Twitter", "said in a statement"; "said yes" says something
        return span[0].i > 0 and span.doc[span[0].i - 1].dep_ == "prep"
    # "asked about the economy" and "told of the plan" name what was said.
    return not any(_content_prep(t) and t.head.i == verb.i for t in span.doc[verb.i : span.end])


def _actor_subject(subject: Token) -> bool:
    """A subject that can hold a view: a name, a person's pronoun or a noun, not "it"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "we", "i", "who")
    return subject.pos_ in ("PROPN", "NOUN")


def _said_clause(verb: Token, clause: Token) -> bool:
    """A finite clause right after its verb, opened by "that" or its own subject, with the
    verb's subject before the verb ("X figured the race was over")."""
    if clause.i < verb.i or clause.pos_ not in ("VERB", "AUX") or clause.ent_type_:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return False
    first = clause.left_edge
    if first.i - verb.i > 3 or (
        first.tag_ in ("WRB", "WP", "WDT", "IN") and first.lower_ != "that"
    ):
        return False  # "how", "what", "if": a question, not what is held
    if any(g.dep_ == "aux" and g.lower_ == "to" for g in clause.children):
        return False  # "allow developers to route ...": what is let happen, not what is held
    return any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in clause.children) or (
        first.lower_ == "that"
    )


def _background(kind: StatementKind, subject: Token) -> bool:
    """ "Rubio, who is seeking reelection", "Collins, who backs Trump": a relative clause
    of belief, intention or position tells about its noun; one of speech reports it."""
    return kind not in ("indirect", "direct") and subject.tag_ in ("WP", "WDT")


def _quoted_near(token: Token, context: SpeakerContext) -> bool:
    """Whether a quotation lies in the cue's clause or just before it ('"...," she said')."""
    if context.quotations is None:
        return False
    doc = token.doc
    lo = doc[token.left_edge.i].idx
    hi = doc[token.right_edge.i].idx + len(doc[token.right_edge.i].text)
    if _COLON_QUOTE.match(context.text, hi):  # 'adding: "..."': the quotation it announces
        return True
    return bool(context.quotations.within(lo - 3, hi)) or context.quotations.at(lo - 3) is not None


def _cue_kind(token: Token, quoted: bool) -> StatementKind | None:
    """What a word attributes, when it is a cue here: speech, belief, intention, position."""
    lemma = _lemma(token)
    if token.pos_ == "ADJ":
        if token.dep_ != "acomp" or not _complements(token):
            return None
        if lemma in BELIEF_ADJECTIVES:
            return "belief"
        if lemma in INTENTION_ADJECTIVES:
            return "intention"  # "X is willing to negotiate"
        return "position" if lemma in POSITION_ADJECTIVES else None  # "critical of X"
    if token.pos_ == "PROPN" and token.lower_ in HEADLINE_CUES and token.i > 0:
        return "indirect"  # "Trump Says His Plan Will Work": a headline's capitals
    if token.pos_ != "VERB":
        return None
    if lemma in FRAMING_VERBS and lemma not in SPEECH_VERBS | SPEAKING_VERBS:
        return "position" if _speech_act(token, quoted) else None
    if lemma in SPEAKING_VERBS or lemma in SPEECH_VERBS:
        if lemma in BELIEF_VERBS:
            return "belief" if _complements(token) else None
        return "indirect" if _speech_act(token, quoted) or _says(token, lemma, quoted) else None
    if not _complements(token):
        return None
    held = lemma in _OBJECT_HELD and any(c.dep_ == "dobj" for c in token.children)
    if lemma in _HELD_OR_MEANT and not (_holds_a_proposition(token) or held):
        return None  # "knows Trump": a thing, not what is held or meant ("wants a vote" is)
    if token.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None  # "to seek", "to think about": a view or aim meant, not held
    if token.dep_ == "acl" and token.tag_ == "VBG" and lemma in _HELD_OR_MEANT:
        return None  # "governors seeking to stem his rise": who they are, not what they say
    if lemma in BELIEF_VERBS:
        return "belief"
    if lemma in INTENTION_VERBS:
        return "intention"
    done = any(c.dep_ == "aux" and c.lemma_ == "do" for c in token.children)  # "did support"
    if lemma in POSITION_VERBS and (token.tag_ != "VB" or done):
        return "position"  # (not "to back", "would back", "must oppose": no position taken yet)
    return None


def _holds_a_proposition(verb: Token) -> bool:
    """A clause, an infinitive or "that" ("believes that ...", "plans to ..."), or a
    preposition of content ("hopes for ...")."""
    return any(
        c.dep_ in ("ccomp", "xcomp", "advcl") or (_content_prep(c) and c.lower_ != "of")
        for c in verb.children
    )


def _says(verb: Token, lemma: str, quoted: bool) -> bool:
    """A speech verb of the wider lexicon with something said: a clause, a quotation, "for".

    An object alone says something only for verbs that take what is said as
    one ("announced the plan", "denied the report"); "added capacity" and
    "wrote a book" say nothing.
    """
    if lemma == "call":  # "called for X", "called on X to ...", "calls for X to do Y"
        return any(
            (c.dep_ == "prep" and c.lower_ in ("for", "on")) or _for_to(c) for c in verb.children
        )
    if quoted:
        return True
    clause = any(
        _is_clause(c) or c.dep_ == "xcomp" or _content_prep(c) or _question(c)
        for c in verb.children
    )
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    if has_object and lemma in _FINDING and _evidence(verb):
        return True  # "a survey found 90 percent support": what the evidence shows
    return clause or (has_object and lemma in _OBJECT_SAYS)


#: Verbs by which a study or a poll reports what it measured: "a survey found X".
_FINDING = frozenset({"find", "show", "reveal", "suggest", "indicate"})


def _evidence(verb: Token) -> bool:
    """Whether the verb's subject is a study, a poll or a document ("a survey found")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[0].lemma_.lower() in DOCUMENT_NOUNS | DATA_NOUNS


def _question(child: Token) -> bool:
    """ "asked Trump if the project was still alive": a question the parser hangs from
    the verb as an adverbial clause, opened by "if" or "whether"."""
    return child.dep_ == "advcl" and any(
        g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in child.children
    )


def _for_to(child: Token) -> bool:
    """ "for X to do Y", a clause the parser hangs from the verb with "for" as its mark."""
    return child.dep_ in ("advcl", "ccomp") and any(
        g.dep_ == "mark" and g.lower_ == "for" for g in child.children
    )


def _complements(token: Token) -> bool:
    return _passive_with_agent(token) or any(
        c.dep_ in _CONTENT_DEPS or _content_prep(c) for c in token.children
    )


def _passive_with_agent(verb: Token) -> bool:
    """ "The proposal was rejected by voters": what the agent rejects is the subject."""
    deps = {c.dep_ for c in verb.children}
    return "agent" in deps and "nsubjpass" in deps


def _names_only(verb: Token) -> bool:
    """ "what engineers call token efficiency": a free relative names, it does not speak."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)


def _content(
    cue: Token, subject: Token, sent: Span, context: SpeakerContext
) -> tuple[int, int] | None:
    """The words a cue attributes: its complements, or the quotation it stands beside.

    A quotation that the complements touch is taken whole (never cut inside
    its marks), and a quotation split around the cue ('"X," she said, "Y."')
    is taken from the first mark to the last.
    """
    doc = cue.doc
    text = context.text
    # The subject's words are not what it says, unless the cue is among them ("a group
    # backing X": X).
    own = cue.head.i == subject.i
    parts = [
        c
        for c in cue.children
        if c.i != subject.i
        and (own or not subject.left_edge.i <= c.i <= subject.right_edge.i)
        and (c.dep_ in _CONTENT_DEPS or _content_prep(c) or c.dep_ == "nsubjpass" or answer(c))
        and not speech_manner(c)
        and not question_put(c)
        and not anonymously(cue, c)
    ]
    if any(c.i < cue.i for c in parts):  # '"...," she told them when asked': the occasion
        parts = [c for c in parts if not circumstance(c)]
    if not any(c.dep_ == "ccomp" for c in parts):  # "said in a statement that ..."
        parts += occasion_clauses(cue)
    if any(c.dep_ in ("ccomp", "acl") or _question(c) for c in parts):
        parts = [c for c in parts if c.dep_ != "dobj"]  # "told reporters that ...": the addressee
        # "said that A and that B": the second clause is said too.
        parts += [
            c
            for c in cue.children
            if c.dep_ == "conj" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        ]
        parts += [c for c in continued_clauses(cue) if _lemma(c) not in SPEAKING_VERBS]
    span: tuple[int, int] | None = None
    # (The parser may also make the set-off cue a clause of the verb after it.)
    inside = cue.dep_ == "parataxis" or (cue.dep_ == "ccomp" and cue.head.i > cue.i)
    if parts and inside and all(c.i < cue.i for c in parts) and set_off(cue):
        # "To hit its target, the panel concluded, the tax must rise": a cue set off
        # inside the clause it hangs from says all of it, not only its own words before.
        span = (sent.start_char, sent.end_char)
    elif parts:
        lo = min(c.left_edge.i for c in parts)
        hi = max(c.right_edge.i for c in parts)
        if parts[0].dep_ == "prep" and len(parts) == 1:
            lo = parts[0].i + 1  # "called for X": X
        if len(parts) == 1 and parts[0].dep_ == "dobj" and parts[0].lower_ == "it":
            lo, hi = cue.right_edge.i + 1, sent.end - 1  # "put it plainly: ..."
        else:
            hi = _rest_of_clause(cue, hi)
            lo = _lead_of_clause(cue, lo)
        span = (doc[lo].idx, doc[hi].idx + len(doc[hi].text)) if lo <= hi else None
        if span is not None:  # the parse may run past the sentence ("[5][4] Analyst X ...")
            span = (max(span[0], sent.start_char), min(span[1], sent.end_char))
    elif cue.dep_ in ("parataxis", "ccomp", "advcl", "conj") and cue.head.i != cue.i:
        # '"The plan will fail," he said.' parsed with the cue hanging from what it says,
        # or set off inside it ("This campaign, he says, is different"): the sentence.
        span = (sent.start_char, sent.end_char)
    if span is None and cue.pos_ == "PROPN" and cue.i + 1 < sent.end:
        span = (doc[cue.i + 1].idx, sent.end_char)  # a headline: the rest of it
    asked = [(c.left_edge.idx, c.right_edge.idx) for c in cue.children if question_put(c)]
    quotes = [  # ("Asked whether X "has the integrity," 72 percent said yes": the question)
        q
        for q in _beside(cue, subject, sent, context)
        if not any(a <= q.start <= b for a, b in asked)
    ]
    if quotes:
        lo_q, hi_q = quotes[0].start, quotes[-1].end
        clause = any(c.dep_ in ("ccomp", "xcomp") for c in parts)  # ("when asked": no clause)
        addressed = _lemma(cue) in _ADDRESSED or any(c.dep_ == "prep" for c in parts)
        if span is None or (not clause and addressed and not overlaps(span, (lo_q, hi_q))):
            # A cue with no clause of its own says the quotation beside it, not whom it
            # is said to ('telling reporters, "..."') or where ("said in a statement").
            span = (lo_q, hi_q)
        elif overlaps(span, (lo_q, hi_q)) or ":" in context.text[span[1] : lo_q]:
            # A quotation the cue's words touch, or announce with a colon, is said whole.
            span = (min(lo_q, span[0]), max(hi_q, span[1]))
    if span is None:
        return None
    span = announced(span, context)
    start, end = stripped(text, *span)
    if context.quotations is not None:  # never cut inside a quotation
        for q in context.quotations.within(start - 2000, end):
            if q.start < end and start < q.end and not (q.start <= cue.idx < q.end):
                start, end = min(start, q.start), max(end, q.end)
    if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


#: What may follow a cue's content and still belong to it: "praised X in the aftermath
#: of Y", "cited reports, including Z".
_TRAILING_DEPS = frozenset({"prep", "npadvmod", "advmod", "advcl", "dobj", "ccomp", "xcomp"})


def _lead_of_clause(cue: Token, lo: int) -> int:
    """Where the content starts: an adverbial phrase between the cue and its clause belongs
    to what is said ("says no matter what the president does, the law stands")."""
    if lo <= cue.i:
        return lo
    for child in cue.rights:
        if child.i >= lo:
            break
        phrase = child.right_edge.i - child.left_edge.i
        if child.dep_ in ("advcl", "advmod", "npadvmod") and phrase >= 2 and not child.ent_type_:
            return min(lo, child.left_edge.i)
    return lo


def _rest_of_clause(cue: Token, hi: int) -> int:
    """Where the content ends: the last of the cue's complements and what trails them in
    its clause, up to a cue of its own (", saying ...") or a second predicate. Content
    before its cue ('"...," she told the audience on Monday') ends where it ends."""
    if hi < cue.i:
        return hi
    for child in cue.rights:
        if child.i <= hi or child.is_punct:
            continue
        if child.dep_ not in _TRAILING_DEPS or _lemma(child) in _CUE_LEMMAS:
            break
        if child.lower_ == "according":
            break  # "..., according to Z": who reports it, not what is said
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
            break  # "said X, as he left": someone else's clause
        hi = child.right_edge.i
    while hi > cue.i and cue.doc[hi].is_punct and cue.doc[hi].text not in ('"', "”", "’"):
        hi -= 1
    return hi


def announced(
    span: tuple[int, int], context: SpeakerContext, *, start_at_quote: bool = False
) -> tuple[int, int]:
    """The content and the quotation its colon announces, to the end of the paragraph
    ('suggested action: "They ought to ..." "... now."'), when one follows it (or, with
    ``start_at_quote``, the quotation ``span`` is, on to the end of its paragraph)."""
    text = context.text
    if context.quotations is None:
        return span
    if start_at_quote:
        quoted = context.quotations.at(span[0])
    else:
        colon = _COLON_QUOTE.match(text, span[1])
        quoted = context.quotations.at(colon.end() - 1) if colon is not None else None
    if quoted is None:
        return span
    end = quoted.end
    paragraph = text.find("\n", end)
    paragraph = len(text) if paragraph < 0 else paragraph
    for later in context.quotations.within(end, paragraph):  # the quotation goes on
        if later.start >= end and QUOTE_GAP.match(text[end : later.start]) is None:
            gap = text[end : later.start]
            if len(gap.split()) > 3:
                break
        end = max(end, later.end)
    return span[0], end


#: What one speaks "on" that is no topic: "spoke on condition of anonymity", "on the record".
_SPEAKING_ON = frozenset({"speak", "talk", "comment"})


def _content_prep(child: Token) -> bool:
    """ "called for X", "warned against X"; not "on Monday", a time, nor "spoke on
    condition of anonymity" (how, not what, one speaks)."""
    if child.dep_ != "prep" or child.lower_ not in _CONTENT_PREPS:
        return False
    if child.lower_ == "on" and _lemma(child.head) in _SPEAKING_ON:
        return False
    objects = [t for t in child.children if t.dep_ == "pobj"]
    if child.lower_ == "on" and any(t.lemma_.lower() == "condition" for t in objects):
        return False  # "said, on condition of anonymity, ...": how, not what, one says
    return not any(t.ent_type_ in ("DATE", "TIME") for t in objects)


def _beside(cue: Token, subject: Token, sent: Span, context: SpeakerContext) -> list[Quotation]:
    """The quotations right before or after the cue's clause ('"...," she said, "..."')."""
    if context.quotations is None:
        return []
    text = context.text
    doc = cue.doc
    clause_lo = min(subject.left_edge.i, cue.i)
    if context.quotations.at(doc[clause_lo].idx) and not context.quotations.at(subject.idx):
        clause_lo = min(subject.i, cue.i)  # a quotation the parser hung from the subject
    clause_hi = max(subject.right_edge.i, cue.i)
    for child in cue.children:
        beside = child.dep_ in ("prep", "npadvmod", "advmod", "dative", "dobj", "prt")
        if beside and child.i > cue.i and context.quotations.at(child.idx) is None:
            clause_hi = max(clause_hi, child.right_edge.i)
    lo_char = doc[clause_lo].idx
    hi_char = doc[clause_hi].idx + len(doc[clause_hi].text)
    found = []
    before = [q for q in context.quotations.within(lo_char - 5000, lo_char) if q.end <= lo_char]
    if (
        before
        and not speech_manner(cue)  # (', adding: "..."': what follows; the quotation
        # before is its head verb's)
        and QUOTE_GAP.match(text[before[-1].end : lo_char])
        and before[-1].end > sent.start_char - 2
    ):
        found.append(before[-1])
    after = context.quotations.within(hi_char, hi_char + 40)
    if after and not found and "." in text[hi_char : after[0].start]:
        after = []  # the next sentence's quotation, not this cue's
    if (
        after
        and QUOTE_GAP.match(text[hi_char : after[0].start])
        and "\n" not in text[hi_char : after[0].start]
        and not claimed(after[0], doc, text)  # ('"A," she said. "B," the email read')
    ):
        found.append(after[0])
    return found


def _cue_words(token: Token, content: tuple[int, int], quotations: QuotationIndex | None) -> str:
    """The cue as written: the verb with its auxiliaries, particle and addressee."""
    words = [token]
    for child in token.children:
        # The addressee ("told reporters"), outside what is said or between its quoted halves.
        outside = not content[0] <= child.idx < content[1] or (
            quotations is not None and quotations.at(child.idx) is None and child.i > token.i
        )
        addressee = child.dep_ in ("dative", "dobj") and outside
        if child.dep_ in _CUE_DEPS or addressee:
            if child.dep_ in ("dative", "dobj"):
                words.extend(token.doc[child.left_edge.i : child.right_edge.i + 1])
            else:
                words.append(child)
        elif _content_prep(child) and child.idx < content[0]:
            words.append(child)  # "called for", "warned against"
    if token.pos_ == "ADJ":
        words.append(token.head)
    words = sorted(set(words), key=lambda t: t.i)
    if len(words) > 6:
        words = [token]
    return " ".join(t.text for t in words)


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
    clause = any(_is_clause(c) for c in children)
    if lemma in PLAIN_SPEAKING_VERBS or quoted or clause or verb.dep_ == "parataxis":
        return True  # (a parenthetical cue speaks for its sentence: "X, he added, is Y")
    # '... noted analysts at X': a subject after its verb is an attribution.
    return any(c.dep_ == "nsubj" and c.i > verb.i for c in children)


#: Dependents that hold what a framing verb frames: "called Cruz the ultimate hypocrite".
_FRAMED = ("dobj", "oprd", "ccomp")


def _named_xcomp(child: Token) -> bool:
    """ "calling Trump a fascist": the parser may take the one named for an xcomp (a
    capitalised word, even one it read as the verb "trump"), not an infinitive."""
    no_to = not any(g.dep_ == "aux" for g in child.children)
    return child.dep_ == "xcomp" and child.is_title and no_to


def _frames(verb: Token, lemma: str, children: list[Token]) -> bool:
    objects = [c for c in children if c.dep_ in _FRAMED or _named_xcomp(c)]
    has_as = any(c.lower_ == "as" for c in children) or any(
        g.lower_ == "as" for o in objects for g in o.children
    )
    if lemma == "challenge" or (lemma == "dismiss" and not has_as):
        return any(o.lemma_.lower() in FRAME_NOUNS for o in objects)
    if lemma in AS_FRAMING_VERBS:
        return has_as
    named = any(c.dep_ == "oprd" for c in children)  # "called Cruz the ultimate hypocrite"
    if lemma == "call" and not named and any(c.dep_ in ("prep", "prt") for c in children):
        return False  # "called for", "called on", "called up"
    return bool(objects) or has_as


def _is_clause(child: Token) -> bool:
    """A clause said: a verb with its own subject or "that" ("added that prices fell"),
    not a word the parser took for a verb ("added roughly 8x the capacity")."""
    if child.dep_ not in ("ccomp", "parataxis") or child.pos_ not in ("VERB", "AUX"):
        return False
    if child.ent_type_:
        return False
    return child.dep_ == "parataxis" or any(
        g.dep_ in ("nsubj", "nsubjpass", "mark", "expl", "csubj") for g in child.children
    )


def _past_what_was_said(verb: Token, head: Token) -> Token:
    """A verb of saying the parser hung from the clause said before it ("X said the plan
    works, adding ...", "X says A, but conceded B"): the speech verb that clause hangs
    from, whose subject says this too; else ``head``."""
    said = head.head
    if head.dep_ != "ccomp" or said.i > head.i or _lemma(verb) not in _SAYING_LEMMAS:
        return head
    return said if _lemma(said) in _SAYING_LEMMAS else head


_SAYING_LEMMAS = SPEAKING_VERBS | SPEECH_VERBS


def speaker_token(verb: Token) -> Token | None:
    """Who performs the verb: its subject, its passive agent, or its clause's subject.

    A participle ("Tencent released an edition, framing the move as ...") and
    a conjoined verb share the subject of the clause they hang from.
    """
    token = verb
    head = verb.head
    participle = verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN")
    if participle and head.dep_ not in ("dobj", "attr"):
        return head  # "a group backing Huckabee said", "a poll showing ...": the noun
    came_by = ""
    for _ in range(3):
        subjects = [
            c for c in token.children if c.dep_ == "nsubj" and any(ch.isalnum() for ch in c.text)
        ]
        if len(subjects) > 1:  # "In Berea, OH, Gov. John Kasich said": the nearest before
            before = [c for c in subjects if c.i < token.i]
            return before[-1] if before else subjects[0]
        for child in token.children:
            if child.dep_ == "nsubj":
                return child
            if child.dep_ == "agent":
                return next((t for t in child.children if t.dep_ == "pobj"), None)
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and token is not verb and came_by == "xcomp":
            return passive  # "X was prompted to say", "X is expected to endorse": X
        if passive is not None:
            return None  # "is framed as": the thing framed, not who frames it
        if token.dep_ == "conj" or (
            token.dep_ in ("advcl", "xcomp") and token.tag_ in ("VBG", "VBN", "VB")
        ):
            came_by, token = token.dep_, _past_what_was_said(verb, token.head)
        elif token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "responded by saying ...": who responded
        elif token.dep_ == "acl" and token is not verb and token.tag_ == "VBG":
            return token.head  # "A salesperson — speaking anonymously — summed up": the noun
        elif token.dep_ == "acl" and token.head.dep_ in ("dobj", "pobj", "attr"):
            # "published an analysis describing ...": the analysis' publisher frames.
            head = token.head.head
            token = head.head if head.dep_ == "prep" else head
        else:
            return None
    return None
