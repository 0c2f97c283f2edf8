"""Prior knowledge from the code names themselves: a theme is often named in the answer."""

import re

import numpy as np
import scipy.sparse as sp

from coding.suggestions.features import Featurizer
from coding.suggestions.text import root

# Function words in code names ("bescherming van de consument") carry no theme.
STOPWORDS = frozenset(
    "aan als bij de der des door een en het in met naar of om op over per te tot uit van voor"
    .split()
)
_NAME_WORD = re.compile(r"[^\W\d_]{3,}")
# A root counted this often is as strong a hint as it gets; more is just a long text.
_MAX_COUNT = 3


def name_roots(label: str) -> list[str]:
    """Roots of the content words of a code name, to look for inside answers."""
    words = [w for w in _NAME_WORD.findall(label.lower()) if w not in STOPWORDS]
    return [root(w) for w in words]


class NamePrior:
    """Scores how strongly each answer mentions each code's name."""

    def __init__(self, labels: list[str], featurizer: Featurizer) -> None:
        self.roots = [name_roots(label) for label in labels]
        # The name as a tiny document in the same n-gram space: matches compounds
        # and inflections ("migratiebeleid" vs "migratie") without a dictionary.
        self.vectors: sp.csr_matrix = featurizer.transform([label.lower() for label in labels])

    def cosine(self, rows: sp.csr_matrix) -> np.ndarray:
        """Cosine similarity between answer rows and code-name vectors."""
        return np.asarray((rows @ self.vectors.T).todense(), dtype=np.float64)

    def matches(self, texts: list[str]) -> np.ndarray:
        """Share of a code name's words whose root occurs in the answer (capped count)."""
        lowered = [text.lower() for text in texts]
        out = np.zeros((len(texts), len(self.roots)))
        for j, roots in enumerate(self.roots):
            if not roots:
                continue
            for i, text in enumerate(lowered):
                counts = [min(text.count(r), _MAX_COUNT) for r in roots]
                out[i, j] = sum(counts) / (_MAX_COUNT * len(roots))
        return out

    def scores(self, rows: sp.csr_matrix, texts: list[str]) -> dict[str, np.ndarray]:
        """Both name signals, keyed for the stacking features."""
        return {"name_cosine": self.cosine(rows), "name_match": self.matches(texts)}
