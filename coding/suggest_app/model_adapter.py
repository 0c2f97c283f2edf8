"""The one place that knows the suggestion model's API (coding.suggestions.model).

The app trains exactly as `python -m coding.evaluate suggestions` does: the same `train()` with its
default settings, on items {"id", "text", "labels"} passed through unchanged.
"""

from dataclasses import dataclass

from coding.errors import CodingError


class TooFewExamples(CodingError):
    """Too little coded material to learn from; the message (Dutch) comes from the model."""


@dataclass(frozen=True)
class ModelHit:
    """A code the model suggests for a text, with its score (0..1) and triggering sentence (code points)."""

    code: str
    score: float
    sentence: str
    start: int
    end: int


def _module():
    from coding.suggestions import model

    return model


def train(items: list[dict], unlabeled: list[str] = ()):
    """Train a model on coded answers (and the texts of uncoded ones); TooFewExamples when there is too little."""
    module = _module()
    try:
        return module.train(items, unlabeled=unlabeled)
    except module.TooFewExamples as error:
        raise TooFewExamples(str(error)) from error


def engine_version(model) -> str:
    """The model library's version string (stored beside the model)."""
    return str(getattr(model, "version", ""))[:40]


def labels_of(model) -> list[str]:
    """The code names the model learned."""
    return list(getattr(model, "labels", []))


def to_bytes(model) -> bytes:
    """The model as bytes for the database."""
    return model.to_bytes()


def from_bytes(data: bytes):
    """A model from bytes written by `to_bytes`; ValueError when they cannot be read."""
    return _module().SuggestionModel.from_bytes(data)


def suggest(model, texts: list[str], top_k: int) -> list[list[ModelHit]]:
    """Per text: the model's suggested codes, most confident first (its own tuned threshold)."""
    return [[ModelHit(s.code, float(s.score), s.sentence, s.start, s.end) for s in row]
            for row in model.suggest(texts, top_k=top_k)]


def predict_labels(model, texts: list[str]) -> list[set[str]]:
    """Per text: the set of code names the model would assign."""
    return [set(labels) for labels in model.predict_labels(texts)]
