"""Wijkstem core: app factory, configuration, database, accounts, roles, access, audit, CLI."""


def create_app(test_config=None):
    """Build the Wijkstem Flask app (see research.app)."""
    from research.app import create_app as _create_app

    return _create_app(test_config)
