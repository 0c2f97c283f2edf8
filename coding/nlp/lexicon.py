"""Lazy access to the Dutch lexical resources that PyPI packages ship.

Two sources are combined:

* ``simplemma`` (lang ``nl``): a large form -> lemma dictionary plus its own
  fallback strategies; the best single resource for Dutch lemmas.
* ``spacy-lookups-data``: spaCy's Dutch tables. ``lemma_index`` lists known
  lemmas per part of speech (used as a POS lexicon), ``lemma_exc`` lists
  irregular forms per part of speech, ``lemma_lookup`` is a flat table.

Everything is loaded on first use and exactly once (the tables take about a
second to decompress), never at import time.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources

_LANG = "nl"


@cache
def _simplemma_dictionary() -> Mapping[str, str]:
    try:  # simplemma >= 2 shares one loaded dictionary with lemmatize()
        from simplemma.strategies import DEFAULT_DICTIONARY_FACTORY as factory
    except ImportError:  # pragma: no cover - simplemma 1.x
        from simplemma.strategies import DefaultDictionaryFactory

        factory = DefaultDictionaryFactory()
    return factory.get_dictionary(_LANG)


@cache
def _spacy_table(name: str) -> dict:
    # Read the JSON straight from the package: spaCy's Lookups API would
    # import all of spaCy just to decompress the same file.
    data = resources.files("spacy_lookups_data") / "data" / f"{_LANG}_{name}.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


@cache
def _pos_index() -> dict[str, frozenset[str]]:
    return {pos: frozenset(words) for pos, words in _spacy_table("lemma_index").items()}


@cache
def _exceptions() -> dict[str, dict[str, str]]:
    return {
        pos: {form: lemmas[0] for form, lemmas in table.items() if lemmas}
        for pos, table in _spacy_table("lemma_exc").items()
    }


@cache
def _simplemma_lemmas() -> frozenset[str]:
    return frozenset(value.replace("_", "") for value in _simplemma_dictionary().values())


@cache
def _known_lemmas() -> frozenset[str]:
    values = set(_simplemma_lemmas())
    for words in _pos_index().values():
        values.update(words)
    return frozenset(values)


def warm_up() -> None:
    """Load every table now, so that the first call is not slow."""
    _simplemma_dictionary()
    _pos_index()
    _exceptions()
    _known_lemmas()
    simplemma_lemma("huizen")


@lru_cache(maxsize=200_000)
def simplemma_lemma(word: str) -> str:
    """simplemma's lemma for one word, with underscores of compounds removed."""
    import simplemma

    return simplemma.lemmatize(word, lang=_LANG).replace("_", "")


def dictionary_lemma(word: str) -> str | None:
    """The lemma simplemma's dictionary lists for exactly this form, if any."""
    lemma = _simplemma_dictionary().get(word)
    return lemma.replace("_", "") if lemma else None


def has_pos(word: str, pos: str) -> bool:
    """Whether spaCy's Dutch index lists ``word`` as a lemma of ``pos``."""
    return word in _pos_index().get(pos, frozenset())


def is_infinitive(word: str) -> bool:
    """Whether ``word`` is a Dutch verb lemma (all end in -n) in both resources."""
    # spaCy's verb index alone also lists odd entries such as "kinderen".
    return word.endswith("n") and has_pos(word, "verb") and word in _simplemma_lemmas()


def exception(word: str, pos: str) -> str | None:
    """The irregular lemma spaCy lists for ``word`` as ``pos``, if any."""
    return _exceptions().get(pos, {}).get(word)


def is_simplemma_lemma(word: str) -> bool:
    """Whether simplemma's dictionary has ``word`` as the lemma of some form.

    Stricter than ``is_lemma``: spaCy's index also holds rare and odd entries.
    """
    return word in _simplemma_lemmas()


def is_lemma(word: str) -> bool:
    """Whether any resource knows ``word`` as a lemma (POS-independent)."""
    return word in _known_lemmas()


def is_known(word: str) -> bool:
    """Whether ``word`` is a known form or lemma in any resource."""
    return word in _simplemma_dictionary() or is_lemma(word)
