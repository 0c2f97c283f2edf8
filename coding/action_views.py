"""Follow-up action pages: the researcher plans actions on themes, the municipality updates its own."""

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coding import actions
from coding.action_forms import ActionForm, ProgressForm
from coding.codebook import codes_of, themes_of
from coding.errors import CodingError
from coding.views import bp, found, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


def _owner_filter():
    """The municipality sees the actions it carries; the researcher sees all."""
    return actions.MUNICIPALITY_OWNER if g.role == Role.MUNICIPALITY else None


@bp.route("/acties")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def action_list(slug):
    db = get_session()
    rows = actions.actions_of(db, g.project, owner=_owner_filter())
    themes = {code.id: code for code in codes_of(db, g.project)}
    return render_template("coding/action_list.html", actions=rows, themes=themes, owners=actions.OWNERS,
                           statuses=actions.STATUSES, counts=actions.status_counts(rows))


@bp.route("/acties/nieuw", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def action_create(slug):
    db = get_session()
    form = ActionForm(themes=themes_of(codes_of(db, g.project)), code_id=request.args.get("thema", ""))
    if form.validate_on_submit():
        try:
            action = actions.create_action(db, g.project, g.user, form.action_input())
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            _log(action, "vervolgactie_gemaakt", f"{action.owner}, {action.status}")
            flash(_("De vervolgactie is opgeslagen."), "success")
            return redirect(url_for(".action_list", slug=slug))
    return render_template("coding/action_edit.html", form=form, action=None)


@bp.route("/acties/<action_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def action_edit(slug, action_id):
    db = get_session()
    action = found(actions.action_for, db, g.project, action_id)
    if not actions.may_update_progress(g.role, action):
        abort(404)  # the municipality does not see actions others carry
    full = g.role == Role.RESEARCHER
    form = ActionForm(obj=action, themes=themes_of(codes_of(db, g.project))) if full else ProgressForm(obj=action)
    if form.validate_on_submit():
        try:
            changed = _save(db, action, form, full)
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            if changed:
                _log(action, "vervolgactie_gewijzigd", f"{', '.join(changed)}; status {action.status}")
            flash(_("De vervolgactie is bijgewerkt.") if changed else _("Er was niets veranderd."), "success")
            return redirect(url_for(".action_list", slug=slug))
    return render_template("coding/action_edit.html", form=form, action=action, full=full,
                           owners=actions.OWNERS)


def _save(db, action, form, full: bool) -> list[str]:
    if full:
        return actions.update_action(db, g.project, action, g.user, form.action_input())
    return actions.update_progress(db, g.project, action, g.user, g.role, form.status.data or "",
                                   form.progress_note.data or "")


def _log(action, what: str, detail: str) -> None:
    audit.record(what, project_id=g.project.id, object_type="vervolgactie", object_id=action.id, detail=detail)
    get_session().commit()
