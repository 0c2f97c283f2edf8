"""The report pages: what the researcher writes, the municipality's overview, the .docx download."""

from io import BytesIO

from flask import flash, g, redirect, render_template, send_file, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from coding import pages
from coding.codebook import codes_of, themes_of
from coding.errors import CodingError
from coding.forms import report_form
from coding.report_texts import report_text_of, save_report_texts
from coding.reports import build_lea_report, report_filename
from coding.reports.gather import gather_report
from coding.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _locale() -> str:
    locale = get_locale()
    return locale.language if locale else "nl"


@bp.route("/rapport", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def report_edit(slug):
    db = get_session()
    themes = themes_of(codes_of(db, g.project))
    form = report_form(themes, summary=report_text_of(db, g.project).summary)
    if form.validate_on_submit():
        texts = {theme.id: getattr(form, f"rec_{theme.id}").data for theme in themes}
        try:
            save_report_texts(db, g.project, g.user, form.summary.data, texts)
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De tekst voor het rapport is opgeslagen."), "success")
            return redirect(url_for(".report_edit", slug=slug))
    fields = [(theme, getattr(form, f"rec_{theme.id}")) for theme in themes]
    return render_template("coding/report_edit.html", form=form, fields=fields)


@bp.route("/rapport/lea-input.docx")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def report_download(slug):
    db = get_session()
    content = build_lea_report(db, g.project, locale=_locale())
    audit.record("rapport_gedownload", project_id=g.project.id, object_type="project", object_id=g.project.id,
                 detail="lea-input docx")
    db.commit()
    return send_file(BytesIO(content), mimetype=DOCX_MIMETYPE, as_attachment=True,
                     download_name=report_filename(g.project))


@bp.route("/bevindingen")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def overview(slug):
    data = gather_report(get_session(), g.project, locale=_locale())
    return render_template("coding/overview.html", **pages.overview_page(data))
