"""TF-IDF representation of answers: character n-grams plus stemmed words."""

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from coding.suggestions.text import char_grams, stems, token_grams, token_stems, tokens

# Stemmed words add little on top of the n-grams, which already cover compounds
# ("wachttijd" inside "wachttijden"); half weight keeps them from dominating.
WORD_WEIGHT = 0.5
# Terms in more than half of the answers say nothing about a theme.
MAX_DF = 0.5
# Per-token column cache: answers reuse a few thousand word forms, and looking up
# each of ~4,000 n-grams of a long answer one by one is the slow part of scoring.
_CACHE_LIMIT = 200_000
_EMPTY = np.zeros(0, dtype=np.int64)


class Featurizer:
    """Fits the vocabulary on training answers and maps texts to unit-length rows.

    Fitting uses scikit-learn's TfidfVectorizer; transforming reproduces its
    sublinear TF-IDF from a per-token cache of column numbers, several times faster.
    """

    def fit(self, texts: list[str]) -> "Featurizer":
        """Learn vocabulary and IDF weights from the training texts."""
        # Rare n-grams are noise, but with a handful of answers everything is rare.
        min_df = 2 if len(texts) >= 50 else 1
        max_df = MAX_DF if len(texts) >= 10 else 1.0
        chars = _vectorizer(char_grams, min_df, max_df).fit(texts)
        words = _vectorizer(stems, 1, max_df).fit(texts)
        self.n_chars = len(chars.vocabulary_)
        self.char_columns = dict(chars.vocabulary_)
        self.word_columns = {term: self.n_chars + j for term, j in words.vocabulary_.items()}
        self.idf = np.concatenate([chars.idf_, words.idf_]).astype(np.float32)
        self._cache: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        return self

    @property
    def n_features(self) -> int:
        """Width of the feature rows."""
        return len(self.idf)

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        """Unit-length sparse rows, so dot products are cosine similarities."""
        char_parts, word_parts = [], []
        for row, text in enumerate(texts):
            parts = [self._columns(token) for token in tokens(text)]
            char_parts.append(_tagged(row, [p[0] for p in parts]))
            word_parts.append(_tagged(row, [p[1] for p in parts]))
        chars = self._tfidf(char_parts, len(texts))
        words = self._tfidf(word_parts, len(texts))
        return normalize(chars + WORD_WEIGHT * words).astype(np.float32)

    def _tfidf(self, parts: list, n_rows: int) -> sp.csr_matrix:
        """Sublinear TF-IDF rows of unit length, from (row, column) occurrences."""
        rows = np.concatenate([p[0] for p in parts] or [_EMPTY])
        columns = np.concatenate([p[1] for p in parts] or [_EMPTY])
        ones = np.ones(len(rows), dtype=np.float64)
        # Building CSR from coordinates adds up repeated (row, column) pairs: counts.
        counts = sp.csr_matrix((ones, (rows, columns)), shape=(n_rows, self.n_features))
        counts.sum_duplicates()
        counts.data = (1.0 + np.log(counts.data)) * self.idf[counts.indices]
        return normalize(counts)

    def _columns(self, token: str) -> tuple[np.ndarray, np.ndarray]:
        cached = self._cache.get(token)
        if cached is None:
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            grams = [self.char_columns.get(g) for g in token_grams(token)]
            words = [self.word_columns.get(s) for s in token_stems(token)]
            cached = (_known(grams), _known(words))
            self._cache[token] = cached
        return cached

    def __getstate__(self) -> dict:
        # The cache is rebuilt on demand; storing it would only bloat the model.
        state = dict(self.__dict__)
        state["_cache"] = {}
        return state


def _known(columns: list) -> np.ndarray:
    return np.array([c for c in columns if c is not None], dtype=np.int64)


def _tagged(row: int, arrays: list) -> tuple[np.ndarray, np.ndarray]:
    columns = np.concatenate(arrays) if arrays else _EMPTY
    return np.full(len(columns), row, dtype=np.int64), columns


def _vectorizer(analyzer, min_df: int, max_df: float) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=analyzer, sublinear_tf=True, min_df=min_df, max_df=max_df, dtype=np.float32
    )


def kernel(rows: sp.csr_matrix, train_columns: sp.csr_matrix) -> np.ndarray:
    """Dense cosine similarities between rows and training answers (given as columns)."""
    # The caller keeps the training matrix transposed in CSR form, so scoring a
    # single answer does not convert the whole training matrix every time.
    return (rows @ train_columns).toarray().astype(np.float64, copy=False)
