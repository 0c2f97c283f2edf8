"""Guides, participants, consent, interviews and answers."""

from datetime import datetime

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from research.crypto import EncryptedText
from research.timeutil import utcnow

GROUPS = ("ouder", "jongere", "professional")
AGE_BANDS = ("<12", "12-15", "16-17", "18-25", "26-40", "41-55", "56+")


class Guide(SQLModel, table=True):
    """One version of a project's gespreksleidraad; interviews keep the version they used."""

    __tablename__ = "guides"
    __table_args__ = (UniqueConstraint("project_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    version: int = 1
    title: str = Field(max_length=200)
    based_on_id: int | None = Field(default=None, foreign_key="guides.id")
    created_at: datetime = Field(default_factory=utcnow)
    source: str = Field(default="", max_length=200)  # e.g. the XLSForm file this version was imported from
    source_sha256: str = Field(default="", max_length=64)  # the same file twice makes no second version
    import_warnings: str = Field(default="", sa_type=Text)  # JSON list of {row, sheet, message}


class Section(SQLModel, table=True):
    __tablename__ = "guide_sections"

    id: int | None = Field(default=None, primary_key=True)
    guide_id: int = Field(foreign_key="guides.id", index=True)
    position: int = 0
    title: str = Field(max_length=200)
    intro: str = Field(default="", max_length=2000)


class Question(SQLModel, table=True):
    __tablename__ = "guide_questions"

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="guide_sections.id", index=True)
    position: int = 0
    key: str = Field(default="", max_length=80)  # stable name, e.g. from XLSForm
    kind: str = Field(default="open", max_length=20)  # open | single | multiple | scale | yesno
    text: str = Field(max_length=2000)
    note: str = Field(default="", max_length=2000)  # for the interviewer only
    options: str = Field(default="", max_length=4000)  # JSON list for choice questions
    show_if: str = Field(default="", max_length=1000)  # JSON condition on an earlier answer


class Probe(SQLModel, table=True):
    """A doorvraagvraag: a follow-up the interviewer may ask."""

    __tablename__ = "guide_probes"

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="guide_questions.id", index=True)
    position: int = 0
    text: str = Field(max_length=1000)


class Participant(SQLModel, table=True):
    """Known only by a pseudonym code; no name or BSN is ever stored."""

    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    code: str = Field(max_length=20)
    number: int
    group: str = Field(max_length=20)
    age_band: str = Field(default="", max_length=10)
    wijk: str = Field(default="", max_length=120)
    language: str = Field(default="nl", max_length=8)
    created_by_id: int | None = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)
    withdrawn_at: datetime | None = None
    request_id: str | None = Field(default=None, max_length=64, unique=True)  # a repeated form post is not a 2nd


class Consent(SQLModel, table=True):
    __tablename__ = "consents"

    id: int | None = Field(default=None, primary_key=True)
    participant_id: int = Field(foreign_key="participants.id", index=True)
    letter_version: str = Field(max_length=40)
    takes_part: bool = False
    quotes_allowed: bool = False
    audio_allowed: bool = False
    contact_allowed: bool = False  # may be asked later whether they recognise the findings (member check)
    given_by: str = Field(max_length=20)  # deelnemer | ouder | beide
    recorded_by_id: int | None = Field(default=None, foreign_key="users.id")
    recorded_at: datetime = Field(default_factory=utcnow)
    withdrawn_at: datetime | None = None


class Interview(SQLModel, table=True):
    __tablename__ = "interviews"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    participant_id: int = Field(foreign_key="participants.id", index=True)
    guide_id: int = Field(foreign_key="guides.id")
    key_figure_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    client_id: str | None = Field(default=None, max_length=64, unique=True)  # begun offline: the tablet's id
    status: str = Field(default="concept", max_length=20)  # concept | afgerond
    review_status: str = Field(default="open", max_length=20)  # open | goedgekeurd | aandacht
    review_comment: str = Field(default="", max_length=2000)
    reviewed_by_id: int | None = Field(default=None, foreign_key="users.id")
    reviewed_at: datetime | None = None
    position: int = 0  # the question the key figure is at
    version: int = 1  # optimistic lock: a stale write is refused, never silently applied
    started_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class Answer(SQLModel, table=True):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("interview_id", "question_id"),)

    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(foreign_key="interviews.id", index=True)
    question_id: int = Field(foreign_key="guide_questions.id", index=True)
    text: str = Field(default="", sa_column=Column(EncryptedText, nullable=False))
    client_id: str | None = Field(default=None, max_length=64, unique=True)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class SectionTranslation(SQLModel, table=True):
    """A section's title and introduction in one participant language (Dutch lives on the section)."""

    __tablename__ = "guide_section_translations"
    __table_args__ = (UniqueConstraint("section_id", "lang"),)

    id: int | None = Field(default=None, primary_key=True)
    section_id: int = Field(foreign_key="guide_sections.id", index=True)
    lang: str = Field(max_length=8)
    title: str = Field(default="", max_length=200)
    intro: str = Field(default="", max_length=2000)


class QuestionTranslation(SQLModel, table=True):
    """A question's text and option labels in one participant language (Dutch lives on the question)."""

    __tablename__ = "guide_question_translations"
    __table_args__ = (UniqueConstraint("question_id", "lang"),)

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="guide_questions.id", index=True)
    lang: str = Field(max_length=8)
    text: str = Field(default="", max_length=2000)
    options: str = Field(default="", max_length=4000)  # JSON object: option value -> label


class InterviewLink(SQLModel, table=True):
    """A personal link for one participant to answer alone; only the hash of its token is stored."""

    __tablename__ = "interview_links"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    participant_id: int = Field(foreign_key="participants.id", index=True)
    interview_id: int | None = Field(default=None, foreign_key="interviews.id")
    token_hash: str = Field(max_length=64, unique=True)
    language: str = Field(default="", max_length=8)  # chosen by the participant on the first page
    created_by_id: int = Field(foreign_key="users.id")
    created_at: datetime = Field(default_factory=utcnow)
    expires_at: datetime
    used_at: datetime | None = None  # the participant finished: the link no longer opens
    revoked_at: datetime | None = None
