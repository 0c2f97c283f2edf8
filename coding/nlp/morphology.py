"""Context-free analysis of one lowercase Dutch word.

``analyse`` returns the default lemma plus the lemma the word would have as a
noun and as a verb, so that the context rules in ``lemmatizer`` can choose
(de werken -> werk, we werken -> werken). Order of trust for the default:
hand-written irregular tables, then simplemma, corrected by spaCy-validated
rules where simplemma is known to be weak.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from coding.nlp import compounds, inflection, irregular, lexicon, wordlists

_EMPHASIS = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")


@dataclass(frozen=True, slots=True)
class Analysis:
    """Default lemma of a word and its lemma as a noun or verb, when it can be one."""

    lemma: str
    noun: str | None = None
    verb: str | None = None


def word_lemma(word: str) -> str:
    """The most likely lemma of a lowercase word, ignoring its context."""
    return analyse(word).lemma


@lru_cache(maxsize=200_000)
def analyse(word: str) -> Analysis:
    """All readings of a lowercase word that the context rules choose from."""
    fixed = _closed_lemma(word)
    if fixed is not None:
        # Irregular present forms can be nouns too (de staat); past forms
        # like "was" or "waren" practically never are.
        present = word in irregular.irregular_present() and lexicon.is_simplemma_lemma(word)
        noun = word if present and word not in wordlists.VERB_FIRST else None
        return Analysis(fixed, noun=noun and _noun_reading(word), verb=_verb_reading(word))
    plain = word.translate(_EMPHASIS)
    if plain != word and not lexicon.is_known(word) and lexicon.is_known(plain):
        return analyse(plain)  # emphasis accents: vóór, dé, níét (but één stays)
    if "-" in word.strip("-"):
        return Analysis(hyphenated_lemma(word))
    noun, verb = _noun_reading(word), _verb_reading(word)
    return Analysis(_open_class_lemma(word, noun, verb), noun=noun, verb=verb)


def _closed_lemma(word: str) -> str | None:
    if word in wordlists.CLOSED_CLASS:
        return wordlists.CLOSED_CLASS[word]
    if word in irregular.irregular_nouns():
        return irregular.irregular_nouns()[word]
    if irregular.is_cardinal(word):
        return word
    ordinal = irregular.ordinal_to_cardinal(word)
    if ordinal is not None:
        return ordinal
    return strong_verb(word)


def strong_verb(word: str) -> str | None:
    """Infinitive of a strong or irregular verb form, unless it is usually a noun."""
    if word in wordlists.NOUN_FIRST:
        return None
    return irregular.strong_verb_forms().get(word)


def hyphenated_lemma(word: str) -> str:
    """Lemma of a hyphenated compound: the last part is inflected (politie-agenten)."""
    head, _, last = word.rpartition("-")
    if not any(char.isalpha() for char in last):
        return word
    known = lexicon.dictionary_lemma(word)
    if len(head) == 1 or known == word or (known is None and lexicon.is_simplemma_lemma(word)):
        return known or word  # a word of its own: e-mails, burn-out, avant-garde
    # Otherwise the hyphen is a compound boundary; "_" marks it as Alpino does.
    return f"{head.replace('-', '_')}_{word_lemma(last)}"


def _noun_reading(word: str) -> str | None:
    singular = inflection.noun_singular(word)
    if singular and lexicon.is_simplemma_lemma(singular):
        return singular
    return word if lexicon.has_pos(word, "noun") else None


def _verb_reading(word: str) -> str | None:
    strong = irregular.strong_verb_forms().get(word)
    if strong:
        return strong
    if lexicon.is_infinitive(word):
        return word  # infinitive or plural present: we werken
    lemma = simplemma_lemma(word)
    if lemma != word and lexicon.is_infinitive(lemma):
        return lemma
    return inflection.participle_infinitive(word, wordlists.PARTICLES)


def simplemma_lemma(word: str) -> str:
    """simplemma's lemma, unless it glued a prefix on (geloof -> wangeloven)."""
    lemma = lexicon.simplemma_lemma(word)
    start = lemma.find(word[:3], 2) if len(word) >= 4 and lemma[:2] != word[:2] else -1
    # Its affix search sometimes glues on a particle: merkte -> opmerken.
    return lemma[start:] if start > 0 else lemma


def _open_class_lemma(word: str, noun: str | None, verb: str | None) -> str:
    known = lexicon.is_known(word)
    lemma = simplemma_lemma(word)
    if word in wordlists.NOUN_FIRST and noun:
        return noun
    diminutive = inflection.diminutive_base(word)
    if diminutive:
        return diminutive  # Alpino lemmatises diminutives to their base noun
    if verb is None and len(word) >= 8 and (not known or compounds.has_linking(word)):
        compound = compounds.compound_lemma(word)
        if compound:
            return compound
    if not known:
        guess = verb if verb and verb != word else None
        return guess or _plural_or_adjective(word, noun) or lemma
    if lemma != word and (_stem_read_as_verb(word, noun, lemma) or _gender_pair(word, lemma)):
        return word  # boer -> boeren, droog -> drogen, woordvoerster -> woordvoerder
    if lemma == word + "n" and not word.endswith(("de", "te")):
        return inflection.adjective_base(word) or lemma  # zuivere -> zuiveren
    return lemma


def _stem_read_as_verb(word: str, noun: str | None, lemma: str) -> bool:
    # simplemma takes a singular noun or plain adjective for a verb stem.
    if word in wordlists.VERB_FIRST or word.endswith(("en", "e")) or len(word) < 4:
        return False
    if not lexicon.is_infinitive(lemma) or not lemma.startswith(word[:2]):
        return False
    if word.endswith("t") and irregular.verb_stem(lemma) + "t" == word:
        return False  # third person singular (hij kent) is far more common than the noun
    return noun == word or (lexicon.has_pos(word, "adj") and not word.endswith(("d", "t")))


_FEMININE = ("ster", "e", "es", "esse", "in", "ine", "trice")


def _gender_pair(word: str, lemma: str) -> bool:
    # Alpino keeps the gender of person nouns (woordvoerster, studente, agent).
    if word.endswith(_FEMININE) == lemma.endswith(_FEMININE):
        return False
    if not (lexicon.has_pos(word, "noun") and lexicon.has_pos(lemma, "noun")):
        return False
    if lexicon.has_pos(lemma, "adj"):
        return False  # de bekende -> bekend is an adjective, not a gender pair
    return len(_common_prefix(word, lemma)) >= 4


def _common_prefix(first: str, second: str) -> str:
    size = 0
    while size < min(len(first), len(second)) and first[size] == second[size]:
        size += 1
    return first[:size]


def _plural_or_adjective(word: str, noun: str | None) -> str | None:
    if noun and noun != word:
        return noun
    return inflection.adjective_base(word)
