"""What the researcher writes for the report: the summary and a recommendation per theme."""

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import codes_of
from coding.errors import CodingError
from coding.models import ReportText
from coding.reports.settings import ReportSettings, parse_settings
from coding.reports.shown import written_small_counts
from research.timeutil import utcnow

MAX_SUMMARY_CHARS = 20_000
MAX_RECOMMENDATION_CHARS = 8_000


def report_text_of(db, project) -> ReportText:
    """The project's report text (a blank one, not yet stored, when nothing was written)."""
    found = db.exec(select(ReportText).where(ReportText.project_id == project.id)).first()
    return found or ReportText(project_id=project.id, summary="")


def save_report_texts(db, project, user, summary: str, recommendations: dict) -> ReportText:
    """Store the summary and the recommendations (code id -> text) of top-level themes."""
    summary = (summary or "").strip()
    if len(summary) > MAX_SUMMARY_CHARS:
        raise CodingError(_("De samenvatting is te lang."), field="summary")
    themes = {code.id: code for code in codes_of(db, project) if code.parent_id is None}
    for code_id, text in recommendations.items():
        if code_id not in themes:
            raise CodingError(_("Deze code hoort niet bij dit project."))
        if len((text or "").strip()) > MAX_RECOMMENDATION_CHARS:
            raise CodingError(_("De aanbeveling bij %(name)s is te lang.", name=themes[code_id].name))
        themes[code_id].recommendation = (text or "").strip()
        db.add(themes[code_id])
    report = report_text_of(db, project)
    report.summary, report.updated_by_id, report.updated_at = summary, user.id, utcnow()
    db.add(report)
    db.flush()
    return report


def small_counts_warning(summary: str, recommendations) -> str:
    """A warning when the texts write out a count below 5; "" when they do not."""
    found = list(dict.fromkeys(count for text in (summary, *recommendations) for count in written_small_counts(text)))
    if not found:
        return ""
    return _("Let op: in de tekst staan kleine aantallen (%(found)s). Zo kan iemand herkenbaar zijn. U kunt het "
             "rapport pas vrijgeven als u ze weghaalt. Schrijf bijvoorbeeld {professionals}: Wijkstem vult dan het "
             "aantal in zoals de tabellen het tonen.", found=", ".join(f"“{count}”" for count in found))


def report_settings_of(db, project) -> ReportSettings:
    """The researcher's report settings (none yet: every theme in codebook order, every approved quote)."""
    return parse_settings(report_text_of(db, project).settings)


def save_report_settings(db, project, user, settings: ReportSettings) -> ReportText:
    """Store which themes in which order, and which approved quotes, the report shows."""
    themes = {code.id for code in codes_of(db, project) if code.parent_id is None}
    if not set(settings.theme_order) <= themes or not settings.hidden_themes <= themes:
        raise CodingError(_("Deze code hoort niet bij dit project."))
    if settings.hidden_themes == themes and themes:
        raise CodingError(_("Kies minstens één thema voor het rapport."))
    report = report_text_of(db, project)
    report.settings, report.updated_by_id, report.updated_at = settings.to_json(), user.id, utcnow()
    db.add(report)
    db.flush()
    return report
