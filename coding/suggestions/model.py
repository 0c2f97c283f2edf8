"""Train a project's own code-suggestion model and apply it to uncoded answers.

Pipeline: TF-IDF (character n-grams + Dutch stems) -> three similarity-based
scorers (kernel ridge, nearest neighbours, code centroids) plus two code-name
signals -> a logistic-regression stacker that turns them into one 0..1 score per
(answer, code) -> a threshold and top-1 fallback tuned by cross-validation on the
training answers only.
"""

import pickle  # noqa: S403  # nosec B403 - see SuggestionModel.from_bytes
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from coding.suggestions import calibration
from coding.suggestions.features import Featurizer, kernel
from coding.suggestions.keywords import NamePrior
from coding.suggestions.latent import LatentSpace
from coding.suggestions.scorers import KernelScorer, fit_scorer, stack_features
from coding.suggestions.triggers import trigger_spans

VERSION = "wijkstem-suggestions/1"
DEFAULT_MIN_EXAMPLES = 20
DEFAULT_MIN_LABEL_EXAMPLES = 2
DEFAULT_TOP_K = 3
# Scoring happens in batches so the dense answer-by-training-answer similarity
# matrix stays small (batch x training answers).
_BATCH = 256


class TooFewExamples(ValueError):
    """There is not (yet) enough coded material to learn from; the message is for the UI."""

    def __init__(self, needed: int, found: int, per_code: bool = False) -> None:
        self.needed, self.found = needed, found
        if per_code:
            message = (
                "Geen enkele code is al vaak genoeg gebruikt om te leren "
                f"(minstens {needed} antwoorden per code nodig)."
            )
        else:
            message = (
                "Er zijn nog te weinig gecodeerde antwoorden om te leren "
                f"(minstens {needed} nodig, nu {found})."
            )
        super().__init__(message)


@dataclass(frozen=True)
class Suggestion:
    """A suggested code for one answer, with the sentence that triggered it."""

    code: str
    score: float  # 0..1, higher is more confident
    sentence: str
    start: int  # offsets in code points: text[start:end] == sentence
    end: int


@dataclass
class _Parts:
    featurizer: Featurizer
    train_columns: sp.csr_matrix  # training rows, transposed
    latent: LatentSpace
    train_topics: np.ndarray  # training answers' topic vectors
    scorer: KernelScorer
    names: NamePrior
    log_prior: np.ndarray
    stacker: object


class SuggestionModel:
    """A trained model: scores, label sets and suggestions for new answers."""

    def __init__(self, labels: list[str], parts: _Parts, decision: tuple[float, float],
                 info: dict) -> None:
        self.version = VERSION
        self.labels = labels
        self._parts = parts
        self.threshold, self.floor = decision
        self.skipped_labels: dict[str, int] = info["skipped_labels"]
        self.n_train: int = info["n_train"]
        self.ridge: float = info["ridge"]

    def scores(self, texts: list[str]) -> np.ndarray:
        """Score 0..1 for every text (rows) and code (columns, as in `self.labels`)."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        return np.vstack([self._score_batch(texts[i : i + _BATCH])
                          for i in range(0, len(texts), _BATCH)])

    def predict_labels(self, texts: list[str]) -> list[set[str]]:
        """The codes the model would assign to each text."""
        return [set(self._chosen(row)[1]) for row in self.scores(texts)]

    def suggest(self, texts: list[str], top_k: int = DEFAULT_TOP_K,
                threshold: float | None = None) -> list[list[Suggestion]]:
        """Best codes per text, most confident first, each with its triggering sentence.

        threshold=None uses the model's tuned decision (as predict_labels);
        a number keeps every code scoring at least that much (0 = always top_k).
        """
        results = []
        for start in range(0, len(texts), _BATCH):
            batch = texts[start : start + _BATCH]
            picks = [self._pick(row, top_k, threshold) for row in self.scores(batch)]
            results.extend(self._with_sentences(batch, picks))
        return results

    def to_bytes(self) -> bytes:
        """Serialise for storage in the app's own database."""
        return pickle.dumps({"version": VERSION, "model": self}, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def from_bytes(cls, blob: bytes) -> "SuggestionModel":
        """Load a model written by `to_bytes`."""
        # pickle can run code while loading, so this is only safe because the app
        # loads blobs it wrote itself into its own database, never uploaded files.
        try:
            payload = pickle.loads(blob)  # noqa: S301  # nosec B301 - own blobs only
        except Exception as error:  # corrupt blob or a renamed class from an old release
            raise ValueError(f"Onleesbaar opgeslagen suggestiemodel: {error}") from error
        if not isinstance(payload, dict) or payload.get("version") != VERSION:
            raise ValueError("Opgeslagen suggestiemodel heeft een andere versie; train opnieuw.")
        return payload["model"]

    def _score_batch(self, texts: list[str]) -> np.ndarray:
        parts = self._parts
        rows = parts.featurizer.transform(texts)
        sims = parts.latent.mix(kernel(rows, parts.train_columns), parts.latent.embed(rows), parts.train_topics)
        scores = parts.scorer.scores(sims)
        scores.update(parts.names.scores(rows, texts))
        features = stack_features(scores, parts.log_prior)
        return parts.stacker.predict_proba(features)[:, 1].reshape(len(texts), -1)

    def _chosen(self, row: np.ndarray) -> tuple[np.ndarray, list[str]]:
        index = np.flatnonzero(row >= self.threshold)
        if index.size == 0 and row.size and row.max() >= self.floor:
            index = np.array([int(row.argmax())])
        return index, [self.labels[j] for j in index]

    def _pick(self, row: np.ndarray, top_k: int, threshold: float | None) -> list[tuple[int, float]]:
        if threshold is None:
            index = self._chosen(row)[0]
        else:
            index = np.flatnonzero(row >= threshold)
        ordered = index[np.argsort(-row[index], kind="stable")]
        return [(int(j), float(row[j])) for j in ordered[:top_k]]

    def _with_sentences(self, texts: list[str], picks: list) -> list[list[Suggestion]]:
        parts = self._parts
        spans = trigger_spans(texts, picks, parts.featurizer, self._ridge_values, parts.names)
        return [
            [Suggestion(self.labels[j], score, text[s:e], s, e)
             for (j, score), (s, e) in zip(chosen, spans_i, strict=True)]
            for text, chosen, spans_i in zip(texts, picks, spans, strict=True)
        ]

    def _ridge_values(self, rows: sp.csr_matrix, codes: list[int]) -> np.ndarray:
        """Kernel ridge values of (sentence) rows for just these codes, computed in feature space:
        cheaper than comparing every sentence with every training answer."""
        parts = self._parts
        alpha = parts.scorer.alpha[:, codes]
        ngram_weights = (parts.train_columns @ alpha) * (1.0 - parts.latent.weight)
        topic_weights = parts.train_topics.T @ alpha
        return rows @ ngram_weights + parts.latent.embed(rows) @ topic_weights + alpha.sum(axis=0)


def train(items: Iterable[dict], *, unlabeled: Iterable[str] = (), min_examples: int = DEFAULT_MIN_EXAMPLES,
          min_label_examples: int = DEFAULT_MIN_LABEL_EXAMPLES) -> SuggestionModel:
    """Train on coded answers {"id","text","labels"}; raises TooFewExamples if too little.

    `unlabeled`: texts of the project's answers nobody coded yet. Only their words are used, to learn
    which words go together (coding.suggestions.latent); they make suggestions for them better.
    """
    texts, label_lists = _read_items(items)
    n_coded = sum(1 for labels in label_lists if labels)
    if n_coded < max(min_examples, 2):
        raise TooFewExamples(max(min_examples, 2), n_coded)
    counts = Counter(label for labels in label_lists for label in set(labels))
    kept = sorted(label for label, n in counts.items() if n >= min_label_examples)
    if not kept:
        raise TooFewExamples(min_label_examples, 0, per_code=True)
    targets = np.array([[label in set(labels) for label in kept] for labels in label_lists],
                       dtype=np.float64)
    parts, decision, ridge = _fit(texts, kept, targets, [text for text in unlabeled if text.strip()])
    skipped = {label: n for label, n in sorted(counts.items()) if n < min_label_examples}
    info = {"skipped_labels": skipped, "n_train": len(texts), "ridge": ridge}
    return SuggestionModel(kept, parts, decision, info)


def _fit(texts: list[str], labels: list[str], targets: np.ndarray, unlabeled: list[str]):
    # The vocabulary comes from every answer, so that topics can link words no coded answer has yet.
    featurizer = Featurizer().fit(texts + unlabeled)
    rows = featurizer.transform(texts)
    columns = rows.T.tocsr()
    ngram_gram = kernel(rows, columns)
    latent = LatentSpace(sp.vstack([rows, featurizer.transform(unlabeled)]).tocsr() if unlabeled else rows)
    topics = latent.embed(rows)
    gram = latent.mix(ngram_gram, topics, topics)
    folds = calibration.grouped_folds(gram)
    if not folds:  # every answer is a copy of every other one
        raise TooFewExamples(DEFAULT_MIN_EXAMPLES, 1)
    ridge = calibration.choose_ridge(gram, targets, folds)
    names = NamePrior(labels, featurizer)
    log_prior = np.log(targets.mean(axis=0) + 1e-3)
    scores = calibration.out_of_fold(gram, targets, ridge, folds)
    scores.update(names.scores(rows, texts))
    features = stack_features(scores, log_prior)
    held_out = calibration.stacked_out_of_fold(features, targets, folds)
    decision = calibration.tune_decision(held_out, targets)
    stacker = calibration.fit_stacker(features, targets.ravel())
    scorer = fit_scorer(gram, targets, ridge)
    return _Parts(featurizer, columns, latent, topics, scorer, names, log_prior, stacker), decision, ridge


def _read_items(items: Iterable[dict]) -> tuple[list[str], list[list[str]]]:
    texts, label_lists = [], []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError(f"item {number}: expected a dict with a string 'text'")
        labels = item.get("labels") or []
        if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
            raise ValueError(f"item {number}: 'labels' must be a list of strings")
        texts.append(item["text"])
        label_lists.append(labels)
    return texts, label_lists
