"""Storing one answer safely: a client id makes a retry harmless, a version refuses a stale write.

Every save carries a client id (a UUID made by the tablet, or by the server for a form). The answer row
keeps the id of the last save it took, so:

- the same id with the same text again (a retry after a lost reply, a double submit) is a success that
  changes nothing and returns the same version;
- the same id with another text is refused: an id names exactly one save;
- a save based on an older version than the stored one is refused with both texts, never applied.
"""

import re
from dataclasses import dataclass, field

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from interviews.errors import InterviewError, StaleAnswer
from interviews.models import Answer, Interview, Question
from research.timeutil import utcnow

CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")


@dataclass
class Saved:
    """The outcome of one save: the answer's version now (0: nothing stored) and whether it was a repeat."""

    version: int
    repeated: bool = False
    warnings: list[str] = field(default_factory=list)


class AnswerConflict(StaleAnswer):
    """The answer changed elsewhere; carries the stored text and version so both can be shown."""

    def __init__(self, current_text: str, current_version: int):
        super().__init__(_(
            "Dit antwoord is intussen op een ander apparaat veranderd. Beide teksten staan hieronder. "
            "Kies welke u bewaart: er is niets overschreven."
        ), field="text")
        self.current_text, self.current_version = current_text, current_version


def check_client_id(client_id: str | None) -> str | None:
    """A well-formed client id, None when absent; a malformed one is refused."""
    if client_id in (None, ""):
        return None
    if not CLIENT_ID.match(client_id):
        raise InterviewError(_("Dit antwoord kon niet worden opgeslagen. Laad de pagina opnieuw."))
    return client_id


def clean_text(text: str | None) -> str:
    """The answer as stored: line breaks as one character, blank as "", refused when over the limit."""
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


def find_answer(db, interview: Interview, question: Question) -> Answer | None:
    """The stored answer to this question in this interview, if any."""
    query = select(Answer).where(Answer.interview_id == interview.id, Answer.question_id == question.id)
    return db.exec(query).first()


def store_answer(db, interview: Interview, question: Question, text: str, base_version: int | None,
                 client_id: str | None) -> Saved:
    """Store a cleaned answer once; see the module docstring for retries and conflicts."""
    answer = find_answer(db, interview, question)
    if answer is not None and client_id and answer.client_id == client_id:
        return _repeat(answer, text)
    if answer is None:
        if base_version not in (None, 0):
            raise AnswerConflict("", 0)  # it was stored, then removed: never recreate it unseen
        return _insert(db, interview, question, text, client_id) if text else Saved(0)
    if answer.text == text:
        return Saved(answer.version)  # nothing to change, whatever the base
    if base_version is not None and base_version != answer.version:
        raise AnswerConflict(answer.text, answer.version)
    return _update(db, interview, question, answer, text, client_id)


def _repeat(answer: Answer, text: str) -> Saved:
    if answer.text != text:
        raise InterviewError(_(
            "Deze opslag is al eerder gedaan met een andere tekst. Er is niets veranderd. Laad de pagina opnieuw."
        ), field="text")
    return Saved(answer.version, repeated=True)


def _insert(db, interview, question, text: str, client_id: str | None) -> Saved:
    answer = Answer(interview_id=interview.id, question_id=question.id, text=text, client_id=client_id)
    db.add(answer)
    try:
        db.flush()
    except IntegrityError:
        db.rollback()
        return _after_clash(db, interview, question, text, client_id)
    return Saved(answer.version)


def _update(db, interview, question, answer: Answer, text: str, client_id: str | None) -> Saved:
    # A conditional UPDATE: if another request changed the row since we read it, no row matches.
    new_version = answer.version + 1
    statement = (
        update(Answer).where(Answer.id == answer.id, Answer.version == answer.version)
        .values(text=text, version=new_version, client_id=client_id, updated_at=utcnow())
    )
    try:
        changed = db.exec(statement).rowcount
    except IntegrityError:
        db.rollback()
        return _after_clash(db, interview, question, text, client_id)
    if changed != 1:
        db.expire(answer)
        raise AnswerConflict(answer.text, answer.version)
    db.expire(answer)  # one row changed where the version was ours: it is now new_version, no need to read it back
    return Saved(new_version)


def _after_clash(db, interview, question, text: str, client_id: str | None) -> Saved:
    # Another request stored something at the same moment: our own twin is a repeat, anything else a conflict.
    answer = find_answer(db, interview, question)
    if answer is not None and client_id and answer.client_id == client_id:
        return _repeat(answer, text)
    if answer is None:  # the client id belongs to another answer
        raise InterviewError(_("Dit antwoord kon niet worden opgeslagen. Laad de pagina opnieuw."))
    if answer.text == text:
        return Saved(answer.version)
    raise AnswerConflict(answer.text, answer.version)
