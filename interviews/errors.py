"""Domain errors of the interviews package; their messages are for the user (Dutch, B1)."""


class InterviewError(ValueError):
    """A request that cannot be carried out; `field` names the form field it is about, if any."""

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(LookupError):
    """The object does not exist, or this user may not see it (both answer 404, never a form error)."""


class GuideError(InterviewError):
    """The guide cannot be changed like this."""


class ParticipantError(InterviewError):
    """The participant or their consent cannot be saved like this."""


class ConsentMissing(InterviewError):
    """There is no valid consent, so no answer may be stored."""


class InterviewFinished(InterviewError):
    """The interview is finished and can no longer be changed."""

    def __init__(self, message, interview_id: int):
        super().__init__(message)
        self.interview_id = interview_id


class StaleAnswer(InterviewError):
    """The answer changed elsewhere since this screen was opened."""
