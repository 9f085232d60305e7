"""What a figure measures, when the words right around it say so more plainly than the
clause: a second pass over the claims :mod:`extractors.claims` frames from the parse.

- a margin: "five points *behind Chelsea*", "four *ahead of Yelling*": the figure is
  told against that rival, who is its subject;
- a figure in brackets after a name: "trails Alan Shearer (250)";
- an age between commas after a name: "John Holliday, 37, a huntsman";
- a level in an absolute "with" phrase: "with *inflation* at 2.1%";
- a sum in front of its noun: "Chelsea's £24m *striker*", "a 400m euro ($495m; £275m)
  *loan*"; an age there is that noun's age ("the 76-year-old *owner*": the owner, age);
- a level reached by a movement: "a 6% rise in *profits* to £280.2m", "*losses* halved
  to $200m", "increased *support for Africa* from $1.1bn to $4.6bn", past a bracketed
  conversion ("to $200m (£104m; 151m euros) from $500m");
- an owner before a bare count or a share: "the TGWU's 70,000 and *Amicus'* 20,000",
  "to *Brown's* 41 percent";
- what a verb's object is worth ("put *the cost* at $5bn", "sued *the council* for
  $4m"), a share a relative clause composes ("*oil*, which accounts for 40%") and the
  things a tally's bare count counts ("*vehicle* sales ... to 449,603"):
  :mod:`extractors.figure_objects`;
- never a currency word, a scale word or "there" as the metric or the subject; never
  another figure ("Only 7%"), the figure's own words ("the £200 handheld computers") or
  a list item's label ("2026-06: Chinese models") in the subject.

Examples
--------
>>> margin_subject("He is five points behind leaders Barcelona.", 6, 17)
'leaders Barcelona'
>>> bracketed_name("Fowler trails Alan Shearer (250) now.", 28, 31)
'Alan Shearer'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from extractors.change import DOWN_LEMMAS, UP_LEMMAS
from extractors.claim_grammar import figure_root
from extractors.figure_ages import aged_group, aged_noun, closes_apposition
from extractors.figure_measured import (
    absolute_state,
    bare_state_in,
    bounded_noun,
    labelled_before,
    paid_in,
    ratio_group,
    with_level,
)
from extractors.figure_objects import counted_subject, object_reading, part_owner, tally_unit
from extractors.figure_units import span_of
from extractors.records import Claim, Quantity

#: Words that never say what a figure measures: scale words, "there"; nor do the
#: figure's own words ("149 euros" does not measure euros).
EMPTY_WORDS = frozenset("m bn million billion trillion thousand there".split())
#: Currency words: what a sum is counted in, never what it measures.
CURRENCY_NAMES = frozenset(
    "euro euros dollar dollars pound pounds yen yuan cent cents pence penny rupee rupees "
    "franc francs peso pesos reais rupiah rand rouble roubles ruble rubles krona kronor krone "
    "kroner baht ringgit naira shekel shekels lira".split()
)
#: Words after a count of people that say what the count is: "the 1.2 million affected".
PEOPLE_WORDS = frozenset("unemployed affected homeless dead injured wounded missing".split())
_MARGIN = re.compile(
    r"\s+(?P<word>behind|ahead\s+of|clear\s+of)\s+(?P<who>(?:the\s+)?(?:[A-Za-z'’.-]+\s+){0,3}?"
    r"[A-Za-z'’.-]+?)(?=\s*(?:[,.;:)]|\s+(?:with|in|on|at|after|who|which|and|but|as|to)\b|$))"
)
#: "Alan Shearer (250)", and a lower-case name with a digit in it: "qwen3.6 (6.27t)".
_NAME_BEFORE_BRACKET = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|\b[a-z][a-z.-]*\d[\w.-]*)\s+\($"
)
_NAME_BEFORE_COMMA = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+$")
_OWNER_BEFORE = re.compile(r"(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5})(?:['’]s|['’])\s+$")
_BRACKETED = re.compile(r"\s*\([^)]{0,40}\)")


def margin_subject(text: str, start: int, end: int) -> str | None:
    """ "five points behind Chelsea": who the margin is told against."""
    found = _MARGIN.match(text, end)
    if found is None:
        return None
    who = re.sub(r"^the\s+", "", found.group("who"))
    return who if who[:1].isupper() or found.group("word") == "behind" else None


def bracketed_name(text: str, start: int, end: int) -> str | None:
    """ "Alan Shearer (250)": the name a bracketed figure belongs to."""
    if not text.startswith(")", end):
        return None
    found = _NAME_BEFORE_BRACKET.search(text, max(0, start - 60), start)
    return found.group("name") if found else None


#: A subject that is only a number: another figure, never what a figure is about.
_NUMBER_ONLY = re.compile(
    r"(?:(?:only|just|about|around|almost|nearly|some|over|more than|less than)\s+)?"
    r"[\d.,]+(?:\s?(?:million|billion|thousand|bn|m|k|%|percent|per cent))?",
    re.IGNORECASE,
)
#: A unit that is one currency's price in another: "USD per EUR".
_EXCHANGE_RATE = re.compile(r"[A-Z]{3} per [A-Z]{3}")


def reframe(claims: Sequence[Claim], doc: Doc, text: str) -> None:
    """Give each figure claim the subject or metric its nearest words say; see the module."""
    for claim in claims:
        quantity = claim.quantity
        if quantity is None:
            continue
        span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        start, end = quantity.start, quantity.end
        if (who := margin_subject(text, start, end)) is not None:
            claim.subject, claim.subject_entity = who, None
        elif (
            name := bracketed_name(text, start, end) or _apposed_name(quantity, text)
        ) is not None:
            claim.subject, claim.subject_entity = name, None
        elif (whole_of := part_owner(span)) is not None:
            claim.subject, claim.subject_entity = whole_of, None  # "oil, which accounts for 40%"
        elif (state := absolute_state(span)) is not None:
            claim.metric = state  # "with 37% out of work"
        elif (level := with_level(figure_root(span), quantity.kind)) is not None:
            claim.metric = _phrase(level)  # whose it is stays the clause's ("Putin's ...")
        elif quantity.kind == "currency" and (paid := paid_in(span)) is not None:
            claim.metric = _phrase(paid)  # "pay 1.47m yuan in compensation"
        elif quantity.kind == "currency" and (bounded := bounded_noun(span, quantity.approx)):
            claim.metric = bounded.lower_  # "a tax rate on incomes over £100,000"
        elif quantity.kind == "ratio" and (group := ratio_group(span)) is not None:
            claim.subject, claim.subject_entity = group.text, None  # "one in 10 adults"
        elif (
            acted := object_reading(span, quantity.kind, claim.metric, quantity.unit)
        ) is not None:
            claim.metric = acted  # "put the cost at $5bn", "sued the government for $28.3bn"
        elif (noun := _noun_after(span, quantity.kind)) is not None and quantity.kind == "age":
            # "the 76-year-old owner": the owner's age; "his 62-year-old brother, Jo Roe": Jo's
            if not _named_aged(span):
                claim.subject, claim.subject_entity = noun, None
            claim.metric = "age"
        elif noun is not None:
            claim.metric = noun  # "a £24m striker"
        elif (noun := _worth_or_dated_of(span)) is not None:
            claim.metric = noun  # "a deal worth $1.8bn", "a loss for the year to May of $5m"
        elif claim.change == "level" and (moved := _what_moved(span)) is not None:
            claim.metric = moved  # "a 6% rise in profits to £280.2m"
        elif (_bare(quantity.text) or quantity.kind == "percent") and (
            owner := _owner_before(doc, text, start)
        ):  # "Amicus' 20,000", "55 percent to Brown's 41 percent"
            claim.subject, claim.subject_entity = owner, None
        elif (not quantity.unit or _bare(quantity.text)) and (state := bare_state_in(span)):
            claim.metric = state  # "one million in negative equity"
        elif (not quantity.unit or _bare(quantity.text)) and (label := labelled_before(span)):
            claim.metric = label  # "population 1.3bn"
        if quantity.unit == "people" and (word := _people_word(text, start, end)):
            claim.metric = word  # "three million unemployed"
        bare = not quantity.unit and quantity.kind in ("number", "count")
        if bare and (thing := tally_unit(claim.metric) or tally_unit(claim.subject)):
            quantity.unit, quantity.kind = thing, "count"  # "vehicle sales ... to 449,603"
        elif bare and (thing := counted_subject(span)):
            quantity.unit, quantity.kind = thing, "count"  # "co-productions fell ... to 81"
        _drop_empty(claim, span)


def _bare(figure: str) -> bool:
    """A number with no word of its own: "Amicus' 20,000", not "Unison's 800,000 workers"."""
    return re.fullmatch(r"[\d.,]+(?:\s?(?:million|billion|thousand|bn|m|k))?", figure) is not None


def _owner_before(doc: Doc, text: str, start: int) -> str | None:
    """The name that owns a figure, just before it: "*Amicus'* 20,000"; not a time
    ("November's 4.2%" is a month's figure, whose measure the clause names)."""
    found = _OWNER_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return None
    words = doc.char_span(found.start("owner"), found.end("owner"), alignment_mode="expand")
    if words is None or any(t.ent_type_ in ("DATE", "TIME") for t in words):
        return None
    return found.group("owner")


def _apposed_name(quantity: Quantity, text: str) -> str | None:
    """ "John Holliday, 37, a huntsman": the name before an age between commas."""
    start, end = quantity.start, quantity.end
    if quantity.kind != "age":
        return None
    if (group := aged_group(text, start)) is not None:
        return group  # "children under seven"
    if not closes_apposition(text, end):
        return None
    found = _NAME_BEFORE_COMMA.search(text, max(0, start - 50), start)
    return found.group("name") if found else None


def _named_aged(span: Span) -> bool:
    """Whether an age's noun stands for a name the sentence gives ("his 62-year-old
    brother, Jo Roe"), which is then whose age it is."""
    noun = aged_noun(figure_root(span))
    return noun is not None and noun.pos_ == "PROPN"


def _noun_after(span: Span, kind: str) -> str | None:
    """The noun a sum or an age stands in front of: "£24m striker", "400m euro ($495m)
    loan", "the 76-year-old owner"."""
    doc = span.doc
    if kind not in ("currency", "age"):
        return None
    if kind == "age" and not span.text.endswith("old"):
        return None
    # The 60 characters after the span, from its tokens: doc.text rebuilds the whole text.
    after = "".join(t.text_with_ws for t in doc[span.end : span.end + 20])
    rest = (span[-1].whitespace_ + after)[:60]
    bracket = _BRACKETED.match(rest)
    at = span.end_char + (bracket.end() if bracket else 0)
    following = span_of(doc, at, at + 40)
    if following is None:
        return None
    words = [t for t in following if not t.is_space]
    if not words or not (words[0].pos_ == "NOUN" or _noun_in_verb_tag(words[0], span)):
        return None
    if not words[0].is_lower:
        return None
    if words[0].lower_ in EMPTY_WORDS or words[0].ent_type_ in ("DATE", "TIME", "MONEY"):
        return None
    noun = words[0]
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "a £5bn takeover bid"
    return doc[words[0].i : noun.i + 1].text.lower()


def _noun_in_verb_tag(word: Token, span: Span) -> bool:
    """A base-form "verb" closing a noun phrase a determiner opened before the figure: "the
    1.2bn Australian dollars (£458m) *rebuild*" (the small model's VBP), not "the £5m went"."""
    opened = span.start > 0 and span.doc[span.start - 1].dep_ in ("det", "poss")
    return opened and word.tag_ in ("VB", "VBP") and word.lower_ not in _AUXILIARIES


#: Base forms that are a verb whatever comes before them.
_AUXILIARIES = frozenset("be have do will would can could may might shall should must".split())


def _worth_or_dated_of(span: Span) -> str | None:
    """ "a deal worth up to $1.8bn" -> deal; "an operating loss for the three months to
    December of 7.5bn yen" -> operating loss (the "of" hangs on the date)."""
    doc = span.doc
    index = span.start - 1
    while index >= 0 and doc[index].lower_ in ("up", "to", "about", "around", "nearly", "some"):
        index -= 1
    if index >= 1 and doc[index].lower_ == "worth" and doc[index - 1].pos_ == "NOUN":
        return _phrase(doc[index - 1])
    if index < 0 or doc[index].lower_ != "of" or doc[index].head.ent_type_ != "DATE":
        return None
    token = doc[index].head
    for _ in range(8):
        if token.pos_ == "NOUN" and not token.ent_type_:
            return _phrase(token)
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _what_moved(span: Span) -> str | None:
    """The measure a level "to" or "from" a movement is of: "a 6% rise in profits to
    £280.2m" -> profits, "losses halved to $200m" -> losses."""
    doc = span.doc
    index = span.start - 1
    while index >= 0 and doc[index].lower_ in ("about", "around", "nearly", "almost", "just"):
        index -= 1
    if index < 0 or doc[index].lower_ not in ("to", "from"):
        return None
    depth = 0  # inside brackets: "to $200m (£104m; 151m euros) from $500m"
    for token in reversed(doc[max(0, index - 16) : index]):
        depth += (token.text == ")") - (token.text == "(")
        if depth > 0 or token.text == "(":
            continue
        if token.is_punct and token.text in ".;:":
            return None
        if index - token.i > 8 + _bracketed_length(doc, token.i, index):
            return None
        lemma = token.lemma_.lower()
        if lemma not in UP_LEMMAS and lemma not in DOWN_LEMMAS and token.lower_ not in UP_LEMMAS:
            continue
        if token.pos_ == "NOUN":
            return _complement(token)
        if token.pos_ == "VERB":
            return _mover(token)
        return None
    return None


def _bracketed_length(doc: Doc, start: int, end: int) -> int:
    """How many tokens between two places are inside brackets (a currency conversion)."""
    depth, inside = 0, 0
    for token in doc[start:end]:
        depth += (token.text == "(") - (token.text == ")")
        inside += depth > 0 or token.text == ")"
    return inside


def _complement(noun: Token) -> str | None:
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            objects = [t for t in prep.children if t.dep_ == "pobj" and t.pos_ == "NOUN"]
            if objects:
                return _phrase(objects[0])
    return None


def _mover(verb: Token) -> str | None:
    """What a verb of movement moved: its object ("increased support for Africa"), else
    its subject ("losses halved"), else the noun it describes."""
    for dep in ("dobj", "nsubj", "nsubjpass"):
        nouns = [t for t in verb.children if t.dep_ == dep and t.pos_ == "NOUN"]
        if nouns:
            return _phrase(nouns[0], with_for=dep == "dobj")
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ == "NOUN":
        return _phrase(verb.head)
    return None


def _phrase(noun: Token, *, with_for: bool = False) -> str:
    """The noun with its compounds and adjectives ("dividend payment"), and a short
    "for" complement of an object ("support for Africa")."""
    left = noun.i
    while left > noun.left_edge.i and noun.doc[left - 1].dep_ in ("compound", "amod"):
        left -= 1
    right = noun.i + 1
    if with_for:
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "for" and prep.right_edge.i - noun.i <= 3:
                right = prep.right_edge.i + 1
    return noun.doc[left:right].text


def _people_word(text: str, start: int, end: int) -> str | None:
    words = re.findall(r"[a-z]+", text[start:end].lower()) + re.findall(
        r"^\s+([a-z]+)", text[end : end + 20]
    )
    return next((w for w in reversed(words) if w in PEOPLE_WORDS), None)


def _drop_empty(claim: Claim, span: Span) -> None:
    """No scale word, "there", another figure ("1,700", the subject of a gapped "3,400
    from sales") or the figure's own words as what it measures or is about; a figure
    left with nothing measures its verb ("costs £99 (149 euros)")."""
    subject = (claim.subject or "").lower()
    if subject in EMPTY_WORDS or (subject and _NUMBER_ONLY.fullmatch(subject)):
        claim.subject, claim.subject_entity = None, None
    elif ": " in subject and _LABEL.match(subject):
        claim.subject = _LABEL.sub("", claim.subject or "")  # "2026-06: Chinese models"
    elif claim.quantity is not None and (rest := _after_own_figure(claim)) is not None:
        claim.subject = rest or None  # "Only one in six voters": voters
        claim.subject_entity = claim.subject_entity if rest else None
    if not claim.metric:
        return
    kind = claim.quantity.kind if claim.quantity else ""
    own = {t.lower_ for t in span if t.is_alpha} if kind in ("currency", "percent") else set()
    # A sum's currency is not what it measures, but an exchange rate's base is: "pushed
    # the dollar up to $1.3270 to the euro" (USD per EUR) measures the dollar.
    exchange = claim.quantity is not None and _EXCHANGE_RATE.fullmatch(claim.quantity.unit)
    own |= CURRENCY_NAMES if kind == "currency" and not exchange else set()
    words = [
        w
        for w in claim.metric.split()
        if w.lower() not in EMPTY_WORDS | own
        and any(c.isalpha() for c in w)
        and not any(c.isdigit() for c in w)
    ]
    words = words if words and words[-1] != "of" else words[:-1]
    claim.metric = " ".join(words) or _verb_of(span.root)


#: A list item's label before a colon: "2026-06: ", "Q3: ".
_LABEL = re.compile(r"^[\w./-]{1,12}:\s+(?=\S)")
#: Words that may stand before a figure that opens a subject: "*only* one in six voters".
_LEADING = re.compile(r"(?:(?:only|just|about|around|almost|nearly|some|the|a|an)\s+)*", re.I)


def _after_own_figure(claim: Claim) -> str | None:
    """A subject that opens with the claim's own figure, without it ("the £200 handheld
    computers" -> handheld computers, "$1.75bn (£900m) deal" -> deal); None when the
    subject does not open with it ("a combination of the two companies" stays)."""
    assert claim.quantity is not None
    subject, figure = claim.subject or "", claim.quantity.text
    at = subject.find(figure)
    if at < 0 or _LEADING.fullmatch(subject[:at]) is None:
        return None
    rest = _BRACKETED.sub("", subject[at + len(figure) :], count=1)
    return rest.strip(" ,-")


def _verb_of(token: Token) -> str | None:
    for _ in range(6):
        if token.pos_ == "VERB":
            return token.lemma_
        if token.head.i == token.i:
            return None
        token = token.head
    return None
