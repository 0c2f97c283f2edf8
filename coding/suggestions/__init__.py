"""Code (theme) suggestions learned from a project's own codings; pure computation."""

from coding.suggestions.model import (
    VERSION,
    Suggestion,
    SuggestionModel,
    TooFewExamples,
    train,
)

__all__ = ["VERSION", "Suggestion", "SuggestionModel", "TooFewExamples", "train"]
