"""Small builders for coding tests, on top of tests.factories and the `world` fixture."""

import hashlib
import secrets

from sqlmodel import select

from coding.models import Coding, Segment
from interviews.models import Answer, Interview, Participant
from research.models import AuditEvent, AuthSession
from research.sessions import TOKEN_KEY
from tests import factories


def add_answer(db, world, text, group="ouder", status="afgerond", question=None):
    """A new participant of the group with one interview that has one answer; returns the answer."""
    participant = factories.make_participant(db, world.project, group=group, created_by=world.key_figure)
    interview = factories.make_interview(db, world.project, world.guide, participant, world.key_figure,
                                         answers=[(question or world.questions[0], text)], status=status)
    return db.exec(select(Answer).where(Answer.interview_id == interview.id)).one()


def participant_of(db, answer):
    """The participant who gave an answer."""
    return db.get(Participant, db.get(Interview, answer.interview_id).participant_id)


def segments_of(db, answer):
    """The segments stored on an answer, in text order."""
    return list(db.exec(select(Segment).where(Segment.answer_id == answer.id).order_by(Segment.start)))


def code_ids_of(db, segment):
    """The ids of the codes on a segment."""
    return {c.code_id for c in db.exec(select(Coding).where(Coding.segment_id == segment.id))}


def audit_events(db, action):
    """The audit events of one action, oldest first."""
    db.expire_all()
    return list(db.exec(select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)))


def sign_in(client, db, user):
    """Give the client a valid server session for the user.

    The `login` fixture posts the real form, which costs an argon2 verify (about 0.5 s here); the log-in
    itself is tested in tests/research, so coding tests start from a session.
    """
    token = secrets.token_urlsafe(32)
    db.add(AuthSession(id=hashlib.sha256(token.encode()).hexdigest(), user_id=user.id))
    db.commit()
    with client.session_transaction() as session:
        session[TOKEN_KEY] = token
    return user


def make_round(db, world, coders=None, answers=None, name="Proefronde"):
    """An open agreement round of the world's project: its answer (or `answers`) coded by `coders`."""
    from coding.models import AgreementCoder, AgreementItem, AgreementRound

    found = AgreementRound(project_id=world.project.id, name=name, seed=1, created_by_id=world.researcher.id)
    db.add(found)
    db.flush()
    for position, user in enumerate(coders or [world.researcher]):
        db.add(AgreementCoder(round_id=found.id, user_id=user.id, position=position))
    for position, answer in enumerate(answers or [world.answer]):
        db.add(AgreementItem(round_id=found.id, answer_id=answer.id, position=position))
    db.commit()
    return found


def agreement_round_id(world):
    """For the access table: the id of a fresh round (needs an app context)."""
    from sqlmodel import Session

    from research.db import engine

    with Session(engine(), expire_on_commit=False) as db:
        return make_round(db, world).id


def follow_up_action_id(world):
    """For the access table: a follow-up action the municipality carries (needs an app context)."""
    from sqlmodel import Session

    from coding.cycle_models import FollowUpAction
    from research.db import engine

    with Session(engine(), expire_on_commit=False) as db:
        action = FollowUpAction(project_id=world.project.id, code_id=world.code.id, what="Informatieavond",
                                owner="gemeente")
        db.add(action)
        db.commit()
        return action.id


def check_round_id(world):
    """For the access table: an open member-check round with one statement (needs an app context)."""
    from sqlmodel import Session

    from coding.cycle_models import CheckRound, CheckStatement
    from research.db import engine
    from research.timeutil import utcnow

    with Session(engine(), expire_on_commit=False) as db:
        check = CheckRound(project_id=world.project.id, title="Toetsen", status="open", opened_at=utcnow())
        db.add(check)
        db.flush()
        db.add(CheckStatement(round_id=check.id, code_id=world.code.id, text="Ouders willen via school horen"))
        db.commit()
        return check.id
