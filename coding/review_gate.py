"""Why an answer cannot be coded yet: its interview still waits for the review (coding.corpus keeps it out)."""

from sqlmodel import select

from interviews.models import Answer, Interview, Participant
from interviews.review import APPROVED


def interview_awaiting_review(db, project, answer_id: int) -> Interview | None:
    """The interview of this project's answer when only the review keeps it from coding; None otherwise."""
    query = (select(Interview).join(Answer, Answer.interview_id == Interview.id)
             .join(Participant, Interview.participant_id == Participant.id)
             .where(Answer.id == answer_id, Interview.project_id == project.id,
                    Participant.project_id == project.id, Participant.withdrawn_at.is_(None)))
    interview = db.exec(query).first()
    return interview if interview is not None and interview.review_status != APPROVED else None
