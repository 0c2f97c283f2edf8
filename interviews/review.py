"""The researcher reviews finished interviews: approved ones go on to coding and reports.

`analysis_interviews` is the interview list for analysis: finished, approved, participant not withdrawn.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import select

from interviews.errors import InterviewError
from interviews.models import Interview, Participant
from research.models import User
from research.timeutil import utcnow

FINISHED = "afgerond"
OPEN, APPROVED, ATTENTION = "open", "goedgekeurd", "aandacht"
REVIEW_LABELS = {OPEN: _l("Nog niet beoordeeld"), APPROVED: _l("Goedgekeurd"), ATTENTION: _l("Aandacht nodig")}
MAX_COMMENT = 2000


@dataclass
class ReviewRow:
    """A finished interview with its participant and key figure, for the review lists."""

    interview: Interview
    participant: Participant
    key_figure: User | None


def _finished(project):
    return (
        select(Interview, Participant, User)
        .join(Participant, Participant.id == Interview.participant_id)
        .outerjoin(User, User.id == Interview.key_figure_id)
        .where(Interview.project_id == project.id, Interview.status == FINISHED, Participant.withdrawn_at.is_(None))
        .order_by(Interview.finished_at.desc(), Interview.id.desc())
    )


def review_rows(db, project) -> list[ReviewRow]:
    """Finished interviews of participants who did not withdraw: not yet reviewed first."""
    rows = [ReviewRow(*row) for row in db.exec(_finished(project))]
    order = {OPEN: 0, ATTENTION: 1, APPROVED: 2}
    return sorted(rows, key=lambda row: order.get(row.interview.review_status, 0))


def feedback_rows(db, project, user) -> list[ReviewRow]:
    """A key figure's reviewed interviews, with the researcher's comment."""
    query = _finished(project).where(Interview.key_figure_id == user.id, Interview.review_status != OPEN)
    return [ReviewRow(*row) for row in db.exec(query)]


def analysis_interviews(db, project) -> list[tuple[Interview, Participant]]:
    """The interviews that count for analysis and reports: finished, approved, participant not withdrawn."""
    query = _finished(project).where(Interview.review_status == APPROVED)
    return [(interview, participant) for interview, participant, _user in db.exec(query)]


def review_interview(db, interview: Interview, participant: Participant, user, *, status: str,
                     comment: str) -> bool:
    """Mark a finished interview approved or needing attention; False when nothing changed (a repeat)."""
    if interview.status != FINISHED:
        raise InterviewError(_("Dit gesprek is nog niet afgerond. U kunt het pas daarna beoordelen."))
    if participant.withdrawn_at is not None:
        raise InterviewError(_("Deze deelnemer heeft de toestemming ingetrokken. Het gesprek telt niet meer mee."))
    if status not in (APPROVED, ATTENTION):
        raise InterviewError(_("Kies goedgekeurd of aandacht nodig."), field="status")
    comment = (comment or "").replace("\r\n", "\n").strip()
    if len(comment) > MAX_COMMENT:
        raise InterviewError(_("Gebruik hoogstens %(n)d tekens.", n=MAX_COMMENT), field="comment")
    if status == ATTENTION and not comment:
        raise InterviewError(_("Schrijf op waar de sleutelfiguur naar moet kijken."), field="comment")
    if (interview.review_status, interview.review_comment) == (status, comment):
        return False
    interview.review_status, interview.review_comment = status, comment
    interview.reviewed_by_id, interview.reviewed_at = user.id, utcnow()
    db.add(interview)
    return True
