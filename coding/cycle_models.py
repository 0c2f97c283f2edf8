"""The action cycle after the report: follow-up actions (vervolgacties) on themes."""

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from research.timeutil import utcnow


class FollowUpAction(SQLModel, table=True):
    """What is done with a finding: what, who, by when, how far along. Never participants' words."""

    __tablename__ = "follow_up_actions"

    id: int | None = Field(default=None, primary_key=True)
    project_id: int = Field(foreign_key="projects.id", index=True, ondelete="CASCADE")
    code_id: int | None = Field(default=None, foreign_key="codes.id", index=True, ondelete="SET NULL")  # the theme it follows from
    what: str = Field(max_length=300)
    owner: str = Field(max_length=20)  # school | cjg | wijkteam | gemeente | anders
    due: date | None = None
    status: str = Field(default="gepland", max_length=20)  # gepland | bezig | gedaan | gestopt
    progress_note: str = Field(default="", max_length=1000)
    created_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)
    updated_by_id: int | None = Field(default=None, foreign_key="users.id", ondelete="SET NULL")
    updated_at: datetime = Field(default_factory=utcnow)
