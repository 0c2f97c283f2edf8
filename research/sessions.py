"""Server-side login sessions: the cookie carries a random token, the database decides if it is valid."""

import hashlib
import secrets
from datetime import timedelta

from flask import current_app, g, has_request_context, request, session
from flask.sessions import SecureCookieSessionInterface
from sqlalchemy import bindparam
from sqlmodel import delete, select

from research import background
from research.db import get_session
from research.models import AuthSession, User
from research.timeutil import utcnow

TOKEN_KEY = "sid"  # noqa: S105 - the name of a session key, not a secret
TOUCH_EVERY = timedelta(seconds=60)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(user: User) -> None:
    """Log a user in with a fresh session id (the old cookie content is dropped)."""
    session.clear()
    token = secrets.token_urlsafe(32)
    db = get_session()
    db.add(AuthSession(id=_hash(token), user_id=user.id))
    session[TOKEN_KEY] = token
    session.permanent = False


def end() -> None:
    """Log out: the server forgets the session, so the old cookie is worthless."""
    token = session.get(TOKEN_KEY)
    if token:
        db = get_session()
        db.exec(delete(AuthSession).where(AuthSession.id == _hash(token)))
    session.clear()


def end_all_for(user_id: int) -> None:
    """Revoke every session of one user (on disabling the account)."""
    get_session().exec(delete(AuthSession).where(AuthSession.user_id == user_id))


_SESSION_WITH_USER = (select(AuthSession, User).outerjoin(User, User.id == AuthSession.user_id)
                      .where(AuthSession.id == bindparam("session_id")))


def load_user() -> None:
    """before_request: set g.user from a valid, unexpired server session."""
    g.user = None
    token = session.get(TOKEN_KEY)
    if not token:
        return
    db = get_session()
    # One query for the session and its user: this runs before every page.
    found = db.exec(_SESSION_WITH_USER, params={"session_id": _hash(token)}).first()
    record, user = found if found is not None else (None, None)
    if record is None or _expired(record):
        if record is not None:
            db.delete(record)
            db.commit()
        session.clear()
        return
    if user is None or not user.is_active:
        session.clear()
        return
    g.user = user
    _touch(db, record)


def _expired(record: AuthSession) -> bool:
    now = utcnow()
    idle = timedelta(minutes=current_app.config["SESSION_IDLE_MINUTES"])
    absolute = timedelta(hours=current_app.config["SESSION_ABSOLUTE_HOURS"])
    return now - record.last_seen_at > idle or now - record.created_at > absolute


def _touch(db, record: AuthSession) -> None:
    # Writing on every request would serialise all tablets on SQLite; once a minute is enough.
    if utcnow() - record.last_seen_at >= TOUCH_EVERY:
        record.last_seen_at = utcnow()
        db.add(record)
        db.commit()


class CookieInterface(SecureCookieSessionInterface):
    """The signed cookie holds only the session token; it is Secure whenever the request came over HTTPS."""

    def get_cookie_secure(self, app):
        return bool(app.config["SESSION_COOKIE_SECURE"]) or (has_request_context() and request.is_secure)

    def should_set_cookie(self, app, session):
        # A background request's late reply must not overwrite what the user's own request just stored.
        if has_request_context() and background.is_background_request():
            return False
        return super().should_set_cookie(app, session)
