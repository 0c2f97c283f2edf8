"""`wijkstem privacy purge`: apply the projects' retention dates."""

from datetime import date

import click
from flask.cli import with_appcontext


@click.command("purge", help="Wis ruwe antwoorden en deelnemercodes van projecten na hun bewaartermijn. "
                             "De tellingen per thema blijven bewaard.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Doe alsof het deze datum is (JJJJ-MM-DD). Standaard: vandaag.")
@click.option("--dry-run", is_flag=True, help="Laat alleen zien welke projecten aan de beurt zijn.")
@with_appcontext
def purge_command(today, dry_run):
    from coding.retention import due_projects, purge_project
    from research import audit
    from research.db import get_session

    db = get_session()
    day = today.date() if today else date.today()
    projects = due_projects(db, day)
    if not projects:
        click.echo("Geen projecten over hun bewaartermijn.")
        return
    for project in projects:
        if dry_run:
            click.echo(f"Zou wissen: {project.slug} (bewaren tot {project.retention_until})")
            continue
        removed = purge_project(db, project)
        audit.record("bewaartermijn_verlopen_gewist", project_id=project.id, object_type="project",
                     object_id=project.id, detail=", ".join(f"{t}: {n}" for t, n in sorted(removed.items())))
        db.commit()
        click.echo(f"Gewist: {project.slug} ({removed.get('answers', 0)} antwoorden). De tellingen zijn bewaard.")
