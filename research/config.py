"""Configuration from one place: defaults, then instance/config.py, then WIJKSTEM_* variables."""

import base64
import hashlib
import os
from pathlib import Path

ENV_PREFIX = "WIJKSTEM_"
RELAXED_MODES = {"demo", "test"}

DEFAULTS = {
    "MODE": "production",  # production | demo | test
    "DATABASE_URL": None,  # default: an SQLite file in the instance folder
    "SECRET_KEY": None,
    "DATA_KEY": None,  # base64 of 32 bytes: encrypts answers, notes and memos at rest
    "OLD_DATA_KEYS": [],  # earlier keys, still accepted for reading after a rotation
    "LANGUAGES": ["nl", "en"],
    "BABEL_DEFAULT_LOCALE": "nl",
    "BABEL_DEFAULT_TIMEZONE": "Europe/Amsterdam",
    "SESSION_IDLE_MINUTES": 30,
    "SESSION_ABSOLUTE_HOURS": 12,
    "SESSION_COOKIE_SECURE": False,
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "MAX_CONTENT_LENGTH": 10 * 1024 * 1024,
    "MAX_ANSWER_CHARS": 20_000,
    "WTF_CSRF_TIME_LIMIT": None,  # the token lives as long as the session
    "RATELIMIT_STORAGE_URI": "memory://",  # redis://… to count for all server processes at once
    "PROCESSES": 1,  # server processes (`wijkstem run` sets it); in memory each counts its share of a limit
    "REQUIRE_TOTP": False,  # require a second log-in step for researchers, municipality and admins
    "JOBS_URL": None,  # redis://… for a shared job queue; default: a huey SQLite queue beside the database
}

INT_KEYS = {"SESSION_IDLE_MINUTES", "SESSION_ABSOLUTE_HOURS", "MAX_CONTENT_LENGTH", "MAX_ANSWER_CHARS", "PROCESSES"}
LIST_KEYS = {"LANGUAGES", "OLD_DATA_KEYS"}
BOOL_KEYS = {"SESSION_COOKIE_SECURE", "REQUIRE_TOTP", "JOBS_IMMEDIATE", "SUGGESTIONS_AUTOTRAIN"}


class ConfigError(RuntimeError):
    """The configuration cannot run safely."""


def load_config(app, test_config=None):
    """Fill app.config from defaults, the instance file, the environment and test overrides."""
    app.config.from_mapping(DEFAULTS)
    app.config.from_pyfile("config.py", silent=True)
    app.config.update(_from_environment(os.environ))
    if test_config:
        app.config.update(test_config)
    _fill_relaxed_defaults(app.config)
    if not app.config["DATABASE_URL"]:
        app.config["DATABASE_URL"] = default_database_url(app.instance_path)
    _check(app.config)


def default_database_url(instance_path):
    """The embedded SQLite database under the instance folder."""
    return f"sqlite:///{Path(instance_path) / 'wijkstem.sqlite3'}"


def _from_environment(environ):
    values = {}
    for name, raw in environ.items():
        if not name.startswith(ENV_PREFIX):
            continue
        key = name[len(ENV_PREFIX):]
        if key in INT_KEYS:
            values[key] = int(raw)
        elif key in LIST_KEYS:
            values[key] = [part.strip() for part in raw.split(",") if part.strip()]
        elif key in BOOL_KEYS:
            values[key] = raw.strip().lower() in {"1", "true", "yes", "ja"}
        else:
            values[key] = raw
    return values


def _fill_relaxed_defaults(config):
    # Demo and test mode may run without secrets; their keys are public, so their data is not.
    if config["MODE"] not in RELAXED_MODES:
        return
    if not config.get("SECRET_KEY"):
        config["SECRET_KEY"] = f"wijkstem-{config['MODE']}-not-secret"
    if not config.get("DATA_KEY"):
        digest = hashlib.sha256(f"wijkstem-{config['MODE']}-data-key".encode()).digest()
        config["DATA_KEY"] = base64.b64encode(digest).decode()


def _check(config):
    if config["MODE"] not in {"production", *RELAXED_MODES}:
        raise ConfigError(f"WIJKSTEM_MODE must be production, demo or test, not {config['MODE']!r}")
    if not config.get("SECRET_KEY"):
        raise ConfigError("Set WIJKSTEM_SECRET_KEY (or SECRET_KEY in instance/config.py).")
    if not config.get("DATA_KEY"):
        raise ConfigError("Set WIJKSTEM_DATA_KEY: base64 of 32 random bytes (see README.md).")
