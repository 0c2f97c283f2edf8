"""The LEA input report: gather plain data from the database, then render it (docx) without it."""

from coding.reports.gather import gather_report
from coding.reports.render_docx import render_docx


def build_lea_report(db, project, locale: str = "nl") -> bytes:
    """The LEA input report of a project as .docx bytes."""
    return render_docx(gather_report(db, project, locale=locale))


def report_filename(project) -> str:
    """The file name a downloaded report gets."""
    return f"lea-input-{project.slug}.docx"
