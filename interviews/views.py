"""Interview pages: guide, participants, consent, capture. Thin handlers; the verbs live in services."""

from flask import Blueprint, flash, g, jsonify, redirect, render_template, request, url_for

from interviews.errors import InterviewError, InterviewFinished, NotFound
from research.db import get_session

bp = Blueprint("interviews", __name__, url_prefix="/p/<slug>")


def register(app):
    """Attach the interview pages to the app."""
    from interviews import (  # noqa: F401  (routes on bp)
        capture_offline_views,
        capture_views,
        guide_views,
        link_views,
        participant_views,
    )
    from interviews.offline_views import offline_bp
    from interviews.self_views import links_bp

    app.register_blueprint(bp)
    app.register_blueprint(offline_bp)
    app.register_blueprint(links_bp)


def done(form, action, message: str) -> bool:
    """Run one service call; on success commit and flash, on a domain error show it on the form."""
    try:
        action()
    except InterviewError as error:
        show_error(form, error)
        return False
    get_session().commit()
    flash(message, "success")
    return True


def show_error(form, error: InterviewError) -> None:
    """Put a domain error under its form field, or flash it when it is about the whole form."""
    field = getattr(form, error.field, None) if error.field else None
    if field is None:
        flash(str(error), "error")
    else:
        field.errors = [*field.errors, str(error)]


def wants_json() -> bool:
    """True for the capture script's requests (they ask for JSON)."""
    accept = request.accept_mimetypes
    return accept.best == "application/json" or (accept.accept_json and not accept.accept_html)


@bp.context_processor
def labels():
    """The Dutch labels of stored codes (group, age band, language, who consented) for the templates."""
    from interviews import participants

    return {"labels": {
        "group": participants.GROUP_LABELS, "age_band": participants.AGE_BAND_LABELS,
        "language": participants.LANGUAGE_LABELS, "given_by": participants.GIVEN_BY_LABELS,
    }}


@bp.errorhandler(NotFound)
def not_found(error):
    """A friendly 404 that says what was not found (JSON for the capture script)."""
    if wants_json():
        return jsonify(saved=False, error=str(error)), 404
    return render_template("interviews/not_found.html", message=str(error)), 404


@bp.errorhandler(InterviewFinished)
def interview_finished(error):
    """A finished interview cannot change: say so and show it."""
    if wants_json():
        return jsonify(saved=False, error=str(error)), 409
    flash(str(error), "warning")
    return redirect(url_for("interviews.interview_show", slug=g.project.slug, interview_id=error.interview_id))
