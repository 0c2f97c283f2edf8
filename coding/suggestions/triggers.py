"""Find the sentence of an answer that triggered a suggested code."""

import numpy as np
import scipy.sparse as sp

from coding.suggestions.features import Featurizer
from coding.suggestions.keywords import NamePrior
from coding.suggestions.text import split_sentences

Span = tuple[int, int]
Picks = list[list[tuple[int, float]]]  # per text: (code index, score), best first


def trigger_spans(texts: list[str], picks: Picks, featurizer: Featurizer,
                  ridge_values, names: NamePrior) -> list[list[Span]]:
    """Per text and picked code, the (start, end) of the sentence scoring highest for it.

    `ridge_values(rows, codes)` gives the model's ridge values of sentence rows for those codes.
    """
    spans = [split_sentences(text) or [(0, len(text))] for text in texts]
    # Only answers with a suggestion and more than one sentence need scoring.
    todo = [i for i, chosen in enumerate(picks) if chosen and len(spans[i]) > 1]
    sentences = [texts[i][s:e] for i in todo for s, e in spans[i]]
    owner = np.array([i for i in todo for _ in spans[i]], dtype=np.int64)
    codes = sorted({j for chosen in picks for j, _ in chosen})
    values = _sentence_values(sentences, codes, featurizer, ridge_values, names)
    column = {code: k for k, code in enumerate(codes)}
    result = [[spans[i][0]] * len(chosen) for i, chosen in enumerate(picks)]
    for i in todo:
        mine = values[owner == i]
        result[i] = [spans[i][int(mine[:, column[j]].argmax())] for j, _ in picks[i]]
    return result


def _sentence_values(sentences: list[str], codes: list[int], featurizer: Featurizer,
                     ridge_values, names: NamePrior) -> np.ndarray:
    if not sentences or not codes:
        return np.zeros((len(sentences), len(codes)))
    rows: sp.csr_matrix = featurizer.transform(sentences)
    # Ridge says how typical a sentence is for the code; the name cosine lets a
    # sentence that literally names the code win a close call.
    return ridge_values(rows, codes) + names.cosine(rows)[:, codes]
