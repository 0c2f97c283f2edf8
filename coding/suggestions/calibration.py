"""Cross-validation inside the training answers: ridge strength, stacking, thresholds."""

import warnings

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import label_ranking_average_precision_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from coding.suggestions.scorers import fit_scorer

N_FOLDS = 5
RIDGE_GRID = (0.03, 0.1, 0.3)
# Answers this similar are (near) copies. Copies in different folds make every
# similarity-based score look far better in cross-validation than on new answers,
# which would inflate the trust the stacker puts in them.
DUPLICATE_SIMILARITY = 0.7
THRESHOLDS = np.linspace(0.05, 0.8, 31)
# Minimum score for the single best code of an answer that has no code above the
# threshold; 1.0 means "never fall back".
FLOORS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 1.0)
DECISION_TOLERANCE = 0.005  # micro-F1 differences smaller than this are noise

Folds = list[tuple[np.ndarray, np.ndarray]]


def grouped_folds(gram: np.ndarray) -> Folds:
    """Cross-validation folds that keep near-duplicate answers together."""
    links = sp.csr_matrix(gram > DUPLICATE_SIMILARITY)
    n_groups, groups = connected_components(links, directed=False)
    n_folds = min(N_FOLDS, n_groups)
    if n_folds < 2:
        return []
    return list(GroupKFold(n_folds).split(gram, groups=groups))


def out_of_fold(gram: np.ndarray, targets: np.ndarray, ridge: float, folds: Folds):
    """Base scores for every training answer from models that did not see it."""
    result: dict[str, np.ndarray] = {}
    for train, held in folds:
        scorer = fit_scorer(gram[np.ix_(train, train)], targets[train], ridge)
        for name, value in scorer.scores(gram[np.ix_(held, train)]).items():
            result.setdefault(name, np.zeros(targets.shape))[held] = value
    return result


def choose_ridge(gram: np.ndarray, targets: np.ndarray, folds: Folds) -> float:
    """Ridge strength with the best cross-validated ranking of the true codes."""
    coded = targets.sum(axis=1) > 0
    best, best_quality = RIDGE_GRID[0], -1.0
    for ridge in RIDGE_GRID:
        scores = np.zeros(targets.shape)
        for train, held in folds:
            scorer = fit_scorer(gram[np.ix_(train, train)], targets[train], ridge)
            scores[held] = scorer.ridge(gram[np.ix_(held, train)])
        quality = label_ranking_average_precision_score(targets[coded], scores[coded])
        if quality > best_quality:
            best, best_quality = ridge, quality
    return best


def fit_stacker(features: np.ndarray, labels: np.ndarray):
    """Logistic regression that turns the base scores of one (answer, code) into 0..1."""
    model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000))
    with warnings.catch_warnings():
        # A stacker a few iterations short of the optimum scores just as well; the
        # warning would only alarm researchers in the app log.
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(features, labels)
    return model


def stacked_out_of_fold(features: np.ndarray, targets: np.ndarray, folds: Folds) -> np.ndarray:
    """Stacker probabilities for training answers from stackers that did not see them."""
    n_labels = targets.shape[1]
    flat = targets.ravel()
    probabilities = np.zeros(targets.shape)
    for train, held in folds:
        rows_train = (train[:, None] * n_labels + np.arange(n_labels)).ravel()
        rows_held = (held[:, None] * n_labels + np.arange(n_labels)).ravel()
        if flat[rows_train].min() == flat[rows_train].max():
            continue  # a fold without any code cannot teach the stacker anything
        model = fit_stacker(features[rows_train], flat[rows_train])
        probabilities[held] = model.predict_proba(features[rows_held])[:, 1].reshape(-1, n_labels)
    return probabilities


def tune_decision(probabilities: np.ndarray, targets: np.ndarray) -> tuple[float, float]:
    """Threshold and top-1 fallback floor with (near) the best cross-validated micro-F1."""
    candidates = list(_decision_f1s(probabilities, targets > 0))
    best_f1 = max(f1 for f1, _, _ in candidates)
    # Of the decisions cross-validation cannot tell apart, take the highest threshold:
    # fewer wrong suggestions to reject, and new answers drift away from the training
    # ones, which makes scores for wrong codes creep up. Then the lowest floor, so an
    # answer still gets its best code whenever that costs nothing.
    close = [(threshold, -floor) for f1, threshold, floor in candidates
             if f1 >= best_f1 - DECISION_TOLERANCE]
    threshold, negative_floor = max(close)
    return threshold, -negative_floor


def _decision_f1s(probabilities: np.ndarray, truth: np.ndarray):
    n_true = truth.sum()
    top = probabilities.argmax(axis=1)
    top_value = probabilities.max(axis=1)
    top_hit = truth[np.arange(len(truth)), top]
    for threshold in THRESHOLDS:
        chosen = probabilities >= threshold
        hits, n_chosen = (chosen & truth).sum(), chosen.sum()
        empty = ~chosen.any(axis=1)
        for floor in FLOORS:
            fallback = empty & (top_value >= floor)
            tp = hits + top_hit[fallback].sum()
            yield 2 * tp / max(n_chosen + fallback.sum() + n_true, 1), float(threshold), float(floor)
