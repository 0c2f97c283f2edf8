"""Serving the app (`wijkstem run`): gunicorn worker processes, and background jobs in a process of their own.

Why processes and not threads: a page is mostly Python work, and threads of one process take turns on one
core (the GIL). Measured on the answer coding page with 8 clients (bench/README.md): one process with 8
threads gave 66 pages a second, two processes with one thread each 193.

- Each worker process makes its own app after the fork, so no database connection is shared between them.
- gunicorn's threaded worker keeps idle keep-alive connections (tablets) out of the way of requests.
- Background jobs (training suggestion models) run in `wijkstem jobs worker`, started and stopped with the
  server, so a long training never takes a core's turn from a page.
"""

import os
import subprocess
import sys

from gunicorn.app.base import BaseApplication

JOBS_COMMAND = [sys.executable, "-c", "from research.cli import main; main()", "jobs", "worker"]


def default_processes() -> int:
    """One worker process per core this process may use (a container may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class _Server(BaseApplication):
    """gunicorn, configured here instead of from its command line; each worker calls `make_app`."""

    def __init__(self, make_app, options: dict):
        self.make_app, self.options = make_app, options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.make_app()


def serve(make_app, host: str, port: int, processes: int, threads: int) -> None:
    """Serve until Ctrl+C or SIGTERM. Every process must see the process count: set it before the first app."""
    _Server(make_app, {
        "bind": f"{host}:{port}",
        "workers": processes,
        "worker_class": "gthread",
        "threads": threads,
        "worker_connections": 500,  # 100 tablets keep connections open
        "timeout": 120,  # a large import or report may take a while
        "graceful_timeout": 10,
        "proc_name": "wijkstem",
    }).run()


def start_jobs_process() -> subprocess.Popen:
    """`wijkstem jobs worker` beside the server, on the same settings (it inherits the environment)."""
    return subprocess.Popen(JOBS_COMMAND)  # noqa: S603 - a fixed command, no outside input


def stop_jobs_process(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
