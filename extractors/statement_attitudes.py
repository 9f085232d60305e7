"""Attitudes: an actor's stance told by an adjective or a verb and its preposition.

Forms that name no verb of saying yet attribute a view to an actor:

- a predicative adjective of attitude with what it is about: "X was upbeat
  about the plan", "X is hostile to Y", "X was alarmed at Y" (a participle of
  feeling), "X was adamant that ..." (the adjective's "that" clause or its
  preposition's object is the view's object; the subject must be an actor,
  so "it is clear that" holds no one);
- a verb whose preposition, after its particle if it has one, names what a
  position is taken on: "X agreed with Y", "X lashed out at Y", "X weighed in
  on Y", "X voted in favor of Y";
- a verb of striking with whom it attacks and why: "X hit Y for skipping the
  debate" (not "hit a record");
- "made clear": "X made clear that ...", "made it clear that ..." say it;
- a noun of someone who takes a position, said of an actor by a copula or an
  apposition: "X is a supporter of Y", "X, an outspoken critic of Y, ...".

All are read off the parse, from the adjective or the verb to its
complement: no extra pass.

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(attitude_attributions, "Senator Mary Jones was skeptical about the new farm levy.")
[('Mary Jones', 'position', 'was skeptical about', 'the new farm levy')]
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.records import StatementKind
from extractors.speakers import Speaker, SpeakerContext, resolve_speaker
from extractors.statement_clauses import cue_lemma
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found, stripped

#: Prepositions after an adjective that name what an attitude is about: "upbeat about",
#: "hostile to", "mistrustful of", "pleased with", "alarmed at", "divided over".
_ATTITUDE_PREPS = frozenset({"about", "with", "at", "of", "on", "over", "toward", "towards", "to"})
#: Adjectives of attitude: how an actor regards something ("optimistic about X", "hostile
#: to X"). Participles of feeling ("alarmed at", "pleased with") need no listing: an
#: adjective made of a verb's participle ("-ed") with such a preposition is one.
ATTITUDE_ADJECTIVES = frozenset(
    "optimistic pessimistic upbeat bullish bearish nervous anxious sanguine skeptical "
    "sceptical mistrustful distrustful suspicious wary hostile favorable favourable "
    "sympathetic enthusiastic lukewarm cool ambivalent undecided outspoken vocal adamant "
    "insistent emphatic unequivocal firm clear measured cautious candid blunt "
    "critical supportive dismissive fond proud ashamed jealous envious resentful "
    "bitter sour keen eager hopeful fearful afraid scared glad happy unhappy sad "
    "angry furious mad livid upset sick tired weary impatient content cynical".split()
)
#: Participles that stand for a state, not a feeling: "based on", "used to", "tied to".
_STATE_PARTICIPLES = frozenset(
    "based used tied linked related connected devoted dedicated committed involved "
    "associated limited exposed subjected entitled qualified located positioned aligned "
    "united divided married engaged allied interested".split()
)
#: A verb's preposition whose object is what the actor takes a position on, by verb:
#: "agreed with", "pointed to", "responded to", "objected to".
_VERB_PREPS: dict[str, frozenset[str]] = {
    "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}),
    "side": frozenset({"with", "against"}),
    "object": frozenset({"to"}),
    "rail": frozenset({"at", "against"}),
}
#: Verbs whose particle makes them take a position by a preposition: "lashed out at X",
#: "weighed in on X", "spoke out against X".
_PARTICLE_PREPS: dict[tuple[str, str], frozenset[str]] = {
    ("lash", "out"): frozenset({"at", "against"}),
    ("weigh", "in"): frozenset({"on", "with"}),
    ("speak", "out"): frozenset({"against", "on", "about"}),
    ("push", "back"): frozenset({"on", "against"}),
}
#: Nouns of someone who takes a position: "a supporter of", "an outspoken critic of".
AGENT_NOUNS = frozenset(
    "supporter critic opponent advocate proponent defender backer champion campaigner "
    "booster detractor foe".split()
)
_OF_FOR = frozenset({"of", "for"})
#: Every verb that takes a position by a preposition (checked per verb).
_PREP_VERBS = frozenset(_VERB_PREPS) | {verb for verb, _ in _PARTICLE_PREPS}
#: Verbs of striking whose object is whom they attack, and a preposition why: "hit
#: Trump for skipping the debate", "slapped the mayor over the levy".
_STRIKING = frozenset("hit slap knock hammer pound jab ding whack".split())
#: Prepositions of why one is struck.
_WHY = frozenset({"for", "over", "on"})
#: Entity labels of whom one attacks: "hit Trump for ...", not "hit a record".
_ACTORS = frozenset({"PERSON", "ORG", "NORP"})
#: "in favor of", "in support of", "in opposition to": a position whatever the verb
#: ("voted in favor of", "spoke out in support of").
_STANCE_NOUNS = frozenset({"favor", "favour", "support", "opposition", "defense", "defence"})


def attitude_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """Each adjective of attitude and each verb of a position by its preposition."""
    found: list[Found] = []
    quotations = context.quotations
    for token in sent:
        if token.pos_ == "ADJ":
            item = _adjective(token)
        elif token.pos_ == "VERB":
            item = _verb(token)
        elif token.pos_ == "NOUN" and token.lemma_.lower() in AGENT_NOUNS:
            item = _agent_noun(token)
        else:
            continue
        if item is None or (quotations is not None and quotations.at(token.idx) is not None):
            continue  # (inside someone's quotation: theirs)
        verb, cue, kind, complement = item
        speaker = _actor(verb, sent, context)
        if speaker is None:
            continue
        lo, hi = complement.left_edge, _why_end(verb, complement.right_edge)
        if not sent.start <= lo.i <= hi.i < sent.end:
            continue
        start, end = stripped(context.text, lo.idx, hi.idx + len(hi.text))
        if end - start < 2:
            continue
        found.append(Found(speaker, "said", kind, cue, (start, end), token.idx))
    return found


def _adjective(adj: Token) -> tuple[Token, str, StatementKind, Token] | None:
    """ "was upbeat about X": the copula, the cue, the kind and X; "was adamant that S"
    is a belief, S."""
    if adj.dep_ != "acomp" or adj.head.lemma_ != "be" or not _of_attitude(adj):
        return None
    verb = adj.head
    copula = verb.text if verb.i < adj.i else ""
    # (The parser may hang the adjective's clause from the copula: "was adamant that ...".)
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > adj.i]
    for child in [*adj.children, *clauses]:
        if child.i < adj.i:
            continue
        if child.dep_ == "ccomp" and _that_clause(child):
            return verb, f"{copula} {adj.text}".strip(), "belief", child
        if child.dep_ == "prep" and child.lower_ in _ATTITUDE_PREPS:
            obj = _object(child)
            if obj is not None and (obj.pos_ not in ("VERB", "AUX") or obj.tag_ == "VBG"):
                return verb, f"{copula} {adj.text} {child.text}".strip(), "position", obj
    return None


def _of_attitude(adj: Token) -> bool:
    """An adjective of attitude: one of the lexicon, or a participle of feeling."""
    lemma = adj.lemma_.lower()
    if lemma in ATTITUDE_ADJECTIVES:
        return True
    return adj.lower_.endswith("ed") and adj.lower_ not in _STATE_PARTICIPLES


#: Adjectives by which "make" says something: "made clear that ...", "made it plain".
_MADE = frozenset({"clear", "plain", "known"})


def _made_clear(verb: Token) -> tuple[Token, str, StatementKind, Token] | None:
    """ "X made clear that S", "made it clear that S", "made clear his aim to ...": X says S."""
    adjective = next((c for c in verb.children if c.lower_ in _MADE and c.i > verb.i), None)
    if adjective is None:
        return None
    said = [
        c
        for c in (*verb.children, *adjective.children)
        if c.dep_ in ("ccomp", "advcl") and c.i > adjective.i and c.pos_ != "ADJ"
    ]
    if not said:
        return None
    return verb, f"{verb.text} {adjective.text}", "indirect", said[0]


def _verb(verb: Token) -> tuple[Token, str, StatementKind, Token] | None:
    """ "agreed with X", "voted in favor of X": the verb, the cue, the kind and X."""
    if verb.lemma_ == "make":
        return _made_clear(verb)
    lemma = cue_lemma(verb)
    if lemma in _STRIKING:
        return _struck(verb)
    if lemma not in _PREP_VERBS and not any(c.lower_ == "in" for c in verb.rights):
        return None  # (most verbs: no preposition of a position)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    preps = _PARTICLE_PREPS.get((lemma, particle), _VERB_PREPS.get(lemma))
    for child in verb.children:
        if child.dep_ != "prep" or child.i < verb.i:
            continue
        obj = _object(child)
        if obj is None:
            continue
        if preps is not None and child.lower_ in preps:
            cue = " ".join(filter(None, (verb.text, particle, child.text)))
            return verb, cue, "position", obj
        if child.lower_ == "in" and obj.lemma_.lower() in _STANCE_NOUNS:
            stance = next((g for g in obj.children if g.dep_ == "prep"), None)
            target = _object(stance) if stance is not None else None
            if target is not None and stance is not None:
                cue = f"{verb.text} in {obj.text} {stance.text}"
                return verb, cue, "position", target
    return None


#: Pronouns of whom one attacks.
_PEOPLE = frozenset({"him", "her", "them", "me", "us"})


def _struck(verb: Token) -> tuple[Token, str, StatementKind, Token] | None:
    """ "hit Trump for skipping the debate": whom and why, a position taken; "hit the
    road" and "hit a record" are no attack (no "for", "over" or "on" after a person)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or not (obj.ent_type_ in _ACTORS or obj.lower_ in _PEOPLE):
        return None
    why = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHY), None)
    if why is None or why.i < obj.i or _object(why) is None:
        return None
    return verb, f"{verb.text}", "position", obj


def _why_end(verb: Token, hi: Token) -> Token:
    """Where the words of an attack end: past why it is made ("hit Trump for skipping the
    debate"), for a verb of striking; else at ``hi``."""
    if cue_lemma(verb) not in _STRIKING:
        return hi
    why = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _WHY and c.i > hi.i]
    return why[0].right_edge if why else hi


def _object(prep: Token) -> Token | None:
    """The preposition's object, not a time ("on Monday")."""
    for child in prep.children:
        if child.dep_ in ("pobj", "pcomp") and child.ent_type_ not in ("DATE", "TIME"):
            return child
    return None


def _that_clause(clause: Token) -> bool:
    """A finite clause opened by "that" or by its own subject ("adamant that X will")."""
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    return any(
        (g.dep_ == "mark" and g.lower_ == "that") or g.dep_ in ("nsubj", "nsubjpass")
        for g in clause.children
    )


def _agent_noun(noun: Token) -> tuple[Token, str, StatementKind, Token] | None:
    """ "X is a supporter of Y", "X, an outspoken critic of Y,": what the noun of a
    position names X as taking a position on, Y; the holder is the subject of the copula
    or the noun the apposition describes (the copula or that noun stands as ``verb``)."""
    said_of = noun.dep_ == "attr" and noun.head.lemma_ == "be"  # "X is a supporter of Y"
    described = noun.dep_ == "appos" and noun.head.pos_ in ("PROPN", "NOUN")  # "X, a critic"
    if not (said_of or described):
        return None
    holder = noun.head
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _OF_FOR), None)
    target = _object(prep) if prep is not None else None
    if target is None or prep is None:
        return None
    return holder, f"{noun.text} {prep.text}", "position", target


def _actor(verb: Token, sent: Span, context: SpeakerContext) -> Speaker | None:
    """Who holds the attitude: the verb's subject (or the noun an apposition describes),
    when it names an actor."""
    subject = verb if verb.pos_ in ("NOUN", "PROPN") else speaker_token(verb)
    if subject is None or not sent.start <= subject.i < sent.end:
        return None
    if subject.pos_ == "PRON" and subject.lower_ not in ("he", "she", "they", "we", "i", "who"):
        return None  # "it is clear that ...": no one holds it
    if subject.tag_ in ("WP", "WDT"):
        return None  # "Rubio, who was upbeat about ...": background, not a view put forward
    speaker = resolve_speaker(subject, context)
    if speaker is None or not speaker.name.strip():
        return None
    return speaker
