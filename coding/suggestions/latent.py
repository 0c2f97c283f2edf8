"""Topics learned from every answer of the project, coded or not (latent semantic analysis).

Character n-grams only see shared spellings. Answers about the same theme often share no word
("wachtlijst" and "maanden niets horen"), but such words do occur together in other answers. A
truncated SVD of the TF-IDF rows of all the project's answers, including the ones nobody coded
yet, learns those patterns; the similarity between two answers is then a mix of their n-gram
cosine and their topic cosine. This is the only place uncoded answers are used, and only their
words: never a code.
"""

import numpy as np
import scipy.sparse as sp
from sklearn.decomposition import TruncatedSVD
from sklearn.preprocessing import normalize

# Share of the topic cosine in the similarity between two answers (the rest is the n-gram cosine).
LATENT_WEIGHT = 0.4
MAX_TOPICS = 150
# Too few answers to find topics in: the similarity stays the n-gram cosine alone.
MIN_ANSWERS = 20


class LatentSpace:
    """Maps TF-IDF rows to unit-length topic vectors (or to nothing, for a tiny project)."""

    def __init__(self, rows: sp.csr_matrix) -> None:
        n_topics = min(MAX_TOPICS, rows.shape[0] // 2, rows.shape[1] - 1)
        # Features x topics, kept in half precision: a stored model is a quarter of the size (the topic
        # vectors are normalised afterwards, so the rounding does not matter), and a fresh model
        # scores exactly as the same model loaded from the database.
        self._stored: np.ndarray | None = None
        self._components: np.ndarray | None = None
        if rows.shape[0] >= MIN_ANSWERS and n_topics >= 2:
            svd = TruncatedSVD(n_topics, algorithm="randomized", random_state=0).fit(rows)
            self._stored = svd.components_.T.astype(np.float16)

    @property
    def components(self) -> np.ndarray | None:
        """The topic directions of the features (features x topics), or None for a tiny project."""
        if self._components is None and self._stored is not None:
            self._components = self._stored.astype(np.float32)
        return self._components

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_components": None}  # rebuilt from _stored on first use

    @property
    def weight(self) -> float:
        """How much the topic cosine counts in a similarity."""
        return LATENT_WEIGHT if self.components is not None else 0.0

    def embed(self, rows: sp.csr_matrix) -> np.ndarray:
        """Unit-length topic vectors, scaled so that a dot product adds the weighted topic cosine."""
        if self.components is None:
            return np.zeros((rows.shape[0], 0))
        return normalize(np.asarray(rows @ self.components, dtype=np.float64)) * np.sqrt(self.weight)

    def mix(self, ngram_sims: np.ndarray, topics: np.ndarray, train_topics: np.ndarray) -> np.ndarray:
        """Similarities to the training answers: the n-gram cosine mixed with the topic cosine."""
        return (1.0 - self.weight) * ngram_sims + topics @ train_topics.T

