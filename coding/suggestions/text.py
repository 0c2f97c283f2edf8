"""Text normalisation for the suggestion model: tokens, Dutch stems, char n-grams, sentences."""

import re

from nltk.stem.snowball import SnowballStemmer

_WORD = re.compile(r"\w+")
_LETTERS = re.compile(r"[^\W\d_]+")
# A boundary is whitespace after . ! ? followed by a capital, a capital or a numbered
# question glued to the previous sentence ("voor.Trein", "hoe?2. Zou", common in
# pasted text), whitespace before a numbered question, or a line break.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[\"'”’)]*\s+(?=[\"'“‘(\[]?[A-ZÀ-Þ])"
    r"|(?<=[a-zà-ÿ][.!?])(?=[A-ZÀ-Þ][a-zà-ÿ]|\d{1,2}[.)]\s*[A-ZÀ-Þ])"
    r"|(?<=[.!?])\s+(?=\d{1,2}[.)]\s*[A-ZÀ-Þ])"
    r"|\s*\n\s*"
)
_MIN_SENTENCE_LETTERS = 3
_CHAR_SIZES = (3, 4, 5)
# Caches are bounded so a long-running app process cannot grow them without limit;
# Dutch text reuses a few thousand word forms, so a cleared cache refills quickly.
_CACHE_LIMIT = 200_000
_stem_cache: dict[str, str] = {}
_gram_cache: dict[str, tuple[str, ...]] = {}
_stemmer = SnowballStemmer("dutch")


def stem(word: str) -> str:
    """Snowball stem of a lower-case Dutch word (cached)."""
    cached = _stem_cache.get(word)
    if cached is None:
        if len(_stem_cache) > _CACHE_LIMIT:
            _stem_cache.clear()
        cached = _stem_cache[word] = _stemmer.stem(word)
    return cached


def stems(text: str) -> list[str]:
    """Stems of the alphabetic words in a text; the word-level features."""
    return [stem(word) for word in _LETTERS.findall(text.lower())]


def tokens(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits); the unit both feature kinds derive from."""
    return _WORD.findall(text.lower())


def token_stems(token: str) -> list[str]:
    """Stems of the alphabetic parts of one token, as `stems` would give them."""
    return [stem(word) for word in _LETTERS.findall(token)]


def token_grams(token: str) -> tuple[str, ...]:
    """Character n-grams of one token, as `char_grams` would give them."""
    return _word_grams(token)


def root(word: str) -> str:
    """A prefix of `word` to look for inside compounds ("spoor" in "spoorlijn")."""
    stemmed = stem(word)
    # Snowball undoubles vowels ("spoor" -> "spor"); such a stem is no prefix of
    # the surface form, so fall back to the whole word.
    return stemmed if word.startswith(stemmed) else word


def _word_grams(word: str) -> tuple[str, ...]:
    grams = _gram_cache.get(word)
    if grams is None:
        if len(_gram_cache) > _CACHE_LIMIT:
            _gram_cache.clear()
        padded = f" {word} "
        grams = tuple(
            padded[i : i + n] for n in _CHAR_SIZES for i in range(len(padded) - n + 1)
        )
        _gram_cache[word] = grams
    return grams


def char_grams(text: str) -> list[str]:
    """Character 3-5-grams inside word boundaries; catch Dutch compounds and inflection."""
    grams: list[str] = []
    for word in _WORD.findall(text.lower()):
        grams.extend(_word_grams(word))
    return grams


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point offsets of the sentences of a text, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    carry = None
    for begin, end in _pieces(text):
        begin, end = _trim(text, begin if carry is None else carry, end)
        if begin >= end:
            continue
        # Fragments such as "1." (numbered questions) join the sentence that follows.
        if _letters(text[begin:end]) < _MIN_SENTENCE_LETTERS:
            carry = begin
            continue
        carry = None
        spans.append((begin, end))
    if carry is not None:
        begin, end = _trim(text, carry, len(text))
        if spans:
            spans[-1] = (spans[-1][0], end)
        elif begin < end:
            spans.append((begin, end))
    return spans


def _pieces(text: str) -> list[tuple[int, int]]:
    pieces, start = [], 0
    for match in _BOUNDARY.finditer(text):
        pieces.append((start, match.start()))
        start = match.end()
    pieces.append((start, len(text)))
    return pieces


def _letters(fragment: str) -> int:
    return sum(len(word) for word in _LETTERS.findall(fragment))


def _trim(text: str, begin: int, end: int) -> tuple[int, int]:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    return begin, end
