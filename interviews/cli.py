"""`wijkstem` commands of the interviews package."""


def register(app):
    """Add the interview command groups to the app's CLI."""
