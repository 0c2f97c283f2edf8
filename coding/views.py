"""Coding pages: codebook, coding answers, overview for the municipality, the report."""

from flask import Blueprint

bp = Blueprint("coding", __name__, url_prefix="/p/<slug>")


def register(app):
    """Attach the coding pages to the app."""
    app.register_blueprint(bp)
