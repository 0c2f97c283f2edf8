"""Lemma accuracy against CoNLL-U gold data (`python -m coding.evaluate lemmas`).

Tokenisation is taken from the file: the gold word forms of each sentence are
lemmatised as given, never re-tokenised. Multi-word token ranges (``3-4``) and
empty nodes (``5.1``) are skipped; every other token counts.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

_WORD_ID = re.compile(r"^[1-9][0-9]*$")
_SKIPPED_ID = re.compile(r"^[0-9]+(?:-[0-9]+|\.[0-9]+)$")


class ConlluError(ValueError):
    """The input is not valid CoNLL-U."""


@dataclass(frozen=True)
class Token:
    """One gold word: its form and lemma."""

    form: str
    lemma: str


@dataclass(frozen=True)
class Score:
    """Result of comparing predicted lemmas with gold lemmas."""

    tokens: int
    correct: int

    @property
    def accuracy(self) -> float:
        """Share of tokens whose lemma matched (0.0 for no tokens)."""
        return self.correct / self.tokens if self.tokens else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """The JSON shape the CLI prints."""
        return {"tokens": self.tokens, "accuracy": round(self.accuracy, 4)}


def parse_conllu(lines: Iterable[str]) -> list[list[Token]]:
    """Sentences of gold tokens; raises ConlluError on a malformed line."""
    sentences: list[list[Token]] = []
    current: list[Token] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("#"):
            continue
        token = _parse_token_line(line, number)
        if token is not None:
            current.append(token)
    if current:
        sentences.append(current)
    return sentences


def _parse_token_line(line: str, number: int) -> Token | None:
    columns = line.split("\t")
    if len(columns) != 10:
        raise ConlluError(f"line {number}: expected 10 tab-separated columns, got {len(columns)}")
    token_id, form, lemma = columns[0], columns[1], columns[2]
    if _SKIPPED_ID.match(token_id):
        return None  # multi-word token range or empty node: not a word of its own
    if not _WORD_ID.match(token_id):
        raise ConlluError(f"line {number}: invalid token id {token_id!r}")
    if not form or not lemma:
        raise ConlluError(f"line {number}: empty FORM or LEMMA column")
    return Token(form=form, lemma=lemma)


def normalise_lemma(lemma: str) -> str:
    """Comparison key: case-insensitive, compound underscores ignored (speel_goed)."""
    return lemma.replace("_", "").casefold()


def lemma_matches(predicted: str, gold: str) -> bool:
    """Whether a predicted lemma counts as equal to the gold lemma."""
    return normalise_lemma(predicted) == normalise_lemma(gold)


def score_lemmas(gold: Sequence[str], predicted: Sequence[str]) -> Score:
    """Count matching lemmas in two aligned sequences."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(predicted)} predictions for {len(gold)} gold lemmas")
    correct = sum(lemma_matches(p, g) for p, g in zip(predicted, gold, strict=True))
    return Score(tokens=len(gold), correct=correct)


def evaluate_sentences(
    sentences: Sequence[Sequence[Token]],
    lemmatize: Callable[[list[str]], list[str]],
) -> Score:
    """Lemmatise each sentence's gold forms with ``lemmatize`` and score them."""
    gold: list[str] = []
    predicted: list[str] = []
    for sentence in sentences:
        gold.extend(token.lemma for token in sentence)
        predicted.extend(lemmatize([token.form for token in sentence]))
    return score_lemmas(gold, predicted)


def read_conllu(path: Path) -> list[list[Token]]:
    """Parse a CoNLL-U file; OSError/ConlluError describe what went wrong."""
    try:
        with path.open(encoding="utf-8-sig") as handle:  # tolerate a BOM
            sentences = parse_conllu(handle)
    except UnicodeDecodeError as error:
        raise ConlluError(f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    if not sentences:
        raise ConlluError("no tokens found")
    return sentences


def run_lemmas(args) -> int:
    """CLI entry: score the lemmatiser on ``args.conllu``; exit code 0, or 2 on bad input."""
    path = Path(args.conllu)
    try:
        sentences = read_conllu(path)
    except FileNotFoundError:
        return _fail(f"{path}: file not found")
    except IsADirectoryError:
        return _fail(f"{path}: is a directory, expected a CoNLL-U file")
    except OSError as error:
        return _fail(f"{path}: cannot read ({error.strerror or error})")
    except ConlluError as error:
        return _fail(f"{path}: malformed CoNLL-U: {error}")

    from coding.nlp.lemmatizer import lemmatize_words

    score = evaluate_sentences(sentences, lemmatize_words)
    if args.json:
        print(json.dumps(score.as_dict()))
    else:
        print(f"{score.tokens} tokens, lemma accuracy {score.accuracy:.2%} ({path.name})")
    return 0


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2
