"""The `wijkstem` command: Flask's CLI with Wijkstem's own groups.

Feature packages add their groups (demo, export, import) in their own cli.py.
"""

import click
from flask import current_app
from flask.cli import ScriptInfo, routes_command, shell_command, with_appcontext

from research.cli_support import with_dutch_help
from research.migrate import upgrade


def _create_app():
    from research import create_app
    from research.config import ConfigError

    try:
        return create_app()
    except ConfigError as error:
        raise click.ClickException(str(error)) from error


def main():
    """Entry point of the `wijkstem` console script."""
    from research.app import cli_commands

    cli = click.Group(
        "wijkstem",
        help="Wijkstem: participatief actieonderzoek in de wijk. Instellingen: zie README.md.",
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    with_dutch_help([cli, run_command])
    for command in (run_command, shell_command, routes_command, *cli_commands()):
        cli.add_command(command)
    cli.main(prog_name="wijkstem", obj=ScriptInfo(create_app=_create_app, set_debug_flag=False))


@click.command("run", help="Start de webserver (gunicorn, een proces per kern). Stop met Ctrl+C.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adres om op te luisteren.")
@click.option("--port", default=5000, show_default=True, type=int, help="Poort.")
@click.option("--processes", type=click.IntRange(min=1), default=None,
              help="Aantal serverprocessen (standaard: een per kern van deze machine).")
@click.option("--threads", default=1, show_default=True, type=click.IntRange(min=1),
              help="Gelijktijdige verzoeken per proces.")
@click.option("--zonder-taken", "no_jobs", is_flag=True,
              help="Geen achtergrondtaken starten (draai dan zelf 'wijkstem jobs worker').")
@click.pass_obj
def run_command(info: ScriptInfo, host, port, processes, threads, no_jobs):
    import os

    from coding.jobs import is_immediate
    from research.db import ENGINE_KEY
    from research.serve import default_processes, serve, start_jobs_process, stop_jobs_process

    processes = processes or default_processes()
    os.environ["WIJKSTEM_PROCESSES"] = str(processes)  # config PROCESSES: each process takes its share of a limit
    app = info.load_app()  # here only to stop on a wrong setting before any process starts
    app.extensions[ENGINE_KEY].dispose()  # the workers open their own connections
    jobs = None if no_jobs or is_immediate(app) else start_jobs_process()
    click.echo(f"Wijkstem draait op http://{host}:{port} (modus: {app.config['MODE']}, {processes} processen).")
    try:
        serve(_create_app, host, port, processes, threads)
    finally:
        if jobs is not None:
            stop_jobs_process(jobs)


@click.group("db", help="De database bijwerken.")
def db_group():
    pass


@db_group.command("upgrade", help="Zet het databaseschema op de nieuwste versie (Alembic).")
@with_appcontext
def db_upgrade():
    from pathlib import Path

    Path(current_app.instance_path).mkdir(parents=True, exist_ok=True)
    upgrade(current_app.config["DATABASE_URL"])
    click.echo("Database bijgewerkt.")


@click.group("users", help="Accounts beheren.")
def users_group():
    pass


@users_group.command("create", help="Maak een account, eventueel met een rol in een project.")
@click.option("--email", required=True, help="E-mailadres om mee in te loggen.")
@click.option("--role", "role", required=True,
              type=click.Choice(["beheerder", "onderzoeker", "sleutelfiguur", "gemeente"]),
              help="Soort account; met --project ook de rol in dat project.")
@click.option("--project", "slug", default=None, help="Korte naam van het project (optioneel).")
@click.option("--name", default="", help="Naam die collega's zien.")
@click.password_option(help="Wachtwoord (minstens 10 tekens). Zonder deze optie wordt erom gevraagd.")
@with_appcontext
def users_create(email, role, slug, name, password):
    from research.cli_support import project_or_fail
    from research.db import get_session
    from research.users import AccountError, add_membership, create_user

    db = get_session()
    project = None
    if slug:
        project = project_or_fail(db, slug)
        if role == "beheerder":
            raise click.ClickException("Beheerder is geen rol binnen een project.")
    try:
        user = create_user(db, email, password, role, name)
        if project is not None:
            add_membership(db, user, project, role)
    except AccountError as error:
        raise click.ClickException(str(error)) from error
    db.commit()
    click.echo(f"Account gemaakt: {user.email} ({role})" + (f" in {slug}" if slug else ""))


@click.group("audit", help="Het auditlog controleren.")
def audit_group():
    pass


@audit_group.command("verify", help="Controleer dat niemand het auditlog heeft veranderd (hash-keten).")
@with_appcontext
def audit_verify():
    from sqlmodel import func, select

    from research.audit import verify
    from research.db import get_session
    from research.models import AuditEvent

    db = get_session()
    broken = verify(db.exec(select(AuditEvent).order_by(AuditEvent.id)))
    total = db.exec(select(func.count()).select_from(AuditEvent)).one()
    if broken is not None:
        raise click.ClickException(f"Het auditlog is veranderd bij gebeurtenis {broken}.")
    click.echo(f"Het auditlog is in orde ({total} gebeurtenissen).")


@click.command("backup", help="Maak een consistente kopie van de database (ook terwijl de app draait).")
@click.argument("file", type=click.Path(dir_okay=False, writable=True))
@with_appcontext
def backup_command(file):
    from research.backup import backup
    from research.db import engine

    try:
        counts = backup(engine(), file)
    except OSError as error:
        raise click.ClickException(f"Kan {file} niet schrijven: {error}") from error
    click.echo(f"Back-up gemaakt in {file}: {sum(counts.values())} rijen uit {len(counts)} tabellen.")


@click.command("restore", help="Zet een back-up terug. Alles wat nu in de database staat, wordt vervangen.")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Niet om bevestiging vragen.")
@with_appcontext
def restore_command(file, yes):
    from research.backup import BackupError, restore
    from research.db import engine

    if not yes:
        click.confirm("Alle huidige gegevens worden vervangen door de back-up. Doorgaan?", abort=True)
    try:
        counts = restore(engine(), file)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Back-up teruggezet: {sum(counts.values())} rijen.")


@click.group("privacy", help="Sleutels, bewaartermijnen en rechten van deelnemers.")
def privacy_group():
    pass


@privacy_group.command("rotate-key", help="Versleutel antwoorden, notities en memo's opnieuw met een nieuwe sleutel.")
@click.option("--new-key", default=None, help="Base64 van 32 bytes. Zonder deze optie maakt Wijkstem er een.")
@with_appcontext
def rotate_key(new_key):
    from research import crypto
    from research.db import engine
    from research.rotation import rotate

    new_key = new_key or crypto.new_key()
    try:
        new = crypto.Keyring(new_key)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    count = rotate(engine(), crypto.keyring(), new)
    click.echo(f"{count} waarden opnieuw versleuteld.")
    click.echo("Zet nu de nieuwe sleutel in de omgeving en start de app opnieuw:")
    click.echo(f"  WIJKSTEM_DATA_KEY={new_key}")


@click.group("instance", help="De instellingen van deze installatie (instance/config.py).")
def instance_group():
    pass


@instance_group.command("init", help="Schrijf instance/config.py voor een demo- of testinstallatie, als die er nog "
                                     "niet is. Daarna werkt elk wijkstem-commando in die modus.")
@click.option("--mode", default="demo", show_default=True, type=click.Choice(["demo", "test", "production"]),
              help="Modus van deze installatie (productie: zet zelf de sleutels).")
def instance_init(mode):
    from research.app import instance_folder
    from research.instance_file import InstanceFileError, write_instance_config

    try:
        written = write_instance_config(instance_folder(), mode)
    except InstanceFileError as error:
        raise click.ClickException(str(error)) from error
    if written is None:
        click.echo(f"{instance_folder() / 'config.py'} bestaat al; er is niets veranderd.")
    else:
        click.echo(f"Geschreven: {written} (modus: {mode}).")


CORE_COMMANDS = (instance_group, db_group, users_group, audit_group, backup_command, restore_command, privacy_group)
