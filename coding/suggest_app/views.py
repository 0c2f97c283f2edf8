"""Suggestion pages on the coding blueprint: accept, reject, the model's status (page and JSON), retrain."""

from flask import abort, current_app, flash, g, jsonify, redirect, render_template, url_for
from flask_babel import format_datetime, ngettext
from flask_babel import gettext as _

from coding.corpus import codable_answer
from coding.errors import CodingError, NotFound
from coding.suggest_app import service, training, triggers
from coding.suggest_app.training import BUSY, FAILED, TOO_FEW, WAITING
from coding.views import bp
from research.access import allow
from research.db import get_session
from research.roles import Role

triggers.install()


def status_text(status) -> str:
    """The model's status in one line, e.g. "Model wordt getraind… 40%"."""
    if status.state == WAITING:
        return _("Het model wacht op zijn beurt om te trainen…")
    if status.state == BUSY:
        return _("Model wordt getraind… %(percent)d%%", percent=status.progress)
    if status.state == TOO_FEW:
        return _("Nog geen model: %(reason)s Suggesties komen nu alleen uit de zoekwoorden van het codeboek.",
                 reason=status.message)
    if status.model is None:
        if status.state == FAILED:
            return _("Het trainen van het model is mislukt. Suggesties komen nu alleen uit de zoekwoorden.")
        return _("Nog geen model. Suggesties komen uit de zoekwoorden van het codeboek. "
                 "Het model leert van uw coderingen.")
    text = ngettext("Model %(version)s van %(time)s, getraind op %(num)d antwoord.",
                    "Model %(version)s van %(time)s, getraind op %(num)d antwoorden.",
                    status.model.trained_on, version=status.model.label,
                    time=format_datetime(status.model.created_at, "short"))
    return text + (" " + _("Het laatste trainen is mislukt.") if status.state == FAILED else "")


def panel_for(item):
    """Template global for the answer page's suggestions partial: `suggestion_panel(item)`."""
    return service.answer_panel(get_session(), g.project, item.answer)


def current_status():
    """Template global: the project's model status, for `coding/_training_status.html` on any coding page."""
    return training.training_status(get_session(), g.project)


bp.add_app_template_global(panel_for, "suggestion_panel")
bp.add_app_template_global(status_text, "training_status_text")
bp.add_app_template_global(current_status, "current_training_status")


def _answer(answer_id):
    try:
        return codable_answer(get_session(), g.project, answer_id)
    except NotFound:
        abort(404)


def _decide(answer_id, code_id, decision, message):
    """Run accept or reject on one suggestion, then go back to the answer."""
    db = get_session()
    item = _answer(answer_id)
    try:
        decision(db, g.project, item, g.user, code_id)
    except CodingError as error:
        flash(str(error), "error")
    else:
        db.commit()
        flash(message, "success")
    return redirect(url_for(".answer_code", slug=g.project.slug, answer_id=answer_id))


@bp.route("/coderen/<int:answer_id>/suggesties/<int:code_id>/accepteren", methods=["POST"])
@allow(Role.RESEARCHER)
def suggestion_accept(slug, answer_id, code_id):
    return _decide(answer_id, code_id, service.accept_suggestion, _("De suggestie is overgenomen als codering."))


@bp.route("/coderen/<int:answer_id>/suggesties/<int:code_id>/afwijzen", methods=["POST"])
@allow(Role.RESEARCHER)
def suggestion_reject(slug, answer_id, code_id):
    return _decide(answer_id, code_id, service.reject_suggestion,
                   _("De suggestie is afgewezen. U krijgt hem bij dit antwoord niet meer."))


@bp.route("/suggesties")
@allow(Role.RESEARCHER)
def suggestions_show(slug):
    db = get_session()
    return render_template("coding/suggestions_show.html", status=training.training_status(db, g.project),
                           counts=service.origin_counts(db, g.project))


@bp.route("/suggesties/trainen", methods=["POST"])
@allow(Role.RESEARCHER)
def training_start(slug):
    training.schedule_training(current_app._get_current_object(), g.project.id, g.user.id)
    flash(_("Het model wordt opnieuw getraind. Dat gebeurt op de achtergrond."), "success")
    return redirect(url_for(".suggestions_show", slug=slug))


@bp.route("/suggesties/status")
@allow(Role.RESEARCHER)
def training_status(slug):
    status = training.training_status(get_session(), g.project)
    return jsonify(state=status.state, progress=status.progress, busy=status.busy, text=status_text(status),
                   model=status.model.label if status.model else None)
