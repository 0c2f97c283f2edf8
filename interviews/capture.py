"""Holding an interview: start it, answer one question per screen, finish it."""

from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlmodel import select

from interviews import answers, flow, guides
from interviews.answers import Saved
from interviews.errors import ConsentMissing, InterviewError, InterviewFinished, NotFound
from interviews.models import Answer, Guide, Interview, Participant, Probe, Question, Section
from interviews.participants import valid_consent
from interviews.pii import pii_warnings
from interviews.questions import Choice, choices_for
from interviews.visibility import may_see, visible_only
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
    choices: list[Choice] = field(default_factory=list)  # empty for an open question

    @property
    def selected(self) -> set[str]:
        """The option values chosen so far (choice questions)."""
        return flow.selected(self.answer_text)


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


class SecondInterview(InterviewError):
    """The participant already had a finished interview: the key figure confirms before a second one starts."""


def start_interview(db, project, user, participant: Participant, *, ask_first: bool = False,
                    client_id: str | None = None, guide: Guide | None = None) -> Interview:
    """Start an interview along the current guide, or return this key figure's open draft.

    With `ask_first`, a participant who already had a finished interview gets no second one: SecondInterview.
    `client_id` is the tablet's id for an interview begun offline: sent again, it returns the same interview;
    `guide` is the version the tablet showed (default: the current one).
    """
    if client_id is not None and (earlier := _started_as(db, project, user, participant, client_id)):
        return earlier
    if valid_consent(db, participant) is None:
        raise ConsentMissing(_("Leg eerst de toestemming van de deelnemer vast."))
    query = select(Interview).where(
        Interview.participant_id == participant.id, Interview.key_figure_id == user.id, Interview.status == DRAFT)
    if client_id is not None:  # a draft begun on another tablet keeps its own id
        query = query.where(Interview.client_id.is_(None))
    draft = db.exec(query).first()
    if draft is not None:
        draft.client_id = client_id or draft.client_id
        return draft
    if ask_first and _has_finished(db, participant):
        raise SecondInterview(_("Deze deelnemer had al een gesprek. Wil je een tweede gesprek beginnen?"))
    guide = guide or guides.current_guide(db, project)
    if guide is None or not guides.ordered_questions(db, guide.id):
        raise InterviewError(_("De gespreksleidraad heeft nog geen vragen. Vraag de onderzoeker om die te maken."))
    interview = Interview(project_id=project.id, participant_id=participant.id, guide_id=guide.id,
                          key_figure_id=user.id, client_id=client_id)
    db.add(interview)
    db.flush()
    return interview


def _started_as(db, project, user, participant, client_id: str) -> Interview | None:
    interview = db.exec(select(Interview).where(Interview.client_id == client_id)).first()
    if interview is not None and (interview.project_id, interview.key_figure_id, interview.participant_id) != (
            project.id, user.id, participant.id):
        raise InterviewError(_("Dit gesprek is al begonnen met een andere deelnemer."))
    return interview


def _has_finished(db, participant) -> bool:
    return db.exec(select(Interview.id).where(
        Interview.participant_id == participant.id, Interview.status == FINISHED)).first() is not None


def interview_for(db, project, user, role: Role, interview_id: int) -> Interview:
    """An interview this user may see: a researcher any in the project, a key figure only their own."""
    interview = db.get(Interview, interview_id)
    visible = interview is not None and interview.project_id == project.id and may_see(
        role, user, interview.key_figure_id)
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
    answer = answers.find_answer(db, interview, question)
    participant = db.get(Participant, interview.participant_id)
    return Screen(
        interview=interview, participant=participant, section=section, question=question,
        probes=guides.probes_of(db, question), position=position, total=len(questions),
        answer_text=answer.text if answer else "", answer_version=answer.version if answer else 0,
        has_consent=valid_consent(db, participant) is not None, choices=choices_for(question),
    )


def save_answer(db, interview: Interview, position: int, text: str, expected_version: int | None = None,
                client_id: str | None = None) -> Saved:
    """Store the answer at this position and stay there: the one save for the script, the form and the link."""
    if interview.status != DRAFT:
        raise InterviewFinished(_("Dit gesprek is al afgerond. U kunt het niet meer veranderen."), interview.id)
    question = question_at(db, interview, position)
    if valid_consent(db, participant_of(db, interview)) is None:
        raise ConsentMissing(_("Er is geen geldige toestemming van deze deelnemer. Het antwoord is niet opgeslagen."))
    text = flow.checked_answer(question, answers.clean_text(text))
    saved = answers.store_answer(db, interview, question, text, expected_version, answers.check_client_id(client_id))
    if text and question.kind == "open":
        saved.warnings = pii_warnings(text)
    interview.position, interview.updated_at = position, utcnow()
    db.add(interview)
    return saved


def question_at(db, interview: Interview, position: int) -> Question:
    """The question at this position (0-based) of the interview's guide, or NotFound."""
    # One row, not the whole guide: this runs on every autosave.
    query = (
        select(Question).join(Section, Question.section_id == Section.id).where(Section.guide_id == interview.guide_id)
        .order_by(Section.position, Section.id, Question.position, Question.id).offset(max(position, 0)).limit(1)
    )
    question = db.exec(query).first() if position >= 0 else None
    if question is None:
        raise NotFound(_("Deze vraag bestaat niet in dit gesprek."))
    return question



def move(db, interview: Interview, position: int, go: str) -> int:
    """After saving, move to the previous or next question, or the overview; returns the new position."""
    total = len(guides.ordered_questions(db, interview.guide_id))
    target = {PREVIOUS: position - 1, NEXT: position + 1, STOP: position, OVERVIEW: total}.get(go, position)
    interview.position = flow.next_position(db, interview, target, -1 if go == PREVIOUS else 1)
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
    texts = {a.question_id: a.text for a in db.exec(select(Answer).where(Answer.interview_id == interview.id))}
    return [
        AnswerLine(position, section, question, texts.get(question.id, ""))
        for position, (section, question) in enumerate(guides.ordered_questions(db, interview.guide_id))
    ]


def interviews_for(db, project, user, role: Role) -> list[InterviewRow]:
    """The interviews this user may see, newest first: all for a researcher, their own for a key figure."""
    query = (
        select(Interview, Participant).join(Participant, Participant.id == Interview.participant_id)
        .where(Interview.project_id == project.id).order_by(Interview.started_at.desc(), Interview.id.desc())
    )
    query = visible_only(query, role, user, Interview.key_figure_id)
    if query is None:
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
