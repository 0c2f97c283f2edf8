"""Shared fixtures: a real SQLite file per test (migrated by Alembic once, then copied), app, client, users."""

import os
import shutil
import tempfile
from dataclasses import dataclass

import pytest
from sqlmodel import Session, select

from research import create_app
from research.db import engine
from research.migrate import upgrade
from tests import factories

TEST_CONFIG = {
    "MODE": "test", "TESTING": True, "WTF_CSRF_ENABLED": False, "SERVER_NAME": "wijkstem.test",
    "RATELIMIT_ENABLED": False,  # tests log in far more often than people do; one test turns it on
}


def pytest_configure(config):
    """Tests never read or write the repository's instance/ folder (a `make run` there must not change them)."""
    os.environ["WIJKSTEM_INSTANCE_PATH"] = tempfile.mkdtemp(prefix="wijkstem-instance-")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """One database file migrated to head; every test gets its own copy."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    app = create_app({**TEST_CONFIG, "DATABASE_URL": f"sqlite:///{path}"})
    upgrade(app.config["DATABASE_URL"])
    app.extensions["wijkstem.engine"].dispose()
    return path


@pytest.fixture
def db_path(migrated_template, tmp_path):
    path = tmp_path / "wijkstem.sqlite3"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def app(db_path):
    app = create_app({**TEST_CONFIG, "DATABASE_URL": f"sqlite:///{db_path}"})
    yield app
    app.extensions["wijkstem.engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    """A session on the test database, outside any request; commit to make rows visible to requests."""
    with app.app_context():
        with Session(engine(), expire_on_commit=False) as session:
            yield session


@pytest.fixture
def login(client):
    """Log a user in through the real login form."""

    def do_login(user, password=factories.PASSWORD):
        response = client.post("/auth/inloggen", data={"email": user.email, "password": password})
        assert response.status_code == 302, response.get_data(as_text=True)[:500]
        return user

    return do_login


@dataclass
class World:
    """One project with a user per role, a guide, a consented participant, an interview and a coding."""

    project: object
    other_project: object
    admin: object
    researcher: object
    key_figure: object
    municipality: object
    outsider: object
    guide: object
    questions: list
    participant: object
    interview: object
    answer: object
    code: object
    segment: object

    def user_for(self, role):
        return {
            "beheerder": self.admin, "onderzoeker": self.researcher, "sleutelfiguur": self.key_figure,
            "gemeente": self.municipality, "buitenstaander": self.outsider,
        }.get(role)


@pytest.fixture
def world(db):
    f = factories
    project = f.make_project(db, slug="seghwaert-proef", code_prefix="SG")
    other = f.make_project(db, slug="ander-project")
    admin = f.make_user(db, "beheerder", email="beheer@proef.nl")
    researcher = f.make_user(db, "onderzoeker", email="onderzoeker@proef.nl")
    key_figure = f.make_user(db, "sleutelfiguur", email="sleutel@proef.nl")
    municipality = f.make_user(db, "gemeente", email="gemeente@proef.nl")
    outsider = f.make_user(db, "onderzoeker", email="buiten@proef.nl")
    f.add_member(db, researcher, project, "onderzoeker")
    f.add_member(db, key_figure, project, "sleutelfiguur")
    f.add_member(db, municipality, project, "gemeente")
    f.add_member(db, outsider, other, "onderzoeker")
    guide, questions = f.make_guide(db, project)
    participant = f.make_participant(db, project, created_by=key_figure)
    interview = f.make_interview(
        db, project, guide, participant, key_figure,
        answers=[(questions[0], "De speeltuin is fijn, maar de drempel om hulp te vragen is hoog.")],
    )
    from interviews.models import Answer

    answer = db.exec(select(Answer).where(Answer.interview_id == interview.id)).one()
    code = f.make_code(db, project, name="Drempel om hulp te vragen", keywords="drempel\nhulp")
    segment = f.make_segment(db, answer, code, start=26, end=len(answer.text), coder=researcher,
                             quote="De drempel om hulp te vragen is hoog.")
    db.commit()
    return World(project, other, admin, researcher, key_figure, municipality, outsider, guide, questions,
                 participant, interview, answer, code, segment)
