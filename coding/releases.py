"""Released versions of the LEA report: the researcher releases, the municipality downloads exactly that file."""

from flask_babel import gettext as _
from sqlmodel import func, select

from coding.errors import CodingError, NotFound
from coding.models import ReportRelease
from coding.report_texts import report_settings_of
from coding.reports import REPORT_LOCALES, render_lea, report_filename
from coding.reports.data import ReportData
from coding.reports.gather import gather_report
from coding.reports.shown import written_small_counts
from coding.reports.snapshot import data_from_json, data_to_json
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
    """Render the report as it is now and store it, with its figures, as the next released version (logged).

    Refused while the researcher's text names a count below 5 ("3 professionals"): tables hide those.
    """
    locale = locale if locale in REPORT_LOCALES else "nl"
    version = next_version(db, project)
    data = gather_report(db, project, locale=locale, version=version)
    check_written_counts(data)
    release = ReportRelease(
        project_id=project.id, version=version, locale=locale, released_at=utcnow(), released_by_id=user.id,
        settings=report_settings_of(db, project).to_json(), docx=render_lea(data), data=data_to_json(data),
    )
    db.add(release)
    db.flush()
    audit.record("rapport_vrijgegeven", project_id=project.id, object_type="rapportversie", object_id=release.id,
                 detail=f"versie {version} ({locale})", db=db)
    return release


def release_download(release: ReportRelease, project) -> tuple[bytes, str]:
    """The released file and its download name; the download is logged."""
    audit.record("rapport_gedownload", project_id=project.id, object_type="rapportversie", object_id=release.id,
                 detail=f"lea-input docx versie {release.version}")
    return release.docx, report_filename(project, release.version, release.locale)


def check_written_counts(data: ReportData):
    """Refuse texts for the municipality that write out a count below 5."""
    texts = [data.summary, *(theme.recommendation for theme in data.themes)]
    found = list(dict.fromkeys(count for text in texts for count in written_small_counts(text)))
    if found:
        raise CodingError(_(
            "In de tekst voor het rapport staan kleine aantallen: %(found)s. Daarmee is iemand misschien te "
            "herkennen. Schrijf {ouders}, {jongeren}, {professionals} of {deelnemers}: Wijkstem vult dan het "
            "aantal in zoals de tabellen het tonen. Of schrijf het zonder aantal.",
            found=", ".join(f"“{count}”" for count in found)))


def latest_release(db, project) -> ReportRelease | None:
    """The newest released version, or None when nothing was released yet."""
    query = select(ReportRelease).where(ReportRelease.project_id == project.id).order_by(
        ReportRelease.version.desc()).limit(1)
    return db.exec(query).first()


def release_data(release: ReportRelease) -> ReportData | None:
    """The figures a released version was made from (None for versions released before they were kept)."""
    return data_from_json(release.data) if release.data else None
