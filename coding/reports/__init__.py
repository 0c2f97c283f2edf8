"""The LEA input report: gather plain data from the database, then render it (docx or HTML) without it."""

from flask_babel import force_locale

from coding.reports.gather import gather_report
from coding.reports.render_docx import render_docx
from research.safety import safe_filename

REPORT_LOCALES = ("nl", "en")


def build_lea_report(db, project, locale: str = "nl", version=None) -> bytes:
    """The LEA input report of a project as .docx bytes, written in the locale (Dutch or English)."""
    locale = locale if locale in REPORT_LOCALES else "nl"
    return render_lea(gather_report(db, project, locale=locale, version=version))


def render_lea(data) -> bytes:
    """Report data as .docx bytes, in the data's own locale."""
    with force_locale(data.locale):
        return render_docx(data)


def report_filename(project, version=None, locale: str = "nl") -> str:
    """The file name a downloaded report gets: no path parts, whatever the project is called."""
    parts = ["lea-input", project.slug]
    if version is not None:
        parts.append(f"versie-{version}")
    if locale != "nl":
        parts.append(locale)
    return safe_filename("-".join(parts), fallback="lea-input") + ".docx"
