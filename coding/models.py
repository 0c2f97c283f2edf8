"""Codebook, coded segments, memos and the report text the researcher writes."""

from datetime import datetime

from sqlalchemy import Column
from sqlmodel import Field, SQLModel, UniqueConstraint

from research.crypto import EncryptedText
from research.timeutil import utcnow


class Code(SQLModel, table=True):
    """A theme or sub-theme in the codebook."""

    __tablename__ = "codes"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    parent_id: int | None = Field(default=None, foreign_key="codes.id", index=True)
    position: int = 0
    name: str = Field(max_length=120)
    colour: str = Field(default="#2f6f8f", max_length=7)
    definition: str = Field(default="", max_length=4000)
    include_rule: str = Field(default="", max_length=4000)
    exclude_rule: str = Field(default="", max_length=4000)
    examples: str = Field(default="", max_length=4000)
    keywords: str = Field(default="", max_length=2000)  # one per line
    recommendation: str = Field(default="", max_length=8000)  # verbeterpunten for the report
    created_at: datetime = Field(default_factory=utcnow)


class Segment(SQLModel, table=True):
    """A span of an answer: offsets in Unicode code points, and its text."""

    __tablename__ = "segments"

    id: int | None = Field(default=None, primary_key=True)
    answer_id: int = Field(foreign_key="answers.id", index=True)
    start: int
    end: int
    text: str = Field(sa_column=Column(EncryptedText, nullable=False))
    created_by_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    quote_status: str = Field(default="", max_length=20)  # "" | kandidaat | goedgekeurd
    quote_text: str | None = Field(default=None, sa_column=Column(EncryptedText, nullable=True))
    quote_approved_by_id: int | None = Field(default=None, foreign_key="users.id")
    quote_approved_at: datetime | None = None


class Coding(SQLModel, table=True):
    """One code on one segment, with its provenance."""

    __tablename__ = "codings"
    __table_args__ = (UniqueConstraint("segment_id", "code_id"),)

    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segments.id", index=True)
    code_id: int = Field(foreign_key="codes.id", index=True)
    coder_id: int | None = Field(default=None, foreign_key="users.id")
    origin: str = Field(default="handmatig", max_length=20)  # handmatig | suggestie
    model_version: str = Field(default="", max_length=40)
    created_at: datetime = Field(default_factory=utcnow)


class Memo(SQLModel, table=True):
    __tablename__ = "memos"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    author_id: int | None = Field(default=None, foreign_key="users.id")
    target_type: str = Field(max_length=20)  # project | code | answer
    target_id: int | None = None
    text: str = Field(sa_column=Column(EncryptedText, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class ReportText(SQLModel, table=True):
    """What the researcher writes for the LEA report."""

    __tablename__ = "report_texts"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", unique=True)
    summary: str = Field(default="", max_length=20000)
    updated_by_id: int | None = Field(default=None, foreign_key="users.id")
    updated_at: datetime = Field(default_factory=utcnow)
