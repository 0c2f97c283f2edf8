"""Search answers on lemmas with keyword-in-context ("kinderen" finds "kind" and "kindje").

Answers are encrypted at rest, so SQL cannot search them: we lemmatise the decrypted text with the
Dutch pipeline and keep the tokens in a small in-process cache, keyed by answer id and a hash of the
text (an edited answer is lemmatised again). The matching and the context cutting are pure.
"""

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass

from coding.nlp import is_stop, load_nlp

CONTEXT_CHARS = 40
CACHE_SIZE = 20_000  # answers; a large project has a few thousand


@dataclass(frozen=True)
class Token:
    """A word of an answer: its lemma, lower-case form and code-point offsets."""

    lemma: str
    lower: str
    start: int
    end: int

    @property
    def is_content(self) -> bool:
        """A word that carries meaning: not punctuation, not a stop word."""
        return any(c.isalnum() for c in self.lower) and not is_stop(self.lower)


@dataclass(frozen=True)
class Hit:
    """One match with its context: the text before, the match itself and the text after."""

    before: str
    match: str
    after: str
    start: int
    end: int


_cache: OrderedDict = OrderedDict()
_lock = threading.Lock()


def _key(answer_id, text: str) -> tuple:
    return answer_id, hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def tokens_of(text: str) -> list[Token]:
    """The words of a text with lemmas and code-point offsets (spaCy offsets are str indices)."""
    return [_token(t) for t in load_nlp()(text) if not t.is_space]


def _token(t) -> Token:
    return Token(t.lemma_.lower(), t.text.lower(), t.idx, t.idx + len(t.text))


def answer_tokens(answers) -> dict[int, list[Token]]:
    """Tokens per answer (objects with .id and .text), lemmatised once and then taken from the cache."""
    result, todo = {}, []
    with _lock:
        for answer in answers:
            key = _key(answer.id, answer.text)
            if key in _cache:
                _cache.move_to_end(key)
                result[answer.id] = _cache[key]
            else:
                todo.append((key, answer))
    docs = load_nlp().pipe([answer.text for _key_, answer in todo]) if todo else []
    for (key, answer), doc in zip(todo, docs, strict=True):
        result[answer.id] = [_token(t) for t in doc if not t.is_space]
        _remember(key, result[answer.id])
    return result


def _remember(key, tokens) -> None:
    with _lock:
        _cache[key] = tokens
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def query_terms(tokens: list[Token]) -> list[Token]:
    """The words of a query to look for: its content words, or all its words when it only has stop words."""
    words = [t for t in tokens if any(c.isalnum() for c in t.lower)]
    content = [t for t in words if t.is_content]
    return content or words


def find_matches(tokens: list[Token], terms: list[Token]) -> list[tuple[int, int]]:
    """Where the query terms occur in order (stop words in between are skipped); code-point spans."""
    if not terms:
        return []
    only_content = all(term.is_content for term in terms)
    words = [t for t in tokens if (t.is_content if only_content else any(c.isalnum() for c in t.lower))]
    spans = []
    for i in range(len(words) - len(terms) + 1):
        window = words[i:i + len(terms)]
        if all(_same(word, term) for word, term in zip(window, terms, strict=True)):
            spans.append((window[0].start, window[-1].end))
    return spans


def _same(word: Token, term: Token) -> bool:
    return word.lemma == term.lemma or word.lower == term.lower


def keyword_in_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> Hit:
    """The match with about `width` characters on each side, cut at a word boundary, with … where cut."""
    left = max(0, start - width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    right = min(len(text), end + width)
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    before = ("… " if left > 0 else "") + _flat(text[left:start], keep_end=True)
    after = _flat(text[end:right]) + (" …" if right < len(text) else "")
    return Hit(before, text[start:end], after, start, end)


def _flat(text: str, keep_end: bool = False) -> str:
    """Line ends become spaces so a hit reads as one line; the space next to the match stays."""
    flat = " ".join(text.split())
    if keep_end and text[-1:].isspace() and flat:
        return flat + " "
    if not keep_end and text[:1].isspace() and flat:
        return " " + flat
    return flat


def search_answers(answers, query: str) -> dict[int, list[Hit]]:
    """Per answer (objects with .id and .text): the hits of the query in text order; answers without hits left out."""
    terms = query_terms(tokens_of(query or ""))
    if not terms:
        return {}
    found = {}
    tokens = answer_tokens(answers)
    for answer in answers:
        spans = find_matches(tokens[answer.id], terms)
        if spans:
            found[answer.id] = [keyword_in_context(answer.text, s, e) for s, e in spans]
    return found
