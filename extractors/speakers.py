"""Speakers: who a statement's subject names, and what kind of speaker that is.

A speaker is a named entity when the phrase holds one ("analysts at X" is X),
else the short noun phrase of a group ("analysts tracking the data"). A
pronoun ("he", "they", "who") or a description ("the company", "the
newspaper", "one Chinese AI executive") is resolved to the named actor it
stands for (:mod:`extractors.coreference`), the words as written kept as the
speaker's ``mention``. A named speaker's role is what the text says it is: an
apposition ("X, director of product at Y") or a title before the name
("Analyst X").

"It" with no organisation in reach is the document named just before it
("Supporters got an email. It said ..."); "I" and "we" in the narration are
the text's author ("I think ..."), not on a line an interview's label opens.

A role with a name in apposition is the person named ("her campaign
manager, Robby Cook, said"); a share of a group speaks for the group ("two of
the senators said"); a plural noun of agents ("demonstrators", "historians")
names people; whom a participle names is not who its noun is ("a group
backing X").

Not every subject speaks: a bare plural of documents ("multiple reports")
cites no one, and a place named alone ("in Washington") stands for nobody.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from extractors import coreference
from extractors.attribution import named_source
from extractors.nlp import sentences
from extractors.quotes import QuotationIndex
from extractors.records import EntityMention, SpeakerKind, Statement

#: Nouns naming unnamed people who speak: "analysts tracking the data".
GROUP_NOUNS = frozenset(
    "analyst observer critic commentator commentary economist expert investor official "
    "developer researcher executive engineer policymaker lawmaker regulator skeptic "
    "sceptic proponent supporter advocate insider source strategist scholar academic "
    "watcher trader bull bear author spokesperson spokesman spokeswoman salesperson "
    "representative founder leader consultant veteran participant democrat republican "
    "voter member aide adviser advisor staffer activist protester organizer organiser "
    "lawyer attorney prosecutor officer diplomat politician candidate senator delegate "
    "donor resident worker scientist doctor poll pollster survey critic opponent ally "
    "people person woman man percent majority minority respondent delegate superdelegate "
    "speaker reporter journalist correspondent columnist editor pundit historian professor "
    "student parent citizen immigrant conservative liberal progressive moderate evangelical "
    "rival backer opponent audience crowd camp player manager frontrunner runner hopeful "
    "nominee contender challenger incumbent authority police judge jury panel dean host "
    "moderator friend family neighbor colleague staff employee user customer fan follower "
    "celebrity governor mayor president legislator congressman congresswoman chairman "
    "secretary director ambassador general commander rabbi pastor priest bishop union "
    "coalition caucus force elite establishment base electorate public".split()
)
#: Nouns naming a document that speaks for its authors: "a report by X warned".
DOCUMENT_NOUNS = frozenset(
    "report analysis study paper article survey memo note review essay editorial brief "
    "commentary column blog post newsletter letter complaint lawsuit suit filing ruling "
    "email statement release ad advertisement spot video poll polling result platform "
    "petition resolution proposal website page tweet message book document".split()
)
#: Documents that speak by what they show ("records show", "polls suggest", "according
#: to exit polls"): sources someone compiled. Bare numbers ("the figures suggest",
#: "data show") are what a source cites, not a source.
DATA_NOUNS = frozenset(
    "poll survey record document filing file email study report disclosure projection "
    "ledger".split()
)
#: Quantities that leave evidence unnamed: "multiple reports", "various polls".
_VAGUE = frozenset("multiple several many various numerous some other unspecified".split())
#: Verbs by which evidence speaks.
SHOWING_VERBS = frozenset("show suggest indicate find reveal confirm".split())
#: Words that stand for a share of a group: "some of his rivals", "three of the four".
PARTITIVES = frozenset(
    "some many most all both none few several one two three four five half majority "
    "minority number lot lots percent quarter third each either neither".split()
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
#: Prepositions by which a document names its outlet: "published in X", "wrote in X".
_OUTLET_VERBS = frozenset({"publish", "write", "appear", "run", "print"})
_OUTLET_NOUNS = frozenset(
    "article column piece op-ed editorial essay analysis report interview commentary".split()
)

#: The longest group phrase, in tokens.
_GROUP_TOKENS = 6


@dataclass(slots=True)
class Speaker:
    """Who speaks: a name, its kind, its entity (when named) and its role in the text."""

    name: str
    kind: SpeakerKind
    entity: str | None = None
    role: str = ""
    #: The speaker as written, when it differs from ``name`` ("he", "the company").
    mention: str = ""


@dataclass(slots=True)
class SpeakerContext:
    """What resolving a speaker needs from the document and the statements so far."""

    #: The document's text (``Doc.text`` is rebuilt from the tokens at every call).
    text: str
    mentions: list[EntityMention]
    outlets: set[str]
    #: Statements so far, by sentence start, for pronouns.
    speakers: list[tuple[int, Statement]] = field(default_factory=list)
    #: Where each sentence starts, for "two sentences back".
    sent_starts: list[int] = field(default_factory=lambda: [0])
    #: Where the clause subjects' words start: a subject is likelier to be referred to.
    subject_starts: set[int] = field(default_factory=set)
    #: The pronoun each person has been referred to by.
    gender: dict[str, str] = field(default_factory=dict)
    quotations: QuotationIndex | None = None

    @classmethod
    def of(cls, doc: Doc, text: str, mentions: list[EntityMention]) -> SpeakerContext:
        """The context of a parsed document."""
        starts = [s.start_char for s in sentences(doc)] or [0]
        subject = ("nsubj", "nsubjpass")
        subjects = {  # a subject and the words of its name ("Mr. Trump")
            t.idx
            for t in doc
            if t.dep_ in subject or (t.dep_ == "compound" and t.head.dep_ in subject)
        }
        return cls(
            text,
            mentions,
            find_outlets(doc, mentions),
            sent_starts=starts,
            subject_starts=subjects,
            quotations=QuotationIndex(text),
        )


def resolve_speaker(
    head: Token, context: SpeakerContext, *, any_phrase: bool = False
) -> Speaker | None:
    """The speaker a subject names: an entity in it, else a group's noun phrase.

    ``any_phrase`` takes any short phrase (after "according to", a reading's
    "from"); otherwise a phrase without an entity speaks only when its head
    names people ("analysts") or a document ("a report").
    """
    if head.pos_ == "PRON" or head.tag_ in ("WP", "PRP"):
        return _pronoun(head, context, any_phrase=any_phrase)
    phrase = _phrase(head)
    if phrase is None:
        return None
    lemma = head.lemma_.lower()
    if head.pos_ == "ADJ":  # "Current and former officials": the parser heads it "Current"
        nouns = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        lemma = nouns[0].lemma_.lower() if nouns else lemma
    evidence = _shows(head, lemma)
    if _cites_no_one(head, lemma) and not evidence:
        return None
    named = _named_apposition(head, context)
    if named is not None:  # "Her campaign manager, Robby Cook, said": the name
        return named
    partitive = _partitive(head)
    if partitive is not None:  # "some of his rivals", "three of the four cantons": the rivals
        found = resolve_speaker(partitive, context, any_phrase=any_phrase)
        if found is not None:
            return found
    people = (
        any_phrase
        or evidence
        or lemma in GROUP_NOUNS
        or _people_plural(head)
        or lemma in DOCUMENT_NOUNS
        or lemma in coreference.ORGANISATION_NOUNS
        or lemma in coreference.OUTLET_NOUNS
        or lemma in coreference.PERSON_NOUNS
    )
    # "a group backing Mike Huckabee": whom a participle names is not who the noun is
    # (whereas "analysis published in X" is X's).
    aside = [
        (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
        for c in head.rights
        if (c.dep_ == "acl" and c.tag_ == "VBG") or (c.dep_ == "relcl" and c.pos_ == "VERB")
    ]
    inside = [
        m
        for m in context.mentions
        if m.start < phrase.end_char
        and m.end > phrase.start_char
        and m.label in SPEAKER_LABELS
        and not any(lo <= m.start < hi for lo, hi in aside)
    ]
    # "Gov. John Kasich (R-OH)": the state in the parenthesis is not who speaks.
    inside = [m for m in inside if not _in_parentheses(m, context.text)] or inside
    if inside:
        source = named_source(phrase, inside, "attribution", "speaker")
        mention = next((m for m in reversed(inside) if source and m.name == source.name), None)
        covers_head = mention is not None and mention.start <= head.idx < mention.end
        # "analysts at X" are X; "Chinese firms" are a group, not China; and
        # "evidence like X's launch" is no one.
        if mention is not None and (covers_head or (people and mention.label in ("PERSON", "ORG"))):
            speaker = mention_speaker(mention, context)
            if covers_head:
                speaker.role = _role(head, phrase, mention, context.mentions)
            else:  # "Fed officials", "Sanders' aides": the words as written stay beside
                speaker.mention = _clean(head.doc[phrase.start : head.i + 1].text)
            if mention.label == "GPE" and head.dep_ not in ("nsubj", "pobj"):
                return None  # a place named in passing stands for nobody
            return speaker
    if coreference.is_description(head):
        found = _resolved(coreference.resolve_description(head, context), context)
        if found is not None:
            found.mention = _clean(head.doc[head.left_edge.i : head.i + 1].text)
            return found
    if people:
        if len(phrase) > _GROUP_TOKENS:  # "multiple reports citing ...": "multiple reports"
            phrase = head.doc[phrase.start : head.i + 1]
        name = _clean(phrase.text)
        if name and phrase[0].is_sent_start and phrase[0].pos_ != "PROPN":
            name = name[0].lower() + name[1:]  # "Critics argue ...": the group is "critics"
        return Speaker(name, "group") if name and len(phrase) <= _GROUP_TOKENS else None
    if head.pos_ == "PROPN" and all(t.pos_ in ("PROPN", "PUNCT") for t in phrase):
        # A name the entity recogniser missed ("The US-China Commission").
        kind: SpeakerKind = "person" if head.ent_type_ == "PERSON" else "organisation"
        return Speaker(_clean(phrase.text), kind)
    return None


def mention_speaker(mention: EntityMention, context: SpeakerContext) -> Speaker:
    """The speaker an entity mention names: an outlet, a person or an organisation."""
    kind: SpeakerKind
    if mention.name in context.outlets or mention.label == "WORK_OF_ART":
        kind = "outlet"
    elif mention.label == "PERSON" or mention.name.split()[0].lower().rstrip(".") in HONORIFICS:
        kind = "person"  # "Mr Bussereau" is a person whatever the recogniser says
    else:
        kind = "organisation"
    # "Britain" resolved to "United Kingdom": the name as written stays beside it.
    written = _clean(mention.text)
    return Speaker(mention.name, kind, mention.name, mention=_differs(written, mention.name))


def _differs(written: str, name: str) -> str:
    """The name as written when it adds words the resolution lacks ("Britain" beside
    "United Kingdom"); "" when it only shortens it ("Clinton" for "Hillary Clinton")."""
    words = {w.lower() for w in name.split()} | _ARTICLES
    if not any(w.lower() not in words for w in written.split()):
        return ""
    first, _, rest = written.partition(" ")
    return rest if first.lower() in _ARTICLES and rest else written


#: Articles a name as written may open with ("the Tax Justice Network"): not its words.
_ARTICLES = frozenset({"the", "a", "an"})


def _pronoun(token: Token, context: SpeakerContext, *, any_phrase: bool) -> Speaker | None:
    """ "he said": the person who spoke last in this sentence or the two before, else
    the person named there (a speaker is likelier than a mention the recogniser
    may have mislabelled); "who said" is the noun its clause hangs from."""
    if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
        noun = token.head.head
        if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
            noun = noun.head  # "Robert Mercer, a longtime donor who backs ...": Mercer
        if noun.i == token.i or noun.pos_ == "PRON":
            return None
        # "who" names a person: whatever its noun ("the teachers who said ...").
        person = any_phrase or token.lower_ == "who"
        found = resolve_speaker(noun, context, any_phrase=person)
        if found is not None and not found.mention:
            found.mention = token.text
        return found
    partitive = _partitive(token)
    if partitive is not None:  # "some of his rivals said": the rivals
        found = resolve_speaker(partitive, context, any_phrase=any_phrase)
        if found is not None:
            found.mention = _clean(token.doc[token.i : partitive.i + 1].text)
        return found
    found = _resolved(coreference.resolve_pronoun(token, context), context)
    if found is None and token.lower_ in ("i", "we"):
        found = _author(token, context)
    if found is None and token.lower_ == "they":
        found = _group_before(token, context)
    if found is None and token.lower_ == "it":
        found = _document_before(token, context)
    if found is not None:
        found.mention = token.text
    return found


#: Who says "I" or "we" in the narration, outside any quotation: the text's author.
AUTHOR = "the author"
#: A line that opens with a speaker's label ("A:", "Q:", "SANDERS:"): an interview's.
_LABELLED_LINE = re.compile(r"[ \t]*[A-Z][\w .'-]{0,30}:")


def _author(pronoun: Token, context: SpeakerContext) -> Speaker | None:
    """ "I think ...", "We asked our readers ...": the author of the text speaks, unless
    the pronoun is inside a quotation or on a line an interview's label opens (the
    person answering speaks there)."""
    if context.quotations is not None and context.quotations.at(pronoun.idx) is not None:
        return None
    line = context.text.rfind("\n", 0, pronoun.idx) + 1
    if _LABELLED_LINE.match(context.text, line):
        return None
    return Speaker(AUTHOR, "outlet")


#: Tokens back "they" looks for the group it stands for.
_GROUP_REACH = 80


def _group_before(pronoun: Token, context: SpeakerContext) -> Speaker | None:
    """ "Many progressives agree. They want ...": "they" with no organisation in reach is
    the nearest group named as a subject before it, in its sentence or the one before."""
    doc = pronoun.doc
    lo = max(0, pronoun.i - _GROUP_REACH, pronoun.sent.start - 1)
    if lo > 0:
        lo = max(doc[lo].sent.start, pronoun.i - _GROUP_REACH)
    for token in reversed(doc[lo : pronoun.i]):
        if token.dep_ not in ("nsubj", "nsubjpass", "attr") or token.tag_ not in ("NNS", "NNPS"):
            continue
        if context.quotations is not None and context.quotations.at(token.idx) is not None:
            continue  # (a group inside someone's quotation is not who the narration names)
        found = resolve_speaker(token, context)
        if found is not None:
            return found
    return None


def _document_before(pronoun: Token, context: SpeakerContext) -> Speaker | None:
    """ "Supporters got an email. It said ...": "it" with no organisation in reach is
    the nearest document named before it, in its sentence or the one before (a document
    speaks for its authors), outside any quotation."""
    doc = pronoun.doc
    lo = max(0, pronoun.i - _GROUP_REACH, pronoun.sent.start - 1)
    if lo > 0:
        lo = max(doc[lo].sent.start, pronoun.i - _GROUP_REACH)
    for token in reversed(doc[lo : pronoun.i]):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in DOCUMENT_NOUNS:
            continue
        if context.quotations is not None and context.quotations.at(token.idx) is not None:
            continue
        return resolve_speaker(token, context, any_phrase=True)
    return None


def _resolved(found: EntityMention | str | None, context: SpeakerContext) -> Speaker | None:
    """The speaker a resolution names: a mention's, or an earlier statement's speaker."""
    if isinstance(found, EntityMention):
        return mention_speaker(found, context)
    if found is None:
        return None
    for _, said in reversed(context.speakers):
        if said.speaker == found:
            return Speaker(said.speaker, said.speaker_kind, said.speaker_entity, said.speaker_role)
    return None


def _cites_no_one(head: Token, lemma: str) -> bool:
    """ "multiple reports", "reports": documents with no owner and no article cite no one."""
    if lemma not in DOCUMENT_NOUNS or head.tag_ not in ("NNS", "NNPS"):
        return False
    dets = {c.lower_ for c in head.children if c.dep_ in ("det", "poss", "prep", "acl")}
    return not dets & {"the", "these", "those", "by", "from", "of"}


def _shows(head: Token, lemma: str) -> bool:
    """Evidence that speaks: documents as the subject of a verb of showing
    ("records show that ...", "polls suggest ...") or after "according to"."""
    if lemma not in DATA_NOUNS or any(c.lower_ in _VAGUE for c in head.children):
        return False  # "according to multiple reports": hearsay, no source to name
    if head.dep_ == "nsubj":
        return head.head.lemma_.lower() in SHOWING_VERBS
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and head.doc[prep.i - 1].lower_ == "according"
    )


#: Endings of nouns for who does something, as a plural subject ("demonstrators",
#: "independents", "conservatives", "historians"): people, unless the noun names a thing.
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ives")


def _people_plural(head: Token) -> bool:
    """A plural noun subject that names people by what they do or are."""
    return (
        head.tag_ == "NNS"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.lower_.endswith(_AGENT_ENDINGS)
        and not head.lower_.endswith(("ments", "ters", "ders", "bers"))  # letters, numbers
        and not head.is_stop  # "others"
    )


def _in_parentheses(mention: EntityMention, text: str) -> bool:
    before = text[max(0, mention.start - 12) : mention.start]
    return "(" in before and ")" not in before[before.rfind("(") :]


def _partitive(head: Token) -> Token | None:
    """The group a share stands for: "rivals" in "some of his rivals"."""
    if head.lemma_.lower() not in PARTITIVES and not head.like_num:
        return None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "among"):
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN") and not pobj.like_num:
                return pobj
    return None


def _named_apposition(head: Token, context: SpeakerContext) -> Speaker | None:
    """A person or organisation named in the head's apposition ("her aide, Jo Ray,")."""
    if head.pos_ not in ("NOUN", "NUM"):
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN":
            continue
        lo = head.doc[child.left_edge.i].idx
        hi = child.idx + len(child.text)
        for m in context.mentions:
            if lo <= m.start and m.end <= hi + 1 and m.label in ("PERSON", "ORG"):
                return mention_speaker(m, context)
    return None


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


def find_outlets(doc: Doc, mentions: list[EntityMention]) -> set[str]:
    """Entities the document calls publications: "published in X", "an article in X",
    "told X" (an organisation one tells is a newsroom), or whose name says so ("the
    Sunday Times", "Associated Press")."""
    outlets = set()
    for m in mentions:
        if m.label not in ("ORG", "WORK_OF_ART"):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        if _OUTLET_NAME.search(m.name) or _published_in(span) or _told(span):
            outlets.add(m.name)
    return outlets


#: Words of a publication's or broadcaster's name.
_OUTLET_NAME = re.compile(
    r"\b(?:Times|Post|Journal|News|Daily|Telegraph|Guardian|Herald|Tribune|Gazette|"
    r"Magazine|Review|Press|Broadcasting|Radio|Television|TV|Wire|Mail|Observer|"
    r"Economist|Chronicle|Inquirer)\b"
)


def _published_in(span: Span) -> bool:
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "in":
        return False
    governor = prep.head
    lemma = governor.lemma_.lower()
    return (governor.pos_ == "VERB" and lemma in _OUTLET_VERBS) or lemma in _OUTLET_NOUNS


def _told(span: Span) -> bool:
    """ "told Reuters", "said in an interview with CNN"."""
    root = span.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_ == "tell":
        return True
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "with"
        and prep.head.lemma_.lower() in ("interview", "conversation")
    )
