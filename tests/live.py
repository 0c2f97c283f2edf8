"""The real server (`wijkstem run`) on a given database, driven over HTTP with cookie jars (no browser)."""

import os
import re
import socket
import subprocess
import sys
import time
from contextlib import contextmanager

import requests

DEMO_PASSWORD = "wijkstem-demo-2026"
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def wijkstem_env(**settings) -> dict:
    """The machine's environment without WIJKSTEM_* variables, plus the given settings.

    The instance folder is the tests' own one unless a setting names another.
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIJKSTEM_") or k == "WIJKSTEM_INSTANCE_PATH"}
    env.update({f"WIJKSTEM_{key}": value for key, value in settings.items()})
    return env


def wijkstem(*args, env, check=True, **kwargs) -> subprocess.CompletedProcess:
    """Run the `wijkstem` command in a separate process."""
    command = [sys.executable, "-c", "from research.cli import main; main()", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, check=check, **kwargs)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def served(env, log_path, processes=2, threads=4):
    """Serve the app as `wijkstem run` does (gunicorn worker processes) on a free port; yield its base URL."""
    port = free_port()
    with open(log_path, "w") as log:
        command = [sys.executable, "-c", "from research.cli import main; main()", "run", "--port", str(port),
                   "--processes", str(processes), "--threads", str(threads)]
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(port, process)
            yield f"http://127.0.0.1:{port}"
        finally:
            process.terminate()
            process.wait(timeout=20)


def wait_for(port, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the server stopped while starting")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("the server did not start in time")


def log_in(base_url, email, password=DEMO_PASSWORD) -> requests.Session:
    """A cookie jar logged in through the real form (with its CSRF token)."""
    browser = requests.Session()
    page = browser.get(f"{base_url}/auth/inloggen", timeout=30)
    token = CSRF.search(page.text).group(1)
    answer = browser.post(f"{base_url}/auth/inloggen", timeout=30,
                          data={"csrf_token": token, "email": email, "password": password})
    assert answer.ok and "/auth/inloggen" not in answer.url, f"log-in of {email} failed"
    return browser
