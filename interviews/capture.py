"""Holding an interview: start it, answer one question per screen, finish it."""

from dataclasses import dataclass, field

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from interviews import guides
from interviews.errors import ConsentMissing, InterviewError, InterviewFinished, NotFound, StaleAnswer
from interviews.models import Answer, Interview, Participant, Probe, Question, Section
from interviews.participants import valid_consent
from research.models import User
from research.roles import Role
from research.timeutil import utcnow

DRAFT, FINISHED = "concept", "afgerond"
PREVIOUS, NEXT, STOP, OVERVIEW = "vorige", "volgende", "stoppen", "overzicht"


@dataclass
class Screen:
    """What one capture screen shows: a question, its probes and note, and the saved answer."""

    interview: Interview
    participant: Participant
    section: Section
    question: Question
    probes: list[Probe]
    position: int
    total: int
    answer_text: str = ""
    answer_version: int = 0
    has_consent: bool = True


@dataclass
class AnswerLine:
    """One question of an interview with its answer ("" when skipped or not reached)."""

    position: int
    section: Section
    question: Question
    text: str = ""


@dataclass
class InterviewRow:
    """An interview in a list, with its participant, key figure and progress."""

    interview: Interview
    participant: Participant
    key_figure: User | None
    answered: int
    total: int
    resume_position: int = field(default=0)


def start_interview(db, project, user, participant: Participant) -> Interview:
    """Start an interview along the current guide, or return this key figure's open draft."""
    if valid_consent(db, participant) is None:
        raise ConsentMissing(_("Leg eerst de toestemming van de deelnemer vast."))
    draft = db.exec(select(Interview).where(
        Interview.participant_id == participant.id, Interview.key_figure_id == user.id, Interview.status == DRAFT,
    )).first()
    if draft is not None:
        return draft
    guide = guides.current_guide(db, project)
    if guide is None or not guides.ordered_questions(db, guide.id):
        raise InterviewError(_("De gespreksleidraad heeft nog geen vragen. Vraag de onderzoeker om die te maken."))
    interview = Interview(project_id=project.id, participant_id=participant.id, guide_id=guide.id,
                          key_figure_id=user.id)
    db.add(interview)
    db.flush()
    return interview


def interview_for(db, project, user, role: Role, interview_id: int) -> Interview:
    """An interview this user may see: a researcher any in the project, a key figure only their own."""
    interview = db.get(Interview, interview_id)
    visible = interview is not None and interview.project_id == project.id and (
        role == Role.RESEARCHER or (role == Role.KEY_FIGURE and interview.key_figure_id == user.id)
    )
    if not visible:
        raise NotFound(_("Dit gesprek bestaat niet, of u mag het niet zien."))
    return interview


def draft_for(db, project, user, interview_id: int) -> Interview:
    """The key figure's own interview, as long as it is not finished."""
    interview = interview_for(db, project, user, Role.KEY_FIGURE, interview_id)
    if interview.status != DRAFT:
        raise InterviewFinished(_("Dit gesprek is al afgerond. U kunt het niet meer veranderen."), interview.id)
    return interview


def screen_at(db, interview: Interview, position: int) -> Screen:
    """The question at this position (0-based) with its probes and saved answer, or NotFound."""
    questions = guides.ordered_questions(db, interview.guide_id)
    if not 0 <= position < len(questions):
        raise NotFound(_("Deze vraag bestaat niet in dit gesprek."))
    section, question = questions[position]
    answer = _answer(db, interview, question)
    participant = db.get(Participant, interview.participant_id)
    return Screen(
        interview=interview, participant=participant, section=section, question=question,
        probes=guides.probes_of(db, question), position=position, total=len(questions),
        answer_text=answer.text if answer else "", answer_version=answer.version if answer else 0,
        has_consent=valid_consent(db, participant) is not None,
    )


def save_answer(db, interview: Interview, position: int, text: str, expected_version: int | None = None) -> int:
    """Store the answer at this position and stay there; returns the answer's version (0: nothing stored)."""
    if interview.status != DRAFT:
        raise InterviewFinished(_("Dit gesprek is al afgerond. U kunt het niet meer veranderen."), interview.id)
    screen = screen_at(db, interview, position)
    if not screen.has_consent:
        raise ConsentMissing(_("Er is geen geldige toestemming van deze deelnemer. Het antwoord is niet opgeslagen."))
    text = _clean(text)
    answer = _answer(db, interview, screen.question)
    version = _store(db, interview, screen.question, answer, text, expected_version)
    interview.position, interview.updated_at = position, utcnow()
    db.add(interview)
    return version


def step(db, interview: Interview, position: int, text: str, expected_version: int | None, go: str) -> int:
    """Save the answer, then move to the previous or next question; returns the new position."""
    save_answer(db, interview, position, text, expected_version)
    total = len(guides.ordered_questions(db, interview.guide_id))
    target = {PREVIOUS: position - 1, NEXT: position + 1, STOP: position, OVERVIEW: total}.get(go, position)
    interview.position = max(0, min(target, total))
    db.add(interview)
    return interview.position


def finish_interview(db, interview: Interview) -> Interview:
    """Mark a draft interview as finished."""
    if interview.status != DRAFT:
        raise InterviewFinished(_("Dit gesprek is al afgerond."), interview.id)
    interview.status, interview.finished_at = FINISHED, utcnow()
    interview.updated_at = interview.finished_at
    db.add(interview)
    return interview


def answer_lines(db, interview: Interview) -> list[AnswerLine]:
    """Every question of the interview's guide in order, with its answer text ("" when none)."""
    answers = {a.question_id: a.text for a in db.exec(select(Answer).where(Answer.interview_id == interview.id))}
    return [
        AnswerLine(position, section, question, answers.get(question.id, ""))
        for position, (section, question) in enumerate(guides.ordered_questions(db, interview.guide_id))
    ]


def interviews_for(db, project, user, role: Role) -> list[InterviewRow]:
    """The interviews this user may see, newest first: all for a researcher, their own for a key figure."""
    query = (
        select(Interview, Participant).join(Participant, Participant.id == Interview.participant_id)
        .where(Interview.project_id == project.id).order_by(Interview.started_at.desc(), Interview.id.desc())
    )
    if role == Role.KEY_FIGURE:
        query = query.where(Interview.key_figure_id == user.id)
    elif role != Role.RESEARCHER:
        return []
    rows = list(db.exec(query))
    answered = _answered_counts(db, [interview.id for interview, _p in rows])
    totals = {}
    for interview, _p in rows:
        if interview.guide_id not in totals:
            totals[interview.guide_id] = len(guides.ordered_questions(db, interview.guide_id))
    return [
        InterviewRow(interview, participant, key_figure_of(db, interview), answered.get(interview.id, 0),
                     totals[interview.guide_id], min(interview.position, totals[interview.guide_id]))
        for interview, participant in rows
    ]


def participant_of(db, interview: Interview) -> Participant:
    """The participant an interview was held with."""
    return db.get(Participant, interview.participant_id)


def key_figure_of(db, interview: Interview) -> User | None:
    """The key figure who held an interview."""
    return db.get(User, interview.key_figure_id) if interview.key_figure_id else None


def interviews_of_participant(db, participant: Participant) -> list[Interview]:
    """A participant's interviews, oldest first."""
    return list(db.exec(select(Interview).where(Interview.participant_id == participant.id).order_by(Interview.id)))


def _answered_counts(db, interview_ids: list[int]) -> dict[int, int]:
    # Answer text is encrypted, so "not empty" can only be decided after loading.
    counts: dict[int, int] = {}
    if not interview_ids:
        return counts
    for interview_id, text in db.exec(select(Answer.interview_id, Answer.text).where(
            Answer.interview_id.in_(interview_ids))):
        if text.strip():
            counts[interview_id] = counts.get(interview_id, 0) + 1
    return counts


def _clean(text: str | None) -> str:
    # Browsers send line breaks as \r\n; count and store them as one character.
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return ""
    limit = current_app.config["MAX_ANSWER_CHARS"]
    if len(text) > limit:
        raise InterviewError(_(
            "Dit antwoord is te lang: %(length)d tekens. Er passen hoogstens %(limit)d tekens in. "
            "Maak het antwoord korter; er is niets opgeslagen.", length=len(text), limit=limit,
        ), field="text")
    return text


def _answer(db, interview: Interview, question: Question) -> Answer | None:
    query = select(Answer).where(Answer.interview_id == interview.id, Answer.question_id == question.id)
    return db.exec(query).first()


def _store(db, interview, question, answer: Answer | None, text: str, expected_version: int | None) -> int:
    if answer is None:
        if expected_version not in (None, 0):
            raise _stale()
        if not text:
            return 0  # a skipped question needs no row
        answer = Answer(interview_id=interview.id, question_id=question.id, text=text)
        db.add(answer)
        try:
            db.flush()
        except IntegrityError:
            # Another request stored this answer a moment ago: do not overwrite it unseen.
            db.rollback()
            raise _stale() from None
        return answer.version
    if answer.text == text:
        return answer.version  # nothing changed (also a repeated autosave after a lost reply)
    if expected_version is not None and expected_version != answer.version:
        raise _stale()
    answer.text, answer.version, answer.updated_at = text, answer.version + 1, utcnow()
    db.add(answer)
    return answer.version


def _stale() -> StaleAnswer:
    return StaleAnswer(_(
        "Dit antwoord is intussen ergens anders veranderd. Uw tekst staat hieronder nog. "
        "Kijk hem na en sla opnieuw op: dan vervangt uw tekst de andere."
    ), field="text")
