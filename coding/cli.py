"""`wijkstem` commands of the coding package: exports.

Add commands to the groups below; research.app.cli_commands() puts COMMANDS on the `wijkstem` CLI.
"""

from pathlib import Path

import click
from flask.cli import with_appcontext


@click.group("export", help="Exporteer gegevens van een project naar een bestand.")
@click.help_option("--help", "-h", help="Toon deze uitleg en stop.")
def export_group():
    pass


@export_group.command(
    "lea",
    short_help="Maak het LEA-inputrapport (Word) van een project.",
    help="Maak het LEA-inputrapport (Word) van een project, zoals de gemeente het downloadt: "
         "alleen aantallen en goedgekeurde citaten.",
)
@click.option("--project", "slug", required=True, help="Korte naam van het project (zoals in de link).")
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Het Word-bestand dat gemaakt wordt, bijvoorbeeld lea-input.docx.")
@click.option("--taal", "language", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Taal van het rapport.")
@click.help_option("--help", "-h", help="Toon deze uitleg en stop.")
@with_appcontext
def export_lea(slug, out, language):
    from research import audit
    from research.db import get_session

    db = get_session()
    project, content = _build_report(db, slug, language)
    try:
        out.write_bytes(content)
    except OSError as error:
        raise click.ClickException(f"Kan {out} niet schrijven: {_why(error)}.") from error
    audit.record("rapport_gedownload", project_id=project.id, object_type="project", object_id=project.id,
                 detail=f"lea-input docx via de opdrachtregel: {out.name}")
    db.commit()
    click.echo(f"Rapport gemaakt: {out}")


def _build_report(db, slug, language):
    """The project and its LEA report as .docx bytes, in the chosen language."""
    from flask_babel import force_locale

    from coding.reports import build_lea_report
    from research.projects.services import find_project

    project = find_project(db, slug)
    if project is None:
        raise click.ClickException(f"Er is geen project met de korte naam {slug!r}.")
    with force_locale(language):
        return project, build_lea_report(db, project, locale=language)


def _why(error: OSError) -> str:
    """A Dutch reason for a file that cannot be written."""
    if isinstance(error, FileNotFoundError):
        return "de map bestaat niet"
    if isinstance(error, IsADirectoryError):
        return "dit is een map; geef een bestandsnaam"
    if isinstance(error, PermissionError):
        return "u mag daar niet schrijven"
    return error.strerror or str(error)


COMMANDS = (export_group,)
