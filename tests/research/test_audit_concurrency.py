"""Many researchers at once: every page view adds exactly one audit event and the chain stays whole.

The real server (two gunicorn processes of 4 threads) on SQLite and on PostgreSQL, 8 logged-in researchers,
8 threads that each open 200 pages that record an audit event; then `wijkstem audit verify` must pass.
"""

from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text

from tests.live import DEMO_PASSWORD, log_in, served, wijkstem, wijkstem_env
from tests.test_postgres import postgres_url  # noqa: F401 - a fixture: a throwaway PostgreSQL server

pytestmark = pytest.mark.slow
RESEARCHERS = 8
VIEWS_EACH = 200
PASSWORD = "onderzoek-samen-2026"


def _count_events(url) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
    finally:
        engine.dispose()


def _interview_ids(url) -> list[int]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT id FROM interviews ORDER BY id LIMIT 8")).scalars().all()
    finally:
        engine.dispose()
    assert rows, "the demo has no interviews"
    return list(rows)


def _prepare(database_url):
    """Migrate, load the demo and add seven more researchers to the demo project."""
    env = wijkstem_env(MODE="demo", DATABASE_URL=database_url)
    wijkstem("db", "upgrade", env=env)
    wijkstem("demo", "load", env=env)
    emails = ["onderzoeker@demo.wijkstem.nl"]
    for number in range(1, RESEARCHERS):
        email = f"onderzoeker{number}@demo.wijkstem.nl"
        wijkstem("users", "create", "--email", email, "--role", "onderzoeker", "--project", "seghwaert",
                 "--password", PASSWORD, env=env)
        emails.append(email)
    return env, emails


def _view_pages(browser, base_url, interview_ids, worker):
    statuses = []
    for number in range(VIEWS_EACH):
        interview_id = interview_ids[(worker + number) % len(interview_ids)]
        page = browser.get(f"{base_url}/p/seghwaert/beoordelen/{interview_id}", timeout=60)
        statuses.append(page.status_code)
    return statuses


def _many_researchers_keep_one_chain(database_url, tmp_path):
    env, emails = _prepare(database_url)
    interview_ids = _interview_ids(database_url)
    with served(env, tmp_path / "server.log") as base_url:
        browsers = [log_in(base_url, email, DEMO_PASSWORD if index == 0 else PASSWORD)
                    for index, email in enumerate(emails)]
        before = _count_events(database_url)
        with ThreadPoolExecutor(RESEARCHERS) as pool:
            results = list(pool.map(lambda work: _view_pages(work[1], base_url, interview_ids, work[0]),
                                    enumerate(browsers)))
    statuses = [status for result in results for status in result]
    assert statuses == [200] * (RESEARCHERS * VIEWS_EACH)
    assert _count_events(database_url) - before == RESEARCHERS * VIEWS_EACH
    verified = wijkstem("audit", "verify", env=env, check=False)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_many_researchers_keep_one_chain_on_sqlite(tmp_path):
    _many_researchers_keep_one_chain(f"sqlite:///{tmp_path}/live.sqlite3", tmp_path)


def test_many_researchers_keep_one_chain_on_postgresql(postgres_url, tmp_path):  # noqa: F811 - the fixture
    _many_researchers_keep_one_chain(postgres_url, tmp_path)
