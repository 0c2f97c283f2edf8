"""Context rules: choose between a word's readings using the words around it.

Only cheap, high-precision cues from Dutch grammar are used: a determiner,
numeral or inflected adjective before a word makes it a noun; a subject
pronoun, modal or ``te`` makes it a verb; a separable particle at the end of
a main clause belongs to the finite verb (``keerde ... terug`` -> terugkeren).
"""

from __future__ import annotations

from collections.abc import Sequence

from coding.nlp import inflection, irregular, lexicon, morphology, wordlists
from coding.nlp.morphology import Analysis

# "het", "die" and "dat" are left out: they also start clauses (die werken).
_NOUN_CUES = (wordlists.DETERMINERS | wordlists.PREPOSITIONS) - {"het", "die", "dat", "om"}
# Possessives (zijn, haar) are left out: zijn verhalen is a noun phrase.
_VERB_CUES = (
    wordlists.SUBJECT_PRONOUNS | wordlists.MODALS | wordlists.AUXILIARIES
) - wordlists.DETERMINERS - {"er"}
_INVERSION_CUES = wordlists.SUBJECT_PRONOUNS - {"het", "die", "dat", "er"}
_PARTITIVE_CUES = frozenset({"iets", "niets", "wat", "veel", "weinig", "genoeg", "allerlei"})
_CLAUSE_LINKS = frozenset({"en", "maar", "of", "want", "dus"})
_R_PRONOUNS = frozenset({"er", "daar", "hier", "waar"})
_PARTICLE_FOLLOWERS = wordlists.PREPOSITIONS | {"dat", "om", "omdat", "als", "toen"}
# Modals and auxiliaries do not take a separable particle in practice.
_NO_PARTICLE_VERBS = frozenset({"zijn", "worden", "zullen", "kunnen", "moeten", "mogen", "willen"})


def choose(analysis: Analysis, lowers: Sequence[str], i: int) -> str:
    """The reading of word i that its neighbours support (default: analysis.lemma)."""
    lower = lowers[i]
    previous = lowers[i - 1] if i else ""
    following = lowers[i + 1] if i + 1 < len(lowers) else ""
    special = _fixed_phrase(lower, previous, following)
    if special:
        return special
    if lexicon.is_infinitive(lower) and _infinitive_context(lowers, i):
        return _particle_before_te(lowers, i) + lower  # (op) te lossen, het tekenen
    # Only the noun/verb ambiguity is resolved here; other defaults stand.
    if analysis.lemma == analysis.verb and analysis.noun and _noun_context(previous):
        if not _participle_like(lower, analysis) and lower not in wordlists.VERB_FIRST:
            return analysis.noun
    if analysis.lemma == analysis.noun and analysis.verb and _verb_context(previous, following):
        return analysis.verb
    return analysis.lemma


def _fixed_phrase(lower: str, previous: str, following: str) -> str | None:
    if lower == "een" and following == "van":
        return "één"  # een van de ...: the numeral
    if lower == "eerst" and previous == "het":
        return "één"  # voor het eerst
    if previous in _PARTITIVE_CUES and lower.endswith("s"):
        return inflection.partitive_base(lower)  # iets anders, niets nieuws
    return None


def _infinitive_context(lowers: Sequence[str], i: int) -> bool:
    # te + infinitive; "het" + -en word is a nominalised infinitive (het
    # tekenen), never a plural; a modal earlier in the clause governs it.
    previous = lowers[i - 1] if i else ""
    if previous in {"te", "het"}:
        return True
    if _noun_context(previous) or not _clause_ends_after(lowers, i):
        return False  # kan de kinderen zien, wil kinderen krijgen: objects, not verbs
    for j in range(i - 1, max(i - 5, -1), -1):
        if not any(char.isalnum() for char in lowers[j]):
            return False
        if lowers[j] in wordlists.MODALS:
            return True
    return False


def _particle_before_te(lowers: Sequence[str], i: int) -> str:
    if i < 2 or lowers[i - 1] != "te":
        return ""
    particle = lowers[i - 2]
    # "om te" introduces a purpose clause; it is no particle.
    if particle in wordlists.PARTICLES - {"om"} and lexicon.is_infinitive(particle + lowers[i]):
        return particle
    return ""


def _noun_context(previous: str) -> bool:
    if previous in _NOUN_CUES or previous.isdigit() or irregular.is_cardinal(previous):
        return True
    # An inflected adjective (de grote werken): ends in -e and has a base form.
    return previous.endswith("e") and inflection.adjective_base(previous) is not None


def _participle_like(lower: str, analysis: Analysis) -> bool:
    # de voorgaande jaren, het gevreesde moment: adjectival verb forms.
    if lower.endswith(("end", "ende")):
        return True
    if lower.endswith(("de", "te")) and analysis.verb != lower:
        return True  # de ondervraagde
    return lower.startswith("ge") and lower.endswith(("d", "t", "en"))


def _verb_context(previous: str, following: str) -> bool:
    if previous in _VERB_CUES or following in _INVERSION_CUES:
        return True
    # A plural subject right before it: "mijn kinderen spelen graag".
    reading = morphology.analyse(previous) if previous.isalpha() else None
    return bool(reading and reading.noun and reading.noun != previous and reading.lemma == reading.noun)


def join_separable_particles(lowers: Sequence[str], lemmas: list[str]) -> None:
    """Attach a clause-final particle to its finite verb: zette ... in -> inzetten."""
    for i, lower in enumerate(lowers):
        if lower in wordlists.PARTICLES and i > 0 and _clause_ends_after(lowers, i):
            verb = _finite_verb_before(lowers, lemmas, i)
            if verb is None or lemmas[verb] in _NO_PARTICLE_VERBS:
                continue
            if lexicon.is_infinitive(lower + lemmas[verb]):
                lemmas[verb] = lower + lemmas[verb]


def _clause_ends_after(lowers: Sequence[str], i: int) -> bool:
    if i + 1 == len(lowers):
        return True
    following = lowers[i + 1]
    if following in _CLAUSE_LINKS or following in _PARTICLE_FOLLOWERS:
        return True  # keerde terug naar huis, gaf toe dat ...
    return not any(char.isalnum() for char in following)


def _finite_verb_before(lowers: Sequence[str], lemmas: Sequence[str], i: int) -> int | None:
    for j in range(i - 1, -1, -1):
        if not any(char.isalnum() for char in lowers[j]) or lowers[j] in _CLAUSE_LINKS:
            break  # the particle's clause starts here
    else:
        j = -1
    if any(lowers[k] in _R_PRONOUNS for k in range(j + 1, i)):
        return None  # daar ... op, er ... in: a stranded preposition, no particle
    for k in range(j + 1, i):
        if lexicon.is_infinitive(lemmas[k]) and _finite_form(lowers, k):
            return k
    return None


def _finite_form(lowers: Sequence[str], k: int) -> bool:
    # Participles and te-infinitives never have their particle split off.
    lower = lowers[k]
    if (k and lowers[k - 1] == "te") or lower.endswith(("end", "ende")):
        return False
    return not (lower.startswith("ge") and lower.endswith(("d", "t", "en")) and len(lower) > 5)

