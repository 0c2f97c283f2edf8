"""Dutch NLP for Wijkstem: lemmas, sentences, stems and stop words.

Importing this package is cheap; the spaCy pipeline and the lexical tables
load on first use.
"""

from coding.nlp.lemmatizer import lemmatize_word, lemmatize_words
from coding.nlp.pipeline import is_stop, lemmatize, load_nlp, sentences, stem

__all__ = [
    "is_stop",
    "lemmatize",
    "lemmatize_word",
    "lemmatize_words",
    "load_nlp",
    "sentences",
    "stem",
]
