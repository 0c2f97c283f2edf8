"""Codebook, coded segments, memos and the report text the researcher writes."""

import uuid
from datetime import datetime

from sqlalchemy import Column, LargeBinary, Text
from sqlmodel import Field, SQLModel, UniqueConstraint

from research.crypto import EncryptedText
from research.timeutil import utcnow


class Code(SQLModel, table=True):
    """A theme or sub-theme in the codebook."""

    __tablename__ = "codes"
    __table_args__ = (UniqueConstraint("project_id", "name"), UniqueConstraint("project_id", "guid"))

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    parent_id: int | None = Field(default=None, foreign_key="codes.id", index=True)
    guid: str = Field(default_factory=lambda: str(uuid.uuid4()), max_length=36)  # REFI-QDA identity
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
    quote_not_names: str | None = Field(default=None, sa_type=Text)  # JSON list: flagged words marked "geen naam"


class Coding(SQLModel, table=True):
    """One code on one segment, with its provenance."""

    __tablename__ = "codings"
    __table_args__ = (UniqueConstraint("segment_id", "code_id"),)

    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segments.id", index=True)
    code_id: int = Field(foreign_key="codes.id", index=True)
    coder_id: int | None = Field(default=None, foreign_key="users.id")
    origin: str = Field(default="handmatig", max_length=20)  # handmatig | suggestie | trefwoord (see below)
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
    settings: str = Field(default="", sa_type=Text)  # JSON: theme order, left-out themes and quotes
    updated_by_id: int | None = Field(default=None, foreign_key="users.id")
    updated_at: datetime = Field(default_factory=utcnow)


class ReportRelease(SQLModel, table=True):
    """A released version of the LEA report: the municipality downloads only these, exactly as released."""

    __tablename__ = "report_releases"
    __table_args__ = (UniqueConstraint("project_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    version: int
    locale: str = Field(default="nl", max_length=8)
    released_at: datetime = Field(default_factory=utcnow)
    released_by_id: int | None = Field(default=None, foreign_key="users.id")
    settings: str = Field(default="", sa_type=Text)  # JSON snapshot of the report settings used
    docx: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # aggregates and approved quotes only
    data: str | None = Field(default=None, sa_column=Column(EncryptedText, nullable=True))  # ReportData as JSON


class PiiTerm(SQLModel, table=True):
    """A name that can identify someone in this project (a wijk, school or organisation): checked in quotes."""

    __tablename__ = "pii_terms"
    __table_args__ = (UniqueConstraint("project_id", "kind", "term"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True)
    kind: str = Field(max_length=20)  # wijk | school | organisatie
    term: str = Field(max_length=120)


# --- Suggestions: trained models, training jobs, rejected suggestions ------------------------------------------
# Coding.origin values: "handmatig" (coded by hand), "suggestie" (accepted suggestion of the trained model; its
# version is in Coding.model_version, e.g. "v3"), "trefwoord" (accepted keyword suggestion from the codebook).


class SuggestionModelRecord(SQLModel, table=True):
    """A trained suggestion model of a project. The model holds words of the answers, so it is stored encrypted."""

    __tablename__ = "suggestion_models"
    __table_args__ = (UniqueConstraint("project_id", "version"),)

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    version: int  # counts up per project: "model v3"
    engine_version: str = Field(default="", max_length=40)  # the suggestion library's own version
    created_at: datetime = Field(default_factory=utcnow)
    trained_on: int = 0  # answers with at least one code
    labels: int = 0  # codes the model knows
    data: str = Field(sa_column=Column(EncryptedText, nullable=False))  # base64 of the model's bytes


class TrainingJob(SQLModel, table=True):
    """One (re)training of a project's suggestion model, with the progress the pages show."""

    __tablename__ = "training_jobs"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    status: str = Field(default="wachtend", max_length=20)  # wachtend | bezig | klaar | te_weinig | mislukt
    progress: int = 0  # 0..100
    message: str = Field(default="", max_length=1000)  # why there is no model (Dutch, for the researcher)
    model_version: int | None = None
    requested_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    requested_at: datetime = Field(default_factory=utcnow)
    started_at: datetime | None = None
    finished_at: datetime | None = None


class RejectedSuggestion(SQLModel, table=True):
    """A suggested code the researcher turned down for an answer: never suggested there again."""

    __tablename__ = "rejected_suggestions"
    __table_args__ = (UniqueConstraint("answer_id", "code_id"),)

    id: int | None = Field(default=None, primary_key=True)
    answer_id: int = Field(foreign_key="answers.id", index=True, ondelete="CASCADE")
    code_id: int = Field(foreign_key="codes.id", index=True, ondelete="CASCADE")
    by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class SuggestionScore(SQLModel, table=True):
    """The suggestions worked out for one answer, stored when the answer, the model or the keywords change,
    so the answer page only reads them. No answer text: hits are offsets into the answer (JSON)."""

    __tablename__ = "suggestion_scores"

    id: int | None = Field(default=None, primary_key=True)
    answer_id: int = Field(foreign_key="answers.id", unique=True, ondelete="CASCADE")
    answer_version: int = 0  # the answer's version they were worked out for
    model_label: str = Field(default="", max_length=40)  # e.g. "v3"; "" for keywords only
    hits: str = Field(default="[]", sa_type=Text)  # [[code id, origin, score, start, end, keyword, mark start, end]]
    scored_at: datetime = Field(default_factory=utcnow)


# --- Inter-coder agreement ------------------------------------------------------------------------------------


class AgreementRound(SQLModel, table=True):
    """A sample of answers that two or more coders (and optionally the model) code blind."""

    __tablename__ = "agreement_rounds"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    seed: int | None = None  # the random sample's seed; None when the answers were chosen
    include_model: bool = False
    model_version: str = Field(default="", max_length=40)
    created_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    closed_at: datetime | None = None


class AgreementItem(SQLModel, table=True):
    """An answer in a round's sample."""

    __tablename__ = "agreement_items"
    __table_args__ = (UniqueConstraint("round_id", "answer_id"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="agreement_rounds.id", index=True, ondelete="CASCADE")
    answer_id: int = Field(foreign_key="answers.id", index=True, ondelete="CASCADE")
    position: int = 0


class AgreementCoder(SQLModel, table=True):
    """A researcher who codes a round's sample."""

    __tablename__ = "agreement_coders"
    __table_args__ = (UniqueConstraint("round_id", "user_id"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="agreement_rounds.id", index=True, ondelete="CASCADE")
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    position: int = 0


class AgreementJudgement(SQLModel, table=True):
    """One coder's saved judgement of one answer in a round (no codes at all is a judgement too)."""

    __tablename__ = "agreement_judgements"
    __table_args__ = (UniqueConstraint("round_id", "answer_id", "coder_id"),)

    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="agreement_rounds.id", index=True, ondelete="CASCADE")
    answer_id: int = Field(foreign_key="answers.id", index=True, ondelete="CASCADE")
    coder_id: int | None = Field(default=None, foreign_key="users.id", ondelete="CASCADE")  # None: the model
    saved_at: datetime = Field(default_factory=utcnow)


class AgreementCoding(SQLModel, table=True):
    """A code in a coder's judgement of an answer (answer level, kept apart from the real codings)."""

    __tablename__ = "agreement_codings"
    __table_args__ = (UniqueConstraint("judgement_id", "code_id"),)

    id: int | None = Field(default=None, primary_key=True)
    judgement_id: int = Field(foreign_key="agreement_judgements.id", index=True, ondelete="CASCADE")
    code_id: int = Field(foreign_key="codes.id", index=True, ondelete="CASCADE")


class ProjectArchive(SQLModel, table=True):
    """The aggregated results kept after the raw answers were purged at the retention date."""

    __tablename__ = "project_archives"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", unique=True)
    purged_at: datetime = Field(default_factory=utcnow)
    aggregates: str = Field(default="{}", max_length=200_000)  # JSON: counts per theme and group, no text
