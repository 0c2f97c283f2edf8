"""Codebook keywords found in answers on their lemmas ("kinderen" matches "kind"). Pure: no Flask, no database."""

from dataclasses import dataclass
from functools import lru_cache

KEYWORD_SCORE = 1.0  # a keyword is either in the sentence or not; the model gives graded scores


@dataclass(frozen=True)
class KeywordHit:
    """A code's keyword found in a text: the keyword's span and the sentence around it (code points)."""

    code: str
    keyword: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    score: float = KEYWORD_SCORE


def normalise_lemmas(doc):
    """Lower-case every lemma; a capitalised word the lemmatiser took for a name gets a second try."""
    from coding.nlp import lemmatize_word

    for token in doc:
        lemma = token.lemma_ or token.text
        if lemma == token.text and token.text[:1].isupper():
            lemma = lemmatize_word(token.lower_)
        token.lemma_ = lemma.lower()
    return doc


def _ambiguous_plural(lower: str, lemma: str) -> bool:
    """Whether an -en form is also a verb of its own and was only read as a noun plural ("passen" -> "pas")."""
    from coding.nlp.morphology import analyse

    reading = analyse(lower)
    return bool(reading.noun and reading.verb == lower and lemma == reading.noun != lower)


def token_keys(doc) -> list[frozenset[str]]:
    """What each word of a text can match: its lemma in context and its own form.

    An -en form that is also a verb ("passen", "zorgen") stands for the noun's plural only right after a
    determiner ("de passen", "veel zorgen"); otherwise it matches its own form and verb, never "pas".
    """
    from coding.nlp.wordlists import DETERMINERS

    keys = []
    for token in doc:
        lower, lemma = token.lower_, token.lemma_
        after_determiner = token.i > 0 and doc[token.i - 1].lower_ in DETERMINERS
        if _ambiguous_plural(lower, lemma) and not after_determiner:
            keys.append(frozenset({lower}))
        else:
            keys.append(frozenset({lower, lemma}))
    return keys


def keyword_lemmas(tokens) -> tuple[str, ...]:
    """The lemmas a listed keyword stands for, read as the words of a text are.

    Without context "passen" would be read as the plural of "pas" and "wachten" as that of "wacht"; whoever
    lists such a word means the word itself.
    """
    return tuple(token.lower_ if _ambiguous_plural(token.lower_, token.lemma_) else token.lemma_
                 for token in tokens)


class KeywordMatcher:
    """Finds each code's keywords in texts: whole words on their lemmas, phrases as the whole phrase in order."""

    def __init__(self, keywords: dict[str, list[str]], nlp=None):
        from coding.nlp import load_nlp

        self.nlp = nlp or load_nlp()
        # first lemma -> (code, keyword as listed, all its lemmas), in the order listed
        self.patterns: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
        for code, words in keywords.items():
            for word in words:
                self._add(code, word.strip())

    def _add(self, code: str, word: str):
        doc = normalise_lemmas(self.nlp(word))
        lemmas = keyword_lemmas([token for token in doc if not token.is_space and not token.is_punct])
        if lemmas:
            self.patterns.setdefault(lemmas[0], []).append((code, word, lemmas))

    def match(self, text: str) -> list[KeywordHit]:
        """The first hit of each code in the text (the longest where two start together), in text order."""
        doc = normalise_lemmas(self.nlp(text))
        keys = token_keys(doc)
        hits: dict[str, KeywordHit] = {}
        for first, found in enumerate(keys):
            candidates = [p for key in sorted(found) for p in self.patterns.get(key, ())]
            for code, word, lemmas in sorted(candidates, key=lambda p: -len(p[2])):
                last = first + len(lemmas)
                if code not in hits and last <= len(keys) and all(
                        lemma in keys[first + k] for k, lemma in enumerate(lemmas)):
                    hits[code] = _hit(text, doc[first:last], code, word)
        return sorted(hits.values(), key=lambda hit: (hit.start, hit.code))


def _hit(text, span, code, word) -> KeywordHit:
    sentence = span.sent
    start = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
    end = sentence.start_char + len(sentence.text.rstrip())
    return KeywordHit(code, word, span.start_char, span.end_char, text[start:end], start, end)


def keyword_spec(codes) -> tuple:
    """A hashable (name, keywords) description of the codebook's keywords, for the matcher cache."""
    return tuple((code.name, tuple(w for w in code.keywords.splitlines() if w.strip()))
                 for code in codes if code.keywords.strip())


@lru_cache(maxsize=32)
def matcher_for(spec: tuple) -> KeywordMatcher:
    """A matcher per codebook state (building one lemmatises every keyword)."""
    return KeywordMatcher({name: list(words) for name, words in spec})
