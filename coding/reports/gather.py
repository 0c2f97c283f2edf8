"""Gather the LEA report's data from the database into a plain ReportData."""

from sqlmodel import select

from coding.analysis import approved_quotes, participant_counts
from coding.codebook import build_tree, codes_of, root_ids
from coding.corpus import codable_interviews
from coding.report_texts import report_text_of
from coding.reports.data import GuideQuestion, GuideSection, Quote, ReportData, SubTheme, Theme
from interviews.models import Guide, Probe, Question, Section
from research.timeutil import utcnow


def gather_report(db, project, *, locale: str = "nl", today=None) -> ReportData:
    """Everything the report shows, from the database; aggregates and approved quotes only."""
    interviews = codable_interviews(db, project)
    participants = {participant.id: participant for _interview, participant in interviews}
    return ReportData(
        project_name=project.name,
        municipality=project.municipality,
        wijk=project.wijk,
        question=project.question,
        period_start=project.period_start,
        period_end=project.period_end,
        made_on=today or utcnow().date(),
        locale=locale,
        summary=report_text_of(db, project).summary,
        key_figures=len({i.key_figure_id for i, _p in interviews if i.key_figure_id is not None}),
        interviews=len({interview.id for interview, _p in interviews}),
        participants_by_group=_tally(p.group for p in participants.values()),
        participants_by_wijk=_tally(p.wijk or project.wijk for p in participants.values()),
        guide=guide_outline(db, project),
        themes=themes(db, project),
    )


def _tally(values) -> dict:
    counts: dict = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def themes(db, project) -> tuple[Theme, ...]:
    """The top-level themes in codebook order, with counts, sub-themes and approved quotes."""
    codes = codes_of(db, project)
    counts = participant_counts(db, project, codes)
    roots = root_ids(codes)
    quotes = approved_quotes(db, project)
    return tuple(_theme(node, counts, quotes, roots) for node in build_tree(codes))


def _theme(node, counts, quotes, roots) -> Theme:
    code = node.code
    by_group = counts.get(code.id, {})
    subthemes = tuple(
        SubTheme(child.code.name, child.code.definition, child.code.include_rule, child.code.exclude_rule,
                 child.code.examples, sum(counts.get(child.code.id, {}).values()))
        for child in node.children
    )
    own_quotes = tuple(
        Quote(quote.text, quote.group) for quote in quotes if code.id in {roots.get(i) for i in quote.code_ids}
    )
    return Theme(
        name=code.name, colour=code.colour, definition=code.definition, include_rule=code.include_rule,
        exclude_rule=code.exclude_rule, examples=code.examples, participants=sum(by_group.values()),
        by_group=dict(by_group), subthemes=subthemes, quotes=own_quotes, recommendation=code.recommendation,
    )


def guide_outline(db, project) -> tuple[GuideSection, ...]:
    """The sections and questions (with probes) of the project's newest guide."""
    guide = db.exec(select(Guide).where(Guide.project_id == project.id).order_by(Guide.version.desc())).first()
    if guide is None:
        return ()
    query = select(Section).where(Section.guide_id == guide.id).order_by(Section.position, Section.id)
    sections = list(db.exec(query))
    return tuple(GuideSection(section.title, _questions(db, section)) for section in sections)


def _questions(db, section) -> tuple[GuideQuestion, ...]:
    query = select(Question).where(Question.section_id == section.id).order_by(Question.position, Question.id)
    outline = []
    for question in list(db.exec(query)):
        probes = db.exec(select(Probe).where(Probe.question_id == question.id).order_by(Probe.position))
        outline.append(GuideQuestion(question.text, tuple(probe.text for probe in probes)))
    return tuple(outline)
