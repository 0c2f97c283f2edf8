"""What every `wijkstem` command shares: the Dutch --help option, finding a project, writing a file."""

from pathlib import Path

import click

PROJECT_HELP = "Korte naam van het project (zoals in de link)."
_help_option = click.help_option("--help", "-h", help="Toon deze uitleg en stop.")


def with_dutch_help(commands):
    """Give every command and sub-command a Dutch -h/--help (once); returns the commands."""
    for command in commands:
        if not any("--help" in param.opts for param in command.params):
            _help_option(command)
        with_dutch_help(getattr(command, "commands", {}).values())
    return commands


def project_or_fail(db, slug: str):
    """The project with this short name, or a clear error for the command line."""
    from research.projects.services import find_project

    project = find_project(db, slug)
    if project is None:
        raise click.ClickException(f"Er is geen project met de korte naam {slug!r}.")
    return project


def write_or_fail(out: Path, content: bytes) -> None:
    """Write the file, or stop with a Dutch reason why it cannot be written."""
    try:
        out.write_bytes(content)
    except OSError as error:
        raise click.ClickException(f"Kan {out} niet schrijven: {_why(error)}.") from error


def _why(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "de map bestaat niet"
    if isinstance(error, IsADirectoryError):
        return "dit is een map; geef een bestandsnaam"
    if isinstance(error, PermissionError):
        return "u mag daar niet schrijven"
    return error.strerror or str(error)
