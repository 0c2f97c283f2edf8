"""The Dutch spaCy pipeline of Wijkstem and small text helpers built on it.

``load_nlp()`` builds a blank Dutch pipeline with a sentencizer and our own
lemmatiser (no model download needed). Naming an installed ``nl_core_news_*``
package uses that model and its lemmas instead, behind the same API.
Nothing is loaded at import time.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - typing only
    from spacy.language import Language
    from spacy.tokens import Doc

COMPONENT_NAME = "wijkstem_lemmatizer"


@cache
def load_nlp(model_name: str | None = None) -> Language:
    """The shared Dutch pipeline (cached per model name)."""
    import spacy

    if model_name and _installed(model_name):
        return spacy.load(model_name)
    from coding.nlp.lemmatizer import warm_up

    _register_component()
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe(COMPONENT_NAME)
    warm_up()  # load the lexical tables now, not during the first request
    return nlp


def _installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):  # "a.b" with a missing parent, or an empty name
        return False


@cache
def _register_component() -> None:
    # Registered on first use, not at import: importing spaCy takes a second.
    from spacy.language import Language

    Language.component(COMPONENT_NAME, func=_lemmatize_doc)


def _lemmatize_doc(doc: Doc) -> Doc:
    """Pipeline component: set ``token.lemma_`` sentence by sentence."""
    from coding.nlp.lemmatizer import lemmatize_words

    for sentence in doc.sents:
        lemmas = lemmatize_words([token.text for token in sentence])
        for token, lemma in zip(sentence, lemmas, strict=True):
            token.lemma_ = lemma
    return doc


def lemmatize(text: str, model_name: str | None = None) -> list[str]:
    """Lemmas of the words and punctuation in ``text`` (whitespace skipped)."""
    doc = load_nlp(model_name)(text)
    return [token.lemma_ for token in doc if not token.is_space]


def sentences(text: str, model_name: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, sentence) per sentence; offsets count Unicode code points."""
    doc = load_nlp(model_name)(text)
    spans = []
    for sentence in doc.sents:
        # spaCy puts whitespace between sentences at the start of the next one.
        start = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
        end = sentence.start_char + len(sentence.text.rstrip())
        if end > start:
            spans.append((start, end, text[start:end]))
    return spans


@cache
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("dutch")  # rule-based: needs no NLTK data download


def stem(word: str) -> str:
    """Snowball (Porter-style) stem of a Dutch word: cheaper and cruder than a lemma."""
    return _stemmer().stem(word)


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.nl.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def is_stop(word: str) -> bool:
    """Whether ``word`` is a Dutch stop word in spaCy's list (case-insensitive)."""
    return word.strip().lower() in _stop_words()
