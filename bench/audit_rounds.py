"""Do page views slow down as the audit log grows? Rounds of 8 researchers x 200 views on the real server.

Prints per round the p50/p95 of a review page (each view adds one audit event), the events in the log, and
at the end how long `wijkstem audit verify` takes. `--prefill N` first adds N events, as a year of use would.

    .venv/bin/python -m bench.audit_rounds --rounds 5 --prefill 100000
"""

import argparse
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.live import DEMO_PASSWORD, log_in, served, wijkstem, wijkstem_env  # noqa: E402

RESEARCHERS = 8
VIEWS = 200
PASSWORD = "onderzoek-samen-2026"


def prefill(env, count: int) -> None:
    """Add `count` chained events through the app's own append (so the chain stays valid)."""
    script = (
        "from research import create_app\nfrom research import audit\nfrom research.db import get_session\n"
        "app = create_app()\nwith app.app_context():\n"
        f"    for n in range({count}):\n"
        "        audit.record('antwoorden_bekeken', object_type='interview', object_id=n % 30)\n"
        "        if n % 1000 == 999: get_session().commit()\n"
        "    get_session().commit()\n"
    )
    import subprocess

    subprocess.run([sys.executable, "-c", script], env=env, check=True, timeout=3600)


def one_round(browsers, base_url, ids) -> list[float]:
    def work(worker):
        times = []
        for number in range(VIEWS):
            started = time.perf_counter()
            page = browsers[worker].get(f"{base_url}/p/seghwaert/beoordelen/{ids[(worker + number) % len(ids)]}",
                                        timeout=60)
            times.append((time.perf_counter() - started) * 1000)
            assert page.status_code == 200, page.status_code
        return times

    with ThreadPoolExecutor(RESEARCHERS) as pool:
        return [t for result in pool.map(work, range(RESEARCHERS)) for t in result]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--prefill", type=int, default=0, help="events to add before the first round")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wijkstem-audit-bench-"))
    url = f"sqlite:///{folder}/bench.sqlite3"
    env = wijkstem_env(MODE="demo", DATABASE_URL=url, INSTANCE_PATH=str(folder))
    wijkstem("db", "upgrade", env=env)
    wijkstem("demo", "load", env=env)
    emails = ["onderzoeker@demo.wijkstem.nl"]
    for number in range(1, RESEARCHERS):
        emails.append(f"onderzoeker{number}@demo.wijkstem.nl")
        wijkstem("users", "create", "--email", emails[-1], "--role", "onderzoeker", "--project", "seghwaert",
                 "--password", PASSWORD, env=env)
    if args.prefill:
        prefill(env, args.prefill)
    engine = create_engine(url)
    with engine.connect() as connection:
        ids = list(connection.execute(text("SELECT id FROM interviews ORDER BY id LIMIT 8")).scalars())
    print(f"{RESEARCHERS} researchers x {VIEWS} review-page views per round, SQLite, 2 processes x 4 threads")
    print(f"{'round':>5} {'p50 ms':>8} {'p95 ms':>8} {'events':>9}")
    with served(env, folder / "server.log") as base_url:
        browsers = [log_in(base_url, e, DEMO_PASSWORD if i == 0 else PASSWORD) for i, e in enumerate(emails)]
        for number in range(1, args.rounds + 1):
            times = sorted(one_round(browsers, base_url, ids))
            with engine.connect() as connection:
                events = connection.execute(text("SELECT count(*) FROM audit_events")).scalar_one()
            p95 = times[int(len(times) * 0.95)]
            print(f"{number:>5} {statistics.median(times):>8.1f} {p95:>8.1f} {events:>9}")
    started = time.perf_counter()
    verified = wijkstem("audit", "verify", env=env, check=False)
    print(f"audit verify: {(verified.stdout or verified.stderr).strip()} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
