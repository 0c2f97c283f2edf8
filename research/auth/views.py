"""Log in, log out, accept an invitation, switch language."""

from flask import Blueprint, abort, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from research import audit, sessions
from research.access import ANYONE, SIGNED_IN, allow
from research.auth import second_step
from research.auth.forms import AcceptInvitationForm, LoginForm
from research.db import get_session
from research.invitations import InvitationError, accept_invitation, find_open_invitation
from research.limits import LOGIN_LIMIT, failed_attempt, limiter, login_key, per_process
from research.safety import safe_next_url
from research.users import AccountError, authenticate

bp = Blueprint("auth", __name__, url_prefix="/auth")


@bp.route("/inloggen", methods=["GET", "POST"])
@allow(ANYONE)
@limiter.limit(per_process(LOGIN_LIMIT), methods=["POST"], key_func=login_key, deduct_when=failed_attempt)
def login():
    form = LoginForm()
    if form.validate_on_submit():
        db = get_session()
        user = authenticate(db, form.email.data, form.password.data)
        if user is None:
            audit.record("inloggen_mislukt", detail="onbekend adres of fout wachtwoord")
            db.commit()
            flash(_("Het e-mailadres of het wachtwoord klopt niet."), "error")
        elif user.totp_secret:
            return second_step.begin(user, request.args.get("next"))
        else:
            sessions.start(user)
            audit.record("ingelogd", actor_id=user.id)
            db.commit()
            return redirect(safe_next_url(request.args.get("next"), url_for("projects.index")))
    return render_template("auth/login.html", form=form)


@bp.route("/uitloggen", methods=["POST"])
@allow(SIGNED_IN)
def logout():
    db = get_session()
    audit.record("uitgelogd")
    sessions.end()
    db.commit()
    flash(_("U bent uitgelogd."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/uitnodiging/<token>", methods=["GET", "POST"])
@allow(ANYONE)
def accept(token):
    db = get_session()
    invitation = find_open_invitation(db, token)
    if invitation is None:
        return render_template("auth/invitation_invalid.html"), 404
    form = AcceptInvitationForm()
    if form.validate_on_submit():
        try:
            user = accept_invitation(db, invitation, form.password.data, form.display_name.data)
        except (AccountError, InvitationError) as error:
            flash(str(error), "error")
        else:
            sessions.start(user)
            db.commit()
            flash(_("Welkom! Uw account is klaar."), "success")
            return redirect(url_for("projects.index"))
    return render_template("auth/invitation_accept.html", form=form, invitation=invitation)


@bp.route("/taal", methods=["POST"])
@allow(ANYONE)
def set_language():
    from flask import current_app

    lang = request.form.get("lang", "")
    if lang not in current_app.config["LANGUAGES"]:
        abort(400)
    session["lang"] = lang
    if g.user is not None:
        g.user.locale = lang
        get_session().add(g.user)
        get_session().commit()
    return redirect(safe_next_url(request.form.get("next"), url_for("projects.index")))
