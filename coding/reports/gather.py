"""Gather the LEA report's data from the database into a plain ReportData."""

from coding.actions import actions_of
from coding.agreement_results import agreement_figures as closed_rounds
from coding.analysis import participant_counts
from coding.check_rounds import report_rows as check_rows
from coding.codebook import build_tree, codes_of
from coding.corpus import codable_select
from coding.quotes import report_quotes
from coding.report_texts import report_settings_of, report_text_of
from coding.reports.data import (
    ActionRow,
    AgreementFigure,
    GuideQuestion,
    GuideSection,
    Quote,
    ReportData,
    RoundBefore,
    SubTheme,
    Theme,
    ThemeCount,
)
from coding.reports.settings import ReportSettings, apply_settings
from interviews.guides import current_guide, outline
from interviews.models import Interview, Participant
from research.timeutil import utcnow


def gather_report(db, project, *, locale: str = "nl", today=None, version=None,
                  settings: ReportSettings | None = None, with_appendix: bool = True) -> ReportData:
    """Everything the report shows, from the database; aggregates and approved quotes only.

    The researcher's settings (theme order and choice, left-out quotes) apply unless others are given.
    with_appendix=False leaves out the guide and the agreement figures, for pages that do not show them.
    """
    interviews = interview_rows(db, project)
    participants = {row.participant_id: row for row in interviews}
    guide = current_guide(db, project)
    settings = report_settings_of(db, project) if settings is None else settings
    return ReportData(
        project_name=project.name, municipality=project.municipality, wijk=project.wijk,
        question=project.question, period_start=project.period_start, period_end=project.period_end,
        made_on=today or utcnow().date(), locale=locale, summary=report_text_of(db, project).summary,
        key_figures=len({row.key_figure_id for row in interviews if row.key_figure_id is not None}),
        interviews=len({row.interview_id for row in interviews}),
        participants_by_group=_tally(row.group for row in participants.values()),
        participants_by_wijk=_tally(row.wijk or project.wijk for row in participants.values()),
        interviews_by_group=_tally(row.group for row in interviews),
        interviews_by_wijk=_tally(row.wijk or project.wijk for row in interviews),
        guide_title=guide.title if guide else "",
        guide=guide_outline(db, guide) if with_appendix else (),
        themes=apply_settings(all_themes(db, project), settings),
        agreement=agreement_figures(db, project) if with_appendix else (),
        actions=action_rows(db, project),
        checks=check_rows(db, project),
        round_number=project.round_number,
        round_before=round_before(db, project),
        version=version,
    )


def round_before(db, project) -> RoundBefore | None:
    """The round before, as its latest released report showed it; None in round 1 or when it released nothing."""
    from coding.releases import latest_release, release_data  # releases gathers reports itself
    from coding.rounds import previous_round_of

    previous = previous_round_of(db, project)
    release = latest_release(db, previous) if previous else None
    data = release_data(release) if release else None
    if data is None:
        return None
    return RoundBefore(name=data.project_name, round_number=previous.round_number, version=release.version,
                       participants=data.participants, actions=data.actions,
                       themes=tuple(ThemeCount(t.name, t.participants, dict(t.by_group)) for t in data.themes))


def action_rows(db, project) -> tuple[ActionRow, ...]:
    """The project's follow-up actions, soonest due first, with the name of their theme."""
    names = {code.id: code.name for code in codes_of(db, project)}
    return tuple(ActionRow(what=a.what, owner=a.owner, status=a.status, due=a.due.isoformat() if a.due else "",
                           theme=names.get(a.code_id, ""), progress_note=a.progress_note)
                 for a in actions_of(db, project))


def interview_rows(db, project) -> list:
    """One row per codable interview: interview_id, key_figure_id, participant_id, group, wijk (columns only:
    loading 10,000 interviews and participants as objects took a third of the report's gathering)."""
    query = codable_select(project, Interview.id.label("interview_id"), Interview.key_figure_id,
                           Participant.id.label("participant_id"), Participant.group, Participant.wijk)
    return list(db.exec(query.distinct().order_by(Interview.id)))


def _tally(values) -> dict:
    counts: dict = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def all_themes(db, project) -> tuple[Theme, ...]:
    """Every top-level theme in codebook order, with counts, sub-themes and approved quotes."""
    codes = codes_of(db, project)
    counts = participant_counts(db, project, codes)
    quotes = report_quotes(db, project)
    return tuple(_theme(node, counts, quotes) for node in build_tree(codes))


def _theme(node, counts, quotes) -> Theme:
    code = node.code
    by_group = counts.get(code.id, {})
    subthemes = tuple(
        SubTheme(child.code.name, child.code.definition, child.code.include_rule, child.code.exclude_rule,
                 child.code.examples, sum(counts.get(child.code.id, {}).values()))
        for child in node.children
    )
    own_quotes = tuple(Quote(q.text, q.group, q.segment_id) for q in quotes if code.id in q.theme_ids)
    return Theme(
        name=code.name, colour=code.colour, definition=code.definition, include_rule=code.include_rule,
        exclude_rule=code.exclude_rule, examples=code.examples, participants=sum(by_group.values()),
        by_group=dict(by_group), subthemes=subthemes, quotes=own_quotes, recommendation=code.recommendation,
        code_id=code.id,
    )


def guide_outline(db, guide) -> tuple[GuideSection, ...]:
    """The sections and questions (with probes) of a guide."""
    return tuple(
        GuideSection(item.section.title,
                     tuple(GuideQuestion(q.question.text, tuple(p.text for p in q.probes)) for q in item.questions))
        for item in outline(db, guide)
    )


def agreement_figures(db, project) -> tuple[AgreementFigure, ...]:
    """Inter-coder agreement of the closed rounds (coding.agreement_results); () reads "nog niet gemeten"."""
    rows = []
    for found in closed_rounds(db, project):
        figures = found.figures
        for code in (figures.overall, *figures.per_code):
            rows.append(AgreementFigure(found.name, code.code, code.kappa, code.alpha, code.percent, figures.items))
    return tuple(rows)
