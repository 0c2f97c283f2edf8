"""What a round shows once it is closed: figures per code and overall, progress, and the disagreements.

`agreement_figures(db, project)` gives the figures of every closed round, for the report's appendix.
"""

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlmodel import select

from coding import agreement
from coding.agreement_rounds import coder_ids_of, sample_ids, sample_of
from coding.codebook import codes_of
from coding.corpus import CodableAnswer
from coding.models import AgreementCoding, AgreementJudgement, AgreementRound
from research.models import User


def coder_labels(db, found, anonymous: bool = False) -> dict[int | None, str]:
    """A unique label per coder id, in round order; None is the model. Anonymous: "Codeur 1", "Codeur 2"."""
    ids = coder_ids_of(db, found)
    users = {u.id: u for u in db.exec(select(User).where(User.id.in_(ids)))} if ids else {}
    labels: dict[int | None, str] = {}
    for number, user_id in enumerate(ids, start=1):
        label = _("Codeur %(number)d", number=number) if anonymous or user_id not in users else users[user_id].name
        labels[user_id] = label if label not in labels.values() else f"{label} ({number})"
    if found.include_model:
        labels[None] = _("Model %(version)s", version=found.model_version or "?")
    return labels


def round_codings(db, project, found, labels: dict) -> dict[str, dict[int, set[str]]]:
    """{coder label: {answer id: code names}} for the answers of the round that are still codable."""
    in_sample = sample_ids(db, project, found)
    names = {code.id: code.name for code in codes_of(db, project)}
    result: dict[str, dict[int, set[str]]] = {label: {} for label in labels.values()}
    query = (select(AgreementJudgement.coder_id, AgreementJudgement.answer_id, AgreementCoding.code_id)
             .outerjoin(AgreementCoding, AgreementCoding.judgement_id == AgreementJudgement.id)
             .where(AgreementJudgement.round_id == found.id))
    for coder_id, answer_id, code_id in db.exec(query):
        if coder_id in labels and answer_id in in_sample:
            codes = result[labels[coder_id]].setdefault(answer_id, set())
            if code_id in names:
                codes.add(names[code_id])
    return result


def round_figures(db, project, found, anonymous: bool = False) -> agreement.Figures:
    """The round's agreement per code (in codebook order) and overall."""
    codings = round_codings(db, project, found, coder_labels(db, found, anonymous))
    return agreement.figures(codings, [code.name for code in codes_of(db, project)])


@dataclass(frozen=True)
class CoderProgress:
    """How far one coder is: answers judged out of the sample."""

    label: str
    done: int
    total: int


def progress(db, project, found) -> list[CoderProgress]:
    """Per coder (and the model): how many answers of the sample they judged. Counts only: stays blind."""
    labels = coder_labels(db, found)
    codings = round_codings(db, project, found, labels)
    total = len(sample_ids(db, project, found))
    return [CoderProgress(label, len(codings[label]), total) for label in labels.values()]


@dataclass(frozen=True)
class Disagreement:
    """An answer on which the coders differ, with each coder's codes side by side."""

    item: CodableAnswer
    columns: list  # (coder label, [Code]) in coder order


def disagreement_rows(db, project, found) -> list[Disagreement]:
    """The answers judged by every coder on which their codes differ, for the discussion meeting."""
    labels = coder_labels(db, found)
    codings = round_codings(db, project, found, labels)
    codes = {code.name: code for code in codes_of(db, project)}
    order = list(codes)
    items = {item.answer.id: item for item in sample_of(db, project, found)}
    rows = []
    for answer_id in agreement.disagreements(codings):
        columns = [(label, [codes[n] for n in sorted(codings[label][answer_id], key=order.index)])
                   for label in labels.values()]
        rows.append(Disagreement(items[answer_id], columns))
    return rows


@dataclass(frozen=True)
class RoundFigures:
    """One closed round's figures, for the report (coders are anonymous: "Codeur 1", "Model v3")."""

    name: str
    closed_at: datetime
    includes_model: bool
    figures: agreement.Figures


def agreement_figures(db, project) -> list[RoundFigures]:
    """The figures of every closed agreement round of the project, oldest first."""
    query = (select(AgreementRound).where(AgreementRound.project_id == project.id,
                                          AgreementRound.closed_at.is_not(None)).order_by(AgreementRound.id))
    return [RoundFigures(found.name, found.closed_at, found.include_model, round_figures(db, project, found, True))
            for found in db.exec(query)]
