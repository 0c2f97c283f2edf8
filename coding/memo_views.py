"""Memo pages: the project's memos, and writing, changing and removing a memo on any page."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coding import memos
from coding.codebook import codes_of
from coding.errors import CodingError
from coding.forms_workspace import MemoDeleteForm, MemoForm
from coding.views import bp, found, show_error
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.app_template_global("memo_rows")
def memo_rows(target_type, target_id=None):
    """Templates: the memos on a code or an answer of the current project."""
    return memos.memos_on(get_session(), g.project, target_type, target_id)


def _back(target_type, target_id):
    if target_type == memos.CODE:
        return url_for(".code_show", slug=g.project.slug, code_id=target_id)
    if target_type == memos.ANSWER:
        return url_for(".answer_code", slug=g.project.slug, answer_id=target_id)
    return url_for(".memo_list", slug=g.project.slug)


@bp.route("/memos")
@allow(Role.RESEARCHER)
def memo_list(slug):
    db = get_session()
    codes = {code.id: code for code in codes_of(db, g.project)}
    return render_template("coding/memo_list.html", form=MemoForm(target_type=memos.PROJECT), codes=codes,
                           project_memos=memos.memos_on(db, g.project, memos.PROJECT),
                           code_memos=memos.memos_on(db, g.project, memos.CODE),
                           answer_memos=memos.memos_on(db, g.project, memos.ANSWER))


@bp.route("/memos/nieuw", methods=["POST"])
@allow(Role.RESEARCHER)
def memo_create(slug):
    db = get_session()
    form = MemoForm()
    target_type = form.target_type.data or memos.PROJECT
    target = found(memos.check_target, db, g.project, target_type, form.target_id.data)
    try:
        memos.create_memo(db, g.project, g.user, target_type, target, form.text.data)
    except CodingError as error:
        flash(str(error), "error")
    else:
        db.commit()
        flash(_("De memo is opgeslagen."), "success")
    return redirect(_back(target_type, target))


@bp.route("/memos/bewerken", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def memo_edit(slug):
    db = get_session()
    memo = found(memos.memo_for, db, g.project, request.values.get("memo"))
    form = MemoForm(obj=memo, memo=memo.id)
    if form.validate_on_submit():
        try:
            memos.update_memo(db, memo, form.text.data)
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De memo is opgeslagen."), "success")
            return redirect(_back(memo.target_type, memo.target_id))
    return render_template("coding/memo_edit.html", form=form, memo=memo,
                           back=_back(memo.target_type, memo.target_id))


@bp.route("/memos/verwijderen", methods=["POST"])
@allow(Role.RESEARCHER)
def memo_delete(slug):
    db = get_session()
    memo = found(memos.memo_for, db, g.project, MemoDeleteForm().memo.data)
    back = _back(memo.target_type, memo.target_id)
    memos.delete_memo(db, memo)
    db.commit()
    flash(_("De memo is verwijderd."), "success")
    return redirect(back)

