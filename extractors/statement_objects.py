"""Positions taken on an object: a cue verb whose words are its object ("X dismissed Y").

The cue rules (:mod:`extractors.statement_cues`) give a verb of speech
something said only with a clause, a quotation or an object that is itself
words ("announced the plan"); an object that is a person, an act or a
proposal ("dismissed Obama's actions", "charged the officer with murder",
"talked up his plans") is what the actor takes a position on. A verb of the
lexicon that did not attribute by those rules, taken ("dismissed", "has
dismissed", "is challenging"; not one to come: "will charge") with an actor
subject and an object, takes a position on the object and what trails it in
its clause. A named actor's name for something is their framing of it
("what aide Jo Roe called the start of a new era"), unless it is a term of
art a generic group gives ("what engineers call token efficiency") or a proper
name ("what Beijing calls the Digital Silk Road").

Examples
--------
>>> from extractors.statement_examples import found_by
>>> found_by(object_attributions, "Senator Mary Jones dismissed the new farm levy on Monday.", [])
[('Mary Jones', 'position', 'dismissed', 'the new farm levy')]
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractors.speakers import SpeakerContext, resolve_speaker
from extractors.speech import BELIEF_VERBS
from extractors.statement_clauses import LIGHT_VERBS, cue_lemma
from extractors.statement_cue_kinds import is_cue_word
from extractors.statement_cues import speaker_token
from extractors.statement_spans import Found, stripped

#: Tenses of a position taken: "dismissed", "dismisses", "has dismissed" (not "to
#: dismiss", "will dismiss", "dismissing").
_TAKEN = frozenset({"VBD", "VBZ", "VBP"})
#: Verbs whose object is not what a position is taken on: what is known, perceived or
#: found ("knows Trump", "saw his worth balloon", "found sanctuary"), whom one addresses
#: ("told NBC News", "asked a question"), what one keeps or makes ("maintains a lead",
#: "added trucks", "wrote a book"), and figures given ("reported a loss").
_NOT_ON_OBJECT = (BELIEF_VERBS - {"consider", "deem"}) | frozenset(
    "tell ask inform brief assure remind answer find see show reveal maintain add write "
    "speak upset report post estimate record project forecast disclose calculate "
    "indicate".split()
)
#: Verbs that take a position on their object and only with one, no cue of their own: a
#: crowd's reaction ("booed Trump's answers"; "the crowd cheered as she spoke" holds
#: none), judging ("demeaned Rubio's toughness"), regarding ("despises what he calls
#: political correctness"), dismissing or promoting ("brushed aside the concerns",
#: "trumpeting a message") and calling on ("invoked the implicit bargain").
_ON_OBJECT = frozenset(
    "cheer boo jeer heckle taunt "
    "demean needle scorn slander upbraid flay skewer savage bash trash extol acclaim "
    "admire adore despise detest dislike distrust hate love loathe mistrust respect "
    "revere rip downplay trumpet contest invoke brush shrug "
    # Acts that put a position on record: "nominated Jim Kim for a second term", "issued
    # a threat", "filed a complaint against the DOJ", "compared abortion to slavery".
    "nominate issue file compare".split()
)
#: Acts of record whose object says something only with what trails it: "issued a
#: statement" says nothing; "issued a threat to the state", "filed a complaint against
#: the DOJ" do.
_RECORDS = frozenset({"issue", "file"})
#: Verbs that dismiss only with their particle: "brushed aside", "shrugged off".
_WITH_PARTICLE = frozenset({"brush", "shrug"})
#: Entity labels of amounts: an object that is one is a figure, not what a stance is on.
_AMOUNTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY", "DATE", "TIME"})
#: Prepositions that go on with the object: "charged X with Y", "accused X of Y".
_WITH_OBJECT = frozenset({"with", "of", "for", "as", "to", "over", "on", "about", "against"})


def object_attributions(sent: Span, context: SpeakerContext, cues: list[int]) -> list[Found]:
    """Each cue verb of the sentence, not among ``cues`` (the offsets of the cues that
    attributed already), that takes a position on its object."""
    found = []
    quotations = context.quotations
    taken = set(cues)
    for verb in sent:
        if verb.pos_ != "VERB" or not _on_object(verb) or verb.idx in taken or not _taken(verb):
            continue
        if quotations is not None and quotations.at(verb.idx) is not None:
            continue  # inside someone's quotation: theirs
        obj = _object(verb)
        if obj is not None and cue_lemma(verb) in _RECORDS and not _says_what(obj):
            continue  # "issued a statement", "filed a lawsuit": no words of its own given
        subject = speaker_token(verb) if obj is not None else None
        if obj is None or subject is None or not sent.start <= subject.i < verb.i:
            continue
        if subject.tag_ in ("WP", "WDT"):
            continue  # "Rubio, who backs X": background, not a position taken here
        speaker = resolve_speaker(subject, context)
        if speaker is None or not speaker.name.strip():
            continue
        hi = _trailing(verb, obj)
        start, end = stripped(context.text, obj.left_edge.idx, hi.idx + len(hi.text))
        if end - start >= 2:
            found.append(Found(speaker, "said", "position", verb.text, (start, end), verb.idx))
    return found


#: Verbs that name: "what aide Jo Roe called the start of an era".
_NAMING = frozenset({"call", "dub", "term", "label", "describe"})


def named_attributions(sent: Span, context: SpeakerContext) -> list[Found]:
    """ "what aide Jo Roe called the start of a new era": a named actor's name for
    something is their framing of it. A name a generic group gives ("what engineers
    call token efficiency") is a term of art, no one's position: the namer must be an
    entity; and a proper name given ("the Digital Silk Road") is no view either."""
    found = []
    for verb in sent:
        if verb.pos_ != "VERB" or cue_lemma(verb) not in _NAMING:
            continue
        if not any(c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ in ("oprd", "dobj") and c.i > verb.i), None)
        if name is None or name.pos_ == "PROPN":
            continue  # ("what Beijing calls the Digital Silk Road": a proper name, no view)
        subject = speaker_token(verb)
        if subject is None or not sent.start <= subject.i < verb.i:
            continue
        speaker = resolve_speaker(subject, context)
        if speaker is None or speaker.entity is None:
            continue
        hi = name.right_edge
        start, end = stripped(context.text, name.left_edge.idx, hi.idx + len(hi.text))
        if end - start >= 2:
            found.append(Found(speaker, "framing", "position", verb.text, (start, end), verb.idx))
    return found


def _on_object(verb: Token) -> bool:
    """A verb that takes a position on its object: a cue word or one of the verbs that
    need an object, not a light verb nor one whose object is no stance's."""
    lemma = cue_lemma(verb)
    if lemma in LIGHT_VERBS or lemma in _NOT_ON_OBJECT:
        return False
    if lemma in _WITH_PARTICLE and not any(c.lower_ in ("aside", "off") for c in verb.children):
        return False  # ("brushed her hair", "shrugged his shoulders")
    return is_cue_word(verb) or lemma in _ON_OBJECT


def _object(verb: Token) -> Token | None:
    """The verb's object after it, or None: none, a pronoun that stands for words ("said
    it", "thinks so"), an amount, or an object before it ("what engineers call X", "the
    jurist they fear": a name given, a noun's clause)."""
    if verb.dep_ == "relcl" or any(c.dep_ == "dobj" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is not None and obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that", "so"):
        return None
    if obj is not None and (obj.ent_type_ in _AMOUNTS or obj.like_num):
        return None  # "charged $0.30 per million tokens": a price, not a stance
    return obj


def _taken(verb: Token) -> bool:
    """Said in the past or the present, with "have" or in progress ("is challenging"): a
    position taken."""
    if verb.tag_ in _TAKEN:
        return True
    auxiliary = "have" if verb.tag_ == "VBN" else "be" if verb.tag_ == "VBG" else ""
    return any(c.dep_ == "aux" and c.lemma_ == auxiliary for c in verb.children)


def _trailing(verb: Token, obj: Token) -> Token:
    """The last word of the object and of the prepositions after it that go on with it
    ("charged X with murder")."""
    hi = obj.right_edge
    for child in verb.children:
        if child.i > hi.i and child.dep_ == "prep" and child.lower_ in _WITH_OBJECT:
            if not any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
                hi = child.right_edge
        elif child.i > hi.i and not child.is_punct:
            break
    return hi


def _says_what(obj: Token) -> bool:
    """Whether a record's object has words of its own after it: a preposition, a clause
    or a quotation in apposition."""
    return any(c.dep_ in ("prep", "acl", "relcl", "appos") for c in obj.rights)
