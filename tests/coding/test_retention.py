"""Retention: `wijkstem privacy purge` removes raw data past the date and keeps the counts."""

from datetime import date

from sqlmodel import func, select

from coding.retention import archived_aggregates
from interviews.models import Answer, Participant
from research.models import AuditEvent, Project


def test_purge_after_the_retention_date_keeps_counts_only(runner, db, world):
    project = db.get(Project, world.project.id)
    project.retention_until = date(2026, 6, 30)
    db.add(project)
    db.commit()
    secret = world.answer.text

    early = runner.invoke(args=["privacy", "purge", "--today", "2026-06-30"])
    assert "Geen projecten" in early.output
    dry = runner.invoke(args=["privacy", "purge", "--today", "2026-07-01", "--dry-run"])
    assert world.project.slug in dry.output and db.exec(select(func.count()).select_from(Answer)).one() == 1

    result = runner.invoke(args=["privacy", "purge", "--today", "2026-07-01"])
    assert result.exit_code == 0, result.output
    db.expire_all()
    assert db.exec(select(func.count()).select_from(Answer)).one() == 0
    assert db.exec(select(Participant).where(Participant.project_id == world.project.id)).all() == []
    kept = archived_aggregates(db, project)
    assert kept["interviews"] == 1
    assert kept["themes"][0]["name"] == "Drempel om hulp te vragen" and kept["themes"][0]["participants"] == 1
    assert secret not in str(kept)
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "bewaartermijn_verlopen_gewist")).one()
    # The other project keeps its data, and a second run does nothing.
    assert "Geen projecten" in runner.invoke(args=["privacy", "purge", "--today", "2026-07-01"]).output
