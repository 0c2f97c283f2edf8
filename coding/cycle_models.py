"""The action cycle after the report: follow-up actions (vervolgacties) on themes, and member checks."""

from datetime import date, datetime

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from research.crypto import EncryptedText
from research.timeutil import utcnow


class FollowUpAction(SQLModel, table=True):
    """What is done with a finding: what, who, by when, how far along. Never participants' words."""

    __tablename__ = "follow_up_actions"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    # the theme it follows from
    code_id: int | None = Field(default=None, foreign_key="codes.id", index=True, ondelete="SET NULL")
    what: str = Field(max_length=300)
    owner: str = Field(max_length=20)  # school | cjg | wijkteam | gemeente | anders
    due: date | None = None
    status: str = Field(default="gepland", max_length=20)  # gepland | bezig | gedaan | gestopt
    progress_note: str = Field(default="", max_length=1000)
    created_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)


class CheckRound(SQLModel, table=True):
    """A member check (toetsronde): the neighbourhood says whether it recognises the findings."""

    __tablename__ = "check_rounds"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    title: str = Field(max_length=200)
    status: str = Field(default="concept", max_length=20)  # concept | open | gesloten
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    created_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class CheckStatement(SQLModel, table=True):
    """A short B1 statement made from a theme, to recognise or not."""

    __tablename__ = "check_statements"

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="check_rounds.id", index=True, ondelete="CASCADE")
    code_id: int | None = Field(default=None, foreign_key="codes.id", ondelete="SET NULL")  # the theme
    text: str = Field(max_length=200)
    position: int = 0


class CheckStatementTranslation(SQLModel, table=True):
    """A statement in a participant language (interviews.translations.TARGET_LANGUAGES)."""

    __tablename__ = "check_statement_translations"
    __table_args__ = (UniqueConstraint("statement_id", "lang"),)

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="check_statements.id", index=True, ondelete="CASCADE")
    lang: str = Field(max_length=8)
    text: str = Field(max_length=400)


class CheckAnswer(SQLModel, table=True):
    """One answer to one statement: by a key figure (user) or a participant (personal link). One per answerer."""

    __tablename__ = "check_answers"
    __table_args__ = (UniqueConstraint("statement_id", "user_id"), UniqueConstraint("statement_id", "participant_id"))

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(foreign_key="check_statements.id", index=True, ondelete="CASCADE")
    user_id: int | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE")
    participant_id: int | None = Field(default=None, foreign_key="participants.id", ondelete="CASCADE")
    group: str = Field(max_length=20)  # ouder | jongere | professional
    choice: str = Field(max_length=20)  # herken_ik | herken_ik_deels | herken_ik_niet
    comment: str | None = Field(default=None, sa_column=Column(EncryptedText, nullable=True))
    answered_at: datetime = Field(default_factory=utcnow)


class CheckLink(SQLModel, table=True):
    """A participant's personal link to one check round (only its token's hash is kept). Made again: new token."""

    __tablename__ = "check_links"
    __table_args__ = (UniqueConstraint("round_id", "participant_id"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="check_rounds.id", index=True, ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participants.id", ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    created_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
