"""Interview pages: guide, participants, consent, capture. Thin handlers; the verbs live in services."""

from flask import Blueprint

bp = Blueprint("interviews", __name__, url_prefix="/p/<slug>")


def register(app):
    """Attach the interview pages to the app."""
    app.register_blueprint(bp)
