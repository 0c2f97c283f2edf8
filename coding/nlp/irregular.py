"""Tables of irregular Dutch forms, generated once from ``wordlists`` and ``strong_verbs.txt``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from coding.nlp import wordlists

_VOWELS = "aeiouy"
# Infinitives whose stem keeps a short vowel although the syllable is open.
_SHORT_STEMS = {"komen": "kom"}
_CARDINAL_PARTS = sorted(
    (w for w in wordlists.CARDINALS.split() if w not in {"een", "één"}), key=len, reverse=True
)
_CARDINAL_RE = re.compile(
    r"^(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)?en)?"
    rf"(?:{'|'.join(_CARDINAL_PARTS)})+$"
)


def verb_stem(infinitive: str) -> str:
    """The present-tense stem of a regular-looking infinitive (lopen -> loop)."""
    if infinitive in _SHORT_STEMS:
        return _SHORT_STEMS[infinitive]
    base = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    if len(base) >= 2 and base[-1] == base[-2] and base[-1] not in _VOWELS:
        base = base[:-1]  # zitten -> zit
    elif _open_syllable(base):
        base = base[:-1] + base[-2] + base[-1]  # lopen -> loop
    return base[:-1] + {"v": "f", "z": "s"}.get(base[-1], base[-1]) if base else base


def _open_syllable(base: str) -> bool:
    # A single vowel before the final consonant was long in the infinitive.
    if len(base) < 2 or base[-1] in _VOWELS or base[-2] not in "aeou":
        return False
    return len(base) == 2 or base[-3] not in _VOWELS


@cache
def strong_verb_forms() -> dict[str, str]:
    """Every inflected form of the hand-written strong verbs -> infinitive."""
    # Present stems are left out on purpose: they are regular (simplemma knows
    # them) and often collide with nouns (loop, val, strijd, wijk).
    forms: dict[str, str] = {}
    for infinitive, *parts in _principal_parts():
        variants = [infinitive]
        for part in parts:
            variants.extend(v for v in part.split("/") if v != "-")
        participle = parts[-1]
        if participle.endswith(("d", "t")):
            variants.append(participle + "e")  # gebrachte, gedachte
        for form in variants:
            forms.setdefault(form, infinitive)
    forms.update(irregular_present())
    return forms


def _principal_parts() -> list[list[str]]:
    text = (resources.files("coding.nlp") / "strong_verbs.txt").read_text(encoding="utf-8")
    lines = (line.split() for line in text.splitlines() if not line.startswith("#"))
    return [parts for parts in lines if parts]


@cache
def irregular_present() -> dict[str, str]:
    """Hand-written irregular present-tense forms -> infinitive (is -> zijn)."""
    forms: dict[str, str] = {}
    for line in wordlists.IRREGULAR_PRESENT.strip().splitlines():
        words, infinitive = line.split(":")
        forms.update(dict.fromkeys(words.split(), infinitive))
    return forms


@cache
def irregular_nouns() -> dict[str, str]:
    """Hand-written irregular noun plurals -> singular."""
    pairs = (item.split(":") for item in wordlists.IRREGULAR_NOUNS.split())
    return dict(pairs)


def is_cardinal(word: str) -> bool:
    """Whether ``word`` is a written-out cardinal number (tweeëntwintig too)."""
    return word in {"een", "één"} or bool(_CARDINAL_RE.match(word.replace("ë", "e")))


def ordinal_to_cardinal(word: str) -> str | None:
    """The cardinal of a written or numeric ordinal (vierde -> vier, 19e -> 19)."""
    if word in wordlists.IRREGULAR_ORDINALS:
        return wordlists.IRREGULAR_ORDINALS[word]
    match = re.match(r"^(\d+)(?:e|ste|de)$", word)
    if match:
        return match.group(1)
    for suffix in ("ste", "de"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and stem and is_cardinal(stem):
            return stem
    return None
