"""Released versions of the LEA report: the researcher releases, the municipality downloads exactly that file."""

from flask_babel import gettext as _
from sqlmodel import func, select

from coding.errors import NotFound
from coding.models import ReportRelease
from coding.report_texts import report_settings_of
from coding.reports import REPORT_LOCALES, build_lea_report, report_filename
from research import audit
from research.timeutil import utcnow


def releases_of(db, project) -> list[ReportRelease]:
    """The project's released versions, newest first."""
    query = select(ReportRelease).where(ReportRelease.project_id == project.id).order_by(
        ReportRelease.version.desc())
    return list(db.exec(query))


def release_for(db, project, release_id: int) -> ReportRelease:
    """One released version of this project; NotFound otherwise."""
    release = db.get(ReportRelease, release_id)
    if release is None or release.project_id != project.id:
        raise NotFound(_("Deze versie van het rapport bestaat niet."))
    return release


def next_version(db, project) -> int:
    """The number the next released version gets."""
    query = select(func.max(ReportRelease.version)).where(ReportRelease.project_id == project.id)
    return (db.exec(query).one() or 0) + 1


def release_report(db, project, user, locale: str = "nl") -> ReportRelease:
    """Render the report as it is now and store it as the next released version (logged)."""
    locale = locale if locale in REPORT_LOCALES else "nl"
    version = next_version(db, project)
    release = ReportRelease(
        project_id=project.id, version=version, locale=locale, released_at=utcnow(), released_by_id=user.id,
        settings=report_settings_of(db, project).to_json(),
        docx=build_lea_report(db, project, locale=locale, version=version),
    )
    db.add(release)
    db.flush()
    audit.record("rapport_vrijgegeven", project_id=project.id, object_type="rapportversie", object_id=release.id,
                 detail=f"versie {version} ({locale})")
    return release


def release_download(release: ReportRelease, project) -> tuple[bytes, str]:
    """The released file and its download name; the download is logged."""
    audit.record("rapport_gedownload", project_id=project.id, object_type="rapportversie", object_id=release.id,
                 detail=f"lea-input docx versie {release.version}")
    return release.docx, report_filename(project, release.version, release.locale)
