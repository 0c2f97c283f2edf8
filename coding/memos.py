"""Memos: a researcher's notes on a code, an answer or the whole project (text encrypted at rest)."""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlmodel import select

from coding.codebook import code_for
from coding.corpus import codable_answer
from coding.errors import CodingError, NotFound
from coding.models import Memo
from research.models import User
from research.timeutil import utcnow

PROJECT, CODE, ANSWER = "project", "code", "answer"
KINDS = (PROJECT, CODE, ANSWER)
MAX_MEMO_CHARS = 10_000


@dataclass(frozen=True)
class MemoRow:
    """A memo with its author's name, for display."""

    memo: Memo
    author: str


def check_target(db, project, target_type: str, target_id) -> int | None:
    """The target's id when it exists in this project (None for the project itself); NotFound otherwise."""
    if target_type == PROJECT:
        return None
    try:
        number = int(target_id)
    except (TypeError, ValueError):
        raise NotFound(_("Waar hoort deze memo bij? Dat is niet goed doorgekomen.")) from None
    if target_type == CODE:
        return code_for(db, project, number).id
    if target_type == ANSWER:
        return codable_answer(db, project, number).answer.id
    raise NotFound(_("Waar hoort deze memo bij? Dat is niet goed doorgekomen."))


def _clean(text: str) -> str:
    cleaned = (text or "").replace("\r\n", "\n").strip()
    if not cleaned:
        raise CodingError(_("De memo is leeg. Schrijf eerst iets op."), field="text")
    if len(cleaned) > MAX_MEMO_CHARS:
        raise CodingError(_("De memo is te lang. Maak hem korter dan %(n)d tekens.", n=MAX_MEMO_CHARS),
                          field="text")
    return cleaned


def create_memo(db, project, author, target_type: str, target_id, text: str) -> Memo:
    """Write a new memo on the project, a code or an answer of this project."""
    target = check_target(db, project, target_type, target_id)
    memo = Memo(project_id=project.id, author_id=author.id, target_type=target_type, target_id=target,
                text=_clean(text))
    db.add(memo)
    db.flush()
    return memo


def update_memo(db, memo: Memo, text: str) -> Memo:
    """Change a memo's text."""
    memo.text, memo.updated_at = _clean(text), utcnow()
    db.add(memo)
    db.flush()
    return memo


def delete_memo(db, memo: Memo) -> None:
    """Remove a memo."""
    db.delete(memo)
    db.flush()


def memo_for(db, project, memo_id) -> Memo:
    """One memo of this project; NotFound otherwise (also for a malformed id)."""
    try:
        memo = db.get(Memo, int(memo_id))
    except (TypeError, ValueError):
        memo = None
    if memo is None or memo.project_id != project.id:
        raise NotFound(_("Deze memo bestaat niet in dit project."))
    return memo


def memos_on(db, project, target_type: str, target_id=None) -> list[MemoRow]:
    """The memos on one target (or all memos of a kind when target_id is None), newest first."""
    query, params = _MEMOS_OF_KIND, {"project_id": project.id, "target_type": target_type}
    if target_id is not None:
        query, params["target_id"] = _MEMOS_ON_TARGET, target_id
    return [MemoRow(memo, user.name if user else _("onbekend")) for memo, user in db.exec(query, params=params)]


_MEMOS_OF_KIND = (select(Memo, User).outerjoin(User, Memo.author_id == User.id)
                  .where(Memo.project_id == bindparam("project_id"), Memo.target_type == bindparam("target_type"))
                  .order_by(Memo.updated_at.desc(), Memo.id.desc()))
_MEMOS_ON_TARGET = _MEMOS_OF_KIND.where(Memo.target_id == bindparam("target_id"))
