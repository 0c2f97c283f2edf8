"""Base scorers that all work from the answer-by-answer similarity (kernel) matrix.

Working in the dual keeps training cheap: one N x N solve serves every code at
once, and cross-validation only slices the same matrix.
"""

from dataclasses import dataclass

import numpy as np

NEIGHBOURS = 10


@dataclass
class KernelScorer:
    """Fitted state of kernel ridge, nearest neighbours and code centroids."""

    alpha: np.ndarray  # (n_train, n_labels) dual ridge coefficients
    targets: np.ndarray  # (n_train, n_labels) 0/1 code matrix
    centroid_norms: np.ndarray  # (n_labels,)

    def scores(self, sims: np.ndarray) -> dict[str, np.ndarray]:
        """Per-code scores for query answers given their similarities to training answers."""
        return {
            "ridge": self.ridge(sims),
            "neighbours": self._neighbours(sims),
            "centroid": (sims @ self.targets) / self.centroid_norms,
        }

    def ridge(self, sims: np.ndarray) -> np.ndarray:
        """Kernel ridge decision values (about -1 = absent, +1 = present)."""
        # The +1 is a constant kernel term: it plays the role of an intercept.
        return (sims + 1.0) @ self.alpha

    def _neighbours(self, sims: np.ndarray) -> np.ndarray:
        k = min(NEIGHBOURS, sims.shape[1])
        idx = np.argpartition(-sims, k - 1, axis=1)[:, :k]
        # Squared similarities let close neighbours outvote many distant ones.
        weights = np.clip(np.take_along_axis(sims, idx, axis=1), 0.0, None) ** 2
        votes = np.einsum("ik,ikl->il", weights, self.targets[idx])
        return votes / (weights.sum(axis=1, keepdims=True) + 1e-9)


def fit_scorer(gram: np.ndarray, targets: np.ndarray, ridge: float) -> KernelScorer:
    """Fit all base scorers on a training kernel and 0/1 code matrix."""
    signed = 2.0 * targets - 1.0
    system = gram + 1.0 + ridge * np.eye(len(gram))
    alpha = np.linalg.solve(system, signed)
    # Norm of each code's summed training vector, from the kernel alone.
    norms = np.sqrt(np.maximum(np.einsum("il,ij,jl->l", targets, gram, targets), 1e-9))
    return KernelScorer(alpha=alpha, targets=targets, centroid_norms=norms)


def stack_features(scores: dict[str, np.ndarray], log_prior: np.ndarray) -> np.ndarray:
    """One row per (answer, code): each score, its gap to the answer's best, is-best flag."""
    columns = []
    for name in sorted(scores):
        value = scores[name]
        best = value.max(axis=1, keepdims=True)
        # A flat row (e.g. no code name mentioned at all) has no best code.
        is_best = (value >= best) & (best > value.min(axis=1, keepdims=True))
        columns += [value, value - best, is_best.astype(float)]
    shape = columns[0].shape
    columns.append(np.broadcast_to(log_prior, shape))
    return np.stack([column.ravel() for column in columns], axis=1)
