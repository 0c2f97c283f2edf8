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


class KeywordMatcher:
    """Finds each code's keywords in texts, comparing lemmas with spaCy's PhraseMatcher."""

    def __init__(self, keywords: dict[str, list[str]], nlp=None):
        from spacy.matcher import PhraseMatcher

        from coding.nlp import load_nlp

        self.nlp = nlp or load_nlp()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.keys: dict[int, tuple[str, str]] = {}
        for number, (code, words) in enumerate(keywords.items()):
            for word in words:
                self._add(f"{number}:{word}", code, word)

    def _add(self, key: str, code: str, word: str):
        pattern = normalise_lemmas(self.nlp(word.strip()))
        if len(pattern):
            self.matcher.add(key, [pattern])
            self.keys[self.nlp.vocab.strings[key]] = (code, word.strip())

    def match(self, text: str) -> list[KeywordHit]:
        """The first hit of each code in the text, in text order."""
        doc = normalise_lemmas(self.nlp(text))
        hits: dict[str, KeywordHit] = {}
        for key, first, last in sorted(self.matcher(doc), key=lambda m: (m[1], -m[2])):
            code, word = self.keys[key]
            if code not in hits:
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
