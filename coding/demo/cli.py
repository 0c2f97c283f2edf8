"""`wijkstem demo load`: the Seghwaert demo project with accounts, interviews and codings."""

import click
from flask.cli import with_appcontext


@click.group("demo", help="Demogegevens laden.")
def demo_group():
    pass


@demo_group.command("load", help="Laad het demoproject 'seghwaert' met een account per rol.")
@click.option("--if-empty", is_flag=True, help="Alleen laden als er nog geen accounts zijn.")
@with_appcontext
def demo_load(if_empty):
    from coding.demo.load import DEMO_PASSWORD, DemoError, load_demo
    from research.db import get_session
    from research.users import count_users

    db = get_session()
    if if_empty and count_users(db) > 0:
        click.echo("De database heeft al gegevens; de demo is niet opnieuw geladen.")
        return
    try:
        summary = load_demo(db)
    except DemoError as error:
        raise click.ClickException(str(error)) from error
    db.commit()
    click.echo(f"Demoproject geladen: {summary}")
    click.echo(f"Demo-accounts (wachtwoord voor allemaal: {DEMO_PASSWORD}):")
    for role, email in summary.accounts:
        click.echo(f"  {role:<14} {email}")
