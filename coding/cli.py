"""`wijkstem` commands of the coding package: demo data and exports."""


def register(app):
    """Add the coding command groups (demo, export) to the app's CLI."""
