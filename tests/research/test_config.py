"""Configuration: one place, environment variables win, secrets required in production."""

import os

import pytest

from research import create_app
from research.config import ConfigError


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, tmp_path):
    monkeypatch.delenv("WIJKSTEM_SECRET_KEY", raising=False)
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app({"MODE": "production", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"})


def test_production_refuses_to_start_without_a_data_key(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKSTEM_SECRET_KEY", "een-echt-geheim")
    with pytest.raises(ConfigError, match="DATA_KEY"):
        create_app({"MODE": "production", "DATABASE_URL": f"sqlite:///{tmp_path}/x.sqlite3"})


def test_environment_variables_with_prefix_are_read(monkeypatch, tmp_path):
    monkeypatch.setenv("WIJKSTEM_MODE", "demo")
    monkeypatch.setenv("WIJKSTEM_DATABASE_URL", f"sqlite:///{tmp_path}/env.sqlite3")
    monkeypatch.setenv("WIJKSTEM_SESSION_IDLE_MINUTES", "12")
    monkeypatch.setenv("WIJKSTEM_LANGUAGES", "nl, en")
    app = create_app()
    assert app.config["DATABASE_URL"].endswith("env.sqlite3")
    assert app.config["SESSION_IDLE_MINUTES"] == 12
    assert app.config["LANGUAGES"] == ["nl", "en"]


def test_demo_mode_defaults_to_sqlite_in_the_instance_folder(monkeypatch):
    monkeypatch.delenv("WIJKSTEM_DATABASE_URL", raising=False)
    app = create_app({"MODE": "demo"})
    assert app.config["DATABASE_URL"].startswith("sqlite:///")
    assert app.config["DATABASE_URL"] == f"sqlite:///{os.environ['WIJKSTEM_INSTANCE_PATH']}/wijkstem.sqlite3"


def test_without_an_instance_path_the_instance_folder_is_in_the_repository(monkeypatch):
    monkeypatch.delenv("WIJKSTEM_INSTANCE_PATH")
    from research.app import ROOT, instance_folder

    assert instance_folder() == ROOT / "instance"


def test_unknown_mode_is_refused():
    with pytest.raises(ConfigError, match="MODE"):
        create_app({"MODE": "ontwikkeling", "DATABASE_URL": "sqlite://"})
