"""Cue words: the verbs and adjectives whose subject says, believes, wants or frames what.

"X said that ...", "X believes ...", "X plans to ...", "X backs ...", '"...,"
said X', "X is confident that ...": read off the dependency parse, each cue
with the speaker token it hangs from and the words it attributes (its
complements, or the quotation beside it, never cut inside its marks).

Which words are cues, and of what kind, is for
:mod:`extractors.statement_cue_kinds`; the words a cue attributes, for
:mod:`extractors.statement_content`. Here: the speaker of each cue
(:func:`speaker_token`) and which cues of a sentence attribute
(:func:`cue_attributions`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.records import StatementKind, StatementVia
from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.speech import FRAMING_VERBS, PLAIN_SPEAKING_VERBS, SPEAKING_VERBS, SPEECH_VERBS
from extractors.statement_asides import aside_content, aside_kind
from extractors.statement_clauses import compared, passive_participle, unrealised
from extractors.statement_clauses import cue_lemma as _lemma
from extractors.statement_content import (
    cue_content,
    cue_words,
    quoted_near,
    says_nothing,
    words_before,
)
from extractors.statement_cue_kinds import cue_kind, generic_kind, is_cue_word
from extractors.statement_inverted import inverted_cue
from extractors.statement_narration import closes_quotation
from extractors.statement_spans import Found, is_direct, touches_quote
from extractors.statement_subjects import (
    dateline,
    just_before,
    lost_subject,
    named_after,
    named_before,
)


def cue_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each cue verb (or belief adjective) of the sentence whose subject speaks."""
    quotations = context.quotations
    found = []
    for token in sent:
        if not token.is_alpha:
            continue  # a dash the tagger took for a verb ("WASHINGTON ― ...")
        generic = not is_cue_word(token)
        if generic and (token.pos_ != "VERB" or token.dep_ in ("amod", "compound")):
            continue
        if quotations is not None and quotations.at(token.idx) is not None:
            continue  # "I think", inside someone's quotation, is theirs
        if passive_participle(token):
            continue  # "Asked whether ..., X said": X was asked; the asker goes unnamed
        quoted = quoted_near(token, context)
        kind = generic_kind(token) if generic else cue_kind(token, quoted)
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
        content = (
            (closed.start, closed.end) if closed else cue_content(token, subject, sent, context)
        )
        content = aside_content(token, sent) if aside else said or content
        if content is None or (kind == "indirect" and says_nothing(token, content, context)):
            content = words_before(token, subject) if kind == "indirect" else None
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
        cue = cue_words(token, content, quotations_of)
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


#: Verbs of speech only people and their institutions perform: their subject speaks,
#: whatever it is ("data show" and "the deal means" are not among them).
_HUMAN_SPEECH = PLAIN_SPEAKING_VERBS | frozenset(
    "say tell add ask write announce explain reply respond chant tweet testify complain joke "
    "boast declare concede insist shout yell".split()
)


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


def _actor_subject(subject: Token) -> bool:
    """A subject that can hold a view: a name, a person's pronoun or a noun, not "it"."""
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "we", "i", "who")
    return subject.pos_ in ("PROPN", "NOUN")


def _background(kind: StatementKind, subject: Token) -> bool:
    """ "Rubio, who is seeking reelection", "Collins, who backs Trump": a relative clause
    of belief, intention or position tells about its noun; one of speech reports it."""
    return kind not in ("indirect", "direct") and subject.tag_ in ("WP", "WDT")


def _names_only(verb: Token) -> bool:
    """ "what engineers call token efficiency": a free relative names, it does not speak."""
    return any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children)


def _past_what_was_said(verb: Token, head: Token) -> Token:
    """A verb of saying the parser hung from the clause said before it ("X said the plan
    works, adding ...", "X says A, but conceded B"): the speech verb that clause hangs
    from, whose subject says this too; else ``head``."""
    said = head.head
    if head.dep_ != "ccomp" or said.i > head.i or _lemma(verb) not in _SAYING_LEMMAS:
        return head
    return said if _lemma(said) in _SAYING_LEMMAS else head


_SAYING_LEMMAS = SPEAKING_VERBS | SPEECH_VERBS


def _has_said(verb: Token, subject: Token) -> bool:
    """ "He's said that ...": the parser reads the "'s" of "has" as a passive's "is"; a verb
    of saying with a clause of its own after it was said by its subject ("it's said" is
    no one's)."""
    contracted = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    return (
        contracted
        and _lemma(verb) in _SAYING_LEMMAS
        and subject.lower_ != "it"
        and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    )


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
        if passive is not None and _has_said(token, passive):
            return passive  # "He's said he gets his ideas from ...": "has", not "is"
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
