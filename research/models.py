"""Core tables: users, projects, memberships, server-side sessions, invitations, audit log."""

from datetime import date, datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel, UniqueConstraint

from research.crypto import EncryptedText
from research.timeutil import utcnow


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    email: str = Field(max_length=254, unique=True, index=True)
    display_name: str = Field(default="", max_length=120)
    password_hash: str = Field(max_length=255)
    site_role: str = Field(max_length=20)  # a research.roles.Role value
    locale: str | None = Field(default=None, max_length=8)
    is_active: bool = True
    totp_secret: str | None = Field(default=None, sa_column=Column(EncryptedText, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)

    @property
    def is_admin(self) -> bool:
        return self.site_role == "beheerder"

    @property
    def name(self) -> str:
        return self.display_name or self.email


class Project(SQLModel, table=True):
    __tablename__ = "projects"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=60, unique=True, index=True)
    name: str = Field(max_length=200)
    municipality: str = Field(default="", max_length=120)
    wijk: str = Field(default="", max_length=120)
    question: str = Field(default="", max_length=2000)
    code_prefix: str = Field(default="WS", max_length=6)
    period_start: date | None = None
    period_end: date | None = None
    retention_until: date | None = None
    created_at: datetime = Field(default_factory=utcnow)
    round_number: int = 1  # the action cycle: round 2 measures what round 1's actions changed
    previous_round_id: int | None = Field(default=None, foreign_key="projects.id", index=True, ondelete="SET NULL")


class Membership(SQLModel, table=True):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "project_id"),)

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    role: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow)


class AuthSession(SQLModel, table=True):
    """A login; the cookie holds a random token, the table only its hash."""

    __tablename__ = "auth_sessions"

    id: str = Field(primary_key=True, max_length=64)  # sha256 of the cookie token
    user_id: int = Field(foreign_key="users.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    last_seen_at: datetime = Field(default_factory=utcnow)


class Invitation(SQLModel, table=True):
    __tablename__ = "invitations"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    email: str = Field(max_length=254)
    role: str = Field(max_length=20)
    token_hash: str = Field(max_length=64, unique=True)
    invited_by_id: int = Field(foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    accepted_at: datetime | None = None


class AuditChain(SQLModel, table=True):
    """One row that every appender of the audit log updates first: it holds the chain until the commit.

    On SQLite the update takes the database's write lock, on PostgreSQL the row's lock; either way the next
    appender waits and then reads the event just committed as its predecessor.
    """

    __tablename__ = "audit_chain"

    id: int = Field(primary_key=True)
    appended: int = 0


class AuditEvent(SQLModel, table=True):
    """Append-only and hash-chained; never holds answer text or secrets."""

    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    actor_id: int | None = Field(default=None, index=True)
    action: str = Field(max_length=60, index=True)
    project_id: int | None = Field(default=None, index=True)
    object_type: str = Field(default="", max_length=40)
    object_id: str = Field(default="", max_length=60)
    detail: str = Field(default="", max_length=1000)
    ip: str = Field(default="", max_length=64)
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)
