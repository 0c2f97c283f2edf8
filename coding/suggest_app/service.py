"""Suggestions on the answer page: show them, accept one (a real coding with its origin), reject one
(remembered per answer and code), and tell where each coding came from."""

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlmodel import func, select

from coding.codebook import code_for, codes_of
from coding.errors import CodingError
from coding.models import Code, Coding, RejectedSuggestion, Segment
from coding.segments import code_span, coder_ids, codings_of_answer
from coding.suggest_app import scoring
from coding.suggest_app.combine import KEYWORD, MODEL, ShownSuggestion
from coding.suggest_app.training import TrainingStatus, training_status
from research.users import user_names

MAX_SHOWN = 8  # and at most this many suggestions in all: keywords can match a lot
MANUAL = "handmatig"


def answer_suggestions(db, project, answer, codes=None, coded=None) -> tuple[list[ShownSuggestion], str]:
    """The suggestions for an answer and the label of the model they came from ("": keywords only).

    Read from what the background job stored (coding.suggest_app.scoring); only when nothing is stored for
    this version of the answer yet (data from before stored suggestions, or the job is still queued) are
    they worked out here, without storing them: a GET changes nothing.
    """
    codes = codes_of(db, project) if codes is None else codes
    coded = coded_code_ids(db, answer.id) if coded is None else coded
    skip = coded | rejected_code_ids(db, answer.id)
    stored = scoring.stored_suggestions(db, answer, codes, skip)
    if stored is None:
        found, label = scoring.compute_hits(db, project, [answer])
        stored = [s for s in found[0] if s.code_id not in skip], label
    shown, label = stored
    return shown[:MAX_SHOWN], label


def coded_code_ids(db, answer_id: int) -> set[int]:
    """The codes already on some fragment of the answer."""
    query = select(Coding.code_id).join(Segment, Coding.segment_id == Segment.id).where(Segment.answer_id == answer_id)
    return set(db.exec(query))


def rejected_code_ids(db, answer_id: int) -> set[int]:
    """The codes a researcher rejected for this answer."""
    return set(db.exec(_REJECTED, params={"answer_id": answer_id}))


_REJECTED = select(RejectedSuggestion.code_id).where(RejectedSuggestion.answer_id == bindparam("answer_id"))


def accept_suggestion(db, project, item, user, code_id: int) -> Segment:
    """Code the suggestion's sentence with its code, marked with its origin (and model version)."""
    shown, label = answer_suggestions(db, project, item.answer)
    chosen = next((s for s in shown if s.code_id == code_id), None)
    if chosen is None:
        raise CodingError(_("Deze suggestie is er niet meer. Misschien is het model net opnieuw getraind. "
                            "Kijk naar de suggesties op de pagina."))
    segment = code_span(db, project, item.answer, user, [code_id], start=chosen.start, end=chosen.end)
    coding = db.exec(select(Coding).where(Coding.segment_id == segment.id, Coding.code_id == code_id)).one()
    coding.origin = chosen.origin
    coding.model_version = label if chosen.origin == MODEL else ""
    db.add(coding)
    db.flush()
    return segment


def reject_suggestion(db, project, item, user, code_id: int) -> RejectedSuggestion:
    """Remember that this code does not fit this answer; it is not suggested there again."""
    code = code_for(db, project, code_id)
    query = select(RejectedSuggestion).where(RejectedSuggestion.answer_id == item.answer.id,
                                             RejectedSuggestion.code_id == code.id)
    rejection = db.exec(query).first() or RejectedSuggestion(answer_id=item.answer.id, code_id=code.id,
                                                             by_id=user.id)
    db.add(rejection)
    db.flush()
    return rejection


@dataclass(frozen=True)
class Provenance:
    """Where one coding on the answer came from."""

    text: str
    code: Code
    origin: str
    description: str
    created_at: datetime


def describe_origin(origin: str, model_version: str, coder_name: str) -> str:
    """One line on a coding's origin: by hand, or which suggestion and who accepted it."""
    if origin == MODEL:
        return _("Voorgesteld door model %(version)s, geaccepteerd door %(name)s",
                 version=model_version or "?", name=coder_name)
    if origin == KEYWORD:
        return _("Voorgesteld door een zoekwoord, geaccepteerd door %(name)s", name=coder_name)
    return _("Met de hand gecodeerd door %(name)s", name=coder_name)


def provenance(codings, names: dict[int, str]) -> list[Provenance]:
    """Every coding on the answer, in text order, with its origin and coder.

    `codings`: the rows of `coding.segments.codings_of_answer`; `names`: the coders' names by user id.
    """
    return [Provenance(segment.text, code, coding.origin or MANUAL,
                       describe_origin(coding.origin, coding.model_version, names.get(coding.coder_id, _("onbekend"))),
                       coding.created_at) for segment, coding, code in codings if coding is not None]


@dataclass(frozen=True)
class AnswerPanel:
    """What the suggestions partial on the answer page shows."""

    status: TrainingStatus
    suggestions: list[ShownSuggestion]
    provenance: list[Provenance]


def answer_panel(db, project, answer, codes=None, codings=None, names=None) -> AnswerPanel:
    """Training status, suggestions and provenance for one answer.

    `codes` (the codebook), `codings` (`codings_of_answer`) and `names` (`user_names` of their `coder_ids`):
    when the caller has them already.
    """
    codings = codings_of_answer(db, answer.id) if codings is None else codings
    names = user_names(db, coder_ids(codings)) if names is None else names
    status = training_status(db, project)
    coded = {code.id for _segment, _coding, code in codings if code is not None}
    shown, _label = answer_suggestions(db, project, answer, codes, coded)
    return AnswerPanel(status, shown, provenance(codings, names))


def origin_counts(db, project) -> dict[str, int]:
    """How many codings of the project were made by hand, from the model and from keywords; and rejections."""
    query = (select(Coding.origin, func.count()).join(Code, Coding.code_id == Code.id)
             .where(Code.project_id == project.id).group_by(Coding.origin))
    counts = {MANUAL: 0, MODEL: 0, KEYWORD: 0, **dict(db.exec(query).all())}
    rejected = (select(func.count()).select_from(RejectedSuggestion).join(Code, RejectedSuggestion.code_id == Code.id)
                .where(Code.project_id == project.id))
    counts["afgewezen"] = db.exec(rejected).one()
    return counts
