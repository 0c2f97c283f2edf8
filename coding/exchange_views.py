"""Exchange with other tools: the project as .qdpx, the coded segments as CSV/XLSX, and a .qdpx import."""

from io import BytesIO

from flask import current_app, flash, g, redirect, render_template, request, send_file, url_for
from flask_babel import gettext as _
from sqlmodel import func, select

from coding.errors import CodingError
from coding.qdpx_export import export_qdpx, qdpx_filename
from coding.qdpx_import import import_qdpx
from coding.report_forms import QdpxImportForm
from coding.segments_export import export_segments
from coding.views import bp, show_error
from interviews.models import Interview
from research.access import allow
from research.db import get_session
from research.roles import Role

QDPX_MIMETYPE = "application/zip"


def _page(db, form):
    interviews = db.exec(select(func.count()).select_from(Interview).where(Interview.project_id == g.project.id)).one()
    return render_template("coding/exchange_show.html", form=form, empty=not interviews,
                           max_mb=current_app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024))


@bp.route("/uitwisselen")
@allow(Role.RESEARCHER)
def exchange_show(slug):
    return _page(get_session(), QdpxImportForm())


@bp.route("/uitwisselen/project.qdpx")
@allow(Role.RESEARCHER)
def qdpx_download(slug):
    db = get_session()
    content = export_qdpx(db, g.project)
    db.commit()
    return send_file(BytesIO(content), mimetype=QDPX_MIMETYPE, as_attachment=True,
                     download_name=qdpx_filename(g.project))


@bp.route("/uitwisselen/fragmenten")
@allow(Role.RESEARCHER)
def segments_download(slug):
    db = get_session()
    try:
        content, mimetype, name = export_segments(db, g.project, request.args.get("formaat", "xlsx"))
    except CodingError as error:
        flash(str(error), "error")
        return redirect(url_for(".exchange_show", slug=slug))
    db.commit()
    return send_file(BytesIO(content), mimetype=mimetype, as_attachment=True, download_name=name)


@bp.route("/uitwisselen/importeren", methods=["POST"])
@allow(Role.RESEARCHER)
def qdpx_upload(slug):
    db = get_session()
    form = QdpxImportForm()
    if form.validate_on_submit():
        upload = form.file.data
        try:
            summary = import_qdpx(db, upload.read(), g.user, g.project, upload.filename or "")
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            db.commit()
            flash(_("Ingelezen: %(sources)d bronnen, %(codes)d codes en %(segments)d gecodeerde fragmenten.",
                    sources=summary.sources, codes=summary.codes, segments=summary.segments), "success")
            if summary.skipped_segments or summary.skipped_sources:
                flash(_("Niet ingelezen: %(segments)d fragmenten zonder bekende code of buiten de tekst, en "
                        "%(sources)d bronnen die geen tekst zijn (zoals pdf, foto of geluid).",
                        segments=summary.skipped_segments, sources=summary.skipped_sources), "warning")
            return redirect(url_for(".answer_list", slug=slug))
    return _page(db, form), 400

