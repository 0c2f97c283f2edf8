"""The `wijkstem` command: Flask's CLI with Wijkstem's own groups.

Feature packages add their groups (demo, export, import) in their own cli.py.
"""

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from research.migrate import upgrade


def _create_app():
    from research import create_app

    return create_app()


def main():
    """Entry point of the `wijkstem` console script."""
    cli = FlaskGroup(
        create_app=_create_app,
        add_default_commands=True,
        load_dotenv=False,
        help="Wijkstem: participatief actieonderzoek in de wijk. Zie README.md voor de instellingen.",
    )
    cli.main(prog_name="wijkstem")


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
    from research.db import get_session
    from research.projects.services import find_project
    from research.users import AccountError, add_membership, create_user

    db = get_session()
    project = None
    if slug:
        project = find_project(db, slug)
        if project is None:
            raise click.ClickException(f"Geen project met de korte naam {slug!r}.")
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


def register_core_commands(app):
    """Add the core command groups to the app's CLI."""
    app.cli.add_command(db_group)
    app.cli.add_command(users_group)
