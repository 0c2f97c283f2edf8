"""Codebook pages beside coding/views.py: merge, split, delete-with-a-choice, import and export."""

from io import BytesIO

from flask import flash, g, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from flask_babel import ngettext

from coding import codebook, codebook_io, codebook_ops
from coding.analysis import segments_for_code
from coding.errors import CodingError
from coding.forms_workspace import DeleteChoiceForm, ImportForm, MergeForm, SplitForm, code_choices
from coding.views import bp, found, log_answers_seen, show_error
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.app_template_global("code_choice_list")
def code_choice_list(leave_out=None):
    """Templates: the project's codes as select choices, in tree order, without one code."""
    tree = codebook.build_tree(codebook.codes_of(get_session(), g.project))
    return code_choices(tree, leave_out=[leave_out] if leave_out else [])


def _moved_message(result) -> str:
    moved = ngettext("%(num)d codering is verplaatst.", "%(num)d coderingen zijn verplaatst.", result.moved)
    if result.collapsed:
        moved += " " + ngettext("%(num)d stond er al en is samengevoegd.", "%(num)d stonden er al en zijn "
                                "samengevoegd.", result.collapsed)
    return moved


@bp.route("/codeboek/<int:code_id>/samenvoegen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def code_merge(slug, code_id):
    db = get_session()
    code = found(codebook.code_for, db, g.project, code_id)
    form = MergeForm()
    form.target.choices = code_choice_list(code.id)
    if form.validate_on_submit():
        try:
            result = codebook_ops.merge_codes(db, g.project, code, form.target.data)
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("%(name)s is samengevoegd.", name=code.name) + " " + _moved_message(result), "success")
            return redirect(url_for(".code_show", slug=slug, code_id=int(form.target.data)))
    return render_template("coding/code_merge.html", form=form, code=code, uses=codebook.usage_count(db, code),
                           children=codebook.children_of(db, code))


@bp.route("/codeboek/<int:code_id>/splitsen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def code_split(slug, code_id):
    db = get_session()
    code = found(codebook.code_for, db, g.project, code_id)
    form = SplitForm()
    if form.validate_on_submit():
        try:
            new = codebook_ops.split_code(db, g.project, code, name=form.name.data, segment_ids=form.segments.data,
                                          as_child=form.place.data == "onder")
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De nieuwe code %(name)s heeft de gekozen fragmenten.", name=new.name), "success")
            return redirect(url_for(".code_show", slug=slug, code_id=new.id))
    rows = segments_for_code(db, g.project, code, exact=True)
    log_answers_seen("code", code.id)
    db.commit()
    return render_template("coding/code_split.html", form=form, code=code, rows=rows)


@bp.route("/codeboek/<int:code_id>/verwijderen/kiezen", methods=["POST"])
@allow(Role.RESEARCHER)
def code_delete_confirm(slug, code_id):
    db = get_session()
    code = found(codebook.code_for, db, g.project, code_id)
    form, name = DeleteChoiceForm(), code.name
    try:
        if form.action.data == "weghalen":
            message = ngettext("%(num)d codering is weggehaald.", "%(num)d coderingen zijn weggehaald.",
                               codebook.delete_code(db, code))
        else:
            message = _moved_message(codebook_ops.delete_code_moving(db, g.project, code, form.target.data))
    except CodingError as error:
        db.rollback()
        flash(str(error), "error")
        return redirect(url_for(".code_delete", slug=slug, code_id=code_id))
    db.commit()
    flash(_("De code %(name)s is verwijderd.", name=name) + " " + message, "success")
    return redirect(url_for(".codebook_show", slug=slug))


@bp.route("/codeboek/export")
@allow(Role.RESEARCHER)
def codebook_export(slug):
    db = get_session()
    try:
        content, mimetype, extension = codebook_io.export_codebook(db, g.project, request.args.get("formaat", "csv"))
    except CodingError as error:
        flash(str(error), "error")
        return redirect(url_for(".codebook_show", slug=slug))
    db.commit()
    return send_file(BytesIO(content), mimetype=mimetype, as_attachment=True,
                     download_name=f"codeboek-{g.project.slug}.{extension}")


@bp.route("/codeboek/import", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def codebook_import(slug):
    db = get_session()
    form = ImportForm()
    if form.validate_on_submit():
        upload = form.file.data
        try:
            specs = codebook_io.read_codebook_file(upload.read(codebook_io.MAX_UPLOAD_BYTES + 1), upload.filename)
            result = codebook_io.import_codebook(db, g.project, specs)
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            db.commit()
            flash(_import_message(result), "success")
            return redirect(url_for(".codebook_show", slug=slug))
    return render_template("coding/codebook_import.html", form=form)


def _import_message(result) -> str:
    message = _("Het codeboek is ingelezen: %(created)d nieuwe codes, %(updated)d codes bijgewerkt.",
                created=result.created, updated=result.updated)
    if result.flattened:
        message += " " + ngettext("%(num)d code lag dieper dan twee niveaus en staat nu onder het hoofdthema.",
                                  "%(num)d codes lagen dieper dan twee niveaus en staan nu onder het hoofdthema.",
                                  result.flattened)
    return message
