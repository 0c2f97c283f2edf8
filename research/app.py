"""The app factory: the one place that assembles core and feature packages."""

import os
from pathlib import Path

from flask import Flask, g, render_template
from flask_wtf.csrf import CSRFError, CSRFProtect

from research import access, background, crypto, db, i18n, limits, sessions, urls
from research.auth import second_step
from research.config import load_config
from research.headers import add_security_headers

ROOT = Path(__file__).resolve().parent.parent
csrf = CSRFProtect()


def instance_folder() -> Path:
    """Where instance/config.py and the SQLite database live: WIJKSTEM_INSTANCE_PATH, or instance/ in the repository."""
    return Path(os.environ.get("WIJKSTEM_INSTANCE_PATH") or ROOT / "instance")


def create_app(test_config=None) -> Flask:
    """Build a Wijkstem app; test_config overrides everything else."""
    app = Flask(
        "research",
        instance_path=str(instance_folder()),
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(Path(__file__).parent / "static"),
    )
    load_config(app, test_config)
    app.session_interface = sessions.CookieInterface()
    crypto.configure(app.config["DATA_KEY"], app.config["OLD_DATA_KEYS"], app)
    db.init_app(app)
    csrf.init_app(app)
    i18n.init_app(app)
    limits.init_app(app)
    urls.init_app(app)
    _register_hooks(app)
    _register_blueprints(app)
    _register_errors(app)
    _register_cli(app)
    return app


def import_models():
    """Import every table module so SQLModel's metadata knows the whole schema."""
    import coding.cycle_models  # noqa: F401
    import coding.models  # noqa: F401
    import interviews.models  # noqa: F401
    import research.models  # noqa: F401


def _register_hooks(app):
    app.before_request(sessions.load_user)
    app.before_request(access.enforce)
    app.before_request(second_step.enforce_setup)
    app.after_request(add_security_headers)
    app.after_request(background.no_redirect_in_background)

    @app.context_processor
    def inject_user():
        return {"current_user": g.get("user"), "project": g.get("project"), "role": g.get("role"),
                "messages_for_page": background.messages_for_page}


def _register_blueprints(app):
    from coding.views import register as register_coding
    from interviews.views import register as register_interviews
    from research.admin.views import bp as admin_bp
    from research.auth.views import bp as auth_bp
    from research.projects.views import bp as projects_bp

    for blueprint in (auth_bp, second_step.bp, projects_bp, admin_bp):
        app.register_blueprint(blueprint)
    register_interviews(app)
    register_coding(app)


def _register_errors(app):
    def page(template, status):
        return lambda error: (render_template(template, error=error), status)

    app.register_error_handler(400, page("errors/400.html", 400))
    app.register_error_handler(CSRFError, page("errors/csrf.html", 400))
    app.register_error_handler(401, page("errors/401.html", 401))
    app.register_error_handler(403, page("errors/403.html", 403))
    app.register_error_handler(404, page("errors/404.html", 404))
    app.register_error_handler(405, page("errors/405.html", 405))
    app.register_error_handler(413, page("errors/413.html", 413))
    app.register_error_handler(429, page("errors/429.html", 429))
    app.register_error_handler(500, page("errors/500.html", 500))


def cli_commands():
    """Every `wijkstem` command group, core and features."""
    import coding.cli
    import interviews.cli
    from coding.demo.cli import demo_group
    from coding.retention_cli import purge_command
    from research.cli import CORE_COMMANDS, privacy_group
    from research.cli_support import with_dutch_help

    privacy_group.add_command(purge_command)

    return with_dutch_help((*CORE_COMMANDS, *interviews.cli.COMMANDS, *coding.cli.COMMANDS, demo_group))


def _register_cli(app):
    for command in cli_commands():
        app.cli.add_command(command)
