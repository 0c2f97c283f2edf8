"""The second log-in step: views for verifying, setting up and switching off TOTP."""

import time

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import DataRequired, Length

from research import audit, sessions
from research.access import ANYONE, SIGNED_IN, allow
from research.auth import totp
from research.db import get_session
from research.forms import Form
from research.limits import LOGIN_LIMIT, failed_attempt, limiter, per_process
from research.models import User
from research.safety import safe_next_url

bp = Blueprint("second_step", __name__, url_prefix="/auth/tweestaps")
PENDING_KEY = "totp_pending"
CANDIDATE_KEY = "totp_candidate"
PENDING_SECONDS = 300
OPEN_ENDPOINTS = {"second_step.setup", "auth.logout", "auth.set_language", "static"}


class CodeForm(Form):
    code = StringField(_l("Code uit uw app (6 cijfers)"), validators=[DataRequired(), Length(max=10)])


def begin(user: User, next_url: str | None):
    """Remember that the password was right; the session starts after the code."""
    session.clear()
    session[PENDING_KEY] = {"user_id": user.id, "at": time.time(), "next": next_url or ""}
    return redirect(url_for("second_step.verify"))


def enforce_setup():
    """before_request: when the setting requires it, staff set up the second step before anything else."""
    user = g.get("user")
    if user is not None and totp.must_set_up(user) and request.endpoint not in OPEN_ENDPOINTS:
        flash(_("Stel eerst de tweestapsverificatie in. Dat is verplicht voor uw rol."), "warning")
        return redirect(url_for("second_step.setup"))
    return None


@bp.route("/", methods=["GET", "POST"])
@allow(ANYONE)
@limiter.limit(per_process(LOGIN_LIMIT), methods=["POST"], deduct_when=failed_attempt)
def verify():
    pending = session.get(PENDING_KEY)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        session.pop(PENDING_KEY, None)
        return render_template("auth/totp_expired.html")
    db = get_session()
    user = db.get(User, pending["user_id"])
    form = CodeForm()
    if form.validate_on_submit() and user is not None and totp.code_is_valid(user.totp_secret, form.code.data):
        sessions.start(user)
        audit.record("ingelogd", actor_id=user.id, detail="met tweestapsverificatie")
        db.commit()
        return redirect(safe_next_url(pending["next"], url_for("projects.index")))
    if form.is_submitted():
        audit.record("inloggen_mislukt", actor_id=user.id if user else None, detail="verkeerde code")
        db.commit()
        flash(_("Deze code klopt niet. Probeer de nieuwste code uit uw app."), "error")
    return render_template("auth/totp_verify.html", form=form)


@bp.route("/instellen", methods=["GET", "POST"])
@allow(SIGNED_IN)
def setup():
    if not totp.may_use_totp(g.user):
        abort(403)
    secret = session.setdefault(CANDIDATE_KEY, totp.new_secret())
    form = CodeForm()
    if form.validate_on_submit():
        if totp.code_is_valid(secret, form.code.data):
            g.user.totp_secret = secret
            session.pop(CANDIDATE_KEY, None)
            get_session().add(g.user)
            audit.record("tweestaps_aangezet", object_type="user", object_id=g.user.id)
            get_session().commit()
            flash(_("Tweestapsverificatie staat aan."), "success")
            return redirect(url_for("projects.index"))
        flash(_("Deze code klopt niet. Probeer de nieuwste code uit uw app."), "error")
    return render_template("auth/totp_setup.html", form=form, secret=secret,
                           qr=totp.qr_data_uri(secret, g.user.email), active=bool(g.user.totp_secret))


@bp.route("/uitzetten", methods=["POST"])
@allow(SIGNED_IN)
def disable():
    form = CodeForm()
    if not totp.may_use_totp(g.user):
        abort(403)
    if current_app.config["REQUIRE_TOTP"]:
        flash(_("Tweestapsverificatie is verplicht voor uw rol. U kunt hem niet uitzetten."), "warning")
    elif not g.user.totp_secret:
        flash(_("Tweestapsverificatie staat al uit."), "info")
    elif form.validate_on_submit() and totp.code_is_valid(g.user.totp_secret, form.code.data):
        g.user.totp_secret = None
        get_session().add(g.user)
        audit.record("tweestaps_uitgezet", object_type="user", object_id=g.user.id)
        get_session().commit()
        flash(_("Tweestapsverificatie staat uit."), "success")
    else:
        flash(_("Deze code klopt niet. Probeer de nieuwste code uit uw app."), "error")
    return redirect(url_for("second_step.setup"))
