"""The database engine and one SQLModel session per request."""

from flask import current_app, g
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, create_engine

ENGINE_KEY = "wijkstem.engine"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys, WAL and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def init_app(app):
    """Attach an engine to the app and close the request session at teardown."""
    app.extensions[ENGINE_KEY] = make_engine(app.config["DATABASE_URL"])
    app.teardown_appcontext(close_session)


def engine() -> Engine:
    """The current app's engine."""
    return current_app.extensions[ENGINE_KEY]


def get_session() -> Session:
    """The request's session, opened on first use."""
    if "db" not in g:
        g.db = Session(engine(), expire_on_commit=False)
    return g.db


def close_session(_exc=None):
    session = g.pop("db", None)
    if session is not None:
        session.close()
