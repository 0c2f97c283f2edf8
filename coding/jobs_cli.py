"""`wijkstem jobs …`: run background jobs (training the suggestion models) in a process of their own."""

import click
from flask import current_app
from flask.cli import with_appcontext


@click.group("jobs", help="Achtergrondtaken, zoals het trainen van de suggestiemodellen.")
def jobs_group():
    pass


@jobs_group.command(
    "worker",
    short_help="Voer achtergrondtaken uit tot Ctrl+C.",
    help="Voer achtergrondtaken uit tot Ctrl+C. De wachtrij staat naast de SQLite-database, "
         "of in Redis als WIJKSTEM_JOBS_URL=redis://… is gezet.",
)
@click.option("--threads", default=1, show_default=True, type=click.IntRange(1, 8),
              help="Hoeveel taken tegelijk.")
@with_appcontext
def jobs_worker(threads):
    from coding.jobs import run_worker

    app = current_app._get_current_object()
    click.echo(f"Achtergrondtaken: {threads} werker(s). Stop met Ctrl+C.")
    try:
        run_worker(app, workers=threads)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from error
