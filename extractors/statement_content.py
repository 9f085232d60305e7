"""Content: the words a cue attributes, and the cue as written.

A cue's complements ("said that the plan will fail", "called for a vote"),
with the adverbial phrase that leads them and what trails them in its clause,
or the quotation beside it ('"...," she said'): a quotation the words touch,
or that a colon announces, is taken whole, never cut inside its marks. Also
the cue's own words ("told reporters", "called for"), and whether a
quotation lies near it. :mod:`extractors.statement_cues` decides which cues
attribute.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from extractors.quotes import Quotation, QuotationIndex
from extractors.speakers import SpeakerContext
from extractors.speech import SPEAKING_VERBS
from extractors.statement_clauses import (
    anonymously,
    answer,
    circumstance,
    continued_clauses,
    occasion_clauses,
    question_put,
    set_off,
    speech_manner,
)
from extractors.statement_clauses import cue_lemma as _lemma
from extractors.statement_cue_kinds import CONTENT_DEPS, CUE_LEMMAS, content_prep, question_clause
from extractors.statement_inverted import fronted_words, inverted_cue
from extractors.statement_narration import QUOTE_GAP, claimed
from extractors.statement_spans import overlaps, stripped, touches_quote

#: A colon, then a quotation opening: what the words before it announce.
_COLON_QUOTE = re.compile(r"[^\S\n]*[,.]?[^\S\n]*:[^\S\n]*[“\"]")
#: Cue words around the verb: auxiliaries, particles, the addressee ("told reporters").
_CUE_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
#: Speech verbs whose object is whom they address ("told reporters"), or with "say",
#: where ("said on Twitter").
_ADDRESSED = frozenset("tell ask say inform brief assure remind".split())


def quoted_near(token: Token, context: SpeakerContext) -> bool:
    """Whether a quotation lies in the cue's clause or just before it ('"...," she said')."""
    if context.quotations is None:
        return False
    doc = token.doc
    lo = doc[token.left_edge.i].idx
    hi = doc[token.right_edge.i].idx + len(doc[token.right_edge.i].text)
    if _COLON_QUOTE.match(context.text, hi):  # 'adding: "..."': the quotation it announces
        return True
    return bool(context.quotations.within(lo - 3, hi)) or context.quotations.at(lo - 3) is not None


def cue_content(
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
        and (c.dep_ in CONTENT_DEPS or content_prep(c) or c.dep_ == "nsubjpass" or answer(c))
        and not speech_manner(c)
        and not question_put(c)
        and not anonymously(cue, c)
    ]
    if any(c.i < cue.i for c in parts):  # '"...," she told them when asked': the occasion
        parts = [c for c in parts if not circumstance(c)]
    if not any(c.dep_ == "ccomp" for c in parts):  # "said in a statement that ..."
        parts += occasion_clauses(cue)
    if any(c.dep_ in ("ccomp", "acl") or question_clause(c) for c in parts):
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
        if child.dep_ not in _TRAILING_DEPS or _lemma(child) in CUE_LEMMAS:
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


def words_before(verb: Token, subject: Token) -> tuple[int, int] | None:
    """What a cue with nothing of its own after it says: the words before its comma, in
    the inverted '"Safety," said X' (one word is no quotation to stand beside) or in
    "A, X tells the convention"."""
    inverted = inverted_cue(verb)
    if inverted is not None and inverted[0].i == subject.i:
        return inverted[1]
    return fronted_words(verb, subject)


def says_nothing(verb: Token, content: tuple[int, int], context: SpeakerContext) -> bool:
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
    return not any(content_prep(t) and t.head.i == verb.i for t in span.doc[verb.i : span.end])


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


def cue_words(token: Token, content: tuple[int, int], quotations: QuotationIndex | None) -> str:
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
        elif content_prep(child) and child.idx < content[0]:
            words.append(child)  # "called for", "warned against"
    if token.pos_ == "ADJ":
        words.append(token.head)
    words = sorted(set(words), key=lambda t: t.i)
    if len(words) > 6:
        words = [token]
    return " ".join(t.text for t in words)
