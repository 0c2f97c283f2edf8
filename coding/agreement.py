"""Inter-coder agreement figures with NLTK's agreement module. Pure: plain data in, figures out.

Input: {coder: {item: set of codes}}, one entry per item the coder judged (an empty set means "no code
applies"). Only items judged by every coder count. Per code, each coder's judgement of an item is
binary: the code is present or absent. For each code:

- percent agreement: the share of items on which two coders agree, averaged over all pairs of coders
  (NLTK ``avg_Ao``);
- Cohen's kappa: exactly two coders only (NLTK ``kappa``), else None;
- Krippendorff's alpha, nominal (NLTK ``alpha``), for two or more coders.

Overall: the unweighted mean of the per-code figures (macro-average) over the codes that at least one
coder used on the shared items. Codes nobody used would only add agreement about nothing.
"""

from dataclasses import dataclass
from itertools import combinations
from statistics import mean

PRESENT, ABSENT = "1", "0"


@dataclass(frozen=True)
class CodeAgreement:
    """The agreement on one code (or overall, with code "")."""

    code: str
    percent: float | None  # 0..1
    kappa: float | None
    alpha: float | None
    used_by: tuple[int, ...] = ()  # per coder, in coder order: items that got this code


@dataclass(frozen=True)
class Figures:
    """Agreement of a round: per code and overall."""

    coders: tuple[str, ...]
    items: int  # items every coder judged
    per_code: tuple[CodeAgreement, ...]
    overall: CodeAgreement

    @property
    def has_kappa(self) -> bool:
        """Cohen's kappa is only defined for exactly two coders."""
        return len(self.coders) == 2


def shared_items(codings: dict) -> list:
    """The items every coder judged, sorted."""
    sets = [set(items) for items in codings.values()]
    return sorted(set.intersection(*sets)) if sets else []


def figures(codings: dict, codes=None) -> Figures:
    """Agreement per code and overall; `codes` limits and orders the codes (default: all used, sorted)."""
    coders = tuple(codings)
    items = shared_items(codings) if len(coders) >= 2 else []
    used = {code for coder in coders for item in items for code in codings[coder][item]}
    wanted = [code for code in (codes if codes is not None else sorted(used)) if code in used]
    per_code = tuple(code_agreement(codings, coders, items, code) for code in wanted)
    return Figures(coders, len(items), per_code, _overall(per_code))


def code_agreement(codings: dict, coders, items, code) -> CodeAgreement:
    """The agreement of the coders on one code over the given items (binary present/absent)."""
    from nltk.metrics.agreement import AnnotationTask

    data = [(coder, str(item), PRESENT if code in codings[coder][item] else ABSENT)
            for coder in coders for item in items]
    task = AnnotationTask(data=data)
    used_by = tuple(sum(code in codings[coder][item] for item in items) for coder in coders)
    kappa = _safe(task.kappa) if len(coders) == 2 else None
    return CodeAgreement(code, _safe(task.avg_Ao), kappa, _safe(task.alpha), used_by)


def _safe(measure) -> float | None:
    try:
        return float(measure())
    except (ZeroDivisionError, ValueError):
        return None


def _overall(per_code) -> CodeAgreement:
    def average(name):
        values = [getattr(row, name) for row in per_code if getattr(row, name) is not None]
        return mean(values) if values else None

    return CodeAgreement("", average("percent"), average("kappa"), average("alpha"))


def disagreements(codings: dict) -> list:
    """The shared items on which the coders did not all give the same codes."""
    coders = list(codings)
    return [item for item in shared_items(codings)
            if any(codings[a][item] != codings[b][item] for a, b in combinations(coders, 2))]
