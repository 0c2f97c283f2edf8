"""The admin's pages: accounts."""

from flask import Blueprint, Response, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from sqlmodel import select

from research import audit, sessions
from research.access import allow
from research.admin.forms import UserForm
from research.audit import audit_csv, verify
from research.db import get_session
from research.models import AuditEvent, User
from research.roles import Role
from research.users import AccountError, create_user

bp = Blueprint("admin", __name__, url_prefix="/beheer")


@bp.route("/gebruikers", methods=["GET", "POST"])
@allow(Role.ADMIN)
def users():
    db = get_session()
    form = UserForm()
    if form.validate_on_submit():
        try:
            user = create_user(db, form.email.data, form.password.data, form.site_role.data, form.display_name.data)
        except AccountError as error:
            flash(str(error), "error")
        else:
            audit.record("rol_gewijzigd", object_type="user", object_id=user.id, detail=f"nieuw: {user.site_role}")
            db.commit()
            flash(_("Het account is gemaakt."), "success")
            return redirect(url_for("admin.users"))
    accounts = db.exec(select(User).order_by(User.email)).all()
    return render_template("admin/user_list.html", form=form, users=accounts)


@bp.route("/gebruikers/<int:user_id>/uitschakelen", methods=["POST"])
@allow(Role.ADMIN)
def disable_user(user_id):
    db = get_session()
    user = db.get(User, user_id) or abort(404)
    user.is_active = False
    db.add(user)
    sessions.end_all_for(user.id)
    audit.record("account_uitgeschakeld", object_type="user", object_id=user.id)
    db.commit()
    flash(_("Het account is uitgeschakeld. Alle sessies zijn beëindigd."), "success")
    return redirect(url_for("admin.users"))


@bp.route("/auditlog")
@allow(Role.ADMIN)
def audit_log():
    db = get_session()
    events = db.exec(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(500)).all()
    broken = verify(db.exec(select(AuditEvent).order_by(AuditEvent.id)))
    return render_template("admin/audit_list.html", events=events, broken=broken)


@bp.route("/auditlog.csv")
@allow(Role.ADMIN)
def audit_export():
    db = get_session()
    events = db.exec(select(AuditEvent).order_by(AuditEvent.id)).all()
    audit.record("auditlog_geexporteerd")
    db.commit()
    headers = {"Content-Disposition": "attachment; filename=wijkstem-auditlog.csv"}
    return Response(audit_csv(events), mimetype="text/csv", headers=headers)
