"""Which answers are open for coding: the one place that decides it.

For now: open questions of finished interviews ("afgerond") of participants who did not withdraw.
When review arrives, only approved interviews will count; change `only_codable` and nothing else.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlmodel import select

from coding.errors import NotFound
from interviews.models import Answer, Consent, Guide, Interview, Participant, Question, Section

APPROVED_INTERVIEW = "goedgekeurd"  # Interview.review_status once the researcher approved it
CODABLE_QUESTION_KIND = "open"


@dataclass(frozen=True)
class CodableAnswer:
    """An answer with what a coder needs beside it."""

    answer: Answer
    question: Question
    section: Section
    participant: Participant
    interview: Interview


@dataclass(frozen=True)
class _ProjectParameter:
    """Stands in for a project in the rules below: its id is a parameter, so a query is built once."""

    id: object


ANY_PROJECT = _ProjectParameter(bindparam("project_id"))  # run such a query with params={"project_id": ...}


def _codable_select(project, *columns):
    """A SELECT of `columns` over the codable answers of a project."""
    return only_codable(select(*columns).select_from(Answer), project)


def only_codable(query, project):
    """`query`, which selects from answers (or joins them), kept to the codable answers (all rules live here).

    Joins the answer's interview, participant, question, section and guide.
    """
    return (
        query
        .join(Interview, Answer.interview_id == Interview.id)
        .join(Participant, Interview.participant_id == Participant.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Section, Question.section_id == Section.id)
        .join(Guide, Section.guide_id == Guide.id)
        .where(
            Interview.project_id == project.id,
            Participant.project_id == project.id,
            Interview.review_status == APPROVED_INTERVIEW,  # only approved interviews go on to coding and reports
            Participant.withdrawn_at.is_(None),
            Question.kind == CODABLE_QUESTION_KIND,
        )
    )


def codable_select(project, *columns):
    """A SELECT of `columns` over the codable answers, for queries that add their own conditions and order."""
    return _codable_select(project, *columns)


def codable_question_ids(db, project) -> list[int]:
    """The project's open questions in guide order (the first part of the coding order)."""
    return list(db.exec(_CODABLE_QUESTIONS, params={"project_id": project.id}))


_CODABLE_QUESTIONS = (
    select(Question.id).join(Section, Question.section_id == Section.id).join(Guide, Section.guide_id == Guide.id)
    .where(Guide.project_id == bindparam("project_id"), Question.kind == CODABLE_QUESTION_KIND)
    .order_by(Guide.version, Section.position, Question.position, Question.id)
)


def codable_answer_ids(project):
    """A sub-select of the ids of the codable answers, for `column.in_(...)` in other queries."""
    return _codable_select(project, Answer.id)


def _in_guide_order(query):
    return query.order_by(
        Guide.version, Section.position, Question.position, Question.id, Participant.number, Answer.id
    )


def codable_answers(db, project, among=None) -> list[CodableAnswer]:
    """The codable answers in guide order (question, then participant); `among`: only these ids (a sub-select)."""
    query = _in_guide_order(_codable_select(project, Answer, Question, Section, Participant, Interview))
    if among is not None:
        query = query.where(Answer.id.in_(among))
    return [CodableAnswer(*row) for row in db.exec(query)]


def codable_answer_order(db, project) -> list[int]:
    """The ids of the codable answers in guide order, without reading (decrypting) their text."""
    return list(db.exec(_in_guide_order(_codable_select(project, Answer.id))))


def codable_answer(db, project, answer_id: int) -> CodableAnswer:
    """One codable answer of the project; NotFound otherwise."""
    row = db.exec(_CODABLE_ANSWER, params={"project_id": project.id, "answer_id": answer_id}).first()
    if row is None:
        raise NotFound(_("Dit antwoord bestaat niet of is (nog) niet klaar om te coderen."))
    return CodableAnswer(*row)


_CODABLE_ANSWER = _codable_select(ANY_PROJECT, Answer, Question, Section, Participant, Interview).where(
    Answer.id == bindparam("answer_id"))


def quotes_allowed(db, participant_ids) -> set[int]:
    """The participants whose latest consent still allows quotes in reports."""
    ids = set(participant_ids)
    if not ids:
        return set()
    query = select(Consent).where(Consent.participant_id.in_(ids)).order_by(Consent.recorded_at, Consent.id)
    latest = {consent.participant_id: consent for consent in db.exec(query)}
    return {pid for pid, c in latest.items() if c.quotes_allowed and c.takes_part and c.withdrawn_at is None}


def codable_interviews(db, project) -> list[tuple[Interview, Participant]]:
    """The interviews (with their participant) that have at least one codable answer."""
    query = _codable_select(project, Interview, Participant).distinct().order_by(Interview.id)
    return list(db.exec(query))
