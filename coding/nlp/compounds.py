"""Dutch compounds: lemma = left part(s) without linking element + lemma of the head.

Alpino-style lemmas drop the linking ``s``/``en`` and put plural left parts
in the singular (vrouwenwijding -> vrouw_wijding, ontwikkelingslanden ->
ontwikkeling_land). We return the parts joined without the underscore.
"""

from __future__ import annotations

from functools import lru_cache

from coding.nlp import inflection, lexicon

_MIN_LEFT = 3
_MIN_HEAD = 3
# The lexicons hold many obscure short words that would split ordinary words
# (blessure -> bles+s+uur), so three-letter heads must be common nouns.
_SHORT_HEADS = frozenset({"lid", "dag", "weg"})
# Left parts that are prefixes rather than words of their own.
_PREFIXES = frozenset("ver ont her be ge on mis wan aarts oer".split())


@lru_cache(maxsize=100_000)
def compound_lemma(word: str, depth: int = 0) -> str | None:
    """Lemma of ``word`` read as a compound, or None if it does not split."""
    found = split_compound(word, depth)
    return found[0] + found[1] if found else None


def split_compound(word: str, depth: int = 0) -> tuple[str, str, bool] | None:
    """(left lemma, head lemma, whether a linking element or plural left part was removed)."""
    if depth > 2 or len(word) < _MIN_LEFT + _MIN_HEAD or not word.isalpha():
        return None
    # Longest head first: the head carries the inflection and the meaning.
    for split in range(_MIN_LEFT, len(word) - _MIN_HEAD + 1):
        if len(word) - split == _MIN_HEAD and word[split:] not in _SHORT_HEADS:
            continue
        head = head_lemma(word[split:])
        if head is None:
            continue
        left = _left_lemma(word[:split], depth)
        if left is not None:
            inner = split_compound(head, depth + 1) if len(head) >= 7 else None
            if inner and inner[2]:
                return left, inner[0] + inner[1], True  # raadslid inside gemeenteraadslid
            return left, head, left != word[:split]
    return None


def has_linking(word: str) -> bool:
    """Whether the compound analysis of ``word`` changes its left part (linking s/en)."""
    found = split_compound(word)
    return bool(found and found[2])


def head_lemma(head: str) -> str | None:
    """Lemma of a possible compound head: a known noun or adjective (or a form of one)."""
    if not lexicon.is_known(head):
        return None
    listed = inflection.listed_plural(head)
    if listed:
        return listed
    if lexicon.has_pos(head, "noun") or lexicon.has_pos(head, "adj"):
        return head
    return inflection.noun_singular(head) or inflection.adjective_base(head)


def _left_lemma(left: str, depth: int) -> str | None:
    if left in _PREFIXES:
        return None
    if lexicon.has_pos(left, "noun"):
        return left
    if left.endswith("en"):
        singular = _plural_left(left)  # vrouwenwijding, statenlid
        if singular:
            return singular
    if lexicon.is_lemma(left):
        return left
    if _linking_s(left):
        return left[:-1]  # vredesproces
    if left.endswith("s"):
        return compound_lemma(left[:-1], depth + 1)  # gemeenteraadslid
    return None


def _plural_left(left: str) -> str | None:
    # Both resources must agree that the left part is the plural of a noun.
    singular = inflection.noun_singular(left)
    if singular and lexicon.dictionary_lemma(left) == singular:
        return singular
    return None


def _linking_s(left: str) -> bool:
    stem = left[:-1]
    return (
        left.endswith("s")
        and len(stem) >= 4
        and lexicon.has_pos(stem, "noun")
        and lexicon.dictionary_lemma(left) in (None, stem)
    )
