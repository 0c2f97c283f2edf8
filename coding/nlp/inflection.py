"""Suffix rules for Dutch inflection, each validated against the lexicon.

Every function proposes candidate lemmas from spelling rules (vowel doubling,
f/v and s/z alternation, consonant doubling) and returns the first one that
spaCy's Dutch index knows for the wanted part of speech, or None. The
validation is what keeps the rules from inventing words.
"""

from __future__ import annotations

from collections.abc import Iterable

from coding.nlp import irregular, lexicon

_VOWELS = "aeiouy"
_DIMINUTIVES = ("etjes", "etje", "pjes", "pje", "kjes", "kje", "tjes", "tje", "jes", "je")
# Diminutives that are words of their own, not "small X".
_LEXICAL_DIMINUTIVES = frozenset({"meisje", "meisjes", "beetje", "toetje", "toetjes"})
_VOICED = {"f": "v", "s": "z"}
_VOICELESS = {"v": "f", "z": "s"}


def stem_variants(stem: str) -> list[str]:
    """Possible base forms of a stem left after removing -en/-e (namen -> naam)."""
    if not stem:
        return []
    variants = [stem]
    last = stem[-1]
    if len(stem) > 2 and last == stem[-2] and last not in _VOWELS:
        variants.append(stem[:-1])  # potten -> pot
    if last in _VOICELESS:
        variants.append(stem[:-1] + _VOICELESS[last])  # huizen -> huis
    if _open_syllable(stem):
        long_vowel = stem[:-1] + stem[-2] + last
        variants.append(long_vowel)  # namen -> naam
        if last in _VOICELESS:
            variants.append(long_vowel[:-1] + _VOICELESS[last])  # neven -> neef
    return variants


def _open_syllable(stem: str) -> bool:
    if len(stem) < 2 or stem[-1] in _VOWELS or stem[-2] not in "aeou":
        return False
    return len(stem) == 2 or stem[-3] not in _VOWELS


def first_known(candidates: Iterable[str], pos: str) -> str | None:
    """The first candidate that spaCy's index lists as a lemma of ``pos``."""
    for candidate in candidates:
        if candidate and lexicon.has_pos(candidate, pos):
            return candidate
    return None


def listed_plural(word: str) -> str | None:
    """Singular from the hand-written or spaCy tables of irregular noun forms."""
    irregular_form = irregular.irregular_nouns().get(word)
    if irregular_form:
        return irregular_form
    listed = lexicon.exception(word, "noun")
    return listed if listed != word else None


def noun_singular(word: str) -> str | None:
    """Singular of a plural or diminutive noun form; None if it is not one."""
    listed = listed_plural(word)
    if listed:
        return listed
    diminutive = diminutive_base(word)
    if diminutive:
        return diminutive
    if lexicon.has_pos(word, "noun"):
        return None  # already a singular noun (huis is not the plural of hui)
    return first_known(_plural_candidates(word), "noun")


def _plural_candidates(word: str) -> list[str]:
    if word.endswith("'s"):
        return [word[:-2]]  # foto's, cd's
    if word.endswith("ën"):
        return [word[:-2], word[:-1]]  # knieën -> knie, bacteriën -> bacterie
    if word.endswith("en") and len(word) > 4 and word[-3] not in "aiouy":
        # After a vowel Dutch writes -ën or -'s, so nadien is no plural.
        return stem_variants(word[:-2]) + [word[:-1]]  # ziekten -> ziekte
    if word.endswith("s") and len(word) > 3 and word[-2] not in "s":
        return [word[:-1]]  # tafels, studentes
    return []


def diminutive_base(word: str) -> str | None:
    """The noun a diminutive is formed from (huisjes -> huis), if known."""
    if word in _LEXICAL_DIMINUTIVES:
        return None
    for suffix in _DIMINUTIVES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = first_known(stem_variants(word[: -len(suffix)]), "noun")
            if base:
                return base
    return None


def adjective_base(word: str) -> str | None:
    """Base form of an inflected or nominalised adjective (intensieve -> intensief)."""
    if word.endswith("en") and len(word) > 4:
        return first_known(stem_variants(word[:-2]), "adj")  # de religieuzen
    if word.endswith("e") and len(word) > 3:
        return first_known(stem_variants(word[:-1]), "adj")
    return None


def partitive_base(word: str) -> str | None:
    """Adjective of a partitive -s form (iets anders -> ander, niets nieuws -> nieuw)."""
    return first_known([word[:-1]], "adj") if word.endswith("s") else None


def infinitive_candidates(stem: str) -> list[str]:
    """Infinitives a present or participle stem can belong to (maak -> maken)."""
    if len(stem) < 2:
        return []
    base, long_vowel = _single_vowel(stem)
    if base[-1] in _VOICED:
        return [base[:-1] + _VOICED[base[-1]] + "en", base + "en"]  # vrees -> vrezen
    if not long_vowel and _short_closed(base):
        return [base + base[-1] + "en"]  # zet -> zetten
    return [base + "en"]


def _short_closed(stem: str) -> bool:
    # A single short vowel before one consonant doubles it: zet -> zetten.
    # Unstressed endings (wandel, luister, verdedig) do not double.
    if len(stem) < 2 or stem[-1] in _VOWELS or stem[-2] not in _VOWELS:
        return False
    if stem.endswith(("el", "er", "en", "em", "ig")) and len(stem) > 3:
        return False
    return len(stem) == 2 or stem[-3] not in _VOWELS


def _single_vowel(stem: str) -> tuple[str, bool]:
    # A doubled vowel in a closed stem is written single before -en (maak -> maken).
    if len(stem) > 2 and stem[-2] == stem[-3] and stem[-2] in "aeou" and stem[-1] not in _VOWELS:
        return stem[:-3] + stem[-2] + stem[-1], True
    return stem, False


_INSEPARABLE = ("be", "ver", "ont", "her", "er", "ge", "mis", "over", "onder", "door", "om")


def participle_infinitive(word: str, particles: frozenset[str]) -> str | None:
    """Infinitive of a past participle (gestuurd -> sturen, opgezet -> opzetten)."""
    core = word[:-1] if word.endswith(("de", "te")) else word  # adjectival -e
    if not core.endswith(("d", "t", "en")) or len(core) < 5:
        return None
    for particle in _prefixes(core, particles):
        rest = core[len(particle) :]
        strong = irregular.strong_verb_forms().get(rest) if rest.startswith("ge") else None
        if strong:
            return particle + strong  # aangeslagen, meegesprongen
        for infinitive in _weak_participle_candidates(rest):
            if lexicon.has_pos(particle + infinitive, "verb"):
                return particle + infinitive
    return None


def _prefixes(core: str, particles: frozenset[str]) -> list[str]:
    # "" first: most participles have no separable particle.
    found = [""]
    found.extend(p for p in particles if core.startswith(p) and core[len(p) :].startswith("ge"))
    return found


def _weak_participle_candidates(core: str) -> list[str]:
    if not core.endswith(("d", "t")):
        return []
    if core.startswith("ge"):
        stem = core[2:].replace("ë", "e", 1) if core[2:3] == "ë" else core[2:]
    elif core.startswith(_INSEPARABLE):
        stem = core  # beproefd, verdedigd: no ge- after an unstressed prefix
    else:
        return []
    # gestuurd = ge+stuur+d, but gezet = ge+zet: the stem may keep the d/t.
    return infinitive_candidates(stem[:-1]) + infinitive_candidates(stem)
