"""Alembic, driven from code: the migrations live in research/migrations."""

from alembic import command
from alembic.config import Config


def alembic_config(database_url: str) -> Config:
    """An Alembic config for this package's migrations and the given database."""
    config = Config()
    config.set_main_option("script_location", "research:migrations")
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the database schema up to date."""
    command.upgrade(alembic_config(database_url), revision)
