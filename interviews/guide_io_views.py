"""The researcher imports an XLSForm as a new guide version, sees what was skipped, and downloads a version."""

import io

from flask import g, redirect, render_template, send_file, url_for
from flask_babel import gettext as _

from interviews import guide_io, guides
from interviews.errors import InterviewError
from interviews.forms import ImportForm
from interviews.views import bp, show_error
from interviews.xlsform.spec import XLSFormError
from interviews.xlsform.workbook import MAX_FILE_BYTES
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@bp.route("/leidraad/importeren", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_import(slug):
    form, warnings = ImportForm(), []
    if form.validate_on_submit():
        db = get_session()
        upload = form.file.data
        data = upload.stream.read(MAX_FILE_BYTES + 1)  # one byte more than allowed shows "too big"
        try:
            guide, created = guide_io.import_xlsform(db, g.project, data, upload.filename or "")
        except InterviewError as error:
            show_error(form, error)
            warnings = error.warnings if isinstance(error, XLSFormError) else []
        else:
            if created:
                audit.record("leidraad_geimporteerd", project_id=g.project.id, object_type="guide",
                             object_id=guide.id, detail=guide.source)
            db.commit()
            return redirect(url_for(".guide_import_result", slug=slug, guide_id=guide.id, nieuw=int(created)))
    return render_template("interviews/guide_import.html", form=form, warnings=warnings,
                           limit=MAX_FILE_BYTES // 1024 // 1024)


@bp.route("/leidraad/<int:guide_id>/import")
@allow(Role.RESEARCHER)
def guide_import_result(slug, guide_id):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    items = guides.outline(db, guide)
    return render_template("interviews/guide_import_result.html", guide=guide, warnings=guide_io.import_warnings(guide),
                           sections=len(items), questions=sum(len(item.questions) for item in items))


@bp.route("/leidraad/<int:guide_id>/xlsform")
@allow(Role.RESEARCHER)
def guide_export(slug, guide_id):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    if not guides.ordered_questions(db, guide.id):
        return render_template("interviews/not_found.html",
                               message=_("Deze versie heeft nog geen vragen. Er valt niets te downloaden.")), 404
    content = guide_io.export_xlsform(db, guide)
    return send_file(io.BytesIO(content), mimetype=XLSX, as_attachment=True,
                     download_name=guide_io.export_filename(g.project, guide))
