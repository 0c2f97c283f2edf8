"""`wijkstem` commands of the coding package: exports.

Add commands to the groups below; research.app.cli_commands() puts COMMANDS on the `wijkstem` CLI.
"""

import click


@click.group("export", help="Exporteer gegevens van een project naar een bestand.")
def export_group():
    pass


COMMANDS = (export_group,)
