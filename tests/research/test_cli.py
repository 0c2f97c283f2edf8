"""The wijkstem command line: migrations and accounts."""

import subprocess
import sys

from sqlmodel import select

from research.models import Membership, User
from research.users import authenticate
from tests import factories


def test_users_create_with_project_role(runner, db):
    project = factories.make_project(db, slug="westland")
    db.commit()
    result = runner.invoke(args=["users", "create", "--email", "Sanne@Gemeente.nl", "--role", "gemeente",
                                 "--project", "westland", "--password", "lang-genoeg-123"])
    assert result.exit_code == 0, result.output
    user = db.exec(select(User).where(User.email == "sanne@gemeente.nl")).one()
    membership = db.exec(select(Membership).where(Membership.user_id == user.id)).one()
    assert (membership.project_id, membership.role) == (project.id, "gemeente")
    assert authenticate(db, "sanne@gemeente.nl", "lang-genoeg-123") is not None


def test_users_create_refuses_a_short_password_and_unknown_project(runner, db):
    short = runner.invoke(args=["users", "create", "--email", "a@b.nl", "--role", "onderzoeker", "--password", "kort"])
    assert short.exit_code != 0 and "10 tekens" in short.output
    unknown = runner.invoke(args=["users", "create", "--email", "a@b.nl", "--role", "gemeente",
                                  "--project", "bestaat-niet", "--password", "lang-genoeg-123"])
    assert unknown.exit_code != 0 and "bestaat-niet" in unknown.output
    assert db.exec(select(User)).all() == []


def test_db_upgrade_creates_the_schema_on_a_new_file(tmp_path):
    env = {"WIJKSTEM_MODE": "test", "WIJKSTEM_DATABASE_URL": f"sqlite:///{tmp_path}/nieuw.sqlite3", "PATH": ""}
    result = subprocess.run([sys.executable, "-c", "from research.cli import main; main()", "db", "upgrade"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    import sqlite3

    tables = {r[0] for r in sqlite3.connect(tmp_path / "nieuw.sqlite3").execute("select name from sqlite_master")}
    assert {"users", "projects", "answers", "segments", "audit_events"} <= tables


def test_help_works_without_configuration():
    result = subprocess.run([sys.executable, "-c", "from research.cli import main; main()", "--help"],
                            env={"PATH": ""}, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for command in ("db", "users", "demo", "export", "run"):
        assert command in result.stdout
