"""`wijkstem` commands of the coding package: exports, and `import qdpx`.

    wijkstem export lea|qdpx|segments --project SLUG --out FILE
    wijkstem import qdpx FILE [--project SLUG] [--onderzoeker E-MAIL]

Add commands to the groups below; research.app.cli_commands() puts COMMANDS on the `wijkstem` CLI. The
`import` group belongs to interviews/cli.py (`import xlsform`); `import qdpx` is added to that same group.
"""

from pathlib import Path

import click
from flask.cli import with_appcontext

from coding.jobs_cli import jobs_group
from interviews.cli import import_group
from research.cli_support import PROJECT_HELP, project_or_fail, write_or_fail


@click.group("export", help="Exporteer gegevens van een project naar een bestand.")
def export_group():
    pass


@export_group.command(
    "lea",
    short_help="Maak het LEA-inputrapport (Word) van een project.",
    help="Maak het LEA-inputrapport (Word) van een project, zoals de gemeente het downloadt: "
         "alleen aantallen en goedgekeurde citaten.",
)
@click.option("--project", "slug", required=True, help=PROJECT_HELP)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Het Word-bestand dat gemaakt wordt, bijvoorbeeld lea-input.docx.")
@click.option("--taal", "language", type=click.Choice(["nl", "en"]), default="nl", show_default=True,
              help="Taal van het rapport.")
@with_appcontext
def export_lea(slug, out, language):
    from research import audit
    from research.db import get_session

    db = get_session()
    project, content = _build_report(db, slug, language)
    write_or_fail(out, content)
    audit.record("rapport_gedownload", project_id=project.id, object_type="project", object_id=project.id,
                 detail=f"lea-input docx via de opdrachtregel: {out.name}")
    db.commit()
    click.echo(f"Rapport gemaakt: {out}")


def _build_report(db, slug, language):
    """The project and its LEA report as .docx bytes, in the chosen language."""
    from coding.reports import build_lea_report

    project = project_or_fail(db, slug)
    return project, build_lea_report(db, project, locale=language)


@export_group.command(
    "qdpx",
    short_help="Exporteer het project voor ATLAS.ti, MAXQDA, NVivo of QualCoder (.qdpx).",
    help="Exporteer het project als REFI-QDA-project (.qdpx): elk gesprek als tekst, het codeboek, de "
         "gecodeerde fragmenten, de codeurs en de memo's. Het bestand bevat wat deelnemers zeiden: bewaar het "
         "veilig.",
)
@click.option("--project", "slug", required=True, help=PROJECT_HELP)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Het bestand dat gemaakt wordt, bijvoorbeeld seghwaert.qdpx.")
@with_appcontext
def export_qdpx_command(slug, out):
    from coding.qdpx_export import export_qdpx
    from research.db import get_session

    db = get_session()
    content = export_qdpx(db, project_or_fail(db, slug))
    write_or_fail(out, content)
    db.commit()
    click.echo(f"Project geëxporteerd: {out}")


@export_group.command(
    "segments",
    short_help="Exporteer de gecodeerde fragmenten als tabel (.csv of .xlsx).",
    help="Exporteer de gecodeerde fragmenten als tabel: CSV of Excel, gekozen met de naam van --out "
         "(.csv of .xlsx). Cellen die een spreadsheet als formule zou uitvoeren, krijgen een apostrof.",
)
@click.option("--project", "slug", required=True, help=PROJECT_HELP)
@click.option("--out", "out", required=True, type=click.Path(path_type=Path),
              help="Het bestand dat gemaakt wordt: fragmenten.xlsx of fragmenten.csv.")
@with_appcontext
def export_segments_command(slug, out):
    from coding.segments_export import export_segments
    from research.db import get_session

    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise click.ClickException("Geef een bestandsnaam die eindigt op .csv of .xlsx.")
    db = get_session()
    content, _mimetype, _name = export_segments(db, project_or_fail(db, slug), fmt)
    write_or_fail(out, content)
    db.commit()
    click.echo(f"Fragmenten geëxporteerd: {out}")


@import_group.command(
    "qdpx",
    short_help="Lees een REFI-QDA-project (.qdpx) in als nieuw project.",
    help="Lees een REFI-QDA-project (.qdpx, uit bijvoorbeeld ATLAS.ti, MAXQDA, NVivo of QualCoder) in. Elke "
         "tekst wordt een gesprek; de codes en de gecodeerde fragmenten blijven zoals ze waren. Zonder --project "
         "maakt Wijkstem een nieuw project; met --project moet dat project nog leeg zijn.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--project", "slug", default=None, help="Korte naam van een leeg project om in te lezen.")
@click.option("--onderzoeker", "email", default=None,
              help="E-mailadres van een onderzoeker: die wordt lid van het nieuwe project en codeur van de fragmenten.")
@with_appcontext
def import_qdpx_command(file, slug, email):
    from coding.errors import CodingError
    from coding.qdpx_import import import_qdpx
    from research.db import get_session

    db = get_session()
    project = project_or_fail(db, slug) if slug else None
    user = _researcher(db, email) if email else None
    try:
        summary = import_qdpx(db, _read_upload(file), user, project, file.name)
    except CodingError as error:
        db.rollback()
        raise click.ClickException(f"{file.name} is niet ingelezen: {error}") from None
    if user is not None and project is None:
        _join(db, user, summary.project)
    db.commit()
    click.echo(f"Ingelezen in project {summary.project.slug}: {summary.sources} bronnen, {summary.codes} codes, "
               f"{summary.segments} gecodeerde fragmenten.")
    if summary.skipped_segments or summary.skipped_sources:
        click.echo(f"Overgeslagen: {summary.skipped_segments} fragmenten zonder bekende code of buiten de tekst, "
                   f"{summary.skipped_sources} bronnen die geen tekst zijn.")


def _read_upload(file: Path) -> bytes:
    from coding.exchange.qdpx_read import MAX_ARCHIVE_BYTES

    if file.stat().st_size > MAX_ARCHIVE_BYTES:
        raise click.ClickException(f"{file.name} is te groot: een .qdpx mag hoogstens "
                                   f"{MAX_ARCHIVE_BYTES // (1024 * 1024)} MB zijn.")
    return file.read_bytes()


def _researcher(db, email):
    from research.roles import Role
    from research.users import find_user

    user = find_user(db, email)
    if user is None or user.site_role not in (Role.RESEARCHER, Role.ADMIN):
        raise click.ClickException(f"Er is geen onderzoeker met het e-mailadres {email}.")
    return user


def _join(db, user, project):
    from research.roles import Role
    from research.users import add_membership

    if not user.is_admin:
        add_membership(db, user, project, Role.RESEARCHER)


COMMANDS = (export_group, jobs_group)
