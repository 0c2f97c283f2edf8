"""`wijkstem` commands of the interviews package: XLSForm import and export of the gespreksleidraad.

    wijkstem import xlsform FILE --project SLUG
    wijkstem guide export-xlsform --project SLUG --out FILE [--versie N]
"""

from pathlib import Path

import click
from flask.cli import with_appcontext

from research.cli_support import PROJECT_HELP, project_or_fail, write_or_fail


@click.group("import", help="Lees gegevens in een project in.")
def import_group():
    pass


@import_group.command(
    "xlsform",
    short_help="Lees een XLSForm (.xlsx of .xls) in als nieuwe versie van de gespreksleidraad.",
    help="Lees een XLSForm (.xlsx of .xls, bijvoorbeeld uit KoboToolbox of ODK) in als nieuwe versie van de "
         "gespreksleidraad van een project. De huidige versie blijft bewaard. Wat Wijkstem niet kent, wordt "
         "overgeslagen en per rij gemeld. Hoogstens 5 MB.",
)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--project", "slug", required=True, help=PROJECT_HELP)
@with_appcontext
def import_xlsform(file, slug):
    from interviews import guide_io
    from interviews.xlsform.spec import XLSFormError
    from interviews.xlsform.workbook import MAX_FILE_BYTES
    from research import audit
    from research.db import get_session

    db = get_session()
    project = project_or_fail(db, slug)
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        guide, created = guide_io.import_xlsform(db, project, data, file.name)
    except XLSFormError as error:
        if error.warnings:  # what was seen in the file; never "Alles is overgenomen" when nothing was stored
            _echo_warnings(error.warnings)
        raise click.ClickException(str(error)) from error
    except OSError as error:
        raise click.ClickException(f"Kan {file} niet lezen: {error.strerror or error}.") from error
    if not created:
        click.echo(f"Dit bestand was al ingelezen als versie {guide.version}. Er is niets veranderd.")
        return
    audit.record("leidraad_geimporteerd", project_id=project.id, object_type="guide", object_id=guide.id,
                 detail=f"{guide.source} via de opdrachtregel")
    db.commit()
    warnings = guide_io.import_warnings(guide)
    click.echo(f"Versie {guide.version} van de gespreksleidraad is gemaakt.")
    _echo_warnings(warnings)


@click.group("guide", help="De gespreksleidraad van een project.")
def guide_group():
    pass


@guide_group.command(
    "export-xlsform",
    short_help="Schrijf de gespreksleidraad als XLSForm (.xlsx).",
    help="Schrijf een versie van de gespreksleidraad als XLSForm (.xlsx), voor KoboToolbox, ODK of pyxform. "
         "Zonder --versie: de nieuwste versie.",
)
@click.option("--project", "slug", required=True, help=PROJECT_HELP)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Het bestand dat gemaakt wordt, bijvoorbeeld leidraad.xlsx.")
@click.option("--versie", "version", type=int, default=None, help="Het versienummer (standaard de nieuwste).")
@with_appcontext
def export_xlsform(slug, out, version):
    from sqlmodel import select

    from interviews import guide_io, guides
    from interviews.models import Guide
    from research.db import get_session

    db = get_session()
    project = project_or_fail(db, slug)
    guide = guides.current_guide(db, project) if version is None else db.exec(
        select(Guide).where(Guide.project_id == project.id, Guide.version == version)).first()
    if guide is None or not guides.ordered_questions(db, guide.id):
        raise click.ClickException("Er is (nog) geen gespreksleidraad met vragen voor deze versie.")
    write_or_fail(out, guide_io.export_xlsform(db, guide))
    click.echo(f"Versie {guide.version} is geschreven naar {out}.")


def _echo_warnings(warnings) -> None:
    if not warnings:
        click.echo("Alles is overgenomen.")
        return
    click.echo(f"{len(warnings)} punten om na te kijken:")
    for warning in warnings:
        where = f"{warning.sheet}, rij {warning.row}" if warning.row else warning.sheet
        click.echo(f"  - {where}: {warning.message}")


COMMANDS = (import_group, guide_group)
