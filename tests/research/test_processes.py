"""Several server processes: together they never allow more log-in attempts than one would, and
`wijkstem run` starts the background-job process beside them and stops it with them."""

import os
import subprocess
import sys
import time

import pytest
import requests

from research.limits import LOGIN_LIMIT, per_process, share_of
from tests.live import CSRF, free_port, served, wait_for, wijkstem, wijkstem_env


def test_each_process_counts_its_share_of_a_limit():
    assert share_of(LOGIN_LIMIT, 2) == "5 per 1 minute;25 per 1 hour"
    assert share_of("20 per minute;100 per hour", 3) == "6 per 1 minute;33 per 1 hour"
    assert share_of("10 per minute", 20) == "1 per 1 minute"  # never zero: a person can always try once


def test_a_shared_store_counts_the_whole_limit(app):
    limit = per_process(LOGIN_LIMIT)
    with app.app_context():
        app.config.update(PROCESSES=2, RATELIMIT_STORAGE_URI="memory://")
        assert limit() == "5 per 1 minute;25 per 1 hour"
        app.config.update(RATELIMIT_STORAGE_URI="redis://localhost:6379")
        assert limit() == LOGIN_LIMIT
        app.config.update(PROCESSES=1, RATELIMIT_STORAGE_URI="memory://")
        assert limit() == LOGIN_LIMIT


def _wrong_log_in(base_url, email) -> int:
    with requests.Session() as browser:  # a new connection each time, so any process may take it
        token = CSRF.search(browser.get(f"{base_url}/auth/inloggen", timeout=30).text).group(1)
        return browser.post(f"{base_url}/auth/inloggen", timeout=30,
                            data={"csrf_token": token, "email": email, "password": "fout-fout-fout"}).status_code


def _children(pid) -> set[int]:
    with open(f"/proc/{pid}/task/{pid}/children") as listing:
        return {int(child) for child in listing.read().split()}


@pytest.mark.slow
def test_two_processes_allow_no_more_wrong_log_ins_than_one(tmp_path):
    env = wijkstem_env(MODE="demo", DATABASE_URL=f"sqlite:///{tmp_path / 'w.sqlite3'}", RATELIMIT_ENABLED="1",
                       INSTANCE_PATH=str(tmp_path))
    wijkstem("db", "upgrade", env=env)
    with served(env, tmp_path / "server.log", processes=2, threads=2) as base_url:
        statuses = [_wrong_log_in(base_url, "onderzoeker@demo.wijkstem.nl") for _ in range(25)]
    assert set(statuses) == {200, 429}
    assert statuses.count(200) <= 10, f"{statuses.count(200)} attempts let through in one minute"
    assert "2 processen" in (tmp_path / "server.log").read_text()


def _command_line(pid) -> str:
    with open(f"/proc/{pid}/cmdline", "rb") as line:
        return line.read().replace(b"\0", b" ").decode()


@pytest.mark.slow
def test_the_job_process_starts_and_stops_with_the_server(tmp_path):
    env = wijkstem_env(MODE="demo", DATABASE_URL=f"sqlite:///{tmp_path / 'w.sqlite3'}", JOBS_IMMEDIATE="0",
                       INSTANCE_PATH=str(tmp_path))
    wijkstem("db", "upgrade", env=env)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", "from research.cli import main; main()", "run",
                               "--port", str(port), "--processes", "2"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, server)
        deadline = time.monotonic() + 20  # the workers may still be starting once the port answers
        while len(children := _children(server.pid)) < 3 and time.monotonic() < deadline:
            time.sleep(0.2)
        jobs = [pid for pid in children if "jobs worker" in _command_line(pid)]
        assert len(jobs) == 1 and len(children) == 3, "two server processes and one job process"
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert not os.path.exists(f"/proc/{jobs[0]}"), "the job process outlived the server"
