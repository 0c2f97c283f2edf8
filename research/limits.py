"""Rate limits (Flask-Limiter): in memory on one machine, Redis when WIJKSTEM_RATELIMIT_STORAGE_URI says so.

In memory, each server process counts for itself. So that all processes together never allow more than
the limit, each process allows its share: with 2 processes "10 per minute" is "5 per minute" in each.
A shared store (Redis) counts for all processes at once and gets the whole limit.
"""

from functools import lru_cache

from flask import current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from limits import parse_many

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=False)

LOGIN_LIMIT = "10 per minute;50 per hour"
MEMORY = "memory://"


def login_key() -> str:
    """Count log-in attempts per address and per account, so one account cannot be guessed from many IPs slowly."""
    email = (request.form.get("email") or "").strip().lower()
    return f"{get_remote_address()}|{email}"


def failed_attempt(response) -> bool:
    """Only a log-in that fails counts towards the limit: one that works goes on with a redirect. So a key
    figure who logs in many times a day is never stopped, and a guesser still is."""
    return not 300 <= response.status_code < 400


@lru_cache(maxsize=32)
def share_of(limit: str, processes: int) -> str:
    """Each of `processes` processes' part of a limit, at least 1: "10 per minute;50 per hour" over 2 is
    "5 per minute;25 per hour"."""
    return ";".join(f"{max(1, item.amount // processes)} per {item.multiples} {item.GRANULARITY.name}"
                    for item in parse_many(limit))


def per_process(limit: str):
    """The limit for Flask-Limiter, as this process must count it (a callable, read at each request)."""
    def current() -> str:
        processes = int(current_app.config.get("PROCESSES") or 1)
        if processes == 1 or not current_app.config["RATELIMIT_STORAGE_URI"].startswith(MEMORY):
            return limit
        return share_of(limit, processes)
    return current


def init_app(app):
    app.config.setdefault("RATELIMIT_STORAGE_URI", MEMORY)
    app.config.setdefault("RATELIMIT_ENABLED", True)
    limiter.init_app(app)
