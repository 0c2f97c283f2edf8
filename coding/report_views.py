"""The report pages: the researcher's text and settings, the preview, drafts, and the municipality's overview.

Released versions live in coding/release_views.py; the quote check and the names list in coding/quote_views.py.
"""

from io import BytesIO

from flask import flash, g, redirect, render_template, request, send_file, url_for
from flask_babel import force_locale, get_locale
from flask_babel import gettext as _

from coding import findings_page, releases, report_pages
from coding.codebook import codes_of, themes_of
from coding.errors import CodingError
from coding.forms import report_form
from coding.report_forms import ReportSettingsForm
from coding.report_texts import (
    report_settings_of,
    report_text_of,
    save_report_settings,
    save_report_texts,
    small_counts_warning,
)
from coding.reports import REPORT_LOCALES, build_lea_report, report_filename
from coding.reports.gather import all_themes, gather_report
from coding.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _locale() -> str:
    """The report language: ?taal=en|nl when given, else the page's language."""
    chosen = request.args.get("taal", "")
    if chosen in REPORT_LOCALES:
        return chosen
    locale = get_locale()
    return locale.language if locale and locale.language in REPORT_LOCALES else "nl"


def send_docx(content: bytes, name: str):
    """A Word file as a download."""
    return send_file(BytesIO(content), mimetype=DOCX_MIMETYPE, as_attachment=True, download_name=name)


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
            warning = small_counts_warning(form.summary.data, texts.values())
            if warning:
                flash(warning, "warning")
            return redirect(url_for(".report_edit", slug=slug))
    fields = [(theme, getattr(form, f"rec_{theme.id}")) for theme in themes]
    return render_template("coding/report_edit.html", form=form, fields=fields)


@bp.route("/rapport/instellingen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def report_settings(slug):
    db = get_session()
    themes, form = all_themes(db, g.project), ReportSettingsForm()
    if form.validate_on_submit():
        try:
            save_report_settings(db, g.project, g.user, report_pages.read_settings(request.form, themes))
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De instellingen van het rapport zijn opgeslagen."), "success")
            return redirect(url_for(".report_settings", slug=slug))
    choices = report_pages.settings_choices(themes, report_settings_of(db, g.project))
    return render_template("coding/report_settings.html", form=form, choices=choices)


@bp.route("/rapport/voorbeeld")
@allow(Role.RESEARCHER)
def report_preview(slug):
    locale = _locale()
    data = gather_report(get_session(), g.project, locale=locale)
    with force_locale(locale):
        page = report_pages.preview_page(data)
        return render_template("coding/report_preview.html", **page)


@bp.route("/rapport/lea-input.docx")
@allow(Role.RESEARCHER)
def report_download(slug):
    db = get_session()
    locale = _locale()
    content = build_lea_report(db, g.project, locale=locale)
    audit.record("rapport_gedownload", project_id=g.project.id, object_type="project", object_id=g.project.id,
                 detail=f"lea-input docx concept ({locale})")
    db.commit()
    return send_docx(content, report_filename(g.project, locale=locale))


@bp.route("/bevindingen")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def overview(slug):
    """The latest released version, for the municipality and the researcher alike; never live data."""
    release = releases.latest_release(get_session(), g.project)
    data = releases.release_data(release) if release else None
    if data is None:
        return render_template("coding/overview_none.html", release=release)
    return render_template("coding/overview.html", release=release, **findings_page.overview_page(data))
