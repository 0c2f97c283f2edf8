"""Background jobs on a real task queue (huey), made lazily per app from its configuration.

- ``JOBS_URL`` (``WIJKSTEM_JOBS_URL``): empty for an SQLite queue beside the SQLite database
  (``instance/wijkstem.jobs.sqlite3``; ``instance/jobs.sqlite3`` for other databases) on one machine;
  ``redis://…`` for Redis (several machines or processes; needs the ``redis`` package).
  Each database gets a queue of its own, so a test or demo database never feeds another's worker.
- ``JOBS_IMMEDIATE``: run each task at once, in the caller's thread, with an in-memory queue.
  On by default in test mode only.

Jobs are run by ``wijkstem jobs worker`` in a process of its own (``wijkstem run`` starts one beside the
server), or by ``start_consumer_in_thread(app)`` inside a process. Either way a task runs inside an app context.
"""

import hashlib
import logging
import threading
from pathlib import Path

from huey import Huey, RedisHuey, SqliteHuey
from huey.consumer import Consumer

QUEUE_NAME = "wijkstem"
EXTENSION_KEY = "wijkstem.jobs"
REDIS_SCHEMES = ("redis://", "rediss://", "unix://")
log = logging.getLogger(__name__)
_lock = threading.Lock()


class _Jobs:
    """An app's queue and the tasks registered on it."""

    def __init__(self, huey: Huey, tasks: dict):
        self.huey, self.tasks = huey, tasks


def huey_for(app) -> Huey:
    """The app's huey instance (made on first use)."""
    return _jobs_for(app).huey


def enqueue(app, task_name: str, *args) -> None:
    """Put a task on the app's queue (in immediate mode it runs now, before this returns)."""
    _jobs_for(app).tasks[task_name](*args)


def is_immediate(app) -> bool:
    """Whether tasks run at once in the caller's thread (tests) instead of on a consumer."""
    return config_flag(app, "JOBS_IMMEDIATE", app.config.get("MODE") == "test")


def config_flag(app, key: str, default: bool) -> bool:
    """A yes/no setting; from the environment it arrives as text ("0", "ja")."""
    value = app.config.get(key, default)
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "ja", "on"}
    return bool(value)


def _jobs_for(app) -> _Jobs:
    with _lock:
        jobs = app.extensions.get(EXTENSION_KEY)
        if jobs is None:
            huey = make_huey(app.config.get("JOBS_URL") or "", app.instance_path, is_immediate(app),
                             app.config.get("DATABASE_URL") or "")
            jobs = app.extensions[EXTENSION_KEY] = _Jobs(huey, _register_tasks(huey, app))
        return jobs


def make_huey(url: str, instance_path: str, immediate: bool, database_url: str = "") -> Huey:
    """A RedisHuey for a redis:// URL, else a SqliteHuey (a sqlite:/// URL, or beside the database)."""
    name = f"{QUEUE_NAME}-{hashlib.sha256(database_url.encode()).hexdigest()[:8]}"
    if url.startswith(REDIS_SCHEMES):
        return RedisHuey(name, url=url, immediate=immediate, results=False)
    path = _beside(database_url, instance_path)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
    if not immediate:
        path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(name, filename=str(path), immediate=immediate, results=False)


def _beside(database_url: str, instance_path: str) -> Path:
    """wijkstem.sqlite3 -> wijkstem.jobs.sqlite3 in its folder; instance/jobs.sqlite3 for a server database."""
    if database_url.startswith("sqlite:///") and database_url != "sqlite:///:memory:":
        database = Path(database_url.removeprefix("sqlite:///"))
        return database.with_name(f"{database.stem}.jobs.sqlite3")
    return Path(instance_path) / "jobs.sqlite3"


def _register_tasks(huey: Huey, app) -> dict:
    """The tasks of Wijkstem, each wrapped to run inside an app context of `app`."""
    from coding.suggest_app.scoring import run_scoring_job
    from coding.suggest_app.training import run_training_job

    def in_app_context(func):
        def run(*args):
            with app.app_context():
                return func(*args)

        return run

    return {"train_suggestions": huey.task(name="train_suggestions")(in_app_context(run_training_job)),
            "score_suggestions": huey.task(name="score_suggestions")(in_app_context(run_scoring_job))}


class InProcessConsumer(Consumer):
    """A consumer that leaves the signals to the web server it runs beside (Ctrl+C still stops the server)."""

    def _set_signal_handlers(self):
        pass


def start_consumer_in_thread(app, workers: int = 1) -> Consumer | None:
    """Start a consumer's worker threads in this process; returns it (call ``.stop()`` to end), or None
    when tasks run immediately anyway."""
    huey = huey_for(app)
    if huey.immediate:
        return None
    consumer = InProcessConsumer(huey, workers=workers, worker_type="thread", periodic=False)
    consumer.start()
    log.info("Achtergrondtaken: %d werker(s) in dit proces.", workers)
    return consumer


def run_worker(app, workers: int = 1) -> None:
    """Run a consumer in the foreground until Ctrl+C or SIGTERM (the `wijkstem jobs worker` command)."""
    huey = huey_for(app)
    if huey.immediate:
        raise RuntimeError("JOBS_IMMEDIATE staat aan: taken draaien dan meteen, een werker is niet nodig.")
    huey.create_consumer(workers=workers, worker_type="thread", periodic=False).run()
