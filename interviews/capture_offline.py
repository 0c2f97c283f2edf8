"""What a key figure did on a tablet without a network, sent later: participant, consent, interview, answers.

The tablet names each new participant and interview with its own id (a UUID), because there is no server
id yet. Every verb here is idempotent by that id: a resend after a lost reply finds the row made the first
time and never makes a second one. The tablet sends them in this order, one at a time.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import update
from sqlmodel import select

from interviews import capture, guides, participants
from interviews.answers import CLIENT_ID, Saved
from interviews.errors import InterviewError, NotFound, ParticipantError
from interviews.models import Consent, Guide, Interview, Participant, Question
from interviews.questions import choices_for, condition_parts, condition_values


@dataclass
class OfflineQuestion:
    """One question as the offline page shows it, with the show-if parts it needs (all must hold)."""

    position: int
    section_title: str
    question: Question
    probes: list[str]
    choices: list
    show_if: list[dict]


def _checked(client_id: str | None) -> str:
    if not client_id or not CLIENT_ID.match(client_id):
        raise ParticipantError(_("Dit kon niet worden opgeslagen: de code van het apparaat ontbreekt."))
    return client_id


def register(db, project, user, client_id: str | None, **fields) -> Participant:
    """Register a participant made offline; the same client id again returns the same participant."""
    return participants.register_participant(db, project, user, request_id=_checked(client_id), **fields)


def participant_by_client_id(db, project, user, client_id: str | None) -> Participant:
    """The key figure's own participant with this client id, or NotFound."""
    participant = db.exec(select(Participant).where(Participant.request_id == _checked(client_id))).first()
    if participant is None or (participant.project_id, participant.created_by_id) != (project.id, user.id):
        raise NotFound(_("Deze deelnemer bestaat niet, of u mag deze deelnemer niet zien."))
    return participant


def record_consent(db, project, user, participant_client_id: str | None, **fields) -> tuple[Consent, bool]:
    """Record the consent given offline; (consent, new). The same consent again records nothing new."""
    participant = participant_by_client_id(db, project, user, participant_client_id)
    _hold(db, participant)
    previous = participants.valid_consent(db, participant)
    consent = participants.record_consent(db, participant, user, **fields)
    return consent, consent is not previous


def _hold(db, participant) -> None:
    """Take the participant's row for this transaction: the same consent or start sent again at the same moment (a
    second tab, a resend while the first post still runs) waits here and then finds the first, instead of adding
    a second consent or failing on the interview's client id.
    An update that changes nothing still takes SQLite's write lock and PostgreSQL's row lock."""
    db.execute(update(Participant).where(Participant.id == participant.id).values(number=Participant.number))


def start(db, project, user, participant_client_id: str | None, client_id: str | None,
          guide_id: int | None) -> Interview:
    """Start the interview begun offline, along the guide version the tablet showed."""
    participant = participant_by_client_id(db, project, user, participant_client_id)
    _hold(db, participant)
    guide = db.get(Guide, guide_id) if guide_id else None
    if guide is None or guide.project_id != project.id:
        raise InterviewError(_("Deze gespreksleidraad bestaat niet meer. Vraag de onderzoeker om hulp."))
    return capture.start_interview(db, project, user, participant, ask_first=True, client_id=_checked(client_id),
                                   guide=guide)


def interview_by_client_id(db, project, user, client_id: str | None) -> Interview:
    """The key figure's own interview with this client id, or NotFound."""
    interview = db.exec(select(Interview).where(Interview.client_id == _checked(client_id))).first()
    if interview is None or (interview.project_id, interview.key_figure_id) != (project.id, user.id):
        raise NotFound(_("Dit gesprek bestaat niet, of u mag het niet zien."))
    return interview


def save_answer(db, project, user, interview_client_id: str | None, position: int, text: str,
                version: int | None, client_id: str | None) -> tuple[Interview, Saved]:
    """Store one answer of an interview begun offline (same rules as online: versions, client ids)."""
    interview = interview_by_client_id(db, project, user, interview_client_id)
    return interview, capture.save_answer(db, interview, position, text, version, client_id)


def offline_questions(db, guide: Guide) -> list[OfflineQuestion]:
    """Every question of a guide version in order, ready to be shown without a network."""
    return [
        OfflineQuestion(position, section.title, question, [p.text for p in guides.probes_of(db, question)],
                        choices_for(question), [{"key": part["question_key"], "values": condition_values(part)}
                                                for part in condition_parts(question.show_if)])
        for position, (section, question) in enumerate(guides.ordered_questions(db, guide.id))
    ]
