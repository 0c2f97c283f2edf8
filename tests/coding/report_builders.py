"""Builders for the report tests: a released report version."""

from sqlmodel import Session

from coding.models import ReportRelease
from research.db import engine


def make_release(db, project, user, version=1, content=b"PK-released", locale="nl") -> ReportRelease:
    """A released version with the given bytes (the report itself is tested elsewhere)."""
    release = ReportRelease(project_id=project.id, version=version, locale=locale, released_by_id=user.id,
                            settings="{}", docx=content)
    db.add(release)
    db.commit()
    return release


def report_release_id(world) -> int:
    """For the access table: the id of a released version of the world's project (needs an app context)."""
    with Session(engine(), expire_on_commit=False) as db:
        return make_release(db, world.project, world.researcher).id
