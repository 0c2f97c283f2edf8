"""Previous, next and next-open answer for the coding page, each found with a LIMIT 1 query.

The coding order is guide order (coding.corpus): question by question, and within a question participant
by participant. A step looks in the answer's own question first and then question by question, so a page
view reads a handful of rows from the answers index instead of the whole project.
"""

from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, literal_column, union_all
from sqlmodel import and_, exists, or_, select

from coding.corpus import ANY_PROJECT, codable_question_ids, codable_select
from coding.models import Segment
from interviews.models import Answer, Participant


@dataclass(frozen=True)
class Neighbours:
    """The answers the coding page links to (None: there is none)."""

    previous_id: int | None
    next_id: int | None
    next_open_id: int | None


def neighbours(db, project, item) -> Neighbours:
    """The codable answers before and after `item` in coding order, and the next one without segments
    (after it, else from the start again)."""
    questions = codable_question_ids(db, project)
    here = questions.index(item.question.id) if item.question.id in questions else len(questions)
    key = (item.participant.number, item.answer.id)
    own = questions[here:here + 1]
    near = _in_own_question(db, project, own[0], key) if own else {}
    previous = near.get(_PREVIOUS) or _first(db, project, reversed(questions[:here]), descending=True)
    following = near.get(_NEXT) or _first(db, project, questions[here + 1:])
    next_open = (near.get(_NEXT_OPEN)
                 or _first(db, project, questions[here + 1:], open_only=True)
                 or _first(db, project, questions[:here], open_only=True)
                 or _first(db, project, own, before=key, open_only=True))
    return Neighbours(previous, following, next_open)


_PREVIOUS, _NEXT, _NEXT_OPEN = 1, 2, 3


def _in_own_question(db, project, question_id, key) -> dict[int, int]:
    """The previous, next and next open answer within the answer's own question, in one query."""
    params = {"project_id": project.id, "question_id": question_id, "number": key[0], "answer_id": key[1]}
    return dict(db.exec(_own_question_query(), params=params).all())


@cache
def _own_question_query():
    """Three LIMIT 1 steps in one UNION ALL; each row is (step, answer id), a step without an answer has no row."""
    steps = {_PREVIOUS: _step_query("before", True, False), _NEXT: _step_query("after", False, False),
             _NEXT_OPEN: _step_query("after", False, True)}
    parts = [select(literal_column(str(step)).label("step"), found.c.id) for step, found in
             ((step, query.subquery()) for step, query in steps.items())]
    return union_all(*parts)


def _first(db, project, question_ids, *, after=None, before=None, descending=False, open_only=False) -> int | None:
    """The first answer (the last one when `descending`) in these questions, looked for one question at a time."""
    key = after if after is not None else before
    shape = _step_query("after" if after is not None else "before" if before is not None else None,
                        descending, open_only)
    for question_id in question_ids:
        params = {"project_id": project.id, "question_id": question_id}
        if key is not None:
            params.update(number=key[0], answer_id=key[1])
        found = db.exec(shape, params=params).first()
        if found is not None:
            return found
    return None


@cache
def _step_query(side: str | None, descending: bool, open_only: bool):
    """The LIMIT 1 query of a step, with parameters project_id, question_id (and number, answer_id for `side`)."""
    query = codable_select(ANY_PROJECT, Answer.id).where(
        Answer.question_id == bindparam("question_id"))
    if side is not None:
        query = query.where(_beyond((bindparam("number"), bindparam("answer_id")), Participant.number, Answer.id,
                                    earlier=side == "before"))
    if open_only:
        query = query.where(~exists().where(Segment.answer_id == Answer.id))
    order = (Participant.number.desc(), Answer.id.desc()) if descending else (Participant.number, Answer.id)
    return query.order_by(*order).limit(1)


def _beyond(key, number, answer_id, earlier=False):
    """(participant number, answer id) after `key` (before it with `earlier`), without row values."""
    if earlier:
        return or_(number < key[0], and_(number == key[0], answer_id < key[1]))
    return or_(number > key[0], and_(number == key[0], answer_id > key[1]))
