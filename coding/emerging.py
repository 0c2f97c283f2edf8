"""Emerging themes: words and word pairs that stand out in the answers nobody has coded yet. Pure.

A word stands out when uncoded answers use it more than the rest of the project does: the log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), as a z-score. Word pairs
are NLTK bigram collocations (likelihood ratio) that are also more frequent than in the rest.
Stop words and punctuation are left out before counting, so "hulp te vragen" gives "hulp vragen".
"""

import math
from collections import Counter
from dataclasses import dataclass

MIN_COUNT = 2  # a word must occur at least twice in the uncoded answers...
MIN_ANSWERS = 2  # ...and in at least two of them, so one talkative answer does not make a theme
MIN_Z = 0.5
PRIOR_SCALE = 0.5  # the pooled counts, halved, as prior: strong enough to calm rare words, not to drown them


@dataclass(frozen=True)
class Term:
    """A word (or word pair) that stands out: how often, in how many answers, and how strongly."""

    text: str
    count: int
    answers: int
    score: float


def content_words(tokens) -> list[str]:
    """The lemmas of the meaningful words (letters only, three or more, not a stop word) of one answer."""
    return [t.lemma for t in tokens if t.is_content and t.lemma.isalpha() and len(t.lemma) > 2]


def distinctive_words(target_docs, rest_docs, limit: int = 20, leave_out=frozenset()) -> list[Term]:
    """Lemmas over-represented in the target documents compared with the rest, strongest first.

    `leave_out`: words not to propose, such as the words of the questions (people repeat the question).
    """
    target, rest = Counter(w for doc in target_docs for w in doc), Counter(w for doc in rest_docs for w in doc)
    spread = Counter(w for doc in target_docs for w in set(doc))
    scores = log_odds(target, rest)
    terms = [Term(word, target[word], spread[word], round(scores[word], 2)) for word in target
             if target[word] >= MIN_COUNT and spread[word] >= MIN_ANSWERS and scores[word] >= MIN_Z
             and word not in leave_out]
    return sorted(terms, key=lambda term: (-term.score, -term.count, term.text))[:limit]


def log_odds(target: Counter, rest: Counter) -> dict[str, float]:
    """Per word: the z-score of the log-odds ratio target vs rest, with the pooled counts as prior."""
    prior = {word: PRIOR_SCALE * count for word, count in (target + rest).items()}
    n_t, n_r, a0 = sum(target.values()), sum(rest.values()), sum(prior.values())
    scores = {}
    for word, alpha in prior.items():
        y_t, y_r = target[word], rest[word]
        delta = (math.log((y_t + alpha) / (n_t + a0 - y_t - alpha))
                 - math.log((y_r + alpha) / (n_r + a0 - y_r - alpha)))
        scores[word] = delta / math.sqrt(1 / (y_t + alpha) + 1 / (y_r + alpha))
    return scores


def collocations(target_docs, rest_docs, limit: int = 15, leave_out=frozenset()) -> list[Term]:
    """Word pairs that belong together in the target documents (likelihood ratio) and are rarer elsewhere.

    Pairs made only of `leave_out` words are skipped.
    """
    from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder  # rule-based, no NLTK data

    finder = BigramCollocationFinder.from_documents(target_docs)
    finder.apply_freq_filter(MIN_COUNT)
    rest = Counter(pair for doc in rest_docs for pair in zip(doc, doc[1:], strict=False))
    n_t, n_r = max(finder.ngram_fd.N(), 1), max(sum(rest.values()), 1)
    spread = Counter(pair for doc in target_docs for pair in set(zip(doc, doc[1:], strict=False)))
    terms = []
    for pair, score in finder.score_ngrams(BigramAssocMeasures.likelihood_ratio):
        count = finder.ngram_fd[pair]
        ratio = ((count + 1) / n_t) / ((rest[pair] + 1) / n_r)
        echo = pair[0] in leave_out and pair[1] in leave_out
        if pair[0] != pair[1] and spread[pair] >= MIN_ANSWERS and ratio > 1 and not echo:
            terms.append(Term(" ".join(pair), count, spread[pair], round(score, 1)))
    return terms[:limit]
