"""Browser tests: the real server (`wijkstem run`) on a real SQLite file with the demo, driven by Chromium."""

import shutil
from pathlib import Path

import pytest

from tests.live import DEMO_PASSWORD, served, wijkstem, wijkstem_env

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
TABLET = {"width": 768, "height": 1024}
PHONE = {"width": 375, "height": 667}


@pytest.fixture(scope="session")
def live_database_url(tmp_path_factory):
    """The SQLite URL the live server uses; tests may open it to check what was stored."""
    return f"sqlite:///{tmp_path_factory.mktemp('e2e-db')}/e2e.sqlite3"


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, live_database_url):
    """The app as `make run` serves it: migrated, demo loaded, served by `wijkstem run` on a free port."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed; `make test` installs it (Debian package chromium)")
    folder = tmp_path_factory.mktemp("e2e")
    env = wijkstem_env(MODE="demo", DATABASE_URL=live_database_url)
    wijkstem("db", "upgrade", env=env)
    wijkstem("demo", "load", env=env)
    with served(env, folder / "server.log") as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed; `make test` installs it (Debian package chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def tablet(browser, live_server):
    """A fresh browser context the size of a tablet, with the base URL set."""
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def phone(browser, live_server):
    context = browser.new_context(viewport=PHONE, base_url=live_server, locale="nl-NL", has_touch=True)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, email, password=DEMO_PASSWORD):
    """Log in through the login form as a person would."""
    page.goto("/auth/inloggen")
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    with page.expect_navigation():  # the next step must not cut the log-in short
        page.get_by_role("button", name="Inloggen").click()


@pytest.fixture
def live_db(live_server, live_database_url):
    """A session on the live server's database (demo keys), to check what the browser stored."""
    from sqlmodel import Session

    from research import create_app
    from research.db import engine

    app = create_app({"MODE": "demo", "DATABASE_URL": live_database_url})
    with app.app_context(), Session(engine()) as session:
        yield session
    app.extensions["wijkstem.engine"].dispose()
