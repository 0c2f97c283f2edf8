"""The same code on PostgreSQL: migrations, the demo, the municipality's figures, backup and restore.

Starts a throwaway PostgreSQL server on a free loopback port (Debian's postgresql package, which
`make test` installs); skips with the reason when no server binaries are on the machine.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
from sqlmodel import Session

from research import create_app
from research.backup import backup, restore
from research.db import engine
from research.migrate import upgrade

pytestmark = pytest.mark.slow
BIN_DIRS = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _as_postgres_user(command):
    if os.geteuid() == 0:  # initdb refuses to run as root
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="module")
def postgres_url():
    if not BIN_DIRS or shutil.which("runuser") is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian package postgresql; `make test` adds it)")
    bin_dir = BIN_DIRS[-1]
    # pytest's temp folders are private to root; the postgres user needs a folder of its own.
    folder = Path(tempfile.mkdtemp(prefix="wijkstem-pg-"))
    folder.chmod(0o755)
    data = folder / "data"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(_as_postgres_user([f"{bin_dir}/initdb", "-D", str(data), "-A", "trust", "-U", "postgres"]),
                   check=True, capture_output=True)
    options = f"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(_as_postgres_user([f"{bin_dir}/pg_ctl", "-D", str(data), "-o", options, "-w", "start",
                                      "-l", str(data / "log")]), check=True, capture_output=True)
    try:
        _wait(port)
        subprocess.run(_as_postgres_user([f"{bin_dir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U",
                                          "postgres", "wijkstem"]), check=True, capture_output=True)
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/wijkstem"
    finally:
        subprocess.run(_as_postgres_user([f"{bin_dir}/pg_ctl", "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def _wait(port):
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("PostgreSQL did not start")


def _figures(app):
    from coding.demo.load import load_demo
    from coding.reports.gather import gather_report
    from research.projects.services import find_project

    with app.app_context(), Session(engine(), expire_on_commit=False) as db:
        load_demo(db)
        db.commit()
        project = find_project(db, "seghwaert")
        return gather_report(db, project), _coding_views(db, project)


def _coding_views(db, project):
    """What the answer and theme pages read, in positions rather than ids: neighbours, codings, fragment pages."""
    from coding.analysis import segments_for_code_page
    from coding.codebook import codes_of
    from coding.corpus import codable_answer, codable_answer_order
    from coding.pages import answer_page

    order = codable_answer_order(db, project)
    place = {answer_id: n for n, answer_id in enumerate(order)}
    answers = []
    for answer_id in order:
        page = answer_page(db, project, codable_answer(db, project, answer_id))
        answers.append((place.get(page["previous_id"]), place.get(page["next_id"]), place.get(page["next_open_id"]),
                        [(s.text, [c.name for c in codes]) for s, codes in page["segments"]],
                        [(row.code.name, row.description) for row in page["panel"].provenance]))
    themes = []
    for code in codes_of(db, project):
        page = segments_for_code_page(db, project, code, page=2, per_page=3)
        themes.append((code.name, page.total, page.number, [row.segment.text for row in page.rows]))
    return answers, themes


def test_demo_figures_and_coding_pages_are_the_same_on_postgresql_and_sqlite(postgres_url, tmp_path):
    pg_app = create_app({"MODE": "test", "DATABASE_URL": postgres_url})
    upgrade(postgres_url)
    sqlite_url = f"sqlite:///{tmp_path}/vergelijk.sqlite3"
    sqlite_app = create_app({"MODE": "test", "DATABASE_URL": sqlite_url})
    upgrade(sqlite_url)
    on_postgres, on_sqlite = _figures(pg_app), _figures(sqlite_app)
    assert on_postgres[0] == on_sqlite[0]
    assert on_postgres[1] == on_sqlite[1]  # the coding pages' queries (UNION ALL, bound LIMIT/OFFSET) agree
    answers, themes = on_sqlite[1]
    assert any(provenance for *_rest, provenance in answers) and any(total > 3 for _n, total, _p, _r in themes)

    with pg_app.app_context():
        counts = backup(engine(), tmp_path / "pg.zip")
        assert counts["answers"] > 300
        restored = restore(engine(), tmp_path / "pg.zip")
    assert restored == counts
    pg_app.extensions["wijkstem.engine"].dispose()
    sqlite_app.extensions["wijkstem.engine"].dispose()
