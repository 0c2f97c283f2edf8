"""Retention: past a project's retention date, raw answers and pseudonym links go; aggregates stay.

The aggregates kept are counts only (per theme and participant group, and the project totals):
no answer text, no quotes, no participant codes.
"""

import json
from datetime import date

from sqlmodel import select

from coding.models import ProjectArchive
from coding.reports.gather import gather_report
from coding.rights import erase_participant
from interviews.models import Participant
from research.models import Project
from research.timeutil import utcnow


def due_projects(db, today: date) -> list[Project]:
    """Projects whose retention date has passed and whose raw data is still there."""
    archived = select(ProjectArchive.project_id)
    query = select(Project).where(Project.retention_until.is_not(None), Project.retention_until < today,
                                  Project.id.not_in(archived))
    return list(db.exec(query.order_by(Project.slug)))


def aggregates(db, project: Project) -> dict:
    """The counts that survive the purge."""
    data = gather_report(db, project, with_appendix=False)
    return {
        "interviews": data.interviews,
        "key_figures": data.key_figures,
        "participants_by_group": dict(data.participants_by_group),
        "participants_by_wijk": dict(data.participants_by_wijk),
        "themes": [{"name": theme.name, "participants": theme.participants, "by_group": dict(theme.by_group),
                    "subthemes": {sub.name: sub.participants for sub in theme.subthemes}}
                   for theme in data.themes],
    }


def purge_project(db, project: Project) -> dict:
    """Keep the aggregates, then erase every participant with all their data; returns what was removed."""
    db.add(ProjectArchive(project_id=project.id, purged_at=utcnow(),
                          aggregates=json.dumps(aggregates(db, project), ensure_ascii=False)))
    removed: dict = {}
    for participant in db.exec(select(Participant).where(Participant.project_id == project.id)).all():
        for table, n in erase_participant(db, participant).items():
            removed[table] = removed.get(table, 0) + n
    return removed


def archived_aggregates(db, project: Project) -> dict | None:
    """The kept aggregates of a purged project, or None when its raw data is still there."""
    archive = db.exec(select(ProjectArchive).where(ProjectArchive.project_id == project.id)).first()
    return json.loads(archive.aggregates) if archive else None
